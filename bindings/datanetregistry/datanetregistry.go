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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_BYTES_PER_CONTRIBUTOR_PER_DAY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_BYTES_PER_DATANET_PER_DAY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_FILES_PER_CONTRIBUTOR_PER_DAY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_VALIDATORS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"acceptedContribution\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"acceptedIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"accumulatorAt\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"addValidator\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"contribute\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"size\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"uri\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"contributionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"contribution\",\"inputs\":[{\"name\":\"contributionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIDatanetRegistry.Contribution\",\"components\":[{\"name\":\"contributor\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"datanetId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"size\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumIDatanetRegistry.Status\"},{\"name\":\"accepts\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"rejects\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"acceptedIndex\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"bond\",\"type\":\"uint96\",\"internalType\":\"uint96\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"createDatanet\",\"inputs\":[{\"name\":\"params\",\"type\":\"tuple\",\"internalType\":\"structIDatanetRegistry.DatanetParams\",\"components\":[{\"name\":\"metadataURI\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumIDatanetRegistry.Kind\"},{\"name\":\"bond\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"forfeitBondOnReject\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"validators\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"quorum\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]}],\"outputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"datanet\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIDatanetRegistry.Datanet\",\"components\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumIDatanetRegistry.Kind\"},{\"name\":\"forfeitBondOnReject\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"quorum\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"validatorCount\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"bond\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"contributionCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"acceptedCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"accumulator\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"quota\",\"type\":\"tuple\",\"internalType\":\"structIDatanetRegistry.Quota\",\"components\":[{\"name\":\"filesPerContributorPerDay\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"bytesPerContributorPerDay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"bytesPerDatanetPerDay\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"hasVoted\",\"inputs\":[{\"name\":\"contributionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isValidator\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"removeValidator\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"reputation\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"contributor\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIDatanetRegistry.Reputation\",\"components\":[{\"name\":\"submitted\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"accepted\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"rejected\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"reputationScore\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"contributor\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setDatanetOwner\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMetadataURI\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"metadataURI\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setQuorum\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"quorum\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setQuota\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"quota\",\"type\":\"tuple\",\"internalType\":\"structIDatanetRegistry.Quota\",\"components\":[{\"name\":\"filesPerContributorPerDay\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"bytesPerContributorPerDay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"bytesPerDatanetPerDay\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setTreasury\",\"inputs\":[{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"treasury\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"usageToday\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"contributor\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"contributorFiles\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"contributorBytes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"datanetBytes\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"validators\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"vote\",\"inputs\":[{\"name\":\"contributionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"accept\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"BondSettled\",\"inputs\":[{\"name\":\"contributionId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"},{\"name\":\"toTreasury\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ContributionFinalized\",\"inputs\":[{\"name\":\"contributionId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"contributor\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"status\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumIDatanetRegistry.Status\"},{\"name\":\"acceptedIndex\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"accumulator\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ContributionSubmitted\",\"inputs\":[{\"name\":\"contributionId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"contributor\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"contentHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"size\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"},{\"name\":\"uri\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"bond\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ContributionVoted\",\"inputs\":[{\"name\":\"contributionId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"accept\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"accepts\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"rejects\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DatanetCreated\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumIDatanetRegistry.Kind\"},{\"name\":\"metadataURI\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"bond\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"},{\"name\":\"forfeitBondOnReject\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"quorum\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DatanetMetadataUpdated\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"metadataURI\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DatanetOwnerChanged\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"QuorumUpdated\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"quorum\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"QuotaUpdated\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"quota\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structIDatanetRegistry.Quota\",\"components\":[{\"name\":\"filesPerContributorPerDay\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"bytesPerContributorPerDay\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"bytesPerDatanetPerDay\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ReputationUpdated\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"contributor\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"submitted\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"accepted\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"rejected\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"score\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TreasuryUpdated\",\"inputs\":[{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ValidatorAdded\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ValidatorRemoved\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AcceptedCountOutOfRange\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"acceptedCount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AcceptedIndexOutOfRange\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"acceptedIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"acceptedCount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AlreadyValidator\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"AlreadyVoted\",\"inputs\":[{\"name\":\"contributionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ContributionTooLarge\",\"inputs\":[{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ContributorByteQuotaExceeded\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"contributor\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"bytesUsed\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"limit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ContributorFileQuotaExceeded\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"contributor\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"files\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"limit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DatanetByteQuotaExceeded\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"bytesUsed\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"limit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EmptyURI\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidQuorum\",\"inputs\":[{\"name\":\"quorum\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"validatorCount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidQuota\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"NotDatanetOwner\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotPending\",\"inputs\":[{\"name\":\"contributionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumIDatanetRegistry.Status\"}]},{\"type\":\"error\",\"name\":\"NotValidator\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"TooManyValidators\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TransferAmountMismatch\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"received\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownContribution\",\"inputs\":[{\"name\":\"contributionId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownDatanet\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroHash\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroSize\",\"inputs\":[]}]",
	ID:  "DatanetRegistry",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161411c38038061411c83398101604081905261002e9161017b565b806001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b610065816100f5565b506001600160a01b038316158061008357506001600160a01b038216155b156100a15760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03838116608052600280546001600160a01b03191691841691821790556040517f7dae230f18360d76a040c81f050aa14eb9d6dc7901b20fc5d855e2a20fe814d1905f90a25050506101bb565b600180546001600160a01b031916905561010e81610111565b50565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b80516001600160a01b0381168114610176575f5ffd5b919050565b5f5f5f6060848603121561018d575f5ffd5b61019684610160565b92506101a460208501610160565b91506101b260408501610160565b90509250925092565b608051613f3b6101e15f395f818161058f0152818161137801526131270152613f3b5ff3fe608060405234801561000f575f5ffd5b50600436106101dc575f3560e01c8063714897df11610109578063c9d27afe1161009e578063f0f442601161006e578063f0f4426014610567578063f2fde38b1461057a578063fc0c546a1461058d578063fec895bd146105b3575f5ffd5b8063c9d27afe14610510578063e30c397814610523578063e696171e14610534578063e8709c4014610547575f5ffd5b806391671dad116100d957806391671dad146104b25780639bca2a77146104cf5780639faf5201146104fd578063c24dd7231461021b575f5ffd5b8063714897df1461048a578063715018a61461049257806379ba50971461049a5780638da5cb5b146104a2575f5ffd5b80634b5617531161017f57806362a2a36e1161014f57806362a2a36e1461035457806364c4e476146104445780636a0cd1f51461045757806371111b411461046a575f5ffd5b80634b561753146102f05780635678582514610303578063567fcb811461031657806361d027b314610329575f5ffd5b806323f2a73f116101ba57806323f2a73f1461023e57806335aa2e44146102855780633c48c56f146102a557806343859632146102b8575f5ffd5b8063029d6ad0146101e0578063087dce9414610206578063147a388a1461021b575b5f5ffd5b6101f36101ee366004613508565b6105c6565b6040519081526020015b60405180910390f35b610219610214366004613577565b61063d565b005b6102256298968081565b60405167ffffffffffffffff90911681526020016101fd565b61027561024c366004613508565b5f9182526007602090815260408084206001600160a01b03939093168452919052902054151590565b60405190151581526020016101fd565b6102986102933660046135bf565b6106c0565b6040516101fd91906135d6565b6101f36102b3366004613621565b610729565b6102756102c6366004613508565b5f9182526008602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6102196102fe366004613508565b610d75565b610219610311366004613508565b610f81565b6101f361032436600461366b565b611031565b60025461033c906001600160a01b031681565b6040516001600160a01b0390911681526020016101fd565b610411610362366004613508565b60408051606080820183525f8083526020808401829052928401819052948552600582528285206001600160a01b0394909416855292815292819020815192830182525464ffffffffff700100000000000000000000000000000000820481168452750100000000000000000000000000000000000000000082048116948401949094527a01000000000000000000000000000000000000000000000000000090049092169181019190915290565b60408051825167ffffffffffffffff908116825260208085015182169083015292820151909216908201526060016101fd565b6102196104523660046136df565b6113ba565b610219610465366004613508565b6114dc565b61047d6104783660046135bf565b6117bf565b6040516101fd919061376f565b6101f3602081565b6102196119ff565b610219611a12565b5f546001600160a01b031661033c565b6104ba601481565b60405163ffffffff90911681526020016101fd565b6104e26104dd366004613508565b611a6f565b604080519384526020840192909252908201526060016101fd565b6101f361050b366004613884565b611b26565b61021961051e3660046138b3565b611bc2565b6001546001600160a01b031661033c565b6102196105423660046138d4565b611f75565b61055a6105553660046135bf565b61212f565b6040516101fd9190613927565b6102196105753660046139e8565b61232f565b6102196105883660046139e8565b6123d8565b7f000000000000000000000000000000000000000000000000000000000000000061033c565b6101f36105c1366004613884565b612460565b5f8281526005602090815260408083206001600160a01b0385168452909152812080546106339064ffffffffff750100000000000000000000000000000000000000000082048116917a0100000000000000000000000000000000000000000000000000009004166124fb565b9150505b92915050565b6106468361252e565b505f819003610681576040517fd07b00d600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b827f8aebffa78648f76cfd542db282a94565b5ce16abe051d8c264b7abc71b9d5d8b83836040516106b3929190613a48565b60405180910390a2505050565b5f8181526006602090815260409182902080548351818402810184019094528084526060939283018282801561071d57602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116106ff575b50505050509050919050565b5f6107348280613a63565b90505f0361076e576040517fd07b00d600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f61077c6080840184613ac4565b91505060208111156107c9576040517f2152704b00000000000000000000000000000000000000000000000000000000815260048101829052602060248201526044015b60405180910390fd5b6107d960c0840160a08501613b28565b61ffff1615806107fb5750806107f560c0850160a08601613b28565b61ffff16115b156108505761081060c0840160a08501613b28565b6040517f2b0b138a00000000000000000000000000000000000000000000000000000000815261ffff9091166004820152602481018290526044016107c0565b6002805460149061087e9074010000000000000000000000000000000000000000900463ffffffff16613b6e565b825463ffffffff9182166101009390930a83810292021916179091555f8181526003602090815260409182902080547fffffffffffffffffffffffff000000000000000000000000000000000000000016331781559294506108e4918601908601613b92565b815482907fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000083600381111561093257610932613700565b02179055506109476080850160608601613bb0565b81549015157501000000000000000000000000000000000000000000027fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff90911617815561099b60c0850160a08601613b28565b81547fffffffffffff00000000ffffffffffffffffffffffffffffffffffffffffffff1676010000000000000000000000000000000000000000000061ffff928316027fffffffffffff0000ffffffffffffffffffffffffffffffffffffffffffffffff1617780100000000000000000000000000000000000000000000000091841691909102178155610a356060850160408601613bc9565b6001820180546bffffffffffffffffffffffff929092167fffffffffffffffffffffffffffffffff00000000000000000000000000000000909216919091176c14000000000000000000000000176fffffffffffffffffffffffffffffffff167a989680000000000098968000000000000000000000000000000000179055610ac16201518042613bf4565b6002820180547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff000000001663ffffffff9290921691909117905533837ff50a5c3c66cff071f60d534ae24a9440364287bc1a5c66ddde29e1b1dc8b5404610b2b6040880160208901613b92565b610b358880613a63565b610b4560608b0160408c01613bc9565b610b5560808c0160608d01613bb0565b610b6560c08d0160a08e01613b28565b604051610b7796959493929190613c2c565b60405180910390a36040805160608101825260148152629896806020820181905281830152905184917faebc231f902144d6f80bd49ad295d4d1d22e961535b2cee945d5efc575c1cba591610bcc9190613c7e565b60405180910390a25f8381526006602090815260408083206007909252822090915b84811015610d6b575f610c046080890189613ac4565b83818110610c1457610c14613cbd565b9050602002016020810190610c2991906139e8565b90506001600160a01b038116610c6b576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0381165f9081526020849052604090205415610ccc576040517f71af8dd5000000000000000000000000000000000000000000000000000000008152600481018890526001600160a01b03821660248201526044016107c0565b8354600180820186555f8681526020902090910180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b038416179055610d1c908390613cea565b6001600160a01b0382165f81815260208690526040808220939093559151909189917f7429a06e9412e469f0d64f9d222640b0af359f556b709e2913588c227851b88d9190a350600101610bee565b5050505050919050565b5f610d7f8361252e565b90506001600160a01b038216610dc1576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8381526007602090815260408083206001600160a01b0386168452918290529091205415610e2e576040517f71af8dd5000000000000000000000000000000000000000000000000000000008152600481018590526001600160a01b03841660248201526044016107c0565b81545f90610e5d907801000000000000000000000000000000000000000000000000900461ffff166001613cfd565b61ffff1690506020811115610ea8576040517f2152704b00000000000000000000000000000000000000000000000000000000815260048101829052602060248201526044016107c0565b5f85815260066020908152604080832080546001810182558185528385200180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b038a169081179091558085529286905281842085905586547fffffffffffff0000ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000061ffff8716021787559051909288917f7429a06e9412e469f0d64f9d222640b0af359f556b709e2913588c227851b88d9190a3505050505050565b5f610f8b8361252e565b90506001600160a01b038216610fcd576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081178255604051339085907f9b028ce719601c16979c2c7f1bea31edddc523595776cb43ecdd2ccc987ed267905f90a4505050565b5f84611069576040517ff1ae58d500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8363ffffffff165f036110a8576040517fc459d23f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8290036110e2576040517fd07b00d600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f868152600360205260408120906110fb8289886125d1565b90506002601881819054906101000a900467ffffffffffffffff1661111f90613d17565b825467ffffffffffffffff9182166101009390930a83810292021916179091555f818152600460205260409020805463ffffffff8981167801000000000000000000000000000000000000000000000000027fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff918d1674010000000000000000000000000000000000000000027fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff33167fffffffffffffffff000000000000000000000000000000000000000000000000909416939093179290921790811682178355929550909160019183917fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff9091167fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff909116177c010000000000000000000000000000000000000000000000000000000083021790555060018082018990558301546040516bffffffffffffffffffffffff9091169033908b9087907f70d5bf6561ebbd9a802dd3ee5fc54c234c0e4fb7a853d38c651338b94acd4be2906112d3908e908e908e908e908a90613d3a565b60405180910390a46060830151608084015160a085015133928d927f871b810e7827a08dc63af80410a35ef076181475b24d23baf3b20d9d6998956d9261132464ffffffffff8084169083166124fb565b604051611357949392919064ffffffffff9485168152928416602084015292166040820152606081019190915260800190565b60405180910390a36bffffffffffffffffffffffff8116156113ad576113ad7f00000000000000000000000000000000000000000000000000000000000000003330846bffffffffffffffffffffffff16612bc7565b5050505095945050505050565b5f6113c48361252e565b905061ffff821615806113fb5750805461ffff78010000000000000000000000000000000000000000000000009091048116908316115b156114605780546040517f2b0b138a00000000000000000000000000000000000000000000000000000000815261ffff8085166004830152780100000000000000000000000000000000000000000000000090920490911660248201526044016107c0565b80547fffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffffffff1676010000000000000000000000000000000000000000000061ffff841690810291909117825560405190815283907f8a5f8ea12702236963b6fc97a99f2f9362d2b279a1351cd1269d1dfe6078b6c0906020016106b3565b5f6114e68361252e565b5f8481526007602090815260408083206001600160a01b0387168452918290528220549293509190819003611559576040517fc89bb95f000000000000000000000000000000000000000000000000000000008152600481018690526001600160a01b03851660248201526044016107c0565b82545f90611589906001907801000000000000000000000000000000000000000000000000900461ffff16613d7f565b845461ffff91821692507601000000000000000000000000000000000000000000009004168110156116105783546040517f2b0b138a00000000000000000000000000000000000000000000000000000000815276010000000000000000000000000000000000000000000090910461ffff166004820152602481018290526044016107c0565b5f868152600660205260408120805490919082908490811061163457611634613cbd565b5f918252602090912001546001600160a01b039081169150871681146116c1578082611661600187613d99565b8154811061167157611671613cbd565b5f91825260208083209190910180547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03948516179055918316815290869052604090208490555b818054806116d1576116d1613dac565b5f82815260208082207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff908401810180547fffffffffffffffffffffffff00000000000000000000000000000000000000001690559092019092556001600160a01b03891680835290879052604080832083905588547fffffffffffff0000ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000061ffff8816021789555190918a917f7126bef88d1149ccdff9681ed5aecd3ba5ae70c96517551de250af09cebd1a0b9190a35050505050505050565b60408051610140810182525f808252602080830182905282840182905260608084018390526080840183905260a0840183905260c0840183905260e08401839052610100840183905284519081018552828152808201839052808501839052610120840152848252600390529190912080546001600160a01b0316611873576040517fadd591b5000000000000000000000000000000000000000000000000000000008152600481018490526024016107c0565b60408051610140810190915281546001600160a01b0381168252602082019074010000000000000000000000000000000000000000900460ff1660038111156118be576118be613700565b8152825460ff7501000000000000000000000000000000000000000000820416151560208084019190915261ffff7601000000000000000000000000000000000000000000008304811660408086019190915278010000000000000000000000000000000000000000000000009384900490911660608086019190915260018701546bffffffffffffffffffffffff8116608087015260029097015467ffffffffffffffff6c01000000000000000000000000808304821660a089015274010000000000000000000000000000000000000000909204811660c088018190525f9b8c5260098652848c20908c528552998390205460e08701528251918201835263ffffffff90880416815270010000000000000000000000000000000087048916928101929092529190940490951694830194909452610100909301525090565b611a07612d3e565b611a105f612d83565b565b60015433906001600160a01b03168114611a63576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024016107c0565b611a6c81612d83565b50565b5f808080611a806201518042613bf4565b5f8781526005602090815260408083206001600160a01b038a168452909152902080549192509063ffffffff808416911603611ae1578054640100000000810463ffffffff16955068010000000000000000900467ffffffffffffffff1693505b5f878152600360205260409020600281015463ffffffff808516911603611b1c576002810154640100000000900467ffffffffffffffff1693505b5050509250925092565b5f8281526003602052604081206002015474010000000000000000000000000000000000000000900467ffffffffffffffff1680831115611ba4576040517f647b27a60000000000000000000000000000000000000000000000000000000081526004810185905260248101849052604481018290526064016107c0565b50505f91825260096020908152604080842092845291905290205490565b5f82815260046020526040902080546001600160a01b031680611c14576040517ff5e18ac8000000000000000000000000000000000000000000000000000000008152600481018590526024016107c0565b815474010000000000000000000000000000000000000000900463ffffffff165f8181526007602090815260408083203384529091528120549003611c8e576040517fc89bb95f000000000000000000000000000000000000000000000000000000008152600481018290523360248201526044016107c0565b600183547c0100000000000000000000000000000000000000000000000000000000900460ff166003811115611cc657611cc6613700565b14611d265782546040517f8b28b8fa0000000000000000000000000000000000000000000000000000000081526107c09187917c010000000000000000000000000000000000000000000000000000000090910460ff1690600401613dd9565b5f85815260086020908152604080832033845290915290205460ff1615611d82576040517f04f9da63000000000000000000000000000000000000000000000000000000008152600481018690523360248201526044016107c0565b5f858152600860209081526040808320338452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905582547d010000000000000000000000000000000000000000000000000000000000810460ff908116917e010000000000000000000000000000000000000000000000000000000000009004168515611e7057611e1e82613df6565b85547fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167d01000000000000000000000000000000000000000000000000000000000060ff8316021786559150611ec8565b611e7981613df6565b85547fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167e0100000000000000000000000000000000000000000000000000000000000060ff83160217865590505b60408051871515815260ff84811660208301528316818301529051339189917f9677f758149e4685933712242069761ba32553e9ccc395920390bdf1cddbcbce9181900360600190a35f8381526003602052604090208054760100000000000000000000000000000000000000000000900461ffff1687611f4f57808360ff161015611f57565b808460ff1610155b15611f6a57611f6a898884888a8d612db4565b505050505050505050565b5f611f7f8361252e565b9050611f8e6020830183613e0b565b63ffffffff161580611fb75750611fab6040830160208401613e3b565b67ffffffffffffffff16155b80611fd95750611fcd6060830160408401613e3b565b67ffffffffffffffff16155b15612010576040517f86efa9ba00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61201d6020830183613e0b565b60018201805463ffffffff929092166c01000000000000000000000000027fffffffffffffffffffffffffffffffff00000000ffffffffffffffffffffffff9092169190911790556120756040830160208401613e3b565b60018201805467ffffffffffffffff92909216700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff9092169190911790556120d56060830160408401613e3b565b8160010160186101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905550827faebc231f902144d6f80bd49ad295d4d1d22e961535b2cee945d5efc575c1cba5836040516106b39190613e54565b60408051610120810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101919091525f82815260046020526040902080546001600160a01b03166121c8576040517ff5e18ac8000000000000000000000000000000000000000000000000000000008152600481018490526024016107c0565b604080516101208101825282546001600160a01b038116825263ffffffff7401000000000000000000000000000000000000000082048116602084015278010000000000000000000000000000000000000000000000008204169282019290925290606082019060ff7c010000000000000000000000000000000000000000000000000000000090910416600381111561226457612264613700565b815282547d010000000000000000000000000000000000000000000000000000000000810460ff9081166020808501919091527e010000000000000000000000000000000000000000000000000000000000008304909116604080850191909152600180870154606086015260029096015467ffffffffffffffff1660808501527401000000000000000000000000000000000000000090920463ffffffff165f908152600390915220909201546bffffffffffffffffffffffff1660a09092019190915292915050565b612337612d3e565b6001600160a01b038116612377576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040517f7dae230f18360d76a040c81f050aa14eb9d6dc7901b20fc5d855e2a20fe814d1905f90a250565b6123e0612d3e565b600180546001600160a01b0383167fffffffffffffffffffffffff000000000000000000000000000000000000000090911681179091556124285f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f8281526003602052604081206002015474010000000000000000000000000000000000000000900467ffffffffffffffff168083106124dd576040517f777e9f800000000000000000000000000000000000000000000000000000000081526004810185905260248101849052604481018290526064016107c0565b50505f918252600a6020908152604080842092845291905290205490565b5f6125068284613cea565b612511906002613cea565b61251d84612710613ea5565b6125279190613bf4565b9392505050565b5f81815260036020526040902080546001600160a01b031680612580576040517fadd591b5000000000000000000000000000000000000000000000000000000008152600481018490526024016107c0565b6001600160a01b03811633146125cb576040517fcb15e436000000000000000000000000000000000000000000000000000000008152600481018490523360248201526044016107c0565b50919050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a081019190915260018401546c01000000000000000000000000900463ffffffff165f81900361265a576040517fadd591b5000000000000000000000000000000000000000000000000000000008152600481018590526024016107c0565b6001850154700100000000000000000000000000000000900467ffffffffffffffff1663ffffffff84168110156126cc576040517f058baee900000000000000000000000000000000000000000000000000000000815263ffffffff85166004820152602481018290526044016107c0565b5f6126da6201518042613bf4565b5f87815260056020908152604080832033845280835292819020815160c081018352905463ffffffff808216808452640100000000830482169584019590955267ffffffffffffffff680100000000000000008304169383019390935264ffffffffff70010000000000000000000000000000000082048116606084015275010000000000000000000000000000000000000000008204811660808401527a0100000000000000000000000000000000000000000000000000009091041660a0820152975092935090918316146127c2575f60408601819052602086015263ffffffff821685525b5f856020015163ffffffff1660016127da9190613cea565b90508481111561282d576040517f80774c600000000000000000000000000000000000000000000000000000000081526004810189905233602482015260448101829052606481018690526084016107c0565b5f8763ffffffff16876040015167ffffffffffffffff1661284e9190613cea565b9050848111156128a1576040517fda9d1a1b000000000000000000000000000000000000000000000000000000008152600481018a905233602482015260448101829052606481018690526084016107c0565b67ffffffffffffffff16604087015263ffffffff908116602087015260028901545f918481169116146128da578663ffffffff16612902565b60028901546129029063ffffffff891690640100000000900467ffffffffffffffff16613cea565b60018a01549091507801000000000000000000000000000000000000000000000000900467ffffffffffffffff168082111561297b576040517f042d403a000000000000000000000000000000000000000000000000000000008152600481018a905260248101839052604481018290526064016107c0565b506002890180547fffffffffffffffffffffffffffffffffffffffff0000000000000000000000001664010000000067ffffffffffffffff938416027fffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000161763ffffffff8516178082559091600c91612a05916c0100000000000000000000000090910416613d17565b91906101000a81548167ffffffffffffffff021916908367ffffffffffffffff160217905550846060018051612a3a90613ebc565b64ffffffffff908116909152335f908152602092835260409081902087518154948901519289015160608a015160808b015160a08c015163ffffffff9485167fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000909916989098176401000000009490961693909302949094177fffffffffffffffffffffff00000000000000000000000000ffffffffffffffff166801000000000000000067ffffffffffffffff909216919091027fffffffffffffffffffffff0000000000ffffffffffffffffffffffffffffffff161770010000000000000000000000000000000093851693909302929092177fff00000000000000000000ffffffffffffffffffffffffffffffffffffffffff167501000000000000000000000000000000000000000000928416929092027fff0000000000ffffffffffffffffffffffffffffffffffffffffffffffffffff16919091177a0100000000000000000000000000000000000000000000000000009390921692909202179055509195945050505050565b6040517f70a082310000000000000000000000000000000000000000000000000000000081526001600160a01b0383811660048301525f91908616906370a0823190602401602060405180830381865afa158015612c27573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612c4b9190613ed9565b9050612c626001600160a01b03861685858561316e565b6040517f70a082310000000000000000000000000000000000000000000000000000000081526001600160a01b0384811660048301525f9183918816906370a0823190602401602060405180830381865afa158015612cc3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612ce79190613ed9565b612cf19190613d99565b9050828114612d36576040517fb6a9b65400000000000000000000000000000000000000000000000000000000815260048101849052602481018290526044016107c0565b505050505050565b5f546001600160a01b03163314611a10576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016107c0565b600180547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055611a6c816131f0565b5f8381526005602090815260408083206001600160a01b0386168452909152812090808315612e4357612de989898989613257565b845491935091508390601590612e1e907501000000000000000000000000000000000000000000900464ffffffffff16613ebc565b91906101000a81548164ffffffffff021916908364ffffffffff160217905550612f1e565b5086547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c03000000000000000000000000000000000000000000000000000000001787555f85815260096020908152604080832060028a015474010000000000000000000000000000000000000000900467ffffffffffffffff16845290915290205482548390601a90612efd907a010000000000000000000000000000000000000000000000000000900464ffffffffff16613ebc565b91906101000a81548164ffffffffff021916908364ffffffffff1602179055505b87546040516001600160a01b0387169188918c917f1e549fca7ffbde358d43eafa11931b27cc92651f667b517be73258f633659df991612f85917c0100000000000000000000000000000000000000000000000000000000900460ff169088908890613ef0565b60405180910390a4825464ffffffffff7001000000000000000000000000000000008204811691750100000000000000000000000000000000000000000081048216917a010000000000000000000000000000000000000000000000000000909104166001600160a01b038816897f871b810e7827a08dc63af80410a35ef076181475b24d23baf3b20d9d6998956d85858561302182826124fb565b604051613054949392919064ffffffffff9485168152928416602084015292166040820152606081019190915260800190565b60405180910390a360018a01546bffffffffffffffffffffffff16801561315f575f8815801561309e57508b547501000000000000000000000000000000000000000000900460ff165b90505f816130ac578a6130b9565b6002546001600160a01b03165b9050806001600160a01b03168f7f20013f69fac79bb8922f85ac923c7fa5d02f8f8224e901431791b7be4f5669ef85856040516131129291906bffffffffffffffffffffffff9290921682521515602082015260400190565b60405180910390a361315c6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016826bffffffffffffffffffffffff8616613432565b50505b50505050505050505050505050565b6040516001600160a01b0384811660248301528381166044830152606482018390526131ea9186918216906323b872dd906084015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8381831617835250505050613468565b50505050565b5f80546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b82547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c0200000000000000000000000000000000000000000000000000000000178355600282015474010000000000000000000000000000000000000000900467ffffffffffffffff165f6132cf826001613f1b565b600285810180547fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff167401000000000000000000000000000000000000000067ffffffffffffffff94851602179055860180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001691841691821790555f848152600a6020908152604080832084845282528083208a9055868352600982528083208484528083529281902054895460018b01548351948501929092529183018890526060830194909452608082018a90526001600160a01b03811660a083015260c0820193909352780100000000000000000000000000000000000000000000000090920463ffffffff1660e0830152906101000160405160208183030381529060405280519060200120915081815f8567ffffffffffffffff1660016134179190613cea565b81526020019081526020015f20819055505094509492505050565b6040516001600160a01b0383811660248301526044820183905261346391859182169063a9059cbb906064016131a3565b505050565b5f5f60205f8451602086015f885af180613487576040513d5f823e3d81fd5b50505f513d9150811561349e5780600114156134ab565b6001600160a01b0384163b155b156131ea576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016107c0565b80356001600160a01b0381168114613503575f5ffd5b919050565b5f5f60408385031215613519575f5ffd5b82359150613529602084016134ed565b90509250929050565b5f5f83601f840112613542575f5ffd5b50813567ffffffffffffffff811115613559575f5ffd5b602083019150836020828501011115613570575f5ffd5b9250929050565b5f5f5f60408486031215613589575f5ffd5b83359250602084013567ffffffffffffffff8111156135a6575f5ffd5b6135b286828701613532565b9497909650939450505050565b5f602082840312156135cf575f5ffd5b5035919050565b602080825282518282018190525f918401906040840190835b818110156136165783516001600160a01b03168352602093840193909201916001016135ef565b509095945050505050565b5f60208284031215613631575f5ffd5b813567ffffffffffffffff811115613647575f5ffd5b820160c08185031215612527575f5ffd5b803563ffffffff81168114613503575f5ffd5b5f5f5f5f5f6080868803121561367f575f5ffd5b853594506020860135935061369660408701613658565b9250606086013567ffffffffffffffff8111156136b1575f5ffd5b6136bd88828901613532565b969995985093965092949392505050565b803561ffff81168114613503575f5ffd5b5f5f604083850312156136f0575f5ffd5b82359150613529602084016136ce565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60048110611a6c577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b61376b8161372d565b9052565b81516001600160a01b03168152610180810160208301516137936020840182613762565b5060408301516137a7604084018215159052565b5060608301516137bd606084018261ffff169052565b5060808301516137d3608084018261ffff169052565b5060a08301516137f360a08401826bffffffffffffffffffffffff169052565b5060c083015161380f60c084018267ffffffffffffffff169052565b5060e083015161382b60e084018267ffffffffffffffff169052565b5061010083015161010083015261012083015161387d61012084018263ffffffff815116825267ffffffffffffffff602082015116602083015267ffffffffffffffff60408201511660408301525050565b5092915050565b5f5f60408385031215613895575f5ffd5b50508035926020909101359150565b80358015158114613503575f5ffd5b5f5f604083850312156138c4575f5ffd5b82359150613529602084016138a4565b5f5f82840360808112156138e6575f5ffd5b8335925060607fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe082011215613919575f5ffd5b506020830190509250929050565b5f610120820190506001600160a01b03835116825263ffffffff60208401511660208301526040830151613963604084018263ffffffff169052565b5060608301516139766060840182613762565b50608083015161398b608084018260ff169052565b5060a08301516139a060a084018260ff169052565b5060c083015160c083015260e08301516139c660e084018267ffffffffffffffff169052565b5061010083015161387d6101008401826bffffffffffffffffffffffff169052565b5f602082840312156139f8575f5ffd5b612527826134ed565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b602081525f613a5b602083018486613a01565b949350505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112613a96575f5ffd5b83018035915067ffffffffffffffff821115613ab0575f5ffd5b602001915036819003821315613570575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112613af7575f5ffd5b83018035915067ffffffffffffffff821115613b11575f5ffd5b6020019150600581901b3603821315613570575f5ffd5b5f60208284031215613b38575f5ffd5b612527826136ce565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f63ffffffff821663ffffffff8103613b8957613b89613b41565b60010192915050565b5f60208284031215613ba2575f5ffd5b813560048110612527575f5ffd5b5f60208284031215613bc0575f5ffd5b612527826138a4565b5f60208284031215613bd9575f5ffd5b81356bffffffffffffffffffffffff81168114612527575f5ffd5b5f82613c27577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b500490565b613c358761372d565b86815260a060208201525f613c4e60a083018789613a01565b6bffffffffffffffffffffffff95909516604083015250911515606083015261ffff166080909101529392505050565b60608101610637828463ffffffff815116825267ffffffffffffffff602082015116602083015267ffffffffffffffff60408201511660408301525050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b8082018082111561063757610637613b41565b61ffff818116838216019081111561063757610637613b41565b5f67ffffffffffffffff821667ffffffffffffffff8103613b8957613b89613b41565b85815263ffffffff85166020820152608060408201525f613d5f608083018587613a01565b90506bffffffffffffffffffffffff831660608301529695505050505050565b61ffff828116828216039081111561063757610637613b41565b8181038181111561063757610637613b41565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603160045260245ffd5b82815260408101613de98361372d565b8260208301529392505050565b5f60ff821660ff8103613b8957613b89613b41565b5f60208284031215613e1b575f5ffd5b61252782613658565b803567ffffffffffffffff81168114613503575f5ffd5b5f60208284031215613e4b575f5ffd5b61252782613e24565b6060810163ffffffff613e6684613658565b16825267ffffffffffffffff613e7e60208501613e24565b16602083015267ffffffffffffffff613e9960408501613e24565b16604083015292915050565b808202811582820484141761063757610637613b41565b5f64ffffffffff821664ffffffffff8103613b8957613b89613b41565b5f60208284031215613ee9575f5ffd5b5051919050565b60608101613efd8561372d565b93815267ffffffffffffffff92909216602083015260409091015290565b67ffffffffffffffff818116838216019081111561063757610637613b4156",
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
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["InvalidQuorum"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackInvalidQuorumError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["InvalidQuota"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackInvalidQuotaError(raw[4:])
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
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], datanetRegistry.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return datanetRegistry.UnpackOwnableUnauthorizedAccountError(raw[4:])
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
