// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package feedbackregistry

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

// FeedbackRegistryMetaData contains all meta data concerning the FeedbackRegistry contract.
var FeedbackRegistryMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"vault_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"modelRegistry_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"datanetRegistry_\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"MAX_SCORE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"datanetRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"hasSubmitted\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"modelRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"submitFeedback\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"correctness\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"interpretability\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"outputHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"endorsedOutput\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"weight\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"vault\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"FeedbackSubmitted\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"modelId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"correctness\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"interpretability\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"weight\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"outputHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"endorsedOutput\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AlreadySubmitted\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotValidator\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ScoreOutOfRange\",\"inputs\":[{\"name\":\"correctness\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"interpretability\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"UnknownRequest\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]}]",
	ID:  "FeedbackRegistry",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051610b06380380610b0683398101604081905261002e916100b3565b6001600160a01b038316158061004b57506001600160a01b038216155b8061005d57506001600160a01b038116155b1561007b5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0392831660805290821660a0521660c0526100f3565b80516001600160a01b03811681146100ae575f5ffd5b919050565b5f5f5f606084860312156100c5575f5ffd5b6100ce84610098565b92506100dc60208501610098565b91506100ea60408501610098565b90509250925092565b60805160a05160c0516109d66101305f395f818160e301526103dd01525f81816097015261032501525f8181610165015261021701526109d65ff3fe608060405234801561000f575f5ffd5b506004361061006f575f3560e01c8063a377f0d71161004d578063a377f0d714610105578063a57d380614610126578063fbfa77cf14610160575f5ffd5b806327ff6223146100735780632ba36f78146100925780633868514b146100de575b5f5ffd5b61007b606481565b60405160ff90911681526020015b60405180910390f35b6100b97f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610089565b6100b97f000000000000000000000000000000000000000000000000000000000000000081565b610118610113366004610771565b610187565b604051908152602001610089565b6101506101343660046107df565b5f60208181529281526040808220909352908152205460ff1681565b6040519015158152602001610089565b6100b97f000000000000000000000000000000000000000000000000000000000000000081565b5f606460ff8616118061019d5750606460ff8516115b156101e6576040517fe67dade100000000000000000000000000000000000000000000000000000000815260ff8087166004830152851660248201526044015b60405180910390fd5b6040517fd845a4b3000000000000000000000000000000000000000000000000000000008152600481018790525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063d845a4b390602401608060405180830381865afa158015610271573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610295919061083b565b90505f816060015160028111156102ae576102ae6108ef565b036102e8576040517f1f79bbe7000000000000000000000000000000000000000000000000000000008152600481018890526024016101dd565b80516040517f8ec2bd8800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690638ec2bd8890602401608060405180830381865afa15801561037f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103a3919061091c565b50506040517f23f2a73f000000000000000000000000000000000000000000000000000000008152600481018290523360248201529092507f0000000000000000000000000000000000000000000000000000000000000000915073ffffffffffffffffffffffffffffffffffffffff8216906323f2a73f90604401602060405180830381865afa15801561043a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061045e9190610958565b61049d576040517fc89bb95f000000000000000000000000000000000000000000000000000000008152600481018390523360248201526044016101dd565b5f8981526020818152604080832033845290915290205460ff16156104f7576040517fc671406e000000000000000000000000000000000000000000000000000000008152600481018a90523360248201526044016101dd565b5f89815260208181526040808320338452909152812080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556040517f5c705c570000000000000000000000000000000000000000000000000000000081526004810184905273ffffffffffffffffffffffffffffffffffffffff831690635c705c5790602401602060405180830381865afa15801561059f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105c3919061097e565b60028111156105d4576105d46108ef565b036105e257600193506106e7565b8073ffffffffffffffffffffffffffffffffffffffff1663fe55bde96040518163ffffffff1660e01b8152600401602060405180830381865afa15801561062b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061064f9190610999565b6040517f2b0a999d0000000000000000000000000000000000000000000000000000000081526004810184905233602482015273ffffffffffffffffffffffffffffffffffffffff9190911690632b0a999d906044016040805180830381865afa1580156106bf573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106e391906109b4565b5093505b82516040805184815260ff8b811660208301528a1681830152606081018790526080810189905260a081018890529051339267ffffffffffffffff16918c917fccd093fe64694313d4d1c3969d9391af887a352bbca47db138d540a1fba2a3c79181900360c00190a450505095945050505050565b803560ff8116811461076c575f5ffd5b919050565b5f5f5f5f5f60a08688031215610785575f5ffd5b853594506107956020870161075c565b93506107a36040870161075c565b94979396509394606081013594506080013592915050565b73ffffffffffffffffffffffffffffffffffffffff811681146107dc575f5ffd5b50565b5f5f604083850312156107f0575f5ffd5b823591506020830135610802816107bb565b809150509250929050565b805167ffffffffffffffff8116811461076c575f5ffd5b600381106107dc575f5ffd5b805161076c81610824565b5f608082840312801561084c575f5ffd5b506040516080810167ffffffffffffffff81118282101715610895577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040526108a18361080d565b81526108af6020840161080d565b602082015260408301516bffffffffffffffffffffffff811681146108d2575f5ffd5b60408201526108e360608401610830565b60608201529392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f5f5f5f6080858703121561092f575f5ffd5b845161093a816107bb565b60208601516040870151606090970151919890975090945092505050565b5f60208284031215610968575f5ffd5b81518015158114610977575f5ffd5b9392505050565b5f6020828403121561098e575f5ffd5b815161097781610824565b5f602082840312156109a9575f5ffd5b8151610977816107bb565b5f5f604083850312156109c5575f5ffd5b50508051602090910151909290915056",
}

