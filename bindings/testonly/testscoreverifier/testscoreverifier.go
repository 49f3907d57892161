// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testscoreverifier

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// TestScoreVerifierMetaData contains all meta data concerning the TestScoreVerifier contract.
var TestScoreVerifierMetaData = bind.MetaData{
	ABI: "[{\"type\":\"function\",\"name\":\"proofFor\",\"inputs\":[{\"name\":\"publicInputs\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"verifyProof\",\"inputs\":[{\"name\":\"proof\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"publicInputs\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"verifyingKeyHash\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"}]",
	ID:  "TestScoreVerifier",
	Bin: "0x6080604052348015600e575f5ffd5b506104578061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80631e8e1e131461004357806363d5a4381461006b57806369b5d6d11461008b575b5f5ffd5b6100566100513660046101a5565b6100b9565b60405190151581526020015b60405180910390f35b61007e61007936600461029a565b610141565b6040516100629190610380565b6040517f38aec873db3c1788e323ff04d6f381c0249e0956bb91a7a4426ec7568f085b1f8152602001610062565b5f82826040516020016100cd9291906103d3565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08184030181528282528051602091820120908301520160405160208183030381529060405280519060200120858560405161012e929190610413565b6040518091039020149050949350505050565b6060816040516020016101549190610422565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152828252805160209182012090830152016040516020818303038152906040529050919050565b5f5f5f5f604085870312156101b8575f5ffd5b843567ffffffffffffffff8111156101ce575f5ffd5b8501601f810187136101de575f5ffd5b803567ffffffffffffffff8111156101f4575f5ffd5b876020828401011115610205575f5ffd5b60209182019550935085013567ffffffffffffffff811115610225575f5ffd5b8501601f81018713610235575f5ffd5b803567ffffffffffffffff81111561024b575f5ffd5b8760208260051b840101111561025f575f5ffd5b949793965060200194505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f602082840312156102aa575f5ffd5b813567ffffffffffffffff8111156102c0575f5ffd5b8201601f810184136102d0575f5ffd5b803567ffffffffffffffff8111156102ea576102ea61026d565b8060051b6040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0603f830116810181811067ffffffffffffffff821117156103355761033561026d565b604052918252602081840181019290810187841115610352575f5ffd5b6020850194505b8385101561037557843580825260209586019590935001610359565b509695505050505050565b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b5f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff831115610400575f5ffd5b8260051b80858437919091019392505050565b818382375f9101908152919050565b81515f90829060208501835b8281101561044c57815184526020938401939091019060010161042e565b50919594505050505056",
}

// TestScoreVerifier is an auto generated Go binding around an Ethereum contract.
type TestScoreVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestScoreVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewTestScoreVerifier creates a new instance of TestScoreVerifier.
func NewTestScoreVerifier() *TestScoreVerifier {
	parsed, err := TestScoreVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestScoreVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestScoreVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackProofFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63d5a438.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proofFor(uint256[] publicInputs) pure returns(bytes)
func (testScoreVerifier *TestScoreVerifier) PackProofFor(publicInputs []*big.Int) []byte {
	enc, err := testScoreVerifier.abi.Pack("proofFor", publicInputs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProofFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63d5a438.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proofFor(uint256[] publicInputs) pure returns(bytes)
func (testScoreVerifier *TestScoreVerifier) TryPackProofFor(publicInputs []*big.Int) ([]byte, error) {
	return testScoreVerifier.abi.Pack("proofFor", publicInputs)
}

// UnpackProofFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x63d5a438.
//
// Solidity: function proofFor(uint256[] publicInputs) pure returns(bytes)
func (testScoreVerifier *TestScoreVerifier) UnpackProofFor(data []byte) ([]byte, error) {
	out, err := testScoreVerifier.abi.Unpack("proofFor", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e8e1e13.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[] publicInputs) pure returns(bool)
func (testScoreVerifier *TestScoreVerifier) PackVerifyProof(proof []byte, publicInputs []*big.Int) []byte {
	enc, err := testScoreVerifier.abi.Pack("verifyProof", proof, publicInputs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e8e1e13.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[] publicInputs) pure returns(bool)
func (testScoreVerifier *TestScoreVerifier) TryPackVerifyProof(proof []byte, publicInputs []*big.Int) ([]byte, error) {
	return testScoreVerifier.abi.Pack("verifyProof", proof, publicInputs)
}

// UnpackVerifyProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e8e1e13.
//
// Solidity: function verifyProof(bytes proof, uint256[] publicInputs) pure returns(bool)
func (testScoreVerifier *TestScoreVerifier) UnpackVerifyProof(data []byte) (bool, error) {
	out, err := testScoreVerifier.abi.Unpack("verifyProof", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyingKeyHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69b5d6d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyingKeyHash() pure returns(bytes32)
func (testScoreVerifier *TestScoreVerifier) PackVerifyingKeyHash() []byte {
	enc, err := testScoreVerifier.abi.Pack("verifyingKeyHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyingKeyHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69b5d6d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyingKeyHash() pure returns(bytes32)
func (testScoreVerifier *TestScoreVerifier) TryPackVerifyingKeyHash() ([]byte, error) {
	return testScoreVerifier.abi.Pack("verifyingKeyHash")
}

// UnpackVerifyingKeyHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x69b5d6d1.
//
// Solidity: function verifyingKeyHash() pure returns(bytes32)
func (testScoreVerifier *TestScoreVerifier) UnpackVerifyingKeyHash(data []byte) ([32]byte, error) {
	out, err := testScoreVerifier.abi.Unpack("verifyingKeyHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}
