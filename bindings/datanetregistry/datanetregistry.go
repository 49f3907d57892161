// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package datanetregistry

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

// IDatanetRegistryContribution is an auto generated low-level Go binding around an user-defined struct.
type IDatanetRegistryContribution struct {
	Contributor   common.Address
	DatanetId     uint32
	Size          uint32
	Status        uint8
	Accepts       uint8
	Rejects       uint8
	ContentHash   [32]byte
	AcceptedIndex uint64
	Bond          *big.Int
}

// IDatanetRegistryDatanet is an auto generated low-level Go binding around an user-defined struct.
type IDatanetRegistryDatanet struct {
	Owner               common.Address
	Kind                uint8
	ForfeitBondOnReject bool
	Quorum              uint16
	ValidatorCount      uint16
	Bond                *big.Int
	ContributionCount   uint64
	AcceptedCount       uint64
	Accumulator         [32]byte
	Quota               IDatanetRegistryQuota
}

// IDatanetRegistryDatanetParams is an auto generated low-level Go binding around an user-defined struct.
type IDatanetRegistryDatanetParams struct {
	MetadataURI         string
	Kind                uint8
	Bond                *big.Int
	ForfeitBondOnReject bool
	Validators          []common.Address
	Quorum              uint16
}

// IDatanetRegistryQuota is an auto generated low-level Go binding around an user-defined struct.
type IDatanetRegistryQuota struct {
	FilesPerContributorPerDay uint32
	BytesPerContributorPerDay uint64
	BytesPerDatanetPerDay     uint64
}

// IDatanetRegistryReputation is an auto generated low-level Go binding around an user-defined struct.
type IDatanetRegistryReputation struct {
	Submitted uint64
	Accepted  uint64
	Rejected  uint64
}

