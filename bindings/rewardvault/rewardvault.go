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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"modelRegistry_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"datanetRegistry_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"verifier_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"epochLength_\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"CLAIM_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_PENALTY_MULTIPLIER_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DOMAIN_SEPARATOR\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_BATCH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_EPOCH_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_EPOCH_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"balanceOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"batchCount\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claim\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"leaves\",\"type\":\"tuple[]\",\"internalType\":\"structIRewardVault.PayoutLeaf[]\",\"components\":[{\"name\":\"index\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"cumulative\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}]}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claimFor\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"leaves\",\"type\":\"tuple[]\",\"internalType\":\"structIRewardVault.PayoutLeaf[]\",\"components\":[{\"name\":\"index\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"cumulative\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"proof\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}]},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"claimNonce\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claimedAt\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"contributorCredit\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"credited\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"claimed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"currentEpoch\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"datanetRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"depositFee\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"payer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"outputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"distributeValidatorRewards\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"epochLength\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"feeSplit\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIRewardVault.FeeSplit\",\"components\":[{\"name\":\"contributorsBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"ownerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"validatorsBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"treasuryBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"finalizeBatch\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"root\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"owner_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"feeTotal\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"distributed\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"ownerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"validatorsBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"isPenalized\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"modelRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"payoutHasher\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"payoutRoot\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"penaltyMultiplierBps\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"publicInputs\",\"inputs\":[{\"name\":\"s\",\"type\":\"tuple\",\"internalType\":\"structIRewardVault.Settlement\",\"components\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"requestIds\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"inferenceCommitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"newPayoutRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"distributed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"reopenRequests\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"requestIds\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"request\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIRewardVault.Request\",\"components\":[{\"name\":\"modelId\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"fee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumIRewardVault.RequestStatus\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"requestCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setEpochLength\",\"inputs\":[{\"name\":\"newEpochLength\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setFeeSplit\",\"inputs\":[{\"name\":\"split\",\"type\":\"tuple\",\"internalType\":\"structIRewardVault.FeeSplit\",\"components\":[{\"name\":\"contributorsBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"ownerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"validatorsBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"treasuryBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPenalized\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"penalized\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPenaltyMultiplier\",\"inputs\":[{\"name\":\"bps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setSettlementGuard\",\"inputs\":[{\"name\":\"guard\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setTreasury\",\"inputs\":[{\"name\":\"newTreasury\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setVerifier\",\"inputs\":[{\"name\":\"newVerifier\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settle\",\"inputs\":[{\"name\":\"s\",\"type\":\"tuple\",\"internalType\":\"structIRewardVault.Settlement\",\"components\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"requestIds\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"inferenceCommitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"newPayoutRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"distributed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"proof\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settlementGuard\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"treasury\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unsettledFees\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"validatorPool\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"verifier\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"BatchFinalized\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"payoutRoot\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Claimed\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Credited\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EpochLengthUpdated\",\"inputs\":[{\"name\":\"epochLength\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"currentEpoch\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FeeDeposited\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"modelId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"payer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"fee\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"FeeSplitUpdated\",\"inputs\":[{\"name\":\"split\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structIRewardVault.FeeSplit\",\"components\":[{\"name\":\"contributorsBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"ownerBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"validatorsBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"treasuryBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PayoutLeafClaimed\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"index\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"cumulative\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PenaltyMultiplierUpdated\",\"inputs\":[{\"name\":\"penaltyMultiplierBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PenaltyStatusUpdated\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"penalized\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PenaltyWithheld\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"owed\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"withheld\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RequestsReopened\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"requestIds\",\"type\":\"uint256[]\",\"indexed\":false,\"internalType\":\"uint256[]\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Settled\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"oracle\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"requestIds\",\"type\":\"uint256[]\",\"indexed\":false,\"internalType\":\"uint256[]\"},{\"name\":\"inferenceCommitment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"previousPayoutRoot\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"newPayoutRoot\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"feeTotal\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"distributed\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SettlementGuardSet\",\"inputs\":[{\"name\":\"guard\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SettlementSplit\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"batchId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"contributorShare\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"ownerShare\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"validatorShare\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"treasuryShare\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TreasuryUpdated\",\"inputs\":[{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ValidatorRewardsDistributed\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"validatorCount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"perValidator\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"remainder\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VerifierUpdated\",\"inputs\":[{\"name\":\"verifier\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"verifyingKeyHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"BatchTooLarge\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ClaimExceedsCredit\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"claimed\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"credit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DistributedExceedsShare\",\"inputs\":[{\"name\":\"distributed\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"contributorShare\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EmptyBatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"EpochNotClosed\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"currentEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"HasherDeploymentFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidEpochLength\",\"inputs\":[{\"name\":\"epochLength\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidFeeSplit\",\"inputs\":[{\"name\":\"totalBps\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidPayoutProof\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidPenaltyMultiplier\",\"inputs\":[{\"name\":\"bps\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidSignature\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"LeafIndexOutOfRange\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"contributionCount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"LeafOutOfRange\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cumulative\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NoValidators\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotDatanetRegistry\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotModelRegistry\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotOracle\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotSettlementGuard\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingToClaim\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"PayoutHasherFailed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ProofRejected\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"batchId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RequestEpochMismatch\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RequestModelMismatch\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RequestNotPending\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumIRewardVault.RequestStatus\"}]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SettlementGuardAlreadySet\",\"inputs\":[{\"name\":\"guard\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SignatureExpired\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"TransferAmountMismatch\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"received\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownRequest\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroRoot\",\"inputs\":[]}]",
	ID:  "RewardVault",
	Bin: "0x6101e0604052348015610010575f5ffd5b506040516169f03803806169f083398101604081905261002f91610793565b604080518082018252600b81526a14995dd85c9915985d5b1d60aa1b602080830191909152825180840190935260018352603160f81b9083015290826001600160a01b03811661009957604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6100a281610449565b506100ae826002610465565b610120526100bd816003610465565b61014052815160208084019190912060e052815190820120610100524660a05261014960e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b038716158061016f57506001600160a01b038616155b8061018157506001600160a01b038516155b1561019f5760405163d92e233d60e01b815260040160405180910390fd5b6101a882610497565b6001600160a01b03808816610160528681166101805285166101a0526101cc6104e5565b6001600160a01b03166101c0526040805160a081019091525f8152602081016101f442610571565b64ffffffffff908116825263ffffffff8086166020808501919091525f604080860182905260609586019190915285516004805488850151898501518a8a015160809b8c015166ffffffffffffff16600160c81b026001600160c81b036001600160601b03929092166d010000000000000000000000000002600160681b600160c81b0319938b1669010000000000000000000293909316600160481b600160c81b031994909b16640100000000026001600160481b0319909516969099169590951792909217169690961795909517169290921790925580519384018152611b5884526105dc918401919091526103e8908301526101f4910152600580546701f403e805dc1b586001600160401b0319909116179055610314846105a2565b61031d8361067c565b60408051608081018252611b5881526105dc60208201526103e8818301526101f4606082015290517f346fc72937276539d696dda131779d9e1a9bbf6511eb78634c70aafa883c539c916103aa915f60808201905061ffff835116825261ffff602084015116602083015261ffff604084015116604083015261ffff606084015116606083015292915050565b60405180910390a1604080516001600160401b03841681525f60208201527f1e03152f85b1d25f93b1286e350c67ed8c3cd5efe823eb7dcea0c6dadf59106b910160405180910390a16007805461ffff60a01b191661027160a31b17905560405161138881527fe0989bd8c6d224cecd30a046eac5b84d234fd7d88b3036faf25c8c088227d3c09060200160405180910390a1505050505050506109e3565b600180546001600160a01b0319169055610462816106ec565b50565b5f602083511015610480576104798361073b565b9050610491565b8161048b84826108ba565b5060ff90505b92915050565b610e106001600160401b03821610806104bc57506301e133806001600160401b038216115b1561046257604051638422089760e01b81526001600160401b0382166004820152602401610090565b5f5f60405180610ec00160405280610e978152602001615b59610e97913990508051602082015ff091506001600160a01b038216158061054f57506001600160a01b0382163f7f68265439b553dec0753e794bc7539480ce2066443553ebfeddaada2d16bdcf8d14155b1561056d576040516338a8d0ff60e01b815260040160405180910390fd5b5090565b5f64ffffffffff82111561056d576040516306dfcc6560e41b81526028600482015260248101839052604401610090565b6001600160a01b0381166105c95760405163d92e233d60e01b815260040160405180910390fd5b600680546001600160a01b0319166001600160a01b038316908117909155604080516369b5d6d160e01b815290517f22ac30820a49c020189b2b768d4bac80bba4a5eb1108bf2ef018c679ecd105319183916369b5d6d1916004808201926020929091908290030181865afa158015610644573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106689190610974565b60405190815260200160405180910390a250565b6001600160a01b0381166106a35760405163d92e233d60e01b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0383169081179091556040517f7dae230f18360d76a040c81f050aa14eb9d6dc7901b20fc5d855e2a20fe814d1905f90a250565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f829050601f81511115610765578260405163305a27a960e01b8152600401610090919061098b565b8051610770826109c0565b179392505050565b80516001600160a01b038116811461078e575f5ffd5b919050565b5f5f5f5f5f5f5f60e0888a0312156107a9575f5ffd5b6107b288610778565b96506107c060208901610778565b95506107ce60408901610778565b94506107dc60608901610778565b93506107ea60808901610778565b60a08901519093506001600160401b0381168114610806575f5ffd5b915061081460c08901610778565b905092959891949750929550565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061084a57607f821691505b60208210810361086857634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156108b557805f5260205f20601f840160051c810160208510156108935750805b601f840160051c820191505b818110156108b2575f815560010161089f565b50505b505050565b81516001600160401b038111156108d3576108d3610822565b6108e7816108e18454610836565b8461086e565b6020601f821160018114610919575f83156109025750848201515b5f19600385901b1c1916600184901b1784556108b2565b5f84815260208120601f198516915b828110156109485787850151825560209485019460019092019101610928565b508482101561096557868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f60208284031215610984575f5ffd5b5051919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610868575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516150be610a9b5f395f81816103870152613ffd01525f818161046a0152818161177c0152611a9001525f818161041c01528181610da601528181611285015261301801525f818161093501528181610d11015281816110960152613ae301525f6136b801525f61368b01525f61240701525f6123df01525f61233a01525f61236401525f61238e01526150be5ff3fe608060405234801561000f575f5ffd5b506004361061032f575f3560e01c806370a08231116101b3578063bb36e169116100f3578063e30c39781161009e578063f2fde38b11610079578063f2fde38b146108f7578063f31492a51461090a578063f63d7b741461091d578063fc0c546a14610930575f5ffd5b8063e30c397814610896578063e99ceb70146108a7578063f0f44260146108e4575f5ffd5b8063d845a4b3116100ce578063d845a4b3146107fb578063d85757271461081b578063e2c5e94c14610877575f5ffd5b8063bb36e1691461079f578063c7be55a8146107aa578063ca54e0ca146107d4575f5ffd5b806380111d691161015e5780638be1d459116101395780638be1d459146107545780638da5cb5b14610767578063950bff9f14610777578063a53103fd1461077f575f5ffd5b806380111d691461071357806384b0196e146107265780638986407d14610741575f5ffd5b806379ba50971161018e57806379ba5097146106e55780637c3f3296146106ed5780637f0519ce14610700575f5ffd5b806370a08231146106b6578063715018a6146106d557806376671808146106dd575f5ffd5b80633d3ba78f1161027e57806357d775f811610229578063603ed13e11610204578063603ed13e146105bd57806361d027b3146105c65780636373ea69146105d95780636b0509b11461068f575f5ffd5b806357d775f814610561578063593be6ef1461057c5780635badbe4c1461058f575f5ffd5b80635437988d116102595780635437988d1461050a57806355c73e621461051d57806356d349b61461054e575f5ffd5b80633d3ba78f1461049f5780633ee22fcd146104d857806351cff8d9146104f7575f5ffd5b80632b7ac3f3116102de5780633644e515116102b95780633644e5151461045d5780633868514b1461046557806338b2393d1461048c575f5ffd5b80632b7ac3f3146104045780632ba36f78146104175780632f93a3151461043e575f5ffd5b80631d525d2c1161030e5780631d525d2c146103825780631d5e6004146103c1578063249d39e9146103fb575f5ffd5b8062b929451461033357806308a9376d146103485780630ff09bde1461036f575b5f5ffd5b6103466103413660046143b6565b610957565b005b610351610e1081565b60405167ffffffffffffffff90911681526020015b60405180910390f35b61034661037d3660046143e0565b610a57565b6103a97f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610366565b6103ed6103cf366004614457565b5f908152600a602052604090206002015467ffffffffffffffff1690565b604051908152602001610366565b6103ed61271081565b6006546103a9906001600160a01b031681565b6103a97f000000000000000000000000000000000000000000000000000000000000000081565b6103ed61044c366004614457565b600d6020525f908152604090205481565b6103ed610b3d565b6103a97f000000000000000000000000000000000000000000000000000000000000000081565b61034661049a36600461446e565b610b4b565b6007546104c59074010000000000000000000000000000000000000000900461ffff1681565b60405161ffff9091168152602001610366565b6103ed6104e63660046143b6565b600e6020525f908152604090205481565b6103ed6105053660046143b6565b610c70565b6103466105183660046143b6565b610d85565b61053061052b366004614495565b610d99565b6040805192835267ffffffffffffffff909116602083015201610366565b61034661055c36600461452c565b611133565b6004546901000000000000000000900463ffffffff16610351565b6103ed61058a3660046145cf565b611255565b600454790100000000000000000000000000000000000000000000000000900466ffffffffffffff166103ed565b6104c561138881565b6007546103a9906001600160a01b031681565b610648604080516080810182525f808252602082018190529181018290526060810191909152506040805160808101825260055461ffff808216835262010000820481166020840152640100000000820481169383019390935266010000000000009004909116606082015290565b60405161036691905f60808201905061ffff835116825261ffff602084015116602083015261ffff604084015116604083015261ffff606084015116606083015292915050565b6103ed7f18bf7d653dc6ec36bfd97e937accc5d3cb7c86895533936920528aebfb04723281565b6103ed6106c43660046143b6565b600c6020525f908152604090205481565b6103466116f9565b61035161170c565b610346611717565b6103466106fb366004614645565b611771565b61034661070e366004614679565b611902565b6008546103a9906001600160a01b031681565b61072e611a01565b60405161036697969594939291906146fa565b61034661074f366004614457565b611a5f565b6103ed610762366004614783565b611c0f565b5f546001600160a01b03166103a9565b6103ed604081565b61079261078d366004614829565b611dd0565b6040516103669190614863565b6103516301e1338081565b6103ed6107b8366004614875565b600b60209081525f928352604080842090915290825290205481565b6004546d010000000000000000000000000090046bffffffffffffffffffffffff166103ed565b61080e610809366004614457565b611eff565b60405161036691906148fb565b610862610829366004614457565b5f908152600a60205260409020600101546cffffffffffffffffffffffffff808216926d01000000000000000000000000009092041690565b60408051928352602083019190915201610366565b6103ed610885366004614457565b5f908152600a602052604090205490565b6001546001600160a01b03166103a9565b6108d46108b5366004614955565b600f60209081525f928352604080842090915290825290205460ff1681565b6040519015158152602001610366565b6103466108f23660046143b6565b611fe0565b6103466109053660046143b6565b611ff1565b610346610918366004614983565b612079565b6103ed61092b36600461499e565b612148565b6103a97f000000000000000000000000000000000000000000000000000000000000000081565b61095f612160565b6001600160a01b03811661099f576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6008546001600160a01b0316156109f6576008546040517ffc27682a0000000000000000000000000000000000000000000000000000000081526001600160a01b0390911660048201526024015b60405180910390fd5b600880547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517f7c08de3d169d3b9e811993870470c41346344f4aaede1af80648aa62a2756dc7905f90a250565b6008546001600160a01b03163314610a9d576040517f15a337940000000000000000000000000000000000000000000000000000000081523360048201526024016109ed565b5f612710610aaf61ffff851687614a06565b610ab99190614a1d565b90505f612710610acd61ffff851688614a06565b610ad79190614a1d565b90505f8183610ae6888a614a55565b610af09190614a55565b610afa9190614a55565b9050610b308b8b8b8b8a6040518060a001604052808e81526020015f81526020018a8152602001898152602001888152506121a5565b5050505050505050505050565b5f610b4661232e565b905090565b610b53612160565b610b5c81612457565b60045f610b68826124c1565b9050610b7d8167ffffffffffffffff16612518565b82547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000001663ffffffff91909116178255610bb642612565565b82547fffffffffffffffffffffffffffffffffffffff000000000000000000ffffffff1664010000000064ffffffffff92909216919091027fffffffffffffffffffffffffffffffffffffff00000000ffffffffffffffffff1617690100000000000000000063ffffffff8516021782556040805167ffffffffffffffff8086168252831660208201527f1e03152f85b1d25f93b1286e350c67ed8c3cd5efe823eb7dcea0c6dadf59106b910160405180910390a1505050565b5f6001600160a01b038216610cb1576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50335f908152600c602052604081205490819003610cfd576040517fdc69dc160000000000000000000000000000000000000000000000000000000081523360048201526024016109ed565b335f908152600c6020526040812055610d407f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031683836125af565b6040518181526001600160a01b0383169033907fd1c19fbcd4551a5edfb66d43d2e337c04837afda3482b42bdf569a8fccdae5fb9060200160405180910390a3919050565b610d8d612160565b610d9681612628565b50565b5f80336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610dff576040517f834575fa0000000000000000000000000000000000000000000000000000000081523360048201526024016109ed565b6004610e0a816124c1565b8154909250610e4090790100000000000000000000000000000000000000000000000000900466ffffffffffffff166001614a68565b9250610e4b8361274c565b815466ffffffffffffff919091167901000000000000000000000000000000000000000000000000000278ffffffffffffffffffffffffffffffffffffffffffffffffff90911617808255610ecb90610ec6906bffffffffffffffffffffffff808816916d0100000000000000000000000000900416614a68565b612798565b81546bffffffffffffffffffffffff919091166d0100000000000000000000000000027fffffffffffffff000000000000000000000000ffffffffffffffffffffffffff909116178155604080516080810190915280610f2a886127e9565b67ffffffffffffffff9081168252841660208201526bffffffffffffffffffffffff86166040820152606001600190525f848152600960209081526040918290208351815492850151938501516bffffffffffffffffffffffff16700100000000000000000000000000000000027fffffffff000000000000000000000000ffffffffffffffffffffffffffffffff67ffffffffffffffff95861668010000000000000000027fffffffffffffffffffffffffffffffff000000000000000000000000000000009095169590921694909417929092179182168317815560608401519092909183917fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167fffffff00000000000000000000000000ffffffffffffffffffffffffffffffff909116177c010000000000000000000000000000000000000000000000000000000083600281111561108957611089614895565b02179055509050506110cb7f00000000000000000000000000000000000000000000000000000000000000008630876bffffffffffffffffffffffff16612838565b604080516bffffffffffffffffffffffff8616815267ffffffffffffffff841660208201526001600160a01b03871691889186917f5f783af7d07dd603d359c3d735e474030cb3801517dd91ac5d00860f1ba70512910160405180910390a450935093915050565b6008546001600160a01b03163314611179576040517f15a337940000000000000000000000000000000000000000000000000000000081523360048201526024016109ed565b5f5b8181101561121357600160095f85858581811061119a5761119a614a7b565b602090810292909201358352508101919091526040015f2080547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c010000000000000000000000000000000000000000000000000000000083600281111561120657611206614895565b021790555060010161117b565b5082847f27457bc26865c712b9320806225488b8e3c139debbb3fe68f8a5a62cee87aa058484604051611247929190614af1565b60405180910390a350505050565b6040517fa97e5c930000000000000000000000000000000000000000000000000000000081523360048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a97e5c9390602401602060405180830381865afa1580156112d2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112f69190614b04565b61132e576040517fdf4f82400000000000000000000000000000000000000000000000000000000081523360048201526024016109ed565b5f611338856129af565b905061134f61134a6040870187614b1f565b612e72565b5f61135a8635612fb9565b86355f818152600a60205260408120600854939450926001600160a01b0316916113859084846130a8565b6002840154606086015167ffffffffffffffff90911697509091505f906113b1908b9089908986613159565b6006546040517f1e8e1e130000000000000000000000000000000000000000000000000000000081529192506001600160a01b031690631e8e1e13906113ff908c908c908690600401614b83565b602060405180830381865afa15801561141a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061143e9190614b04565b61147e576040517fbfee9b070000000000000000000000000000000000000000000000000000000081528a356004820152602481018890526044016109ed565b6040805160808101825260055461ffff80821683526201000082048116602084018190526401000000008304821694840194909452660100000000000090910416606082015287519091612710916114d69190614a06565b6114e09190614a1d565b876040018181525050612710816040015161ffff16885f01516115039190614a06565b61150d9190614a1d565b606088018190526040880151885161152a9060a08f013590614a55565b6115349190614a55565b61153e9190614a55565b608088015260408601516115519061347e565b85600101601a6101000a81548165ffffffffffff021916908365ffffffffffff1602179055506115848660200151612518565b60028601805463ffffffff9290921668010000000000000000027fffffffffffffffffffffffffffffffffffffffff00000000ffffffffffffffff9092169190911790556115db6115d6896001614a68565b6127e9565b6002860180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff929092169190911790556001600160a01b038416611645576116408b5f0135898d60800135895f01518f60a001358c6121a5565b611659565b611659848c8a895f01518b5f0151866134c9565b6116688b89858a5f01516135d4565b8560200151888c5f01357f8a58b06d2676dbcfb442ed6b8d8adc1b810c2782f880676b84df126283f6b5a08a602001518a5f01518c604001518d606001518e608001516040516116e39594939291909485526001600160a01b0393909316602085015260408401919091526060830152608082015260a00190565b60405180910390a4505050505050509392505050565b611701612160565b61170a5f613653565b565b5f610b4660046124c1565b60015433906001600160a01b03168114611768576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016109ed565b610d9681613653565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146117d5576040517f332fa0df0000000000000000000000000000000000000000000000000000000081523360048201526024016109ed565b5f838152600f602090815260408083206001600160a01b038616845290915290205481151560ff90911615150361180b57505050565b5f838152600f602090815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016821580159190911790915561188d576001600160a01b0382165f908152601060205260408120805490919061188490614bbf565b909155506118b7565b6001600160a01b0382165f90815260106020526040812080549091906118b290614bf6565b909155505b816001600160a01b0316837f3635c92c5c5a9144df96534f223015ac7e0250351ad023fad8d1c40772c1a71d836040516118f5911515815260200190565b60405180910390a3505050565b61190a612160565b5f61191b6080830160608401614983565b61ffff1661192f6060840160408501614983565b61ffff166119436040850160208601614983565b61ffff166119546020860186614983565b61ffff166119629190614a68565b61196c9190614a68565b6119769190614a68565b905061271081146119b6576040517fd4ca11e6000000000000000000000000000000000000000000000000000000008152600481018290526024016109ed565b8160056119c38282614c2a565b9050507f346fc72937276539d696dda131779d9e1a9bbf6511eb78634c70aafa883c539c826040516119f59190614d3b565b60405180910390a15050565b5f6060805f5f5f6060611a12613684565b611a1a6136b1565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b6040517f35aa2e44000000000000000000000000000000000000000000000000000000008152600481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906335aa2e44906024015f60405180830381865afa158015611adc573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052611b039190810190614dda565b80519091505f819003611b45576040517f6c229cf0000000000000000000000000000000000000000000000000000000008152600481018490526024016109ed565b5f838152600d602052604081205490611b5e8383614a1d565b90505f611b6b8483614a06565b611b759084614a55565b5f878152600d6020526040902081905590508115611bc4575f5b84811015611bc257611bba868281518110611bac57611bac614a7b565b6020026020010151846136de565b600101611b8f565b505b604080518581526020810184905290810182905286907fd66b4df970afed32f751b6f9ec4633b563b7500664bde5595ba48248f1a6e9ff9060600160405180910390a2505050505050565b5f6001600160a01b038716611c50576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b83421115611c8d576040517fcd21db4f000000000000000000000000000000000000000000000000000000008152600481018590526024016109ed565b6001600160a01b0388165f908152600e6020526040812080549082611cb183614bbf565b90915550604080517f18bf7d653dc6ec36bfd97e937accc5d3cb7c86895533936920528aebfb04723260208201529081018c90526001600160a01b03808c1660608301528a16608082015260a0810182905260c081018790529091505f90611d319060e00160405160208183030381529060405280519060200120613757565b9050611d738a8287878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506137a492505050565b611db4576040517fd855c4f40000000000000000000000000000000000000000000000000000000081526001600160a01b038b1660048201526024016109ed565b611dc18b8b8b8b8b613814565b9b9a5050505050505050505050565b60605f611ddc836129af565b9050365f611ded6040860186614b1f565b909250905060015b81811015611e9e575f5b81811015611e9557838382818110611e1957611e19614a7b565b90506020020135848484818110611e3257611e32614a7b565b9050602002013503611e8d57838383818110611e5057611e50614a7b565b9050602002013560026040517fa8306b610000000000000000000000000000000000000000000000000000000081526004016109ed929190614ea5565b600101611dff565b50600101611df5565b5084355f818152600a602052604081206008549092611ec79184906001600160a01b03166130a8565b6002830154909150611ef490889067ffffffffffffffff16611ee98235612fb9565b606001518885613159565b979650505050505050565b611f26604080516080810182525f8082526020820181905291810182905290606082015290565b5f828152600960209081526040918290208251608081018452815467ffffffffffffffff8082168352680100000000000000008204169382019390935270010000000000000000000000000000000083046bffffffffffffffffffffffff16938101939093529060608301907c0100000000000000000000000000000000000000000000000000000000900460ff166002811115611fc657611fc6614895565b6002811115611fd757611fd7614895565b90525092915050565b611fe8612160565b610d9681613b66565b611ff9612160565b600180546001600160a01b0383167fffffffffffffffffffffffff000000000000000000000000000000000000000090911681179091556120415f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b612081612160565b6127108161ffff1611156120c7576040517ffbcec2fb00000000000000000000000000000000000000000000000000000000815261ffff821660048201526024016109ed565b600780547fffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000061ffff8416908102919091179091556040519081527fe0989bd8c6d224cecd30a046eac5b84d234fd7d88b3036faf25c8c088227d3c09060200160405180910390a150565b5f6121568433338686613814565b90505b9392505050565b5f546001600160a01b0316331461170a576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016109ed565b5f868152600a6020526040902084815560018101546121dd906121d89085906cffffffffffffffffffffffffff16614a68565b613c07565b6001820180547fffffffffffffffffffffffffffffffffffffff00000000000000000000000000166cffffffffffffffffffffffffff92909216919091179055815161222890612798565b60048054600d906122599084906d010000000000000000000000000090046bffffffffffffffffffffffff16614eb9565b92506101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff1602179055506122958483604001516136de565b60075460808301516122b0916001600160a01b0316906136de565b6060820151600282015468010000000000000000900463ffffffff165f908152600d6020526040812080549091906122e9908490614a68565b9091555050604051858152869088907f3b65ad93633ddcb649a77475c1a16f1f11ca1cf2c14a6c5ab6eaae80bb075ac49060200160405180910390a350505050505050565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561238657507f000000000000000000000000000000000000000000000000000000000000000046145b156123b057507f000000000000000000000000000000000000000000000000000000000000000090565b610b46604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b610e1067ffffffffffffffff8216108061247e57506301e1338067ffffffffffffffff8216115b15610d96576040517f8422089700000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201526024016109ed565b80545f9063ffffffff8082169164ffffffffff64010000000082041691690100000000000000000090910416612505816124fb8442614a55565b6115d69190614a1d565b61250f9084614edd565b95945050505050565b5f63ffffffff821115612561576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260206004820152602481018390526044016109ed565b5090565b5f64ffffffffff821115612561576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260286004820152602481018390526044016109ed565b6040516001600160a01b0383811660248301526044820183905261262391859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050613c59565b505050565b6001600160a01b038116612668576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600680547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b038316908117909155604080517f69b5d6d100000000000000000000000000000000000000000000000000000000815290517f22ac30820a49c020189b2b768d4bac80bba4a5eb1108bf2ef018c679ecd105319183916369b5d6d1916004808201926020929091908290030181865afa158015612714573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906127389190614efd565b60405190815260200160405180910390a250565b5f66ffffffffffffff821115612561576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260386004820152602481018390526044016109ed565b5f6bffffffffffffffffffffffff821115612561576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260606004820152602481018390526044016109ed565b5f67ffffffffffffffff82111561256157604080517f6dfcc6500000000000000000000000000000000000000000000000000000000081526004810191909152602481018390526044016109ed565b6040517f70a082310000000000000000000000000000000000000000000000000000000081526001600160a01b0383811660048301525f91908616906370a0823190602401602060405180830381865afa158015612898573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906128bc9190614efd565b90506128d36001600160a01b038616858585613ce4565b6040517f70a082310000000000000000000000000000000000000000000000000000000081526001600160a01b0384811660048301525f9183918816906370a0823190602401602060405180830381865afa158015612934573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906129589190614efd565b6129629190614a55565b90508281146129a7576040517fb6a9b65400000000000000000000000000000000000000000000000000000000815260048101849052602481018290526044016109ed565b505050505050565b6129dc6040518060a001604052805f81526020015f81526020015f81526020015f81526020015f81525090565b5f6129ea6040840184614b1f565b90509050805f03612a27576040517fc2e5347d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040811115612a6e57604080517fbb1cb70b0000000000000000000000000000000000000000000000000000000081526109ed918391600401918252602082015260400190565b5f612a7960046124c1565b905067ffffffffffffffff8116612a96604086016020870161446e565b67ffffffffffffffff1610612afc57612ab5604085016020860161446e565b6040517f4870dfbd00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff918216600482015290821660248201526044016109ed565b6080840135612b37576040517fb263ae7300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60055461ffff165f5b83811015612e14575f612b566040880188614b1f565b83818110612b6657612b66614a7b565b602090810292909201355f8181526009845260408082208151608081018352815467ffffffffffffffff8082168352680100000000000000008204169782019790975270010000000000000000000000000000000087046bffffffffffffffffffffffff1692810192909252929550909390925060608301907c0100000000000000000000000000000000000000000000000000000000900460ff166002811115612c1357612c13614895565b6002811115612c2457612c24614895565b9052509050600181606001516002811115612c4157612c41614895565b14612cd0575f81606001516002811115612c5d57612c5d614895565b03612c97576040517f1f79bbe7000000000000000000000000000000000000000000000000000000008152600481018390526024016109ed565b60608101516040517fa8306b610000000000000000000000000000000000000000000000000000000081526109ed918491600401614ea5565b805167ffffffffffffffff16883514612d2b5780516040517f5f67a7ea0000000000000000000000000000000000000000000000000000000081526004810184905267ffffffffffffffff90911660248201526044016109ed565b612d3b6040890160208a0161446e565b67ffffffffffffffff16816020015167ffffffffffffffff1614612da45760208101516040517f13ed2a490000000000000000000000000000000000000000000000000000000081526004810184905267ffffffffffffffff90911660248201526044016109ed565b80604001516bffffffffffffffffffffffff16875f01818151612dc79190614a68565b905250604081015161271090612dec9086906bffffffffffffffffffffffff16614a06565b612df69190614a1d565b87602001818151612e079190614a68565b9052505050600101612b40565b5083602001518560a001351115612e6a5760208401516040517f2b53276700000000000000000000000000000000000000000000000000000000815260a0870135600482015260248101919091526044016109ed565b505050919050565b5f5b81811015612623575f60095f858585818110612e9257612e92614a7b565b9050602002013581526020019081526020015f20905060016002811115612ebb57612ebb614895565b81547c0100000000000000000000000000000000000000000000000000000000900460ff166002811115612ef157612ef1614895565b14612f6c57838383818110612f0857612f08614a7b565b83546040517fa8306b610000000000000000000000000000000000000000000000000000000081526109ed946020939093029092013592507c0100000000000000000000000000000000000000000000000000000000900460ff1690600401614ea5565b80547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c0200000000000000000000000000000000000000000000000000000000179055600101612e74565b612fe960405180608001604052805f6001600160a01b031681526020015f81526020015f81526020015f81525090565b6040517f8ec2bd88000000000000000000000000000000000000000000000000000000008152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690638ec2bd8890602401608060405180830381865afa158015613065573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906130899190614f14565b6060850152604084015260208301526001600160a01b03168152919050565b5f6001600160a01b03821615613151576040517f0826e37b000000000000000000000000000000000000000000000000000000008152600481018590525f9081906001600160a01b03851690630826e37b906024016040805180830381865afa158015613117573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061313b9190614f50565b91509150811561314e5791506121599050565b50505b505054919050565b6060365f61316a6040890189614b1f565b9092509050600261317c826001614a68565b6131869190614a1d565b61319190600c614a68565b67ffffffffffffffff8111156131a9576131a9614d9d565b6040519080825280602002602001820160405280156131d2578160200160208202803683370190505b50925046835f815181106131e8576131e8614a7b565b602002602001018181525050306001600160a01b03168360018151811061321157613211614a7b565b602002602001018181525050875f01358360028151811061323457613234614a7b565b602002602001018181525050868360038151811061325457613254614a7b565b602002602001018181525050855f1c8360048151811061327657613276614a7b565b60200260200101818152505087606001355f1c8360058151811061329c5761329c614a7b565b602002602001018181525050845f0151836006815181106132bf576132bf614a7b565b6020026020010181815250508460200151836007815181106132e3576132e3614a7b565b602002602001018181525050835f1c8360088151811061330557613305614a7b565b60200260200101818152505087608001355f1c8360098151811061332b5761332b614a7b565b6020026020010181815250508760a0013583600a8151811061334f5761334f614a7b565b60200260200101818152505060038282604051602001613370929190614f7c565b604051602081830303815290604052805190602001205f1c901c83600b8151811061339d5761339d614a7b565b602090810291909101015260055461ffff165f5b82811015613471576133c7600182166060614a06565b6127108360095f8888878181106133e0576133e0614a7b565b602090810292909201358352508101919091526040015f2054613425919070010000000000000000000000000000000090046bffffffffffffffffffffffff16614a06565b61342f9190614a1d565b901b8561343d600284614a1d565b61344890600c614a68565b8151811061345857613458614a7b565b60209081029190910101805190911790526001016133b1565b5050505095945050505050565b5f65ffffffffffff821115612561576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260306004820152602481018390526044016109ed565b6001600160a01b0386166302afc04686358660808901356134ed60408b018b614b1f565b6040516020016134fe929190614f7c565b60408051601f19818403018152828252805160209182012090890151918901517fffffffff0000000000000000000000000000000000000000000000000000000060e089901b16845260048401969096526024830194909452604482019290925260648101929092526001600160a01b038816608483015260a4820187905260a08a013560c483015261ffff90811660e4830152909116610104820152610124015f604051808303815f87803b1580156135b6575f5ffd5b505af11580156135c8573d5f5f3e3d5ffd5b50505050505050505050565b6135e4604085016020860161446e565b67ffffffffffffffff168385357fba6b60eae5849d3c99e5548b13faaf29dbdf8f53529c8b054dbb3928db2ff0463361362060408a018a614b1f565b8a60600135898c608001358a8e60a00135604051613645989796959493929190614fbc565b60405180910390a450505050565b600180547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055610d9681613d1d565b6060610b467f00000000000000000000000000000000000000000000000000000000000000006002613d84565b6060610b467f00000000000000000000000000000000000000000000000000000000000000006003613d84565b805f036136e9575050565b6001600160a01b0382165f908152600c602052604081208054839290613710908490614a68565b90915550506040518181526001600160a01b038316907f9c9e0cdb1670e88302408e5b941dc636f63a3293204694bb68910fcf3d9305f39060200160405180910390a25050565b5f61379e61376361232e565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b92915050565b5f836001600160a01b03163b5f03613802575f5f6137c28585613e2e565b5090925090505f8160038111156137db576137db614895565b1480156137f95750856001600160a01b0316826001600160a01b0316145b92505050612159565b61380d848484613e77565b9050612159565b5f858152600a60205260408120805460018201547a010000000000000000000000000000000000000000000000000000900465ffffffffffff16835b8581101561389c576138888a8a85858b8b8781811061387157613871614a7b565b90506020028101906138839190615009565b613f95565b6138929086614a68565b9450600101613850565b50835f036138e8576040517fb361b5fb000000000000000000000000000000000000000000000000000000008152600481018a90526001600160a01b03891660248201526044016109ed565b60018301545f9061391a9086906d010000000000000000000000000090046cffffffffffffffffffffffffff16614a68565b60018501549091506cffffffffffffffffffffffffff168082111561397c576040517f2afc652e000000000000000000000000000000000000000000000000000000008152600481018c905260248101839052604481018290526064016109ed565b6001850180547fffffffffffff00000000000000000000000000ffffffffffffffffffffffffff166d01000000000000000000000000006cffffffffffffffffffffffffff8516021790556001600160a01b038a165f9081526010602052604090205415801590613a255750600285015468010000000000000000900463ffffffff165f908152600f602090815260408083206001600160a01b038e16845290915290205460ff165b15613ad657600754869061271090613a599074010000000000000000000000000000000000000000900461ffff1683614a06565b613a639190614a1d565b600754909750613a85906001600160a01b0316613a808984614a55565b6136de565b6001600160a01b038b168c7f4c79002084d4f911e56a3d72272fd25bc066b3f67eabc70b914fc7a313915ebf83613abc8b82614a55565b6040805192835260208301919091520160405180910390a3505b613b0a6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168a886125af565b886001600160a01b03168a6001600160a01b03168c7fce3bcb6e219596cf26007ffdfaae8953bc3f76e3f36c0a79b23e28020da3222e89604051613b5091815260200190565b60405180910390a4505050505095945050505050565b6001600160a01b038116613ba6576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600780547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517f7dae230f18360d76a040c81f050aa14eb9d6dc7901b20fc5d855e2a20fe814d1905f90a250565b5f6cffffffffffffffffffffffffff821115612561576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260686004820152602481018390526044016109ed565b5f5f60205f8451602086015f885af180613c78576040513d5f823e3d81fd5b50505f513d91508115613c8f578060011415613c9c565b6001600160a01b0384163b155b15613cde576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016109ed565b50505050565b6040516001600160a01b038481166024830152838116604483015260648201839052613cde9186918216906323b872dd906084016125dc565b5f80546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b606060ff8314613d9e57613d978361412a565b905061379e565b818054613daa90615045565b80601f0160208091040260200160405190810160405280929190818152602001828054613dd690615045565b8015613e215780601f10613df857610100808354040283529160200191613e21565b820191905f5260205f20905b815481529060010190602001808311613e0457829003601f168201915b5050505050905092915050565b5f5f5f8351604103613e65576020840151604085015160608601515f1a613e5788828585614167565b955095509550505050613e70565b505081515f91506002905b9250925092565b5f5f5f856001600160a01b03168585604051602401613e97929190615090565b60408051601f198184030181529181526020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f1626ba7e0000000000000000000000000000000000000000000000000000000017905251613efa91906150a8565b5f60405180830381855afa9150503d805f8114613f32576040519150601f19603f3d011682016040523d82523d5f602084013e613f37565b606091505b5091509150818015613f4b57506020815110155b8015613f8b575080517f1626ba7e0000000000000000000000000000000000000000000000000000000090613f899083016020908101908401614efd565b145b9695505050505050565b5f80613fa4602084018461446e565b67ffffffffffffffff1690506020830135848210613ff8576040517f3c89bfd300000000000000000000000000000000000000000000000000000000815260048101839052602481018690526044016109ed565b6140327f000000000000000000000000000000000000000000000000000000000000000087848a8561402d60408b018b614b1f565b61422f565b614072576040517f026c416900000000000000000000000000000000000000000000000000000000815260048101899052602481018390526044016109ed565b5f888152600b6020908152604080832085845290915290205480821161409d575f935050505061250f565b6140a78183614a55565b5f8a8152600b6020908152604080832087845282529091208490559094506140d19086018661446e565b67ffffffffffffffff16897f3ad869dfc44ea7c2fd3658a7b3a883d2cefd8d09bd39a9837ea72cfb45ac8a068487604051614116929190918252602082015260400190565b60405180910390a350505095945050505050565b60605f61413683614362565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156141a057505f91506003905082614225565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156141f1573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661421c57505f925060019150829050614225565b92505f91508190505b9450945094915050565b5f604086901c15158061426257507f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018410155b156142a3576040517f9bec873a00000000000000000000000000000000000000000000000000000000815260048101879052602481018590526044016109ed565b610100821080156142b5575085821c15155b156142c157505f611ef4565b5f604051868860a01b177c01000000000000000000000000000000000000000000000000000000001781528560208201528760408201528360051b85606083013760205f60608660051b01838d5afa5f518a1493503d602014169150819050614356576040517f1ff8a22a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50979650505050505050565b5f60ff8216601f81111561379e576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0381168114610d96575f5ffd5b5f602082840312156143c6575f5ffd5b8135612159816143a2565b61ffff81168114610d96575f5ffd5b5f5f5f5f5f5f5f5f610100898b0312156143f8575f5ffd5b8835975060208901359650604089013595506060890135614418816143a2565b94506080890135935060a0890135925060c0890135614436816143d1565b915060e0890135614446816143d1565b809150509295985092959890939650565b5f60208284031215614467575f5ffd5b5035919050565b5f6020828403121561447e575f5ffd5b813567ffffffffffffffff81168114612159575f5ffd5b5f5f5f606084860312156144a7575f5ffd5b8335925060208401356144b9816143a2565b915060408401356bffffffffffffffffffffffff811681146144d9575f5ffd5b809150509250925092565b5f5f83601f8401126144f4575f5ffd5b50813567ffffffffffffffff81111561450b575f5ffd5b6020830191508360208260051b8501011115614525575f5ffd5b9250929050565b5f5f5f5f6060858703121561453f575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115614563575f5ffd5b61456f878288016144e4565b95989497509550505050565b5f60c0828403121561458b575f5ffd5b50919050565b5f5f83601f8401126145a1575f5ffd5b50813567ffffffffffffffff8111156145b8575f5ffd5b602083019150836020828501011115614525575f5ffd5b5f5f5f604084860312156145e1575f5ffd5b833567ffffffffffffffff8111156145f7575f5ffd5b6146038682870161457b565b935050602084013567ffffffffffffffff81111561461f575f5ffd5b61462b86828701614591565b9497909650939450505050565b8015158114610d96575f5ffd5b5f5f5f60608486031215614657575f5ffd5b833592506020840135614669816143a2565b915060408401356144d981614638565b5f608082840312801561468a575f5ffd5b509092915050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f8151808452602084019350602083015f5b828110156146f05781518652602095860195909101906001016146d2565b5093949350505050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61473460e0830189614692565b82810360408401526147468189614692565b90508660608401526001600160a01b03861660808401528460a084015282810360c084015261477581856146c0565b9a9950505050505050505050565b5f5f5f5f5f5f5f5f60c0898b03121561479a575f5ffd5b8835975060208901356147ac816143a2565b965060408901356147bc816143a2565b9550606089013567ffffffffffffffff8111156147d7575f5ffd5b6147e38b828c016144e4565b9096509450506080890135925060a089013567ffffffffffffffff811115614809575f5ffd5b6148158b828c01614591565b999c989b5096995094979396929594505050565b5f60208284031215614839575f5ffd5b813567ffffffffffffffff81111561484f575f5ffd5b61485b8482850161457b565b949350505050565b602081525f61215960208301846146c0565b5f5f60408385031215614886575f5ffd5b50508035926020909101359150565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600381106148f7577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b5f60808201905067ffffffffffffffff835116825267ffffffffffffffff60208401511660208301526bffffffffffffffffffffffff6040840151166040830152606083015161494e60608401826148c2565b5092915050565b5f5f60408385031215614966575f5ffd5b823591506020830135614978816143a2565b809150509250929050565b5f60208284031215614993575f5ffd5b8135612159816143d1565b5f5f5f604084860312156149b0575f5ffd5b83359250602084013567ffffffffffffffff8111156149cd575f5ffd5b61462b868287016144e4565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808202811582820484141761379e5761379e6149d9565b5f82614a50577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b8181038181111561379e5761379e6149d9565b8082018082111561379e5761379e6149d9565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b8183525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff831115614ad8575f5ffd5b8260051b80836020870137939093016020019392505050565b602081525f612156602083018486614aa8565b5f60208284031215614b14575f5ffd5b815161215981614638565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112614b52575f5ffd5b83018035915067ffffffffffffffff821115614b6c575f5ffd5b6020019150600581901b3603821315614525575f5ffd5b60408152826040820152828460608301375f606084830101525f601f19601f85011682016060838203016020840152613f8b60608201856146c0565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203614bef57614bef6149d9565b5060010190565b5f81614c0457614c046149d9565b507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0190565b8135614c35816143d1565b61ffff811690508154817fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff000082161783556020840135614c73816143d1565b63ffff00008160101b16905080837fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000008416171784556040850135614cb6816143d1565b65ffff000000008160201b16847fffffffffffffffffffffffffffffffffffffffffffffffffffff0000000000008516178317178555505050505f6060830135614cff816143d1565b82547fffffffffffffffffffffffffffffffffffffffffffffffff0000ffffffffffff1660309190911b67ffff00000000000016179091555050565b608081018235614d4a816143d1565b61ffff1682526020830135614d5e816143d1565b61ffff1660208301526040830135614d75816143d1565b61ffff1660408301526060830135614d8c816143d1565b61ffff811660608401525092915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b8051614dd5816143a2565b919050565b5f60208284031215614dea575f5ffd5b815167ffffffffffffffff811115614e00575f5ffd5b8201601f81018413614e10575f5ffd5b805167ffffffffffffffff811115614e2a57614e2a614d9d565b8060051b604051601f19603f830116810181811067ffffffffffffffff82111715614e5757614e57614d9d565b604052918252602081840181019290810187841115614e74575f5ffd5b6020850194505b83851015614e9a57614e8c85614dca565b815260209485019401614e7b565b509695505050505050565b8281526040810161215960208301846148c2565b6bffffffffffffffffffffffff828116828216039081111561379e5761379e6149d9565b67ffffffffffffffff818116838216019081111561379e5761379e6149d9565b5f60208284031215614f0d575f5ffd5b5051919050565b5f5f5f5f60808587031215614f27575f5ffd5b8451614f32816143a2565b60208601516040870151606090970151919890975090945092505050565b5f5f60408385031215614f61575f5ffd5b8251614f6c81614638565b6020939093015192949293505050565b5f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff831115614fa9575f5ffd5b8260051b80858437919091019392505050565b6001600160a01b038916815260e060208201525f614fde60e08301898b614aa8565b6040830197909752506060810194909452608084019290925260a083015260c0909101529392505050565b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa183360301811261503b575f5ffd5b9190910192915050565b600181811c9082168061505957607f821691505b60208210810361458b577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b828152604060208201525f6121566040830184614692565b5f82518060208501845e5f92019182525091905056610e8b80600c5f395ff300003461012f57366060901036601f161761012f576100876020357f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000190067f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001815f357f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019006610133565b604035906060905b36821015610128576101199082357f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019006846001166100f15790817f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191610133565b817f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000191610133565b9160011c91906020019061008f565b5f5260205ff35b5f5ffd5b8181019081019101907f1da4d6adfb0d0b494584f763db50a81908580a5f5e295e168b9b8d31770fac4f018290818180098290800909907f0946129a2e33b4e819707a56a3b3790eab80d0a0c7a0c63451fab2a59acc074c01829081818009829080090981810190810191017f2a39b9d5376afd35580abd6952986570867b87303b07140268794dad4b8f82ea018290818180098290800909907f27605717d1245c20c546b3c7014e5fa3e4a70e66ecd6de5d32448eea5e3069b201829081818009829080090981810190810191017f24c896cb2594e17b973653193a470ed7e771ebb09a228d638e50809c03773632018290818180098290800909907f0911096c45dd9cda0d61d783957003db6d8701c7869a919ad8042e1b7d597a49018290818180098290800909818101908101910190829006907f26ff6166f1e4b99e27eee6d352a8ce26f1daba01aad28021f11f38a70603afdc01829081818009829080090982818360030208918101017f008e2faedcf76d08ad6591ff90e50fea79bcb5e18cfb7d954d5b89437bf64b7e01829081818009829080090982818360030208918101017f19c9da2379b598ace3ad4d1872470830f6184a3cec71eeb632f98820eb353d7801829081818009829080090982818360030208918101017f0f7c4eb15d8b0b62a8f6a090ec9610a2ab3dfcdb57e2539aa459a40583dfe96b01829081818009829080090982818360030208918101017f18b99417dc26b5e079750eba282362d1d46900b47dd5ff809171588b08ac398301829081818009829080090982818360030208918101017f1ee044081160b3eee2d4493feab82141c73f1c054b76320a8848af08a8d91a2601829081818009829080090982818360030208918101017f29bb95c8763efd3e0e87f5df12ee8a150455b6d7a14780d19122220366c258dc01829081818009829080090982818360030208918101017f22c23eec9cb13ff8a3ee9a363d740653215e8991f7f9ec12067b4705e9a5c9fb01829081818009829080090982818360030208918101017f23589e033a31a667680c8b18926c3be09115c7644c4f905cc7deefc1690b42dc01829081818009829080090982818360030208918101017f304e99b887f2e1e92c9c0cde5f2bdd4764f60b98a219f1f0dd64ec938a6a247c01829081818009829080090982818360030208918101017f22e817865236ad3a76fbe88bbdf31fcae792f326271d53a3a493b2de7f7d8b4c01829081818009829080090982818360030208918101017f10c9efe573e86fa5b238a3f5c70a00bf02bc7dcfcc4878e026b77c881dc8b1c901829081818009829080090982818360030208918101017f0a94f16be920d85f4d6f80e745c6bddbc084f309edffef023ea283c72b89bbb601829081818009829080090982818360030208918101017f23ed72b4d01d14e3c7888fedb770494abc2c1ea81d6465b5df3da0ebcd69101a01829081818009829080090982818360030208918101017f17c5115640e4cebeed0e6cbb511ac38498df815a77cb162de8d8f1022eb6bb7401829081818009829080090982818360030208918101017f2e507fcca290d0d9cf765245750eb04773e09e1fc813959fb99680a82772e4fc01829081818009829080090982818360030208918101017f0d4a98999f5b39176af6cce65c8d12162433f055cb71d70dfc8803013292bbbf01829081818009829080090982818360030208918101017f238d8022cc09c21ab3c01261a03dc125321d829e22a7a3b7a1bd3c335eccfa2101829081818009829080090982818360030208918101017f010cd8e4c2b7051cb81dc8292e35d8e943ce365613d5b39770e454ed9f4ae16501829081818009829080090982818360030208918101017f088027e54f2a3604b11178cf0ea3c6aa861173a90fb231238e03539590ecc02701829081818009829080090982818360030208918101017f1b840f5311a2b1d4b4cd7aa7e5a9a6d161165468daa938108302b73e464819db01829081818009829080090982818360030208918101017f2bf51a5da1828a1cf9b764b1e16c15929a3a346e44198ea0cb366fcd8db78dc101829081818009829080090982818360030208918101017f206ad089d8d296ffe68a6a86767a7fe726b8872f9c7beef9d56a3a50f6f2382701829081818009829080090982818360030208918101017f24d19193171494fa1a54e0a99ac16d05eaec4b6d617c7c199fc07ff88eac550c01829081818009829080090982818360030208918101017f1dd654a2ca9d9f24f33d88246a40dfb32c40662278b9c0b995d9f9fbaf15213801829081818009829080090982818360030208918101017f0d171025c925f6e259d20ecbd3a601108c85f05b0fe7793b8acf57f3789785e401829081818009829080090982818360030208918101017f055bef435a43aec245cd99ccb0f7c8791d9e8cf2b80d95dd98b9908fed877d5501829081818009829080090982818360030208918101017f10d2ac8c61c8a2e88a2a3f42d9359a14be63d0ad4cfd9f203b75765d0e595f0e01829081818009829080090982818360030208918101017f103479710e70996982a84057ec3ba6b2254d7966ddc41e85296e3d0790dcfa5601829081818009829080090982818360030208918101017f2a366f0448fda3c05914ffb48c765da8de96f9aa340db1638225f8372921807b01829081818009829080090982818360030208918101017f16be0fb8ef62da17919b6e0378d00594153bb8899aeb686c04626b63285837a401829081818009829080090982818360030208918101017f0417038500e9d06c60abbc7f0d0d24c32dec8a0b2aa5a4d52cfd8c78a15bc37001829081818009829080090982818360030208918101017f26a6873b43ffd2ccf66ec6f4493ff9b54f4d76480bc486a3e5a0308fdd01381201829081818009829080090982818360030208918101017f0a3314a838f32630a96251914fe5ad262f3db9b2aa8aa9f7391922d36278c49801829081818009829080090982818360030208918101017f0fde0c5429a6beb07f462d4821f48f86aeadb46a090b15a044f4b59399027da401829081818009829080090982818360030208918101017f0abc2d5049972a6b9b357e4163793b0bb517e1eb535a984df11a1c89cda2c8a901829081818009829080090982818360030208918101017f0dab51d6e3ebfa661d21722fb21e55051b427a5f173f7f17735205dbb77c464e01829081818009829080090982818360030208918101017f29c36622598b511d51af6cc37123652fb21be5c2d68fb8efe9b92e70a8c1ae0301829081818009829080090982818360030208918101017f2c03ec80adac2a33ae846bc0b700d0bcc41c4096e53ac6990d6bbe7ea2fbc85c01829081818009829080090982818360030208918101017f0918fdbe9cf3a59fbdb4c6852d065105317303116017d893b8b521e3cebe1e0d01829081818009829080090982818360030208918101017f1f19ec22e69ca33f599dd13cd7e495a8176a79df4f7acf79a9d2135acabe235901829081818009829080090982818360030208918101017f1c4b037c8ae85ee1eb32b872eb7f76928c4c76b29ceb001346447b291108070401829081818009829080090982818360030208918101017f2b68900ed906616d6c826d0bde341766ba3131e04d420de5af0a69c534efd8db01829081818009829080090982818360030208918101017f20ca92aa222fcc69448f8dac653c8daaa180ff6dfb397cef723d4f0c782bc7f001829081818009829080090982818360030208918101017f10d22d05bdff6bb375276fc82057db337045a5ab7ac053941f6186289b66b2b601829081818009829080090982818360030208918101017f0b1ffdbb529367bb98f32ba45784cb435aa910b4a00636d1e5ca79e88bdd6cd901829081818009829080090982818360030208918101017f2da32b38e7984bc2ed757ec705eccf8282c7b4f82e5e515f6f89bcc33022ce9f01829081818009829080090982818360030208918101017f042593ad87403f6d2674b8b55a886725b87eb33958031e94d292cecc6abed1bb01829081818009829080090982818360030208918101017f181fa1b4d067783a19d7367bf49b3f01051faedab463a6de9308fbd6e7d419f101829081818009829080090982818360030208918101017f15aaa6cc9b7900b15683c95515c26028a8e35b00ed8a815c34927188c60de66001829081818009829080090982818360030208918101017f1bf28a93209084bbbc63234f057254c280b1a636f5a0eced6787320212f75a7a018290818180098290800909907f1cdb8c8bee5426f02cd9e229776118f156273b312f805c8e6f8c9d81a620cb6f01829081818009829080090981810190810191017f08299c0abf196d53162e0facb5f1876f516df2505cc387a0f8ea0e8760d5ca7e018290818180098290800909907f221643d205fe82778a7b7b58cb65c4962d76c0072cabd1124117269d7c710b8a01829081818009829080090981810190810191017f2d036a95f81cf49bb7a0143a28c88767f6bd10c3f74b22db487920d43343dbff018290818180098290800909907f08a50897c06aafe6ea414fb1bceca2267cd4a39486729fbc6d5d1bb7a172ebd2018290818180098290800909818101908101910150919091089056",
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

