// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package modelregistry

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

// IModelRegistryModel is an auto generated low-level Go binding around an user-defined struct.
type IModelRegistryModel struct {
	Owner              common.Address
	DatanetId          uint32
	ContributionCount  uint64
	Active             bool
	InferenceFee       *big.Int
	Oracle             common.Address
	Accumulator        [32]byte
	BaseModelId        [32]byte
	AdapterHash        [32]byte
	TrainingConfigHash [32]byte
	GradientCommitment [32]byte
}

// IModelRegistryModelParams is an auto generated low-level Go binding around an user-defined struct.
type IModelRegistryModelParams struct {
	DatanetId          *big.Int
	ContributionCount  uint64
	BaseModelId        [32]byte
	AdapterHash        [32]byte
	TrainingConfigHash [32]byte
	GradientCommitment [32]byte
	Owner              common.Address
	InferenceFee       *big.Int
	MetadataURI        string
}

// ModelRegistryMetaData contains all meta data concerning the ModelRegistry contract.
var ModelRegistryMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"datanetRegistry_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"rewardVault_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"datanetRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isOracle\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"model\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"m\",\"type\":\"tuple\",\"internalType\":\"structIModelRegistry.Model\",\"components\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"datanetId\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"contributionCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"active\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"inferenceFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"accumulator\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"baseModelId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"adapterHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"trainingConfigHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"gradientCommitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"modelCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"registerModel\",\"inputs\":[{\"name\":\"params\",\"type\":\"tuple\",\"internalType\":\"structIModelRegistry.ModelParams\",\"components\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"contributionCount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"baseModelId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"adapterHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"trainingConfigHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"gradientCommitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"inferenceFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"metadataURI\",\"type\":\"string\",\"internalType\":\"string\"}]}],\"outputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"requestInference\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"inputHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"maxFee\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"requestInferenceWithPermit\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"inputHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"maxFee\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rewardVault\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setInferenceFee\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"inferenceFee\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setModelActive\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"active\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setModelOwner\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setOracle\",\"inputs\":[{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settlementTerms\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"modelOwner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"contributionCount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"gradientCommitment\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"InferenceFeeUpdated\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"inferenceFee\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"InferenceRequested\",\"inputs\":[{\"name\":\"requestId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"modelId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"requester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"inputHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"fee\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"},{\"name\":\"epoch\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ModelActiveUpdated\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"active\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ModelOwnerChanged\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ModelRegistered\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"contributionCount\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"accumulator\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"baseModelId\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"adapterHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"trainingConfigHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"gradientCommitment\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"inferenceFee\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"},{\"name\":\"metadataURI\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OracleUpdated\",\"inputs\":[{\"name\":\"oracle\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"allowed\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"EmptyURI\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"FeeAboveMax\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"fee\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxFee\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientAllowance\",\"inputs\":[{\"name\":\"allowance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"fee\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ModelInactive\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotModelOwner\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotOracle\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownModel\",\"inputs\":[{\"name\":\"modelId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroContributionCount\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroFee\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroHash\",\"inputs\":[]}]",
	ID:  "ModelRegistry",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051611ef1380380611ef183398101604081905261002e91610157565b806001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b610065816100d1565b506001600160a01b038416158061008357506001600160a01b038316155b8061009557506001600160a01b038216155b156100b35760405163d92e233d60e01b815260040160405180910390fd5b506001600160a01b0392831660805290821660a0521660c0526101a8565b600180546001600160a01b03191690556100ea816100ed565b50565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b80516001600160a01b0381168114610152575f5ffd5b919050565b5f5f5f5f6080858703121561016a575f5ffd5b6101738561013c565b93506101816020860161013c565b925061018f6040860161013c565b915061019d6060860161013c565b905092959194509250565b60805160a05160c051611cf56101fc5f395f81816103e001528181610ef50152610fba01525f81816101d801528181610ea501528181610f90015261165c01525f818161018c015261061c0152611cf55ff3fe608060405234801561000f575f5ffd5b5060043610610148575f3560e01c80637895a3f3116100c7578063c6a645fe1161007d578063f2fde38b11610063578063f2fde38b146103b5578063f319f08b146103c8578063fc0c546a146103db575f5ffd5b8063c6a645fe1461038e578063e30c397814610397575f5ffd5b80638da5cb5b116100ad5780638da5cb5b146102765780638ec2bd8814610293578063a97e5c9314610346575f5ffd5b80637895a3f31461025b57806379ba50971461026e575f5ffd5b80634c5770d91161011c5780636388f4b3116101025780636388f4b31461022d5780636536084314610240578063715018a614610253575f5ffd5b80634c5770d9146101fa5780635798bdf51461021a575f5ffd5b80620103b41461014c578063123b1524146101725780633868514b146101875780633a2c6777146101d3575b5f5ffd5b61015f61015a366004611821565b610402565b6040519081526020015b60405180910390f35b610185610180366004611874565b6109f4565b005b6101ae7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610169565b6101ae7f000000000000000000000000000000000000000000000000000000000000000081565b61020d61020836600461189e565b610b3b565b60405161016991906118b5565b6101856102283660046119bd565b610cda565b61015f61023b3660046119de565b610e55565b61018561024e366004611a60565b6110a0565b61018561117e565b61015f610269366004611a88565b611191565b6101856111af565b5f5473ffffffffffffffffffffffffffffffffffffffff166101ae565b61030f6102a136600461189e565b5f9081526003602052604090206001810154815460079092015473ffffffffffffffffffffffffffffffffffffffff909116926d0100000000000000000000000000830463ffffffff169271010000000000000000000000000000000000900467ffffffffffffffff169190565b6040805173ffffffffffffffffffffffffffffffffffffffff90951685526020850193909352918301526060820152608001610169565b61037e610354366004611ab1565b73ffffffffffffffffffffffffffffffffffffffff165f9081526004602052604090205460ff1690565b6040519015158152602001610169565b61015f60025481565b60015473ffffffffffffffffffffffffffffffffffffffff166101ae565b6101856103c3366004611ab1565b611226565b6101856103d6366004611aca565b6112d5565b6101ae7f000000000000000000000000000000000000000000000000000000000000000081565b335f9081526004602052604081205460ff16610451576040517fdf4f82400000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b6040820135158061046457506060820135155b8061047157506080820135155b8061047e575060a0820135155b156104b5576040517ff1ae58d500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6104c660e0840160c08501611ab1565b73ffffffffffffffffffffffffffffffffffffffff1603610513576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610524610100830160e08401611aeb565b6bffffffffffffffffffffffff165f0361056a576040517faf13986d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610578610100830183611b04565b90505f036105b2576040517fd07b00d600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6105c26040830160208401611b81565b67ffffffffffffffff165f03610604576040517fe0af8ad600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016639faf520184356106536040870160208801611b81565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e085901b168152600481019290925267ffffffffffffffff166024820152604401602060405180830381865afa1580156106b4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106d89190611b9c565b905060025f81546106e890611bb3565b91829055506040805161016081019091529092508061070e610100860160e08701611aeb565b6bffffffffffffffffffffffff168152600160208201526040016107328535611460565b63ffffffff1681526020018460200160208101906107509190611b81565b67ffffffffffffffff16815260200161076f60e0860160c08701611ab1565b73ffffffffffffffffffffffffffffffffffffffff90811682523360208084019190915260408084018690528781013560608086019190915288810135608080870191909152808a013560a080880191909152808b013560c0978801525f8a815260038087529085902089518154978b0151968b0151958b015167ffffffffffffffff1671010000000000000000000000000000000000027fffffffffffffff0000000000000000ffffffffffffffffffffffffffffffffff63ffffffff9097166d010000000000000000000000000002969096167fffffffffffffff000000000000000000000000ffffffffffffffffffffffffff9715156c01000000000000000000000000027fffffffffffffffffffffffffffffffffffffff000000000000000000000000009099166bffffffffffffffffffffffff909216919091179790971795909516959095179290921783558601516001830180549186167fffffffffffffffffffffffff00000000000000000000000000000000000000009283161790559086015160028301805491909516911617909255838301519082015560e0808401516004830155610100840151600583015561012084015160068301556101409093015160079091015561094c918501908501611ab1565b73ffffffffffffffffffffffffffffffffffffffff168335837ff3fe6b9ec6e17e88c90fa43562a02511206d7c83ca837ecde001dfa0f3eec900336109976040890160208a01611b81565b8689604001358a606001358b608001358c60a001358d60e00160208101906109bf9190611aeb565b8e8061010001906109d09190611b04565b6040516109e69a99989796959493929190611c0f565b60405180910390a450919050565b5f82815260036020526040902060010154829073ffffffffffffffffffffffffffffffffffffffff1680610a57576040517f2380022d00000000000000000000000000000000000000000000000000000000815260048101839052602401610448565b73ffffffffffffffffffffffffffffffffffffffff81163314610aaf576040517f25a0f13800000000000000000000000000000000000000000000000000000000815260048101839052336024820152604401610448565b5f848152600360205260409081902080548515156c01000000000000000000000000027fffffffffffffffffffffffffffffffffffffff00ffffffffffffffffffffffff9091161790555184907fc390f23cb5990aae1fff96de93458e24eb00883f9e2d14938c364ddb4f67359b90610b2d90861515815260200190565b60405180910390a250505050565b60408051610160810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101919091525f828152600360205260409020600181015473ffffffffffffffffffffffffffffffffffffffff16610bf4576040517f2380022d00000000000000000000000000000000000000000000000000000000815260048101849052602401610448565b6040805161016081018252600183015473ffffffffffffffffffffffffffffffffffffffff9081168252835463ffffffff6d0100000000000000000000000000820416602084015267ffffffffffffffff710100000000000000000000000000000000008204169383019390935260ff6c01000000000000000000000000840416151560608301526bffffffffffffffffffffffff9092166080820152600283015490911660a0820152600382015460c0820152600482015460e08201526005820154610100820152600682015461012082015260079091015461014082015292915050565b5f82815260036020526040902060010154829073ffffffffffffffffffffffffffffffffffffffff1680610d3d576040517f2380022d00000000000000000000000000000000000000000000000000000000815260048101839052602401610448565b73ffffffffffffffffffffffffffffffffffffffff81163314610d95576040517f25a0f13800000000000000000000000000000000000000000000000000000000815260048101839052336024820152604401610448565b826bffffffffffffffffffffffff165f03610ddc576040517faf13986d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8481526003602090815260409182902080547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000166bffffffffffffffffffffffff8716908117909155915191825285917f2cfe76e7adc8767c21713d462f2df1ab2098c78e35dbcf4212264e8c9f06d69f9101610b2d565b5f5f610e628989896114ad565b6040517fd505accf00000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000081166024830152604482018a90526064820189905260ff8816608483015260a4820187905260c482018690529192507f00000000000000000000000000000000000000000000000000000000000000009091169063d505accf9060e4015f604051808303815f87803b158015610f38575f5ffd5b505af1925050508015610f49575060015b611088576040517fdd62ed3e00000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000811660248301525f917f00000000000000000000000000000000000000000000000000000000000000009091169063dd62ed3e90604401602060405180830381865afa158015611001573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110259190611b9c565b9050816bffffffffffffffffffffffff16811015611086576040517f2a1b2dd8000000000000000000000000000000000000000000000000000000008152600481018290526bffffffffffffffffffffffff83166024820152604401610448565b505b6110938989836115fa565b9998505050505050505050565b6110a861172f565b73ffffffffffffffffffffffffffffffffffffffff82166110f5576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff82165f8181526004602090815260409182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001685151590811790915591519182527f94c9cbe1d9aa7af08484f82ab0179d6db973a391236668c34192d954ff32c06c910160405180910390a25050565b61118661172f565b61118f5f611781565b565b5f6111a784846111a28787876114ad565b6115fa565b949350505050565b600154339073ffffffffffffffffffffffffffffffffffffffff16811461121a576040517f118cdaa700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602401610448565b61122381611781565b50565b61122e61172f565b6001805473ffffffffffffffffffffffffffffffffffffffff83167fffffffffffffffffffffffff000000000000000000000000000000000000000090911681179091556112905f5473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b5f82815260036020526040902060010154829073ffffffffffffffffffffffffffffffffffffffff1680611338576040517f2380022d00000000000000000000000000000000000000000000000000000000815260048101839052602401610448565b73ffffffffffffffffffffffffffffffffffffffff81163314611390576040517f25a0f13800000000000000000000000000000000000000000000000000000000815260048101839052336024820152604401610448565b73ffffffffffffffffffffffffffffffffffffffff83166113dd576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8481526003602052604080822060010180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff871690811790915590519091339187917fc2c3cd0f498fcfae4973f2270099ae7b0b218a4c4642331491e5f8465fcf981491a450505050565b5f63ffffffff8211156114a9576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526020600482015260248101839052604401610448565b5090565b5f83815260036020526040812080546bffffffffffffffffffffffff1691829003611507576040517f2380022d00000000000000000000000000000000000000000000000000000000815260048101869052602401610448565b80546c01000000000000000000000000900460ff16611555576040517f2e910a6200000000000000000000000000000000000000000000000000000000815260048101869052602401610448565b8361158c576040517ff1ae58d500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b82826bffffffffffffffffffffffff1611156115f2576040517fb1e53e3a000000000000000000000000000000000000000000000000000000008152600481018690526bffffffffffffffffffffffff8316602482015260448101849052606401610448565b509392505050565b6040517f55c73e62000000000000000000000000000000000000000000000000000000008152600481018490523360248201526bffffffffffffffffffffffff821660448201525f90819073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906355c73e629060640160408051808303815f875af11580156116a1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116c59190611cc6565b604080518781526bffffffffffffffffffffffff8716602082015267ffffffffffffffff83168183015290519294509092503391879185917ff8cab62748c2af3e38a026b72ee034da3882af002741dbbabb14fd26fcc01ec69181900360600190a4509392505050565b5f5473ffffffffffffffffffffffffffffffffffffffff16331461118f576040517f118cdaa7000000000000000000000000000000000000000000000000000000008152336004820152602401610448565b600180547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055611223815f805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f60208284031215611831575f5ffd5b813567ffffffffffffffff811115611847575f5ffd5b82016101208185031215611859575f5ffd5b9392505050565b8035801515811461186f575f5ffd5b919050565b5f5f60408385031215611885575f5ffd5b8235915061189560208401611860565b90509250929050565b5f602082840312156118ae575f5ffd5b5035919050565b815173ffffffffffffffffffffffffffffffffffffffff168152610160810160208301516118eb602084018263ffffffff169052565b506040830151611907604084018267ffffffffffffffff169052565b50606083015161191b606084018215159052565b50608083015161193b60808401826bffffffffffffffffffffffff169052565b5060a083015161196360a084018273ffffffffffffffffffffffffffffffffffffffff169052565b5060c083015160c083015260e083015160e083015261010083015161010083015261012083015161012083015261014083015161014083015292915050565b80356bffffffffffffffffffffffff8116811461186f575f5ffd5b5f5f604083850312156119ce575f5ffd5b82359150611895602084016119a2565b5f5f5f5f5f5f5f60e0888a0312156119f4575f5ffd5b87359650602088013595506040880135945060608801359350608088013560ff81168114611a20575f5ffd5b9699959850939692959460a0840135945060c09093013592915050565b803573ffffffffffffffffffffffffffffffffffffffff8116811461186f575f5ffd5b5f5f60408385031215611a71575f5ffd5b611a7a83611a3d565b915061189560208401611860565b5f5f5f60608486031215611a9a575f5ffd5b505081359360208301359350604090920135919050565b5f60208284031215611ac1575f5ffd5b61185982611a3d565b5f5f60408385031215611adb575f5ffd5b8235915061189560208401611a3d565b5f60208284031215611afb575f5ffd5b611859826119a2565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112611b37575f5ffd5b83018035915067ffffffffffffffff821115611b51575f5ffd5b602001915036819003821315611b65575f5ffd5b9250929050565b67ffffffffffffffff81168114611223575f5ffd5b5f60208284031215611b91575f5ffd5b813561185981611b6c565b5f60208284031215611bac575f5ffd5b5051919050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203611c08577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5060010190565b73ffffffffffffffffffffffffffffffffffffffff8b16815267ffffffffffffffff8a1660208201528860408201528760608201528660808201528560a08201528460c08201526bffffffffffffffffffffffff841660e08201526101206101008201528161012082015281836101408301375f81830161014090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01601019998505050505050505050565b5f5f60408385031215611cd7575f5ffd5b82516020840151909250611cea81611b6c565b80915050925092905056",
}