// DatanetRegistryMetaData contains all meta data concerning the DatanetRegistry contract.
var DatanetRegistryMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_BYTES_PER_CONTRIBUTOR_PER_DAY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_BYTES_PER_DATANET_PER_DAY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_FILES_PER_CONTRIBUTOR_PER_DAY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_PENALTY_MIN_DECIDED\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_PENALTY_THRESHOLD_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_VALIDATORS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"acceptedContribution\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"acceptedIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"accumulatorAt\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"addValidator\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"contribute\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"size\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"uri\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"contributionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"contribution\",\"inputs\":[{\"name\":\"contributionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIDatanetRegistry.Contribution\",\"components\":[{\"name\":\"contributor\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"datanetId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"size\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumIDatanetRegistry.Status\"},{\"name\":\"accepts\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"rejects\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"acceptedIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"bond\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"createDatanet\",\"inputs\":[{\"name\":\"params\",\"type\":\"tuple\",\"internalType\":\"structIDatanetRegistry.DatanetParams\",\"components\":[{\"name\":\"metadataURI\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumIDatanetRegistry.Kind\"},{\"name\":\"bond\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"forfeitBondOnReject\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"validators\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"quorum\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]}],\"outputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"datanet\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIDatanetRegistry.Datanet\",\"components\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumIDatanetRegistry.Kind\"},{\"name\":\"forfeitBondOnReject\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"quorum\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"validatorCount\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"bond\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"contributionCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"acceptedCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"accumulator\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quota\",\"type\":\"tuple\",\"internalType\":\"structIDatanetRegistry.Quota\",\"components\":[{\"name\":\"filesPerContributorPerDay\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"bytesPerContributorPerDay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"bytesPerDatanetPerDay\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"defaultQuota\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIDatanetRegistry.Quota\",\"components\":[{\"name\":\"filesPerContributorPerDay\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"bytesPerContributorPerDay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"bytesPerDatanetPerDay\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"hasVoted\",\"inputs\":[{\"name\":\"contributionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isPenalized\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"contributor\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isValidator\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"penaltyPolicy\",\"inputs\":[],\"outputs\":[{\"name\":\"thresholdBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"minDecided\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"penaltySink\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"removeValidator\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"reputation\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"contributor\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIDatanetRegistry.Reputation\",\"components\":[{\"name\":\"submitted\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"accepted\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"rejected\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"reputationScore\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"contributor\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setDatanetOwner\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setDefaultQuota\",\"inputs\":[{\"name\":\"quota\",\"type\":\"tuple\",\"internalType\":\"structIDatanetRegistry.Quota\",\"components\":[{\"name\":\"filesPerContributorPerDay\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"bytesPerContributorPerDay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"bytesPerDatanetPerDay\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMetadataURI\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"metadataURI\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPenaltyPolicy\",\"inputs\":[{\"name\":\"thresholdBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"minDecided\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPenaltySink\",\"inputs\":[{\"name\":\"sink\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setQuorum\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"quorum\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setQuota\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"quota\",\"type\":\"tuple\",\"internalType\":\"structIDatanetRegistry.Quota\",\"components\":[{\"name\":\"filesPerContributorPerDay\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"bytesPerContributorPerDay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"bytesPerDatanetPerDay\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setTreasury\",\"inputs\":[{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setValidatorManager\",\"inputs\":[{\"name\":\"manager\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setValidatorMode\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"mode\",\"type\":\"uint8\",\"internalType\":\"enumIDatanetRegistry.ValidatorMode\"},{\"name\":\"quorum\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"syncPenalty\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"contributor\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"penalized\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"treasury\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"usageToday\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"contributor\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"contributorFiles\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"contributorBytes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"datanetBytes\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"validatorManager\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"validatorMode\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumIDatanetRegistry.ValidatorMode\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"validators\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"vote\",\"inputs\":[{\"name\":\"contributionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"accept\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"weightTally\",\"inputs\":[{\"name\":\"contributionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"acceptWeight\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"rejectWeight\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"BondSettled\",\"inputs\":[{\"name\":\"contributionId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"},{\"name\":\"toTreasury\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ContributionFinalized\",\"inputs\":[{\"name\":\"contributionId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"contributor\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"status\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumIDatanetRegistry.Status\"},{\"name\":\"acceptedIndex\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"accumulator\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ContributionSubmitted\",\"inputs\":[{\"name\":\"contributionId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"contributor\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"size\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"uri\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"bond\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ContributionVoted\",\"inputs\":[{\"name\":\"contributionId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"accept\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"accepts\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"rejects\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DatanetCreated\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumIDatanetRegistry.Kind\"},{\"name\":\"metadataURI\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"bond\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"},{\"name\":\"forfeitBondOnReject\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"quorum\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DatanetMetadataUpdated\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"metadataURI\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DatanetOwnerChanged\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DefaultQuotaUpdated\",\"inputs\":[{\"name\":\"quota\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structIDatanetRegistry.Quota\",\"components\":[{\"name\":\"filesPerContributorPerDay\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"bytesPerContributorPerDay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"bytesPerDatanetPerDay\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PenaltyPolicyUpdated\",\"inputs\":[{\"name\":\"thresholdBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"},{\"name\":\"minDecided\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PenaltySinkSet\",\"inputs\":[{\"name\":\"sink\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"PenaltyStatusChanged\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"contributor\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"penalized\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"QuorumUpdated\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"quorum\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"QuotaUpdated\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"quota\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structIDatanetRegistry.Quota\",\"components\":[{\"name\":\"filesPerContributorPerDay\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"bytesPerContributorPerDay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"bytesPerDatanetPerDay\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ReputationUpdated\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"contributor\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"submitted\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"accepted\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"rejected\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"score\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TreasuryUpdated\",\"inputs\":[{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ValidatorAdded\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ValidatorManagerSet\",\"inputs\":[{\"name\":\"manager\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ValidatorModeUpdated\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"mode\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumIDatanetRegistry.ValidatorMode\"},{\"name\":\"quorum\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ValidatorRemoved\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"WeightedVote\",\"inputs\":[{\"name\":\"contributionId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"accept\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"weight\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"acceptWeight\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"rejectWeight\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"totalWeight\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AcceptedCountOutOfRange\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"acceptedCount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AcceptedIndexOutOfRange\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"acceptedIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"acceptedCount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AlreadyValidator\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"AlreadyVoted\",\"inputs\":[{\"name\":\"contributionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ContributionTooLarge\",\"inputs\":[{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ContributorByteQuotaExceeded\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"contributor\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"bytesUsed\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"limit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ContributorFileQuotaExceeded\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"contributor\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"files\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"limit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DatanetByteQuotaExceeded\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"bytesUsed\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"limit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EmptyURI\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidPenaltyPolicy\",\"inputs\":[{\"name\":\"thresholdBps\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minDecided\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidQuorum\",\"inputs\":[{\"name\":\"quorum\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"validatorCount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidQuota\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidWeightQuorum\",\"inputs\":[{\"name\":\"quorumBps\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotDatanetOwner\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotPending\",\"inputs\":[{\"name\":\"contributionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumIDatanetRegistry.Status\"}]},{\"type\":\"error\",\"name\":\"NotValidator\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotValidatorManager\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"PenaltySinkAlreadySet\",\"inputs\":[{\"name\":\"sink\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"TooManyValidators\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TransferAmountMismatch\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"received\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownContribution\",\"inputs\":[{\"name\":\"contributionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownDatanet\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ValidatorManagerAlreadySet\",\"inputs\":[{\"name\":\"manager\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ValidatorManagerUnset\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ValidatorModeLocked\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroHash\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroSize\",\"inputs\":[]}]",
	ID:  "DatanetRegistry",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161547c38038061547c83398101604081905261002e9161027c565b81816001600160a01b03811661005d57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b610066816101f6565b506001600160a01b03811661008e5760405163d92e233d60e01b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0383169081179091556040517f7dae230f18360d76a040c81f050aa14eb9d6dc7901b20fc5d855e2a20fe814d1905f90a26002805465ffffffffffff60a01b191661a17760a31b17905560408051610bb88152600560208201527f244a5d258c6629b1af31836dfce4dedd9b1a7567d1a9a481862b2776f8e4e3c1910160405180910390a16040805160608082018352601480835262989680602080850182905293850152600580546001600160a01b0319166e989680000000000098968000000014179081905584519182526001600160401b0381851c811694830194909452821c909216928201929092527f65666c33a84c364e0531c9a86dd6e678dade701345c6198e1da8d9da46bffa72910160405180910390a1506001600160a01b0383166101e35760405163d92e233d60e01b815260040160405180910390fd5b50506001600160a01b03166080526102bc565b600180546001600160a01b031916905561020f81610212565b50565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b80516001600160a01b0381168114610277575f5ffd5b919050565b5f5f5f6060848603121561028e575f5ffd5b61029784610261565b92506102a560208501610261565b91506102b360408501610261565b90509250925092565b60805161519a6102e25f395f81816108f6015281816118fc01526140df015261519a5ff3fe608060405234801561000f575f5ffd5b50600436106102f9575f3560e01c8063714897df11610192578063c24dd723116100e8578063e99ceb7011610093578063fc0c546a1161006e578063fc0c546a146108f4578063fe55bde91461091a578063fec895bd1461092d575f5ffd5b8063e99ceb7014610873578063f0f44260146108ce578063f2fde38b146108e1575f5ffd5b8063e30c3978116100c3578063e30c39781461082f578063e696171e14610840578063e8709c4014610853575f5ffd5b8063c24dd72314610338578063c9d27afe14610809578063dedf2fd91461081c575f5ffd5b80638918b5521161014857806391671dad1161012357806391671dad146107c05780639bca2a77146107c85780639faf5201146107f6575f5ffd5b80638918b5521461078a5780638c7f3d161461079d5780638da5cb5b146107b0575f5ffd5b806378b3aac21161017857806378b3aac21461071057806379ba50971461072357806385f10f3e1461072b575f5ffd5b8063714897df14610700578063715018a614610708575f5ffd5b806346b0b702116102525780635c705c57116101fd57806364c4e476116101d857806364c4e476146106ba5780636a0cd1f5146106cd57806371111b41146106e0575f5ffd5b80635c705c571461059857806361d027b3146105ce57806362a2a36e146105e1575f5ffd5b8063561f30d91161022d578063561f30d9146104fb5780635678582514610572578063567fcb8114610585575f5ffd5b806346b0b7021461046c5780634b5617531461049757806352312316146104aa575f5ffd5b806323f2a73f116102b25780633c48c56f1161028d5780633c48c56f1461040e578063438596321461042157806345f34e9214610459575f5ffd5b806323f2a73f1461038b57806335aa2e44146103d2578063365d1f91146103f2575f5ffd5b8063147a388a116102e2578063147a388a146103385780631a20a1c51461035b5780631f0a97911461036e575f5ffd5b8063029d6ad0146102fd578063087dce9414610323575b5f5ffd5b61031061030b3660046145b4565b610940565b6040519081526020015b60405180910390f35b610336610331366004614623565b6109a0565b005b6103426298968081565b60405167ffffffffffffffff909116815260200161031a565b61033661036936600461466b565b610a23565b610376600581565b60405163ffffffff909116815260200161031a565b6103c26103993660046145b4565b5f918252600b602090815260408084206001600160a01b03939093168452919052902054151590565b604051901515815260200161031a565b6103e56103e0366004614684565b610b1b565b60405161031a919061469b565b6103fb610bb881565b60405161ffff909116815260200161031a565b61031061041c3660046146e6565b610b84565b6103c261042f3660046145b4565b5f918252600c602090815260408084206001600160a01b0393909316845291905290205460ff1690565b61033661046736600461466b565b61121f565b60045461047f906001600160a01b031681565b6040516001600160a01b03909116815260200161031a565b6103366104a53660046145b4565b61130f565b6002546040805174010000000000000000000000000000000000000000830461ffff16815276010000000000000000000000000000000000000000000090920463ffffffff1660208301520161031a565b610565604080516060810182525f8082526020820181905291810191909152506040805160608101825260055463ffffffff8116825267ffffffffffffffff6401000000008204811660208401526c01000000000000000000000000909104169181019190915290565b60405161031a919061471d565b6103366105803660046145b4565b611510565b61031061059336600461476d565b6115b5565b6105c16105a6366004614684565b5f90815260076020526040902054600160d01b900460ff1690565b60405161031a9190614813565b60025461047f906001600160a01b031681565b6106876105ef3660046145b4565b60408051606080820183525f8083526020808401829052928401819052948552600982528285206001600160a01b0394909416855292815292819020815192830182525464ffffffffff70010000000000000000000000000000000082048116845275010000000000000000000000000000000000000000008204811694840194909452600160d01b90049092169181019190915290565b60408051825167ffffffffffffffff9081168252602080850151821690830152928201519092169082015260600161031a565b6103366106c8366004614832565b61193e565b6103366106db3660046145b4565b6119df565b6106f36106ee366004614684565b611cd4565b60405161031a919061486c565b610310602081565b610336611f14565b61033661071e366004614981565b611f27565b610336612271565b610775610739366004614684565b5f908152600f60205260409020546fffffffffffffffffffffffffffffffff808216927001000000000000000000000000000000009092041690565b6040805192835260208301919091520161031a565b6103c26107983660046145b4565b6122ce565b6103366107ab3660046149bf565b612305565b5f546001600160a01b031661047f565b610376601481565b6107db6107d63660046145b4565b61243f565b6040805193845260208401929092529082015260600161031a565b6103106108043660046149f4565b6124f6565b610336610817366004614a23565b612592565b61033661082a366004614a54565b612995565b6001546001600160a01b031661047f565b61033661084e366004614a6e565b6129f0565b610866610861366004614684565b612b24565b60405161031a9190614a90565b6103c26108813660046145b4565b5f9182526009602090815260408084206001600160a01b039390931684529190529020547f0100000000000000000000000000000000000000000000000000000000000000900460ff1690565b6103366108dc36600461466b565b612d24565b6103366108ef36600461466b565b612dc2565b7f000000000000000000000000000000000000000000000000000000000000000061047f565b60035461047f906001600160a01b031681565b61031061093b3660046149f4565b612e3f565b5f8281526009602090815260408083206001600160a01b0385168452909152812080546109969064ffffffffff75010000000000000000000000000000000000000000008204811691600160d01b900416612eda565b9150505b92915050565b6109a983612f06565b505f8190036109e4576040517fd07b00d600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b827f8aebffa78648f76cfd542db282a94565b5ce16abe051d8c264b7abc71b9d5d8b8383604051610a16929190614b98565b60405180910390a2505050565b610a2b612fa9565b6001600160a01b038116610a6b576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6004546001600160a01b031615610ac557600480546040517f5b26dfa50000000000000000000000000000000000000000000000000000000081526001600160a01b03909116918101919091526024015b60405180910390fd5b6004805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b0383169081179091556040517fb9468908551f729181b7ac5f3aff4e75f927c80d542494f412e1b31cec686cd8905f90a250565b5f818152600a6020908152604091829020805483518184028101840190945280845260609392830182828015610b7857602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610b5a575b50505050509050919050565b5f610b8f8280614bab565b90505f03610bc9576040517fd07b00d600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f610bd76080840184614c0c565b9150506020811115610c1f576040517f2152704b0000000000000000000000000000000000000000000000000000000081526004810182905260206024820152604401610abc565b610c2f60c0840160a08501614c70565b61ffff161580610c51575080610c4b60c0850160a08601614c70565b61ffff16115b15610ca657610c6660c0840160a08501614c70565b6040517f2b0b138a00000000000000000000000000000000000000000000000000000000815261ffff909116600482015260248101829052604401610abc565b600680545f90610cbb9063ffffffff16614cb6565b825463ffffffff9182166101009390930a83810292021916179091555f81815260076020908152604091829020805473ffffffffffffffffffffffffffffffffffffffff191633178155929450610d16918601908601614cda565b815482907fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff1674010000000000000000000000000000000000000000836003811115610d6457610d646147d2565b0217905550610d796080850160608601614cf8565b81549015157501000000000000000000000000000000000000000000027fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff909116178155610dcd60c0850160a08601614c70565b81547fffffffffffff00000000ffffffffffffffffffffffffffffffffffffffffffff1676010000000000000000000000000000000000000000000061ffff928316027fffffffffffff0000ffffffffffffffffffffffffffffffffffffffffffffffff1617780100000000000000000000000000000000000000000000000091841691909102178155610e676060850160408601614d11565b6001820180547fffffffffffffffffffffffffffffffffffffffff00000000000000000000000081166bffffffffffffffffffffffff9390931692831782556040805160608101825260055463ffffffff8116808352640100000000820467ffffffffffffffff908116602085018190526c01000000000000000000000000938490049091169484018590527fffffffffffffffffffffffffffffffff000000000000000000000000000000009095169096179502949094176fffffffffffffffffffffffffffffffff1670010000000000000000000000000000000090920277ffffffffffffffffffffffffffffffffffffffffffffffff16919091177801000000000000000000000000000000000000000000000000909102179055610f926201518042614d3c565b6002830180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000001663ffffffff9290921691909117905533847ff50a5c3c66cff071f60d534ae24a9440364287bc1a5c66ddde29e1b1dc8b5404610ffc6040890160208a01614cda565b6110068980614bab565b61101660608c0160408d01614d11565b61102660808d0160608e01614cf8565b61103660c08e0160a08f01614c70565b60405161104896959493929190614d74565b60405180910390a3837faebc231f902144d6f80bd49ad295d4d1d22e961535b2cee945d5efc575c1cba582604051611080919061471d565b60405180910390a25f848152600a60209081526040808320600b909252822090915b85811015611214575f6110b860808a018a614c0c565b838181106110c8576110c8614dc6565b90506020020160208101906110dd919061466b565b90506001600160a01b03811661111f576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0381165f9081526020849052604090205415611180576040517f71af8dd5000000000000000000000000000000000000000000000000000000008152600481018990526001600160a01b0382166024820152604401610abc565b8354600180820186555f86815260209020909101805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b0384161790556111c5908390614df3565b6001600160a01b0382165f8181526020869052604080822093909355915190918a917f7429a06e9412e469f0d64f9d222640b0af359f556b709e2913588c227851b88d9190a3506001016110a2565b505050505050919050565b611227612fa9565b6001600160a01b038116611267576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6003546001600160a01b0316156112b9576003546040517ff0ad96250000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610abc565b6003805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b0383169081179091556040517ff29a2bb144f782990c28f41ea9cfa01793876277b72f87e09381f5576e473243905f90a250565b5f61131983612fee565b90506001600160a01b03821661135b576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f838152600b602090815260408083206001600160a01b03861684529182905290912054156113c8576040517f71af8dd5000000000000000000000000000000000000000000000000000000008152600481018590526001600160a01b0384166024820152604401610abc565b81545f906113f7907801000000000000000000000000000000000000000000000000900461ffff166001614e06565b61ffff1690506020811115611442576040517f2152704b0000000000000000000000000000000000000000000000000000000081526004810182905260206024820152604401610abc565b5f858152600a60209081526040808320805460018101825581855283852001805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b038a169081179091558085529286905281842085905586547fffffffffffff0000ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000061ffff8716021787559051909288917f7429a06e9412e469f0d64f9d222640b0af359f556b709e2913588c227851b88d9190a3505050505050565b5f61151a83612f06565b90506001600160a01b03821661155c576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b0383169081178255604051339085907f9b028ce719601c16979c2c7f1bea31edddc523595776cb43ecdd2ccc987ed267905f90a4505050565b5f846115ed576040517ff1ae58d500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8363ffffffff165f0361162c576040517fc459d23f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f829003611666576040517fd07b00d600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8681526007602052604081209061167f828988613100565b90506006600481819054906101000a900467ffffffffffffffff166116a390614e20565b825467ffffffffffffffff9182166101009390930a83810292021916179091555f818152600860205260409020805463ffffffff8981167801000000000000000000000000000000000000000000000000027fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff918d1674010000000000000000000000000000000000000000027fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff33167fffffffffffffffff000000000000000000000000000000000000000000000000909416939093179290921790811682178355929550909160019183917fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff9091167fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff909116177c010000000000000000000000000000000000000000000000000000000083021790555060018082018990558301546040516bffffffffffffffffffffffff9091169033908b9087907f70d5bf6561ebbd9a802dd3ee5fc54c234c0e4fb7a853d38c651338b94acd4be290611857908e908e908e908e908a90614e43565b60405180910390a46060830151608084015160a085015133928d927f871b810e7827a08dc63af80410a35ef076181475b24d23baf3b20d9d6998956d926118a864ffffffffff808416908316612eda565b6040516118db949392919064ffffffffff9485168152928416602084015292166040820152606081019190915260800190565b60405180910390a36bffffffffffffffffffffffff811615611931576119317f00000000000000000000000000000000000000000000000000000000000000003330846bffffffffffffffffffffffff1661374d565b5050505095945050505050565b5f61194883612f06565b8054909150611963908290600160d01b900460ff16846138c4565b80547fffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffffffff1676010000000000000000000000000000000000000000000061ffff841690810291909117825560405190815283907f8a5f8ea12702236963b6fc97a99f2f9362d2b279a1351cd1269d1dfe6078b6c090602001610a16565b5f6119e983612fee565b5f848152600b602090815260408083206001600160a01b0387168452918290528220549293509190819003611a5c576040517fc89bb95f000000000000000000000000000000000000000000000000000000008152600481018690526001600160a01b0385166024820152604401610abc565b82545f90611a8c906001907801000000000000000000000000000000000000000000000000900461ffff16614e88565b61ffff1690505f8454600160d01b900460ff166002811115611ab057611ab06147d2565b148015611adb57508354760100000000000000000000000000000000000000000000900461ffff1681105b15611b3b5783546040517f2b0b138a00000000000000000000000000000000000000000000000000000000815276010000000000000000000000000000000000000000000090910461ffff16600482015260248101829052604401610abc565b5f868152600a602052604081208054909190829084908110611b5f57611b5f614dc6565b5f918252602090912001546001600160a01b03908116915087168114611be1578082611b8c600187614ea2565b81548110611b9c57611b9c614dc6565b5f918252602080832091909101805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b03948516179055918316815290869052604090208490555b81805480611bf157611bf1614eb5565b5f82815260208082207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9084018101805473ffffffffffffffffffffffffffffffffffffffff191690559092019092556001600160a01b03891680835290879052604080832083905588547fffffffffffff0000ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000061ffff8816021789555190918a917f7126bef88d1149ccdff9681ed5aecd3ba5ae70c96517551de250af09cebd1a0b9190a35050505050505050565b60408051610140810182525f808252602080830182905282840182905260608084018390526080840183905260a0840183905260c0840183905260e08401839052610100840183905284519081018552828152808201839052808501839052610120840152848252600790529190912080546001600160a01b0316611d88576040517fadd591b500000000000000000000000000000000000000000000000000000000815260048101849052602401610abc565b60408051610140810190915281546001600160a01b0381168252602082019074010000000000000000000000000000000000000000900460ff166003811115611dd357611dd36147d2565b8152825460ff7501000000000000000000000000000000000000000000820416151560208084019190915261ffff7601000000000000000000000000000000000000000000008304811660408086019190915278010000000000000000000000000000000000000000000000009384900490911660608086019190915260018701546bffffffffffffffffffffffff8116608087015260029097015467ffffffffffffffff6c01000000000000000000000000808304821660a089015274010000000000000000000000000000000000000000909204811660c088018190525f9b8c52600d8652848c20908c528552998390205460e08701528251918201835263ffffffff90880416815270010000000000000000000000000000000087048916928101929092529190940490951694830194909452610100909301525090565b611f1c612fa9565b611f255f6139d8565b565b5f611f3184612f06565b8054909150600160d01b900460ff165f816002811115611f5357611f536147d2565b14611faa575f846002811115611f6b57611f6b6147d2565b03611fa5576040517fa9261faf00000000000000000000000000000000000000000000000000000000815260048101869052602401610abc565b612138565b5f846002811115611fbd57611fbd6147d2565b14612138576003546001600160a01b0316612004576040517f96dfe72b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f858152600a60209081526040808320600b90925290912081545b801561210e575f83612032600184614ea2565b8154811061204257612042614dc6565b5f9182526020909120015484546001600160a01b03909116915084908061206b5761206b614eb5565b5f828152602080822083017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff908101805473ffffffffffffffffffffffffffffffffffffffff191690559092019092556001600160a01b0383168083529085905260408083208390555190918b917f7126bef88d1149ccdff9681ed5aecd3ba5ae70c96517551de250af09cebd1a0b9190a35061210781614ee2565b905061201f565b505082547fffffffffffff0000ffffffffffffffffffffffffffffffffffffffffffffffff168355505b6121438285856138c4565b815461ffff8416760100000000000000000000000000000000000000000000027fffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffffffff82168117845585918591839186917fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff167fffffffffff00ffff0000ffffffffffffffffffffffffffffffffffffffffffff90911617600160d01b8360028111156121f0576121f06147d2565b02179055505050847f51100ddf3e4f6c305f87fe4a58b49ff217408247a5da1c576d20316b861f9c4c8585604051612229929190614f16565b60405180910390a260405161ffff8416815285907f8a5f8ea12702236963b6fc97a99f2f9362d2b279a1351cd1269d1dfe6078b6c09060200160405180910390a25050505050565b60015433906001600160a01b031681146122c2576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610abc565b6122cb816139d8565b50565b5f8281526009602090815260408083206001600160a01b038516845290915281206122fe908490849060016139fe565b9392505050565b61230d612fa9565b6127108261ffff161180612325575063ffffffff8116155b1561236e576040517f525a118200000000000000000000000000000000000000000000000000000000815261ffff8316600482015263ffffffff82166024820152604401610abc565b600280547fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1676010000000000000000000000000000000000000000000063ffffffff84169081027fffffffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffff16919091177401000000000000000000000000000000000000000061ffff8616908102919091179092556040805192835260208301919091527f244a5d258c6629b1af31836dfce4dedd9b1a7567d1a9a481862b2776f8e4e3c1910160405180910390a15050565b5f8080806124506201518042614d3c565b5f8781526009602090815260408083206001600160a01b038a168452909152902080549192509063ffffffff8084169116036124b1578054640100000000810463ffffffff16955068010000000000000000900467ffffffffffffffff1693505b5f878152600760205260409020600281015463ffffffff8085169116036124ec576002810154640100000000900467ffffffffffffffff1693505b5050509250925092565b5f8281526007602052604081206002015474010000000000000000000000000000000000000000900467ffffffffffffffff1680831115612574576040517f647b27a6000000000000000000000000000000000000000000000000000000008152600481018590526024810184905260448101829052606401610abc565b50505f918252600d6020908152604080842092845291905290205490565b5f82815260086020526040902080546001600160a01b0316806125e4576040517ff5e18ac800000000000000000000000000000000000000000000000000000000815260048101859052602401610abc565b815474010000000000000000000000000000000000000000900463ffffffff165f818152600b60209081526040808320338452909152812054900361265e576040517fc89bb95f00000000000000000000000000000000000000000000000000000000815260048101829052336024820152604401610abc565b600183547c0100000000000000000000000000000000000000000000000000000000900460ff166003811115612696576126966147d2565b146126f65782546040517f8b28b8fa000000000000000000000000000000000000000000000000000000008152610abc9187917c010000000000000000000000000000000000000000000000000000000090910460ff1690600401614f35565b5f858152600c6020908152604080832033845290915290205460ff1615612752576040517f04f9da6300000000000000000000000000000000000000000000000000000000815260048101869052336024820152604401610abc565b5f858152600c60209081526040808320338452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905582547d010000000000000000000000000000000000000000000000000000000000810460ff908116917e01000000000000000000000000000000000000000000000000000000000000900416851561284c5760ff8281161015612847576127f982614f52565b85547fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167d01000000000000000000000000000000000000000000000000000000000060ff83160217865591505b6128af565b60ff81811610156128af5761286081614f52565b85547fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167e0100000000000000000000000000000000000000000000000000000000000060ff83160217865590505b60408051871515815260ff84811660208301528316818301529051339189917f9677f758149e4685933712242069761ba32553e9ccc395920390bdf1cddbcbce9181900360600190a35f83815260076020526040812080549091760100000000000000000000000000000000000000000000820461ffff1691600290600160d01b900460ff1681811115612945576129456147d2565b14612967578861295b57818460ff161015612973565b818560ff161015612973565b6129738a878b85613ba0565b90508015612989576129898a8985898b8e613d8d565b50505050505050505050565b61299d612fa9565b6129a681614126565b8060056129b38282614f7c565b9050507f65666c33a84c364e0531c9a86dd6e678dade701345c6198e1da8d9da46bffa72816040516129e59190615053565b60405180910390a150565b5f6129fa83612f06565b9050612a0582614126565b612a1260208301836150ac565b60018201805463ffffffff929092166c01000000000000000000000000027fffffffffffffffffffffffffffffffff00000000ffffffffffffffffffffffff909216919091179055612a6a60408301602084016150c7565b60018201805467ffffffffffffffff92909216700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff909216919091179055612aca60608301604084016150c7565b8160010160186101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905550827faebc231f902144d6f80bd49ad295d4d1d22e961535b2cee945d5efc575c1cba583604051610a169190615053565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101919091525f82815260086020526040902080546001600160a01b0316612bbd576040517ff5e18ac800000000000000000000000000000000000000000000000000000000815260048101849052602401610abc565b604080516101208101825282546001600160a01b038116825263ffffffff7401000000000000000000000000000000000000000082048116602084015278010000000000000000000000000000000000000000000000008204169282019290925290606082019060ff7c0100000000000000000000000000000000000000000000000000000000909104166003811115612c5957612c596147d2565b815282547d010000000000000000000000000000000000000000000000000000000000810460ff9081166020808501919091527e010000000000000000000000000000000000000000000000000000000000008304909116604080850191909152600180870154606086015260029096015467ffffffffffffffff1660808501527401000000000000000000000000000000000000000090920463ffffffff165f908152600790915220909201546bffffffffffffffffffffffff1660a09092019190915292915050565b612d2c612fa9565b6001600160a01b038116612d6c576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6002805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b0383169081179091556040517f7dae230f18360d76a040c81f050aa14eb9d6dc7901b20fc5d855e2a20fe814d1905f90a250565b612dca612fa9565b600180546001600160a01b03831673ffffffffffffffffffffffffffffffffffffffff199091168117909155612e075f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f8281526007602052604081206002015474010000000000000000000000000000000000000000900467ffffffffffffffff16808310612ebc576040517f777e9f80000000000000000000000000000000000000000000000000000000008152600481018590526024810184905260448101829052606401610abc565b50505f918252600e6020908152604080842092845291905290205490565b5f612ee58284614df3565b612ef0906002614df3565b612efc846127106150e2565b6122fe9190614d3c565b5f81815260076020526040902080546001600160a01b031680612f58576040517fadd591b500000000000000000000000000000000000000000000000000000000815260048101849052602401610abc565b6001600160a01b0381163314612fa3576040517fcb15e43600000000000000000000000000000000000000000000000000000000815260048101849052336024820152604401610abc565b50919050565b5f546001600160a01b03163314611f25576040517f118cdaa7000000000000000000000000000000000000000000000000000000008152336004820152602401610abc565b5f81815260076020526040902080546001600160a01b031680613040576040517fadd591b500000000000000000000000000000000000000000000000000000000815260048101849052602401610abc565b5f8254600160d01b900460ff16600281111561305e5761305e6147d2565b036130b3576001600160a01b03811633146130ae576040517fcb15e43600000000000000000000000000000000000000000000000000000000815260048101849052336024820152604401610abc565b612fa3565b6003546001600160a01b03163314612fa3576040517f98a40db200000000000000000000000000000000000000000000000000000000815260048101849052336024820152604401610abc565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c081019190915260018401546c01000000000000000000000000900463ffffffff165f819003613190576040517fadd591b500000000000000000000000000000000000000000000000000000000815260048101859052602401610abc565b6001850154700100000000000000000000000000000000900467ffffffffffffffff1663ffffffff8416811015613202576040517f058baee900000000000000000000000000000000000000000000000000000000815263ffffffff8516600482015260248101829052604401610abc565b5f6132106201518042614d3c565b5f87815260096020908152604080832033845280835292819020815160e081018352905463ffffffff808216808452640100000000830482169584019590955267ffffffffffffffff680100000000000000008304169383019390935264ffffffffff7001000000000000000000000000000000008204811660608401527501000000000000000000000000000000000000000000820481166080840152600160d01b82041660a083015260ff7f010000000000000000000000000000000000000000000000000000000000000090910416151560c08201529750929350909183161461330e575f60408601819052602086015263ffffffff821685525b5f856020015163ffffffff1660016133269190614df3565b905084811115613379576040517f80774c60000000000000000000000000000000000000000000000000000000008152600481018990523360248201526044810182905260648101869052608401610abc565b5f8763ffffffff16876040015167ffffffffffffffff1661339a9190614df3565b9050848111156133ed576040517fda9d1a1b000000000000000000000000000000000000000000000000000000008152600481018a90523360248201526044810182905260648101869052608401610abc565b67ffffffffffffffff16604087015263ffffffff908116602087015260028901545f91848116911614613426578663ffffffff1661344e565b600289015461344e9063ffffffff891690640100000000900467ffffffffffffffff16614df3565b60018a01549091507801000000000000000000000000000000000000000000000000900467ffffffffffffffff16808211156134c7576040517f042d403a000000000000000000000000000000000000000000000000000000008152600481018a90526024810183905260448101829052606401610abc565b506002890180547fffffffffffffffffffffffffffffffffffffffff0000000000000000000000001664010000000067ffffffffffffffff938416027fffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000161763ffffffff8516178082559091600c91613551916c0100000000000000000000000090910416614e20565b91906101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905550846060018051613586906150f9565b64ffffffffff908116909152335f908152602092835260409081902087518154948901519289015160608a015160808b015160a08c015160c08d015115157f0100000000000000000000000000000000000000000000000000000000000000027effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff918916600160d01b027fff0000000000ffffffffffffffffffffffffffffffffffffffffffffffffffff938a16750100000000000000000000000000000000000000000002939093167fff00000000000000000000ffffffffffffffffffffffffffffffffffffffffff94909916700100000000000000000000000000000000027fffffffffffffffffffffff0000000000ffffffffffffffffffffffffffffffff67ffffffffffffffff9096166801000000000000000002959095167fffffffffffffffffffffff00000000000000000000000000ffffffffffffffff63ffffffff998a16640100000000027fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000909c1699909716989098179990991794909416959095179190911716939093179190911791909116919091179055509195945050505050565b6040517f70a082310000000000000000000000000000000000000000000000000000000081526001600160a01b0383811660048301525f91908616906370a0823190602401602060405180830381865afa1580156137ad573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906137d19190615116565b90506137e86001600160a01b0386168585856141b5565b6040517f70a082310000000000000000000000000000000000000000000000000000000081526001600160a01b0384811660048301525f9183918816906370a0823190602401602060405180830381865afa158015613849573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061386d9190615116565b6138779190614ea2565b90508281146138bc576040517fb6a9b6540000000000000000000000000000000000000000000000000000000081526004810184905260248101829052604401610abc565b505050505050565b60028260028111156138d8576138d86147d2565b036139355761ffff811615806138f357506127108161ffff16115b15613930576040517f33c9ad4500000000000000000000000000000000000000000000000000000000815261ffff82166004820152602401610abc565b505050565b5f80836002811115613949576139496147d2565b14613955576020613978565b83547801000000000000000000000000000000000000000000000000900461ffff165b905061ffff8216158061398e5750808261ffff16115b156139d2576040517f2b0b138a00000000000000000000000000000000000000000000000000000000815261ffff8316600482015260248101829052604401610abc565b50505050565b6001805473ffffffffffffffffffffffffffffffffffffffff191690556122cb81614231565b81545f90613a359064ffffffffff75010000000000000000000000000000000000000000008204811691600160d01b90041661428d565b83549091507f0100000000000000000000000000000000000000000000000000000000000000900460ff16151581151514613aff5782547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f01000000000000000000000000000000000000000000000000000000000000008215159081029190911784556040519081526001600160a01b0385169086907fa233ac474b100a5a180648909fd51133d1622d347aefd6d8314aa1c469b679db9060200160405180910390a3600191505b8115613b98576004546001600160a01b03168015613b96576040517f7c3f3296000000000000000000000000000000000000000000000000000000008152600481018790526001600160a01b0386811660248301528315156044830152821690637c3f3296906064015f604051808303815f87803b158015613b7f575f5ffd5b505af1158015613b91573d5f5f3e3d5ffd5b505050505b505b949350505050565b6003546040517f2b0a999d000000000000000000000000000000000000000000000000000000008152600481018590523360248201525f91829182916001600160a01b031690632b0a999d906044016040805180830381865afa158015613c09573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613c2d919061512d565b5f898152600f602052604090208054929450909250906fffffffffffffffffffffffffffffffff808216917001000000000000000000000000000000009004168715613cbe57613c7d8583614df3565b83547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff82161784559150613cf9565b613cc88582614df3565b83546fffffffffffffffffffffffffffffffff80831670010000000000000000000000000000000002911617845590505b60408051891515815260208101879052908101839052606081018290526080810185905233908b907ffd5526121c345e55c5501013ea56fd04f69ae82d2f095bc7a451e632d660c02c9060a00160405180910390a38315801590613d7f5750613d6284886150e2565b61271089613d705782613d72565b835b613d7c91906150e2565b10155b9a9950505050505050505050565b5f8381526009602090815260408083206001600160a01b0386168452909152812090808315613e1c57613dc289898989614308565b845491935091508390601590613df7907501000000000000000000000000000000000000000000900464ffffffffff166150f9565b91906101000a81548164ffffffffff021916908364ffffffffff160217905550613ee0565b5086547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c03000000000000000000000000000000000000000000000000000000001787555f858152600d6020908152604080832060028a015474010000000000000000000000000000000000000000900467ffffffffffffffff16845290915290205482548390601a90613ebf90600160d01b900464ffffffffff166150f9565b91906101000a81548164ffffffffff021916908364ffffffffff1602179055505b87546040516001600160a01b0387169188918c917f1e549fca7ffbde358d43eafa11931b27cc92651f667b517be73258f633659df991613f47917c0100000000000000000000000000000000000000000000000000000000900460ff16908890889061514f565b60405180910390a4825464ffffffffff700100000000000000000000000000000000820481169175010000000000000000000000000000000000000000008104821691600160d01b909104166001600160a01b038816897f871b810e7827a08dc63af80410a35ef076181475b24d23baf3b20d9d6998956d858585613fcc8282612eda565b604051613fff949392919064ffffffffff9485168152928416602084015292166040820152606081019190915260800190565b60405180910390a36140138989885f6139fe565b5060018a01546bffffffffffffffffffffffff168015614117575f8815801561405657508b547501000000000000000000000000000000000000000000900460ff165b90505f81614064578a614071565b6002546001600160a01b03165b9050806001600160a01b03168f7f20013f69fac79bb8922f85ac923c7fa5d02f8f8224e901431791b7be4f5669ef85856040516140ca9291906bffffffffffffffffffffffff9290921682521515602082015260400190565b60405180910390a36141146001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016826bffffffffffffffffffffffff86166144e3565b50505b50505050505050505050505050565b61413360208201826150ac565b63ffffffff16158061415c575061415060408201602083016150c7565b67ffffffffffffffff16155b8061417e575061417260608201604083016150c7565b67ffffffffffffffff16155b156122cb576040517f86efa9ba00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040516001600160a01b0384811660248301528381166044830152606482018390526139d29186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050614514565b5f80546001600160a01b0383811673ffffffffffffffffffffffffffffffffffffffff19831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f806142998385614df3565b600254909150760100000000000000000000000000000000000000000000900463ffffffff16811080159061099657506002546142f390829074010000000000000000000000000000000000000000900461ffff166150e2565b6142ff612710856150e2565b11949350505050565b82547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c0200000000000000000000000000000000000000000000000000000000178355600282015474010000000000000000000000000000000000000000900467ffffffffffffffff165f61438082600161517a565b600285810180547fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000067ffffffffffffffff94851602179055860180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001691841691821790555f848152600e6020908152604080832084845282528083208a9055868352600d82528083208484528083529281902054895460018b01548351948501929092529183018890526060830194909452608082018a90526001600160a01b03811660a083015260c0820193909352780100000000000000000000000000000000000000000000000090920463ffffffff1660e0830152906101000160405160208183030381529060405280519060200120915081815f8567ffffffffffffffff1660016144c89190614df3565b81526020019081526020015f20819055505094509492505050565b6040516001600160a01b0383811660248301526044820183905261393091859182169063a9059cbb906064016141ea565b5f5f60205f8451602086015f885af180614533576040513d5f823e3d81fd5b50505f513d9150811561454a578060011415614557565b6001600160a01b0384163b155b156139d2576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610abc565b80356001600160a01b03811681146145af575f5ffd5b919050565b5f5f604083850312156145c5575f5ffd5b823591506145d560208401614599565b90509250929050565b5f5f83601f8401126145ee575f5ffd5b50813567ffffffffffffffff811115614605575f5ffd5b60208301915083602082850101111561461c575f5ffd5b9250929050565b5f5f5f60408486031215614635575f5ffd5b83359250602084013567ffffffffffffffff811115614652575f5ffd5b61465e868287016145de565b9497909650939450505050565b5f6020828403121561467b575f5ffd5b6122fe82614599565b5f60208284031215614694575f5ffd5b5035919050565b602080825282518282018190525f918401906040840190835b818110156146db5783516001600160a01b03168352602093840193909201916001016146b4565b509095945050505050565b5f602082840312156146f6575f5ffd5b813567ffffffffffffffff81111561470c575f5ffd5b820160c081850312156122fe575f5ffd5b6060810161099a828463ffffffff815116825267ffffffffffffffff602082015116602083015267ffffffffffffffff60408201511660408301525050565b63ffffffff811681146122cb575f5ffd5b5f5f5f5f5f60808688031215614781575f5ffd5b8535945060208601359350604086013561479a8161475c565b9250606086013567ffffffffffffffff8111156147b5575f5ffd5b6147c1888289016145de565b969995985093965092949392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6003811061480f5761480f6147d2565b9052565b6020810161099a82846147ff565b803561ffff811681146145af575f5ffd5b5f5f60408385031215614843575f5ffd5b823591506145d560208401614821565b600481106122cb576122cb6147d2565b61480f81614853565b81516001600160a01b03168152610180810160208301516148906020840182614863565b5060408301516148a4604084018215159052565b5060608301516148ba606084018261ffff169052565b5060808301516148d0608084018261ffff169052565b5060a08301516148f060a08401826bffffffffffffffffffffffff169052565b5060c083015161490c60c084018267ffffffffffffffff169052565b5060e083015161492860e084018267ffffffffffffffff169052565b5061010083015161010083015261012083015161497a61012084018263ffffffff815116825267ffffffffffffffff602082015116602083015267ffffffffffffffff60408201511660408301525050565b5092915050565b5f5f5f60608486031215614993575f5ffd5b833592506020840135600381106149a8575f5ffd5b91506149b660408501614821565b90509250925092565b5f5f604083850312156149d0575f5ffd5b6149d983614821565b915060208301356149e98161475c565b809150509250929050565b5f5f60408385031215614a05575f5ffd5b50508035926020909101359150565b803580151581146145af575f5ffd5b5f5f60408385031215614a34575f5ffd5b823591506145d560208401614a14565b5f60608284031215612fa3575f5ffd5b5f60608284031215614a64575f5ffd5b6122fe8383614a44565b5f5f60808385031215614a7f575f5ffd5b823591506145d58460208501614a44565b5f610120820190506001600160a01b03835116825263ffffffff60208401511660208301526040830151614acc604084018263ffffffff169052565b506060830151614adf6060840182614863565b506080830151614af4608084018260ff169052565b5060a0830151614b0960a084018260ff169052565b5060c083015160c083015260e0830151614b2f60e084018267ffffffffffffffff169052565b5061010083015161497a6101008401826bffffffffffffffffffffffff169052565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b602081525f613b98602083018486614b51565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112614bde575f5ffd5b83018035915067ffffffffffffffff821115614bf8575f5ffd5b60200191503681900382131561461c575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112614c3f575f5ffd5b83018035915067ffffffffffffffff821115614c59575f5ffd5b6020019150600581901b360382131561461c575f5ffd5b5f60208284031215614c80575f5ffd5b6122fe82614821565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f63ffffffff821663ffffffff8103614cd157614cd1614c89565b60010192915050565b5f60208284031215614cea575f5ffd5b8135600481106122fe575f5ffd5b5f60208284031215614d08575f5ffd5b6122fe82614a14565b5f60208284031215614d21575f5ffd5b81356bffffffffffffffffffffffff811681146122fe575f5ffd5b5f82614d6f577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b614d7d87614853565b86815260a060208201525f614d9660a083018789614b51565b6bffffffffffffffffffffffff95909516604083015250911515606083015261ffff166080909101529392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b8082018082111561099a5761099a614c89565b61ffff818116838216019081111561099a5761099a614c89565b5f67ffffffffffffffff821667ffffffffffffffff8103614cd157614cd1614c89565b85815263ffffffff85166020820152608060408201525f614e68608083018587614b51565b90506bffffffffffffffffffffffff831660608301529695505050505050565b61ffff828116828216039081111561099a5761099a614c89565b8181038181111561099a5761099a614c89565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603160045260245ffd5b5f81614ef057614ef0614c89565b507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0190565b60408101614f2482856147ff565b61ffff831660208301529392505050565b82815260408101614f4583614853565b8260208301529392505050565b5f60ff821660ff8103614cd157614cd1614c89565b67ffffffffffffffff811681146122cb575f5ffd5b8135614f878161475c565b63ffffffff811690508154817fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000082161783556020840135614fc781614f67565b6bffffffffffffffff000000008160201b16905080837fffffffffffffffffffffffffffffffffffffffff000000000000000000000000841617178455604085013561501281614f67565b73ffffffffffffffff0000000000000000000000008160601b168473ffffffffffffffffffffffffffffffffffffffff198516178317178555505050505050565b6060810182356150628161475c565b63ffffffff168252602083013561507881614f67565b67ffffffffffffffff166020830152604083013561509581614f67565b67ffffffffffffffff811660408401525092915050565b5f602082840312156150bc575f5ffd5b81356122fe8161475c565b5f602082840312156150d7575f5ffd5b81356122fe81614f67565b808202811582820484141761099a5761099a614c89565b5f64ffffffffff821664ffffffffff8103614cd157614cd1614c89565b5f60208284031215615126575f5ffd5b5051919050565b5f5f6040838503121561513e575f5ffd5b505080516020909101519092909150565b6060810161515c85614853565b93815267ffffffffffffffff92909216602083015260409091015290565b67ffffffffffffffff818116838216019081111561099a5761099a614c8956",
}

