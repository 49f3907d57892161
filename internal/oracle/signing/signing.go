// Package signing signs the oracle's inference answers with EIP-712 typed data, so a requester (or a
// contract) can check that an answer, its prediction and its attribution came from the oracle key:
//
//	domain:  EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)
//	         name "PoA Oracle", version "1", the chain id, verifyingContract = the ModelRegistry
//	message: InferenceAnswer(uint256 requestId,uint256 modelId,bytes32 inputHash,
//	                         bytes32 predictionHash,bytes32 attributionHash)
//
// predictionHash = keccak256(prediction as UTF-8 bytes); attributionHash = keccak256(abi.encode(
// uint256[] indices, int256[] scores, uint256[] shares, uint256 contributorShare)) over the
// contributions listed in the answer, in index order. The signature is 65 bytes r ‖ s ‖ v, v ∈ {27, 28}.
package signing

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// Domain constants.
const (
	DomainName    = "PoA Oracle"
	DomainVersion = "1"
)

// Message is what is signed.
type Message struct {
	RequestID       *big.Int
	ModelID         *big.Int
	InputHash       common.Hash
	PredictionHash  common.Hash
	AttributionHash common.Hash
}

// Signer signs with the oracle key for one chain and registry.
type Signer struct {
	key      *ecdsa.PrivateKey
	address  common.Address
	chainID  *big.Int
	registry common.Address
}

// New returns a signer.
func New(key *ecdsa.PrivateKey, chainID *big.Int, registry common.Address) *Signer {
	return &Signer{key: key, address: crypto.PubkeyToAddress(key.PublicKey), chainID: new(big.Int).Set(chainID), registry: registry}
}

// Address is the signing account.
func (s *Signer) Address() common.Address { return s.address }

// Digest is the EIP-712 hash of a message.
func Digest(chainID *big.Int, registry common.Address, m Message) (common.Hash, error) {
	typed := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"InferenceAnswer": {{Name: "requestId", Type: "uint256"}, {Name: "modelId", Type: "uint256"},
				{Name: "inputHash", Type: "bytes32"}, {Name: "predictionHash", Type: "bytes32"}, {Name: "attributionHash", Type: "bytes32"}},
		},
		PrimaryType: "InferenceAnswer",
		Domain: apitypes.TypedDataDomain{Name: DomainName, Version: DomainVersion,
			ChainId: (*math.HexOrDecimal256)(chainID), VerifyingContract: registry.Hex()},
		Message: apitypes.TypedDataMessage{
			"requestId": m.RequestID.String(), "modelId": m.ModelID.String(), "inputHash": m.InputHash.Hex(),
			"predictionHash": m.PredictionHash.Hex(), "attributionHash": m.AttributionHash.Hex(),
		},
	}
	d, _, err := apitypes.TypedDataAndHash(typed)
	if err != nil {
		return common.Hash{}, fmt.Errorf("signing: %w", err)
	}
	return common.BytesToHash(d), nil
}

// Sign returns the digest and the 65-byte signature.
func (s *Signer) Sign(m Message) (common.Hash, []byte, error) {
	d, err := Digest(s.chainID, s.registry, m)
	if err != nil {
		return common.Hash{}, nil, err
	}
	sig, err := crypto.Sign(d[:], s.key)
	if err != nil {
		return common.Hash{}, nil, fmt.Errorf("signing: %w", err)
	}
	sig[64] += 27
	return d, sig, nil
}

// Recover returns the account that signed a message.
func Recover(chainID *big.Int, registry common.Address, m Message, sig []byte) (common.Address, error) {
	if len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
		return common.Address{}, errors.New("signing: want a 65-byte signature with v = 27 or 28")
	}
	d, err := Digest(chainID, registry, m)
	if err != nil {
		return common.Address{}, err
	}
	s := append([]byte(nil), sig...)
	s[64] -= 27
	pub, err := crypto.SigToPub(d[:], s)
	if err != nil {
		return common.Address{}, fmt.Errorf("signing: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// PredictionHash is keccak256 of the prediction's UTF-8 bytes.
func PredictionHash(prediction string) common.Hash { return crypto.Keccak256Hash([]byte(prediction)) }

var attributionArgs = func() abi.Arguments {
	u256s, _ := abi.NewType("uint256[]", "", nil)
	i256s, _ := abi.NewType("int256[]", "", nil)
	u256, _ := abi.NewType("uint256", "", nil)
	return abi.Arguments{{Type: u256s}, {Type: i256s}, {Type: u256s}, {Type: u256}}
}()

// AttributionHash is keccak256(abi.encode(indices, scores, shares, contributorShare)).
func AttributionHash(indices []uint64, scores, shares []*big.Int, contributorShare *big.Int) (common.Hash, error) {
	if len(indices) != len(scores) || len(indices) != len(shares) {
		return common.Hash{}, fmt.Errorf("signing: %d indices, %d scores, %d shares", len(indices), len(scores), len(shares))
	}
	idx := make([]*big.Int, len(indices))
	for i, x := range indices {
		idx[i] = new(big.Int).SetUint64(x)
	}
	if scores == nil {
		scores, shares = []*big.Int{}, []*big.Int{}
	}
	b, err := attributionArgs.Pack(idx, scores, shares, contributorShare)
	if err != nil {
		return common.Hash{}, fmt.Errorf("signing: encoding attribution: %w", err)
	}
	return crypto.Keccak256Hash(b), nil
}