// ModelRegistry is an auto generated Go binding around an Ethereum contract.
type ModelRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ModelRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewModelRegistry creates a new instance of ModelRegistry.
func NewModelRegistry() *ModelRegistry {
	parsed, err := ModelRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ModelRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ModelRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address datanetRegistry_, address rewardVault_, address token_, address initialOwner) returns()
func (modelRegistry *ModelRegistry) PackConstructor(datanetRegistry_ common.Address, rewardVault_ common.Address, token_ common.Address, initialOwner common.Address) []byte {
	enc, err := modelRegistry.abi.Pack("", datanetRegistry_, rewardVault_, token_, initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (modelRegistry *ModelRegistry) PackAcceptOwnership() []byte {
	enc, err := modelRegistry.abi.Pack("acceptOwnership")
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
func (modelRegistry *ModelRegistry) TryPackAcceptOwnership() ([]byte, error) {
	return modelRegistry.abi.Pack("acceptOwnership")
}

// PackDatanetRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3868514b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datanetRegistry() view returns(address)
func (modelRegistry *ModelRegistry) PackDatanetRegistry() []byte {
	enc, err := modelRegistry.abi.Pack("datanetRegistry")
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
func (modelRegistry *ModelRegistry) TryPackDatanetRegistry() ([]byte, error) {
	return modelRegistry.abi.Pack("datanetRegistry")
}

// UnpackDatanetRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3868514b.
//
// Solidity: function datanetRegistry() view returns(address)
func (modelRegistry *ModelRegistry) UnpackDatanetRegistry(data []byte) (common.Address, error) {
	out, err := modelRegistry.abi.Unpack("datanetRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa97e5c93.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOracle(address account) view returns(bool)
func (modelRegistry *ModelRegistry) PackIsOracle(account common.Address) []byte {
	enc, err := modelRegistry.abi.Pack("isOracle", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa97e5c93.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOracle(address account) view returns(bool)
func (modelRegistry *ModelRegistry) TryPackIsOracle(account common.Address) ([]byte, error) {
	return modelRegistry.abi.Pack("isOracle", account)
}

// UnpackIsOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa97e5c93.
//
// Solidity: function isOracle(address account) view returns(bool)
func (modelRegistry *ModelRegistry) UnpackIsOracle(data []byte) (bool, error) {
	out, err := modelRegistry.abi.Unpack("isOracle", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5770d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function model(uint256 modelId) view returns((address,uint32,uint64,bool,uint96,address,bytes32,bytes32,bytes32,bytes32,bytes32) m)
func (modelRegistry *ModelRegistry) PackModel(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("model", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c5770d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function model(uint256 modelId) view returns((address,uint32,uint64,bool,uint96,address,bytes32,bytes32,bytes32,bytes32,bytes32) m)
func (modelRegistry *ModelRegistry) TryPackModel(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("model", modelId)
}

// UnpackModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c5770d9.
//
// Solidity: function model(uint256 modelId) view returns((address,uint32,uint64,bool,uint96,address,bytes32,bytes32,bytes32,bytes32,bytes32) m)
func (modelRegistry *ModelRegistry) UnpackModel(data []byte) (IModelRegistryModel, error) {
	out, err := modelRegistry.abi.Unpack("model", data)
	if err != nil {
		return *new(IModelRegistryModel), err
	}
	out0 := *abi.ConvertType(out[0], new(IModelRegistryModel)).(*IModelRegistryModel)
	return out0, nil
}

// PackModelCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6a645fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelCount() view returns(uint256)
func (modelRegistry *ModelRegistry) PackModelCount() []byte {
	enc, err := modelRegistry.abi.Pack("modelCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6a645fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelCount() view returns(uint256)
func (modelRegistry *ModelRegistry) TryPackModelCount() ([]byte, error) {
	return modelRegistry.abi.Pack("modelCount")
}

// UnpackModelCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6a645fe.
//
// Solidity: function modelCount() view returns(uint256)
func (modelRegistry *ModelRegistry) UnpackModelCount(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("modelCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (modelRegistry *ModelRegistry) PackOwner() []byte {
	enc, err := modelRegistry.abi.Pack("owner")
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
func (modelRegistry *ModelRegistry) TryPackOwner() ([]byte, error) {
	return modelRegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (modelRegistry *ModelRegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := modelRegistry.abi.Unpack("owner", data)
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
func (modelRegistry *ModelRegistry) PackPendingOwner() []byte {
	enc, err := modelRegistry.abi.Pack("pendingOwner")
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
func (modelRegistry *ModelRegistry) TryPackPendingOwner() ([]byte, error) {
	return modelRegistry.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (modelRegistry *ModelRegistry) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := modelRegistry.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegisterModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x000103b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerModel((uint256,uint64,bytes32,bytes32,bytes32,bytes32,address,uint96,string) params) returns(uint256 modelId)
func (modelRegistry *ModelRegistry) PackRegisterModel(params IModelRegistryModelParams) []byte {
	enc, err := modelRegistry.abi.Pack("registerModel", params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x000103b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerModel((uint256,uint64,bytes32,bytes32,bytes32,bytes32,address,uint96,string) params) returns(uint256 modelId)
func (modelRegistry *ModelRegistry) TryPackRegisterModel(params IModelRegistryModelParams) ([]byte, error) {
	return modelRegistry.abi.Pack("registerModel", params)
}

// UnpackRegisterModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x000103b4.
//
// Solidity: function registerModel((uint256,uint64,bytes32,bytes32,bytes32,bytes32,address,uint96,string) params) returns(uint256 modelId)
func (modelRegistry *ModelRegistry) UnpackRegisterModel(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("registerModel", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (modelRegistry *ModelRegistry) PackRenounceOwnership() []byte {
	enc, err := modelRegistry.abi.Pack("renounceOwnership")
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
func (modelRegistry *ModelRegistry) TryPackRenounceOwnership() ([]byte, error) {
	return modelRegistry.abi.Pack("renounceOwnership")
}

// PackRequestInference is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7895a3f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestInference(uint256 modelId, bytes32 inputHash, uint256 maxFee) returns(uint256 requestId)
func (modelRegistry *ModelRegistry) PackRequestInference(modelId *big.Int, inputHash [32]byte, maxFee *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("requestInference", modelId, inputHash, maxFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestInference is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7895a3f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestInference(uint256 modelId, bytes32 inputHash, uint256 maxFee) returns(uint256 requestId)
func (modelRegistry *ModelRegistry) TryPackRequestInference(modelId *big.Int, inputHash [32]byte, maxFee *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("requestInference", modelId, inputHash, maxFee)
}

// UnpackRequestInference is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7895a3f3.
//
// Solidity: function requestInference(uint256 modelId, bytes32 inputHash, uint256 maxFee) returns(uint256 requestId)
func (modelRegistry *ModelRegistry) UnpackRequestInference(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("requestInference", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestInferenceWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6388f4b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestInferenceWithPermit(uint256 modelId, bytes32 inputHash, uint256 maxFee, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(uint256 requestId)
func (modelRegistry *ModelRegistry) PackRequestInferenceWithPermit(modelId *big.Int, inputHash [32]byte, maxFee *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := modelRegistry.abi.Pack("requestInferenceWithPermit", modelId, inputHash, maxFee, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestInferenceWithPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6388f4b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestInferenceWithPermit(uint256 modelId, bytes32 inputHash, uint256 maxFee, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(uint256 requestId)
func (modelRegistry *ModelRegistry) TryPackRequestInferenceWithPermit(modelId *big.Int, inputHash [32]byte, maxFee *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return modelRegistry.abi.Pack("requestInferenceWithPermit", modelId, inputHash, maxFee, deadline, v, r, s)
}

// UnpackRequestInferenceWithPermit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6388f4b3.
//
// Solidity: function requestInferenceWithPermit(uint256 modelId, bytes32 inputHash, uint256 maxFee, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns(uint256 requestId)
func (modelRegistry *ModelRegistry) UnpackRequestInferenceWithPermit(data []byte) (*big.Int, error) {
	out, err := modelRegistry.abi.Unpack("requestInferenceWithPermit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRewardVault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a2c6777.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardVault() view returns(address)
func (modelRegistry *ModelRegistry) PackRewardVault() []byte {
	enc, err := modelRegistry.abi.Pack("rewardVault")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardVault is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a2c6777.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardVault() view returns(address)
func (modelRegistry *ModelRegistry) TryPackRewardVault() ([]byte, error) {
	return modelRegistry.abi.Pack("rewardVault")
}

// UnpackRewardVault is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a2c6777.
//
// Solidity: function rewardVault() view returns(address)
func (modelRegistry *ModelRegistry) UnpackRewardVault(data []byte) (common.Address, error) {
	out, err := modelRegistry.abi.Unpack("rewardVault", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetInferenceFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5798bdf5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setInferenceFee(uint256 modelId, uint96 inferenceFee) returns()
func (modelRegistry *ModelRegistry) PackSetInferenceFee(modelId *big.Int, inferenceFee *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("setInferenceFee", modelId, inferenceFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetInferenceFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5798bdf5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setInferenceFee(uint256 modelId, uint96 inferenceFee) returns()
func (modelRegistry *ModelRegistry) TryPackSetInferenceFee(modelId *big.Int, inferenceFee *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("setInferenceFee", modelId, inferenceFee)
}

// PackSetModelActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x123b1524.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setModelActive(uint256 modelId, bool active) returns()
func (modelRegistry *ModelRegistry) PackSetModelActive(modelId *big.Int, active bool) []byte {
	enc, err := modelRegistry.abi.Pack("setModelActive", modelId, active)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetModelActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x123b1524.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setModelActive(uint256 modelId, bool active) returns()
func (modelRegistry *ModelRegistry) TryPackSetModelActive(modelId *big.Int, active bool) ([]byte, error) {
	return modelRegistry.abi.Pack("setModelActive", modelId, active)
}

// PackSetModelOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf319f08b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setModelOwner(uint256 modelId, address newOwner) returns()
func (modelRegistry *ModelRegistry) PackSetModelOwner(modelId *big.Int, newOwner common.Address) []byte {
	enc, err := modelRegistry.abi.Pack("setModelOwner", modelId, newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetModelOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf319f08b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setModelOwner(uint256 modelId, address newOwner) returns()
func (modelRegistry *ModelRegistry) TryPackSetModelOwner(modelId *big.Int, newOwner common.Address) ([]byte, error) {
	return modelRegistry.abi.Pack("setModelOwner", modelId, newOwner)
}

// PackSetOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65360843.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOracle(address oracle, bool allowed) returns()
func (modelRegistry *ModelRegistry) PackSetOracle(oracle common.Address, allowed bool) []byte {
	enc, err := modelRegistry.abi.Pack("setOracle", oracle, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65360843.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setOracle(address oracle, bool allowed) returns()
func (modelRegistry *ModelRegistry) TryPackSetOracle(oracle common.Address, allowed bool) ([]byte, error) {
	return modelRegistry.abi.Pack("setOracle", oracle, allowed)
}

// PackSettlementTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ec2bd88.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settlementTerms(uint256 modelId) view returns(address modelOwner, uint256 datanetId, uint256 contributionCount, bytes32 gradientCommitment)
func (modelRegistry *ModelRegistry) PackSettlementTerms(modelId *big.Int) []byte {
	enc, err := modelRegistry.abi.Pack("settlementTerms", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettlementTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ec2bd88.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settlementTerms(uint256 modelId) view returns(address modelOwner, uint256 datanetId, uint256 contributionCount, bytes32 gradientCommitment)
func (modelRegistry *ModelRegistry) TryPackSettlementTerms(modelId *big.Int) ([]byte, error) {
	return modelRegistry.abi.Pack("settlementTerms", modelId)
}

// SettlementTermsOutput serves as a container for the return parameters of contract
// method SettlementTerms.
type SettlementTermsOutput struct {
	ModelOwner         common.Address
	DatanetId          *big.Int
	ContributionCount  *big.Int
	GradientCommitment [32]byte
}

// UnpackSettlementTerms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ec2bd88.
//
// Solidity: function settlementTerms(uint256 modelId) view returns(address modelOwner, uint256 datanetId, uint256 contributionCount, bytes32 gradientCommitment)
func (modelRegistry *ModelRegistry) UnpackSettlementTerms(data []byte) (SettlementTermsOutput, error) {
	out, err := modelRegistry.abi.Unpack("settlementTerms", data)
	outstruct := new(SettlementTermsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ModelOwner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.DatanetId = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.ContributionCount = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.GradientCommitment = *abi.ConvertType(out[3], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (modelRegistry *ModelRegistry) PackToken() []byte {
	enc, err := modelRegistry.abi.Pack("token")
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
func (modelRegistry *ModelRegistry) TryPackToken() ([]byte, error) {
	return modelRegistry.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (modelRegistry *ModelRegistry) UnpackToken(data []byte) (common.Address, error) {
	out, err := modelRegistry.abi.Unpack("token", data)
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
func (modelRegistry *ModelRegistry) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := modelRegistry.abi.Pack("transferOwnership", newOwner)
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
func (modelRegistry *ModelRegistry) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return modelRegistry.abi.Pack("transferOwnership", newOwner)
}

// ModelRegistryInferenceFeeUpdated represents a InferenceFeeUpdated event raised by the ModelRegistry contract.
type ModelRegistryInferenceFeeUpdated struct {
	ModelId      *big.Int
	InferenceFee *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const ModelRegistryInferenceFeeUpdatedEventName = "InferenceFeeUpdated"

// ContractEventName returns the user-defined event name.
func (ModelRegistryInferenceFeeUpdated) ContractEventName() string {
	return ModelRegistryInferenceFeeUpdatedEventName
}

// UnpackInferenceFeeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InferenceFeeUpdated(uint256 indexed modelId, uint96 inferenceFee)
func (modelRegistry *ModelRegistry) UnpackInferenceFeeUpdatedEvent(log *types.Log) (*ModelRegistryInferenceFeeUpdated, error) {
	event := "InferenceFeeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryInferenceFeeUpdated)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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

// ModelRegistryInferenceRequested represents a InferenceRequested event raised by the ModelRegistry contract.
type ModelRegistryInferenceRequested struct {
	RequestId *big.Int
	ModelId   *big.Int
	Requester common.Address
	InputHash [32]byte
	Fee       *big.Int
	Epoch     uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const ModelRegistryInferenceRequestedEventName = "InferenceRequested"

// ContractEventName returns the user-defined event name.
func (ModelRegistryInferenceRequested) ContractEventName() string {
	return ModelRegistryInferenceRequestedEventName
}

// UnpackInferenceRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event InferenceRequested(uint256 indexed requestId, uint256 indexed modelId, address indexed requester, bytes32 inputHash, uint96 fee, uint64 epoch)
func (modelRegistry *ModelRegistry) UnpackInferenceRequestedEvent(log *types.Log) (*ModelRegistryInferenceRequested, error) {
	event := "InferenceRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryInferenceRequested)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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

// ModelRegistryModelActiveUpdated represents a ModelActiveUpdated event raised by the ModelRegistry contract.
type ModelRegistryModelActiveUpdated struct {
	ModelId *big.Int
	Active  bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelActiveUpdatedEventName = "ModelActiveUpdated"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelActiveUpdated) ContractEventName() string {
	return ModelRegistryModelActiveUpdatedEventName
}

// UnpackModelActiveUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelActiveUpdated(uint256 indexed modelId, bool active)
func (modelRegistry *ModelRegistry) UnpackModelActiveUpdatedEvent(log *types.Log) (*ModelRegistryModelActiveUpdated, error) {
	event := "ModelActiveUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelActiveUpdated)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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

// ModelRegistryModelOwnerChanged represents a ModelOwnerChanged event raised by the ModelRegistry contract.
type ModelRegistryModelOwnerChanged struct {
	ModelId       *big.Int
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelOwnerChangedEventName = "ModelOwnerChanged"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelOwnerChanged) ContractEventName() string {
	return ModelRegistryModelOwnerChangedEventName
}

// UnpackModelOwnerChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelOwnerChanged(uint256 indexed modelId, address indexed previousOwner, address indexed newOwner)
func (modelRegistry *ModelRegistry) UnpackModelOwnerChangedEvent(log *types.Log) (*ModelRegistryModelOwnerChanged, error) {
	event := "ModelOwnerChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelOwnerChanged)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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

// ModelRegistryModelRegistered represents a ModelRegistered event raised by the ModelRegistry contract.
type ModelRegistryModelRegistered struct {
	ModelId            *big.Int
	DatanetId          *big.Int
	Owner              common.Address
	Oracle             common.Address
	ContributionCount  uint64
	Accumulator        [32]byte
	BaseModelId        [32]byte
	AdapterHash        [32]byte
	TrainingConfigHash [32]byte
	GradientCommitment [32]byte
	InferenceFee       *big.Int
	MetadataURI        string
	Raw                *types.Log // Blockchain specific contextual infos
}

const ModelRegistryModelRegisteredEventName = "ModelRegistered"

// ContractEventName returns the user-defined event name.
func (ModelRegistryModelRegistered) ContractEventName() string {
	return ModelRegistryModelRegisteredEventName
}

// UnpackModelRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelRegistered(uint256 indexed modelId, uint256 indexed datanetId, address indexed owner, address oracle, uint64 contributionCount, bytes32 accumulator, bytes32 baseModelId, bytes32 adapterHash, bytes32 trainingConfigHash, bytes32 gradientCommitment, uint96 inferenceFee, string metadataURI)
func (modelRegistry *ModelRegistry) UnpackModelRegisteredEvent(log *types.Log) (*ModelRegistryModelRegistered, error) {
	event := "ModelRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryModelRegistered)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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

// ModelRegistryOracleUpdated represents a OracleUpdated event raised by the ModelRegistry contract.
type ModelRegistryOracleUpdated struct {
	Oracle  common.Address
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelRegistryOracleUpdatedEventName = "OracleUpdated"

// ContractEventName returns the user-defined event name.
func (ModelRegistryOracleUpdated) ContractEventName() string {
	return ModelRegistryOracleUpdatedEventName
}

// UnpackOracleUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OracleUpdated(address indexed oracle, bool allowed)
func (modelRegistry *ModelRegistry) UnpackOracleUpdatedEvent(log *types.Log) (*ModelRegistryOracleUpdated, error) {
	event := "OracleUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryOracleUpdated)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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

// ModelRegistryOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the ModelRegistry contract.
type ModelRegistryOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ModelRegistryOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (ModelRegistryOwnershipTransferStarted) ContractEventName() string {
	return ModelRegistryOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (modelRegistry *ModelRegistry) UnpackOwnershipTransferStartedEvent(log *types.Log) (*ModelRegistryOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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

// ModelRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the ModelRegistry contract.
type ModelRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ModelRegistryOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ModelRegistryOwnershipTransferred) ContractEventName() string {
	return ModelRegistryOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (modelRegistry *ModelRegistry) UnpackOwnershipTransferredEvent(log *types.Log) (*ModelRegistryOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != modelRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ModelRegistryOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := modelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistry.abi.Events[event].Inputs {
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
func (modelRegistry *ModelRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["EmptyURI"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackEmptyURIError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["FeeAboveMax"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackFeeAboveMaxError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["InsufficientAllowance"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackInsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["ModelInactive"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackModelInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["NotModelOwner"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackNotModelOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["NotOracle"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackNotOracleError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["UnknownModel"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackUnknownModelError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["ZeroContributionCount"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackZeroContributionCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["ZeroFee"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackZeroFeeError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistry.abi.Errors["ZeroHash"].ID.Bytes()[:4]) {
		return modelRegistry.UnpackZeroHashError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ModelRegistryEmptyURI represents a EmptyURI error raised by the ModelRegistry contract.
type ModelRegistryEmptyURI struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyURI()
func ModelRegistryEmptyURIErrorID() common.Hash {
	return common.HexToHash("0xd07b00d637fc447c4db1e1470623ac6e1155e0708df4f0b16edf7d6673bfd61e")
}

// UnpackEmptyURIError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyURI()
func (modelRegistry *ModelRegistry) UnpackEmptyURIError(raw []byte) (*ModelRegistryEmptyURI, error) {
	out := new(ModelRegistryEmptyURI)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "EmptyURI", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryFeeAboveMax represents a FeeAboveMax error raised by the ModelRegistry contract.
type ModelRegistryFeeAboveMax struct {
	ModelId *big.Int
	Fee     *big.Int
	MaxFee  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeAboveMax(uint256 modelId, uint256 fee, uint256 maxFee)
func ModelRegistryFeeAboveMaxErrorID() common.Hash {
	return common.HexToHash("0xb1e53e3af0baba3672d4e8f3dbd6a2a571d8080cf2a7dbea3d7635d99e37d6a4")
}

// UnpackFeeAboveMaxError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeAboveMax(uint256 modelId, uint256 fee, uint256 maxFee)
func (modelRegistry *ModelRegistry) UnpackFeeAboveMaxError(raw []byte) (*ModelRegistryFeeAboveMax, error) {
	out := new(ModelRegistryFeeAboveMax)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "FeeAboveMax", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryInsufficientAllowance represents a InsufficientAllowance error raised by the ModelRegistry contract.
type ModelRegistryInsufficientAllowance struct {
	Allowance *big.Int
	Fee       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientAllowance(uint256 allowance, uint256 fee)
func ModelRegistryInsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0x2a1b2dd846b7c4bf41216c8f38fc58089000eb0b20edf03e6f81ecadbe2cbedf")
}

// UnpackInsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientAllowance(uint256 allowance, uint256 fee)
func (modelRegistry *ModelRegistry) UnpackInsufficientAllowanceError(raw []byte) (*ModelRegistryInsufficientAllowance, error) {
	out := new(ModelRegistryInsufficientAllowance)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryModelInactive represents a ModelInactive error raised by the ModelRegistry contract.
type ModelRegistryModelInactive struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelInactive(uint256 modelId)
func ModelRegistryModelInactiveErrorID() common.Hash {
	return common.HexToHash("0x2e910a624e5962e8448c9ece639b625ec6a27b10accc1313c4348ff7e61f42a3")
}

// UnpackModelInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelInactive(uint256 modelId)
func (modelRegistry *ModelRegistry) UnpackModelInactiveError(raw []byte) (*ModelRegistryModelInactive, error) {
	out := new(ModelRegistryModelInactive)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "ModelInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryNotModelOwner represents a NotModelOwner error raised by the ModelRegistry contract.
type ModelRegistryNotModelOwner struct {
	ModelId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotModelOwner(uint256 modelId, address caller)
func ModelRegistryNotModelOwnerErrorID() common.Hash {
	return common.HexToHash("0x25a0f138b9f431edbdb764e5493fb6e83edb0cd2ec44878255eebc6a0455a08a")
}

// UnpackNotModelOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotModelOwner(uint256 modelId, address caller)
func (modelRegistry *ModelRegistry) UnpackNotModelOwnerError(raw []byte) (*ModelRegistryNotModelOwner, error) {
	out := new(ModelRegistryNotModelOwner)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "NotModelOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryNotOracle represents a NotOracle error raised by the ModelRegistry contract.
type ModelRegistryNotOracle struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOracle(address caller)
func ModelRegistryNotOracleErrorID() common.Hash {
	return common.HexToHash("0xdf4f82405d961fcad9f2ba02ce8e436cf5eedd191691916020e727d24df31ee4")
}

// UnpackNotOracleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOracle(address caller)
func (modelRegistry *ModelRegistry) UnpackNotOracleError(raw []byte) (*ModelRegistryNotOracle, error) {
	out := new(ModelRegistryNotOracle)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "NotOracle", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the ModelRegistry contract.
type ModelRegistryOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func ModelRegistryOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (modelRegistry *ModelRegistry) UnpackOwnableInvalidOwnerError(raw []byte) (*ModelRegistryOwnableInvalidOwner, error) {
	out := new(ModelRegistryOwnableInvalidOwner)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the ModelRegistry contract.
type ModelRegistryOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func ModelRegistryOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (modelRegistry *ModelRegistry) UnpackOwnableUnauthorizedAccountError(raw []byte) (*ModelRegistryOwnableUnauthorizedAccount, error) {
	out := new(ModelRegistryOwnableUnauthorizedAccount)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistrySafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the ModelRegistry contract.
type ModelRegistrySafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func ModelRegistrySafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (modelRegistry *ModelRegistry) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*ModelRegistrySafeCastOverflowedUintDowncast, error) {
	out := new(ModelRegistrySafeCastOverflowedUintDowncast)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryUnknownModel represents a UnknownModel error raised by the ModelRegistry contract.
type ModelRegistryUnknownModel struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownModel(uint256 modelId)
func ModelRegistryUnknownModelErrorID() common.Hash {
	return common.HexToHash("0x2380022d955c9d9f2011291f12230d2200b459ca8f2d07a27d4410c88f1ada5e")
}

// UnpackUnknownModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownModel(uint256 modelId)
func (modelRegistry *ModelRegistry) UnpackUnknownModelError(raw []byte) (*ModelRegistryUnknownModel, error) {
	out := new(ModelRegistryUnknownModel)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "UnknownModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryZeroAddress represents a ZeroAddress error raised by the ModelRegistry contract.
type ModelRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ModelRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (modelRegistry *ModelRegistry) UnpackZeroAddressError(raw []byte) (*ModelRegistryZeroAddress, error) {
	out := new(ModelRegistryZeroAddress)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryZeroContributionCount represents a ZeroContributionCount error raised by the ModelRegistry contract.
type ModelRegistryZeroContributionCount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroContributionCount()
func ModelRegistryZeroContributionCountErrorID() common.Hash {
	return common.HexToHash("0xe0af8ad6f063b61638b69e7b8d5cb470bf3166a589cd8ced148278bcfdc09cbf")
}

// UnpackZeroContributionCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroContributionCount()
func (modelRegistry *ModelRegistry) UnpackZeroContributionCountError(raw []byte) (*ModelRegistryZeroContributionCount, error) {
	out := new(ModelRegistryZeroContributionCount)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "ZeroContributionCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryZeroFee represents a ZeroFee error raised by the ModelRegistry contract.
type ModelRegistryZeroFee struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroFee()
func ModelRegistryZeroFeeErrorID() common.Hash {
	return common.HexToHash("0xaf13986d418e4b80e36f0b9d3502f4029fc089b272f0666af24393def6b9f097")
}

// UnpackZeroFeeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroFee()
func (modelRegistry *ModelRegistry) UnpackZeroFeeError(raw []byte) (*ModelRegistryZeroFee, error) {
	out := new(ModelRegistryZeroFee)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "ZeroFee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryZeroHash represents a ZeroHash error raised by the ModelRegistry contract.
type ModelRegistryZeroHash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroHash()
func ModelRegistryZeroHashErrorID() common.Hash {
	return common.HexToHash("0xf1ae58d53750b958ce0ecfcfb8703282d23f4108c501df126d4c9e83b187c78e")
}

// UnpackZeroHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroHash()
func (modelRegistry *ModelRegistry) UnpackZeroHashError(raw []byte) (*ModelRegistryZeroHash, error) {
	out := new(ModelRegistryZeroHash)
	if err := modelRegistry.abi.UnpackIntoInterface(out, "ZeroHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}