// DatanetRegistry is an auto generated Go binding around an Ethereum contract.
type DatanetRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DatanetRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewDatanetRegistry creates a new instance of DatanetRegistry.
func NewDatanetRegistry() *DatanetRegistry {
	parsed, err := DatanetRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DatanetRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DatanetRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address treasury_, address initialOwner) returns()
func (datanetRegistry *DatanetRegistry) PackConstructor(token_ common.Address, treasury_ common.Address, initialOwner common.Address) []byte {
	enc, err := datanetRegistry.abi.Pack("", token_, treasury_, initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTBYTESPERCONTRIBUTORPERDAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x147a388a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_BYTES_PER_CONTRIBUTOR_PER_DAY() view returns(uint64)
func (datanetRegistry *DatanetRegistry) PackDEFAULTBYTESPERCONTRIBUTORPERDAY() []byte {
	enc, err := datanetRegistry.abi.Pack("DEFAULT_BYTES_PER_CONTRIBUTOR_PER_DAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTBYTESPERCONTRIBUTORPERDAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x147a388a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_BYTES_PER_CONTRIBUTOR_PER_DAY() view returns(uint64)
func (datanetRegistry *DatanetRegistry) TryPackDEFAULTBYTESPERCONTRIBUTORPERDAY() ([]byte, error) {
	return datanetRegistry.abi.Pack("DEFAULT_BYTES_PER_CONTRIBUTOR_PER_DAY")
}

// UnpackDEFAULTBYTESPERCONTRIBUTORPERDAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x147a388a.
//
// Solidity: function DEFAULT_BYTES_PER_CONTRIBUTOR_PER_DAY() view returns(uint64)
func (datanetRegistry *DatanetRegistry) UnpackDEFAULTBYTESPERCONTRIBUTORPERDAY(data []byte) (uint64, error) {
	out, err := datanetRegistry.abi.Unpack("DEFAULT_BYTES_PER_CONTRIBUTOR_PER_DAY", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDEFAULTBYTESPERDATANETPERDAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc24dd723.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_BYTES_PER_DATANET_PER_DAY() view returns(uint64)
func (datanetRegistry *DatanetRegistry) PackDEFAULTBYTESPERDATANETPERDAY() []byte {
	enc, err := datanetRegistry.abi.Pack("DEFAULT_BYTES_PER_DATANET_PER_DAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTBYTESPERDATANETPERDAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc24dd723.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_BYTES_PER_DATANET_PER_DAY() view returns(uint64)
func (datanetRegistry *DatanetRegistry) TryPackDEFAULTBYTESPERDATANETPERDAY() ([]byte, error) {
	return datanetRegistry.abi.Pack("DEFAULT_BYTES_PER_DATANET_PER_DAY")
}

// UnpackDEFAULTBYTESPERDATANETPERDAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc24dd723.
//
// Solidity: function DEFAULT_BYTES_PER_DATANET_PER_DAY() view returns(uint64)
func (datanetRegistry *DatanetRegistry) UnpackDEFAULTBYTESPERDATANETPERDAY(data []byte) (uint64, error) {
	out, err := datanetRegistry.abi.Unpack("DEFAULT_BYTES_PER_DATANET_PER_DAY", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDEFAULTFILESPERCONTRIBUTORPERDAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91671dad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_FILES_PER_CONTRIBUTOR_PER_DAY() view returns(uint32)
func (datanetRegistry *DatanetRegistry) PackDEFAULTFILESPERCONTRIBUTORPERDAY() []byte {
	enc, err := datanetRegistry.abi.Pack("DEFAULT_FILES_PER_CONTRIBUTOR_PER_DAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTFILESPERCONTRIBUTORPERDAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91671dad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_FILES_PER_CONTRIBUTOR_PER_DAY() view returns(uint32)
func (datanetRegistry *DatanetRegistry) TryPackDEFAULTFILESPERCONTRIBUTORPERDAY() ([]byte, error) {
	return datanetRegistry.abi.Pack("DEFAULT_FILES_PER_CONTRIBUTOR_PER_DAY")
}

// UnpackDEFAULTFILESPERCONTRIBUTORPERDAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91671dad.
//
// Solidity: function DEFAULT_FILES_PER_CONTRIBUTOR_PER_DAY() view returns(uint32)
func (datanetRegistry *DatanetRegistry) UnpackDEFAULTFILESPERCONTRIBUTORPERDAY(data []byte) (uint32, error) {
	out, err := datanetRegistry.abi.Unpack("DEFAULT_FILES_PER_CONTRIBUTOR_PER_DAY", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackDEFAULTPENALTYMINDECIDED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f0a9791.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_PENALTY_MIN_DECIDED() view returns(uint32)
func (datanetRegistry *DatanetRegistry) PackDEFAULTPENALTYMINDECIDED() []byte {
	enc, err := datanetRegistry.abi.Pack("DEFAULT_PENALTY_MIN_DECIDED")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTPENALTYMINDECIDED is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f0a9791.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_PENALTY_MIN_DECIDED() view returns(uint32)
func (datanetRegistry *DatanetRegistry) TryPackDEFAULTPENALTYMINDECIDED() ([]byte, error) {
	return datanetRegistry.abi.Pack("DEFAULT_PENALTY_MIN_DECIDED")
}

// UnpackDEFAULTPENALTYMINDECIDED is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1f0a9791.
//
// Solidity: function DEFAULT_PENALTY_MIN_DECIDED() view returns(uint32)
func (datanetRegistry *DatanetRegistry) UnpackDEFAULTPENALTYMINDECIDED(data []byte) (uint32, error) {
	out, err := datanetRegistry.abi.Unpack("DEFAULT_PENALTY_MIN_DECIDED", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackDEFAULTPENALTYTHRESHOLDBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x365d1f91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_PENALTY_THRESHOLD_BPS() view returns(uint16)
func (datanetRegistry *DatanetRegistry) PackDEFAULTPENALTYTHRESHOLDBPS() []byte {
	enc, err := datanetRegistry.abi.Pack("DEFAULT_PENALTY_THRESHOLD_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTPENALTYTHRESHOLDBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x365d1f91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_PENALTY_THRESHOLD_BPS() view returns(uint16)
func (datanetRegistry *DatanetRegistry) TryPackDEFAULTPENALTYTHRESHOLDBPS() ([]byte, error) {
	return datanetRegistry.abi.Pack("DEFAULT_PENALTY_THRESHOLD_BPS")
}

// UnpackDEFAULTPENALTYTHRESHOLDBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x365d1f91.
//
// Solidity: function DEFAULT_PENALTY_THRESHOLD_BPS() view returns(uint16)
func (datanetRegistry *DatanetRegistry) UnpackDEFAULTPENALTYTHRESHOLDBPS(data []byte) (uint16, error) {
	out, err := datanetRegistry.abi.Unpack("DEFAULT_PENALTY_THRESHOLD_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXVALIDATORS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x714897df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_VALIDATORS() view returns(uint256)
func (datanetRegistry *DatanetRegistry) PackMAXVALIDATORS() []byte {
	enc, err := datanetRegistry.abi.Pack("MAX_VALIDATORS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXVALIDATORS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x714897df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_VALIDATORS() view returns(uint256)
func (datanetRegistry *DatanetRegistry) TryPackMAXVALIDATORS() ([]byte, error) {
	return datanetRegistry.abi.Pack("MAX_VALIDATORS")
}

// UnpackMAXVALIDATORS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x714897df.
//
// Solidity: function MAX_VALIDATORS() view returns(uint256)
func (datanetRegistry *DatanetRegistry) UnpackMAXVALIDATORS(data []byte) (*big.Int, error) {
	out, err := datanetRegistry.abi.Unpack("MAX_VALIDATORS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (datanetRegistry *DatanetRegistry) PackAcceptOwnership() []byte {
	enc, err := datanetRegistry.abi.Pack("acceptOwnership")
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
func (datanetRegistry *DatanetRegistry) TryPackAcceptOwnership() ([]byte, error) {
	return datanetRegistry.abi.Pack("acceptOwnership")
}

// PackAcceptedContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfec895bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptedContribution(uint256 datanetId, uint256 acceptedIndex) view returns(uint256)
func (datanetRegistry *DatanetRegistry) PackAcceptedContribution(datanetId *big.Int, acceptedIndex *big.Int) []byte {
	enc, err := datanetRegistry.abi.Pack("acceptedContribution", datanetId, acceptedIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptedContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfec895bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptedContribution(uint256 datanetId, uint256 acceptedIndex) view returns(uint256)
func (datanetRegistry *DatanetRegistry) TryPackAcceptedContribution(datanetId *big.Int, acceptedIndex *big.Int) ([]byte, error) {
	return datanetRegistry.abi.Pack("acceptedContribution", datanetId, acceptedIndex)
}

// UnpackAcceptedContribution is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfec895bd.
//
// Solidity: function acceptedContribution(uint256 datanetId, uint256 acceptedIndex) view returns(uint256)
func (datanetRegistry *DatanetRegistry) UnpackAcceptedContribution(data []byte) (*big.Int, error) {
	out, err := datanetRegistry.abi.Unpack("acceptedContribution", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAccumulatorAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9faf5201.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accumulatorAt(uint256 datanetId, uint256 count) view returns(bytes32)
func (datanetRegistry *DatanetRegistry) PackAccumulatorAt(datanetId *big.Int, count *big.Int) []byte {
	enc, err := datanetRegistry.abi.Pack("accumulatorAt", datanetId, count)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccumulatorAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9faf5201.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accumulatorAt(uint256 datanetId, uint256 count) view returns(bytes32)
func (datanetRegistry *DatanetRegistry) TryPackAccumulatorAt(datanetId *big.Int, count *big.Int) ([]byte, error) {
	return datanetRegistry.abi.Pack("accumulatorAt", datanetId, count)
}

// UnpackAccumulatorAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9faf5201.
//
// Solidity: function accumulatorAt(uint256 datanetId, uint256 count) view returns(bytes32)
func (datanetRegistry *DatanetRegistry) UnpackAccumulatorAt(data []byte) ([32]byte, error) {
	out, err := datanetRegistry.abi.Unpack("accumulatorAt", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAddValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b561753.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addValidator(uint256 datanetId, address validator) returns()
func (datanetRegistry *DatanetRegistry) PackAddValidator(datanetId *big.Int, validator common.Address) []byte {
	enc, err := datanetRegistry.abi.Pack("addValidator", datanetId, validator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b561753.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addValidator(uint256 datanetId, address validator) returns()
func (datanetRegistry *DatanetRegistry) TryPackAddValidator(datanetId *big.Int, validator common.Address) ([]byte, error) {
	return datanetRegistry.abi.Pack("addValidator", datanetId, validator)
}

// PackContribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x567fcb81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contribute(uint256 datanetId, bytes32 contentHash, uint32 size, string uri) returns(uint256 contributionId)
func (datanetRegistry *DatanetRegistry) PackContribute(datanetId *big.Int, contentHash [32]byte, size uint32, uri string) []byte {
	enc, err := datanetRegistry.abi.Pack("contribute", datanetId, contentHash, size, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x567fcb81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contribute(uint256 datanetId, bytes32 contentHash, uint32 size, string uri) returns(uint256 contributionId)
func (datanetRegistry *DatanetRegistry) TryPackContribute(datanetId *big.Int, contentHash [32]byte, size uint32, uri string) ([]byte, error) {
	return datanetRegistry.abi.Pack("contribute", datanetId, contentHash, size, uri)
}

// UnpackContribute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x567fcb81.
//
// Solidity: function contribute(uint256 datanetId, bytes32 contentHash, uint32 size, string uri) returns(uint256 contributionId)
func (datanetRegistry *DatanetRegistry) UnpackContribute(data []byte) (*big.Int, error) {
	out, err := datanetRegistry.abi.Unpack("contribute", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8709c40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contribution(uint256 contributionId) view returns((address,uint32,uint32,uint8,uint8,uint8,bytes32,uint64,uint96))
func (datanetRegistry *DatanetRegistry) PackContribution(contributionId *big.Int) []byte {
	enc, err := datanetRegistry.abi.Pack("contribution", contributionId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8709c40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contribution(uint256 contributionId) view returns((address,uint32,uint32,uint8,uint8,uint8,bytes32,uint64,uint96))
func (datanetRegistry *DatanetRegistry) TryPackContribution(contributionId *big.Int) ([]byte, error) {
	return datanetRegistry.abi.Pack("contribution", contributionId)
}

// UnpackContribution is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe8709c40.
//
// Solidity: function contribution(uint256 contributionId) view returns((address,uint32,uint32,uint8,uint8,uint8,bytes32,uint64,uint96))
func (datanetRegistry *DatanetRegistry) UnpackContribution(data []byte) (IDatanetRegistryContribution, error) {
	out, err := datanetRegistry.abi.Unpack("contribution", data)
	if err != nil {
		return *new(IDatanetRegistryContribution), err
	}
	out0 := *abi.ConvertType(out[0], new(IDatanetRegistryContribution)).(*IDatanetRegistryContribution)
	return out0, nil
}

// PackCreateDatanet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c48c56f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createDatanet((string,uint8,uint96,bool,address[],uint16) params) returns(uint256 datanetId)
func (datanetRegistry *DatanetRegistry) PackCreateDatanet(params IDatanetRegistryDatanetParams) []byte {
	enc, err := datanetRegistry.abi.Pack("createDatanet", params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateDatanet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c48c56f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createDatanet((string,uint8,uint96,bool,address[],uint16) params) returns(uint256 datanetId)
func (datanetRegistry *DatanetRegistry) TryPackCreateDatanet(params IDatanetRegistryDatanetParams) ([]byte, error) {
	return datanetRegistry.abi.Pack("createDatanet", params)
}

// UnpackCreateDatanet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3c48c56f.
//
// Solidity: function createDatanet((string,uint8,uint96,bool,address[],uint16) params) returns(uint256 datanetId)
func (datanetRegistry *DatanetRegistry) UnpackCreateDatanet(data []byte) (*big.Int, error) {
	out, err := datanetRegistry.abi.Unpack("createDatanet", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDatanet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71111b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datanet(uint256 datanetId) view returns((address,uint8,bool,uint16,uint16,uint96,uint64,uint64,bytes32,(uint32,uint64,uint64)))
func (datanetRegistry *DatanetRegistry) PackDatanet(datanetId *big.Int) []byte {
	enc, err := datanetRegistry.abi.Pack("datanet", datanetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDatanet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71111b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function datanet(uint256 datanetId) view returns((address,uint8,bool,uint16,uint16,uint96,uint64,uint64,bytes32,(uint32,uint64,uint64)))
func (datanetRegistry *DatanetRegistry) TryPackDatanet(datanetId *big.Int) ([]byte, error) {
	return datanetRegistry.abi.Pack("datanet", datanetId)
}

// UnpackDatanet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x71111b41.
//
// Solidity: function datanet(uint256 datanetId) view returns((address,uint8,bool,uint16,uint16,uint96,uint64,uint64,bytes32,(uint32,uint64,uint64)))
func (datanetRegistry *DatanetRegistry) UnpackDatanet(data []byte) (IDatanetRegistryDatanet, error) {
	out, err := datanetRegistry.abi.Unpack("datanet", data)
	if err != nil {
		return *new(IDatanetRegistryDatanet), err
	}
	out0 := *abi.ConvertType(out[0], new(IDatanetRegistryDatanet)).(*IDatanetRegistryDatanet)
	return out0, nil
}

// PackDefaultQuota is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x561f30d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultQuota() view returns((uint32,uint64,uint64))
func (datanetRegistry *DatanetRegistry) PackDefaultQuota() []byte {
	enc, err := datanetRegistry.abi.Pack("defaultQuota")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultQuota is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x561f30d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultQuota() view returns((uint32,uint64,uint64))
func (datanetRegistry *DatanetRegistry) TryPackDefaultQuota() ([]byte, error) {
	return datanetRegistry.abi.Pack("defaultQuota")
}

// UnpackDefaultQuota is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x561f30d9.
//
// Solidity: function defaultQuota() view returns((uint32,uint64,uint64))
func (datanetRegistry *DatanetRegistry) UnpackDefaultQuota(data []byte) (IDatanetRegistryQuota, error) {
	out, err := datanetRegistry.abi.Unpack("defaultQuota", data)
	if err != nil {
		return *new(IDatanetRegistryQuota), err
	}
	out0 := *abi.ConvertType(out[0], new(IDatanetRegistryQuota)).(*IDatanetRegistryQuota)
	return out0, nil
}

// PackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasVoted(uint256 contributionId, address validator) view returns(bool)
func (datanetRegistry *DatanetRegistry) PackHasVoted(contributionId *big.Int, validator common.Address) []byte {
	enc, err := datanetRegistry.abi.Pack("hasVoted", contributionId, validator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasVoted(uint256 contributionId, address validator) view returns(bool)
func (datanetRegistry *DatanetRegistry) TryPackHasVoted(contributionId *big.Int, validator common.Address) ([]byte, error) {
	return datanetRegistry.abi.Pack("hasVoted", contributionId, validator)
}

// UnpackHasVoted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43859632.
//
// Solidity: function hasVoted(uint256 contributionId, address validator) view returns(bool)
func (datanetRegistry *DatanetRegistry) UnpackHasVoted(data []byte) (bool, error) {
	out, err := datanetRegistry.abi.Unpack("hasVoted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsPenalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe99ceb70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isPenalized(uint256 datanetId, address contributor) view returns(bool)
func (datanetRegistry *DatanetRegistry) PackIsPenalized(datanetId *big.Int, contributor common.Address) []byte {
	enc, err := datanetRegistry.abi.Pack("isPenalized", datanetId, contributor)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsPenalized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe99ceb70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isPenalized(uint256 datanetId, address contributor) view returns(bool)
func (datanetRegistry *DatanetRegistry) TryPackIsPenalized(datanetId *big.Int, contributor common.Address) ([]byte, error) {
	return datanetRegistry.abi.Pack("isPenalized", datanetId, contributor)
}

// UnpackIsPenalized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe99ceb70.
//
// Solidity: function isPenalized(uint256 datanetId, address contributor) view returns(bool)
func (datanetRegistry *DatanetRegistry) UnpackIsPenalized(data []byte) (bool, error) {
	out, err := datanetRegistry.abi.Unpack("isPenalized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23f2a73f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isValidator(uint256 datanetId, address account) view returns(bool)
func (datanetRegistry *DatanetRegistry) PackIsValidator(datanetId *big.Int, account common.Address) []byte {
	enc, err := datanetRegistry.abi.Pack("isValidator", datanetId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23f2a73f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isValidator(uint256 datanetId, address account) view returns(bool)
func (datanetRegistry *DatanetRegistry) TryPackIsValidator(datanetId *big.Int, account common.Address) ([]byte, error) {
	return datanetRegistry.abi.Pack("isValidator", datanetId, account)
}

// UnpackIsValidator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23f2a73f.
//
// Solidity: function isValidator(uint256 datanetId, address account) view returns(bool)
func (datanetRegistry *DatanetRegistry) UnpackIsValidator(data []byte) (bool, error) {
	out, err := datanetRegistry.abi.Unpack("isValidator", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (datanetRegistry *DatanetRegistry) PackOwner() []byte {
	enc, err := datanetRegistry.abi.Pack("owner")
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
func (datanetRegistry *DatanetRegistry) TryPackOwner() ([]byte, error) {
	return datanetRegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (datanetRegistry *DatanetRegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := datanetRegistry.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPenaltyPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52312316.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function penaltyPolicy() view returns(uint16 thresholdBps, uint32 minDecided)
func (datanetRegistry *DatanetRegistry) PackPenaltyPolicy() []byte {
	enc, err := datanetRegistry.abi.Pack("penaltyPolicy")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPenaltyPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52312316.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function penaltyPolicy() view returns(uint16 thresholdBps, uint32 minDecided)
func (datanetRegistry *DatanetRegistry) TryPackPenaltyPolicy() ([]byte, error) {
	return datanetRegistry.abi.Pack("penaltyPolicy")
}

// PenaltyPolicyOutput serves as a container for the return parameters of contract
// method PenaltyPolicy.
type PenaltyPolicyOutput struct {
	ThresholdBps uint16
	MinDecided   uint32
}

// UnpackPenaltyPolicy is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52312316.
//
// Solidity: function penaltyPolicy() view returns(uint16 thresholdBps, uint32 minDecided)
func (datanetRegistry *DatanetRegistry) UnpackPenaltyPolicy(data []byte) (PenaltyPolicyOutput, error) {
	out, err := datanetRegistry.abi.Unpack("penaltyPolicy", data)
	outstruct := new(PenaltyPolicyOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ThresholdBps = *abi.ConvertType(out[0], new(uint16)).(*uint16)
	outstruct.MinDecided = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackPenaltySink is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46b0b702.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function penaltySink() view returns(address)
func (datanetRegistry *DatanetRegistry) PackPenaltySink() []byte {
	enc, err := datanetRegistry.abi.Pack("penaltySink")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPenaltySink is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46b0b702.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function penaltySink() view returns(address)
func (datanetRegistry *DatanetRegistry) TryPackPenaltySink() ([]byte, error) {
	return datanetRegistry.abi.Pack("penaltySink")
}

// UnpackPenaltySink is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46b0b702.
//
// Solidity: function penaltySink() view returns(address)
func (datanetRegistry *DatanetRegistry) UnpackPenaltySink(data []byte) (common.Address, error) {
	out, err := datanetRegistry.abi.Unpack("penaltySink", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (datanetRegistry *DatanetRegistry) PackPendingOwner() []byte {
	enc, err := datanetRegistry.abi.Pack("pendingOwner")
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
func (datanetRegistry *DatanetRegistry) TryPackPendingOwner() ([]byte, error) {
	return datanetRegistry.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (datanetRegistry *DatanetRegistry) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := datanetRegistry.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRemoveValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a0cd1f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeValidator(uint256 datanetId, address validator) returns()
func (datanetRegistry *DatanetRegistry) PackRemoveValidator(datanetId *big.Int, validator common.Address) []byte {
	enc, err := datanetRegistry.abi.Pack("removeValidator", datanetId, validator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveValidator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a0cd1f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeValidator(uint256 datanetId, address validator) returns()
func (datanetRegistry *DatanetRegistry) TryPackRemoveValidator(datanetId *big.Int, validator common.Address) ([]byte, error) {
	return datanetRegistry.abi.Pack("removeValidator", datanetId, validator)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (datanetRegistry *DatanetRegistry) PackRenounceOwnership() []byte {
	enc, err := datanetRegistry.abi.Pack("renounceOwnership")
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
func (datanetRegistry *DatanetRegistry) TryPackRenounceOwnership() ([]byte, error) {
	return datanetRegistry.abi.Pack("renounceOwnership")
}

// PackReputation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62a2a36e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reputation(uint256 datanetId, address contributor) view returns((uint64,uint64,uint64))
func (datanetRegistry *DatanetRegistry) PackReputation(datanetId *big.Int, contributor common.Address) []byte {
	enc, err := datanetRegistry.abi.Pack("reputation", datanetId, contributor)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReputation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62a2a36e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reputation(uint256 datanetId, address contributor) view returns((uint64,uint64,uint64))
func (datanetRegistry *DatanetRegistry) TryPackReputation(datanetId *big.Int, contributor common.Address) ([]byte, error) {
	return datanetRegistry.abi.Pack("reputation", datanetId, contributor)
}

// UnpackReputation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x62a2a36e.
//
// Solidity: function reputation(uint256 datanetId, address contributor) view returns((uint64,uint64,uint64))
func (datanetRegistry *DatanetRegistry) UnpackReputation(data []byte) (IDatanetRegistryReputation, error) {
	out, err := datanetRegistry.abi.Unpack("reputation", data)
	if err != nil {
		return *new(IDatanetRegistryReputation), err
	}
	out0 := *abi.ConvertType(out[0], new(IDatanetRegistryReputation)).(*IDatanetRegistryReputation)
	return out0, nil
}

// PackReputationScore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x029d6ad0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reputationScore(uint256 datanetId, address contributor) view returns(uint256)
func (datanetRegistry *DatanetRegistry) PackReputationScore(datanetId *big.Int, contributor common.Address) []byte {
	enc, err := datanetRegistry.abi.Pack("reputationScore", datanetId, contributor)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReputationScore is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x029d6ad0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reputationScore(uint256 datanetId, address contributor) view returns(uint256)
func (datanetRegistry *DatanetRegistry) TryPackReputationScore(datanetId *big.Int, contributor common.Address) ([]byte, error) {
	return datanetRegistry.abi.Pack("reputationScore", datanetId, contributor)
}

// UnpackReputationScore is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x029d6ad0.
//
// Solidity: function reputationScore(uint256 datanetId, address contributor) view returns(uint256)
func (datanetRegistry *DatanetRegistry) UnpackReputationScore(data []byte) (*big.Int, error) {
	out, err := datanetRegistry.abi.Unpack("reputationScore", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetDatanetOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56785825.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDatanetOwner(uint256 datanetId, address newOwner) returns()
func (datanetRegistry *DatanetRegistry) PackSetDatanetOwner(datanetId *big.Int, newOwner common.Address) []byte {
	enc, err := datanetRegistry.abi.Pack("setDatanetOwner", datanetId, newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDatanetOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56785825.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDatanetOwner(uint256 datanetId, address newOwner) returns()
func (datanetRegistry *DatanetRegistry) TryPackSetDatanetOwner(datanetId *big.Int, newOwner common.Address) ([]byte, error) {
	return datanetRegistry.abi.Pack("setDatanetOwner", datanetId, newOwner)
}

// PackSetDefaultQuota is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdedf2fd9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDefaultQuota((uint32,uint64,uint64) quota) returns()
func (datanetRegistry *DatanetRegistry) PackSetDefaultQuota(quota IDatanetRegistryQuota) []byte {
	enc, err := datanetRegistry.abi.Pack("setDefaultQuota", quota)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDefaultQuota is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdedf2fd9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDefaultQuota((uint32,uint64,uint64) quota) returns()
func (datanetRegistry *DatanetRegistry) TryPackSetDefaultQuota(quota IDatanetRegistryQuota) ([]byte, error) {
	return datanetRegistry.abi.Pack("setDefaultQuota", quota)
}

// PackSetMetadataURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x087dce94.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMetadataURI(uint256 datanetId, string metadataURI) returns()
func (datanetRegistry *DatanetRegistry) PackSetMetadataURI(datanetId *big.Int, metadataURI string) []byte {
	enc, err := datanetRegistry.abi.Pack("setMetadataURI", datanetId, metadataURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMetadataURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x087dce94.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMetadataURI(uint256 datanetId, string metadataURI) returns()
func (datanetRegistry *DatanetRegistry) TryPackSetMetadataURI(datanetId *big.Int, metadataURI string) ([]byte, error) {
	return datanetRegistry.abi.Pack("setMetadataURI", datanetId, metadataURI)
}

// PackSetPenaltyPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c7f3d16.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPenaltyPolicy(uint16 thresholdBps, uint32 minDecided) returns()
func (datanetRegistry *DatanetRegistry) PackSetPenaltyPolicy(thresholdBps uint16, minDecided uint32) []byte {
	enc, err := datanetRegistry.abi.Pack("setPenaltyPolicy", thresholdBps, minDecided)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPenaltyPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c7f3d16.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPenaltyPolicy(uint16 thresholdBps, uint32 minDecided) returns()
func (datanetRegistry *DatanetRegistry) TryPackSetPenaltyPolicy(thresholdBps uint16, minDecided uint32) ([]byte, error) {
	return datanetRegistry.abi.Pack("setPenaltyPolicy", thresholdBps, minDecided)
}

// PackSetPenaltySink is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a20a1c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPenaltySink(address sink) returns()
func (datanetRegistry *DatanetRegistry) PackSetPenaltySink(sink common.Address) []byte {
	enc, err := datanetRegistry.abi.Pack("setPenaltySink", sink)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPenaltySink is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a20a1c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPenaltySink(address sink) returns()
func (datanetRegistry *DatanetRegistry) TryPackSetPenaltySink(sink common.Address) ([]byte, error) {
	return datanetRegistry.abi.Pack("setPenaltySink", sink)
}

// PackSetQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64c4e476.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setQuorum(uint256 datanetId, uint16 quorum) returns()
func (datanetRegistry *DatanetRegistry) PackSetQuorum(datanetId *big.Int, quorum uint16) []byte {
	enc, err := datanetRegistry.abi.Pack("setQuorum", datanetId, quorum)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64c4e476.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setQuorum(uint256 datanetId, uint16 quorum) returns()
func (datanetRegistry *DatanetRegistry) TryPackSetQuorum(datanetId *big.Int, quorum uint16) ([]byte, error) {
	return datanetRegistry.abi.Pack("setQuorum", datanetId, quorum)
}

// PackSetQuota is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe696171e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setQuota(uint256 datanetId, (uint32,uint64,uint64) quota) returns()
func (datanetRegistry *DatanetRegistry) PackSetQuota(datanetId *big.Int, quota IDatanetRegistryQuota) []byte {
	enc, err := datanetRegistry.abi.Pack("setQuota", datanetId, quota)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetQuota is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe696171e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setQuota(uint256 datanetId, (uint32,uint64,uint64) quota) returns()
func (datanetRegistry *DatanetRegistry) TryPackSetQuota(datanetId *big.Int, quota IDatanetRegistryQuota) ([]byte, error) {
	return datanetRegistry.abi.Pack("setQuota", datanetId, quota)
}

// PackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTreasury(address treasury_) returns()
func (datanetRegistry *DatanetRegistry) PackSetTreasury(treasury common.Address) []byte {
	enc, err := datanetRegistry.abi.Pack("setTreasury", treasury)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTreasury(address treasury_) returns()
func (datanetRegistry *DatanetRegistry) TryPackSetTreasury(treasury common.Address) ([]byte, error) {
	return datanetRegistry.abi.Pack("setTreasury", treasury)
}

// PackSetValidatorManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45f34e92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setValidatorManager(address manager) returns()
func (datanetRegistry *DatanetRegistry) PackSetValidatorManager(manager common.Address) []byte {
	enc, err := datanetRegistry.abi.Pack("setValidatorManager", manager)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetValidatorManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45f34e92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setValidatorManager(address manager) returns()
func (datanetRegistry *DatanetRegistry) TryPackSetValidatorManager(manager common.Address) ([]byte, error) {
	return datanetRegistry.abi.Pack("setValidatorManager", manager)
}

// PackSetValidatorMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78b3aac2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setValidatorMode(uint256 datanetId, uint8 mode, uint16 quorum) returns()
func (datanetRegistry *DatanetRegistry) PackSetValidatorMode(datanetId *big.Int, mode uint8, quorum uint16) []byte {
	enc, err := datanetRegistry.abi.Pack("setValidatorMode", datanetId, mode, quorum)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetValidatorMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78b3aac2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setValidatorMode(uint256 datanetId, uint8 mode, uint16 quorum) returns()
func (datanetRegistry *DatanetRegistry) TryPackSetValidatorMode(datanetId *big.Int, mode uint8, quorum uint16) ([]byte, error) {
	return datanetRegistry.abi.Pack("setValidatorMode", datanetId, mode, quorum)
}

// PackSyncPenalty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8918b552.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function syncPenalty(uint256 datanetId, address contributor) returns(bool penalized)
func (datanetRegistry *DatanetRegistry) PackSyncPenalty(datanetId *big.Int, contributor common.Address) []byte {
	enc, err := datanetRegistry.abi.Pack("syncPenalty", datanetId, contributor)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSyncPenalty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8918b552.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function syncPenalty(uint256 datanetId, address contributor) returns(bool penalized)
func (datanetRegistry *DatanetRegistry) TryPackSyncPenalty(datanetId *big.Int, contributor common.Address) ([]byte, error) {
	return datanetRegistry.abi.Pack("syncPenalty", datanetId, contributor)
}

// UnpackSyncPenalty is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8918b552.
//
// Solidity: function syncPenalty(uint256 datanetId, address contributor) returns(bool penalized)
func (datanetRegistry *DatanetRegistry) UnpackSyncPenalty(data []byte) (bool, error) {
	out, err := datanetRegistry.abi.Unpack("syncPenalty", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (datanetRegistry *DatanetRegistry) PackToken() []byte {
	enc, err := datanetRegistry.abi.Pack("token")
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
func (datanetRegistry *DatanetRegistry) TryPackToken() ([]byte, error) {
	return datanetRegistry.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (datanetRegistry *DatanetRegistry) UnpackToken(data []byte) (common.Address, error) {
	out, err := datanetRegistry.abi.Unpack("token", data)
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
func (datanetRegistry *DatanetRegistry) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := datanetRegistry.abi.Pack("transferOwnership", newOwner)
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
func (datanetRegistry *DatanetRegistry) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return datanetRegistry.abi.Pack("transferOwnership", newOwner)
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (datanetRegistry *DatanetRegistry) PackTreasury() []byte {
	enc, err := datanetRegistry.abi.Pack("treasury")
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
func (datanetRegistry *DatanetRegistry) TryPackTreasury() ([]byte, error) {
	return datanetRegistry.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (datanetRegistry *DatanetRegistry) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := datanetRegistry.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUsageToday is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9bca2a77.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function usageToday(uint256 datanetId, address contributor) view returns(uint256 contributorFiles, uint256 contributorBytes, uint256 datanetBytes)
func (datanetRegistry *DatanetRegistry) PackUsageToday(datanetId *big.Int, contributor common.Address) []byte {
	enc, err := datanetRegistry.abi.Pack("usageToday", datanetId, contributor)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUsageToday is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9bca2a77.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function usageToday(uint256 datanetId, address contributor) view returns(uint256 contributorFiles, uint256 contributorBytes, uint256 datanetBytes)
func (datanetRegistry *DatanetRegistry) TryPackUsageToday(datanetId *big.Int, contributor common.Address) ([]byte, error) {
	return datanetRegistry.abi.Pack("usageToday", datanetId, contributor)
}

// UsageTodayOutput serves as a container for the return parameters of contract
// method UsageToday.
type UsageTodayOutput struct {
	ContributorFiles *big.Int
	ContributorBytes *big.Int
	DatanetBytes     *big.Int
}

// UnpackUsageToday is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9bca2a77.
//
// Solidity: function usageToday(uint256 datanetId, address contributor) view returns(uint256 contributorFiles, uint256 contributorBytes, uint256 datanetBytes)
func (datanetRegistry *DatanetRegistry) UnpackUsageToday(data []byte) (UsageTodayOutput, error) {
	out, err := datanetRegistry.abi.Unpack("usageToday", data)
	outstruct := new(UsageTodayOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ContributorFiles = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ContributorBytes = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.DatanetBytes = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackValidatorManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe55bde9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validatorManager() view returns(address)
func (datanetRegistry *DatanetRegistry) PackValidatorManager() []byte {
	enc, err := datanetRegistry.abi.Pack("validatorManager")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidatorManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe55bde9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validatorManager() view returns(address)
func (datanetRegistry *DatanetRegistry) TryPackValidatorManager() ([]byte, error) {
	return datanetRegistry.abi.Pack("validatorManager")
}

// UnpackValidatorManager is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe55bde9.
//
// Solidity: function validatorManager() view returns(address)
func (datanetRegistry *DatanetRegistry) UnpackValidatorManager(data []byte) (common.Address, error) {
	out, err := datanetRegistry.abi.Unpack("validatorManager", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackValidatorMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c705c57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validatorMode(uint256 datanetId) view returns(uint8)
func (datanetRegistry *DatanetRegistry) PackValidatorMode(datanetId *big.Int) []byte {
	enc, err := datanetRegistry.abi.Pack("validatorMode", datanetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidatorMode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c705c57.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validatorMode(uint256 datanetId) view returns(uint8)
func (datanetRegistry *DatanetRegistry) TryPackValidatorMode(datanetId *big.Int) ([]byte, error) {
	return datanetRegistry.abi.Pack("validatorMode", datanetId)
}

// UnpackValidatorMode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c705c57.
//
// Solidity: function validatorMode(uint256 datanetId) view returns(uint8)
func (datanetRegistry *DatanetRegistry) UnpackValidatorMode(data []byte) (uint8, error) {
	out, err := datanetRegistry.abi.Unpack("validatorMode", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35aa2e44.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validators(uint256 datanetId) view returns(address[])
func (datanetRegistry *DatanetRegistry) PackValidators(datanetId *big.Int) []byte {
	enc, err := datanetRegistry.abi.Pack("validators", datanetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35aa2e44.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validators(uint256 datanetId) view returns(address[])
func (datanetRegistry *DatanetRegistry) TryPackValidators(datanetId *big.Int) ([]byte, error) {
	return datanetRegistry.abi.Pack("validators", datanetId)
}

// UnpackValidators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x35aa2e44.
//
// Solidity: function validators(uint256 datanetId) view returns(address[])
func (datanetRegistry *DatanetRegistry) UnpackValidators(data []byte) ([]common.Address, error) {
	out, err := datanetRegistry.abi.Unpack("validators", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9d27afe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vote(uint256 contributionId, bool accept) returns()
func (datanetRegistry *DatanetRegistry) PackVote(contributionId *big.Int, accept bool) []byte {
	enc, err := datanetRegistry.abi.Pack("vote", contributionId, accept)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9d27afe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vote(uint256 contributionId, bool accept) returns()
func (datanetRegistry *DatanetRegistry) TryPackVote(contributionId *big.Int, accept bool) ([]byte, error) {
	return datanetRegistry.abi.Pack("vote", contributionId, accept)
}

// PackWeightTally is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85f10f3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function weightTally(uint256 contributionId) view returns(uint256 acceptWeight, uint256 rejectWeight)
func (datanetRegistry *DatanetRegistry) PackWeightTally(contributionId *big.Int) []byte {
	enc, err := datanetRegistry.abi.Pack("weightTally", contributionId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWeightTally is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x85f10f3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function weightTally(uint256 contributionId) view returns(uint256 acceptWeight, uint256 rejectWeight)
func (datanetRegistry *DatanetRegistry) TryPackWeightTally(contributionId *big.Int) ([]byte, error) {
	return datanetRegistry.abi.Pack("weightTally", contributionId)
}

// WeightTallyOutput serves as a container for the return parameters of contract
// method WeightTally.
type WeightTallyOutput struct {
	AcceptWeight *big.Int
	RejectWeight *big.Int
}

// UnpackWeightTally is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x85f10f3e.
//
// Solidity: function weightTally(uint256 contributionId) view returns(uint256 acceptWeight, uint256 rejectWeight)
func (datanetRegistry *DatanetRegistry) UnpackWeightTally(data []byte) (WeightTallyOutput, error) {
	out, err := datanetRegistry.abi.Unpack("weightTally", data)
	outstruct := new(WeightTallyOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.AcceptWeight = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.RejectWeight = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// DatanetRegistryBondSettled represents a BondSettled event raised by the DatanetRegistry contract.
type DatanetRegistryBondSettled struct {
	ContributionId *big.Int
	To             common.Address
	Amount         *big.Int
	ToTreasury     bool
	Raw            *types.Log // Blockchain specific contextual infos
}

const DatanetRegistryBondSettledEventName = "BondSettled"

// ContractEventName returns the user-defined event name.
func (DatanetRegistryBondSettled) ContractEventName() string {
	return DatanetRegistryBondSettledEventName
}

// UnpackBondSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondSettled(uint256 indexed contributionId, address indexed to, uint96 amount, bool toTreasury)
func (datanetRegistry *DatanetRegistry) UnpackBondSettledEvent(log *types.Log) (*DatanetRegistryBondSettled, error) {
	event := "BondSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datanetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatanetRegistryBondSettled)
	if len(log.Data) > 0 {
		if err := datanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datanetRegistry.abi.Events[event].Inputs {
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

// DatanetRegistryContributionFinalized represents a ContributionFinalized event raised by the DatanetRegistry contract.
type DatanetRegistryContributionFinalized struct {
	ContributionId *big.Int
	DatanetId      *big.Int
	Contributor    common.Address
	Status         uint8
	AcceptedIndex  uint64
	Accumulator    [32]byte
	Raw            *types.Log // Blockchain specific contextual infos
}

const DatanetRegistryContributionFinalizedEventName = "ContributionFinalized"

// ContractEventName returns the user-defined event name.
func (DatanetRegistryContributionFinalized) ContractEventName() string {
	return DatanetRegistryContributionFinalizedEventName
}

// UnpackContributionFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContributionFinalized(uint256 indexed contributionId, uint256 indexed datanetId, address indexed contributor, uint8 status, uint64 acceptedIndex, bytes32 accumulator)
func (datanetRegistry *DatanetRegistry) UnpackContributionFinalizedEvent(log *types.Log) (*DatanetRegistryContributionFinalized, error) {
	event := "ContributionFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datanetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatanetRegistryContributionFinalized)
	if len(log.Data) > 0 {
		if err := datanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datanetRegistry.abi.Events[event].Inputs {
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

// DatanetRegistryContributionSubmitted represents a ContributionSubmitted event raised by the DatanetRegistry contract.
type DatanetRegistryContributionSubmitted struct {
	ContributionId *big.Int
	DatanetId      *big.Int
	Contributor    common.Address
	ContentHash    [32]byte
	Size           uint32
	Uri            string
	Bond           *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const DatanetRegistryContributionSubmittedEventName = "ContributionSubmitted"

// ContractEventName returns the user-defined event name.
func (DatanetRegistryContributionSubmitted) ContractEventName() string {
	return DatanetRegistryContributionSubmittedEventName
}

// UnpackContributionSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContributionSubmitted(uint256 indexed contributionId, uint256 indexed datanetId, address indexed contributor, bytes32 contentHash, uint32 size, string uri, uint96 bond)
func (datanetRegistry *DatanetRegistry) UnpackContributionSubmittedEvent(log *types.Log) (*DatanetRegistryContributionSubmitted, error) {
	event := "ContributionSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datanetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatanetRegistryContributionSubmitted)
	if len(log.Data) > 0 {
		if err := datanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datanetRegistry.abi.Events[event].Inputs {
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

// DatanetRegistryContributionVoted represents a ContributionVoted event raised by the DatanetRegistry contract.
type DatanetRegistryContributionVoted struct {
	ContributionId *big.Int
	Validator      common.Address
	Accept         bool
	Accepts        uint8
	Rejects        uint8
	Raw            *types.Log // Blockchain specific contextual infos
}

const DatanetRegistryContributionVotedEventName = "ContributionVoted"

// ContractEventName returns the user-defined event name.
func (DatanetRegistryContributionVoted) ContractEventName() string {
	return DatanetRegistryContributionVotedEventName
}

// UnpackContributionVotedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContributionVoted(uint256 indexed contributionId, address indexed validator, bool accept, uint8 accepts, uint8 rejects)
func (datanetRegistry *DatanetRegistry) UnpackContributionVotedEvent(log *types.Log) (*DatanetRegistryContributionVoted, error) {
	event := "ContributionVoted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datanetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatanetRegistryContributionVoted)
	if len(log.Data) > 0 {
		if err := datanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datanetRegistry.abi.Events[event].Inputs {
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

// DatanetRegistryDatanetCreated represents a DatanetCreated event raised by the DatanetRegistry contract.
type DatanetRegistryDatanetCreated struct {
	DatanetId           *big.Int
	Owner               common.Address
	Kind                uint8
	MetadataURI         string
	Bond                *big.Int
	ForfeitBondOnReject bool
	Quorum              uint16
	Raw                 *types.Log // Blockchain specific contextual infos
}

const DatanetRegistryDatanetCreatedEventName = "DatanetCreated"

// ContractEventName returns the user-defined event name.
func (DatanetRegistryDatanetCreated) ContractEventName() string {
	return DatanetRegistryDatanetCreatedEventName
}

// UnpackDatanetCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DatanetCreated(uint256 indexed datanetId, address indexed owner, uint8 kind, string metadataURI, uint96 bond, bool forfeitBondOnReject, uint16 quorum)
func (datanetRegistry *DatanetRegistry) UnpackDatanetCreatedEvent(log *types.Log) (*DatanetRegistryDatanetCreated, error) {
	event := "DatanetCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datanetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatanetRegistryDatanetCreated)
	if len(log.Data) > 0 {
		if err := datanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datanetRegistry.abi.Events[event].Inputs {
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

// DatanetRegistryDatanetMetadataUpdated represents a DatanetMetadataUpdated event raised by the DatanetRegistry contract.
type DatanetRegistryDatanetMetadataUpdated struct {
	DatanetId   *big.Int
	MetadataURI string
	Raw         *types.Log // Blockchain specific contextual infos
}

const DatanetRegistryDatanetMetadataUpdatedEventName = "DatanetMetadataUpdated"

// ContractEventName returns the user-defined event name.
func (DatanetRegistryDatanetMetadataUpdated) ContractEventName() string {
	return DatanetRegistryDatanetMetadataUpdatedEventName
}

// UnpackDatanetMetadataUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DatanetMetadataUpdated(uint256 indexed datanetId, string metadataURI)
func (datanetRegistry *DatanetRegistry) UnpackDatanetMetadataUpdatedEvent(log *types.Log) (*DatanetRegistryDatanetMetadataUpdated, error) {
	event := "DatanetMetadataUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datanetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatanetRegistryDatanetMetadataUpdated)
	if len(log.Data) > 0 {
		if err := datanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datanetRegistry.abi.Events[event].Inputs {
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

// DatanetRegistryDatanetOwnerChanged represents a DatanetOwnerChanged event raised by the DatanetRegistry contract.
type DatanetRegistryDatanetOwnerChanged struct {
	DatanetId     *big.Int
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const DatanetRegistryDatanetOwnerChangedEventName = "DatanetOwnerChanged"

// ContractEventName returns the user-defined event name.
func (DatanetRegistryDatanetOwnerChanged) ContractEventName() string {
	return DatanetRegistryDatanetOwnerChangedEventName
}

// UnpackDatanetOwnerChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DatanetOwnerChanged(uint256 indexed datanetId, address indexed previousOwner, address indexed newOwner)
func (datanetRegistry *DatanetRegistry) UnpackDatanetOwnerChangedEvent(log *types.Log) (*DatanetRegistryDatanetOwnerChanged, error) {
	event := "DatanetOwnerChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datanetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatanetRegistryDatanetOwnerChanged)
	if len(log.Data) > 0 {
		if err := datanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datanetRegistry.abi.Events[event].Inputs {
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

// DatanetRegistryDefaultQuotaUpdated represents a DefaultQuotaUpdated event raised by the DatanetRegistry contract.
type DatanetRegistryDefaultQuotaUpdated struct {
	Quota IDatanetRegistryQuota
	Raw   *types.Log // Blockchain specific contextual infos
}

const DatanetRegistryDefaultQuotaUpdatedEventName = "DefaultQuotaUpdated"

// ContractEventName returns the user-defined event name.
func (DatanetRegistryDefaultQuotaUpdated) ContractEventName() string {
	return DatanetRegistryDefaultQuotaUpdatedEventName
}

// UnpackDefaultQuotaUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultQuotaUpdated((uint32,uint64,uint64) quota)
func (datanetRegistry *DatanetRegistry) UnpackDefaultQuotaUpdatedEvent(log *types.Log) (*DatanetRegistryDefaultQuotaUpdated, error) {
	event := "DefaultQuotaUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datanetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatanetRegistryDefaultQuotaUpdated)
	if len(log.Data) > 0 {
		if err := datanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datanetRegistry.abi.Events[event].Inputs {
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

// DatanetRegistryOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the DatanetRegistry contract.
type DatanetRegistryOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const DatanetRegistryOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (DatanetRegistryOwnershipTransferStarted) ContractEventName() string {
	return DatanetRegistryOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (datanetRegistry *DatanetRegistry) UnpackOwnershipTransferStartedEvent(log *types.Log) (*DatanetRegistryOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datanetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatanetRegistryOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := datanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datanetRegistry.abi.Events[event].Inputs {
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

// DatanetRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the DatanetRegistry contract.
type DatanetRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const DatanetRegistryOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (DatanetRegistryOwnershipTransferred) ContractEventName() string {
	return DatanetRegistryOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (datanetRegistry *DatanetRegistry) UnpackOwnershipTransferredEvent(log *types.Log) (*DatanetRegistryOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datanetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatanetRegistryOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := datanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datanetRegistry.abi.Events[event].Inputs {
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

// DatanetRegistryPenaltyPolicyUpdated represents a PenaltyPolicyUpdated event raised by the DatanetRegistry contract.
type DatanetRegistryPenaltyPolicyUpdated struct {
	ThresholdBps uint16
	MinDecided   uint32
	Raw          *types.Log // Blockchain specific contextual infos
}

const DatanetRegistryPenaltyPolicyUpdatedEventName = "PenaltyPolicyUpdated"

// ContractEventName returns the user-defined event name.
func (DatanetRegistryPenaltyPolicyUpdated) ContractEventName() string {
	return DatanetRegistryPenaltyPolicyUpdatedEventName
}

// UnpackPenaltyPolicyUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PenaltyPolicyUpdated(uint16 thresholdBps, uint32 minDecided)
func (datanetRegistry *DatanetRegistry) UnpackPenaltyPolicyUpdatedEvent(log *types.Log) (*DatanetRegistryPenaltyPolicyUpdated, error) {
	event := "PenaltyPolicyUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datanetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatanetRegistryPenaltyPolicyUpdated)
	if len(log.Data) > 0 {
		if err := datanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datanetRegistry.abi.Events[event].Inputs {
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

// DatanetRegistryPenaltySinkSet represents a PenaltySinkSet event raised by the DatanetRegistry contract.
type DatanetRegistryPenaltySinkSet struct {
	Sink common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const DatanetRegistryPenaltySinkSetEventName = "PenaltySinkSet"

// ContractEventName returns the user-defined event name.
func (DatanetRegistryPenaltySinkSet) ContractEventName() string {
	return DatanetRegistryPenaltySinkSetEventName
}

// UnpackPenaltySinkSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PenaltySinkSet(address indexed sink)
func (datanetRegistry *DatanetRegistry) UnpackPenaltySinkSetEvent(log *types.Log) (*DatanetRegistryPenaltySinkSet, error) {
	event := "PenaltySinkSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datanetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatanetRegistryPenaltySinkSet)
	if len(log.Data) > 0 {
		if err := datanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datanetRegistry.abi.Events[event].Inputs {
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

// DatanetRegistryPenaltyStatusChanged represents a PenaltyStatusChanged event raised by the DatanetRegistry contract.
type DatanetRegistryPenaltyStatusChanged struct {
	DatanetId   *big.Int
	Contributor common.Address
	Penalized   bool
	Raw         *types.Log // Blockchain specific contextual infos
}

const DatanetRegistryPenaltyStatusChangedEventName = "PenaltyStatusChanged"

// ContractEventName returns the user-defined event name.
func (DatanetRegistryPenaltyStatusChanged) ContractEventName() string {
	return DatanetRegistryPenaltyStatusChangedEventName
}

// UnpackPenaltyStatusChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PenaltyStatusChanged(uint256 indexed datanetId, address indexed contributor, bool penalized)
func (datanetRegistry *DatanetRegistry) UnpackPenaltyStatusChangedEvent(log *types.Log) (*DatanetRegistryPenaltyStatusChanged, error) {
	event := "PenaltyStatusChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datanetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatanetRegistryPenaltyStatusChanged)
	if len(log.Data) > 0 {
		if err := datanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datanetRegistry.abi.Events[event].Inputs {
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

// DatanetRegistryQuorumUpdated represents a QuorumUpdated event raised by the DatanetRegistry contract.
type DatanetRegistryQuorumUpdated struct {
	DatanetId *big.Int
	Quorum    uint16
	Raw       *types.Log // Blockchain specific contextual infos
}

const DatanetRegistryQuorumUpdatedEventName = "QuorumUpdated"

// ContractEventName returns the user-defined event name.
func (DatanetRegistryQuorumUpdated) ContractEventName() string {
	return DatanetRegistryQuorumUpdatedEventName
}

// UnpackQuorumUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QuorumUpdated(uint256 indexed datanetId, uint16 quorum)
func (datanetRegistry *DatanetRegistry) UnpackQuorumUpdatedEvent(log *types.Log) (*DatanetRegistryQuorumUpdated, error) {
	event := "QuorumUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datanetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatanetRegistryQuorumUpdated)
	if len(log.Data) > 0 {
		if err := datanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datanetRegistry.abi.Events[event].Inputs {
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

// DatanetRegistryQuotaUpdated represents a QuotaUpdated event raised by the DatanetRegistry contract.
type DatanetRegistryQuotaUpdated struct {
	DatanetId *big.Int
	Quota     IDatanetRegistryQuota
	Raw       *types.Log // Blockchain specific contextual infos
}

const DatanetRegistryQuotaUpdatedEventName = "QuotaUpdated"

// ContractEventName returns the user-defined event name.
func (DatanetRegistryQuotaUpdated) ContractEventName() string {
	return DatanetRegistryQuotaUpdatedEventName
}

// UnpackQuotaUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QuotaUpdated(uint256 indexed datanetId, (uint32,uint64,uint64) quota)
func (datanetRegistry *DatanetRegistry) UnpackQuotaUpdatedEvent(log *types.Log) (*DatanetRegistryQuotaUpdated, error) {
	event := "QuotaUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datanetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatanetRegistryQuotaUpdated)
	if len(log.Data) > 0 {
		if err := datanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datanetRegistry.abi.Events[event].Inputs {
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

// DatanetRegistryReputationUpdated represents a ReputationUpdated event raised by the DatanetRegistry contract.
type DatanetRegistryReputationUpdated struct {
	DatanetId   *big.Int
	Contributor common.Address
	Submitted   uint64
	Accepted    uint64
	Rejected    uint64
	Score       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const DatanetRegistryReputationUpdatedEventName = "ReputationUpdated"

// ContractEventName returns the user-defined event name.
func (DatanetRegistryReputationUpdated) ContractEventName() string {
	return DatanetRegistryReputationUpdatedEventName
}

// UnpackReputationUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReputationUpdated(uint256 indexed datanetId, address indexed contributor, uint64 submitted, uint64 accepted, uint64 rejected, uint256 score)
func (datanetRegistry *DatanetRegistry) UnpackReputationUpdatedEvent(log *types.Log) (*DatanetRegistryReputationUpdated, error) {
	event := "ReputationUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datanetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatanetRegistryReputationUpdated)
	if len(log.Data) > 0 {
		if err := datanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datanetRegistry.abi.Events[event].Inputs {
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

// DatanetRegistryTreasuryUpdated represents a TreasuryUpdated event raised by the DatanetRegistry contract.
type DatanetRegistryTreasuryUpdated struct {
	Treasury common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const DatanetRegistryTreasuryUpdatedEventName = "TreasuryUpdated"

// ContractEventName returns the user-defined event name.
func (DatanetRegistryTreasuryUpdated) ContractEventName() string {
	return DatanetRegistryTreasuryUpdatedEventName
}

// UnpackTreasuryUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TreasuryUpdated(address indexed treasury)
func (datanetRegistry *DatanetRegistry) UnpackTreasuryUpdatedEvent(log *types.Log) (*DatanetRegistryTreasuryUpdated, error) {
	event := "TreasuryUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datanetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatanetRegistryTreasuryUpdated)
	if len(log.Data) > 0 {
		if err := datanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datanetRegistry.abi.Events[event].Inputs {
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

// DatanetRegistryValidatorAdded represents a ValidatorAdded event raised by the DatanetRegistry contract.
type DatanetRegistryValidatorAdded struct {
	DatanetId *big.Int
	Validator common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const DatanetRegistryValidatorAddedEventName = "ValidatorAdded"

// ContractEventName returns the user-defined event name.
func (DatanetRegistryValidatorAdded) ContractEventName() string {
	return DatanetRegistryValidatorAddedEventName
}

// UnpackValidatorAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorAdded(uint256 indexed datanetId, address indexed validator)
func (datanetRegistry *DatanetRegistry) UnpackValidatorAddedEvent(log *types.Log) (*DatanetRegistryValidatorAdded, error) {
	event := "ValidatorAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datanetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatanetRegistryValidatorAdded)
	if len(log.Data) > 0 {
		if err := datanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datanetRegistry.abi.Events[event].Inputs {
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

// DatanetRegistryValidatorManagerSet represents a ValidatorManagerSet event raised by the DatanetRegistry contract.
type DatanetRegistryValidatorManagerSet struct {
	Manager common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DatanetRegistryValidatorManagerSetEventName = "ValidatorManagerSet"

// ContractEventName returns the user-defined event name.
func (DatanetRegistryValidatorManagerSet) ContractEventName() string {
	return DatanetRegistryValidatorManagerSetEventName
}

// UnpackValidatorManagerSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorManagerSet(address indexed manager)
func (datanetRegistry *DatanetRegistry) UnpackValidatorManagerSetEvent(log *types.Log) (*DatanetRegistryValidatorManagerSet, error) {
	event := "ValidatorManagerSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datanetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatanetRegistryValidatorManagerSet)
	if len(log.Data) > 0 {
		if err := datanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datanetRegistry.abi.Events[event].Inputs {
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

// DatanetRegistryValidatorModeUpdated represents a ValidatorModeUpdated event raised by the DatanetRegistry contract.
type DatanetRegistryValidatorModeUpdated struct {
	DatanetId *big.Int
	Mode      uint8
	Quorum    uint16
	Raw       *types.Log // Blockchain specific contextual infos
}

const DatanetRegistryValidatorModeUpdatedEventName = "ValidatorModeUpdated"

// ContractEventName returns the user-defined event name.
func (DatanetRegistryValidatorModeUpdated) ContractEventName() string {
	return DatanetRegistryValidatorModeUpdatedEventName
}

// UnpackValidatorModeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorModeUpdated(uint256 indexed datanetId, uint8 mode, uint16 quorum)
func (datanetRegistry *DatanetRegistry) UnpackValidatorModeUpdatedEvent(log *types.Log) (*DatanetRegistryValidatorModeUpdated, error) {
	event := "ValidatorModeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datanetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatanetRegistryValidatorModeUpdated)
	if len(log.Data) > 0 {
		if err := datanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datanetRegistry.abi.Events[event].Inputs {
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

// DatanetRegistryValidatorRemoved represents a ValidatorRemoved event raised by the DatanetRegistry contract.
type DatanetRegistryValidatorRemoved struct {
	DatanetId *big.Int
	Validator common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const DatanetRegistryValidatorRemovedEventName = "ValidatorRemoved"

// ContractEventName returns the user-defined event name.
func (DatanetRegistryValidatorRemoved) ContractEventName() string {
	return DatanetRegistryValidatorRemovedEventName
}

// UnpackValidatorRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ValidatorRemoved(uint256 indexed datanetId, address indexed validator)
func (datanetRegistry *DatanetRegistry) UnpackValidatorRemovedEvent(log *types.Log) (*DatanetRegistryValidatorRemoved, error) {
	event := "ValidatorRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datanetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatanetRegistryValidatorRemoved)
	if len(log.Data) > 0 {
		if err := datanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datanetRegistry.abi.Events[event].Inputs {
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

// DatanetRegistryWeightedVote represents a WeightedVote event raised by the DatanetRegistry contract.
type DatanetRegistryWeightedVote struct {
	ContributionId *big.Int
	Validator      common.Address
	Accept         bool
	Weight         *big.Int
	AcceptWeight   *big.Int
	RejectWeight   *big.Int
	TotalWeight    *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const DatanetRegistryWeightedVoteEventName = "WeightedVote"

// ContractEventName returns the user-defined event name.
func (DatanetRegistryWeightedVote) ContractEventName() string {
	return DatanetRegistryWeightedVoteEventName
}

// UnpackWeightedVoteEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WeightedVote(uint256 indexed contributionId, address indexed validator, bool accept, uint256 weight, uint256 acceptWeight, uint256 rejectWeight, uint256 totalWeight)
func (datanetRegistry *DatanetRegistry) UnpackWeightedVoteEvent(log *types.Log) (*DatanetRegistryWeightedVote, error) {
	event := "WeightedVote"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != datanetRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DatanetRegistryWeightedVote)
	if len(log.Data) > 0 {
		if err := datanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range datanetRegistry.abi.Events[event].Inputs {
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
func (datanetRegistry *DatanetRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["AcceptedCountOutOfRange"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackAcceptedCountOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["AcceptedIndexOutOfRange"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackAcceptedIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["AlreadyValidator"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackAlreadyValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["AlreadyVoted"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackAlreadyVotedError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["ContributionTooLarge"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackContributionTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["ContributorByteQuotaExceeded"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackContributorByteQuotaExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["ContributorFileQuotaExceeded"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackContributorFileQuotaExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["DatanetByteQuotaExceeded"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackDatanetByteQuotaExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["EmptyURI"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackEmptyURIError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["InvalidPenaltyPolicy"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackInvalidPenaltyPolicyError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["InvalidQuorum"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackInvalidQuorumError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["InvalidQuota"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackInvalidQuotaError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["InvalidWeightQuorum"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackInvalidWeightQuorumError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["NotDatanetOwner"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackNotDatanetOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["NotValidator"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackNotValidatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["NotValidatorManager"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackNotValidatorManagerError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["PenaltySinkAlreadySet"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackPenaltySinkAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["TooManyValidators"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackTooManyValidatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["TransferAmountMismatch"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackTransferAmountMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["UnknownContribution"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackUnknownContributionError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["UnknownDatanet"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackUnknownDatanetError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["ValidatorManagerAlreadySet"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackValidatorManagerAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["ValidatorManagerUnset"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackValidatorManagerUnsetError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["ValidatorModeLocked"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackValidatorModeLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["ZeroHash"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackZeroHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["ZeroSize"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackZeroSizeError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DatanetRegistryAcceptedCountOutOfRange represents a AcceptedCountOutOfRange error raised by the DatanetRegistry contract.
type DatanetRegistryAcceptedCountOutOfRange struct {
	DatanetId     *big.Int
	Count         *big.Int
	AcceptedCount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AcceptedCountOutOfRange(uint256 datanetId, uint256 count, uint256 acceptedCount)
func DatanetRegistryAcceptedCountOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x647b27a634151c2fad6e3bdd67f32f1e775999fb7e648d4840b5f779156b526f")
}

// UnpackAcceptedCountOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AcceptedCountOutOfRange(uint256 datanetId, uint256 count, uint256 acceptedCount)
func (datanetRegistry *DatanetRegistry) UnpackAcceptedCountOutOfRangeError(raw []byte) (*DatanetRegistryAcceptedCountOutOfRange, error) {
	out := new(DatanetRegistryAcceptedCountOutOfRange)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "AcceptedCountOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryAcceptedIndexOutOfRange represents a AcceptedIndexOutOfRange error raised by the DatanetRegistry contract.
type DatanetRegistryAcceptedIndexOutOfRange struct {
	DatanetId     *big.Int
	AcceptedIndex *big.Int
	AcceptedCount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AcceptedIndexOutOfRange(uint256 datanetId, uint256 acceptedIndex, uint256 acceptedCount)
func DatanetRegistryAcceptedIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x777e9f80fd81f3c7c843986b8e938cf212629ed313573843f47de215e41358e6")
}

// UnpackAcceptedIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AcceptedIndexOutOfRange(uint256 datanetId, uint256 acceptedIndex, uint256 acceptedCount)
func (datanetRegistry *DatanetRegistry) UnpackAcceptedIndexOutOfRangeError(raw []byte) (*DatanetRegistryAcceptedIndexOutOfRange, error) {
	out := new(DatanetRegistryAcceptedIndexOutOfRange)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "AcceptedIndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryAlreadyValidator represents a AlreadyValidator error raised by the DatanetRegistry contract.
type DatanetRegistryAlreadyValidator struct {
	DatanetId *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyValidator(uint256 datanetId, address validator)
func DatanetRegistryAlreadyValidatorErrorID() common.Hash {
	return common.HexToHash("0x71af8dd5887ac1b0e694250d927b98a80c6526ae0c025318bcd222923248335b")
}

// UnpackAlreadyValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyValidator(uint256 datanetId, address validator)
func (datanetRegistry *DatanetRegistry) UnpackAlreadyValidatorError(raw []byte) (*DatanetRegistryAlreadyValidator, error) {
	out := new(DatanetRegistryAlreadyValidator)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "AlreadyValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryAlreadyVoted represents a AlreadyVoted error raised by the DatanetRegistry contract.
type DatanetRegistryAlreadyVoted struct {
	ContributionId *big.Int
	Validator      common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyVoted(uint256 contributionId, address validator)
func DatanetRegistryAlreadyVotedErrorID() common.Hash {
	return common.HexToHash("0x04f9da634a3ce855cf7785808a673a41608288999dcd1d08e55bb33c69118f4a")
}

// UnpackAlreadyVotedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyVoted(uint256 contributionId, address validator)
func (datanetRegistry *DatanetRegistry) UnpackAlreadyVotedError(raw []byte) (*DatanetRegistryAlreadyVoted, error) {
	out := new(DatanetRegistryAlreadyVoted)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "AlreadyVoted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryContributionTooLarge represents a ContributionTooLarge error raised by the DatanetRegistry contract.
type DatanetRegistryContributionTooLarge struct {
	Size *big.Int
	Max  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ContributionTooLarge(uint256 size, uint256 max)
func DatanetRegistryContributionTooLargeErrorID() common.Hash {
	return common.HexToHash("0x058baee9819c111f65251adfbf0a3cf545190fed3a13f4e00a2408e2a15ecc1c")
}

// UnpackContributionTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ContributionTooLarge(uint256 size, uint256 max)
func (datanetRegistry *DatanetRegistry) UnpackContributionTooLargeError(raw []byte) (*DatanetRegistryContributionTooLarge, error) {
	out := new(DatanetRegistryContributionTooLarge)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "ContributionTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryContributorByteQuotaExceeded represents a ContributorByteQuotaExceeded error raised by the DatanetRegistry contract.
type DatanetRegistryContributorByteQuotaExceeded struct {
	DatanetId   *big.Int
	Contributor common.Address
	BytesUsed   *big.Int
	Limit       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ContributorByteQuotaExceeded(uint256 datanetId, address contributor, uint256 bytesUsed, uint256 limit)
func DatanetRegistryContributorByteQuotaExceededErrorID() common.Hash {
	return common.HexToHash("0xda9d1a1b82291148baf90651e4e8770732ebe0c70f7651a93a2150323369c525")
}

// UnpackContributorByteQuotaExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ContributorByteQuotaExceeded(uint256 datanetId, address contributor, uint256 bytesUsed, uint256 limit)
func (datanetRegistry *DatanetRegistry) UnpackContributorByteQuotaExceededError(raw []byte) (*DatanetRegistryContributorByteQuotaExceeded, error) {
	out := new(DatanetRegistryContributorByteQuotaExceeded)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "ContributorByteQuotaExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryContributorFileQuotaExceeded represents a ContributorFileQuotaExceeded error raised by the DatanetRegistry contract.
type DatanetRegistryContributorFileQuotaExceeded struct {
	DatanetId   *big.Int
	Contributor common.Address
	Files       *big.Int
	Limit       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ContributorFileQuotaExceeded(uint256 datanetId, address contributor, uint256 files, uint256 limit)
func DatanetRegistryContributorFileQuotaExceededErrorID() common.Hash {
	return common.HexToHash("0x80774c607c7d036dafecf4770d3835b7b091b21643618c6407d623f0628f39af")
}

// UnpackContributorFileQuotaExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ContributorFileQuotaExceeded(uint256 datanetId, address contributor, uint256 files, uint256 limit)
func (datanetRegistry *DatanetRegistry) UnpackContributorFileQuotaExceededError(raw []byte) (*DatanetRegistryContributorFileQuotaExceeded, error) {
	out := new(DatanetRegistryContributorFileQuotaExceeded)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "ContributorFileQuotaExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryDatanetByteQuotaExceeded represents a DatanetByteQuotaExceeded error raised by the DatanetRegistry contract.
type DatanetRegistryDatanetByteQuotaExceeded struct {
	DatanetId *big.Int
	BytesUsed *big.Int
	Limit     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DatanetByteQuotaExceeded(uint256 datanetId, uint256 bytesUsed, uint256 limit)
func DatanetRegistryDatanetByteQuotaExceededErrorID() common.Hash {
	return common.HexToHash("0x042d403ae157b13d77ffb2a095c5b48a268fd4c7ab4c2ffaf5bbab4e09a6679a")
}

// UnpackDatanetByteQuotaExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DatanetByteQuotaExceeded(uint256 datanetId, uint256 bytesUsed, uint256 limit)
func (datanetRegistry *DatanetRegistry) UnpackDatanetByteQuotaExceededError(raw []byte) (*DatanetRegistryDatanetByteQuotaExceeded, error) {
	out := new(DatanetRegistryDatanetByteQuotaExceeded)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "DatanetByteQuotaExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryEmptyURI represents a EmptyURI error raised by the DatanetRegistry contract.
type DatanetRegistryEmptyURI struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyURI()
func DatanetRegistryEmptyURIErrorID() common.Hash {
	return common.HexToHash("0xd07b00d637fc447c4db1e1470623ac6e1155e0708df4f0b16edf7d6673bfd61e")
}

// UnpackEmptyURIError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyURI()
func (datanetRegistry *DatanetRegistry) UnpackEmptyURIError(raw []byte) (*DatanetRegistryEmptyURI, error) {
	out := new(DatanetRegistryEmptyURI)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "EmptyURI", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryInvalidPenaltyPolicy represents a InvalidPenaltyPolicy error raised by the DatanetRegistry contract.
type DatanetRegistryInvalidPenaltyPolicy struct {
	ThresholdBps *big.Int
	MinDecided   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPenaltyPolicy(uint256 thresholdBps, uint256 minDecided)
func DatanetRegistryInvalidPenaltyPolicyErrorID() common.Hash {
	return common.HexToHash("0x525a11820ceb9d9e64f3458032d4bcad59e3ca830bb018b7fbc06c395e7e9923")
}

// UnpackInvalidPenaltyPolicyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPenaltyPolicy(uint256 thresholdBps, uint256 minDecided)
func (datanetRegistry *DatanetRegistry) UnpackInvalidPenaltyPolicyError(raw []byte) (*DatanetRegistryInvalidPenaltyPolicy, error) {
	out := new(DatanetRegistryInvalidPenaltyPolicy)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "InvalidPenaltyPolicy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryInvalidQuorum represents a InvalidQuorum error raised by the DatanetRegistry contract.
type DatanetRegistryInvalidQuorum struct {
	Quorum         *big.Int
	ValidatorCount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidQuorum(uint256 quorum, uint256 validatorCount)
func DatanetRegistryInvalidQuorumErrorID() common.Hash {
	return common.HexToHash("0x2b0b138a64912ef2e139663172a155809b9933260a484efa5dda674b8e1112d2")
}

// UnpackInvalidQuorumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidQuorum(uint256 quorum, uint256 validatorCount)
func (datanetRegistry *DatanetRegistry) UnpackInvalidQuorumError(raw []byte) (*DatanetRegistryInvalidQuorum, error) {
	out := new(DatanetRegistryInvalidQuorum)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "InvalidQuorum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryInvalidQuota represents a InvalidQuota error raised by the DatanetRegistry contract.
type DatanetRegistryInvalidQuota struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidQuota()
func DatanetRegistryInvalidQuotaErrorID() common.Hash {
	return common.HexToHash("0x86efa9bab2f0c01cfcc09a018d37d97491f364a54c3ecd6529cea03105134dfb")
}

// UnpackInvalidQuotaError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidQuota()
func (datanetRegistry *DatanetRegistry) UnpackInvalidQuotaError(raw []byte) (*DatanetRegistryInvalidQuota, error) {
	out := new(DatanetRegistryInvalidQuota)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "InvalidQuota", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryInvalidWeightQuorum represents a InvalidWeightQuorum error raised by the DatanetRegistry contract.
type DatanetRegistryInvalidWeightQuorum struct {
	QuorumBps *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidWeightQuorum(uint256 quorumBps)
func DatanetRegistryInvalidWeightQuorumErrorID() common.Hash {
	return common.HexToHash("0x33c9ad45ab7d4ec665006167dcbd4089ed92080cf22761bd6d9a55ed81799b76")
}

// UnpackInvalidWeightQuorumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidWeightQuorum(uint256 quorumBps)
func (datanetRegistry *DatanetRegistry) UnpackInvalidWeightQuorumError(raw []byte) (*DatanetRegistryInvalidWeightQuorum, error) {
	out := new(DatanetRegistryInvalidWeightQuorum)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "InvalidWeightQuorum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryNotDatanetOwner represents a NotDatanetOwner error raised by the DatanetRegistry contract.
type DatanetRegistryNotDatanetOwner struct {
	DatanetId *big.Int
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDatanetOwner(uint256 datanetId, address caller)
func DatanetRegistryNotDatanetOwnerErrorID() common.Hash {
	return common.HexToHash("0xcb15e4364ba3c6d17262c0aa2b9a77d85e285e4c52d91e300fa5e0596aae12ec")
}

// UnpackNotDatanetOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDatanetOwner(uint256 datanetId, address caller)
func (datanetRegistry *DatanetRegistry) UnpackNotDatanetOwnerError(raw []byte) (*DatanetRegistryNotDatanetOwner, error) {
	out := new(DatanetRegistryNotDatanetOwner)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "NotDatanetOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryNotPending represents a NotPending error raised by the DatanetRegistry contract.
type DatanetRegistryNotPending struct {
	ContributionId *big.Int
	Status         uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending(uint256 contributionId, uint8 status)
func DatanetRegistryNotPendingErrorID() common.Hash {
	return common.HexToHash("0x8b28b8fae6b6dd93d291081b098193b37a9cf52c5c307195f43c5d210eaa3532")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending(uint256 contributionId, uint8 status)
func (datanetRegistry *DatanetRegistry) UnpackNotPendingError(raw []byte) (*DatanetRegistryNotPending, error) {
	out := new(DatanetRegistryNotPending)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryNotValidator represents a NotValidator error raised by the DatanetRegistry contract.
type DatanetRegistryNotValidator struct {
	DatanetId *big.Int
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotValidator(uint256 datanetId, address caller)
func DatanetRegistryNotValidatorErrorID() common.Hash {
	return common.HexToHash("0xc89bb95f5b1f5d2e337746c039bd8edb9cd1cfbf49dd5c27f2abeae8e5e9ccd0")
}

// UnpackNotValidatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotValidator(uint256 datanetId, address caller)
func (datanetRegistry *DatanetRegistry) UnpackNotValidatorError(raw []byte) (*DatanetRegistryNotValidator, error) {
	out := new(DatanetRegistryNotValidator)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "NotValidator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryNotValidatorManager represents a NotValidatorManager error raised by the DatanetRegistry contract.
type DatanetRegistryNotValidatorManager struct {
	DatanetId *big.Int
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotValidatorManager(uint256 datanetId, address caller)
func DatanetRegistryNotValidatorManagerErrorID() common.Hash {
	return common.HexToHash("0x98a40db2359774a7ec1463a447301a3c4ce9e7eccba3b2ec357fe2e3d5a5a04f")
}

// UnpackNotValidatorManagerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotValidatorManager(uint256 datanetId, address caller)
func (datanetRegistry *DatanetRegistry) UnpackNotValidatorManagerError(raw []byte) (*DatanetRegistryNotValidatorManager, error) {
	out := new(DatanetRegistryNotValidatorManager)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "NotValidatorManager", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the DatanetRegistry contract.
type DatanetRegistryOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func DatanetRegistryOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (datanetRegistry *DatanetRegistry) UnpackOwnableInvalidOwnerError(raw []byte) (*DatanetRegistryOwnableInvalidOwner, error) {
	out := new(DatanetRegistryOwnableInvalidOwner)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the DatanetRegistry contract.
type DatanetRegistryOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func DatanetRegistryOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (datanetRegistry *DatanetRegistry) UnpackOwnableUnauthorizedAccountError(raw []byte) (*DatanetRegistryOwnableUnauthorizedAccount, error) {
	out := new(DatanetRegistryOwnableUnauthorizedAccount)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryPenaltySinkAlreadySet represents a PenaltySinkAlreadySet error raised by the DatanetRegistry contract.
type DatanetRegistryPenaltySinkAlreadySet struct {
	Sink common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PenaltySinkAlreadySet(address sink)
func DatanetRegistryPenaltySinkAlreadySetErrorID() common.Hash {
	return common.HexToHash("0x5b26dfa513be09ad89b374dd7de5f34f0a21c016b34f4dd05a1fb4fa0af3a4ab")
}

// UnpackPenaltySinkAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PenaltySinkAlreadySet(address sink)
func (datanetRegistry *DatanetRegistry) UnpackPenaltySinkAlreadySetError(raw []byte) (*DatanetRegistryPenaltySinkAlreadySet, error) {
	out := new(DatanetRegistryPenaltySinkAlreadySet)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "PenaltySinkAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistrySafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the DatanetRegistry contract.
type DatanetRegistrySafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func DatanetRegistrySafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (datanetRegistry *DatanetRegistry) UnpackSafeERC20FailedOperationError(raw []byte) (*DatanetRegistrySafeERC20FailedOperation, error) {
	out := new(DatanetRegistrySafeERC20FailedOperation)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryTooManyValidators represents a TooManyValidators error raised by the DatanetRegistry contract.
type DatanetRegistryTooManyValidators struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyValidators(uint256 count, uint256 max)
func DatanetRegistryTooManyValidatorsErrorID() common.Hash {
	return common.HexToHash("0x2152704b5a5f00b2dde01eded07e6de70317b3126c3ede7821a8612d1c9eb101")
}

// UnpackTooManyValidatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyValidators(uint256 count, uint256 max)
func (datanetRegistry *DatanetRegistry) UnpackTooManyValidatorsError(raw []byte) (*DatanetRegistryTooManyValidators, error) {
	out := new(DatanetRegistryTooManyValidators)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "TooManyValidators", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryTransferAmountMismatch represents a TransferAmountMismatch error raised by the DatanetRegistry contract.
type DatanetRegistryTransferAmountMismatch struct {
	Expected *big.Int
	Received *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferAmountMismatch(uint256 expected, uint256 received)
func DatanetRegistryTransferAmountMismatchErrorID() common.Hash {
	return common.HexToHash("0xb6a9b654dee4927456f6162146bc13897422fded910bff5982bab9b0139eaa6c")
}

// UnpackTransferAmountMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferAmountMismatch(uint256 expected, uint256 received)
func (datanetRegistry *DatanetRegistry) UnpackTransferAmountMismatchError(raw []byte) (*DatanetRegistryTransferAmountMismatch, error) {
	out := new(DatanetRegistryTransferAmountMismatch)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "TransferAmountMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryUnknownContribution represents a UnknownContribution error raised by the DatanetRegistry contract.
type DatanetRegistryUnknownContribution struct {
	ContributionId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownContribution(uint256 contributionId)
func DatanetRegistryUnknownContributionErrorID() common.Hash {
	return common.HexToHash("0xf5e18ac88e0607cf7fd6f1d25336dcc1eea8c1f3fd38a252a8e11e5a6d39d5b9")
}

// UnpackUnknownContributionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownContribution(uint256 contributionId)
func (datanetRegistry *DatanetRegistry) UnpackUnknownContributionError(raw []byte) (*DatanetRegistryUnknownContribution, error) {
	out := new(DatanetRegistryUnknownContribution)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "UnknownContribution", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryUnknownDatanet represents a UnknownDatanet error raised by the DatanetRegistry contract.
type DatanetRegistryUnknownDatanet struct {
	DatanetId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownDatanet(uint256 datanetId)
func DatanetRegistryUnknownDatanetErrorID() common.Hash {
	return common.HexToHash("0xadd591b51022e300e598bc13593d86b7e485b5b697ed063242df2c799e575008")
}

// UnpackUnknownDatanetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownDatanet(uint256 datanetId)
func (datanetRegistry *DatanetRegistry) UnpackUnknownDatanetError(raw []byte) (*DatanetRegistryUnknownDatanet, error) {
	out := new(DatanetRegistryUnknownDatanet)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "UnknownDatanet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryValidatorManagerAlreadySet represents a ValidatorManagerAlreadySet error raised by the DatanetRegistry contract.
type DatanetRegistryValidatorManagerAlreadySet struct {
	Manager common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValidatorManagerAlreadySet(address manager)
func DatanetRegistryValidatorManagerAlreadySetErrorID() common.Hash {
	return common.HexToHash("0xf0ad9625b3cee0d0e9a2930be2c1089ebea6d6e92097101b905859ebecc28621")
}

// UnpackValidatorManagerAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValidatorManagerAlreadySet(address manager)
func (datanetRegistry *DatanetRegistry) UnpackValidatorManagerAlreadySetError(raw []byte) (*DatanetRegistryValidatorManagerAlreadySet, error) {
	out := new(DatanetRegistryValidatorManagerAlreadySet)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "ValidatorManagerAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryValidatorManagerUnset represents a ValidatorManagerUnset error raised by the DatanetRegistry contract.
type DatanetRegistryValidatorManagerUnset struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValidatorManagerUnset()
func DatanetRegistryValidatorManagerUnsetErrorID() common.Hash {
	return common.HexToHash("0x96dfe72b2c1f073a48aa503f89b4339876ea6346aea119f10d956f35d3e94728")
}

// UnpackValidatorManagerUnsetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValidatorManagerUnset()
func (datanetRegistry *DatanetRegistry) UnpackValidatorManagerUnsetError(raw []byte) (*DatanetRegistryValidatorManagerUnset, error) {
	out := new(DatanetRegistryValidatorManagerUnset)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "ValidatorManagerUnset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryValidatorModeLocked represents a ValidatorModeLocked error raised by the DatanetRegistry contract.
type DatanetRegistryValidatorModeLocked struct {
	DatanetId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValidatorModeLocked(uint256 datanetId)
func DatanetRegistryValidatorModeLockedErrorID() common.Hash {
	return common.HexToHash("0xa9261faf088a1d0f851de3f1436f58ac310474e651403bfa06c1b5c07d98de9f")
}

// UnpackValidatorModeLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValidatorModeLocked(uint256 datanetId)
func (datanetRegistry *DatanetRegistry) UnpackValidatorModeLockedError(raw []byte) (*DatanetRegistryValidatorModeLocked, error) {
	out := new(DatanetRegistryValidatorModeLocked)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "ValidatorModeLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryZeroAddress represents a ZeroAddress error raised by the DatanetRegistry contract.
type DatanetRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func DatanetRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (datanetRegistry *DatanetRegistry) UnpackZeroAddressError(raw []byte) (*DatanetRegistryZeroAddress, error) {
	out := new(DatanetRegistryZeroAddress)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryZeroHash represents a ZeroHash error raised by the DatanetRegistry contract.
type DatanetRegistryZeroHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroHash()
func DatanetRegistryZeroHashErrorID() common.Hash {
	return common.HexToHash("0xf1ae58d53750b958ce0ecfcfb8703282d23f4108c501df126d4c9e83b187c78e")
}

// UnpackZeroHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroHash()
func (datanetRegistry *DatanetRegistry) UnpackZeroHashError(raw []byte) (*DatanetRegistryZeroHash, error) {
	out := new(DatanetRegistryZeroHash)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "ZeroHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DatanetRegistryZeroSize represents a ZeroSize error raised by the DatanetRegistry contract.
type DatanetRegistryZeroSize struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroSize()
func DatanetRegistryZeroSizeErrorID() common.Hash {
	return common.HexToHash("0xc459d23f86dc237d60f25930dbe32526b4a0647aedafcb4d9eae9cc735a61673")
}

// UnpackZeroSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroSize()
func (datanetRegistry *DatanetRegistry) UnpackZeroSizeError(raw []byte) (*DatanetRegistryZeroSize, error) {
	out := new(DatanetRegistryZeroSize)
	if err := datanetRegistry.abi.UnpackIntoInterface(out, "ZeroSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}
