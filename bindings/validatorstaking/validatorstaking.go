// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package validatorstaking

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

// IValidatorStakingPosition is an auto generated low-level Go binding around an user-defined struct.
type IValidatorStakingPosition struct {
	Active       *big.Int
	Unbonding    *big.Int
	UnbondingEnd *big.Int
}

// ValidatorStakingMetaData contains all meta data concerning the ValidatorStaking contract.
var ValidatorStakingMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"datanetRegistry_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"treasury_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"DEFAULT_MIN_STAKE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_UNBONDING_DELAY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint40\",\"internalType\":\"uint40\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_UNBONDING_DELAY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint40\",\"internalType\":\"uint40\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_UNBONDING_DELAY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint40\",\"internalType\":\"uint40\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"datanetRegistry\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minStake\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"position\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIValidatorStaking.Position\",\"components\":[{\"name\":\"active\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"unbonding\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"unbondingEnd\",\"type\":\"uint40\",\"internalType\":\"uint40\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"requestUnbond\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMinStake\",\"inputs\":[{\"name\":\"newMinStake\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setTreasury\",\"inputs\":[{\"name\":\"newTreasury\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setUnbondingDelay\",\"inputs\":[{\"name\":\"delay\",\"type\":\"uint40\",\"internalType\":\"uint40\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"slash\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"evidence\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"slashed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"stake\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalActive\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"treasury\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"unbondingDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint40\",\"internalType\":\"uint40\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"voteWeight\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"weight\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"total\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"MinStakeUpdated\",\"inputs\":[{\"name\":\"minStake\",\"type\":\"uint96\",\"indexed\":false,\"internalType\":\"uint96\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Slashed\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"evidence\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"removed\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Staked\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"active\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TreasuryUpdated\",\"inputs\":[{\"name\":\"treasury\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UnbondingDelayUpdated\",\"inputs\":[{\"name\":\"delay\",\"type\":\"uint40\",\"indexed\":false,\"internalType\":\"uint40\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"UnbondingRequested\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"active\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"unbondingEnd\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"BelowMinStake\",\"inputs\":[{\"name\":\"stake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"DatanetNotStaked\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientStake\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"active\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidMinStake\",\"inputs\":[{\"name\":\"minStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidUnbondingDelay\",\"inputs\":[{\"name\":\"delay\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NothingToSlash\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NothingToWithdraw\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"StillUnbonding\",\"inputs\":[{\"name\":\"datanetId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"validator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"unbondingEnd\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"TransferAmountMismatch\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"received\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]}]",
	ID:  "ValidatorStaking",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051611fff380380611fff83398101604081905261002e9161030e565b806001600160a01b03811661005d57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b610066816100e6565b506001600160a01b038416158061008457506001600160a01b038316155b156100a25760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03808516608052831660a0526100c869021e19e0c9bab2400000610102565b6100d462127500610193565b6100dd82610226565b5050505061035f565b600180546001600160a01b03191690556100ff816102a4565b50565b806001600160601b03165f036101365760405163718289ab60e01b81526001600160601b0382166004820152602401610054565b600180546001600160a01b0316600160a01b6001600160601b038416908102919091179091556040519081527fb3798db38bfbe5416d0e742df71694e22b47fba44becc4500129cd5e61b473b9906020015b60405180910390a150565b6201518064ffffffffff821610806101b557506301e1338064ffffffffff8216115b156101dc576040516375a635cf60e11b815264ffffffffff82166004820152602401610054565b6002805464ffffffffff191664ffffffffff83169081179091556040519081527fe1ee2d4352109278c4c362584aef61c78046dc712ed77d5de3a4eea5906bcf3090602001610188565b6001600160a01b03811661024d5760405163d92e233d60e01b815260040160405180910390fd5b60028054600160281b600160c81b031916650100000000006001600160a01b038416908102919091179091556040517f7dae230f18360d76a040c81f050aa14eb9d6dc7901b20fc5d855e2a20fe814d1905f90a250565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b80516001600160a01b0381168114610309575f5ffd5b919050565b5f5f5f5f60808587031215610321575f5ffd5b61032a856102f3565b9350610338602086016102f3565b9250610346604086016102f3565b9150610354606086016102f3565b905092959194509250565b60805160a051611c4e6103b15f395f818161028e0152818161099501528181610b5201528181610dc5015261104701525f81816104870152818161069901528181610a070152610e370152611c4e5ff3fe608060405234801561000f575f5ffd5b506004361061018e575f3560e01c80637b0472f0116100dd578063db7dd35a11610088578063f0f4426011610063578063f0f442601461045c578063f2fde38b1461046f578063fc0c546a14610482575f5ffd5b8063db7dd35a1461041c578063dff3ece91461042d578063e30c39781461043e575f5ffd5b8063a45b821c116100b8578063a45b821c146103a3578063c65d8b73146103f2578063d2c70732146103fd575f5ffd5b80637b0472f0146103605780638da5cb5b1461037357806390a1809d14610390575f5ffd5b80634553888b1161013d5780636ccfc0cb116101185780636ccfc0cb14610346578063715018a61461035057806379ba509714610358575f5ffd5b80634553888b146102f55780635285f3411461030a57806361d027b31461031d575f5ffd5b8063375b3c0a1161016d578063375b3c0a1461023c5780633868514b1461028957806344abfee2146102d5575f5ffd5b8062f714ce14610192578063273c9019146101b85780632b0a999d146101cb575b5f5ffd5b6101a56101a0366004611a91565b6104a9565b6040519081526020015b60405180910390f35b6101a56101c6366004611abb565b6106c7565b6102276101d9366004611a91565b5f82815260036020908152604080832073ffffffffffffffffffffffffffffffffffffffff949094168352928152828220549382526004905220546bffffffffffffffffffffffff90911691565b604080519283526020830191909152016101af565b60015461026c907401000000000000000000000000000000000000000090046bffffffffffffffffffffffff1681565b6040516bffffffffffffffffffffffff90911681526020016101af565b6102b07f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016101af565b6102df6201518081565b60405164ffffffffff90911681526020016101af565b610308610303366004611af3565b610a3d565b005b610308610318366004611b1e565b610a51565b6002546102b09065010000000000900473ffffffffffffffffffffffffffffffffffffffff1681565b6102df6212750081565b610308610a62565b610308610a75565b61030861036e366004611b49565b610ae9565b5f5473ffffffffffffffffffffffffffffffffffffffff166102b0565b61030861039e366004611b49565b610e65565b6103b66103b1366004611a91565b6110bc565b6040805182516bffffffffffffffffffffffff9081168252602080850151909116908201529181015164ffffffffff16908201526060016101af565b6102df6301e1338081565b6101a561040b366004611b69565b60046020525f908152604090205481565b6002546102df9064ffffffffff1681565b61026c69021e19e0c9bab240000081565b60015473ffffffffffffffffffffffffffffffffffffffff166102b0565b61030861046a366004611b80565b611165565b61030861047d366004611b80565b611176565b6102b07f000000000000000000000000000000000000000000000000000000000000000081565b5f73ffffffffffffffffffffffffffffffffffffffff82166104f7576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505f828152600360209081526040808320338452909152812080546c0100000000000000000000000090046bffffffffffffffffffffffff1691829003610578576040517fbf1ad144000000000000000000000000000000000000000000000000000000008152600481018590523360248201526044015b60405180910390fd5b80547801000000000000000000000000000000000000000000000000900464ffffffffff1642101561060a5780546040517f22356e0d00000000000000000000000000000000000000000000000000000000815260048101869052336024820152780100000000000000000000000000000000000000000000000090910464ffffffffff16604482015260640161056f565b80547fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff16815560405182815273ffffffffffffffffffffffffffffffffffffffff841690339086907fe5df19de43c8c04fd192bc68e484b2593570925fbb6ad8c07ccafbc2aa5c37a19060200160405180910390a46106c073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168484611225565b5092915050565b5f6106d06112ab565b5f85815260036020908152604080832073ffffffffffffffffffffffffffffffffffffffff88168452909152902080546bffffffffffffffffffffffff808216916c0100000000000000000000000090041661072c8183611bc6565b5f03610783576040517f85fa0ba60000000000000000000000000000000000000000000000000000000081526004810189905273ffffffffffffffffffffffffffffffffffffffff8816602482015260440161056f565b61078d8183611bc6565b86106107a25761079d8183611bc6565b6107a4565b855b93505f8285106107b457826107b6565b845b90506107c28186611bd9565b6107cc9083611bd9565b84546bffffffffffffffffffffffff919091166c01000000000000000000000000027fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff9091161784555f6108208285611bd9565b90505f841580159061085957506001547401000000000000000000000000000000000000000090046bffffffffffffffffffffffff1682105b90508260045f8d81526020019081526020015f205f82825461087b9190611bd9565b90915550508015610898576108928b875f856112fd565b506108cf565b85547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000166bffffffffffffffffffffffff83161786555b6002546040805189815273ffffffffffffffffffffffffffffffffffffffff650100000000009093048316602082018190529181018b9052831515606082015290918c16908d907f49aa95a9d2bd7fdc3e15bdae2dd77ef865cd06ef698ee7d346b2d9b29cef06839060800160405180910390a381156109ed576040517f6a0cd1f5000000000000000000000000000000000000000000000000000000008152600481018d905273ffffffffffffffffffffffffffffffffffffffff8c811660248301527f00000000000000000000000000000000000000000000000000000000000000001690636a0cd1f5906044015f604051808303815f87803b1580156109d6575f5ffd5b505af11580156109e8573d5f5f3e3d5ffd5b505050505b610a2e73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016828a611225565b50505050505050949350505050565b610a456112ab565b610a4e81611441565b50565b610a596112ab565b610a4e8161150e565b610a6a6112ab565b610a735f6115de565b565b600154339073ffffffffffffffffffffffffffffffffffffffff168114610ae0576040517f118cdaa700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8216600482015260240161056f565b610a4e816115de565b805f03610b22576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6040517f5c705c57000000000000000000000000000000000000000000000000000000008152600481018490527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690635c705c5790602401602060405180830381865afa158015610bac573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bd09190611c19565b6002811115610be157610be1611bec565b03610c1b576040517f525b82bc0000000000000000000000000000000000000000000000000000000081526004810183905260240161056f565b5f8281526003602090815260408083203384529091528120805490916bffffffffffffffffffffffff90911690610c528483611bc6565b6001549091507401000000000000000000000000000000000000000090046bffffffffffffffffffffffff16811015610ce9576001546040517f9be9d80a00000000000000000000000000000000000000000000000000000000815260048101839052740100000000000000000000000000000000000000009091046bffffffffffffffffffffffff16602482015260440161056f565b610cf28161160f565b83547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000166bffffffffffffffffffffffff919091161783555f8581526004602052604081208054869290610d47908490611bc6565b90915550506040805185815260208101839052339187917f17700ceb1658b18206f427c1578048e87504106b14ec69e9b4586d9a95174a32910160405180910390a3815f03610e32576040517f4b561753000000000000000000000000000000000000000000000000000000008152600481018690523360248201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690634b561753906044015f604051808303815f87803b158015610e1b575f5ffd5b505af1158015610e2d573d5f5f3e3d5ffd5b505050505b610e5e7f0000000000000000000000000000000000000000000000000000000000000000333087611664565b5050505050565b805f03610e9e576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f828152600360209081526040808320338452909152902080546bffffffffffffffffffffffff1680831115610f0a576040517f45be0a26000000000000000000000000000000000000000000000000000000008152600481018490526024810182905260440161056f565b5f610f158483611bd9565b90508015801590610f4d57506001547401000000000000000000000000000000000000000090046bffffffffffffffffffffffff1681105b15610fb6576001546040517f9be9d80a00000000000000000000000000000000000000000000000000000000815260048101839052740100000000000000000000000000000000000000009091046bffffffffffffffffffffffff16602482015260440161056f565b5f610fc3868584886112fd565b6040805187815260208101859052908101829052909150339087907f6098c17ba9b6074d1b8f0e08a921a9ff49e965a83c7bb6a44a98e94c7c552dde9060600160405180910390a3815f036110b4576040517f6a0cd1f5000000000000000000000000000000000000000000000000000000008152600481018790523360248201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690636a0cd1f5906044015f604051808303815f87803b15801561109d575f5ffd5b505af11580156110af573d5f5f3e3d5ffd5b505050505b505050505050565b60408051606080820183525f80835260208084018290529284018190528581526003835283812073ffffffffffffffffffffffffffffffffffffffff86168252835283902083519182018452546bffffffffffffffffffffffff80821683526c0100000000000000000000000082041692820192909252780100000000000000000000000000000000000000000000000090910464ffffffffff16918101919091525b92915050565b61116d6112ab565b610a4e816117fa565b61117e6112ab565b6001805473ffffffffffffffffffffffffffffffffffffffff83167fffffffffffffffffffffffff000000000000000000000000000000000000000090911681179091556111e05f5473ffffffffffffffffffffffffffffffffffffffff1690565b73ffffffffffffffffffffffffffffffffffffffff167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b60405173ffffffffffffffffffffffffffffffffffffffff8381166024830152604482018390526112a691859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff83818316178352505050506118c0565b505050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610a73576040517f118cdaa700000000000000000000000000000000000000000000000000000000815233600482015260240161056f565b6002545f906113139064ffffffffff1642611bc6565b84547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000166bffffffffffffffffffffffff85811691909117808755919250611376916113719185916c01000000000000000000000000900416611bc6565b61160f565b84546bffffffffffffffffffffffff919091166c01000000000000000000000000027fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff9091161784556113c881611965565b845464ffffffffff919091167801000000000000000000000000000000000000000000000000027fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff9091161784555f8581526004602052604081208054849290611433908490611bd9565b909155509095945050505050565b6201518064ffffffffff8216108061146357506301e1338064ffffffffff8216115b156114a3576040517feb4c6b9e00000000000000000000000000000000000000000000000000000000815264ffffffffff8216600482015260240161056f565b600280547fffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000001664ffffffffff83169081179091556040519081527fe1ee2d4352109278c4c362584aef61c78046dc712ed77d5de3a4eea5906bcf30906020015b60405180910390a150565b806bffffffffffffffffffffffff165f03611565576040517f718289ab0000000000000000000000000000000000000000000000000000000081526bffffffffffffffffffffffff8216600482015260240161056f565b6001805473ffffffffffffffffffffffffffffffffffffffff16740100000000000000000000000000000000000000006bffffffffffffffffffffffff8416908102919091179091556040519081527fb3798db38bfbe5416d0e742df71694e22b47fba44becc4500129cd5e61b473b990602001611503565b600180547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055610a4e816119af565b5f6bffffffffffffffffffffffff821115611660576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152606060048201526024810183905260440161056f565b5090565b6040517f70a0823100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff83811660048301525f91908616906370a0823190602401602060405180830381865afa1580156116d1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116f59190611c37565b905061171973ffffffffffffffffffffffffffffffffffffffff8616858585611a23565b6040517f70a0823100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84811660048301525f9183918816906370a0823190602401602060405180830381865afa158015611787573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117ab9190611c37565b6117b59190611bd9565b90508281146110b4576040517fb6a9b654000000000000000000000000000000000000000000000000000000008152600481018490526024810182905260440161056f565b73ffffffffffffffffffffffffffffffffffffffff8116611847576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600280547fffffffffffffff0000000000000000000000000000000000000000ffffffffff166501000000000073ffffffffffffffffffffffffffffffffffffffff8416908102919091179091556040517f7dae230f18360d76a040c81f050aa14eb9d6dc7901b20fc5d855e2a20fe814d1905f90a250565b5f5f60205f8451602086015f885af1806118df576040513d5f823e3d81fd5b50505f513d915081156118f6578060011415611910565b73ffffffffffffffffffffffffffffffffffffffff84163b155b1561195f576040517f5274afe700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015260240161056f565b50505050565b5f64ffffffffff821115611660576040517f6dfcc650000000000000000000000000000000000000000000000000000000008152602860048201526024810183905260440161056f565b5f805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b60405173ffffffffffffffffffffffffffffffffffffffff848116602483015283811660448301526064820183905261195f9186918216906323b872dd9060840161125f565b803573ffffffffffffffffffffffffffffffffffffffff81168114611a8c575f5ffd5b919050565b5f5f60408385031215611aa2575f5ffd5b82359150611ab260208401611a69565b90509250929050565b5f5f5f5f60808587031215611ace575f5ffd5b84359350611ade60208601611a69565b93969395505050506040820135916060013590565b5f60208284031215611b03575f5ffd5b813564ffffffffff81168114611b17575f5ffd5b9392505050565b5f60208284031215611b2e575f5ffd5b81356bffffffffffffffffffffffff81168114611b17575f5ffd5b5f5f60408385031215611b5a575f5ffd5b50508035926020909101359150565b5f60208284031215611b79575f5ffd5b5035919050565b5f60208284031215611b90575f5ffd5b611b1782611a69565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561115f5761115f611b99565b8181038181111561115f5761115f611b99565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f60208284031215611c29575f5ffd5b815160038110611b17575f5ffd5b5f60208284031215611c47575f5ffd5b505191905056",
}