// FeedbackRegistry is an auto generated Go binding around an Ethereum contract.
type FeedbackRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *FeedbackRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewFeedbackRegistry creates a new instance of FeedbackRegistry.
func NewFeedbackRegistry() *FeedbackRegistry {
	parsed, err := FeedbackRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FeedbackRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FeedbackRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address vault_, address modelRegistry_, address datanetRegistry_) returns()
func (feedbackRegistry *FeedbackRegistry) PackConstructor(vault_ common.Address, modelRegistry_ common.Address, datanetRegistry_ common.Address) []byte {
	enc, err := feedbackRegistry.abi.Pack("", vault_, modelRegistry_, datanetRegistry_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXSCORE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27ff6223.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SCORE() view returns(uint8)
func (feedbackRegistry *FeedbackRegistry) PackMAXSCORE() []byte {
	enc, err := feedbackRegistry.abi.Pack("MAX_SCORE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSCORE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27ff6223.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SCORE() view returns(uint8)
func (feedbackRegistry *FeedbackRegistry) TryPackMAXSCORE() ([]byte, error) {
	return feedbackRegistry.abi.Pack("MAX_SCORE")
}

// UnpackMAXSCORE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27ff6223.
//
// Solidity: function MAX_SCORE() view returns(uint8)
func (feedbackRegistry *FeedbackRegistry) UnpackMAXSCORE(data []byte) (uint8, error) {
	out, err := feedbackRegistry.abi.Unpack("MAX_SCORE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDatanetRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3868514b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datanetRegistry() view returns(address)
func (feedbackRegistry *FeedbackRegistry) PackDatanetRegistry() []byte {
	enc, err := feedbackRegistry.abi.Pack("datanetRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDatanetRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3868514b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function datanetRegistry() view returns(address)
func (feedbackRegistry *FeedbackRegistry) TryPackDatanetRegistry() ([]byte, error) {
	return feedbackRegistry.abi.Pack("datanetRegistry")
}

// UnpackDatanetRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3868514b.
//
// Solidity: function datanetRegistry() view returns(address)
func (feedbackRegistry *FeedbackRegistry) UnpackDatanetRegistry(data []byte) (common.Address, error) {
	out, err := feedbackRegistry.abi.Unpack("datanetRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackHasSubmitted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa57d3806.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasSubmitted(uint256 requestId, address validator) view returns(bool)
func (feedbackRegistry *FeedbackRegistry) PackHasSubmitted(requestId *big.Int, validator common.Address) []byte {
	enc, err := feedbackRegistry.abi.Pack("hasSubmitted", requestId, validator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasSubmitted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa57d3806.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasSubmitted(uint256 requestId, address validator) view returns(bool)
func (feedbackRegistry *FeedbackRegistry) TryPackHasSubmitted(requestId *big.Int, validator common.Address) ([]byte, error) {
	return feedbackRegistry.abi.Pack("hasSubmitted", requestId, validator)
}

// UnpackHasSubmitted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa57d3806.
//
// Solidity: function hasSubmitted(uint256 requestId, address validator) view returns(bool)
func (feedbackRegistry *FeedbackRegistry) UnpackHasSubmitted(data []byte) (bool, error) {
	out, err := feedbackRegistry.abi.Unpack("hasSubmitted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackModelRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ba36f78.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelRegistry() view returns(address)
func (feedbackRegistry *FeedbackRegistry) PackModelRegistry() []byte {
	enc, err := feedbackRegistry.abi.Pack("modelRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ba36f78.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelRegistry() view returns(address)
func (feedbackRegistry *FeedbackRegistry) TryPackModelRegistry() ([]byte, error) {
	return feedbackRegistry.abi.Pack("modelRegistry")
}

// UnpackModelRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ba36f78.
//
// Solidity: function modelRegistry() view returns(address)
func (feedbackRegistry *FeedbackRegistry) UnpackModelRegistry(data []byte) (common.Address, error) {
	out, err := feedbackRegistry.abi.Unpack("modelRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSubmitFeedback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa377f0d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitFeedback(uint256 requestId, uint8 correctness, uint8 interpretability, bytes32 outputHash, bytes32 endorsedOutput) returns(uint256 weight)
func (feedbackRegistry *FeedbackRegistry) PackSubmitFeedback(requestId *big.Int, correctness uint8, interpretability uint8, outputHash [32]byte, endorsedOutput [32]byte) []byte {
	enc, err := feedbackRegistry.abi.Pack("submitFeedback", requestId, correctness, interpretability, outputHash, endorsedOutput)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitFeedback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa377f0d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitFeedback(uint256 requestId, uint8 correctness, uint8 interpretability, bytes32 outputHash, bytes32 endorsedOutput) returns(uint256 weight)
func (feedbackRegistry *FeedbackRegistry) TryPackSubmitFeedback(requestId *big.Int, correctness uint8, interpretability uint8, outputHash [32]byte, endorsedOutput [32]byte) ([]byte, error) {
	return feedbackRegistry.abi.Pack("submitFeedback", requestId, correctness, interpretability, outputHash, endorsedOutput)
}

// UnpackSubmitFeedback is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa377f0d7.
//
// Solidity: function submitFeedback(uint256 requestId, uint8 correctness, uint8 interpretability, bytes32 outputHash, bytes32 endorsedOutput) returns(uint256 weight)
func (feedbackRegistry *FeedbackRegistry) UnpackSubmitFeedback(data []byte) (*big.Int, error) {
	out, err := feedbackRegistry.abi.Unpack("submitFeedback", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbfa77cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vault() view returns(address)
func (feedbackRegistry *FeedbackRegistry) PackVault() []byte {
	enc, err := feedbackRegistry.abi.Pack("vault")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbfa77cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vault() view returns(address)
func (feedbackRegistry *FeedbackRegistry) TryPackVault() ([]byte, error) {
	return feedbackRegistry.abi.Pack("vault")
}

// UnpackVault is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbfa77cf.
//
// Solidity: function vault() view returns(address)
func (feedbackRegistry *FeedbackRegistry) UnpackVault(data []byte) (common.Address, error) {
	out, err := feedbackRegistry.abi.Unpack("vault", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// FeedbackRegistryFeedbackSubmitted represents a FeedbackSubmitted event raised by the FeedbackRegistry contract.
type FeedbackRegistryFeedbackSubmitted struct {
	RequestId        *big.Int
	ModelId          *big.Int
	Validator        common.Address
	DatanetId        *big.Int
	Correctness      uint8
	Interpretability uint8
	Weight           *big.Int
	OutputHash       [32]byte
	EndorsedOutput   [32]byte
	Raw              *types.Log // Blockchain specific contextual infos
}

const FeedbackRegistryFeedbackSubmittedEventName = "FeedbackSubmitted"

// ContractEventName returns the user-defined event name.
func (FeedbackRegistryFeedbackSubmitted) ContractEventName() string {
	return FeedbackRegistryFeedbackSubmittedEventName
}

// UnpackFeedbackSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeedbackSubmitted(uint256 indexed requestId, uint256 indexed modelId, address indexed validator, uint256 datanetId, uint8 correctness, uint8 interpretability, uint256 weight, bytes32 outputHash, bytes32 endorsedOutput)
func (feedbackRegistry *FeedbackRegistry) UnpackFeedbackSubmittedEvent(log *types.Log) (*FeedbackRegistryFeedbackSubmitted, error) {
	event := "FeedbackSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != feedbackRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(FeedbackRegistryFeedbackSubmitted)
	if len(log.Data) > 0 {
		if err := feedbackRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range feedbackRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (feedbackRegistry *FeedbackRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], feedbackRegistry.abi.Errors["AlreadySubmitted"].ID.Bytes()[:4]) {
		return feedbackRegistry.UnpackAlreadySubmittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], feedbackRegistry.abi.Errors["NotValidator"].ID.Bytes()[:4]) {
		return feedbackRegistry.UnpackNotValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], feedbackRegistry.abi.Errors["ScoreOutOfRange"].ID.Bytes()[:4]) {
		return feedbackRegistry.UnpackScoreOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], feedbackRegistry.abi.Errors["UnknownRequest"].ID.Bytes()[:4]) {
		return feedbackRegistry.UnpackUnknownRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], feedbackRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return feedbackRegistry.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// FeedbackRegistryAlreadySubmitted represents a AlreadySubmitted error raised by the FeedbackRegistry contract.
type FeedbackRegistryAlreadySubmitted struct {
	RequestId *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySubmitted(uint256 requestId, address validator)
func FeedbackRegistryAlreadySubmittedErrorID() common.Hash {
	return common.HexToHash("0xc671406e804ee99b554b48b1a3d939ef4dc6503703960fb155e5662653bf7c1a")
}

// UnpackAlreadySubmittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySubmitted(uint256 requestId, address validator)
func (feedbackRegistry *FeedbackRegistry) UnpackAlreadySubmittedError(raw []byte) (*FeedbackRegistryAlreadySubmitted, error) {
	out := new(FeedbackRegistryAlreadySubmitted)
	if err := feedbackRegistry.abi.UnpackIntoInterface(out, "AlreadySubmitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeedbackRegistryNotValidator represents a NotValidator error raised by the FeedbackRegistry contract.
type FeedbackRegistryNotValidator struct {
	DatanetId *big.Int
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotValidator(uint256 datanetId, address caller)
func FeedbackRegistryNotValidatorErrorID() common.Hash {
	return common.HexToHash("0xc89bb95f5b1f5d2e337746c039bd8edb9cd1cfbf49dd5c27f2abeae8e5e9ccd0")
}

// UnpackNotValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotValidator(uint256 datanetId, address caller)
func (feedbackRegistry *FeedbackRegistry) UnpackNotValidatorError(raw []byte) (*FeedbackRegistryNotValidator, error) {
	out := new(FeedbackRegistryNotValidator)
	if err := feedbackRegistry.abi.UnpackIntoInterface(out, "NotValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeedbackRegistryScoreOutOfRange represents a ScoreOutOfRange error raised by the FeedbackRegistry contract.
type FeedbackRegistryScoreOutOfRange struct {
	Correctness      uint8
	Interpretability uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ScoreOutOfRange(uint8 correctness, uint8 interpretability)
func FeedbackRegistryScoreOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xe67dade19c0a2bc989e4e79f7ac062ef5ae9b2e1045507961da8a4031bbfe116")
}

// UnpackScoreOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ScoreOutOfRange(uint8 correctness, uint8 interpretability)
func (feedbackRegistry *FeedbackRegistry) UnpackScoreOutOfRangeError(raw []byte) (*FeedbackRegistryScoreOutOfRange, error) {
	out := new(FeedbackRegistryScoreOutOfRange)
	if err := feedbackRegistry.abi.UnpackIntoInterface(out, "ScoreOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeedbackRegistryUnknownRequest represents a UnknownRequest error raised by the FeedbackRegistry contract.
type FeedbackRegistryUnknownRequest struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRequest(uint256 requestId)
func FeedbackRegistryUnknownRequestErrorID() common.Hash {
	return common.HexToHash("0x1f79bbe7615659139997ff125b66c4ba38cac7dfa6b433c10ed50c7d053634ff")
}

// UnpackUnknownRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRequest(uint256 requestId)
func (feedbackRegistry *FeedbackRegistry) UnpackUnknownRequestError(raw []byte) (*FeedbackRegistryUnknownRequest, error) {
	out := new(FeedbackRegistryUnknownRequest)
	if err := feedbackRegistry.abi.UnpackIntoInterface(out, "UnknownRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FeedbackRegistryZeroAddress represents a ZeroAddress error raised by the FeedbackRegistry contract.
type FeedbackRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func FeedbackRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (feedbackRegistry *FeedbackRegistry) UnpackZeroAddressError(raw []byte) (*FeedbackRegistryZeroAddress, error) {
	out := new(FeedbackRegistryZeroAddress)
	if err := feedbackRegistry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