// PackDEFAULTPENALTYMULTIPLIERBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x603ed13e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_PENALTY_MULTIPLIER_BPS() view returns(uint16)
func (rewardVault *RewardVault) PackDEFAULTPENALTYMULTIPLIERBPS() []byte {
	enc, err := rewardVault.abi.Pack("DEFAULT_PENALTY_MULTIPLIER_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTPENALTYMULTIPLIERBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x603ed13e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_PENALTY_MULTIPLIER_BPS() view returns(uint16)
func (rewardVault *RewardVault) TryPackDEFAULTPENALTYMULTIPLIERBPS() ([]byte, error) {
	return rewardVault.abi.Pack("DEFAULT_PENALTY_MULTIPLIER_BPS")
}

// UnpackDEFAULTPENALTYMULTIPLIERBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x603ed13e.
//
// Solidity: function DEFAULT_PENALTY_MULTIPLIER_BPS() view returns(uint16)
func (rewardVault *RewardVault) UnpackDEFAULTPENALTYMULTIPLIERBPS(data []byte) (uint16, error) {
	out, err := rewardVault.abi.Unpack("DEFAULT_PENALTY_MULTIPLIER_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
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

// PackFinalizeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ff09bde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizeBatch(uint256 modelId, uint256 batchId, bytes32 root, address owner_, uint256 feeTotal, uint256 distributed, uint16 ownerBps, uint16 validatorsBps) returns()
func (rewardVault *RewardVault) PackFinalizeBatch(modelId *big.Int, batchId *big.Int, root [32]byte, owner common.Address, feeTotal *big.Int, distributed *big.Int, ownerBps uint16, validatorsBps uint16) []byte {
	enc, err := rewardVault.abi.Pack("finalizeBatch", modelId, batchId, root, owner, feeTotal, distributed, ownerBps, validatorsBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ff09bde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizeBatch(uint256 modelId, uint256 batchId, bytes32 root, address owner_, uint256 feeTotal, uint256 distributed, uint16 ownerBps, uint16 validatorsBps) returns()
func (rewardVault *RewardVault) TryPackFinalizeBatch(modelId *big.Int, batchId *big.Int, root [32]byte, owner common.Address, feeTotal *big.Int, distributed *big.Int, ownerBps uint16, validatorsBps uint16) ([]byte, error) {
	return rewardVault.abi.Pack("finalizeBatch", modelId, batchId, root, owner, feeTotal, distributed, ownerBps, validatorsBps)
}

// PackIsPenalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe99ceb70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isPenalized(uint256 datanetId, address account) view returns(bool)
func (rewardVault *RewardVault) PackIsPenalized(datanetId *big.Int, account common.Address) []byte {
	enc, err := rewardVault.abi.Pack("isPenalized", datanetId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsPenalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe99ceb70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isPenalized(uint256 datanetId, address account) view returns(bool)
func (rewardVault *RewardVault) TryPackIsPenalized(datanetId *big.Int, account common.Address) ([]byte, error) {
	return rewardVault.abi.Pack("isPenalized", datanetId, account)
}

// UnpackIsPenalized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe99ceb70.
//
// Solidity: function isPenalized(uint256 datanetId, address account) view returns(bool)
func (rewardVault *RewardVault) UnpackIsPenalized(data []byte) (bool, error) {
	out, err := rewardVault.abi.Unpack("isPenalized", data)
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

// PackPayoutHasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d525d2c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payoutHasher() view returns(address)
func (rewardVault *RewardVault) PackPayoutHasher() []byte {
	enc, err := rewardVault.abi.Pack("payoutHasher")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayoutHasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d525d2c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payoutHasher() view returns(address)
func (rewardVault *RewardVault) TryPackPayoutHasher() ([]byte, error) {
	return rewardVault.abi.Pack("payoutHasher")
}

// UnpackPayoutHasher is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1d525d2c.
//
// Solidity: function payoutHasher() view returns(address)
func (rewardVault *RewardVault) UnpackPayoutHasher(data []byte) (common.Address, error) {
	out, err := rewardVault.abi.Unpack("payoutHasher", data)
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

// PackPenaltyMultiplierBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d3ba78f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function penaltyMultiplierBps() view returns(uint16)
func (rewardVault *RewardVault) PackPenaltyMultiplierBps() []byte {
	enc, err := rewardVault.abi.Pack("penaltyMultiplierBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPenaltyMultiplierBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d3ba78f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function penaltyMultiplierBps() view returns(uint16)
func (rewardVault *RewardVault) TryPackPenaltyMultiplierBps() ([]byte, error) {
	return rewardVault.abi.Pack("penaltyMultiplierBps")
}

// UnpackPenaltyMultiplierBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3d3ba78f.
//
// Solidity: function penaltyMultiplierBps() view returns(uint16)
func (rewardVault *RewardVault) UnpackPenaltyMultiplierBps(data []byte) (uint16, error) {
	out, err := rewardVault.abi.Unpack("penaltyMultiplierBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
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

// PackReopenRequests is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56d349b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reopenRequests(uint256 modelId, uint256 batchId, uint256[] requestIds) returns()
func (rewardVault *RewardVault) PackReopenRequests(modelId *big.Int, batchId *big.Int, requestIds []*big.Int) []byte {
	enc, err := rewardVault.abi.Pack("reopenRequests", modelId, batchId, requestIds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReopenRequests is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56d349b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reopenRequests(uint256 modelId, uint256 batchId, uint256[] requestIds) returns()
func (rewardVault *RewardVault) TryPackReopenRequests(modelId *big.Int, batchId *big.Int, requestIds []*big.Int) ([]byte, error) {
	return rewardVault.abi.Pack("reopenRequests", modelId, batchId, requestIds)
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

// PackSetPenalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c3f3296.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPenalized(uint256 datanetId, address account, bool penalized) returns()
func (rewardVault *RewardVault) PackSetPenalized(datanetId *big.Int, account common.Address, penalized bool) []byte {
	enc, err := rewardVault.abi.Pack("setPenalized", datanetId, account, penalized)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPenalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c3f3296.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPenalized(uint256 datanetId, address account, bool penalized) returns()
func (rewardVault *RewardVault) TryPackSetPenalized(datanetId *big.Int, account common.Address, penalized bool) ([]byte, error) {
	return rewardVault.abi.Pack("setPenalized", datanetId, account, penalized)
}

// PackSetPenaltyMultiplier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf31492a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPenaltyMultiplier(uint16 bps) returns()
func (rewardVault *RewardVault) PackSetPenaltyMultiplier(bps uint16) []byte {
	enc, err := rewardVault.abi.Pack("setPenaltyMultiplier", bps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPenaltyMultiplier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf31492a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPenaltyMultiplier(uint16 bps) returns()
func (rewardVault *RewardVault) TryPackSetPenaltyMultiplier(bps uint16) ([]byte, error) {
	return rewardVault.abi.Pack("setPenaltyMultiplier", bps)
}

// PackSetSettlementGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00b92945.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSettlementGuard(address guard) returns()
func (rewardVault *RewardVault) PackSetSettlementGuard(guard common.Address) []byte {
	enc, err := rewardVault.abi.Pack("setSettlementGuard", guard)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSettlementGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00b92945.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSettlementGuard(address guard) returns()
func (rewardVault *RewardVault) TryPackSetSettlementGuard(guard common.Address) ([]byte, error) {
	return rewardVault.abi.Pack("setSettlementGuard", guard)
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

// PackSettlementGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80111d69.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settlementGuard() view returns(address)
func (rewardVault *RewardVault) PackSettlementGuard() []byte {
	enc, err := rewardVault.abi.Pack("settlementGuard")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettlementGuard is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80111d69.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settlementGuard() view returns(address)
func (rewardVault *RewardVault) TryPackSettlementGuard() ([]byte, error) {
	return rewardVault.abi.Pack("settlementGuard")
}

// UnpackSettlementGuard is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80111d69.
//
// Solidity: function settlementGuard() view returns(address)
func (rewardVault *RewardVault) UnpackSettlementGuard(data []byte) (common.Address, error) {
	out, err := rewardVault.abi.Unpack("settlementGuard", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
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

// RewardVaultBatchFinalized represents a BatchFinalized event raised by the RewardVault contract.
type RewardVaultBatchFinalized struct {
	ModelId    *big.Int
	BatchId    *big.Int
	PayoutRoot [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const RewardVaultBatchFinalizedEventName = "BatchFinalized"

// ContractEventName returns the user-defined event name.
func (RewardVaultBatchFinalized) ContractEventName() string {
	return RewardVaultBatchFinalizedEventName
}

// UnpackBatchFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchFinalized(uint256 indexed modelId, uint256 indexed batchId, bytes32 payoutRoot)
func (rewardVault *RewardVault) UnpackBatchFinalizedEvent(log *types.Log) (*RewardVaultBatchFinalized, error) {
	event := "BatchFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardVaultBatchFinalized)
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

// RewardVaultPenaltyMultiplierUpdated represents a PenaltyMultiplierUpdated event raised by the RewardVault contract.
type RewardVaultPenaltyMultiplierUpdated struct {
	PenaltyMultiplierBps uint16
	Raw                  *types.Log // Blockchain specific contextual infos
}

const RewardVaultPenaltyMultiplierUpdatedEventName = "PenaltyMultiplierUpdated"

// ContractEventName returns the user-defined event name.
func (RewardVaultPenaltyMultiplierUpdated) ContractEventName() string {
	return RewardVaultPenaltyMultiplierUpdatedEventName
}

// UnpackPenaltyMultiplierUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PenaltyMultiplierUpdated(uint16 penaltyMultiplierBps)
func (rewardVault *RewardVault) UnpackPenaltyMultiplierUpdatedEvent(log *types.Log) (*RewardVaultPenaltyMultiplierUpdated, error) {
	event := "PenaltyMultiplierUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardVaultPenaltyMultiplierUpdated)
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

// RewardVaultPenaltyStatusUpdated represents a PenaltyStatusUpdated event raised by the RewardVault contract.
type RewardVaultPenaltyStatusUpdated struct {
	DatanetId *big.Int
	Account   common.Address
	Penalized bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const RewardVaultPenaltyStatusUpdatedEventName = "PenaltyStatusUpdated"

// ContractEventName returns the user-defined event name.
func (RewardVaultPenaltyStatusUpdated) ContractEventName() string {
	return RewardVaultPenaltyStatusUpdatedEventName
}

// UnpackPenaltyStatusUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PenaltyStatusUpdated(uint256 indexed datanetId, address indexed account, bool penalized)
func (rewardVault *RewardVault) UnpackPenaltyStatusUpdatedEvent(log *types.Log) (*RewardVaultPenaltyStatusUpdated, error) {
	event := "PenaltyStatusUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardVaultPenaltyStatusUpdated)
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

// RewardVaultPenaltyWithheld represents a PenaltyWithheld event raised by the RewardVault contract.
type RewardVaultPenaltyWithheld struct {
	ModelId  *big.Int
	Account  common.Address
	Owed     *big.Int
	Withheld *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const RewardVaultPenaltyWithheldEventName = "PenaltyWithheld"

// ContractEventName returns the user-defined event name.
func (RewardVaultPenaltyWithheld) ContractEventName() string {
	return RewardVaultPenaltyWithheldEventName
}

// UnpackPenaltyWithheldEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PenaltyWithheld(uint256 indexed modelId, address indexed account, uint256 owed, uint256 withheld)
func (rewardVault *RewardVault) UnpackPenaltyWithheldEvent(log *types.Log) (*RewardVaultPenaltyWithheld, error) {
	event := "PenaltyWithheld"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardVaultPenaltyWithheld)
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

// RewardVaultRequestsReopened represents a RequestsReopened event raised by the RewardVault contract.
type RewardVaultRequestsReopened struct {
	ModelId    *big.Int
	BatchId    *big.Int
	RequestIds []*big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const RewardVaultRequestsReopenedEventName = "RequestsReopened"

// ContractEventName returns the user-defined event name.
func (RewardVaultRequestsReopened) ContractEventName() string {
	return RewardVaultRequestsReopenedEventName
}

// UnpackRequestsReopenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RequestsReopened(uint256 indexed modelId, uint256 indexed batchId, uint256[] requestIds)
func (rewardVault *RewardVault) UnpackRequestsReopenedEvent(log *types.Log) (*RewardVaultRequestsReopened, error) {
	event := "RequestsReopened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardVaultRequestsReopened)
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

// RewardVaultSettlementGuardSet represents a SettlementGuardSet event raised by the RewardVault contract.
type RewardVaultSettlementGuardSet struct {
	Guard common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const RewardVaultSettlementGuardSetEventName = "SettlementGuardSet"

// ContractEventName returns the user-defined event name.
func (RewardVaultSettlementGuardSet) ContractEventName() string {
	return RewardVaultSettlementGuardSetEventName
}

// UnpackSettlementGuardSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SettlementGuardSet(address indexed guard)
func (rewardVault *RewardVault) UnpackSettlementGuardSetEvent(log *types.Log) (*RewardVaultSettlementGuardSet, error) {
	event := "SettlementGuardSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardVault.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardVaultSettlementGuardSet)
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
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["HasherDeploymentFailed"].ID.Bytes()[:4]) {
		return rewardVault.UnpackHasherDeploymentFailedError(raw[4:])
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
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["InvalidPenaltyMultiplier"].ID.Bytes()[:4]) {
		return rewardVault.UnpackInvalidPenaltyMultiplierError(raw[4:])
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
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["LeafOutOfRange"].ID.Bytes()[:4]) {
		return rewardVault.UnpackLeafOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["NoValidators"].ID.Bytes()[:4]) {
		return rewardVault.UnpackNoValidatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["NotDatanetRegistry"].ID.Bytes()[:4]) {
		return rewardVault.UnpackNotDatanetRegistryError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["NotModelRegistry"].ID.Bytes()[:4]) {
		return rewardVault.UnpackNotModelRegistryError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["NotOracle"].ID.Bytes()[:4]) {
		return rewardVault.UnpackNotOracleError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["NotSettlementGuard"].ID.Bytes()[:4]) {
		return rewardVault.UnpackNotSettlementGuardError(raw[4:])
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
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["PayoutHasherFailed"].ID.Bytes()[:4]) {
		return rewardVault.UnpackPayoutHasherFailedError(raw[4:])
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
	if bytes.Equal(raw[:4], rewardVault.abi.Errors["SettlementGuardAlreadySet"].ID.Bytes()[:4]) {
		return rewardVault.UnpackSettlementGuardAlreadySetError(raw[4:])
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

// RewardVaultHasherDeploymentFailed represents a HasherDeploymentFailed error raised by the RewardVault contract.
type RewardVaultHasherDeploymentFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HasherDeploymentFailed()
func RewardVaultHasherDeploymentFailedErrorID() common.Hash {
	return common.HexToHash("0x38a8d0ff98315a9a0263509449da03803b67b5d8c48127666b55332b773fff2c")
}

// UnpackHasherDeploymentFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HasherDeploymentFailed()
func (rewardVault *RewardVault) UnpackHasherDeploymentFailedError(raw []byte) (*RewardVaultHasherDeploymentFailed, error) {
	out := new(RewardVaultHasherDeploymentFailed)
	if err := rewardVault.abi.UnpackIntoInterface(out, "HasherDeploymentFailed", raw); err != nil {
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

// RewardVaultInvalidPenaltyMultiplier represents a InvalidPenaltyMultiplier error raised by the RewardVault contract.
type RewardVaultInvalidPenaltyMultiplier struct {
	Bps *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPenaltyMultiplier(uint256 bps)
func RewardVaultInvalidPenaltyMultiplierErrorID() common.Hash {
	return common.HexToHash("0xfbcec2fbab0acfa641878cee2cbb21f615ceaa4367d3902d1b50cdc845111d95")
}

// UnpackInvalidPenaltyMultiplierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPenaltyMultiplier(uint256 bps)
func (rewardVault *RewardVault) UnpackInvalidPenaltyMultiplierError(raw []byte) (*RewardVaultInvalidPenaltyMultiplier, error) {
	out := new(RewardVaultInvalidPenaltyMultiplier)
	if err := rewardVault.abi.UnpackIntoInterface(out, "InvalidPenaltyMultiplier", raw); err != nil {
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

// RewardVaultLeafOutOfRange represents a LeafOutOfRange error raised by the RewardVault contract.
type RewardVaultLeafOutOfRange struct {
	Index      *big.Int
	Cumulative *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeafOutOfRange(uint256 index, uint256 cumulative)
func RewardVaultLeafOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x9bec873a6e7b255f60b15651056af6599a06d83a81b238f46a4e99ef0c0d65cc")
}

// UnpackLeafOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeafOutOfRange(uint256 index, uint256 cumulative)
func (rewardVault *RewardVault) UnpackLeafOutOfRangeError(raw []byte) (*RewardVaultLeafOutOfRange, error) {
	out := new(RewardVaultLeafOutOfRange)
	if err := rewardVault.abi.UnpackIntoInterface(out, "LeafOutOfRange", raw); err != nil {
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

// RewardVaultNotDatanetRegistry represents a NotDatanetRegistry error raised by the RewardVault contract.
type RewardVaultNotDatanetRegistry struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDatanetRegistry(address caller)
func RewardVaultNotDatanetRegistryErrorID() common.Hash {
	return common.HexToHash("0x332fa0df28b934464d490d0c568b731486a3f595d151748bacb6a6fd5dfee405")
}

// UnpackNotDatanetRegistryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDatanetRegistry(address caller)
func (rewardVault *RewardVault) UnpackNotDatanetRegistryError(raw []byte) (*RewardVaultNotDatanetRegistry, error) {
	out := new(RewardVaultNotDatanetRegistry)
	if err := rewardVault.abi.UnpackIntoInterface(out, "NotDatanetRegistry", raw); err != nil {
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

// RewardVaultNotSettlementGuard represents a NotSettlementGuard error raised by the RewardVault contract.
type RewardVaultNotSettlementGuard struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSettlementGuard(address caller)
func RewardVaultNotSettlementGuardErrorID() common.Hash {
	return common.HexToHash("0x15a33794974bae26a2ae94f2db752c4a1ac87dde0f584b1424c734987762f1c7")
}

// UnpackNotSettlementGuardError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSettlementGuard(address caller)
func (rewardVault *RewardVault) UnpackNotSettlementGuardError(raw []byte) (*RewardVaultNotSettlementGuard, error) {
	out := new(RewardVaultNotSettlementGuard)
	if err := rewardVault.abi.UnpackIntoInterface(out, "NotSettlementGuard", raw); err != nil {
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

// RewardVaultPayoutHasherFailed represents a PayoutHasherFailed error raised by the RewardVault contract.
type RewardVaultPayoutHasherFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PayoutHasherFailed()
func RewardVaultPayoutHasherFailedErrorID() common.Hash {
	return common.HexToHash("0x1ff8a22abbf63aea36ebbf0fb8204fa80c8361f965ebb1a4f559f132adb6e19a")
}

// UnpackPayoutHasherFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PayoutHasherFailed()
func (rewardVault *RewardVault) UnpackPayoutHasherFailedError(raw []byte) (*RewardVaultPayoutHasherFailed, error) {
	out := new(RewardVaultPayoutHasherFailed)
	if err := rewardVault.abi.UnpackIntoInterface(out, "PayoutHasherFailed", raw); err != nil {
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

// RewardVaultSettlementGuardAlreadySet represents a SettlementGuardAlreadySet error raised by the RewardVault contract.
type RewardVaultSettlementGuardAlreadySet struct {
	Guard common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SettlementGuardAlreadySet(address guard)
func RewardVaultSettlementGuardAlreadySetErrorID() common.Hash {
	return common.HexToHash("0xfc27682a5abfd1b97ad2b561d1dea947bc750f42f6832360d8f064fb24a55638")
}

// UnpackSettlementGuardAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SettlementGuardAlreadySet(address guard)
func (rewardVault *RewardVault) UnpackSettlementGuardAlreadySetError(raw []byte) (*RewardVaultSettlementGuardAlreadySet, error) {
	out := new(RewardVaultSettlementGuardAlreadySet)
	if err := rewardVault.abi.UnpackIntoInterface(out, "SettlementGuardAlreadySet", raw); err != nil {
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
