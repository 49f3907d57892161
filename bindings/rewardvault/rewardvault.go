// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package rewardvault

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

// IRewardVaultFeeSplit is an auto generated low-level Go binding around an user-defined struct.
type IRewardVaultFeeSplit struct {
	ContributorsBps uint16
	OwnerBps        uint16
	ValidatorsBps   uint16
	TreasuryBps     uint16
}

// IRewardVaultPayoutLeaf is an auto generated low-level Go binding around an user-defined struct.
type IRewardVaultPayoutLeaf struct {
	Index      uint64
	Cumulative *big.Int
	Proof      [][32]byte
}

// IRewardVaultRequest is an auto generated low-level Go binding around an user-defined struct.
type IRewardVaultRequest struct {
	ModelId uint64
	Epoch   uint64
	Fee     *big.Int
	Status  uint8
}

// IRewardVaultSettlement is an auto generated low-level Go binding around an user-defined struct.
type IRewardVaultSettlement struct {
	ModelId             *big.Int
	Epoch               uint64
	RequestIds          []*big.Int
	InferenceCommitment [32]byte
	NewPayoutRoot       [32]byte
	Distributed         *big.Int
}

// RewardVaultMetaData contains all meta data concerning the RewardVault contract.
var RewardVaultMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"modelRegistry_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"datanetRegistry_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"verifier_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"epochLength_\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"CLAIM_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DOMAIN_SEPARATOR\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_BATCH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_EPOCH_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_EPOCH_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"balanceOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"batchCount\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claim\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"leaves\",\"type\":\"tuple[]\",\"internalType\":\"structIRewardVault.PayoutLeaf[]\",\"components\":[{\"name\":\"index\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"cumulative\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}]}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claimFor\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"leaves\",\"type\":\"tuple[]\",\"internalType\":\"structIRewardVault.PayoutLeaf[]\",\"components\":[{\"name\":\"index\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"cumulative\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}]},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claimNonce\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claimedAt\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"contributorCredit\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"credited\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"claimed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"currentEpoch\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"datanetRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"depositFee\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"payer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"outputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"distributeValidatorRewards\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"epochLength\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"feeSplit\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIRewardVault.FeeSplit\",\"components\":[{\"name\":\"contributorsBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"ownerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"validatorsBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"treasuryBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"modelRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"payoutRoot\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"publicInputs\",\"inputs\":[{\"name\":\"s\",\"type\":\"tuple\",\"internalType\":\"structIRewardVault.Settlement\",\"components\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"requestIds\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"inferenceCommitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"newPayoutRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"distributed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"request\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIRewardVault.Request\",\"components\":[{\"name\":\"modelId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumIRewardVault.RequestStatus\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"requestCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setEpochLength\",\"inputs\":[{\"name\":\"newEpochLength\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setFeeSplit\",\"inputs\":[{\"name\":\"split\",\"type\":\"tuple\",\"internalType\":\"structIRewardVault.FeeSplit\",\"components\":[{\"name\":\"contributorsBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"ownerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"validatorsBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"treasuryBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setTreasury\",\"inputs\":[{\"name\":\"newTreasury\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setVerifier\",\"inputs\":[{\"name\":\"newVerifier\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settle\",\"inputs\":[{\"name\":\"s\",\"type\":\"tuple\",\"internalType\":\"structIRewardVault.Settlement\",\"components\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"requestIds\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"inferenceCommitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"newPayoutRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"distributed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"proof\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"treasury\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unsettledFees\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"validatorPool\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verifier\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"Claimed\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Credited\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EpochLengthUpdated\",\"inputs\":[{\"name\":\"epochLength\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"currentEpoch\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FeeDeposited\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"modelId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"payer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"fee\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FeeSplitUpdated\",\"inputs\":[{\"name\":\"split\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structIRewardVault.FeeSplit\",\"components\":[{\"name\":\"contributorsBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"ownerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"validatorsBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"treasuryBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PayoutLeafClaimed\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"index\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"cumulative\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Settled\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"oracle\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"requestIds\",\"type\":\"uint256[]\",\"indexed\":false,\"internalType\":\"uint256[]\"},{\"name\":\"inferenceCommitment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"previousPayoutRoot\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"newPayoutRoot\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"feeTotal\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"distributed\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SettlementSplit\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"contributorShare\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"ownerShare\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"validatorShare\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"treasuryShare\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TreasuryUpdated\",\"inputs\":[{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ValidatorRewardsDistributed\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"validatorCount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"perValidator\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"remainder\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VerifierUpdated\",\"inputs\":[{\"name\":\"verifier\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"verifyingKeyHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"BatchTooLarge\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ClaimExceedsCredit\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"claimed\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"credit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DistributedExceedsShare\",\"inputs\":[{\"name\":\"distributed\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"contributorShare\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EmptyBatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EpochNotClosed\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"currentEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidEpochLength\",\"inputs\":[{\"name\":\"epochLength\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidFeeSplit\",\"inputs\":[{\"name\":\"totalBps\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidPayoutProof\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSignature\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"LeafIndexOutOfRange\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"contributionCount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NoValidators\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotModelRegistry\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotOracle\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingToClaim\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ProofRejected\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RequestEpochMismatch\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RequestModelMismatch\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RequestNotPending\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumIRewardVault.RequestStatus\"}]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SignatureExpired\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"TransferAmountMismatch\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"received\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownRequest\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroRoot\",\"inputs\":[]}]",
	ID:  "RewardVault",
	Bin: "0x6101c0604052348015610010575f5ffd5b50604051614bbb380380614bbb83398101604081905261002f916106ac565b604080518082018252600b81526a14995dd85c9915985d5b1d60aa1b602080830191909152825180840190935260018352603160f81b9083015290826001600160a01b03811661009957604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6100a2816103ea565b506100ae826002610406565b610120526100bd816003610406565b61014052815160208084019190912060e052815190820120610100524660a05261014960e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b038716158061016f57506001600160a01b038616155b8061018157506001600160a01b038516155b1561019f5760405163d92e233d60e01b815260040160405180910390fd5b6101a882610438565b6001600160a01b03808816610160528681166101805285166101a0526040805160a081019091525f8152602081016101df42610486565b64ffffffffff908116825263ffffffff8086166020808501919091525f604080860182905260609586019190915285516004805488850151898501518a8a015160809b8c015166ffffffffffffff16600160c81b026001600160c81b036001600160601b03929092166d010000000000000000000000000002600160681b600160c81b0319938b1669010000000000000000000293909316600160481b600160c81b031994909b16640100000000026001600160481b0319909516969099169590951792909217169690961795909517169290921790925580519384018152611b5884526105dc918401919091526103e8908301526101f4910152600580546701f403e805dc1b586001600160401b03199091161790556102ff846104bb565b61030883610595565b60408051608081018252611b5881526105dc60208201526103e8818301526101f4606082015290517f346fc72937276539d696dda131779d9e1a9bbf6511eb78634c70aafa883c539c91610395915f60808201905061ffff835116825261ffff602084015116602083015261ffff604084015116604083015261ffff606084015116606083015292915050565b60405180910390a1604080516001600160401b03841681525f60208201527f1e03152f85b1d25f93b1286e350c67ed8c3cd5efe823eb7dcea0c6dadf59106b910160405180910390a1505050505050506108fc565b600180546001600160a01b031916905561040381610605565b50565b5f6020835110156104215761041a83610654565b9050610432565b8161042c84826107d3565b5060ff90505b92915050565b610e106001600160401b038216108061045d57506301e133806001600160401b038216115b1561040357604051638422089760e01b81526001600160401b0382166004820152602401610090565b5f64ffffffffff8211156104b7576040516306dfcc6560e41b81526028600482015260248101839052604401610090565b5090565b6001600160a01b0381166104e25760405163d92e233d60e01b815260040160405180910390fd5b600680546001600160a01b0319166001600160a01b038316908117909155604080516369b5d6d160e01b815290517f22ac30820a49c020189b2b768d4bac80bba4a5eb1108bf2ef018c679ecd105319183916369b5d6d1916004808201926020929091908290030181865afa15801561055d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610581919061088d565b60405190815260200160405180910390a250565b6001600160a01b0381166105bc5760405163d92e233d60e01b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0383169081179091556040517f7dae230f18360d76a040c81f050aa14eb9d6dc7901b20fc5d855e2a20fe814d1905f90a250565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f829050601f8151111561067e578260405163305a27a960e01b815260040161009091906108a4565b8051610689826108d9565b179392505050565b80516001600160a01b03811681146106a7575f5ffd5b919050565b5f5f5f5f5f5f5f60e0888a0312156106c2575f5ffd5b6106cb88610691565b96506106d960208901610691565b95506106e760408901610691565b94506106f560608901610691565b935061070360808901610691565b60a08901519093506001600160401b038116811461071f575f5ffd5b915061072d60c08901610691565b905092959891949750929550565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061076357607f821691505b60208210810361078157634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156107ce57805f5260205f20601f840160051c810160208510156107ac5750805b601f840160051c820191505b818110156107cb575f81556001016107b8565b50505b505050565b81516001600160401b038111156107ec576107ec61073b565b610800816107fa845461074f565b84610787565b6020601f821160018114610832575f831561081b5750848201515b5f19600385901b1c1916600184901b1784556107cb565b5f84815260208120601f198516915b828110156108615787850151825560209485019460019092019101610841565b508482101561087e57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f6020828403121561089d575f5ffd5b5051919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610781575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a05161421f61099c5f395f81816103ae015261150701525f818161036001528181610a4001528181610dfd015261282001525f81816107b0015281816109ab01528181610d300152612ef901525f612c5e01525f612c3101525f611bca01525f611ba201525f611afd01525f611b2701525f611b51015261421f5ff3fe608060405234801561000f575f5ffd5b50600436106102c2575f3560e01c8063715018a61161017c578063bb36e169116100dd578063e2c5e94c11610093578063f2fde38b1161006e578063f2fde38b14610785578063f63d7b7414610798578063fc0c546a146107ab575f5ffd5b8063e2c5e94c14610742578063e30c397814610761578063f0f4426014610772575f5ffd5b8063ca54e0ca116100c3578063ca54e0ca1461069f578063d845a4b3146106c6578063d8575727146106e6575f5ffd5b8063bb36e1691461066a578063c7be55a814610675575f5ffd5b80638986407d116101325780638da5cb5b116101185780638da5cb5b14610632578063950bff9f14610642578063a53103fd1461064a575f5ffd5b80638986407d1461060c5780638be1d4591461061f575f5ffd5b806379ba50971161016257806379ba5097146105d65780637f0519ce146105de57806384b0196e146105f1575f5ffd5b8063715018a6146105c657806376671808146105ce575f5ffd5b806351cff8d9116102265780635badbe4c116101dc5780636373ea69116101c25780636373ea69146104ca5780636b0509b11461058057806370a08231146105a7575f5ffd5b80635badbe4c1461048957806361d027b3146104b7575f5ffd5b806355c73e621161020c57806355c73e621461042a57806357d775f81461045b578063593be6ef14610476575f5ffd5b806351cff8d9146104045780635437988d14610417575f5ffd5b80632f93a3151161027b5780633868514b116102615780633868514b146103a957806338b2393d146103d05780633ee22fcd146103e5575f5ffd5b80632f93a315146103825780633644e515146103a1575f5ffd5b8063249d39e9116102ab578063249d39e9146103275780632b7ac3f3146103305780632ba36f781461035b575f5ffd5b806308a9376d146102c65780631d5e6004146102ed575b5f5ffd5b6102cf610e1081565b60405167ffffffffffffffff90911681526020015b60405180910390f35b6103196102fb3660046136fc565b5f9081526009602052604090206002015467ffffffffffffffff1690565b6040519081526020016102e4565b61031961271081565b600654610343906001600160a01b031681565b6040516001600160a01b0390911681526020016102e4565b6103437f000000000000000000000000000000000000000000000000000000000000000081565b6103196103903660046136fc565b600c6020525f908152604090205481565b6103196107d2565b6103437f000000000000000000000000000000000000000000000000000000000000000081565b6103e36103de366004613713565b6107e0565b005b6103196103f336600461374e565b600d6020525f908152604090205481565b61031961041236600461374e565b610905565b6103e361042536600461374e565b610a1f565b61043d610438366004613769565b610a33565b6040805192835267ffffffffffffffff9091166020830152016102e4565b6004546901000000000000000000900463ffffffff166102cf565b610319610484366004613813565b610dcd565b600454790100000000000000000000000000000000000000000000000000900466ffffffffffffff16610319565b600754610343906001600160a01b031681565b610539604080516080810182525f808252602082018190529181018290526060810191909152506040805160808101825260055461ffff808216835262010000820481166020840152640100000000820481169383019390935266010000000000009004909116606082015290565b6040516102e491905f60808201905061ffff835116825261ffff602084015116602083015261ffff604084015116604083015261ffff606084015116606083015292915050565b6103197f18bf7d653dc6ec36bfd97e937accc5d3cb7c86895533936920528aebfb04723281565b6103196105b536600461374e565b600b6020525f908152604090205481565b6103e3611301565b6102cf611314565b6103e361131f565b6103e36105ec36600461387c565b611379565b6105f9611478565b6040516102e497969594939291906138fd565b6103e361061a3660046136fc565b6114d6565b61031961062d3660046139c7565b611686565b5f546001600160a01b0316610343565b610319604081565b61065d610658366004613a6d565b611847565b6040516102e49190613aa7565b6102cf6301e1338081565b610319610683366004613ab9565b600a60209081525f928352604080842090915290825290205481565b6004546d010000000000000000000000000090046bffffffffffffffffffffffff16610319565b6106d96106d43660046136fc565b61195f565b6040516102e49190613b3f565b61072d6106f43660046136fc565b5f908152600960205260409020600101546cffffffffffffffffffffffffff808216926d01000000000000000000000000009092041690565b604080519283526020830191909152016102e4565b6103196107503660046136fc565b5f9081526009602052604090205490565b6001546001600160a01b0316610343565b6103e361078036600461374e565b611a40565b6103e361079336600461374e565b611a51565b6103196107a6366004613b99565b611ad9565b6103437f000000000000000000000000000000000000000000000000000000000000000081565b5f6107db611af1565b905090565b6107e8611c1a565b6107f181611c5f565b60045f6107fd82611cc9565b90506108128167ffffffffffffffff16611d20565b82547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000001663ffffffff9190911617825561084b42611d6d565b82547fffffffffffffffffffffffffffffffffffffff000000000000000000ffffffff1664010000000064ffffffffff92909216919091027fffffffffffffffffffffffffffffffffffffff00000000ffffffffffffffffff1617690100000000000000000063ffffffff8516021782556040805167ffffffffffffffff8086168252831660208201527f1e03152f85b1d25f93b1286e350c67ed8c3cd5efe823eb7dcea0c6dadf59106b910160405180910390a1505050565b5f6001600160a01b038216610946576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50335f908152600b602052604081205490819003610997576040517fdc69dc160000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b335f908152600b60205260408120556109da7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168383611db7565b6040518181526001600160a01b0383169033907fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb9060200160405180910390a3919050565b610a27611c1a565b610a3081611e30565b50565b5f80336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610a99576040517f834575fa00000000000000000000000000000000000000000000000000000000815233600482015260240161098e565b6004610aa481611cc9565b8154909250610ada90790100000000000000000000000000000000000000000000000000900466ffffffffffffff166001613c01565b9250610ae583611f54565b815466ffffffffffffff919091167901000000000000000000000000000000000000000000000000000278ffffffffffffffffffffffffffffffffffffffffffffffffff90911617808255610b6590610b60906bffffffffffffffffffffffff808816916d0100000000000000000000000000900416613c01565b611fa0565b81546bffffffffffffffffffffffff919091166d0100000000000000000000000000027fffffffffffffff000000000000000000000000ffffffffffffffffffffffffff909116178155604080516080810190915280610bc488611ff1565b67ffffffffffffffff9081168252841660208201526bffffffffffffffffffffffff86166040820152606001600190525f848152600860209081526040918290208351815492850151938501516bffffffffffffffffffffffff16700100000000000000000000000000000000027fffffffff000000000000000000000000ffffffffffffffffffffffffffffffff67ffffffffffffffff95861668010000000000000000027fffffffffffffffffffffffffffffffff000000000000000000000000000000009095169590921694909417929092179182168317815560608401519092909183917fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167fffffff00000000000000000000000000ffffffffffffffffffffffffffffffff909116177c0100000000000000000000000000000000000000000000000000000000836002811115610d2357610d23613ad9565b0217905550905050610d657f00000000000000000000000000000000000000000000000000000000000000008630876bffffffffffffffffffffffff16612040565b604080516bffffffffffffffffffffffff8616815267ffffffffffffffff841660208201526001600160a01b03871691889186917f5f783af7d07dd603d359c3d735e474030cb3801517dd91ac5d00860f1ba70512910160405180910390a450935093915050565b6040517fa97e5c930000000000000000000000000000000000000000000000000000000081523360048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a97e5c9390602401602060405180830381865afa158015610e4a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e6e9190613c14565b610ea6576040517fdf4f824000000000000000000000000000000000000000000000000000000000815233600482015260240161098e565b5f610eb0856121b7565b9050610ec7610ec26040870187613c33565b61267a565b5f610ed286356127c1565b86355f90815260096020526040812080546002820154606085015167ffffffffffffffff90911697509394509092909190610f12908a90889088866128b0565b6006546040517f1e8e1e130000000000000000000000000000000000000000000000000000000081529192506001600160a01b031690631e8e1e1390610f60908b908b908690600401613c97565b602060405180830381865afa158015610f7b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f9f9190613c14565b610fdf576040517fbfee9b07000000000000000000000000000000000000000000000000000000008152893560048201526024810187905260440161098e565b6040805160808101825260055461ffff80821683526201000082048116602084018190526401000000008304821694840194909452660100000000000090910416606082015286519091612710916110379190613cd3565b6110419190613cea565b866040018181525050612710816040015161ffff16875f01516110649190613cd3565b61106e9190613cea565b606087018190526040870151875161108b9060a08e013590613d22565b6110959190613d22565b61109f9190613d22565b6080808801919091528a0135845560018401546110d9906110d49060a08d0135906cffffffffffffffffffffffffff16613c01565b612a64565b6001850180547fffffffffffffffffffffffffffffffffffffff00000000000000000000000000166cffffffffffffffffffffffffff92909216919091179055604085015161112790612ab6565b84600101601a6101000a81548165ffffffffffff021916908365ffffffffffff16021790555061116287600161115d9190613c01565b611ff1565b6002850180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff9290921691909117905585516111a890611fa0565b60048054600d906111d99084906d010000000000000000000000000090046bffffffffffffffffffffffff16613d35565b92506101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff160217905550611218855f01518760400151612b01565b6007546080870151611233916001600160a01b031690612b01565b8560600151600c5f876020015181526020019081526020015f205f82825461125b9190613c01565b925050819055506112718a8885895f0151612b7a565b8460200151878b5f01357f8a58b06d2676dbcfb442ed6b8d8adc1b810c2782f880676b84df126283f6b5a08960200151895f01518b604001518c606001518d608001516040516112ec9594939291909485526001600160a01b0393909316602085015260408401919091526060830152608082015260a00190565b60405180910390a45050505050509392505050565b611309611c1a565b6113125f612bf9565b565b5f6107db6004611cc9565b60015433906001600160a01b03168114611370576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b038216600482015260240161098e565b610a3081612bf9565b611381611c1a565b5f6113926080830160608401613d68565b61ffff166113a66060840160408501613d68565b61ffff166113ba6040850160208601613d68565b61ffff166113cb6020860186613d68565b61ffff166113d99190613c01565b6113e39190613c01565b6113ed9190613c01565b9050612710811461142d576040517fd4ca11e60000000000000000000000000000000000000000000000000000000081526004810182905260240161098e565b81600561143a8282613d83565b9050507f346fc72937276539d696dda131779d9e1a9bbf6511eb78634c70aafa883c539c8260405161146c9190613e94565b60405180910390a15050565b5f6060805f5f5f6060611489612c2a565b611491612c57565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b6040517f35aa2e44000000000000000000000000000000000000000000000000000000008152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906335aa2e44906024015f60405180830381865afa158015611553573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f1916820160405261157a9190810190613f33565b80519091505f8190036115bc576040517f6c229cf00000000000000000000000000000000000000000000000000000000081526004810184905260240161098e565b5f838152600c6020526040812054906115d58383613cea565b90505f6115e28483613cd3565b6115ec9084613d22565b5f878152600c602052604090208190559050811561163b575f5b848110156116395761163186828151811061162357611623613ffe565b602002602001015184612b01565b600101611606565b505b604080518581526020810184905290810182905286907fd66b4df970afed32f751b6f9ec4633b563b7500664bde5595ba48248f1a6e9ff9060600160405180910390a2505050505050565b5f6001600160a01b0387166116c7576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b83421115611704576040517fcd21db4f0000000000000000000000000000000000000000000000000000000081526004810185905260240161098e565b6001600160a01b0388165f908152600d60205260408120805490826117288361402b565b90915550604080517f18bf7d653dc6ec36bfd97e937accc5d3cb7c86895533936920528aebfb04723260208201529081018c90526001600160a01b03808c1660608301528a16608082015260a0810182905260c081018790529091505f906117a89060e00160405160208183030381529060405280519060200120612c84565b90506117ea8a8287878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250612cd192505050565b61182b576040517fd855c4f40000000000000000000000000000000000000000000000000000000081526001600160a01b038b16600482015260240161098e565b6118388b8b8b8b8b612d41565b9b9a5050505050505050505050565b60605f611853836121b7565b9050365f6118646040860186613c33565b909250905060015b81811015611915575f5b8181101561190c5783838281811061189057611890613ffe565b905060200201358484848181106118a9576118a9613ffe565b9050602002013503611904578383838181106118c7576118c7613ffe565b9050602002013560026040517fa8306b6100000000000000000000000000000000000000000000000000000000815260040161098e929190614062565b600101611876565b5060010161186c565b5084355f8181526009602052604090206002810154909161195591889167ffffffffffffffff90911690611948906127c1565b60600151845488906128b0565b9695505050505050565b611986604080516080810182525f8082526020820181905291810182905290606082015290565b5f828152600860209081526040918290208251608081018452815467ffffffffffffffff8082168352680100000000000000008204169382019390935270010000000000000000000000000000000083046bffffffffffffffffffffffff16938101939093529060608301907c0100000000000000000000000000000000000000000000000000000000900460ff166002811115611a2657611a26613ad9565b6002811115611a3757611a37613ad9565b90525092915050565b611a48611c1a565b610a3081612f84565b611a59611c1a565b600180546001600160a01b0383167fffffffffffffffffffffffff00000000000000000000000000000000000000009091168117909155611aa15f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f611ae78433338686612d41565b90505b9392505050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015611b4957507f000000000000000000000000000000000000000000000000000000000000000046145b15611b7357507f000000000000000000000000000000000000000000000000000000000000000090565b6107db604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f546001600160a01b03163314611312576040517f118cdaa700000000000000000000000000000000000000000000000000000000815233600482015260240161098e565b610e1067ffffffffffffffff82161080611c8657506301e1338067ffffffffffffffff8216115b15610a30576040517f8422089700000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8216600482015260240161098e565b80545f9063ffffffff8082169164ffffffffff64010000000082041691690100000000000000000090910416611d0d81611d038442613d22565b61115d9190613cea565b611d179084614076565b95945050505050565b5f63ffffffff821115611d69576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152602060048201526024810183905260440161098e565b5090565b5f64ffffffffff821115611d69576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152602860048201526024810183905260440161098e565b6040516001600160a01b03838116602483015260448201839052611e2b91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050613025565b505050565b6001600160a01b038116611e70576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600680547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b038316908117909155604080517f69b5d6d100000000000000000000000000000000000000000000000000000000815290517f22ac30820a49c020189b2b768d4bac80bba4a5eb1108bf2ef018c679ecd105319183916369b5d6d1916004808201926020929091908290030181865afa158015611f1c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f409190614096565b60405190815260200160405180910390a250565b5f66ffffffffffffff821115611d69576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152603860048201526024810183905260440161098e565b5f6bffffffffffffffffffffffff821115611d69576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152606060048201526024810183905260440161098e565b5f67ffffffffffffffff821115611d6957604080517f6dfcc65000000000000000000000000000000000000000000000000000000000815260048101919091526024810183905260440161098e565b6040517f70a082310000000000000000000000000000000000000000000000000000000081526001600160a01b0383811660048301525f91908616906370a0823190602401602060405180830381865afa1580156120a0573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906120c49190614096565b90506120db6001600160a01b0386168585856130b0565b6040517f70a082310000000000000000000000000000000000000000000000000000000081526001600160a01b0384811660048301525f9183918816906370a0823190602401602060405180830381865afa15801561213c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906121609190614096565b61216a9190613d22565b90508281146121af576040517fb6a9b654000000000000000000000000000000000000000000000000000000008152600481018490526024810182905260440161098e565b505050505050565b6121e46040518060a001604052805f81526020015f81526020015f81526020015f81526020015f81525090565b5f6121f26040840184613c33565b90509050805f0361222f576040517fc2e5347d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b604081111561227657604080517fbb1cb70b00000000000000000000000000000000000000000000000000000000815261098e918391600401918252602082015260400190565b5f6122816004611cc9565b905067ffffffffffffffff811661229e6040860160208701613713565b67ffffffffffffffff1610612304576122bd6040850160208601613713565b6040517f4870dfbd00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9182166004820152908216602482015260440161098e565b608084013561233f576040517fb263ae7300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60055461ffff165f5b8381101561261c575f61235e6040880188613c33565b8381811061236e5761236e613ffe565b602090810292909201355f8181526008845260408082208151608081018352815467ffffffffffffffff8082168352680100000000000000008204169782019790975270010000000000000000000000000000000087046bffffffffffffffffffffffff1692810192909252929550909390925060608301907c0100000000000000000000000000000000000000000000000000000000900460ff16600281111561241b5761241b613ad9565b600281111561242c5761242c613ad9565b905250905060018160600151600281111561244957612449613ad9565b146124d8575f8160600151600281111561246557612465613ad9565b0361249f576040517f1f79bbe70000000000000000000000000000000000000000000000000000000081526004810183905260240161098e565b60608101516040517fa8306b6100000000000000000000000000000000000000000000000000000000815261098e918491600401614062565b805167ffffffffffffffff168835146125335780516040517f5f67a7ea0000000000000000000000000000000000000000000000000000000081526004810184905267ffffffffffffffff909116602482015260440161098e565b6125436040890160208a01613713565b67ffffffffffffffff16816020015167ffffffffffffffff16146125ac5760208101516040517f13ed2a490000000000000000000000000000000000000000000000000000000081526004810184905267ffffffffffffffff909116602482015260440161098e565b80604001516bffffffffffffffffffffffff16875f018181516125cf9190613c01565b9052506040810151612710906125f49086906bffffffffffffffffffffffff16613cd3565b6125fe9190613cea565b8760200181815161260f9190613c01565b9052505050600101612348565b5083602001518560a0013511156126725760208401516040517f2b53276700000000000000000000000000000000000000000000000000000000815260a08701356004820152602481019190915260440161098e565b505050919050565b5f5b81811015611e2b575f60085f85858581811061269a5761269a613ffe565b9050602002013581526020019081526020015f209050600160028111156126c3576126c3613ad9565b81547c0100000000000000000000000000000000000000000000000000000000900460ff1660028111156126f9576126f9613ad9565b146127745783838381811061271057612710613ffe565b83546040517fa8306b6100000000000000000000000000000000000000000000000000000000815261098e946020939093029092013592507c0100000000000000000000000000000000000000000000000000000000900460ff1690600401614062565b80547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c020000000000000000000000000000000000000000000000000000000017905560010161267c565b6127f160405180608001604052805f6001600160a01b031681526020015f81526020015f81526020015f81525090565b6040517f8ec2bd88000000000000000000000000000000000000000000000000000000008152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690638ec2bd8890602401608060405180830381865afa15801561286d573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061289191906140ad565b6060850152604084015260208301526001600160a01b03168152919050565b60408051600b8082526101808201909252606091602082016101608036833701905050905046815f815181106128e8576128e8613ffe565b602002602001018181525050306001600160a01b03168160018151811061291157612911613ffe565b602002602001018181525050855f01358160028151811061293457612934613ffe565b602002602001018181525050848160038151811061295457612954613ffe565b602002602001018181525050835f1c8160048151811061297657612976613ffe565b60200260200101818152505085606001355f1c8160058151811061299c5761299c613ffe565b602002602001018181525050825f0151816006815181106129bf576129bf613ffe565b6020026020010181815250508260200151816007815181106129e3576129e3613ffe565b602002602001018181525050815f1c81600881518110612a0557612a05613ffe565b60200260200101818152505085608001355f1c81600981518110612a2b57612a2b613ffe565b6020026020010181815250508560a0013581600a81518110612a4f57612a4f613ffe565b60200260200101818152505095945050505050565b5f6cffffffffffffffffffffffffff821115611d69576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152606860048201526024810183905260440161098e565b5f65ffffffffffff821115611d69576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152603060048201526024810183905260440161098e565b805f03612b0c575050565b6001600160a01b0382165f908152600b602052604081208054839290612b33908490613c01565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f39060200160405180910390a25050565b612b8a6040850160208601613713565b67ffffffffffffffff168385357fba6b60eae5849d3c99e5548b13faaf29dbdf8f53529c8b054dbb3928db2ff04633612bc660408a018a613c33565b8a60600135898c608001358a8e60a00135604051612beb9897969594939291906140e9565b60405180910390a450505050565b600180547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055610a30816130e9565b60606107db7f00000000000000000000000000000000000000000000000000000000000000006002613150565b60606107db7f00000000000000000000000000000000000000000000000000000000000000006003613150565b5f612ccb612c90611af1565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b92915050565b5f836001600160a01b03163b5f03612d2f575f5f612cef85856131fa565b5090925090505f816003811115612d0857612d08613ad9565b148015612d265750856001600160a01b0316826001600160a01b0316145b92505050611aea565b612d3a848484613243565b9050611aea565b5f858152600960205260408120805460018201547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16835b85811015612dc957612db58a8a85858b8b87818110612d9e57612d9e613ffe565b9050602002810190612db0919061416a565b613360565b612dbf9086613c01565b9450600101612d7d565b50835f03612e15576040517fb361b5fb000000000000000000000000000000000000000000000000000000008152600481018a90526001600160a01b038916602482015260440161098e565b60018301545f90612e479086906d010000000000000000000000000090046cffffffffffffffffffffffffff16613c01565b60018501549091506cffffffffffffffffffffffffff1680821115612ea9576040517f2afc652e000000000000000000000000000000000000000000000000000000008152600481018c9052602481018390526044810182905260640161098e565b6001850180547fffffffffffff00000000000000000000000000ffffffffffffffffffffffffff166d01000000000000000000000000006cffffffffffffffffffffffffff851602179055612f287f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168a88611db7565b886001600160a01b03168a6001600160a01b03168c7fce3bcb6e219596cf26007ffdfaae8953bc3f76e3f36c0a79b23e28020da3222e89604051612f6e91815260200190565b60405180910390a4505050505095945050505050565b6001600160a01b038116612fc4576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600780547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517f7dae230f18360d76a040c81f050aa14eb9d6dc7901b20fc5d855e2a20fe814d1905f90a250565b5f5f60205f8451602086015f885af180613044576040513d5f823e3d81fd5b50505f513d9150811561305b578060011415613068565b6001600160a01b0384163b155b156130aa576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b038516600482015260240161098e565b50505050565b6040516001600160a01b0384811660248301528381166044830152606482018390526130aa9186918216906323b872dd90608401611de4565b5f80546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b606060ff831461316a57613163836134dd565b9050612ccb565b818054613176906141a6565b80601f01602080910402602001604051908101604052809291908181526020018280546131a2906141a6565b80156131ed5780601f106131c4576101008083540402835291602001916131ed565b820191905f5260205f20905b8154815290600101906020018083116131d057829003601f168201915b5050505050905092915050565b5f5f5f8351604103613231576020840151604085015160608601515f1a6132238882858561351a565b95509550955050505061323c565b505081515f91506002905b9250925092565b5f5f5f856001600160a01b031685856040516024016132639291906141f1565b60408051601f198184030181529181526020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f1626ba7e00000000000000000000000000000000000000000000000000000000179052516132c69190614209565b5f60405180830381855afa9150503d805f81146132fe576040519150601f19603f3d011682016040523d82523d5f602084013e613303565b606091505b509150915081801561331757506020815110155b8015611955575080517f1626ba7e00000000000000000000000000000000000000000000000000000000906133559083016020908101908401614096565b149695505050505050565b5f8061336f6020840184613713565b67ffffffffffffffff16905060208301358482106133c3576040517f3c89bfd3000000000000000000000000000000000000000000000000000000008152600481018390526024810186905260440161098e565b6133e5866133d2848a856135e2565b846133e06040890189613c33565b613606565b613425576040517f026c4169000000000000000000000000000000000000000000000000000000008152600481018990526024810183905260440161098e565b5f888152600a60209081526040808320858452909152902054808211613450575f9350505050611d17565b61345a8183613d22565b5f8a8152600a60209081526040808320878452825290912084905590945061348490860186613713565b67ffffffffffffffff16897f3ad869dfc44ea7c2fd3658a7b3a883d2cefd8d09bd39a9837ea72cfb45ac8a0684876040516134c9929190918252602082015260400190565b60405180910390a350505095945050505050565b60605f6134e98361369f565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561355357505f915060039050826135d8565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156135a4573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166135cf57505f9250600191508290506135d8565b92505f91508190505b9450945094915050565b5f6040515f8153600181019490945250602183019190915260418201526061902090565b5f816101008110801561361a575084811c15155b15613628575f915050611d17565b855f5b8281101561369157600187821c16156136655761366086868381811061365357613653613ffe565b90506020020135836136df565b613687565b6136878287878481811061367b5761367b613ffe565b905060200201356136df565b915060010161362b565b509096149695505050505050565b5f60ff8216601f811115612ccb576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6040516001815360018101939093525060218201526041902090565b5f6020828403121561370c575f5ffd5b5035919050565b5f60208284031215613723575f5ffd5b813567ffffffffffffffff81168114611aea575f5ffd5b6001600160a01b0381168114610a30575f5ffd5b5f6020828403121561375e575f5ffd5b8135611aea8161373a565b5f5f5f6060848603121561377b575f5ffd5b83359250602084013561378d8161373a565b915060408401356bffffffffffffffffffffffff811681146137ad575f5ffd5b809150509250925092565b5f60c082840312156137c8575f5ffd5b50919050565b5f5f83601f8401126137de575f5ffd5b50813567ffffffffffffffff8111156137f5575f5ffd5b60208301915083602082850101111561380c575f5ffd5b9250929050565b5f5f5f60408486031215613825575f5ffd5b833567ffffffffffffffff81111561383b575f5ffd5b613847868287016137b8565b935050602084013567ffffffffffffffff811115613863575f5ffd5b61386f868287016137ce565b9497909650939450505050565b5f608082840312801561388d575f5ffd5b509092915050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f8151808452602084019350602083015f5b828110156138f35781518652602095860195909101906001016138d5565b5093949350505050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61393760e0830189613895565b82810360408401526139498189613895565b90508660608401526001600160a01b03861660808401528460a084015282810360c084015261397881856138c3565b9a9950505050505050505050565b5f5f83601f840112613996575f5ffd5b50813567ffffffffffffffff8111156139ad575f5ffd5b6020830191508360208260051b850101111561380c575f5ffd5b5f5f5f5f5f5f5f5f60c0898b0312156139de575f5ffd5b8835975060208901356139f08161373a565b96506040890135613a008161373a565b9550606089013567ffffffffffffffff811115613a1b575f5ffd5b613a278b828c01613986565b9096509450506080890135925060a089013567ffffffffffffffff811115613a4d575f5ffd5b613a598b828c016137ce565b999c989b5096995094979396929594505050565b5f60208284031215613a7d575f5ffd5b813567ffffffffffffffff811115613a93575f5ffd5b613a9f848285016137b8565b949350505050565b602081525f611aea60208301846138c3565b5f5f60408385031215613aca575f5ffd5b50508035926020909101359150565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60038110613b3b577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b5f60808201905067ffffffffffffffff835116825267ffffffffffffffff60208401511660208301526bffffffffffffffffffffffff60408401511660408301526060830151613b926060840182613b06565b5092915050565b5f5f5f60408486031215613bab575f5ffd5b83359250602084013567ffffffffffffffff811115613bc8575f5ffd5b61386f86828701613986565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b80820180821115612ccb57612ccb613bd4565b5f60208284031215613c24575f5ffd5b81518015158114611aea575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112613c66575f5ffd5b83018035915067ffffffffffffffff821115613c80575f5ffd5b6020019150600581901b360382131561380c575f5ffd5b60408152826040820152828460608301375f606084830101525f601f19601f8501168201606083820301602084015261195560608201856138c3565b8082028115828204841417612ccb57612ccb613bd4565b5f82613d1d577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b81810381811115612ccb57612ccb613bd4565b6bffffffffffffffffffffffff8281168282160390811115612ccb57612ccb613bd4565b61ffff81168114610a30575f5ffd5b5f60208284031215613d78575f5ffd5b8135611aea81613d59565b8135613d8e81613d59565b61ffff811690508154817fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff000082161783556020840135613dcc81613d59565b63ffff00008160101b16905080837fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000008416171784556040850135613e0f81613d59565b65ffff000000008160201b16847fffffffffffffffffffffffffffffffffffffffffffffffffffff0000000000008516178317178555505050505f6060830135613e5881613d59565b82547fffffffffffffffffffffffffffffffffffffffffffffffff0000ffffffffffff1660309190911b67ffff00000000000016179091555050565b608081018235613ea381613d59565b61ffff1682526020830135613eb781613d59565b61ffff1660208301526040830135613ece81613d59565b61ffff1660408301526060830135613ee581613d59565b61ffff811660608401525092915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b8051613f2e8161373a565b919050565b5f60208284031215613f43575f5ffd5b815167ffffffffffffffff811115613f59575f5ffd5b8201601f81018413613f69575f5ffd5b805167ffffffffffffffff811115613f8357613f83613ef6565b8060051b604051601f19603f830116810181811067ffffffffffffffff82111715613fb057613fb0613ef6565b604052918252602081840181019290810187841115613fcd575f5ffd5b6020850194505b83851015613ff357613fe585613f23565b815260209485019401613fd4565b509695505050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361405b5761405b613bd4565b5060010190565b82815260408101611aea6020830184613b06565b67ffffffffffffffff8181168382160190811115612ccb57612ccb613bd4565b5f602082840312156140a6575f5ffd5b5051919050565b5f5f5f5f608085870312156140c0575f5ffd5b84516140cb8161373a565b60208601516040870151606090970151919890975090945092505050565b6001600160a01b038916815260e060208201528660e08201525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff88111561412f575f5ffd5b8760051b808a6101008501376040830197909752506060810194909452608084019290925260a083015260c082015201610100019392505050565b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa183360301811261419c575f5ffd5b9190910192915050565b600181811c908216806141ba57607f821691505b6020821081036137c8577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b828152604060208201525f611ae76040830184613895565b5f82518060208501845e5f92019182525091905056",
}