// ValidatorStaking is an auto generated Go binding around an Ethereum contract.
type ValidatorStaking struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ValidatorStaking) GetABI() abi.ABI {
	return c.abi
}

// NewValidatorStaking creates a new instance of ValidatorStaking.
func NewValidatorStaking() *ValidatorStaking {
	parsed, err := ValidatorStakingMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ValidatorStaking{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ValidatorStaking) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address datanetRegistry_, address treasury_, address initialOwner) returns()
func (validatorStaking *ValidatorStaking) PackConstructor(token_ common.Address, datanetRegistry_ common.Address, treasury_ common.Address, initialOwner common.Address) []byte {
	enc, err := validatorStaking.abi.Pack("", token_, datanetRegistry_, treasury_, initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTMINSTAKE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdff3ece9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_MIN_STAKE() view returns(uint96)
func (validatorStaking *ValidatorStaking) PackDEFAULTMINSTAKE() []byte {
	enc, err := validatorStaking.abi.Pack("DEFAULT_MIN_STAKE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTMINSTAKE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdff3ece9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_MIN_STAKE() view returns(uint96)
func (validatorStaking *ValidatorStaking) TryPackDEFAULTMINSTAKE() ([]byte, error) {
	return validatorStaking.abi.Pack("DEFAULT_MIN_STAKE")
}

// UnpackDEFAULTMINSTAKE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdff3ece9.
//
// Solidity: function DEFAULT_MIN_STAKE() view returns(uint96)
func (validatorStaking *ValidatorStaking) UnpackDEFAULTMINSTAKE(data []byte) (*big.Int, error) {
	out, err := validatorStaking.abi.Unpack("DEFAULT_MIN_STAKE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDEFAULTUNBONDINGDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ccfc0cb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_UNBONDING_DELAY() view returns(uint40)
func (validatorStaking *ValidatorStaking) PackDEFAULTUNBONDINGDELAY() []byte {
	enc, err := validatorStaking.abi.Pack("DEFAULT_UNBONDING_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTUNBONDINGDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ccfc0cb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_UNBONDING_DELAY() view returns(uint40)
func (validatorStaking *ValidatorStaking) TryPackDEFAULTUNBONDINGDELAY() ([]byte, error) {
	return validatorStaking.abi.Pack("DEFAULT_UNBONDING_DELAY")
}

// UnpackDEFAULTUNBONDINGDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6ccfc0cb.
//
// Solidity: function DEFAULT_UNBONDING_DELAY() view returns(uint40)
func (validatorStaking *ValidatorStaking) UnpackDEFAULTUNBONDINGDELAY(data []byte) (*big.Int, error) {
	out, err := validatorStaking.abi.Unpack("DEFAULT_UNBONDING_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXUNBONDINGDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc65d8b73.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_UNBONDING_DELAY() view returns(uint40)
func (validatorStaking *ValidatorStaking) PackMAXUNBONDINGDELAY() []byte {
	enc, err := validatorStaking.abi.Pack("MAX_UNBONDING_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXUNBONDINGDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc65d8b73.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_UNBONDING_DELAY() view returns(uint40)
func (validatorStaking *ValidatorStaking) TryPackMAXUNBONDINGDELAY() ([]byte, error) {
	return validatorStaking.abi.Pack("MAX_UNBONDING_DELAY")
}

// UnpackMAXUNBONDINGDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc65d8b73.
//
// Solidity: function MAX_UNBONDING_DELAY() view returns(uint40)
func (validatorStaking *ValidatorStaking) UnpackMAXUNBONDINGDELAY(data []byte) (*big.Int, error) {
	out, err := validatorStaking.abi.Unpack("MAX_UNBONDING_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINUNBONDINGDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44abfee2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_UNBONDING_DELAY() view returns(uint40)
func (validatorStaking *ValidatorStaking) PackMINUNBONDINGDELAY() []byte {
	enc, err := validatorStaking.abi.Pack("MIN_UNBONDING_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINUNBONDINGDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44abfee2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_UNBONDING_DELAY() view returns(uint40)
func (validatorStaking *ValidatorStaking) TryPackMINUNBONDINGDELAY() ([]byte, error) {
	return validatorStaking.abi.Pack("MIN_UNBONDING_DELAY")
}

// UnpackMINUNBONDINGDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x44abfee2.
//
// Solidity: function MIN_UNBONDING_DELAY() view returns(uint40)
func (validatorStaking *ValidatorStaking) UnpackMINUNBONDINGDELAY(data []byte) (*big.Int, error) {
	out, err := validatorStaking.abi.Unpack("MIN_UNBONDING_DELAY", data)
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
func (validatorStaking *ValidatorStaking) PackAcceptOwnership() []byte {
	enc, err := validatorStaking.abi.Pack("acceptOwnership")
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
func (validatorStaking *ValidatorStaking) TryPackAcceptOwnership() ([]byte, error) {
	return validatorStaking.abi.Pack("acceptOwnership")
}

// PackDatanetRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3868514b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datanetRegistry() view returns(address)
func (validatorStaking *ValidatorStaking) PackDatanetRegistry() []byte {
	enc, err := validatorStaking.abi.Pack("datanetRegistry")
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
func (validatorStaking *ValidatorStaking) TryPackDatanetRegistry() ([]byte, error) {
	return validatorStaking.abi.Pack("datanetRegistry")
}

// UnpackDatanetRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3868514b.
//
// Solidity: function datanetRegistry() view returns(address)
func (validatorStaking *ValidatorStaking) UnpackDatanetRegistry(data []byte) (common.Address, error) {
	out, err := validatorStaking.abi.Unpack("datanetRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minStake() view returns(uint96)
func (validatorStaking *ValidatorStaking) PackMinStake() []byte {
	enc, err := validatorStaking.abi.Pack("minStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minStake() view returns(uint96)
func (validatorStaking *ValidatorStaking) TryPackMinStake() ([]byte, error) {
	return validatorStaking.abi.Pack("minStake")
}

// UnpackMinStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint96)
func (validatorStaking *ValidatorStaking) UnpackMinStake(data []byte) (*big.Int, error) {
	out, err := validatorStaking.abi.Unpack("minStake", data)
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
func (validatorStaking *ValidatorStaking) PackOwner() []byte {
	enc, err := validatorStaking.abi.Pack("owner")
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
func (validatorStaking *ValidatorStaking) TryPackOwner() ([]byte, error) {
	return validatorStaking.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (validatorStaking *ValidatorStaking) UnpackOwner(data []byte) (common.Address, error) {
	out, err := validatorStaking.abi.Unpack("owner", data)
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
func (validatorStaking *ValidatorStaking) PackPendingOwner() []byte {
	enc, err := validatorStaking.abi.Pack("pendingOwner")
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
func (validatorStaking *ValidatorStaking) TryPackPendingOwner() ([]byte, error) {
	return validatorStaking.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (validatorStaking *ValidatorStaking) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := validatorStaking.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPosition is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa45b821c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function position(uint256 datanetId, address validator) view returns((uint96,uint96,uint40))
func (validatorStaking *ValidatorStaking) PackPosition(datanetId *big.Int, validator common.Address) []byte {
	enc, err := validatorStaking.abi.Pack("position", datanetId, validator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPosition is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa45b821c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function position(uint256 datanetId, address validator) view returns((uint96,uint96,uint40))
func (validatorStaking *ValidatorStaking) TryPackPosition(datanetId *big.Int, validator common.Address) ([]byte, error) {
	return validatorStaking.abi.Pack("position", datanetId, validator)
}

// UnpackPosition is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa45b821c.
//
// Solidity: function position(uint256 datanetId, address validator) view returns((uint96,uint96,uint40))
func (validatorStaking *ValidatorStaking) UnpackPosition(data []byte) (IValidatorStakingPosition, error) {
	out, err := validatorStaking.abi.Unpack("position", data)
	if err != nil {
		return *new(IValidatorStakingPosition), err
	}
	out0 := *abi.ConvertType(out[0], new(IValidatorStakingPosition)).(*IValidatorStakingPosition)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (validatorStaking *ValidatorStaking) PackRenounceOwnership() []byte {
	enc, err := validatorStaking.abi.Pack("renounceOwnership")
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
func (validatorStaking *ValidatorStaking) TryPackRenounceOwnership() ([]byte, error) {
	return validatorStaking.abi.Pack("renounceOwnership")
}

// PackRequestUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90a1809d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestUnbond(uint256 datanetId, uint256 amount) returns()
func (validatorStaking *ValidatorStaking) PackRequestUnbond(datanetId *big.Int, amount *big.Int) []byte {
	enc, err := validatorStaking.abi.Pack("requestUnbond", datanetId, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90a1809d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestUnbond(uint256 datanetId, uint256 amount) returns()
func (validatorStaking *ValidatorStaking) TryPackRequestUnbond(datanetId *big.Int, amount *big.Int) ([]byte, error) {
	return validatorStaking.abi.Pack("requestUnbond", datanetId, amount)
}

// PackSetMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5285f341.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinStake(uint96 newMinStake) returns()
func (validatorStaking *ValidatorStaking) PackSetMinStake(newMinStake *big.Int) []byte {
	enc, err := validatorStaking.abi.Pack("setMinStake", newMinStake)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5285f341.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinStake(uint96 newMinStake) returns()
func (validatorStaking *ValidatorStaking) TryPackSetMinStake(newMinStake *big.Int) ([]byte, error) {
	return validatorStaking.abi.Pack("setMinStake", newMinStake)
}

// PackSetTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0f44260.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTreasury(address newTreasury) returns()
func (validatorStaking *ValidatorStaking) PackSetTreasury(newTreasury common.Address) []byte {
	enc, err := validatorStaking.abi.Pack("setTreasury", newTreasury)
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
func (validatorStaking *ValidatorStaking) TryPackSetTreasury(newTreasury common.Address) ([]byte, error) {
	return validatorStaking.abi.Pack("setTreasury", newTreasury)
}

// PackSetUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4553888b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setUnbondingDelay(uint40 delay) returns()
func (validatorStaking *ValidatorStaking) PackSetUnbondingDelay(delay *big.Int) []byte {
	enc, err := validatorStaking.abi.Pack("setUnbondingDelay", delay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4553888b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setUnbondingDelay(uint40 delay) returns()
func (validatorStaking *ValidatorStaking) TryPackSetUnbondingDelay(delay *big.Int) ([]byte, error) {
	return validatorStaking.abi.Pack("setUnbondingDelay", delay)
}

// PackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x273c9019.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slash(uint256 datanetId, address validator, uint256 amount, bytes32 evidence) returns(uint256 slashed)
func (validatorStaking *ValidatorStaking) PackSlash(datanetId *big.Int, validator common.Address, amount *big.Int, evidence [32]byte) []byte {
	enc, err := validatorStaking.abi.Pack("slash", datanetId, validator, amount, evidence)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x273c9019.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slash(uint256 datanetId, address validator, uint256 amount, bytes32 evidence) returns(uint256 slashed)
func (validatorStaking *ValidatorStaking) TryPackSlash(datanetId *big.Int, validator common.Address, amount *big.Int, evidence [32]byte) ([]byte, error) {
	return validatorStaking.abi.Pack("slash", datanetId, validator, amount, evidence)
}

// UnpackSlash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x273c9019.
//
// Solidity: function slash(uint256 datanetId, address validator, uint256 amount, bytes32 evidence) returns(uint256 slashed)
func (validatorStaking *ValidatorStaking) UnpackSlash(data []byte) (*big.Int, error) {
	out, err := validatorStaking.abi.Unpack("slash", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b0472f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake(uint256 datanetId, uint256 amount) returns()
func (validatorStaking *ValidatorStaking) PackStake(datanetId *big.Int, amount *big.Int) []byte {
	enc, err := validatorStaking.abi.Pack("stake", datanetId, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b0472f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake(uint256 datanetId, uint256 amount) returns()
func (validatorStaking *ValidatorStaking) TryPackStake(datanetId *big.Int, amount *big.Int) ([]byte, error) {
	return validatorStaking.abi.Pack("stake", datanetId, amount)
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (validatorStaking *ValidatorStaking) PackToken() []byte {
	enc, err := validatorStaking.abi.Pack("token")
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
func (validatorStaking *ValidatorStaking) TryPackToken() ([]byte, error) {
	return validatorStaking.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (validatorStaking *ValidatorStaking) UnpackToken(data []byte) (common.Address, error) {
	out, err := validatorStaking.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTotalActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2c70732.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalActive(uint256 datanetId) view returns(uint256)
func (validatorStaking *ValidatorStaking) PackTotalActive(datanetId *big.Int) []byte {
	enc, err := validatorStaking.abi.Pack("totalActive", datanetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2c70732.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalActive(uint256 datanetId) view returns(uint256)
func (validatorStaking *ValidatorStaking) TryPackTotalActive(datanetId *big.Int) ([]byte, error) {
	return validatorStaking.abi.Pack("totalActive", datanetId)
}

// UnpackTotalActive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2c70732.
//
// Solidity: function totalActive(uint256 datanetId) view returns(uint256)
func (validatorStaking *ValidatorStaking) UnpackTotalActive(data []byte) (*big.Int, error) {
	out, err := validatorStaking.abi.Unpack("totalActive", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (validatorStaking *ValidatorStaking) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := validatorStaking.abi.Pack("transferOwnership", newOwner)
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
func (validatorStaking *ValidatorStaking) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return validatorStaking.abi.Pack("transferOwnership", newOwner)
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(address)
func (validatorStaking *ValidatorStaking) PackTreasury() []byte {
	enc, err := validatorStaking.abi.Pack("treasury")
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
func (validatorStaking *ValidatorStaking) TryPackTreasury() ([]byte, error) {
	return validatorStaking.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(address)
func (validatorStaking *ValidatorStaking) UnpackTreasury(data []byte) (common.Address, error) {
	out, err := validatorStaking.abi.Unpack("treasury", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondingDelay() view returns(uint40)
func (validatorStaking *ValidatorStaking) PackUnbondingDelay() []byte {
	enc, err := validatorStaking.abi.Pack("unbondingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondingDelay() view returns(uint40)
func (validatorStaking *ValidatorStaking) TryPackUnbondingDelay() ([]byte, error) {
	return validatorStaking.abi.Pack("unbondingDelay")
}

// UnpackUnbondingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint40)
func (validatorStaking *ValidatorStaking) UnpackUnbondingDelay(data []byte) (*big.Int, error) {
	out, err := validatorStaking.abi.Unpack("unbondingDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVoteWeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b0a999d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voteWeight(uint256 datanetId, address validator) view returns(uint256 weight, uint256 total)
func (validatorStaking *ValidatorStaking) PackVoteWeight(datanetId *big.Int, validator common.Address) []byte {
	enc, err := validatorStaking.abi.Pack("voteWeight", datanetId, validator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoteWeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b0a999d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voteWeight(uint256 datanetId, address validator) view returns(uint256 weight, uint256 total)
func (validatorStaking *ValidatorStaking) TryPackVoteWeight(datanetId *big.Int, validator common.Address) ([]byte, error) {
	return validatorStaking.abi.Pack("voteWeight", datanetId, validator)
}

// VoteWeightOutput serves as a container for the return parameters of contract
// method VoteWeight.
type VoteWeightOutput struct {
	Weight *big.Int
	Total  *big.Int
}

// UnpackVoteWeight is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b0a999d.
//
// Solidity: function voteWeight(uint256 datanetId, address validator) view returns(uint256 weight, uint256 total)
func (validatorStaking *ValidatorStaking) UnpackVoteWeight(data []byte) (VoteWeightOutput, error) {
	out, err := validatorStaking.abi.Unpack("voteWeight", data)
	outstruct := new(VoteWeightOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Weight = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Total = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00f714ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 datanetId, address to) returns(uint256 amount)
func (validatorStaking *ValidatorStaking) PackWithdraw(datanetId *big.Int, to common.Address) []byte {
	enc, err := validatorStaking.abi.Pack("withdraw", datanetId, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00f714ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 datanetId, address to) returns(uint256 amount)
func (validatorStaking *ValidatorStaking) TryPackWithdraw(datanetId *big.Int, to common.Address) ([]byte, error) {
	return validatorStaking.abi.Pack("withdraw", datanetId, to)
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00f714ce.
//
// Solidity: function withdraw(uint256 datanetId, address to) returns(uint256 amount)
func (validatorStaking *ValidatorStaking) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := validatorStaking.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// ValidatorStakingMinStakeUpdated represents a MinStakeUpdated event raised by the ValidatorStaking contract.
type ValidatorStakingMinStakeUpdated struct {
	MinStake *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ValidatorStakingMinStakeUpdatedEventName = "MinStakeUpdated"

// ContractEventName returns the user-defined event name.
func (ValidatorStakingMinStakeUpdated) ContractEventName() string {
	return ValidatorStakingMinStakeUpdatedEventName
}

// UnpackMinStakeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinStakeUpdated(uint96 minStake)
func (validatorStaking *ValidatorStaking) UnpackMinStakeUpdatedEvent(log *types.Log) (*ValidatorStakingMinStakeUpdated, error) {
	event := "MinStakeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validatorStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidatorStakingMinStakeUpdated)
	if len(log.Data) > 0 {
		if err := validatorStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validatorStaking.abi.Events[event].Inputs {
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

// ValidatorStakingOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the ValidatorStaking contract.
type ValidatorStakingOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ValidatorStakingOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (ValidatorStakingOwnershipTransferStarted) ContractEventName() string {
	return ValidatorStakingOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (validatorStaking *ValidatorStaking) UnpackOwnershipTransferStartedEvent(log *types.Log) (*ValidatorStakingOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validatorStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidatorStakingOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := validatorStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validatorStaking.abi.Events[event].Inputs {
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

// ValidatorStakingOwnershipTransferred represents a OwnershipTransferred event raised by the ValidatorStaking contract.
type ValidatorStakingOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ValidatorStakingOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ValidatorStakingOwnershipTransferred) ContractEventName() string {
	return ValidatorStakingOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (validatorStaking *ValidatorStaking) UnpackOwnershipTransferredEvent(log *types.Log) (*ValidatorStakingOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validatorStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidatorStakingOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := validatorStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validatorStaking.abi.Events[event].Inputs {
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

// ValidatorStakingSlashed represents a Slashed event raised by the ValidatorStaking contract.
type ValidatorStakingSlashed struct {
	DatanetId *big.Int
	Validator common.Address
	Amount    *big.Int
	Treasury  common.Address
	Evidence  [32]byte
	Removed   bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const ValidatorStakingSlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (ValidatorStakingSlashed) ContractEventName() string {
	return ValidatorStakingSlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(uint256 indexed datanetId, address indexed validator, uint256 amount, address treasury, bytes32 evidence, bool removed)
func (validatorStaking *ValidatorStaking) UnpackSlashedEvent(log *types.Log) (*ValidatorStakingSlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validatorStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidatorStakingSlashed)
	if len(log.Data) > 0 {
		if err := validatorStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validatorStaking.abi.Events[event].Inputs {
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

// ValidatorStakingStaked represents a Staked event raised by the ValidatorStaking contract.
type ValidatorStakingStaked struct {
	DatanetId *big.Int
	Validator common.Address
	Amount    *big.Int
	Active    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const ValidatorStakingStakedEventName = "Staked"

// ContractEventName returns the user-defined event name.
func (ValidatorStakingStaked) ContractEventName() string {
	return ValidatorStakingStakedEventName
}

// UnpackStakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Staked(uint256 indexed datanetId, address indexed validator, uint256 amount, uint256 active)
func (validatorStaking *ValidatorStaking) UnpackStakedEvent(log *types.Log) (*ValidatorStakingStaked, error) {
	event := "Staked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validatorStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidatorStakingStaked)
	if len(log.Data) > 0 {
		if err := validatorStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validatorStaking.abi.Events[event].Inputs {
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

// ValidatorStakingTreasuryUpdated represents a TreasuryUpdated event raised by the ValidatorStaking contract.
type ValidatorStakingTreasuryUpdated struct {
	Treasury common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const ValidatorStakingTreasuryUpdatedEventName = "TreasuryUpdated"

// ContractEventName returns the user-defined event name.
func (ValidatorStakingTreasuryUpdated) ContractEventName() string {
	return ValidatorStakingTreasuryUpdatedEventName
}

// UnpackTreasuryUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TreasuryUpdated(address indexed treasury)
func (validatorStaking *ValidatorStaking) UnpackTreasuryUpdatedEvent(log *types.Log) (*ValidatorStakingTreasuryUpdated, error) {
	event := "TreasuryUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validatorStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidatorStakingTreasuryUpdated)
	if len(log.Data) > 0 {
		if err := validatorStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validatorStaking.abi.Events[event].Inputs {
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

// ValidatorStakingUnbondingDelayUpdated represents a UnbondingDelayUpdated event raised by the ValidatorStaking contract.
type ValidatorStakingUnbondingDelayUpdated struct {
	Delay *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const ValidatorStakingUnbondingDelayUpdatedEventName = "UnbondingDelayUpdated"

// ContractEventName returns the user-defined event name.
func (ValidatorStakingUnbondingDelayUpdated) ContractEventName() string {
	return ValidatorStakingUnbondingDelayUpdatedEventName
}

// UnpackUnbondingDelayUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnbondingDelayUpdated(uint40 delay)
func (validatorStaking *ValidatorStaking) UnpackUnbondingDelayUpdatedEvent(log *types.Log) (*ValidatorStakingUnbondingDelayUpdated, error) {
	event := "UnbondingDelayUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validatorStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidatorStakingUnbondingDelayUpdated)
	if len(log.Data) > 0 {
		if err := validatorStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validatorStaking.abi.Events[event].Inputs {
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

// ValidatorStakingUnbondingRequested represents a UnbondingRequested event raised by the ValidatorStaking contract.
type ValidatorStakingUnbondingRequested struct {
	DatanetId    *big.Int
	Validator    common.Address
	Amount       *big.Int
	Active       *big.Int
	UnbondingEnd *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const ValidatorStakingUnbondingRequestedEventName = "UnbondingRequested"

// ContractEventName returns the user-defined event name.
func (ValidatorStakingUnbondingRequested) ContractEventName() string {
	return ValidatorStakingUnbondingRequestedEventName
}

// UnpackUnbondingRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnbondingRequested(uint256 indexed datanetId, address indexed validator, uint256 amount, uint256 active, uint256 unbondingEnd)
func (validatorStaking *ValidatorStaking) UnpackUnbondingRequestedEvent(log *types.Log) (*ValidatorStakingUnbondingRequested, error) {
	event := "UnbondingRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validatorStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidatorStakingUnbondingRequested)
	if len(log.Data) > 0 {
		if err := validatorStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validatorStaking.abi.Events[event].Inputs {
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

// ValidatorStakingWithdrawn represents a Withdrawn event raised by the ValidatorStaking contract.
type ValidatorStakingWithdrawn struct {
	DatanetId *big.Int
	Validator common.Address
	To        common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const ValidatorStakingWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (ValidatorStakingWithdrawn) ContractEventName() string {
	return ValidatorStakingWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(uint256 indexed datanetId, address indexed validator, address indexed to, uint256 amount)
func (validatorStaking *ValidatorStaking) UnpackWithdrawnEvent(log *types.Log) (*ValidatorStakingWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != validatorStaking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ValidatorStakingWithdrawn)
	if len(log.Data) > 0 {
		if err := validatorStaking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range validatorStaking.abi.Events[event].Inputs {
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
func (validatorStaking *ValidatorStaking) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], validatorStaking.abi.Errors["BelowMinStake"].ID.Bytes()[:4]) {
		return validatorStaking.UnpackBelowMinStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorStaking.abi.Errors["DatanetNotStaked"].ID.Bytes()[:4]) {
		return validatorStaking.UnpackDatanetNotStakedError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorStaking.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return validatorStaking.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorStaking.abi.Errors["InvalidMinStake"].ID.Bytes()[:4]) {
		return validatorStaking.UnpackInvalidMinStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorStaking.abi.Errors["InvalidUnbondingDelay"].ID.Bytes()[:4]) {
		return validatorStaking.UnpackInvalidUnbondingDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorStaking.abi.Errors["NothingToSlash"].ID.Bytes()[:4]) {
		return validatorStaking.UnpackNothingToSlashError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorStaking.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return validatorStaking.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorStaking.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return validatorStaking.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorStaking.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return validatorStaking.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorStaking.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return validatorStaking.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorStaking.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return validatorStaking.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorStaking.abi.Errors["StillUnbonding"].ID.Bytes()[:4]) {
		return validatorStaking.UnpackStillUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorStaking.abi.Errors["TransferAmountMismatch"].ID.Bytes()[:4]) {
		return validatorStaking.UnpackTransferAmountMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorStaking.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return validatorStaking.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], validatorStaking.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return validatorStaking.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ValidatorStakingBelowMinStake represents a BelowMinStake error raised by the ValidatorStaking contract.
type ValidatorStakingBelowMinStake struct {
	Stake    *big.Int
	MinStake *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BelowMinStake(uint256 stake, uint256 minStake)
func ValidatorStakingBelowMinStakeErrorID() common.Hash {
	return common.HexToHash("0x9be9d80a2ed2f98354f5a04a44a1269c0d187132b9fc1f98adb9d57bbccaa294")
}

// UnpackBelowMinStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BelowMinStake(uint256 stake, uint256 minStake)
func (validatorStaking *ValidatorStaking) UnpackBelowMinStakeError(raw []byte) (*ValidatorStakingBelowMinStake, error) {
	out := new(ValidatorStakingBelowMinStake)
	if err := validatorStaking.abi.UnpackIntoInterface(out, "BelowMinStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorStakingDatanetNotStaked represents a DatanetNotStaked error raised by the ValidatorStaking contract.
type ValidatorStakingDatanetNotStaked struct {
	DatanetId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DatanetNotStaked(uint256 datanetId)
func ValidatorStakingDatanetNotStakedErrorID() common.Hash {
	return common.HexToHash("0x525b82bc274acad3e9430db652508aeec38ec18787f4994290fbb7c274095afd")
}

// UnpackDatanetNotStakedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DatanetNotStaked(uint256 datanetId)
func (validatorStaking *ValidatorStaking) UnpackDatanetNotStakedError(raw []byte) (*ValidatorStakingDatanetNotStaked, error) {
	out := new(ValidatorStakingDatanetNotStaked)
	if err := validatorStaking.abi.UnpackIntoInterface(out, "DatanetNotStaked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorStakingInsufficientStake represents a InsufficientStake error raised by the ValidatorStaking contract.
type ValidatorStakingInsufficientStake struct {
	Requested *big.Int
	Active    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 requested, uint256 active)
func ValidatorStakingInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x45be0a261a88f9fedc41221879f08865d5e8d6053c877967e6e8e39e5697e6d5")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 requested, uint256 active)
func (validatorStaking *ValidatorStaking) UnpackInsufficientStakeError(raw []byte) (*ValidatorStakingInsufficientStake, error) {
	out := new(ValidatorStakingInsufficientStake)
	if err := validatorStaking.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorStakingInvalidMinStake represents a InvalidMinStake error raised by the ValidatorStaking contract.
type ValidatorStakingInvalidMinStake struct {
	MinStake *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMinStake(uint256 minStake)
func ValidatorStakingInvalidMinStakeErrorID() common.Hash {
	return common.HexToHash("0x718289ab0c9e877b965cac752afd808f51273a2a2e5866e293c1361ce6d88cf6")
}

// UnpackInvalidMinStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMinStake(uint256 minStake)
func (validatorStaking *ValidatorStaking) UnpackInvalidMinStakeError(raw []byte) (*ValidatorStakingInvalidMinStake, error) {
	out := new(ValidatorStakingInvalidMinStake)
	if err := validatorStaking.abi.UnpackIntoInterface(out, "InvalidMinStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorStakingInvalidUnbondingDelay represents a InvalidUnbondingDelay error raised by the ValidatorStaking contract.
type ValidatorStakingInvalidUnbondingDelay struct {
	Delay *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidUnbondingDelay(uint256 delay)
func ValidatorStakingInvalidUnbondingDelayErrorID() common.Hash {
	return common.HexToHash("0xeb4c6b9e12c336c47248a0ddac2e2d9fcad6ca9d3ced3e3c3fd5599ff0cdc8b3")
}

// UnpackInvalidUnbondingDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidUnbondingDelay(uint256 delay)
func (validatorStaking *ValidatorStaking) UnpackInvalidUnbondingDelayError(raw []byte) (*ValidatorStakingInvalidUnbondingDelay, error) {
	out := new(ValidatorStakingInvalidUnbondingDelay)
	if err := validatorStaking.abi.UnpackIntoInterface(out, "InvalidUnbondingDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorStakingNothingToSlash represents a NothingToSlash error raised by the ValidatorStaking contract.
type ValidatorStakingNothingToSlash struct {
	DatanetId *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToSlash(uint256 datanetId, address validator)
func ValidatorStakingNothingToSlashErrorID() common.Hash {
	return common.HexToHash("0x85fa0ba6affb68df5787a3b3f554eb9214c05d1d1c2885db74822014e1325011")
}

// UnpackNothingToSlashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToSlash(uint256 datanetId, address validator)
func (validatorStaking *ValidatorStaking) UnpackNothingToSlashError(raw []byte) (*ValidatorStakingNothingToSlash, error) {
	out := new(ValidatorStakingNothingToSlash)
	if err := validatorStaking.abi.UnpackIntoInterface(out, "NothingToSlash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorStakingNothingToWithdraw represents a NothingToWithdraw error raised by the ValidatorStaking contract.
type ValidatorStakingNothingToWithdraw struct {
	DatanetId *big.Int
	Validator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(uint256 datanetId, address validator)
func ValidatorStakingNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xbf1ad144764504570fdcde9ca7a326d7d83d00bfa456b3cb4b9bbd39a21ba62c")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(uint256 datanetId, address validator)
func (validatorStaking *ValidatorStaking) UnpackNothingToWithdrawError(raw []byte) (*ValidatorStakingNothingToWithdraw, error) {
	out := new(ValidatorStakingNothingToWithdraw)
	if err := validatorStaking.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorStakingOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the ValidatorStaking contract.
type ValidatorStakingOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func ValidatorStakingOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (validatorStaking *ValidatorStaking) UnpackOwnableInvalidOwnerError(raw []byte) (*ValidatorStakingOwnableInvalidOwner, error) {
	out := new(ValidatorStakingOwnableInvalidOwner)
	if err := validatorStaking.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorStakingOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the ValidatorStaking contract.
type ValidatorStakingOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func ValidatorStakingOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (validatorStaking *ValidatorStaking) UnpackOwnableUnauthorizedAccountError(raw []byte) (*ValidatorStakingOwnableUnauthorizedAccount, error) {
	out := new(ValidatorStakingOwnableUnauthorizedAccount)
	if err := validatorStaking.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorStakingSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the ValidatorStaking contract.
type ValidatorStakingSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func ValidatorStakingSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (validatorStaking *ValidatorStaking) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*ValidatorStakingSafeCastOverflowedUintDowncast, error) {
	out := new(ValidatorStakingSafeCastOverflowedUintDowncast)
	if err := validatorStaking.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorStakingSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the ValidatorStaking contract.
type ValidatorStakingSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func ValidatorStakingSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (validatorStaking *ValidatorStaking) UnpackSafeERC20FailedOperationError(raw []byte) (*ValidatorStakingSafeERC20FailedOperation, error) {
	out := new(ValidatorStakingSafeERC20FailedOperation)
	if err := validatorStaking.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorStakingStillUnbonding represents a StillUnbonding error raised by the ValidatorStaking contract.
type ValidatorStakingStillUnbonding struct {
	DatanetId    *big.Int
	Validator    common.Address
	UnbondingEnd *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StillUnbonding(uint256 datanetId, address validator, uint256 unbondingEnd)
func ValidatorStakingStillUnbondingErrorID() common.Hash {
	return common.HexToHash("0x22356e0d8f19321facfbb0b27f32a25892f548a2605d712c813b0a23a4d72b54")
}

// UnpackStillUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StillUnbonding(uint256 datanetId, address validator, uint256 unbondingEnd)
func (validatorStaking *ValidatorStaking) UnpackStillUnbondingError(raw []byte) (*ValidatorStakingStillUnbonding, error) {
	out := new(ValidatorStakingStillUnbonding)
	if err := validatorStaking.abi.UnpackIntoInterface(out, "StillUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorStakingTransferAmountMismatch represents a TransferAmountMismatch error raised by the ValidatorStaking contract.
type ValidatorStakingTransferAmountMismatch struct {
	Expected *big.Int
	Received *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferAmountMismatch(uint256 expected, uint256 received)
func ValidatorStakingTransferAmountMismatchErrorID() common.Hash {
	return common.HexToHash("0xb6a9b654dee4927456f6162146bc13897422fded910bff5982bab9b0139eaa6c")
}

// UnpackTransferAmountMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferAmountMismatch(uint256 expected, uint256 received)
func (validatorStaking *ValidatorStaking) UnpackTransferAmountMismatchError(raw []byte) (*ValidatorStakingTransferAmountMismatch, error) {
	out := new(ValidatorStakingTransferAmountMismatch)
	if err := validatorStaking.abi.UnpackIntoInterface(out, "TransferAmountMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorStakingZeroAddress represents a ZeroAddress error raised by the ValidatorStaking contract.
type ValidatorStakingZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ValidatorStakingZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (validatorStaking *ValidatorStaking) UnpackZeroAddressError(raw []byte) (*ValidatorStakingZeroAddress, error) {
	out := new(ValidatorStakingZeroAddress)
	if err := validatorStaking.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ValidatorStakingZeroAmount represents a ZeroAmount error raised by the ValidatorStaking contract.
type ValidatorStakingZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func ValidatorStakingZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (validatorStaking *ValidatorStaking) UnpackZeroAmountError(raw []byte) (*ValidatorStakingZeroAmount, error) {
	out := new(ValidatorStakingZeroAmount)
	if err := validatorStaking.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