// RewardVault is an auto generated Go binding around an Ethereum contract.
type RewardVault struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RewardVault) GetABI() abi.ABI {
	return c.abi
}

// NewRewardVault creates a new instance of RewardVault.
func NewRewardVault() *RewardVault {
	parsed, err := RewardVaultMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RewardVault{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RewardVault) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address modelRegistry_, address datanetRegistry_, address verifier_, address treasury_, uint64 epochLength_, address initialOwner) returns()
func (rewardVault *RewardVault) PackConstructor(token_ common.Address, modelRegistry_ common.Address, datanetRegistry_ common.Address, verifier_ common.Address, treasury_ common.Address, epochLength_ uint64, initialOwner common.Address) []byte {
	enc, err := rewardVault.abi.Pack("", token_, modelRegistry_, datanetRegistry_, verifier_, treasury_, epochLength_, initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPS() view returns(uint256)
func (rewardVault *RewardVault) PackBPS() []byte {
	enc, err := rewardVault.abi.Pack("BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BPS() view returns(uint256)
func (rewardVault *RewardVault) TryPackBPS() ([]byte, error) {
	return rewardVault.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint256)
func (rewardVault *RewardVault) UnpackBPS(data []byte) (*big.Int, error) {
	out, err := rewardVault.abi.Unpack("BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCLAIMTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b0509b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLAIM_TYPEHASH() view returns(bytes32)
func (rewardVault *RewardVault) PackCLAIMTYPEHASH() []byte {
	enc, err := rewardVault.abi.Pack("CLAIM_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLAIMTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b0509b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLAIM_TYPEHASH() view returns(bytes32)
func (rewardVault *RewardVault) TryPackCLAIMTYPEHASH() ([]byte, error) {
	return rewardVault.abi.Pack("CLAIM_TYPEHASH")
}

// UnpackCLAIMTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b0509b1.
//
// Solidity: function CLAIM_TYPEHASH() view returns(bytes32)
func (rewardVault *RewardVault) UnpackCLAIMTYPEHASH(data []byte) ([32]byte, error) {
	out, err := rewardVault.abi.Unpack("CLAIM_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (rewardVault *RewardVault) PackDOMAINSEPARATOR() []byte {
	enc, err := rewardVault.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (rewardVault *RewardVault) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return rewardVault.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (rewardVault *RewardVault) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := rewardVault.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXBATCH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x950bff9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_BATCH() view returns(uint256)
func (rewardVault *RewardVault) PackMAXBATCH() []byte {
	enc, err := rewardVault.abi.Pack("MAX_BATCH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXBATCH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x950bff9f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_BATCH() view returns(uint256)
func (rewardVault *RewardVault) TryPackMAXBATCH() ([]byte, error) {
	return rewardVault.abi.Pack("MAX_BATCH")
}

// UnpackMAXBATCH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x950bff9f.
//
// Solidity: function MAX_BATCH() view returns(uint256)
func (rewardVault *RewardVault) UnpackMAXBATCH(data []byte) (*big.Int, error) {
	out, err := rewardVault.abi.Unpack("MAX_BATCH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXEPOCHLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb36e169.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_EPOCH_LENGTH() view returns(uint64)
func (rewardVault *RewardVault) PackMAXEPOCHLENGTH() []byte {
	enc, err := rewardVault.abi.Pack("MAX_EPOCH_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXEPOCHLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb36e169.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_EPOCH_LENGTH() view returns(uint64)
func (rewardVault *RewardVault) TryPackMAXEPOCHLENGTH() ([]byte, error) {
	return rewardVault.abi.Pack("MAX_EPOCH_LENGTH")
}

// UnpackMAXEPOCHLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb36e169.
//
// Solidity: function MAX_EPOCH_LENGTH() view returns(uint64)
func (rewardVault *RewardVault) UnpackMAXEPOCHLENGTH(data []byte) (uint64, error) {
	out, err := rewardVault.abi.Unpack("MAX_EPOCH_LENGTH", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMINEPOCHLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08a9376d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_EPOCH_LENGTH() view returns(uint64)
func (rewardVault *RewardVault) PackMINEPOCHLENGTH() []byte {
	enc, err := rewardVault.abi.Pack("MIN_EPOCH_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINEPOCHLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08a9376d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_EPOCH_LENGTH() view returns(uint64)
func (rewardVault *RewardVault) TryPackMINEPOCHLENGTH() ([]byte, error) {
	return rewardVault.abi.Pack("MIN_EPOCH_LENGTH")
}

// UnpackMINEPOCHLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x08a9376d.
//
// Solidity: function MIN_EPOCH_LENGTH() view returns(uint64)
func (rewardVault *RewardVault) UnpackMINEPOCHLENGTH(data []byte) (uint64, error) {
	out, err := rewardVault.abi.Unpack("MIN_EPOCH_LENGTH", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (rewardVault *RewardVault) PackAcceptOwnership() []byte {
	enc, err := rewardVault.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (rewardVault *RewardVault) TryPackAcceptOwnership() ([]byte, error) {
	return rewardVault.abi.Pack("acceptOwnership")
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (rewardVault *RewardVault) PackBalanceOf(account common.Address) []byte {
	enc, err := rewardVault.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (rewardVault *RewardVault) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return rewardVault.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (rewardVault *RewardVault) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := rewardVault.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBatchCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d5e6004.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchCount(uint256 modelId) view returns(uint256)
func (rewardVault *RewardVault) PackBatchCount(modelId *big.Int) []byte {
	enc, err := rewardVault.abi.Pack("batchCount", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d5e6004.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchCount(uint256 modelId) view returns(uint256)
func (rewardVault *RewardVault) TryPackBatchCount(modelId *big.Int) ([]byte, error) {
	return rewardVault.abi.Pack("batchCount", modelId)
}

// UnpackBatchCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1d5e6004.
//
// Solidity: function batchCount(uint256 modelId) view returns(uint256)
func (rewardVault *RewardVault) UnpackBatchCount(data []byte) (*big.Int, error) {
	out, err := rewardVault.abi.Unpack("batchCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf63d7b74.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(uint256 modelId, (uint64,uint256,bytes32[])[] leaves) returns(uint256 amount)
func (rewardVault *RewardVault) PackClaim(modelId *big.Int, leaves []IRewardVaultPayoutLeaf) []byte {
	enc, err := rewardVault.abi.Pack("claim", modelId, leaves)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf63d7b74.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(uint256 modelId, (uint64,uint256,bytes32[])[] leaves) returns(uint256 amount)
func (rewardVault *RewardVault) TryPackClaim(modelId *big.Int, leaves []IRewardVaultPayoutLeaf) ([]byte, error) {
	return rewardVault.abi.Pack("claim", modelId, leaves)
}

// UnpackClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf63d7b74.
//
// Solidity: function claim(uint256 modelId, (uint64,uint256,bytes32[])[] leaves) returns(uint256 amount)
func (rewardVault *RewardVault) UnpackClaim(data []byte) (*big.Int, error) {
	out, err := rewardVault.abi.Unpack("claim", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8be1d459.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimFor(uint256 modelId, address account, address recipient, (uint64,uint256,bytes32[])[] leaves, uint256 deadline, bytes signature) returns(uint256 amount)
func (rewardVault *RewardVault) PackClaimFor(modelId *big.Int, account common.Address, recipient common.Address, leaves []IRewardVaultPayoutLeaf, deadline *big.Int, signature []byte) []byte {
	enc, err := rewardVault.abi.Pack("claimFor", modelId, account, recipient, leaves, deadline, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8be1d459.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimFor(uint256 modelId, address account, address recipient, (uint64,uint256,bytes32[])[] leaves, uint256 deadline, bytes signature) returns(uint256 amount)
func (rewardVault *RewardVault) TryPackClaimFor(modelId *big.Int, account common.Address, recipient common.Address, leaves []IRewardVaultPayoutLeaf, deadline *big.Int, signature []byte) ([]byte, error) {
	return rewardVault.abi.Pack("claimFor", modelId, account, recipient, leaves, deadline, signature)
}

// UnpackClaimFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8be1d459.
//
// Solidity: function claimFor(uint256 modelId, address account, address recipient, (uint64,uint256,bytes32[])[] leaves, uint256 deadline, bytes signature) returns(uint256 amount)
func (rewardVault *RewardVault) UnpackClaimFor(data []byte) (*big.Int, error) {
	out, err := rewardVault.abi.Unpack("claimFor", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ee22fcd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimNonce(address account) view returns(uint256)
func (rewardVault *RewardVault) PackClaimNonce(account common.Address) []byte {
	enc, err := rewardVault.abi.Pack("claimNonce", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ee22fcd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimNonce(address account) view returns(uint256)
func (rewardVault *RewardVault) TryPackClaimNonce(account common.Address) ([]byte, error) {
	return rewardVault.abi.Pack("claimNonce", account)
}

// UnpackClaimNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3ee22fcd.
//
// Solidity: function claimNonce(address account) view returns(uint256)
func (rewardVault *RewardVault) UnpackClaimNonce(data []byte) (*big.Int, error) {
	out, err := rewardVault.abi.Unpack("claimNonce", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7be55a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimedAt(uint256 modelId, uint256 index) view returns(uint256)
func (rewardVault *RewardVault) PackClaimedAt(modelId *big.Int, index *big.Int) []byte {
	enc, err := rewardVault.abi.Pack("claimedAt", modelId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7be55a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimedAt(uint256 modelId, uint256 index) view returns(uint256)
func (rewardVault *RewardVault) TryPackClaimedAt(modelId *big.Int, index *big.Int) ([]byte, error) {
	return rewardVault.abi.Pack("claimedAt", modelId, index)
}

// UnpackClaimedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc7be55a8.
//
// Solidity: function claimedAt(uint256 modelId, uint256 index) view returns(uint256)
func (rewardVault *RewardVault) UnpackClaimedAt(data []byte) (*big.Int, error) {
	out, err := rewardVault.abi.Unpack("claimedAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackContributorCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8575727.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributorCredit(uint256 modelId) view returns(uint256 credited, uint256 claimed)
func (rewardVault *RewardVault) PackContributorCredit(modelId *big.Int) []byte {
	enc, err := rewardVault.abi.Pack("contributorCredit", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributorCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8575727.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributorCredit(uint256 modelId) view returns(uint256 credited, uint256 claimed)
func (rewardVault *RewardVault) TryPackContributorCredit(modelId *big.Int) ([]byte, error) {
	return rewardVault.abi.Pack("contributorCredit", modelId)
}

// ContributorCreditOutput serves as a container for the return parameters of contract
// method ContributorCredit.
type ContributorCreditOutput struct {
	Credited *big.Int
	Claimed  *big.Int
}

// UnpackContributorCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8575727.
//
// Solidity: function contributorCredit(uint256 modelId) view returns(uint256 credited, uint256 claimed)
func (rewardVault *RewardVault) UnpackContributorCredit(data []byte) (ContributorCreditOutput, error) {
	out, err := rewardVault.abi.Unpack("contributorCredit", data)
	outstruct := new(ContributorCreditOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Credited = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Claimed = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentEpoch() view returns(uint64)
func (rewardVault *RewardVault) PackCurrentEpoch() []byte {
	enc, err := rewardVault.abi.Pack("currentEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentEpoch() view returns(uint64)
func (rewardVault *RewardVault) TryPackCurrentEpoch() ([]byte, error) {
	return rewardVault.abi.Pack("currentEpoch")
}

// UnpackCurrentEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint64)
func (rewardVault *RewardVault) UnpackCurrentEpoch(data []byte) (uint64, error) {
	out, err := rewardVault.abi.Unpack("currentEpoch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDatanetRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3868514b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datanetRegistry() view returns(address)
func (rewardVault *RewardVault) PackDatanetRegistry() []byte {
	enc, err := rewardVault.abi.Pack("datanetRegistry")
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
func (rewardVault *RewardVault) TryPackDatanetRegistry() ([]byte, error) {
	return rewardVault.abi.Pack("datanetRegistry")
}

// UnpackDatanetRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3868514b.
//
// Solidity: function datanetRegistry() view returns(address)
func (rewardVault *RewardVault) UnpackDatanetRegistry(data []byte) (common.Address, error) {
	out, err := rewardVault.abi.Unpack("datanetRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDepositFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55c73e62.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositFee(uint256 modelId, address payer, uint96 fee) returns(uint256 requestId, uint64 epoch)
func (rewardVault *RewardVault) PackDepositFee(modelId *big.Int, payer common.Address, fee *big.Int) []byte {
	enc, err := rewardVault.abi.Pack("depositFee", modelId, payer, fee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55c73e62.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositFee(uint256 modelId, address payer, uint96 fee) returns(uint256 requestId, uint64 epoch)
func (rewardVault *RewardVault) TryPackDepositFee(modelId *big.Int, payer common.Address, fee *big.Int) ([]byte, error) {
	return rewardVault.abi.Pack("depositFee", modelId, payer, fee)
}

// DepositFeeOutput serves as a container for the return parameters of contract
// method DepositFee.
type DepositFeeOutput struct {
	RequestId *big.Int
	Epoch     uint64
}

// UnpackDepositFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x55c73e62.
//
// Solidity: function depositFee(uint256 modelId, address payer, uint96 fee) returns(uint256 requestId, uint64 epoch)
func (rewardVault *RewardVault) UnpackDepositFee(data []byte) (DepositFeeOutput, error) {
	out, err := rewardVault.abi.Unpack("depositFee", data)
	outstruct := new(DepositFeeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.RequestId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Epoch = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackDistributeValidatorRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8986407d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function distributeValidatorRewards(uint256 datanetId) returns()
func (rewardVault *RewardVault) PackDistributeValidatorRewards(datanetId *big.Int) []byte {
	enc, err := rewardVault.abi.Pack("distributeValidatorRewards", datanetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDistributeValidatorRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8986407d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function distributeValidatorRewards(uint256 datanetId) returns()
func (rewardVault *RewardVault) TryPackDistributeValidatorRewards(datanetId *big.Int) ([]byte, error) {
	return rewardVault.abi.Pack("distributeValidatorRewards", datanetId)
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (rewardVault *RewardVault) PackEip712Domain() []byte {
	enc, err := rewardVault.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (rewardVault *RewardVault) TryPackEip712Domain() ([]byte, error) {
	return rewardVault.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (rewardVault *RewardVault) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := rewardVault.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackEpochLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d775f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochLength() view returns(uint64)
func (rewardVault *RewardVault) PackEpochLength() []byte {
	enc, err := rewardVault.abi.Pack("epochLength")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57d775f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochLength() view returns(uint64)
func (rewardVault *RewardVault) TryPackEpochLength() ([]byte, error) {
	return rewardVault.abi.Pack("epochLength")
}

// UnpackEpochLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57d775f8.
//
// Solidity: function epochLength() view returns(uint64)
func (rewardVault *RewardVault) UnpackEpochLength(data []byte) (uint64, error) {
	out, err := rewardVault.abi.Unpack("epochLength", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackFeeSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6373ea69.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeSplit() view returns((uint16,uint16,uint16,uint16))
func (rewardVault *RewardVault) PackFeeSplit() []byte {
	enc, err := rewardVault.abi.Pack("feeSplit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6373ea69.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeSplit() view returns((uint16,uint16,uint16,uint16))
func (rewardVault *RewardVault) TryPackFeeSplit() ([]byte, error) {
	return rewardVault.abi.Pack("feeSplit")
}

// UnpackFeeSplit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6373ea69.
//
// Solidity: function feeSplit() view returns((uint16,uint16,uint16,uint16))
func (rewardVault *RewardVault) UnpackFeeSplit(data []byte) (IRewardVaultFeeSplit, error) {
	out, err := rewardVault.abi.Unpack("feeSplit", data)
	if err != nil {
		return *new(IRewardVaultFeeSplit), err
	}
	out0 := *abi.ConvertType(out[0], new(IRewardVaultFeeSplit)).(*IRewardVaultFeeSplit)
	return out0, nil
}

// PackModelRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ba36f78.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelRegistry() view returns(address)
func (rewardVault *RewardVault) PackModelRegistry() []byte {
	enc, err := rewardVault.abi.Pack("modelRegistry")
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
func (rewardVault *RewardVault) TryPackModelRegistry() ([]byte, error) {
	return rewardVault.abi.Pack("modelRegistry")
}

// UnpackModelRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ba36f78.
//
// Solidity: function modelRegistry() view returns(address)
func (rewardVault *RewardVault) UnpackModelRegistry(data []byte) (common.Address, error) {
	out, err := rewardVault.abi.Unpack("modelRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (rewardVault *RewardVault) PackOwner() []byte {
	enc, err := rewardVault.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (rewardVault *RewardVault) TryPackOwner() ([]byte, error) {
	return rewardVault.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (rewardVault *RewardVault) UnpackOwner(data []byte) (common.Address, error) {
	out, err := rewardVault.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPayoutRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2c5e94c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payoutRoot(uint256 modelId) view returns(bytes32)
func (rewardVault *RewardVault) PackPayoutRoot(modelId *big.Int) []byte {
	enc, err := rewardVault.abi.Pack("payoutRoot", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayoutRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2c5e94c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payoutRoot(uint256 modelId) view returns(bytes32)
func (rewardVault *RewardVault) TryPackPayoutRoot(modelId *big.Int) ([]byte, error) {
	return rewardVault.abi.Pack("payoutRoot", modelId)
}

// UnpackPayoutRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2c5e94c.
//
// Solidity: function payoutRoot(uint256 modelId) view returns(bytes32)
func (rewardVault *RewardVault) UnpackPayoutRoot(data []byte) ([32]byte, error) {
	out, err := rewardVault.abi.Unpack("payoutRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (rewardVault *RewardVault) PackPendingOwner() []byte {
	enc, err := rewardVault.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (rewardVault *RewardVault) TryPackPendingOwner() ([]byte, error) {
	return rewardVault.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (rewardVault *RewardVault) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := rewardVault.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPublicInputs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa53103fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publicInputs((uint256,uint64,uint256[],bytes32,bytes32,uint256) s) view returns(uint256[])
func (rewardVault *RewardVault) PackPublicInputs(s IRewardVaultSettlement) []byte {
	enc, err := rewardVault.abi.Pack("publicInputs", s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublicInputs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa53103fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publicInputs((uint256,uint64,uint256[],bytes32,bytes32,uint256) s) view returns(uint256[])
func (rewardVault *RewardVault) TryPackPublicInputs(s IRewardVaultSettlement) ([]byte, error) {
	return rewardVault.abi.Pack("publicInputs", s)
}

// UnpackPublicInputs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa53103fd.
//
// Solidity: function publicInputs((uint256,uint64,uint256[],bytes32,bytes32,uint256) s) view returns(uint256[])
func (rewardVault *RewardVault) UnpackPublicInputs(data []byte) ([]*big.Int, error) {
	out, err := rewardVault.abi.Unpack("publicInputs", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (rewardVault *RewardVault) PackRenounceOwnership() []byte {
	enc, err := rewardVault.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (rewardVault *RewardVault) TryPackRenounceOwnership() ([]byte, error) {
	return rewardVault.abi.Pack("renounceOwnership")
}

// PackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd845a4b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function request(uint256 requestId) view returns((uint64,uint64,uint96,uint8))
func (rewardVault *RewardVault) PackRequest(requestId *big.Int) []byte {
	enc, err := rewardVault.abi.Pack("request", requestId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd845a4b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function request(uint256 requestId) view returns((uint64,uint64,uint96,uint8))
func (rewardVault *RewardVault) TryPackRequest(requestId *big.Int) ([]byte, error) {
	return rewardVault.abi.Pack("request", requestId)
}

// UnpackRequest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd845a4b3.
//
// Solidity: function request(uint256 requestId) view returns((uint64,uint64,uint96,uint8))
func (rewardVault *RewardVault) UnpackRequest(data []byte) (IRewardVaultRequest, error) {
	out, err := rewardVault.abi.Unpack("request", data)
	if err != nil {
		return *new(IRewardVaultRequest), err
	}
	out0 := *abi.ConvertType(out[0], new(IRewardVaultRequest)).(*IRewardVaultRequest)
	return out0, nil
}

// PackRequestCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5badbe4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestCount() view returns(uint256)
func (rewardVault *RewardVault) PackRequestCount() []byte {
	enc, err := rewardVault.abi.Pack("requestCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5badbe4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestCount() view returns(uint256)
func (rewardVault *RewardVault) TryPackRequestCount() ([]byte, error) {
	return rewardVault.abi.Pack("requestCount")
}

// UnpackRequestCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5badbe4c.
//
// Solidity: function requestCount() view returns(uint256)
func (rewardVault *RewardVault) UnpackRequestCount(data []byte) (*big.Int, error) {
	out, err := rewardVault.abi.Unpack("requestCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetEpochLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38b2393d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setEpochLength(uint64 newEpochLength) returns()
func (rewardVault *RewardVault) PackSetEpochLength(newEpochLength uint64) []byte {
	enc, err := rewardVault.abi.Pack("setEpochLength", newEpochLength)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetEpochLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38b2393d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setEpochLength(uint64 newEpochLength) returns()
func (rewardVault *RewardVault) TryPackSetEpochLength(newEpochLength uint64) ([]byte, error) {
	return rewardVault.abi.Pack("setEpochLength", newEpochLength)
}

// PackSetFeeSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f0519ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeeSplit((uint16,uint16,uint16,uint16) split) returns()
func (rewardVault *RewardVault) PackSetFeeSplit(split IRewardVaultFeeSplit) []byte {
	enc, err := rewardVault.abi.Pack("setFeeSplit", split)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFeeSplit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f0519ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFeeSplit((uint16,uint16,uint16,uint16) split) returns()
func (rewardVault *RewardVault) TryPackSetFeeSplit(split IRewardVaultFeeSplit) ([]byte, error) {
	return rewardVault.abi.Pack("setFeeSplit", split)
}

// PackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTreasury(address newTreasury) returns()
func (rewardVault *RewardVault) PackSetTreasury(newTreasury common.Address) []byte {
	enc, err := rewardVault.abi.Pack("setTreasury", newTreasury)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTreasury(address newTreasury) returns()
func (rewardVault *RewardVault) TryPackSetTreasury(newTreasury common.Address) ([]byte, error) {
	return rewardVault.abi.Pack("setTreasury", newTreasury)
}

// PackSetVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5437988d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVerifier(address newVerifier) returns()
func (rewardVault *RewardVault) PackSetVerifier(newVerifier common.Address) []byte {
	enc, err := rewardVault.abi.Pack("setVerifier", newVerifier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5437988d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVerifier(address newVerifier) returns()
func (rewardVault *RewardVault) TryPackSetVerifier(newVerifier common.Address) ([]byte, error) {
	return rewardVault.abi.Pack("setVerifier", newVerifier)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x593be6ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle((uint256,uint64,uint256[],bytes32,bytes32,uint256) s, bytes proof) returns(uint256 batchId)
func (rewardVault *RewardVault) PackSettle(s IRewardVaultSettlement, proof []byte) []byte {
	enc, err := rewardVault.abi.Pack("settle", s, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x593be6ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle((uint256,uint64,uint256[],bytes32,bytes32,uint256) s, bytes proof) returns(uint256 batchId)
func (rewardVault *RewardVault) TryPackSettle(s IRewardVaultSettlement, proof []byte) ([]byte, error) {
	return rewardVault.abi.Pack("settle", s, proof)
}

// UnpackSettle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x593be6ef.
//
// Solidity: function settle((uint256,uint64,uint256[],bytes32,bytes32,uint256) s, bytes proof) returns(uint256 batchId)
func (rewardVault *RewardVault) UnpackSettle(data []byte) (*big.Int, error) {
	out, err := rewardVault.abi.Unpack("settle", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (rewardVault *RewardVault) PackToken() []byte {
	enc, err := rewardVault.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (rewardVault *RewardVault) TryPackToken() ([]byte, error) {
	return rewardVault.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (rewardVault *RewardVault) UnpackToken(data []byte) (common.Address, error) {
	out, err := rewardVault.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (rewardVault *RewardVault) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := rewardVault.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (rewardVault *RewardVault) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return rewardVault.abi.Pack("transferOwnership", newOwner)
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (rewardVault *RewardVault) PackTreasury() []byte {
	enc, err := rewardVault.abi.Pack("treasury")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function treasury() view returns(address)
func (rewardVault *RewardVault) TryPackTreasury() ([]byte, error) {
	return rewardVault.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (rewardVault *RewardVault) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := rewardVault.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUnsettledFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca54e0ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unsettledFees() view returns(uint256)
func (rewardVault *RewardVault) PackUnsettledFees() []byte {
	enc, err := rewardVault.abi.Pack("unsettledFees")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnsettledFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca54e0ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unsettledFees() view returns(uint256)
func (rewardVault *RewardVault) TryPackUnsettledFees() ([]byte, error) {
	return rewardVault.abi.Pack("unsettledFees")
}

// UnpackUnsettledFees is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xca54e0ca.
//
// Solidity: function unsettledFees() view returns(uint256)
func (rewardVault *RewardVault) UnpackUnsettledFees(data []byte) (*big.Int, error) {
	out, err := rewardVault.abi.Unpack("unsettledFees", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackValidatorPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f93a315.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validatorPool(uint256 datanetId) view returns(uint256)
func (rewardVault *RewardVault) PackValidatorPool(datanetId *big.Int) []byte {
	enc, err := rewardVault.abi.Pack("validatorPool", datanetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidatorPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f93a315.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validatorPool(uint256 datanetId) view returns(uint256)
func (rewardVault *RewardVault) TryPackValidatorPool(datanetId *big.Int) ([]byte, error) {
	return rewardVault.abi.Pack("validatorPool", datanetId)
}

// UnpackValidatorPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f93a315.
//
// Solidity: function validatorPool(uint256 datanetId) view returns(uint256)
func (rewardVault *RewardVault) UnpackValidatorPool(data []byte) (*big.Int, error) {
	out, err := rewardVault.abi.Unpack("validatorPool", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifier() view returns(address)
func (rewardVault *RewardVault) PackVerifier() []byte {
	enc, err := rewardVault.abi.Pack("verifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifier() view returns(address)
func (rewardVault *RewardVault) TryPackVerifier() ([]byte, error) {
	return rewardVault.abi.Pack("verifier")
}

// UnpackVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (rewardVault *RewardVault) UnpackVerifier(data []byte) (common.Address, error) {
	out, err := rewardVault.abi.Unpack("verifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address to) returns(uint256 amount)
func (rewardVault *RewardVault) PackWithdraw(to common.Address) []byte {
	enc, err := rewardVault.abi.Pack("withdraw", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51cff8d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address to) returns(uint256 amount)
func (rewardVault *RewardVault) TryPackWithdraw(to common.Address) ([]byte, error) {
	return rewardVault.abi.Pack("withdraw", to)
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51cff8d9.
//
// Solidity: function withdraw(address to) returns(uint256 amount)
func (rewardVault *RewardVault) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := rewardVault.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// RewardVaultClaimed represents a Claimed event raised by the RewardVault contract.
type RewardVaultClaimed struct {
	ModelId   *big.Int
	Account   common.Address
	Recipient common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const RewardVaultClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (RewardVaultClaimed) ContractEventName() string {
	return RewardVaultClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(uint256 indexed modelId, address indexed account, address indexed recipient, uint256 amount)
func (rewardVault *RewardVault) UnpackClaimedEvent(log *types.Log) (*RewardVaultClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardVaultClaimed)
	if len(log.Data) > 0 {
		if err := rewardVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardVault.abi.Events[event].Inputs {
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

// RewardVaultCredited represents a Credited event raised by the RewardVault contract.
type RewardVaultCredited struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const RewardVaultCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (RewardVaultCredited) ContractEventName() string {
	return RewardVaultCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(address indexed account, uint256 amount)
func (rewardVault *RewardVault) UnpackCreditedEvent(log *types.Log) (*RewardVaultCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardVaultCredited)
	if len(log.Data) > 0 {
		if err := rewardVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardVault.abi.Events[event].Inputs {
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

// RewardVaultEIP712DomainChanged represents a EIP712DomainChanged event raised by the RewardVault contract.
type RewardVaultEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const RewardVaultEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (RewardVaultEIP712DomainChanged) ContractEventName() string {
	return RewardVaultEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (rewardVault *RewardVault) UnpackEIP712DomainChangedEvent(log *types.Log) (*RewardVaultEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardVaultEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := rewardVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardVault.abi.Events[event].Inputs {
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

// RewardVaultEpochLengthUpdated represents a EpochLengthUpdated event raised by the RewardVault contract.
type RewardVaultEpochLengthUpdated struct {
	EpochLength  uint64
	CurrentEpoch uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const RewardVaultEpochLengthUpdatedEventName = "EpochLengthUpdated"

// ContractEventName returns the user-defined event name.
func (RewardVaultEpochLengthUpdated) ContractEventName() string {
	return RewardVaultEpochLengthUpdatedEventName
}

// UnpackEpochLengthUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EpochLengthUpdated(uint64 epochLength, uint64 currentEpoch)
func (rewardVault *RewardVault) UnpackEpochLengthUpdatedEvent(log *types.Log) (*RewardVaultEpochLengthUpdated, error) {
	event := "EpochLengthUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardVaultEpochLengthUpdated)
	if len(log.Data) > 0 {
		if err := rewardVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardVault.abi.Events[event].Inputs {
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

// RewardVaultFeeDeposited represents a FeeDeposited event raised by the RewardVault contract.
type RewardVaultFeeDeposited struct {
	RequestId *big.Int
	ModelId   *big.Int
	Payer     common.Address
	Fee       *big.Int
	Epoch     uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const RewardVaultFeeDepositedEventName = "FeeDeposited"

// ContractEventName returns the user-defined event name.
func (RewardVaultFeeDeposited) ContractEventName() string {
	return RewardVaultFeeDepositedEventName
}

// UnpackFeeDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeDeposited(uint256 indexed requestId, uint256 indexed modelId, address indexed payer, uint96 fee, uint64 epoch)
func (rewardVault *RewardVault) UnpackFeeDepositedEvent(log *types.Log) (*RewardVaultFeeDeposited, error) {
	event := "FeeDeposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardVaultFeeDeposited)
	if len(log.Data) > 0 {
		if err := rewardVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardVault.abi.Events[event].Inputs {
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

// RewardVaultFeeSplitUpdated represents a FeeSplitUpdated event raised by the RewardVault contract.
type RewardVaultFeeSplitUpdated struct {
	Split IRewardVaultFeeSplit
	Raw   *types.Log // Blockchain specific contextual infos
}

const RewardVaultFeeSplitUpdatedEventName = "FeeSplitUpdated"

// ContractEventName returns the user-defined event name.
func (RewardVaultFeeSplitUpdated) ContractEventName() string {
	return RewardVaultFeeSplitUpdatedEventName
}

// UnpackFeeSplitUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeSplitUpdated((uint16,uint16,uint16,uint16) split)
func (rewardVault *RewardVault) UnpackFeeSplitUpdatedEvent(log *types.Log) (*RewardVaultFeeSplitUpdated, error) {
	event := "FeeSplitUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardVaultFeeSplitUpdated)
	if len(log.Data) > 0 {
		if err := rewardVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardVault.abi.Events[event].Inputs {
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

// RewardVaultOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the RewardVault contract.
type RewardVaultOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const RewardVaultOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (RewardVaultOwnershipTransferStarted) ContractEventName() string {
	return RewardVaultOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (rewardVault *RewardVault) UnpackOwnershipTransferStartedEvent(log *types.Log) (*RewardVaultOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardVaultOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := rewardVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardVault.abi.Events[event].Inputs {
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

// RewardVaultOwnershipTransferred represents a OwnershipTransferred event raised by the RewardVault contract.
type RewardVaultOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const RewardVaultOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (RewardVaultOwnershipTransferred) ContractEventName() string {
	return RewardVaultOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (rewardVault *RewardVault) UnpackOwnershipTransferredEvent(log *types.Log) (*RewardVaultOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardVaultOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := rewardVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardVault.abi.Events[event].Inputs {
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

// RewardVaultPayoutLeafClaimed represents a PayoutLeafClaimed event raised by the RewardVault contract.
type RewardVaultPayoutLeafClaimed struct {
	ModelId    *big.Int
	Index      uint64
	Cumulative *big.Int
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const RewardVaultPayoutLeafClaimedEventName = "PayoutLeafClaimed"

// ContractEventName returns the user-defined event name.
func (RewardVaultPayoutLeafClaimed) ContractEventName() string {
	return RewardVaultPayoutLeafClaimedEventName
}

// UnpackPayoutLeafClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PayoutLeafClaimed(uint256 indexed modelId, uint64 indexed index, uint256 cumulative, uint256 amount)
func (rewardVault *RewardVault) UnpackPayoutLeafClaimedEvent(log *types.Log) (*RewardVaultPayoutLeafClaimed, error) {
	event := "PayoutLeafClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardVaultPayoutLeafClaimed)
	if len(log.Data) > 0 {
		if err := rewardVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardVault.abi.Events[event].Inputs {
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

// RewardVaultSettled represents a Settled event raised by the RewardVault contract.
type RewardVaultSettled struct {
	ModelId             *big.Int
	BatchId             *big.Int
	Epoch               uint64
	Oracle              common.Address
	RequestIds          []*big.Int
	InferenceCommitment [32]byte
	PreviousPayoutRoot  [32]byte
	NewPayoutRoot       [32]byte
	FeeTotal            *big.Int
	Distributed         *big.Int
	Raw                 *types.Log // Blockchain specific contextual infos
}

const RewardVaultSettledEventName = "Settled"

// ContractEventName returns the user-defined event name.
func (RewardVaultSettled) ContractEventName() string {
	return RewardVaultSettledEventName
}

// UnpackSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Settled(uint256 indexed modelId, uint256 indexed batchId, uint64 indexed epoch, address oracle, uint256[] requestIds, bytes32 inferenceCommitment, bytes32 previousPayoutRoot, bytes32 newPayoutRoot, uint256 feeTotal, uint256 distributed)
func (rewardVault *RewardVault) UnpackSettledEvent(log *types.Log) (*RewardVaultSettled, error) {
	event := "Settled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardVaultSettled)
	if len(log.Data) > 0 {
		if err := rewardVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardVault.abi.Events[event].Inputs {
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

// RewardVaultSettlementSplit represents a SettlementSplit event raised by the RewardVault contract.
type RewardVaultSettlementSplit struct {
	ModelId          *big.Int
	BatchId          *big.Int
	ContributorShare *big.Int
	Owner            common.Address
	OwnerShare       *big.Int
	DatanetId        *big.Int
	ValidatorShare   *big.Int
	TreasuryShare    *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const RewardVaultSettlementSplitEventName = "SettlementSplit"

// ContractEventName returns the user-defined event name.
func (RewardVaultSettlementSplit) ContractEventName() string {
	return RewardVaultSettlementSplitEventName
}

// UnpackSettlementSplitEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SettlementSplit(uint256 indexed modelId, uint256 indexed batchId, uint256 contributorShare, address owner, uint256 ownerShare, uint256 indexed datanetId, uint256 validatorShare, uint256 treasuryShare)
func (rewardVault *RewardVault) UnpackSettlementSplitEvent(log *types.Log) (*RewardVaultSettlementSplit, error) {
	event := "SettlementSplit"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardVaultSettlementSplit)
	if len(log.Data) > 0 {
		if err := rewardVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardVault.abi.Events[event].Inputs {
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

// RewardVaultTreasuryUpdated represents a TreasuryUpdated event raised by the RewardVault contract.
type RewardVaultTreasuryUpdated struct {
	Treasury common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const RewardVaultTreasuryUpdatedEventName = "TreasuryUpdated"

// ContractEventName returns the user-defined event name.
func (RewardVaultTreasuryUpdated) ContractEventName() string {
	return RewardVaultTreasuryUpdatedEventName
}

// UnpackTreasuryUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TreasuryUpdated(address indexed treasury)
func (rewardVault *RewardVault) UnpackTreasuryUpdatedEvent(log *types.Log) (*RewardVaultTreasuryUpdated, error) {
	event := "TreasuryUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardVaultTreasuryUpdated)
	if len(log.Data) > 0 {
		if err := rewardVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardVault.abi.Events[event].Inputs {
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

// RewardVaultValidatorRewardsDistributed represents a ValidatorRewardsDistributed event raised by the RewardVault contract.
type RewardVaultValidatorRewardsDistributed struct {
	DatanetId      *big.Int
	ValidatorCount *big.Int
	PerValidator   *big.Int
	Remainder      *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const RewardVaultValidatorRewardsDistributedEventName = "ValidatorRewardsDistributed"

// ContractEventName returns the user-defined event name.
func (RewardVaultValidatorRewardsDistributed) ContractEventName() string {
	return RewardVaultValidatorRewardsDistributedEventName
}

// UnpackValidatorRewardsDistributedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorRewardsDistributed(uint256 indexed datanetId, uint256 validatorCount, uint256 perValidator, uint256 remainder)
func (rewardVault *RewardVault) UnpackValidatorRewardsDistributedEvent(log *types.Log) (*RewardVaultValidatorRewardsDistributed, error) {
	event := "ValidatorRewardsDistributed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardVaultValidatorRewardsDistributed)
	if len(log.Data) > 0 {
		if err := rewardVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardVault.abi.Events[event].Inputs {
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

// RewardVaultVerifierUpdated represents a VerifierUpdated event raised by the RewardVault contract.
type RewardVaultVerifierUpdated struct {
	Verifier         common.Address
	VerifyingKeyHash [32]byte
	Raw              *types.Log // Blockchain specific contextual infos
}

const RewardVaultVerifierUpdatedEventName = "VerifierUpdated"

// ContractEventName returns the user-defined event name.
func (RewardVaultVerifierUpdated) ContractEventName() string {
	return RewardVaultVerifierUpdatedEventName
}

// UnpackVerifierUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VerifierUpdated(address indexed verifier, bytes32 verifyingKeyHash)
func (rewardVault *RewardVault) UnpackVerifierUpdatedEvent(log *types.Log) (*RewardVaultVerifierUpdated, error) {
	event := "VerifierUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardVaultVerifierUpdated)
	if len(log.Data) > 0 {
		if err := rewardVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardVault.abi.Events[event].Inputs {
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

// RewardVaultWithdrawn represents a Withdrawn event raised by the RewardVault contract.
type RewardVaultWithdrawn struct {
	Account common.Address
	To      common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const RewardVaultWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (RewardVaultWithdrawn) ContractEventName() string {
	return RewardVaultWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, address indexed to, uint256 amount)
func (rewardVault *RewardVault) UnpackWithdrawnEvent(log *types.Log) (*RewardVaultWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardVaultWithdrawn)
	if len(log.Data) > 0 {
		if err := rewardVault.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardVault.abi.Events[event].Inputs {
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
func (rewardVault *RewardVault) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["BatchTooLarge"].ID.Bytes()[:4]) {
		return rewardVault.UnpackBatchTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["ClaimExceedsCredit"].ID.Bytes()[:4]) {
		return rewardVault.UnpackClaimExceedsCreditError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["DistributedExceedsShare"].ID.Bytes()[:4]) {
		return rewardVault.UnpackDistributedExceedsShareError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["EmptyBatch"].ID.Bytes()[:4]) {
		return rewardVault.UnpackEmptyBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["EpochNotClosed"].ID.Bytes()[:4]) {
		return rewardVault.UnpackEpochNotClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["InvalidEpochLength"].ID.Bytes()[:4]) {
		return rewardVault.UnpackInvalidEpochLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["InvalidFeeSplit"].ID.Bytes()[:4]) {
		return rewardVault.UnpackInvalidFeeSplitError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["InvalidPayoutProof"].ID.Bytes()[:4]) {
		return rewardVault.UnpackInvalidPayoutProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return rewardVault.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return rewardVault.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["LeafIndexOutOfRange"].ID.Bytes()[:4]) {
		return rewardVault.UnpackLeafIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["NoValidators"].ID.Bytes()[:4]) {
		return rewardVault.UnpackNoValidatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["NotModelRegistry"].ID.Bytes()[:4]) {
		return rewardVault.UnpackNotModelRegistryError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["NotOracle"].ID.Bytes()[:4]) {
		return rewardVault.UnpackNotOracleError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return rewardVault.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return rewardVault.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return rewardVault.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return rewardVault.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["ProofRejected"].ID.Bytes()[:4]) {
		return rewardVault.UnpackProofRejectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["RequestEpochMismatch"].ID.Bytes()[:4]) {
		return rewardVault.UnpackRequestEpochMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["RequestModelMismatch"].ID.Bytes()[:4]) {
		return rewardVault.UnpackRequestModelMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["RequestNotPending"].ID.Bytes()[:4]) {
		return rewardVault.UnpackRequestNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return rewardVault.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return rewardVault.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["SignatureExpired"].ID.Bytes()[:4]) {
		return rewardVault.UnpackSignatureExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return rewardVault.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["TransferAmountMismatch"].ID.Bytes()[:4]) {
		return rewardVault.UnpackTransferAmountMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["UnknownRequest"].ID.Bytes()[:4]) {
		return rewardVault.UnpackUnknownRequestError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return rewardVault.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["ZeroRoot"].ID.Bytes()[:4]) {
		return rewardVault.UnpackZeroRootError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RewardVaultBatchTooLarge represents a BatchTooLarge error raised by the RewardVault contract.
type RewardVaultBatchTooLarge struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchTooLarge(uint256 count, uint256 max)
func RewardVaultBatchTooLargeErrorID() common.Hash {
	return common.HexToHash("0xbb1cb70bcc2ddbaabd8d251943ebb6b48ae10b9f78ce35a6f00b43eac7ae64f1")
}

// UnpackBatchTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchTooLarge(uint256 count, uint256 max)
func (rewardVault *RewardVault) UnpackBatchTooLargeError(raw []byte) (*RewardVaultBatchTooLarge, error) {
	out := new(RewardVaultBatchTooLarge)
	if err := rewardVault.abi.UnpackIntoInterface(out, "BatchTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultClaimExceedsCredit represents a ClaimExceedsCredit error raised by the RewardVault contract.
type RewardVaultClaimExceedsCredit struct {
	ModelId *big.Int
	Claimed *big.Int
	Credit  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimExceedsCredit(uint256 modelId, uint256 claimed, uint256 credit)
func RewardVaultClaimExceedsCreditErrorID() common.Hash {
	return common.HexToHash("0x2afc652e51bd1d55808b6d16b04179b01f5e799ca4e6a5bd7dacc4cc1c3c6d44")
}

// UnpackClaimExceedsCreditError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimExceedsCredit(uint256 modelId, uint256 claimed, uint256 credit)
func (rewardVault *RewardVault) UnpackClaimExceedsCreditError(raw []byte) (*RewardVaultClaimExceedsCredit, error) {
	out := new(RewardVaultClaimExceedsCredit)
	if err := rewardVault.abi.UnpackIntoInterface(out, "ClaimExceedsCredit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultDistributedExceedsShare represents a DistributedExceedsShare error raised by the RewardVault contract.
type RewardVaultDistributedExceedsShare struct {
	Distributed      *big.Int
	ContributorShare *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DistributedExceedsShare(uint256 distributed, uint256 contributorShare)
func RewardVaultDistributedExceedsShareErrorID() common.Hash {
	return common.HexToHash("0x2b53276773adc84e655693c224f7983df33344a344eb23e4f2a61b148cd40e1a")
}

// UnpackDistributedExceedsShareError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DistributedExceedsShare(uint256 distributed, uint256 contributorShare)
func (rewardVault *RewardVault) UnpackDistributedExceedsShareError(raw []byte) (*RewardVaultDistributedExceedsShare, error) {
	out := new(RewardVaultDistributedExceedsShare)
	if err := rewardVault.abi.UnpackIntoInterface(out, "DistributedExceedsShare", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultEmptyBatch represents a EmptyBatch error raised by the RewardVault contract.
type RewardVaultEmptyBatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyBatch()
func RewardVaultEmptyBatchErrorID() common.Hash {
	return common.HexToHash("0xc2e5347df6cf8d1bf68f8a9651642312bd381b900d857d97cd665976180d6ae0")
}

// UnpackEmptyBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyBatch()
func (rewardVault *RewardVault) UnpackEmptyBatchError(raw []byte) (*RewardVaultEmptyBatch, error) {
	out := new(RewardVaultEmptyBatch)
	if err := rewardVault.abi.UnpackIntoInterface(out, "EmptyBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultEpochNotClosed represents a EpochNotClosed error raised by the RewardVault contract.
type RewardVaultEpochNotClosed struct {
	Epoch        *big.Int
	CurrentEpoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotClosed(uint256 epoch, uint256 currentEpoch)
func RewardVaultEpochNotClosedErrorID() common.Hash {
	return common.HexToHash("0x4870dfbd60de664c944b5572c15aee837ca29926ce9f637f93ceaa4e94a2b541")
}

// UnpackEpochNotClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotClosed(uint256 epoch, uint256 currentEpoch)
func (rewardVault *RewardVault) UnpackEpochNotClosedError(raw []byte) (*RewardVaultEpochNotClosed, error) {
	out := new(RewardVaultEpochNotClosed)
	if err := rewardVault.abi.UnpackIntoInterface(out, "EpochNotClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultInvalidEpochLength represents a InvalidEpochLength error raised by the RewardVault contract.
type RewardVaultInvalidEpochLength struct {
	EpochLength *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidEpochLength(uint256 epochLength)
func RewardVaultInvalidEpochLengthErrorID() common.Hash {
	return common.HexToHash("0x84220897ec66d0dd5dc0a4fa7cec6dfed1f2e47060ce4818ecad88a89680150a")
}

// UnpackInvalidEpochLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidEpochLength(uint256 epochLength)
func (rewardVault *RewardVault) UnpackInvalidEpochLengthError(raw []byte) (*RewardVaultInvalidEpochLength, error) {
	out := new(RewardVaultInvalidEpochLength)
	if err := rewardVault.abi.UnpackIntoInterface(out, "InvalidEpochLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultInvalidFeeSplit represents a InvalidFeeSplit error raised by the RewardVault contract.
type RewardVaultInvalidFeeSplit struct {
	TotalBps *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidFeeSplit(uint256 totalBps)
func RewardVaultInvalidFeeSplitErrorID() common.Hash {
	return common.HexToHash("0xd4ca11e656bf6d5ed92f2425c5ae4c921587b765e0b1deda7d038a2e11681867")
}

// UnpackInvalidFeeSplitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidFeeSplit(uint256 totalBps)
func (rewardVault *RewardVault) UnpackInvalidFeeSplitError(raw []byte) (*RewardVaultInvalidFeeSplit, error) {
	out := new(RewardVaultInvalidFeeSplit)
	if err := rewardVault.abi.UnpackIntoInterface(out, "InvalidFeeSplit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultInvalidPayoutProof represents a InvalidPayoutProof error raised by the RewardVault contract.
type RewardVaultInvalidPayoutProof struct {
	ModelId *big.Int
	Index   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPayoutProof(uint256 modelId, uint256 index)
func RewardVaultInvalidPayoutProofErrorID() common.Hash {
	return common.HexToHash("0x026c41697705d69d806d6240616519af6944e4f4a5b5b44511add703bb7b6e3d")
}

// UnpackInvalidPayoutProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPayoutProof(uint256 modelId, uint256 index)
func (rewardVault *RewardVault) UnpackInvalidPayoutProofError(raw []byte) (*RewardVaultInvalidPayoutProof, error) {
	out := new(RewardVaultInvalidPayoutProof)
	if err := rewardVault.abi.UnpackIntoInterface(out, "InvalidPayoutProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultInvalidShortString represents a InvalidShortString error raised by the RewardVault contract.
type RewardVaultInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func RewardVaultInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (rewardVault *RewardVault) UnpackInvalidShortStringError(raw []byte) (*RewardVaultInvalidShortString, error) {
	out := new(RewardVaultInvalidShortString)
	if err := rewardVault.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultInvalidSignature represents a InvalidSignature error raised by the RewardVault contract.
type RewardVaultInvalidSignature struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(address account)
func RewardVaultInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xd855c4f4d7a9aef9d1b6f49c25339cf5cd471e30830c8071f7b5024985e5abcd")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(address account)
func (rewardVault *RewardVault) UnpackInvalidSignatureError(raw []byte) (*RewardVaultInvalidSignature, error) {
	out := new(RewardVaultInvalidSignature)
	if err := rewardVault.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultLeafIndexOutOfRange represents a LeafIndexOutOfRange error raised by the RewardVault contract.
type RewardVaultLeafIndexOutOfRange struct {
	Index             *big.Int
	ContributionCount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeafIndexOutOfRange(uint256 index, uint256 contributionCount)
func RewardVaultLeafIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x3c89bfd319cd1abd1e00cffd02b8d0729c0b0289ac86dba4dcb8c9b025ba820c")
}

// UnpackLeafIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeafIndexOutOfRange(uint256 index, uint256 contributionCount)
func (rewardVault *RewardVault) UnpackLeafIndexOutOfRangeError(raw []byte) (*RewardVaultLeafIndexOutOfRange, error) {
	out := new(RewardVaultLeafIndexOutOfRange)
	if err := rewardVault.abi.UnpackIntoInterface(out, "LeafIndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultNoValidators represents a NoValidators error raised by the RewardVault contract.
type RewardVaultNoValidators struct {
	DatanetId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoValidators(uint256 datanetId)
func RewardVaultNoValidatorsErrorID() common.Hash {
	return common.HexToHash("0x6c229cf07da6ca420f3c291ce8e50da183507fc19f6ff6b20669bfc8c4ed3c65")
}

// UnpackNoValidatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoValidators(uint256 datanetId)
func (rewardVault *RewardVault) UnpackNoValidatorsError(raw []byte) (*RewardVaultNoValidators, error) {
	out := new(RewardVaultNoValidators)
	if err := rewardVault.abi.UnpackIntoInterface(out, "NoValidators", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultNotModelRegistry represents a NotModelRegistry error raised by the RewardVault contract.
type RewardVaultNotModelRegistry struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotModelRegistry(address caller)
func RewardVaultNotModelRegistryErrorID() common.Hash {
	return common.HexToHash("0x834575facd9f318c8ffafec263401d442e279de65b7ac7563f81fca5409b56b1")
}

// UnpackNotModelRegistryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotModelRegistry(address caller)
func (rewardVault *RewardVault) UnpackNotModelRegistryError(raw []byte) (*RewardVaultNotModelRegistry, error) {
	out := new(RewardVaultNotModelRegistry)
	if err := rewardVault.abi.UnpackIntoInterface(out, "NotModelRegistry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultNotOracle represents a NotOracle error raised by the RewardVault contract.
type RewardVaultNotOracle struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOracle(address caller)
func RewardVaultNotOracleErrorID() common.Hash {
	return common.HexToHash("0xdf4f82405d961fcad9f2ba02ce8e436cf5eedd191691916020e727d24df31ee4")
}

// UnpackNotOracleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOracle(address caller)
func (rewardVault *RewardVault) UnpackNotOracleError(raw []byte) (*RewardVaultNotOracle, error) {
	out := new(RewardVaultNotOracle)
	if err := rewardVault.abi.UnpackIntoInterface(out, "NotOracle", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultNothingToClaim represents a NothingToClaim error raised by the RewardVault contract.
type RewardVaultNothingToClaim struct {
	ModelId *big.Int
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(uint256 modelId, address account)
func RewardVaultNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0xb361b5fb505a1ba315c65f6d38503886d35e517bd61a26c7379c1b3a9527c464")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(uint256 modelId, address account)
func (rewardVault *RewardVault) UnpackNothingToClaimError(raw []byte) (*RewardVaultNothingToClaim, error) {
	out := new(RewardVaultNothingToClaim)
	if err := rewardVault.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultNothingToWithdraw represents a NothingToWithdraw error raised by the RewardVault contract.
type RewardVaultNothingToWithdraw struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address account)
func RewardVaultNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address account)
func (rewardVault *RewardVault) UnpackNothingToWithdrawError(raw []byte) (*RewardVaultNothingToWithdraw, error) {
	out := new(RewardVaultNothingToWithdraw)
	if err := rewardVault.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the RewardVault contract.
type RewardVaultOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func RewardVaultOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (rewardVault *RewardVault) UnpackOwnableInvalidOwnerError(raw []byte) (*RewardVaultOwnableInvalidOwner, error) {
	out := new(RewardVaultOwnableInvalidOwner)
	if err := rewardVault.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the RewardVault contract.
type RewardVaultOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func RewardVaultOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (rewardVault *RewardVault) UnpackOwnableUnauthorizedAccountError(raw []byte) (*RewardVaultOwnableUnauthorizedAccount, error) {
	out := new(RewardVaultOwnableUnauthorizedAccount)
	if err := rewardVault.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultProofRejected represents a ProofRejected error raised by the RewardVault contract.
type RewardVaultProofRejected struct {
	ModelId *big.Int
	BatchId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofRejected(uint256 modelId, uint256 batchId)
func RewardVaultProofRejectedErrorID() common.Hash {
	return common.HexToHash("0xbfee9b073f1be2bff2ca24ddad5f690169b822a5629f77c6b932b0ad5fe9d8e1")
}

// UnpackProofRejectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofRejected(uint256 modelId, uint256 batchId)
func (rewardVault *RewardVault) UnpackProofRejectedError(raw []byte) (*RewardVaultProofRejected, error) {
	out := new(RewardVaultProofRejected)
	if err := rewardVault.abi.UnpackIntoInterface(out, "ProofRejected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultRequestEpochMismatch represents a RequestEpochMismatch error raised by the RewardVault contract.
type RewardVaultRequestEpochMismatch struct {
	RequestId *big.Int
	Epoch     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestEpochMismatch(uint256 requestId, uint256 epoch)
func RewardVaultRequestEpochMismatchErrorID() common.Hash {
	return common.HexToHash("0x13ed2a4971e64a9c3f703fcbce657c174f4577692c82c2f86c2e51be75d1f82e")
}

// UnpackRequestEpochMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestEpochMismatch(uint256 requestId, uint256 epoch)
func (rewardVault *RewardVault) UnpackRequestEpochMismatchError(raw []byte) (*RewardVaultRequestEpochMismatch, error) {
	out := new(RewardVaultRequestEpochMismatch)
	if err := rewardVault.abi.UnpackIntoInterface(out, "RequestEpochMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultRequestModelMismatch represents a RequestModelMismatch error raised by the RewardVault contract.
type RewardVaultRequestModelMismatch struct {
	RequestId *big.Int
	ModelId   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestModelMismatch(uint256 requestId, uint256 modelId)
func RewardVaultRequestModelMismatchErrorID() common.Hash {
	return common.HexToHash("0x5f67a7eab2f35b7f1cb919e06c3a1db12efcb3390ace34530f175ab9fefce04c")
}

// UnpackRequestModelMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestModelMismatch(uint256 requestId, uint256 modelId)
func (rewardVault *RewardVault) UnpackRequestModelMismatchError(raw []byte) (*RewardVaultRequestModelMismatch, error) {
	out := new(RewardVaultRequestModelMismatch)
	if err := rewardVault.abi.UnpackIntoInterface(out, "RequestModelMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultRequestNotPending represents a RequestNotPending error raised by the RewardVault contract.
type RewardVaultRequestNotPending struct {
	RequestId *big.Int
	Status    uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestNotPending(uint256 requestId, uint8 status)
func RewardVaultRequestNotPendingErrorID() common.Hash {
	return common.HexToHash("0xa8306b6138c595afc37fa558fe91fe4afbff00f2c0e5e90f4e4a6972721c3b80")
}

// UnpackRequestNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestNotPending(uint256 requestId, uint8 status)
func (rewardVault *RewardVault) UnpackRequestNotPendingError(raw []byte) (*RewardVaultRequestNotPending, error) {
	out := new(RewardVaultRequestNotPending)
	if err := rewardVault.abi.UnpackIntoInterface(out, "RequestNotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the RewardVault contract.
type RewardVaultSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func RewardVaultSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (rewardVault *RewardVault) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*RewardVaultSafeCastOverflowedUintDowncast, error) {
	out := new(RewardVaultSafeCastOverflowedUintDowncast)
	if err := rewardVault.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the RewardVault contract.
type RewardVaultSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func RewardVaultSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (rewardVault *RewardVault) UnpackSafeERC20FailedOperationError(raw []byte) (*RewardVaultSafeERC20FailedOperation, error) {
	out := new(RewardVaultSafeERC20FailedOperation)
	if err := rewardVault.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultSignatureExpired represents a SignatureExpired error raised by the RewardVault contract.
type RewardVaultSignatureExpired struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignatureExpired(uint256 deadline)
func RewardVaultSignatureExpiredErrorID() common.Hash {
	return common.HexToHash("0xcd21db4f5222c209a625f44a7faa4c7077b21128ed96c96bd5c3a0f7bcc95d38")
}

// UnpackSignatureExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignatureExpired(uint256 deadline)
func (rewardVault *RewardVault) UnpackSignatureExpiredError(raw []byte) (*RewardVaultSignatureExpired, error) {
	out := new(RewardVaultSignatureExpired)
	if err := rewardVault.abi.UnpackIntoInterface(out, "SignatureExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultStringTooLong represents a StringTooLong error raised by the RewardVault contract.
type RewardVaultStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func RewardVaultStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (rewardVault *RewardVault) UnpackStringTooLongError(raw []byte) (*RewardVaultStringTooLong, error) {
	out := new(RewardVaultStringTooLong)
	if err := rewardVault.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultTransferAmountMismatch represents a TransferAmountMismatch error raised by the RewardVault contract.
type RewardVaultTransferAmountMismatch struct {
	Expected *big.Int
	Received *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferAmountMismatch(uint256 expected, uint256 received)
func RewardVaultTransferAmountMismatchErrorID() common.Hash {
	return common.HexToHash("0xb6a9b654dee4927456f6162146bc13897422fded910bff5982bab9b0139eaa6c")
}

// UnpackTransferAmountMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferAmountMismatch(uint256 expected, uint256 received)
func (rewardVault *RewardVault) UnpackTransferAmountMismatchError(raw []byte) (*RewardVaultTransferAmountMismatch, error) {
	out := new(RewardVaultTransferAmountMismatch)
	if err := rewardVault.abi.UnpackIntoInterface(out, "TransferAmountMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultUnknownRequest represents a UnknownRequest error raised by the RewardVault contract.
type RewardVaultUnknownRequest struct {
	RequestId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRequest(uint256 requestId)
func RewardVaultUnknownRequestErrorID() common.Hash {
	return common.HexToHash("0x1f79bbe7615659139997ff125b66c4ba38cac7dfa6b433c10ed50c7d053634ff")
}

// UnpackUnknownRequestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRequest(uint256 requestId)
func (rewardVault *RewardVault) UnpackUnknownRequestError(raw []byte) (*RewardVaultUnknownRequest, error) {
	out := new(RewardVaultUnknownRequest)
	if err := rewardVault.abi.UnpackIntoInterface(out, "UnknownRequest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultZeroAddress represents a ZeroAddress error raised by the RewardVault contract.
type RewardVaultZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func RewardVaultZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (rewardVault *RewardVault) UnpackZeroAddressError(raw []byte) (*RewardVaultZeroAddress, error) {
	out := new(RewardVaultZeroAddress)
	if err := rewardVault.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardVaultZeroRoot represents a ZeroRoot error raised by the RewardVault contract.
type RewardVaultZeroRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRoot()
func RewardVaultZeroRootErrorID() common.Hash {
	return common.HexToHash("0xb263ae738e814ca9af6ee56bb85daa47624e790421913c947dcba2aac07cfdbd")
}

// UnpackZeroRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRoot()
func (rewardVault *RewardVault) UnpackZeroRootError(raw []byte) (*RewardVaultZeroRoot, error) {
	out := new(RewardVaultZeroRoot)
	if err := rewardVault.abi.UnpackIntoInterface(out, "ZeroRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}
