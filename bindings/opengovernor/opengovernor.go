// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package opengovernor

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

// OpenGovernorMetaData contains all meta data concerning the OpenGovernor contract.
var OpenGovernorMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIVotes\"},{\"name\":\"timelock\",\"type\":\"address\",\"internalType\":\"contractTimelockController\"},{\"name\":\"votingDelay_\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"votingPeriod_\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"proposalThreshold_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"quorumPercent_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"receive\",\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"BALLOT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"CLOCK_MODE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"COUNTING_MODE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"DEFAULT_PROPOSAL_THRESHOLD\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_QUORUM_PERCENT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_TIMELOCK_DELAY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_VOTING_DELAY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_VOTING_PERIOD\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"EXTENDED_BALLOT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cancel\",\"inputs\":[{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"descriptionHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"castVote\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"castVoteBySig\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"castVoteWithReason\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"castVoteWithReasonAndParams\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"params\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"castVoteWithReasonAndParamsBySig\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"params\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"clock\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"execute\",\"inputs\":[{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"descriptionHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"getProposalId\",\"inputs\":[{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"descriptionHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getVotes\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"timepoint\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getVotesWithParams\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"timepoint\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"params\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"hasVoted\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"hashProposal\",\"inputs\":[{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"descriptionHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"name\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nonces\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"onERC1155BatchReceived\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"onERC1155Received\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"onERC721Received\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"proposalDeadline\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalEta\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalNeedsQueuing\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalProposer\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalSnapshot\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalThreshold\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalVotes\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"againstVotes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"forVotes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"abstainVotes\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"propose\",\"inputs\":[{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"description\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"queue\",\"inputs\":[{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"descriptionHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"quorum\",\"inputs\":[{\"name\":\"timepoint\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quorumDenominator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quorumNumerator\",\"inputs\":[{\"name\":\"timepoint\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quorumNumerator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"relay\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"setProposalThreshold\",\"inputs\":[{\"name\":\"newProposalThreshold\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setVotingDelay\",\"inputs\":[{\"name\":\"newVotingDelay\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setVotingPeriod\",\"inputs\":[{\"name\":\"newVotingPeriod\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"state\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumIGovernor.ProposalState\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"timelock\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC5805\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"updateQuorumNumerator\",\"inputs\":[{\"name\":\"newQuorumNumerator\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"updateTimelock\",\"inputs\":[{\"name\":\"newTimelock\",\"type\":\"address\",\"internalType\":\"contractTimelockController\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"version\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"votingDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"votingPeriod\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProposalCanceled\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProposalCreated\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"proposer\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"targets\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"indexed\":false,\"internalType\":\"uint256[]\"},{\"name\":\"signatures\",\"type\":\"string[]\",\"indexed\":false,\"internalType\":\"string[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"indexed\":false,\"internalType\":\"bytes[]\"},{\"name\":\"voteStart\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"voteEnd\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"description\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProposalExecuted\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProposalQueued\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"etaSeconds\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProposalThresholdSet\",\"inputs\":[{\"name\":\"oldProposalThreshold\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newProposalThreshold\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"QuorumNumeratorUpdated\",\"inputs\":[{\"name\":\"oldQuorumNumerator\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newQuorumNumerator\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TimelockChange\",\"inputs\":[{\"name\":\"oldTimelock\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"newTimelock\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VoteCast\",\"inputs\":[{\"name\":\"voter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"proposalId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"weight\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VoteCastWithParams\",\"inputs\":[{\"name\":\"voter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"proposalId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"weight\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"params\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VotingDelaySet\",\"inputs\":[{\"name\":\"oldVotingDelay\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newVotingDelay\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VotingPeriodSet\",\"inputs\":[{\"name\":\"oldVotingPeriod\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newVotingPeriod\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"CheckpointUnorderedInsertion\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"FailedCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"GovernorAlreadyCastVote\",\"inputs\":[{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GovernorAlreadyQueuedProposal\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorDisabledDeposit\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"GovernorInsufficientProposerVotes\",\"inputs\":[{\"name\":\"proposer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"threshold\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorInvalidProposalLength\",\"inputs\":[{\"name\":\"targets\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"calldatas\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"values\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorInvalidQuorumFraction\",\"inputs\":[{\"name\":\"quorumNumerator\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"quorumDenominator\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorInvalidSignature\",\"inputs\":[{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GovernorInvalidVoteParams\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"GovernorInvalidVoteType\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"GovernorInvalidVotingPeriod\",\"inputs\":[{\"name\":\"votingPeriod\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorNonexistentProposal\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorNotQueuedProposal\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorOnlyExecutor\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GovernorQueueNotImplemented\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"GovernorRestrictedProposer\",\"inputs\":[{\"name\":\"proposer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GovernorUnableToCancel\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GovernorUnexpectedProposalState\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"current\",\"type\":\"uint8\",\"internalType\":\"enumIGovernor.ProposalState\"},{\"name\":\"expectedStates\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"InvalidAccountNonce\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"currentNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]}]",
	ID:  "OpenGovernor",
	Bin: "0x610180604052348015610010575f5ffd5b5060405161599138038061599183398101604081905261002f91610733565b8481878686866040518060400160405280600c81526020016b27b832b723b7bb32b93737b960a11b8152508061006961017060201b60201c565b610073825f61018b565b6101205261008281600161018b565b61014052815160208084019190912060e052815190820120610100524660a05261010e60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526003610123828261083e565b5061012f9050836101bd565b61013882610223565b610141816102c7565b5050506001600160a01b03166101605261015a81610308565b506101648161039d565b50505050505050610988565b6040805180820190915260018152603160f81b602082015290565b5f6020835110156101a65761019f83610406565b90506101b7565b816101b1848261083e565b5060ff90505b92915050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b8063ffffffff165f036102505760405163f1cfbf0560e01b81525f60048201526024015b60405180910390fd5b6008546040805163ffffffff66010000000000009093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff90921666010000000000000263ffffffff60301b19909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b6064808211156103355760405163243e544560e01b81526004810183905260248101829052604401610247565b5f61033e610443565b905061035d61034b61045c565b610354856104d6565b600a919061050d565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b600b54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600b80546001600160a01b0319166001600160a01b0392909216919091179055565b5f5f829050601f81511115610430578260405163305a27a960e01b815260040161024791906108f8565b805161043b8261092d565b179392505050565b5f61044e600a610527565b6001600160d01b0316905090565b5f6104676101605190565b6001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156104c0575060408051601f3d908101601f191682019092526104bd91810190610950565b60015b6104d1576104cc61056f565b905090565b919050565b5f6001600160d01b03821115610509576040516306dfcc6560e41b815260d0600482015260248101839052604401610247565b5090565b5f8061051a858585610579565b915091505b935093915050565b80545f9080156105665761054d83610540600184610969565b5f91825260209091200190565b54660100000000000090046001600160d01b0316610568565b5f5b9392505050565b5f6104cc436106d5565b82545f9081908015610678575f61059587610540600185610969565b805490915065ffffffffffff80821691660100000000000090046001600160d01b03169088168211156105db57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361061757825465ffffffffffff1666010000000000006001600160d01b0389160217835561066a565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b945085935061051f92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316660100000000000002919093161792019190915590508161051f565b5f65ffffffffffff821115610509576040516306dfcc6560e41b81526030600482015260248101839052604401610247565b6001600160a01b038116811461071b575f5ffd5b50565b805165ffffffffffff811681146104d1575f5ffd5b5f5f5f5f5f5f60c08789031215610748575f5ffd5b865161075381610707565b602088015190965061076481610707565b94506107726040880161071e565b9350606087015163ffffffff8116811461078a575f5ffd5b608088015160a090980151969995985093969395939492505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806107ce57607f821691505b6020821081036107ec57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561083957805f5260205f20601f840160051c810160208510156108175750805b601f840160051c820191505b81811015610836575f8155600101610823565b50505b505050565b81516001600160401b03811115610857576108576107a6565b61086b8161086584546107ba565b846107f2565b6020601f82116001811461089d575f83156108865750848201515b5f19600385901b1c1916600184901b178455610836565b5f84815260208120601f198516915b828110156108cc57878501518255602094850194600190920191016108ac565b50848210156108e957868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156107ec575f1960209190910360031b1b16919050565b5f60208284031215610960575f5ffd5b6105688261071e565b818103818111156101b757634e487b7160e01b5f52601160045260245ffd5b60805160a05160c05160e05161010051610120516101405161016051614f926109ff5f395f8181610b650152818161113a0152818161158701528181612451015261273f01525f61239501525f61236901525f6137de01525f6137b601525f61371101525f61373b01525f6137650152614f925ff3fe608060405260043610610348575f3560e01c806384b0196e116101b2578063bc197c81116100f2578063deaaa7cc11610092578063ece40cc11161006d578063ece40cc114610afa578063f23a6e6114610b19578063f8ce560a14610b38578063fc0c546a14610b57575f5ffd5b8063deaaa7cc14610a89578063e540d01d14610abc578063eb9019d414610adb575f5ffd5b8063c59057e4116100cd578063c59057e4146109f4578063d33219b414610a13578063db8b24cf14610a30578063dd4e2ba514610a44575f5ffd5b8063bc197c81146109a3578063c01f9e37146109c2578063c28bc2fa146109e1575f5ffd5b8063a84b08851161015d578063a9a9529411610138578063a9a952941461090f578063ab58fb8e1461092e578063aedfe53f14610964578063b58131b01461098f575f5ffd5b8063a84b0885146108bb578063a890c910146108d1578063a8f8a668146108f0575f5ffd5b806397c3d3341161018d57806397c3d334146108755780639a802a6d14610888578063a7713a70146108a7575f5ffd5b806384b0196e1461081b5780638ff262e31461084257806391ddadf414610861575f5ffd5b806343859632116102885780635f398a14116102285780637905188711610203578063790518871461078a5780637b3c71d3146107a95780637d5e81e2146107c85780637ecebe00146107e7575f5ffd5b80635f398a141461072f57806360c4247f1461074e57806366efd6ca1461076d575f5ffd5b8063544ffc9c11610263578063544ffc9c1461067257806354fd4d50146106ac57806356781388146106f15780635b8d0e0d14610710575f5ffd5b806343859632146105f7578063452115d61461063f5780634bf5d7e91461065e575f5ffd5b8063150b7a02116102f35780632d63f693116102ce5780632d63f693146105395780632fe3e261146105845780633932abb1146105b75780633e4f49e6146105cb575f5ffd5b8063150b7a02146104b7578063160cbed7146105075780632656227d14610526575f5ffd5b806306f3f9e61161032357806306f3f9e61461042b57806306fdde031461044a578063143489d01461046b575f5ffd5b806301ffc9a71461039c57806302a251a3146103d057806306401c01146103fe575f5ffd5b366103985730610356610b89565b6001600160a01b031614610396576040517fe90a651e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b005b5f5ffd5b3480156103a7575f5ffd5b506103bb6103b6366004613e99565b610ba1565b60405190151581526020015b60405180910390f35b3480156103db575f5ffd5b506008546601000000000000900463ffffffff165b6040519081526020016103c7565b348015610409575f5ffd5b506104146201518081565b60405165ffffffffffff90911681526020016103c7565b348015610436575f5ffd5b50610396610445366004613ed8565b610cd1565b348015610455575f5ffd5b5061045e610ce5565b6040516103c79190613f1d565b348015610476575f5ffd5b5061049f610485366004613ed8565b5f908152600460205260409020546001600160a01b031690565b6040516001600160a01b0390911681526020016103c7565b3480156104c2575f5ffd5b506104d66104d1366004614021565b610d75565b6040517fffffffff0000000000000000000000000000000000000000000000000000000090911681526020016103c7565b348015610512575f5ffd5b506103f06105213660046141ea565b610de9565b6103f06105343660046141ea565b610ee7565b348015610544575f5ffd5b506103f0610553366004613ed8565b5f9081526004602052604090205474010000000000000000000000000000000000000000900465ffffffffffff1690565b34801561058f575f5ffd5b506103f07f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a81181565b3480156105c2575f5ffd5b506103f061109b565b3480156105d6575f5ffd5b506105ea6105e5366004613ed8565b6110ad565b6040516103c791906142e6565b348015610602575f5ffd5b506103bb6106113660046142f4565b5f8281526009602090815260408083206001600160a01b038516845260030190915290205460ff1692915050565b34801561064a575f5ffd5b506103f06106593660046141ea565b6110b7565b348015610669575f5ffd5b5061045e611136565b34801561067d575f5ffd5b5061069161068c366004613ed8565b6111f6565b604080519384526020840192909252908201526060016103c7565b3480156106b7575f5ffd5b5060408051808201909152600181527f3100000000000000000000000000000000000000000000000000000000000000602082015261045e565b3480156106fc575f5ffd5b506103f061070b366004614332565b61121b565b34801561071b575f5ffd5b506103f061072a3660046143a1565b611242565b34801561073a575f5ffd5b506103f0610749366004614460565b611318565b348015610759575f5ffd5b506103f0610768366004613ed8565b611360565b348015610778575f5ffd5b506103f069152d02c7e14af680000081565b348015610795575f5ffd5b506103966107a43660046144f6565b61136c565b3480156107b4575f5ffd5b506103f06107c3366004614511565b61137d565b3480156107d3575f5ffd5b506103f06107e2366004614567565b6113cd565b3480156107f2575f5ffd5b506103f0610801366004614627565b6001600160a01b03165f9081526002602052604090205490565b348015610826575f5ffd5b5061082f6114b5565b6040516103c7979695949392919061467c565b34801561084d575f5ffd5b506103f061085c366004614705565b611513565b34801561086c575f5ffd5b50610414611584565b348015610880575f5ffd5b5060646103f0565b348015610893575f5ffd5b506103f06108a2366004614753565b61160b565b3480156108b2575f5ffd5b506103f0611621565b3480156108c6575f5ffd5b506103f06202a30081565b3480156108dc575f5ffd5b506103966108eb366004614627565b61164d565b3480156108fb575f5ffd5b506103f061090a3660046141ea565b61165e565b34801561091a575f5ffd5b506103bb610929366004613ed8565b61166b565b348015610939575f5ffd5b506103f0610948366004613ed8565b5f9081526004602052604090206001015465ffffffffffff1690565b34801561096f575f5ffd5b5061097a6206978081565b60405163ffffffff90911681526020016103c7565b34801561099a575f5ffd5b506103f0611673565b3480156109ae575f5ffd5b506104d66109bd3660046147a8565b61167d565b3480156109cd575f5ffd5b506103f06109dc366004613ed8565b6116f2565b6103966109ef366004614842565b61175c565b3480156109ff575f5ffd5b506103f0610a0e3660046141ea565b6117d8565b348015610a1e575f5ffd5b50600b546001600160a01b031661049f565b348015610a3b575f5ffd5b506103f0600481565b348015610a4f575f5ffd5b506040805180820190915260208082527f737570706f72743d627261766f2671756f72756d3d666f722c6162737461696e9082015261045e565b348015610a94575f5ffd5b506103f07ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d781565b348015610ac7575f5ffd5b50610396610ad6366004614882565b611811565b348015610ae6575f5ffd5b506103f0610af53660046148a5565b611822565b348015610b05575f5ffd5b50610396610b14366004613ed8565b611841565b348015610b24575f5ffd5b506104d6610b333660046148cf565b611852565b348015610b43575f5ffd5b506103f0610b52366004613ed8565b6118c7565b348015610b62575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061049f565b5f610b9c600b546001600160a01b031690565b905090565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167fcdbdfcee000000000000000000000000000000000000000000000000000000001480610c3357507fffffffff0000000000000000000000000000000000000000000000000000000082167f65455a8600000000000000000000000000000000000000000000000000000000145b80610c7f57507fffffffff0000000000000000000000000000000000000000000000000000000082167f4e2312e000000000000000000000000000000000000000000000000000000000145b80610ccb57507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b610cd96118d1565b610ce281611963565b50565b606060038054610cf490614927565b80601f0160208091040260200160405190810160405280929190818152602001828054610d2090614927565b8015610d6b5780601f10610d4257610100808354040283529160200191610d6b565b820191905f5260205f20905b815481529060010190602001808311610d4e57829003601f168201915b5050505050905090565b5f30610d7f610b89565b6001600160a01b031614610dbf576040517fe90a651e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b507f150b7a0200000000000000000000000000000000000000000000000000000000949350505050565b5f5f610df78686868661165e565b9050610e0c81610e076004611a11565b611a33565b505f610e1b8288888888611a89565b905065ffffffffffff811615610eab575f8281526004602090815260409182902060010180547fffffffffffffffffffffffffffffffffffffffffffffffffffff0000000000001665ffffffffffff85169081179091558251858152918201527f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892910160405180910390a1610edd565b6040517f90884a4600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5095945050505050565b5f5f610ef58686868661165e565b9050610f1581610f056005611a11565b610f0f6004611a11565b17611a33565b505f81815260046020526040902080547fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167e0100000000000000000000000000000000000000000000000000000000000017905530610f73610b89565b6001600160a01b031614610ffc575f5b8651811015610ffa57306001600160a01b0316878281518110610fa857610fa8614978565b60200260200101516001600160a01b031603610ff257610ff2858281518110610fd357610fd3614978565b6020026020010151805190602001206005611a9790919063ffffffff16565b600101610f83565b505b6110098187878787611b24565b30611012610b89565b6001600160a01b03161415801561105457506005546fffffffffffffffffffffffffffffffff8082167001000000000000000000000000000000009092041614155b1561105e575f6005555b6040518181527f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f906020015b60405180910390a195945050505050565b5f610b9c60085465ffffffffffff1690565b5f610ccb82611b38565b5f5f6110c58686868661165e565b9050336110d28282611ca3565b61111f576040517f8fe5d8a9000000000000000000000000000000000000000000000000000000008152600481018390526001600160a01b03821660248201526044015b60405180910390fd5b61112b87878787611ce8565b979650505050505050565b60607f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa9250505080156111b557506040513d5f823e601f3d908101601f191682016040526111b291908101906149a5565b60015b6111f1575060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b919050565b5f818152600960205260409020805460018201546002909201549091905b9193909250565b5f8033905061123a84828560405180602001604052805f815250611cf5565b949350505050565b5f61128888888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250899150611d169050565b6112c9576040517f94ab6c070000000000000000000000000000000000000000000000000000000081526001600160a01b0387166004820152602401611116565b61130c88878988888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611de3915050565b98975050505050505050565b5f8033905061112b87828888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611de3915050565b5f610ccb600a83611ee7565b6113746118d1565b610ce281611f47565b5f803390506113c386828787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611cf592505050565b9695505050505050565b5f336113d98184611fc6565b61141a576040517fd9b395570000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401611116565b5f611423611673565b905080156114a8575f61145183600161143a611584565b6114449190614a47565b65ffffffffffff16611822565b9050818110156114a6576040517fc242ee160000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024810182905260448101839052606401611116565b505b61112b8787878786612093565b5f6060805f5f5f60606114c6612362565b6114ce61238e565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b5f611520858585856123bb565b611561576040517f94ab6c070000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401611116565b61157b85848660405180602001604052805f815250611cf5565b95945050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156115ff575060408051601f3d908101601f191682019092526115fc91810190614a65565b60015b6111f157610b9c612444565b5f61161784848461244e565b90505b9392505050565b5f61162c600a6124fa565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff16905090565b6116556118d1565b610ce281612554565b5f61157b858585856117d8565b5f6001610ccb565b5f610b9c60075490565b5f30611687610b89565b6001600160a01b0316146116c7576040517fe90a651e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b507fbc197c810000000000000000000000000000000000000000000000000000000095945050505050565b5f8181526004602052604081205461174e907a010000000000000000000000000000000000000000000000000000810463ffffffff169074010000000000000000000000000000000000000000900465ffffffffffff16614a80565b65ffffffffffff1692915050565b6117646118d1565b5f5f856001600160a01b0316858585604051611781929190614a9e565b5f6040518083038185875af1925050503d805f81146117bb576040519150601f19603f3d011682016040523d82523d5f602084013e6117c0565b606091505b50915091506117cf82826125d5565b50505050505050565b5f848484846040516020016117f09493929190614b40565b60408051601f19818403018152919052805160209091012095945050505050565b6118196118d1565b610ce2816125f1565b5f61161a838361183c60408051602081019091525f815290565b61244e565b6118496118d1565b610ce2816126c1565b5f3061185c610b89565b6001600160a01b03161461189c576040517fe90a651e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b507ff23a6e610000000000000000000000000000000000000000000000000000000095945050505050565b5f610ccb82612702565b336118da610b89565b6001600160a01b03161461191c576040517f47096e47000000000000000000000000000000000000000000000000000000008152336004820152602401611116565b30611925610b89565b6001600160a01b031614611961575f8036604051611944929190614a9e565b604051809103902090505b8061195a60056127b8565b0361194f57505b565b6064808211156119a9576040517f243e54450000000000000000000000000000000000000000000000000000000081526004810183905260248101829052604401611116565b5f6119b2611621565b90506119d16119bf611584565b6119c885612853565b600a91906128b6565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f816007811115611a2457611a24614280565b600160ff919091161b92915050565b5f5f611a3e846110ad565b90505f83611a4b83611a11565b160361161a578381846040517f31b75e4d00000000000000000000000000000000000000000000000000000000815260040161111693929190614b8a565b5f6113c386868686866128d0565b81546fffffffffffffffffffffffffffffffff700100000000000000000000000000000000820481169181166001830190911603611ad957611ad96041612aa6565b6fffffffffffffffffffffffffffffffff8082165f90815260018086016020526040909120939093558354919092018216700100000000000000000000000000000000029116179055565b611b318585858585612ab7565b5050505050565b5f5f611b4383612b5a565b90506005816007811115611b5957611b59614280565b14611b645792915050565b5f838152600c60205260409081902054600b5491517f584b153e0000000000000000000000000000000000000000000000000000000081526004810182905290916001600160a01b03169063584b153e90602401602060405180830381865afa158015611bd3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611bf79190614bac565b15611c06575060059392505050565b600b546040517f2ab0f529000000000000000000000000000000000000000000000000000000008152600481018390526001600160a01b0390911690632ab0f52990602401602060405180830381865afa158015611c66573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c8a9190614bac565b15611c99575060079392505050565b5060029392505050565b5f80611cae846110ad565b6007811115611cbf57611cbf614280565b14801561161a5750505f91825260046020526040909120546001600160a01b0391821691161490565b5f61157b85858585612cff565b5f61157b85858585611d1160408051602081019091525f815290565b611de3565b5f61112b85611ddd7f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a8118a8a8a611d688c6001600160a01b03165f90815260026020526040902080546001810190915590565b8b516020808e01919091208c518d830120604051611dc298979695949301968752602087019590955260ff9390931660408601526001600160a01b03919091166060850152608084015260a083015260c082015260e00190565b60405160208183030381529060405280519060200120612daf565b84612df6565b5f611df286610e076001611a11565b505f86815260046020526040812054611e2d90879074010000000000000000000000000000000000000000900465ffffffffffff168561244e565b90505f611e3d8888888588612e66565b905083515f03611e9357866001600160a01b03167fb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda489888489604051611e869493929190614bcb565b60405180910390a261112b565b866001600160a01b03167fe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb87128988848989604051611ed4959493929190614bf2565b60405180910390a2979650505050505050565b5f5f5f611ef385612fd0565b9250925050838265ffffffffffff161115611f2057611f1b611f148561303e565b8690613089565b611f22565b805b79ffffffffffffffffffffffffffffffffffffffffffffffffffff1695945050505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a1600880547fffffffffffffffffffffffffffffffffffffffffffffffffffff0000000000001665ffffffffffff92909216919091179055565b80515f906034811015611fdd576001915050610ccb565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec81840101517fffffffffffffffffffff0000000000000000000000000000000000000000000081167f2370726f706f7365723d000000000000000000000000000000000000000000001461205757600192505050610ccb565b5f5f61206786602a860386613141565b9150915081158061112b5750866001600160a01b0316816001600160a01b031614979650505050505050565b5f6120a7868686868051906020012061165e565b9050845186511415806120bc57508351865114155b806120c657508551155b15612114578551845186516040517f447b05d0000000000000000000000000000000000000000000000000000000008152600481019390935260248301919091526044820152606401611116565b5f8181526004602052604090205474010000000000000000000000000000000000000000900465ffffffffffff16156121875780612151826110ad565b6040517f31b75e4d0000000000000000000000000000000000000000000000000000000081526111169291905f90600401614b8a565b5f61219061109b565b612198611584565b65ffffffffffff166121aa9190614c2b565b90505f6121c760085463ffffffff66010000000000009091041690565b5f84815260046020526040902080547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0387161781559091506122118361303e565b815465ffffffffffff9190911674010000000000000000000000000000000000000000027fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff9091161781556122658261321d565b815463ffffffff919091167a010000000000000000000000000000000000000000000000000000027fffff00000000ffffffffffffffffffffffffffffffffffffffffffffffffffff90911617815588517f7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e090859087908c908c9067ffffffffffffffff8111156122f8576122f8613f43565b60405190808252806020026020018201604052801561232b57816020015b60608152602001906001900390816123165790505b508c896123388a82614c2b565b8e60405161234e99989796959493929190614c3e565b60405180910390a150505095945050505050565b6060610b9c7f00000000000000000000000000000000000000000000000000000000000000005f613266565b6060610b9c7f00000000000000000000000000000000000000000000000000000000000000006001613266565b5f61157b83611ddd7ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d788888861240d8a6001600160a01b03165f90815260026020526040902080546001810190915590565b60408051602081019690965285019390935260ff90911660608401526001600160a01b0316608083015260a082015260c001611dc2565b5f610b9c4361303e565b5f7f00000000000000000000000000000000000000000000000000000000000000006040517f3a46b1a80000000000000000000000000000000000000000000000000000000081526001600160a01b038681166004830152602482018690529190911690633a46b1a890604401602060405180830381865afa1580156124d6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116179190614d18565b80545f90801561254c5761252083612513600184614d2f565b5f91825260209091200190565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff1661161a565b5f9392505050565b600b54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600b80547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0392909216919091179055565b6060826125ea576125e58261330f565b610ccb565b5080610ccb565b8063ffffffff165f03612632576040517ff1cfbf050000000000000000000000000000000000000000000000000000000081525f6004820152602401611116565b6008546040805163ffffffff66010000000000009093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff9092166601000000000000027fffffffffffffffffffffffffffffffffffffffffffff00000000ffffffffffff909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b6040517f8e539e8c000000000000000000000000000000000000000000000000000000008152600481018290525f90610ccb906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638e539e8c90602401602060405180830381865afa158015612784573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906127a89190614d18565b6127b184611360565b6064613350565b80545f906fffffffffffffffffffffffffffffffff8082169170010000000000000000000000000000000090041681036127f6576127f66031612aa6565b6fffffffffffffffffffffffffffffffff8181165f908152600185810160205260408220805492905585547fffffffffffffffffffffffffffffffff00000000000000000000000000000000169301909116919091179092555090565b5f79ffffffffffffffffffffffffffffffffffffffffffffffffffff8211156128b2576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260d0600482015260248101839052604401611116565b5090565b5f806128c3858585613400565b915091505b935093915050565b5f5f600b5f9054906101000a90046001600160a01b03166001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa158015612922573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906129469190614d18565b90505f3060601b7fffffffffffffffffffffffffffffffffffffffff000000000000000000000000168418600b546040517fb1c5f4270000000000000000000000000000000000000000000000000000000081529192506001600160a01b03169063b1c5f427906129c3908a908a908a905f908890600401614d42565b602060405180830381865afa1580156129de573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612a029190614d18565b5f898152600c602052604080822092909255600b5491517f8f2a0bb00000000000000000000000000000000000000000000000000000000081526001600160a01b0390921691638f2a0bb091612a65918b918b918b919088908a90600401614d8f565b5f604051808303815f87803b158015612a7c575f5ffd5b505af1158015612a8e573d5f5f3e3d5ffd5b5050505061130c8242612aa19190614c2b565b61303e565b634e487b715f52806020526024601cfd5b600b546001600160a01b031663e38335e5348686865f3060601b7fffffffffffffffffffffffffffffffffffffffff0000000000000000000000001688186040518763ffffffff1660e01b8152600401612b15959493929190614d42565b5f604051808303818588803b158015612b2c575f5ffd5b505af1158015612b3e573d5f5f3e3d5ffd5b5050505f9687525050600c602052505060408320929092555050565b5f818152600460205260408120805460ff7e0100000000000000000000000000000000000000000000000000000000000082048116917f01000000000000000000000000000000000000000000000000000000000000009004168115612bc557506007949350505050565b8015612bd657506002949350505050565b5f8581526004602052604081205474010000000000000000000000000000000000000000900465ffffffffffff169050805f03612c42576040517f6ad0607500000000000000000000000000000000000000000000000000000000815260048101879052602401611116565b5f612c4b611584565b65ffffffffffff169050808210612c6857505f9695505050505050565b5f612c72886116f2565b9050818110612c8957506001979650505050505050565b612c92886135c1565b1580612cb157505f888152600960205260409020805460019091015411155b15612cc457506003979650505050505050565b5f8881526004602052604090206001015465ffffffffffff165f03612cf157506004979650505050505050565b506005979650505050505050565b5f5f612d0d86868686613622565b5f818152600c60205260409020549091508015610edd57600b546040517fc4d252f5000000000000000000000000000000000000000000000000000000008152600481018390526001600160a01b039091169063c4d252f5906024015f604051808303815f87803b158015612d80575f5ffd5b505af1158015612d92573d5f5f3e3d5ffd5b5050505f838152600c602052604081205550509050949350505050565b5f610ccb612dbb613705565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f836001600160a01b03163b5f03612e54575f5f612e14858561382e565b5090925090505f816003811115612e2d57612e2d614280565b148015612e4b5750856001600160a01b0316826001600160a01b0316145b9250505061161a565b612e5f848484613877565b905061161a565b5f8581526009602090815260408083206001600160a01b03881684526003810190925282205460ff1615612ed1576040517f71c6af490000000000000000000000000000000000000000000000000000000081526001600160a01b0387166004820152602401611116565b6001600160a01b0386165f908152600382016020526040902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905560ff8516612f385783815f015f828254612f2d9190614c2b565b90915550612fc59050565b5f1960ff861601612f565783816001015f828254612f2d9190614c2b565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe60ff861601612f935783816002015f828254612f2d9190614c2b565b6040517f06b337c200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b509195945050505050565b80545f9081908190808203612fee575f5f5f93509350935050611214565b5f612ffe86612513600185614d2f565b546001955065ffffffffffff811694506601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff169250611214915050565b5f65ffffffffffff8211156128b2576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526030600482015260248101839052604401611116565b81545f90818160058111156130e5575f6130a284613994565b6130ac9085614d2f565b5f8881526020902090915081015465ffffffffffff90811690871610156130d5578091506130e3565b6130e0816001614c2b565b92505b505b5f6130f287878585613af9565b905080156131355761310987612513600184614d2f565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff1661112b565b505f9695505050505050565b5f5f845183118061315157508284115b1561316057505f9050806128c8565b5f61316c856001614c2b565b841180156131c757507f30780000000000000000000000000000000000000000000000000000000000006131a38787016020015190565b7fffff00000000000000000000000000000000000000000000000000000000000016145b90505f6131d78215156002614de6565b6131e2906028614c2b565b9050806131ef8787614d2f565b03613210575f5f613201898989613b58565b90965094506128c89350505050565b5f5f9350935050506128c8565b5f63ffffffff8211156128b2576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526020600482015260248101839052604401611116565b606060ff83146132805761327983613c4c565b9050610ccb565b81805461328c90614927565b80601f01602080910402602001604051908101604052809291908181526020018280546132b890614927565b80156133035780601f106132da57610100808354040283529160200191613303565b820191905f5260205f20905b8154815290600101906020018083116132e657829003601f168201915b50505050509050610ccb565b80511561331e57805160208201fd5b6040517fd6bda27500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f5f61335d8686613c89565b91509150815f036133815783818161337757613377614dfd565b049250505061161a565b818411613398576133986003851502601118612aa6565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b82545f9081908015613551575f61341c87612513600185614d2f565b805490915065ffffffffffff808216916601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff1690881682111561348e576040517f2520601d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036134dd57825465ffffffffffff16660100000000000079ffffffffffffffffffffffffffffffffffffffffffffffffffff891602178355613543565b6040805180820190915265ffffffffffff808a16825279ffffffffffffffffffffffffffffffffffffffffffffffffffff808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b94508593506128c892505050565b50506040805180820190915265ffffffffffff808516825279ffffffffffffffffffffffffffffffffffffffffffffffffffff80851660208085019182528854600181018a555f8a81529182209551925190931666010000000000000291909316179201919091559050816128c8565b5f818152600960205260408120600281015460018201546135e29190614c2b565b5f848152600460205260409020546136199074010000000000000000000000000000000000000000900465ffffffffffff166118c7565b11159392505050565b5f5f6136308686868661165e565b905061367e816136406007611a11565b61364a6006611a11565b6136546002611a11565b6001613661600782614e2a565b61366c906002614f1e565b6136769190614d2f565b181818611a33565b505f818152600460205260409081902080547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f0100000000000000000000000000000000000000000000000000000000000000179055517f789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c9061108a9083815260200190565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561375d57507f000000000000000000000000000000000000000000000000000000000000000046145b1561378757507f000000000000000000000000000000000000000000000000000000000000000090565b610b9c604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f8351604103613865576020840151604085015160608601515f1a61385788828585613ca5565b955095509550505050613870565b505081515f91506002905b9250925092565b5f5f5f856001600160a01b03168585604051602401613897929190614f2c565b60408051601f198184030181529181526020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f1626ba7e00000000000000000000000000000000000000000000000000000000179052516138fa9190614f44565b5f60405180830381855afa9150503d805f8114613932576040519150601f19603f3d011682016040523d82523d5f602084013e613937565b606091505b509150915081801561394b57506020815110155b80156113c3575080517f1626ba7e00000000000000000000000000000000000000000000000000000000906139899083016020908101908401614d18565b149695505050505050565b5f600182116139a1575090565b81600170010000000000000000000000000000000082106139c75760809190911c9060401b5b6801000000000000000082106139e25760409190911c9060201b5b64010000000082106139f95760209190911c9060101b5b620100008210613a0e5760109190911c9060081b5b6101008210613a225760089190911c9060041b5b60108210613a355760049190911c9060021b5b60048210613a415760011b5b600302600190811c90818581613a5957613a59614dfd565b048201901c90506001818581613a7157613a71614dfd565b048201901c90506001818581613a8957613a89614dfd565b048201901c90506001818581613aa157613aa1614dfd565b048201901c90506001818581613ab957613ab9614dfd565b048201901c90506001818581613ad157613ad1614dfd565b048201901c9050613af0818581613aea57613aea614dfd565b04821190565b90039392505050565b5f5b81831015613b50575f613b0e8484613d6d565b5f8781526020902090915065ffffffffffff86169082015465ffffffffffff161115613b3c57809250613b4a565b613b47816001614c2b565b93505b50613afb565b509392505050565b5f808481613b67866001614c2b565b85118015613bc257507f3078000000000000000000000000000000000000000000000000000000000000613b9e8388016020015190565b7fffff00000000000000000000000000000000000000000000000000000000000016145b90505f613bd28215156002614de6565b90505f80613be0838a614c2b565b90505b87811015613c3b575f613c01613bfc8784016020015190565b613d87565b9050600f8160ff161115613c20575f5f975097505050505050506128c8565b613c2b601084614de6565b60ff909116019150600101613be3565b506001999098509650505050505050565b60605f613c5883613e59565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f805f1983850993909202808410938190039390930393915050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115613cde57505f91506003905082613d63565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613d2f573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116613d5a57505f925060019150829050613d63565b92505f91508190505b9450945094915050565b5f613d7b6002848418614f5a565b61161a90848416614c2b565b5f60f882901c602f81118015613da05750603a8160ff16105b15613dcc577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd001610ccb565b60608160ff16118015613de2575060678160ff16105b15613e0e577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa901610ccb565b60408160ff16118015613e24575060478160ff16105b15613e50577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc901610ccb565b5060ff92915050565b5f60ff8216601f811115610ccb576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f60208284031215613ea9575f5ffd5b81357fffffffff000000000000000000000000000000000000000000000000000000008116811461161a575f5ffd5b5f60208284031215613ee8575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61161a6020830184613eef565b6001600160a01b0381168114610ce2575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051601f8201601f1916810167ffffffffffffffff81118282101715613f9957613f99613f43565b604052919050565b5f67ffffffffffffffff821115613fba57613fba613f43565b50601f01601f191660200190565b5f613fda613fd584613fa1565b613f70565b9050828152838383011115613fed575f5ffd5b828260208301375f602084830101529392505050565b5f82601f830112614012575f5ffd5b61161a83833560208501613fc8565b5f5f5f5f60808587031215614034575f5ffd5b843561403f81613f2f565b9350602085013561404f81613f2f565b925060408501359150606085013567ffffffffffffffff811115614071575f5ffd5b61407d87828801614003565b91505092959194509250565b5f67ffffffffffffffff8211156140a2576140a2613f43565b5060051b60200190565b5f82601f8301126140bb575f5ffd5b81356140c9613fd582614089565b8082825260208201915060208360051b8601019250858311156140ea575f5ffd5b602085015b83811015610edd57803561410281613f2f565b8352602092830192016140ef565b5f82601f83011261411f575f5ffd5b813561412d613fd582614089565b8082825260208201915060208360051b86010192508583111561414e575f5ffd5b602085015b83811015610edd578035835260209283019201614153565b5f82601f83011261417a575f5ffd5b8135614188613fd582614089565b8082825260208201915060208360051b8601019250858311156141a9575f5ffd5b602085015b83811015610edd57803567ffffffffffffffff8111156141cc575f5ffd5b6141db886020838a0101614003565b845250602092830192016141ae565b5f5f5f5f608085870312156141fd575f5ffd5b843567ffffffffffffffff811115614213575f5ffd5b61421f878288016140ac565b945050602085013567ffffffffffffffff81111561423b575f5ffd5b61424787828801614110565b935050604085013567ffffffffffffffff811115614263575f5ffd5b61426f8782880161416b565b949793965093946060013593505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600881106142e2577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b60208101610ccb82846142ad565b5f5f60408385031215614305575f5ffd5b82359150602083013561431781613f2f565b809150509250929050565b803560ff811681146111f1575f5ffd5b5f5f60408385031215614343575f5ffd5b8235915061435360208401614322565b90509250929050565b5f5f83601f84011261436c575f5ffd5b50813567ffffffffffffffff811115614383575f5ffd5b60208301915083602082850101111561439a575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a0312156143b7575f5ffd5b873596506143c760208901614322565b955060408801356143d781613f2f565b9450606088013567ffffffffffffffff8111156143f2575f5ffd5b6143fe8a828b0161435c565b909550935050608088013567ffffffffffffffff81111561441d575f5ffd5b6144298a828b01614003565b92505060a088013567ffffffffffffffff811115614445575f5ffd5b6144518a828b01614003565b91505092959891949750929550565b5f5f5f5f5f60808688031215614474575f5ffd5b8535945061448460208701614322565b9350604086013567ffffffffffffffff81111561449f575f5ffd5b6144ab8882890161435c565b909450925050606086013567ffffffffffffffff8111156144ca575f5ffd5b6144d688828901614003565b9150509295509295909350565b65ffffffffffff81168114610ce2575f5ffd5b5f60208284031215614506575f5ffd5b813561161a816144e3565b5f5f5f5f60608587031215614524575f5ffd5b8435935061453460208601614322565b9250604085013567ffffffffffffffff81111561454f575f5ffd5b61455b8782880161435c565b95989497509550505050565b5f5f5f5f6080858703121561457a575f5ffd5b843567ffffffffffffffff811115614590575f5ffd5b61459c878288016140ac565b945050602085013567ffffffffffffffff8111156145b8575f5ffd5b6145c487828801614110565b935050604085013567ffffffffffffffff8111156145e0575f5ffd5b6145ec8782880161416b565b925050606085013567ffffffffffffffff811115614608575f5ffd5b8501601f81018713614618575f5ffd5b61407d87823560208401613fc8565b5f60208284031215614637575f5ffd5b813561161a81613f2f565b5f8151808452602084019350602083015f5b82811015614672578151865260209586019590910190600101614654565b5093949350505050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f6146b660e0830189613eef565b82810360408401526146c88189613eef565b90508660608401526001600160a01b03861660808401528460a084015282810360c08401526146f78185614642565b9a9950505050505050505050565b5f5f5f5f60808587031215614718575f5ffd5b8435935061472860208601614322565b9250604085013561473881613f2f565b9150606085013567ffffffffffffffff811115614071575f5ffd5b5f5f5f60608486031215614765575f5ffd5b833561477081613f2f565b925060208401359150604084013567ffffffffffffffff811115614792575f5ffd5b61479e86828701614003565b9150509250925092565b5f5f5f5f5f60a086880312156147bc575f5ffd5b85356147c781613f2f565b945060208601356147d781613f2f565b9350604086013567ffffffffffffffff8111156147f2575f5ffd5b6147fe88828901614110565b935050606086013567ffffffffffffffff81111561481a575f5ffd5b61482688828901614110565b925050608086013567ffffffffffffffff8111156144ca575f5ffd5b5f5f5f5f60608587031215614855575f5ffd5b843561486081613f2f565b935060208501359250604085013567ffffffffffffffff81111561454f575f5ffd5b5f60208284031215614892575f5ffd5b813563ffffffff8116811461161a575f5ffd5b5f5f604083850312156148b6575f5ffd5b82356148c181613f2f565b946020939093013593505050565b5f5f5f5f5f60a086880312156148e3575f5ffd5b85356148ee81613f2f565b945060208601356148fe81613f2f565b93506040860135925060608601359150608086013567ffffffffffffffff8111156144ca575f5ffd5b600181811c9082168061493b57607f821691505b602082108103614972577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f602082840312156149b5575f5ffd5b815167ffffffffffffffff8111156149cb575f5ffd5b8201601f810184136149db575f5ffd5b80516149e9613fd582613fa1565b8181528560208385010111156149fd575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b65ffffffffffff8281168282160390811115610ccb57610ccb614a1a565b5f60208284031215614a75575f5ffd5b815161161a816144e3565b65ffffffffffff8181168382160190811115610ccb57610ccb614a1a565b818382375f9101908152919050565b5f8151808452602084019350602083015f5b828110156146725781516001600160a01b0316865260209586019590910190600101614abf565b5f82825180855260208501945060208160051b830101602085015f5b83811015614b3457601f19858403018852614b1e838351613eef565b6020988901989093509190910190600101614b02565b50909695505050505050565b608081525f614b526080830187614aad565b8281036020840152614b648187614642565b90508281036040840152614b788186614ae6565b91505082606083015295945050505050565b83815260608101614b9e60208301856142ad565b826040830152949350505050565b5f60208284031215614bbc575f5ffd5b8151801515811461161a575f5ffd5b84815260ff84166020820152826040820152608060608201525f6113c36080830184613eef565b85815260ff8516602082015283604082015260a060608201525f614c1960a0830185613eef565b828103608084015261130c8185613eef565b80820180821115610ccb57610ccb614a1a565b8981526001600160a01b038916602082015261012060408201525f614c6761012083018a614aad565b8281036060840152614c79818a614642565b9050828103608084015280885180835260208301915060208160051b84010160208b015f5b83811015614cd057601f19868403018552614cba838351613eef565b6020958601959093509190910190600101614c9e565b505085810360a0870152614ce4818b614ae6565b93505050508560c08401528460e0840152828103610100840152614d088185613eef565b9c9b505050505050505050505050565b5f60208284031215614d28575f5ffd5b5051919050565b81810381811115610ccb57610ccb614a1a565b60a081525f614d5460a0830188614aad565b8281036020840152614d668188614642565b90508281036040840152614d7a8187614ae6565b60608401959095525050608001529392505050565b60c081525f614da160c0830189614aad565b8281036020840152614db38189614642565b90508281036040840152614dc78188614ae6565b60608401969096525050608081019290925260a0909101529392505050565b8082028115828204841417610ccb57610ccb614a1a565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b60ff8181168382160190811115610ccb57610ccb614a1a565b6001815b60018411156128c857808504811115614e6257614e62614a1a565b6001841615614e7057908102905b60019390931c928002614e47565b5f82614e8c57506001610ccb565b81614e9857505f610ccb565b8160018114614eae5760028114614eb857614ed4565b6001915050610ccb565b60ff841115614ec957614ec9614a1a565b50506001821b610ccb565b5060208310610133831016604e8410600b8410161715614ef7575081810a610ccb565b614f035f198484614e43565b805f1904821115614f1657614f16614a1a565b029392505050565b5f61161a60ff841683614e7e565b828152604060208201525f6116176040830184613eef565b5f82518060208501845e5f920191825250919050565b5f82614f8d577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b50049056",
}

// OpenGovernor is an auto generated Go binding around an Ethereum contract.
type OpenGovernor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OpenGovernor) GetABI() abi.ABI {
	return c.abi
}

// NewOpenGovernor creates a new instance of OpenGovernor.
func NewOpenGovernor() *OpenGovernor {
	parsed, err := OpenGovernorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OpenGovernor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OpenGovernor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token, address timelock, uint48 votingDelay_, uint32 votingPeriod_, uint256 proposalThreshold_, uint256 quorumPercent_) returns()
func (openGovernor *OpenGovernor) PackConstructor(token common.Address, timelock common.Address, votingDelay_ *big.Int, votingPeriod_ uint32, proposalThreshold_ *big.Int, quorumPercent_ *big.Int) []byte {
	enc, err := openGovernor.abi.Pack("", token, timelock, votingDelay_, votingPeriod_, proposalThreshold_, quorumPercent_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeaaa7cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (openGovernor *OpenGovernor) PackBALLOTTYPEHASH() []byte {
	enc, err := openGovernor.abi.Pack("BALLOT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeaaa7cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (openGovernor *OpenGovernor) TryPackBALLOTTYPEHASH() ([]byte, error) {
	return openGovernor.abi.Pack("BALLOT_TYPEHASH")
}

// UnpackBALLOTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdeaaa7cc.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (openGovernor *OpenGovernor) UnpackBALLOTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := openGovernor.abi.Unpack("BALLOT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (openGovernor *OpenGovernor) PackCLOCKMODE() []byte {
	enc, err := openGovernor.abi.Pack("CLOCK_MODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (openGovernor *OpenGovernor) TryPackCLOCKMODE() ([]byte, error) {
	return openGovernor.abi.Pack("CLOCK_MODE")
}

// UnpackCLOCKMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (openGovernor *OpenGovernor) UnpackCLOCKMODE(data []byte) (string, error) {
	out, err := openGovernor.abi.Unpack("CLOCK_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackCOUNTINGMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd4e2ba5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (openGovernor *OpenGovernor) PackCOUNTINGMODE() []byte {
	enc, err := openGovernor.abi.Pack("COUNTING_MODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCOUNTINGMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd4e2ba5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (openGovernor *OpenGovernor) TryPackCOUNTINGMODE() ([]byte, error) {
	return openGovernor.abi.Pack("COUNTING_MODE")
}

// UnpackCOUNTINGMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd4e2ba5.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (openGovernor *OpenGovernor) UnpackCOUNTINGMODE(data []byte) (string, error) {
	out, err := openGovernor.abi.Unpack("COUNTING_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackDEFAULTPROPOSALTHRESHOLD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66efd6ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_PROPOSAL_THRESHOLD() view returns(uint256)
func (openGovernor *OpenGovernor) PackDEFAULTPROPOSALTHRESHOLD() []byte {
	enc, err := openGovernor.abi.Pack("DEFAULT_PROPOSAL_THRESHOLD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTPROPOSALTHRESHOLD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66efd6ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_PROPOSAL_THRESHOLD() view returns(uint256)
func (openGovernor *OpenGovernor) TryPackDEFAULTPROPOSALTHRESHOLD() ([]byte, error) {
	return openGovernor.abi.Pack("DEFAULT_PROPOSAL_THRESHOLD")
}

// UnpackDEFAULTPROPOSALTHRESHOLD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x66efd6ca.
//
// Solidity: function DEFAULT_PROPOSAL_THRESHOLD() view returns(uint256)
func (openGovernor *OpenGovernor) UnpackDEFAULTPROPOSALTHRESHOLD(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("DEFAULT_PROPOSAL_THRESHOLD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDEFAULTQUORUMPERCENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb8b24cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_QUORUM_PERCENT() view returns(uint256)
func (openGovernor *OpenGovernor) PackDEFAULTQUORUMPERCENT() []byte {
	enc, err := openGovernor.abi.Pack("DEFAULT_QUORUM_PERCENT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTQUORUMPERCENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb8b24cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_QUORUM_PERCENT() view returns(uint256)
func (openGovernor *OpenGovernor) TryPackDEFAULTQUORUMPERCENT() ([]byte, error) {
	return openGovernor.abi.Pack("DEFAULT_QUORUM_PERCENT")
}

// UnpackDEFAULTQUORUMPERCENT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb8b24cf.
//
// Solidity: function DEFAULT_QUORUM_PERCENT() view returns(uint256)
func (openGovernor *OpenGovernor) UnpackDEFAULTQUORUMPERCENT(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("DEFAULT_QUORUM_PERCENT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDEFAULTTIMELOCKDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa84b0885.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_TIMELOCK_DELAY() view returns(uint256)
func (openGovernor *OpenGovernor) PackDEFAULTTIMELOCKDELAY() []byte {
	enc, err := openGovernor.abi.Pack("DEFAULT_TIMELOCK_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTTIMELOCKDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa84b0885.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_TIMELOCK_DELAY() view returns(uint256)
func (openGovernor *OpenGovernor) TryPackDEFAULTTIMELOCKDELAY() ([]byte, error) {
	return openGovernor.abi.Pack("DEFAULT_TIMELOCK_DELAY")
}

// UnpackDEFAULTTIMELOCKDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa84b0885.
//
// Solidity: function DEFAULT_TIMELOCK_DELAY() view returns(uint256)
func (openGovernor *OpenGovernor) UnpackDEFAULTTIMELOCKDELAY(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("DEFAULT_TIMELOCK_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDEFAULTVOTINGDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06401c01.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_VOTING_DELAY() view returns(uint48)
func (openGovernor *OpenGovernor) PackDEFAULTVOTINGDELAY() []byte {
	enc, err := openGovernor.abi.Pack("DEFAULT_VOTING_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTVOTINGDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06401c01.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_VOTING_DELAY() view returns(uint48)
func (openGovernor *OpenGovernor) TryPackDEFAULTVOTINGDELAY() ([]byte, error) {
	return openGovernor.abi.Pack("DEFAULT_VOTING_DELAY")
}

// UnpackDEFAULTVOTINGDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06401c01.
//
// Solidity: function DEFAULT_VOTING_DELAY() view returns(uint48)
func (openGovernor *OpenGovernor) UnpackDEFAULTVOTINGDELAY(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("DEFAULT_VOTING_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDEFAULTVOTINGPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaedfe53f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_VOTING_PERIOD() view returns(uint32)
func (openGovernor *OpenGovernor) PackDEFAULTVOTINGPERIOD() []byte {
	enc, err := openGovernor.abi.Pack("DEFAULT_VOTING_PERIOD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTVOTINGPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaedfe53f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_VOTING_PERIOD() view returns(uint32)
func (openGovernor *OpenGovernor) TryPackDEFAULTVOTINGPERIOD() ([]byte, error) {
	return openGovernor.abi.Pack("DEFAULT_VOTING_PERIOD")
}

// UnpackDEFAULTVOTINGPERIOD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaedfe53f.
//
// Solidity: function DEFAULT_VOTING_PERIOD() view returns(uint32)
func (openGovernor *OpenGovernor) UnpackDEFAULTVOTINGPERIOD(data []byte) (uint32, error) {
	out, err := openGovernor.abi.Unpack("DEFAULT_VOTING_PERIOD", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackEXTENDEDBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fe3e261.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (openGovernor *OpenGovernor) PackEXTENDEDBALLOTTYPEHASH() []byte {
	enc, err := openGovernor.abi.Pack("EXTENDED_BALLOT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEXTENDEDBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fe3e261.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (openGovernor *OpenGovernor) TryPackEXTENDEDBALLOTTYPEHASH() ([]byte, error) {
	return openGovernor.abi.Pack("EXTENDED_BALLOT_TYPEHASH")
}

// UnpackEXTENDEDBALLOTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2fe3e261.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (openGovernor *OpenGovernor) UnpackEXTENDEDBALLOTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := openGovernor.abi.Unpack("EXTENDED_BALLOT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452115d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (openGovernor *OpenGovernor) PackCancel(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := openGovernor.abi.Pack("cancel", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452115d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (openGovernor *OpenGovernor) TryPackCancel(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return openGovernor.abi.Pack("cancel", targets, values, calldatas, descriptionHash)
}

// UnpackCancel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x452115d6.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (openGovernor *OpenGovernor) UnpackCancel(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("cancel", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56781388.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (openGovernor *OpenGovernor) PackCastVote(proposalId *big.Int, support uint8) []byte {
	enc, err := openGovernor.abi.Pack("castVote", proposalId, support)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56781388.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (openGovernor *OpenGovernor) TryPackCastVote(proposalId *big.Int, support uint8) ([]byte, error) {
	return openGovernor.abi.Pack("castVote", proposalId, support)
}

// UnpackCastVote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56781388.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (openGovernor *OpenGovernor) UnpackCastVote(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("castVote", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ff262e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (openGovernor *OpenGovernor) PackCastVoteBySig(proposalId *big.Int, support uint8, voter common.Address, signature []byte) []byte {
	enc, err := openGovernor.abi.Pack("castVoteBySig", proposalId, support, voter, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ff262e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (openGovernor *OpenGovernor) TryPackCastVoteBySig(proposalId *big.Int, support uint8, voter common.Address, signature []byte) ([]byte, error) {
	return openGovernor.abi.Pack("castVoteBySig", proposalId, support, voter, signature)
}

// UnpackCastVoteBySig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ff262e3.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (openGovernor *OpenGovernor) UnpackCastVoteBySig(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("castVoteBySig", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReason is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b3c71d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (openGovernor *OpenGovernor) PackCastVoteWithReason(proposalId *big.Int, support uint8, reason string) []byte {
	enc, err := openGovernor.abi.Pack("castVoteWithReason", proposalId, support, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReason is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b3c71d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (openGovernor *OpenGovernor) TryPackCastVoteWithReason(proposalId *big.Int, support uint8, reason string) ([]byte, error) {
	return openGovernor.abi.Pack("castVoteWithReason", proposalId, support, reason)
}

// UnpackCastVoteWithReason is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b3c71d3.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (openGovernor *OpenGovernor) UnpackCastVoteWithReason(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("castVoteWithReason", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReasonAndParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f398a14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (openGovernor *OpenGovernor) PackCastVoteWithReasonAndParams(proposalId *big.Int, support uint8, reason string, params []byte) []byte {
	enc, err := openGovernor.abi.Pack("castVoteWithReasonAndParams", proposalId, support, reason, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReasonAndParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f398a14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (openGovernor *OpenGovernor) TryPackCastVoteWithReasonAndParams(proposalId *big.Int, support uint8, reason string, params []byte) ([]byte, error) {
	return openGovernor.abi.Pack("castVoteWithReasonAndParams", proposalId, support, reason, params)
}

// UnpackCastVoteWithReasonAndParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f398a14.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (openGovernor *OpenGovernor) UnpackCastVoteWithReasonAndParams(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("castVoteWithReasonAndParams", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReasonAndParamsBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b8d0e0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (openGovernor *OpenGovernor) PackCastVoteWithReasonAndParamsBySig(proposalId *big.Int, support uint8, voter common.Address, reason string, params []byte, signature []byte) []byte {
	enc, err := openGovernor.abi.Pack("castVoteWithReasonAndParamsBySig", proposalId, support, voter, reason, params, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReasonAndParamsBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b8d0e0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (openGovernor *OpenGovernor) TryPackCastVoteWithReasonAndParamsBySig(proposalId *big.Int, support uint8, voter common.Address, reason string, params []byte, signature []byte) ([]byte, error) {
	return openGovernor.abi.Pack("castVoteWithReasonAndParamsBySig", proposalId, support, voter, reason, params, signature)
}

// UnpackCastVoteWithReasonAndParamsBySig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b8d0e0d.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (openGovernor *OpenGovernor) UnpackCastVoteWithReasonAndParamsBySig(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("castVoteWithReasonAndParamsBySig", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint48)
func (openGovernor *OpenGovernor) PackClock() []byte {
	enc, err := openGovernor.abi.Pack("clock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clock() view returns(uint48)
func (openGovernor *OpenGovernor) TryPackClock() ([]byte, error) {
	return openGovernor.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (openGovernor *OpenGovernor) UnpackClock(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("clock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (openGovernor *OpenGovernor) PackEip712Domain() []byte {
	enc, err := openGovernor.abi.Pack("eip712Domain")
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
func (openGovernor *OpenGovernor) TryPackEip712Domain() ([]byte, error) {
	return openGovernor.abi.Pack("eip712Domain")
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
func (openGovernor *OpenGovernor) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := openGovernor.abi.Unpack("eip712Domain", data)
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

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2656227d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (openGovernor *OpenGovernor) PackExecute(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := openGovernor.abi.Pack("execute", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2656227d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (openGovernor *OpenGovernor) TryPackExecute(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return openGovernor.abi.Pack("execute", targets, values, calldatas, descriptionHash)
}

// UnpackExecute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2656227d.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (openGovernor *OpenGovernor) UnpackExecute(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("execute", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetProposalId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8f8a668.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (openGovernor *OpenGovernor) PackGetProposalId(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := openGovernor.abi.Pack("getProposalId", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetProposalId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8f8a668.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (openGovernor *OpenGovernor) TryPackGetProposalId(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return openGovernor.abi.Pack("getProposalId", targets, values, calldatas, descriptionHash)
}

// UnpackGetProposalId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8f8a668.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (openGovernor *OpenGovernor) UnpackGetProposalId(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("getProposalId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb9019d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (openGovernor *OpenGovernor) PackGetVotes(account common.Address, timepoint *big.Int) []byte {
	enc, err := openGovernor.abi.Pack("getVotes", account, timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb9019d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (openGovernor *OpenGovernor) TryPackGetVotes(account common.Address, timepoint *big.Int) ([]byte, error) {
	return openGovernor.abi.Pack("getVotes", account, timepoint)
}

// UnpackGetVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb9019d4.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (openGovernor *OpenGovernor) UnpackGetVotes(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("getVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotesWithParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a802a6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (openGovernor *OpenGovernor) PackGetVotesWithParams(account common.Address, timepoint *big.Int, params []byte) []byte {
	enc, err := openGovernor.abi.Pack("getVotesWithParams", account, timepoint, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotesWithParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a802a6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (openGovernor *OpenGovernor) TryPackGetVotesWithParams(account common.Address, timepoint *big.Int, params []byte) ([]byte, error) {
	return openGovernor.abi.Pack("getVotesWithParams", account, timepoint, params)
}

// UnpackGetVotesWithParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a802a6d.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (openGovernor *OpenGovernor) UnpackGetVotesWithParams(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("getVotesWithParams", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (openGovernor *OpenGovernor) PackHasVoted(proposalId *big.Int, account common.Address) []byte {
	enc, err := openGovernor.abi.Pack("hasVoted", proposalId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (openGovernor *OpenGovernor) TryPackHasVoted(proposalId *big.Int, account common.Address) ([]byte, error) {
	return openGovernor.abi.Pack("hasVoted", proposalId, account)
}

// UnpackHasVoted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43859632.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (openGovernor *OpenGovernor) UnpackHasVoted(data []byte) (bool, error) {
	out, err := openGovernor.abi.Unpack("hasVoted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHashProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc59057e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (openGovernor *OpenGovernor) PackHashProposal(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := openGovernor.abi.Pack("hashProposal", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc59057e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (openGovernor *OpenGovernor) TryPackHashProposal(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return openGovernor.abi.Pack("hashProposal", targets, values, calldatas, descriptionHash)
}

// UnpackHashProposal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc59057e4.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (openGovernor *OpenGovernor) UnpackHashProposal(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("hashProposal", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (openGovernor *OpenGovernor) PackName() []byte {
	enc, err := openGovernor.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (openGovernor *OpenGovernor) TryPackName() ([]byte, error) {
	return openGovernor.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (openGovernor *OpenGovernor) UnpackName(data []byte) (string, error) {
	out, err := openGovernor.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (openGovernor *OpenGovernor) PackNonces(owner common.Address) []byte {
	enc, err := openGovernor.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (openGovernor *OpenGovernor) TryPackNonces(owner common.Address) ([]byte, error) {
	return openGovernor.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (openGovernor *OpenGovernor) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (openGovernor *OpenGovernor) PackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) []byte {
	enc, err := openGovernor.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (openGovernor *OpenGovernor) TryPackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) ([]byte, error) {
	return openGovernor.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155BatchReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (openGovernor *OpenGovernor) UnpackOnERC1155BatchReceived(data []byte) ([4]byte, error) {
	out, err := openGovernor.abi.Unpack("onERC1155BatchReceived", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (openGovernor *OpenGovernor) PackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) []byte {
	enc, err := openGovernor.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (openGovernor *OpenGovernor) TryPackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) ([]byte, error) {
	return openGovernor.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (openGovernor *OpenGovernor) UnpackOnERC1155Received(data []byte) ([4]byte, error) {
	out, err := openGovernor.abi.Unpack("onERC1155Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (openGovernor *OpenGovernor) PackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) []byte {
	enc, err := openGovernor.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (openGovernor *OpenGovernor) TryPackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([]byte, error) {
	return openGovernor.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (openGovernor *OpenGovernor) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := openGovernor.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackProposalDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc01f9e37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (openGovernor *OpenGovernor) PackProposalDeadline(proposalId *big.Int) []byte {
	enc, err := openGovernor.abi.Pack("proposalDeadline", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc01f9e37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (openGovernor *OpenGovernor) TryPackProposalDeadline(proposalId *big.Int) ([]byte, error) {
	return openGovernor.abi.Pack("proposalDeadline", proposalId)
}

// UnpackProposalDeadline is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc01f9e37.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (openGovernor *OpenGovernor) UnpackProposalDeadline(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("proposalDeadline", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalEta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab58fb8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (openGovernor *OpenGovernor) PackProposalEta(proposalId *big.Int) []byte {
	enc, err := openGovernor.abi.Pack("proposalEta", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalEta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab58fb8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (openGovernor *OpenGovernor) TryPackProposalEta(proposalId *big.Int) ([]byte, error) {
	return openGovernor.abi.Pack("proposalEta", proposalId)
}

// UnpackProposalEta is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab58fb8e.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (openGovernor *OpenGovernor) UnpackProposalEta(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("proposalEta", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalNeedsQueuing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9a95294.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (openGovernor *OpenGovernor) PackProposalNeedsQueuing(proposalId *big.Int) []byte {
	enc, err := openGovernor.abi.Pack("proposalNeedsQueuing", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalNeedsQueuing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9a95294.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (openGovernor *OpenGovernor) TryPackProposalNeedsQueuing(proposalId *big.Int) ([]byte, error) {
	return openGovernor.abi.Pack("proposalNeedsQueuing", proposalId)
}

// UnpackProposalNeedsQueuing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9a95294.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (openGovernor *OpenGovernor) UnpackProposalNeedsQueuing(data []byte) (bool, error) {
	out, err := openGovernor.abi.Unpack("proposalNeedsQueuing", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackProposalProposer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x143489d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (openGovernor *OpenGovernor) PackProposalProposer(proposalId *big.Int) []byte {
	enc, err := openGovernor.abi.Pack("proposalProposer", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalProposer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x143489d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (openGovernor *OpenGovernor) TryPackProposalProposer(proposalId *big.Int) ([]byte, error) {
	return openGovernor.abi.Pack("proposalProposer", proposalId)
}

// UnpackProposalProposer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x143489d0.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (openGovernor *OpenGovernor) UnpackProposalProposer(data []byte) (common.Address, error) {
	out, err := openGovernor.abi.Unpack("proposalProposer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProposalSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d63f693.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (openGovernor *OpenGovernor) PackProposalSnapshot(proposalId *big.Int) []byte {
	enc, err := openGovernor.abi.Pack("proposalSnapshot", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d63f693.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (openGovernor *OpenGovernor) TryPackProposalSnapshot(proposalId *big.Int) ([]byte, error) {
	return openGovernor.abi.Pack("proposalSnapshot", proposalId)
}

// UnpackProposalSnapshot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d63f693.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (openGovernor *OpenGovernor) UnpackProposalSnapshot(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("proposalSnapshot", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb58131b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (openGovernor *OpenGovernor) PackProposalThreshold() []byte {
	enc, err := openGovernor.abi.Pack("proposalThreshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb58131b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (openGovernor *OpenGovernor) TryPackProposalThreshold() ([]byte, error) {
	return openGovernor.abi.Pack("proposalThreshold")
}

// UnpackProposalThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb58131b0.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (openGovernor *OpenGovernor) UnpackProposalThreshold(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("proposalThreshold", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x544ffc9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (openGovernor *OpenGovernor) PackProposalVotes(proposalId *big.Int) []byte {
	enc, err := openGovernor.abi.Pack("proposalVotes", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x544ffc9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (openGovernor *OpenGovernor) TryPackProposalVotes(proposalId *big.Int) ([]byte, error) {
	return openGovernor.abi.Pack("proposalVotes", proposalId)
}

// ProposalVotesOutput serves as a container for the return parameters of contract
// method ProposalVotes.
type ProposalVotesOutput struct {
	AgainstVotes *big.Int
	ForVotes     *big.Int
	AbstainVotes *big.Int
}

// UnpackProposalVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x544ffc9c.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (openGovernor *OpenGovernor) UnpackProposalVotes(data []byte) (ProposalVotesOutput, error) {
	out, err := openGovernor.abi.Unpack("proposalVotes", data)
	outstruct := new(ProposalVotesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.AgainstVotes = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ForVotes = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.AbstainVotes = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d5e81e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (openGovernor *OpenGovernor) PackPropose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) []byte {
	enc, err := openGovernor.abi.Pack("propose", targets, values, calldatas, description)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d5e81e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (openGovernor *OpenGovernor) TryPackPropose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) ([]byte, error) {
	return openGovernor.abi.Pack("propose", targets, values, calldatas, description)
}

// UnpackPropose is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d5e81e2.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (openGovernor *OpenGovernor) UnpackPropose(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("propose", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x160cbed7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (openGovernor *OpenGovernor) PackQueue(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := openGovernor.abi.Pack("queue", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x160cbed7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (openGovernor *OpenGovernor) TryPackQueue(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return openGovernor.abi.Pack("queue", targets, values, calldatas, descriptionHash)
}

// UnpackQueue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x160cbed7.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (openGovernor *OpenGovernor) UnpackQueue(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("queue", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8ce560a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (openGovernor *OpenGovernor) PackQuorum(timepoint *big.Int) []byte {
	enc, err := openGovernor.abi.Pack("quorum", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8ce560a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (openGovernor *OpenGovernor) TryPackQuorum(timepoint *big.Int) ([]byte, error) {
	return openGovernor.abi.Pack("quorum", timepoint)
}

// UnpackQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8ce560a.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (openGovernor *OpenGovernor) UnpackQuorum(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("quorum", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumDenominator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c3d334.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (openGovernor *OpenGovernor) PackQuorumDenominator() []byte {
	enc, err := openGovernor.abi.Pack("quorumDenominator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumDenominator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c3d334.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (openGovernor *OpenGovernor) TryPackQuorumDenominator() ([]byte, error) {
	return openGovernor.abi.Pack("quorumDenominator")
}

// UnpackQuorumDenominator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97c3d334.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (openGovernor *OpenGovernor) UnpackQuorumDenominator(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("quorumDenominator", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60c4247f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (openGovernor *OpenGovernor) PackQuorumNumerator(timepoint *big.Int) []byte {
	enc, err := openGovernor.abi.Pack("quorumNumerator", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60c4247f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (openGovernor *OpenGovernor) TryPackQuorumNumerator(timepoint *big.Int) ([]byte, error) {
	return openGovernor.abi.Pack("quorumNumerator", timepoint)
}

// UnpackQuorumNumerator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x60c4247f.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (openGovernor *OpenGovernor) UnpackQuorumNumerator(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("quorumNumerator", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumNumerator0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7713a70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (openGovernor *OpenGovernor) PackQuorumNumerator0() []byte {
	enc, err := openGovernor.abi.Pack("quorumNumerator0")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumNumerator0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7713a70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (openGovernor *OpenGovernor) TryPackQuorumNumerator0() ([]byte, error) {
	return openGovernor.abi.Pack("quorumNumerator0")
}

// UnpackQuorumNumerator0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7713a70.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (openGovernor *OpenGovernor) UnpackQuorumNumerator0(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("quorumNumerator0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc28bc2fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function relay(address target, uint256 value, bytes data) payable returns()
func (openGovernor *OpenGovernor) PackRelay(target common.Address, value *big.Int, data []byte) []byte {
	enc, err := openGovernor.abi.Pack("relay", target, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc28bc2fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function relay(address target, uint256 value, bytes data) payable returns()
func (openGovernor *OpenGovernor) TryPackRelay(target common.Address, value *big.Int, data []byte) ([]byte, error) {
	return openGovernor.abi.Pack("relay", target, value, data)
}

// PackSetProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xece40cc1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setProposalThreshold(uint256 newProposalThreshold) returns()
func (openGovernor *OpenGovernor) PackSetProposalThreshold(newProposalThreshold *big.Int) []byte {
	enc, err := openGovernor.abi.Pack("setProposalThreshold", newProposalThreshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xece40cc1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setProposalThreshold(uint256 newProposalThreshold) returns()
func (openGovernor *OpenGovernor) TryPackSetProposalThreshold(newProposalThreshold *big.Int) ([]byte, error) {
	return openGovernor.abi.Pack("setProposalThreshold", newProposalThreshold)
}

// PackSetVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79051887.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVotingDelay(uint48 newVotingDelay) returns()
func (openGovernor *OpenGovernor) PackSetVotingDelay(newVotingDelay *big.Int) []byte {
	enc, err := openGovernor.abi.Pack("setVotingDelay", newVotingDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79051887.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVotingDelay(uint48 newVotingDelay) returns()
func (openGovernor *OpenGovernor) TryPackSetVotingDelay(newVotingDelay *big.Int) ([]byte, error) {
	return openGovernor.abi.Pack("setVotingDelay", newVotingDelay)
}

// PackSetVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe540d01d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVotingPeriod(uint32 newVotingPeriod) returns()
func (openGovernor *OpenGovernor) PackSetVotingPeriod(newVotingPeriod uint32) []byte {
	enc, err := openGovernor.abi.Pack("setVotingPeriod", newVotingPeriod)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe540d01d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVotingPeriod(uint32 newVotingPeriod) returns()
func (openGovernor *OpenGovernor) TryPackSetVotingPeriod(newVotingPeriod uint32) ([]byte, error) {
	return openGovernor.abi.Pack("setVotingPeriod", newVotingPeriod)
}

// PackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4f49e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (openGovernor *OpenGovernor) PackState(proposalId *big.Int) []byte {
	enc, err := openGovernor.abi.Pack("state", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4f49e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (openGovernor *OpenGovernor) TryPackState(proposalId *big.Int) ([]byte, error) {
	return openGovernor.abi.Pack("state", proposalId)
}

// UnpackState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e4f49e6.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (openGovernor *OpenGovernor) UnpackState(data []byte) (uint8, error) {
	out, err := openGovernor.abi.Unpack("state", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (openGovernor *OpenGovernor) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := openGovernor.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (openGovernor *OpenGovernor) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return openGovernor.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (openGovernor *OpenGovernor) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := openGovernor.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timelock() view returns(address)
func (openGovernor *OpenGovernor) PackTimelock() []byte {
	enc, err := openGovernor.abi.Pack("timelock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timelock() view returns(address)
func (openGovernor *OpenGovernor) TryPackTimelock() ([]byte, error) {
	return openGovernor.abi.Pack("timelock")
}

// UnpackTimelock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd33219b4.
//
// Solidity: function timelock() view returns(address)
func (openGovernor *OpenGovernor) UnpackTimelock(data []byte) (common.Address, error) {
	out, err := openGovernor.abi.Unpack("timelock", data)
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
func (openGovernor *OpenGovernor) PackToken() []byte {
	enc, err := openGovernor.abi.Pack("token")
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
func (openGovernor *OpenGovernor) TryPackToken() ([]byte, error) {
	return openGovernor.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (openGovernor *OpenGovernor) UnpackToken(data []byte) (common.Address, error) {
	out, err := openGovernor.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUpdateQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f3f9e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateQuorumNumerator(uint256 newQuorumNumerator) returns()
func (openGovernor *OpenGovernor) PackUpdateQuorumNumerator(newQuorumNumerator *big.Int) []byte {
	enc, err := openGovernor.abi.Pack("updateQuorumNumerator", newQuorumNumerator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f3f9e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateQuorumNumerator(uint256 newQuorumNumerator) returns()
func (openGovernor *OpenGovernor) TryPackUpdateQuorumNumerator(newQuorumNumerator *big.Int) ([]byte, error) {
	return openGovernor.abi.Pack("updateQuorumNumerator", newQuorumNumerator)
}

// PackUpdateTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa890c910.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateTimelock(address newTimelock) returns()
func (openGovernor *OpenGovernor) PackUpdateTimelock(newTimelock common.Address) []byte {
	enc, err := openGovernor.abi.Pack("updateTimelock", newTimelock)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa890c910.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateTimelock(address newTimelock) returns()
func (openGovernor *OpenGovernor) TryPackUpdateTimelock(newTimelock common.Address) ([]byte, error) {
	return openGovernor.abi.Pack("updateTimelock", newTimelock)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() view returns(string)
func (openGovernor *OpenGovernor) PackVersion() []byte {
	enc, err := openGovernor.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() view returns(string)
func (openGovernor *OpenGovernor) TryPackVersion() ([]byte, error) {
	return openGovernor.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() view returns(string)
func (openGovernor *OpenGovernor) UnpackVersion(data []byte) (string, error) {
	out, err := openGovernor.abi.Unpack("version", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3932abb1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votingDelay() view returns(uint256)
func (openGovernor *OpenGovernor) PackVotingDelay() []byte {
	enc, err := openGovernor.abi.Pack("votingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3932abb1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function votingDelay() view returns(uint256)
func (openGovernor *OpenGovernor) TryPackVotingDelay() ([]byte, error) {
	return openGovernor.abi.Pack("votingDelay")
}

// UnpackVotingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3932abb1.
//
// Solidity: function votingDelay() view returns(uint256)
func (openGovernor *OpenGovernor) UnpackVotingDelay(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("votingDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02a251a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votingPeriod() view returns(uint256)
func (openGovernor *OpenGovernor) PackVotingPeriod() []byte {
	enc, err := openGovernor.abi.Pack("votingPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02a251a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function votingPeriod() view returns(uint256)
func (openGovernor *OpenGovernor) TryPackVotingPeriod() ([]byte, error) {
	return openGovernor.abi.Pack("votingPeriod")
}

// UnpackVotingPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02a251a3.
//
// Solidity: function votingPeriod() view returns(uint256)
func (openGovernor *OpenGovernor) UnpackVotingPeriod(data []byte) (*big.Int, error) {
	out, err := openGovernor.abi.Unpack("votingPeriod", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// OpenGovernorEIP712DomainChanged represents a EIP712DomainChanged event raised by the OpenGovernor contract.
type OpenGovernorEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const OpenGovernorEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (OpenGovernorEIP712DomainChanged) ContractEventName() string {
	return OpenGovernorEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (openGovernor *OpenGovernor) UnpackEIP712DomainChangedEvent(log *types.Log) (*OpenGovernorEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenGovernorEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := openGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openGovernor.abi.Events[event].Inputs {
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

// OpenGovernorProposalCanceled represents a ProposalCanceled event raised by the OpenGovernor contract.
type OpenGovernorProposalCanceled struct {
	ProposalId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const OpenGovernorProposalCanceledEventName = "ProposalCanceled"

// ContractEventName returns the user-defined event name.
func (OpenGovernorProposalCanceled) ContractEventName() string {
	return OpenGovernorProposalCanceledEventName
}

// UnpackProposalCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalCanceled(uint256 proposalId)
func (openGovernor *OpenGovernor) UnpackProposalCanceledEvent(log *types.Log) (*OpenGovernorProposalCanceled, error) {
	event := "ProposalCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenGovernorProposalCanceled)
	if len(log.Data) > 0 {
		if err := openGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openGovernor.abi.Events[event].Inputs {
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

// OpenGovernorProposalCreated represents a ProposalCreated event raised by the OpenGovernor contract.
type OpenGovernorProposalCreated struct {
	ProposalId  *big.Int
	Proposer    common.Address
	Targets     []common.Address
	Values      []*big.Int
	Signatures  []string
	Calldatas   [][]byte
	VoteStart   *big.Int
	VoteEnd     *big.Int
	Description string
	Raw         *types.Log // Blockchain specific contextual infos
}

const OpenGovernorProposalCreatedEventName = "ProposalCreated"

// ContractEventName returns the user-defined event name.
func (OpenGovernorProposalCreated) ContractEventName() string {
	return OpenGovernorProposalCreatedEventName
}

// UnpackProposalCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description)
func (openGovernor *OpenGovernor) UnpackProposalCreatedEvent(log *types.Log) (*OpenGovernorProposalCreated, error) {
	event := "ProposalCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenGovernorProposalCreated)
	if len(log.Data) > 0 {
		if err := openGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openGovernor.abi.Events[event].Inputs {
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

// OpenGovernorProposalExecuted represents a ProposalExecuted event raised by the OpenGovernor contract.
type OpenGovernorProposalExecuted struct {
	ProposalId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const OpenGovernorProposalExecutedEventName = "ProposalExecuted"

// ContractEventName returns the user-defined event name.
func (OpenGovernorProposalExecuted) ContractEventName() string {
	return OpenGovernorProposalExecutedEventName
}

// UnpackProposalExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalExecuted(uint256 proposalId)
func (openGovernor *OpenGovernor) UnpackProposalExecutedEvent(log *types.Log) (*OpenGovernorProposalExecuted, error) {
	event := "ProposalExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenGovernorProposalExecuted)
	if len(log.Data) > 0 {
		if err := openGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openGovernor.abi.Events[event].Inputs {
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

// OpenGovernorProposalQueued represents a ProposalQueued event raised by the OpenGovernor contract.
type OpenGovernorProposalQueued struct {
	ProposalId *big.Int
	EtaSeconds *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const OpenGovernorProposalQueuedEventName = "ProposalQueued"

// ContractEventName returns the user-defined event name.
func (OpenGovernorProposalQueued) ContractEventName() string {
	return OpenGovernorProposalQueuedEventName
}

// UnpackProposalQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalQueued(uint256 proposalId, uint256 etaSeconds)
func (openGovernor *OpenGovernor) UnpackProposalQueuedEvent(log *types.Log) (*OpenGovernorProposalQueued, error) {
	event := "ProposalQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenGovernorProposalQueued)
	if len(log.Data) > 0 {
		if err := openGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openGovernor.abi.Events[event].Inputs {
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

// OpenGovernorProposalThresholdSet represents a ProposalThresholdSet event raised by the OpenGovernor contract.
type OpenGovernorProposalThresholdSet struct {
	OldProposalThreshold *big.Int
	NewProposalThreshold *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const OpenGovernorProposalThresholdSetEventName = "ProposalThresholdSet"

// ContractEventName returns the user-defined event name.
func (OpenGovernorProposalThresholdSet) ContractEventName() string {
	return OpenGovernorProposalThresholdSetEventName
}

// UnpackProposalThresholdSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalThresholdSet(uint256 oldProposalThreshold, uint256 newProposalThreshold)
func (openGovernor *OpenGovernor) UnpackProposalThresholdSetEvent(log *types.Log) (*OpenGovernorProposalThresholdSet, error) {
	event := "ProposalThresholdSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenGovernorProposalThresholdSet)
	if len(log.Data) > 0 {
		if err := openGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openGovernor.abi.Events[event].Inputs {
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

// OpenGovernorQuorumNumeratorUpdated represents a QuorumNumeratorUpdated event raised by the OpenGovernor contract.
type OpenGovernorQuorumNumeratorUpdated struct {
	OldQuorumNumerator *big.Int
	NewQuorumNumerator *big.Int
	Raw                *types.Log // Blockchain specific contextual infos
}

const OpenGovernorQuorumNumeratorUpdatedEventName = "QuorumNumeratorUpdated"

// ContractEventName returns the user-defined event name.
func (OpenGovernorQuorumNumeratorUpdated) ContractEventName() string {
	return OpenGovernorQuorumNumeratorUpdatedEventName
}

// UnpackQuorumNumeratorUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QuorumNumeratorUpdated(uint256 oldQuorumNumerator, uint256 newQuorumNumerator)
func (openGovernor *OpenGovernor) UnpackQuorumNumeratorUpdatedEvent(log *types.Log) (*OpenGovernorQuorumNumeratorUpdated, error) {
	event := "QuorumNumeratorUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenGovernorQuorumNumeratorUpdated)
	if len(log.Data) > 0 {
		if err := openGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openGovernor.abi.Events[event].Inputs {
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

// OpenGovernorTimelockChange represents a TimelockChange event raised by the OpenGovernor contract.
type OpenGovernorTimelockChange struct {
	OldTimelock common.Address
	NewTimelock common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const OpenGovernorTimelockChangeEventName = "TimelockChange"

// ContractEventName returns the user-defined event name.
func (OpenGovernorTimelockChange) ContractEventName() string {
	return OpenGovernorTimelockChangeEventName
}

// UnpackTimelockChangeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TimelockChange(address oldTimelock, address newTimelock)
func (openGovernor *OpenGovernor) UnpackTimelockChangeEvent(log *types.Log) (*OpenGovernorTimelockChange, error) {
	event := "TimelockChange"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenGovernorTimelockChange)
	if len(log.Data) > 0 {
		if err := openGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openGovernor.abi.Events[event].Inputs {
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

// OpenGovernorVoteCast represents a VoteCast event raised by the OpenGovernor contract.
type OpenGovernorVoteCast struct {
	Voter      common.Address
	ProposalId *big.Int
	Support    uint8
	Weight     *big.Int
	Reason     string
	Raw        *types.Log // Blockchain specific contextual infos
}

const OpenGovernorVoteCastEventName = "VoteCast"

// ContractEventName returns the user-defined event name.
func (OpenGovernorVoteCast) ContractEventName() string {
	return OpenGovernorVoteCastEventName
}

// UnpackVoteCastEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason)
func (openGovernor *OpenGovernor) UnpackVoteCastEvent(log *types.Log) (*OpenGovernorVoteCast, error) {
	event := "VoteCast"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenGovernorVoteCast)
	if len(log.Data) > 0 {
		if err := openGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openGovernor.abi.Events[event].Inputs {
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

// OpenGovernorVoteCastWithParams represents a VoteCastWithParams event raised by the OpenGovernor contract.
type OpenGovernorVoteCastWithParams struct {
	Voter      common.Address
	ProposalId *big.Int
	Support    uint8
	Weight     *big.Int
	Reason     string
	Params     []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const OpenGovernorVoteCastWithParamsEventName = "VoteCastWithParams"

// ContractEventName returns the user-defined event name.
func (OpenGovernorVoteCastWithParams) ContractEventName() string {
	return OpenGovernorVoteCastWithParamsEventName
}

// UnpackVoteCastWithParamsEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCastWithParams(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason, bytes params)
func (openGovernor *OpenGovernor) UnpackVoteCastWithParamsEvent(log *types.Log) (*OpenGovernorVoteCastWithParams, error) {
	event := "VoteCastWithParams"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenGovernorVoteCastWithParams)
	if len(log.Data) > 0 {
		if err := openGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openGovernor.abi.Events[event].Inputs {
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

// OpenGovernorVotingDelaySet represents a VotingDelaySet event raised by the OpenGovernor contract.
type OpenGovernorVotingDelaySet struct {
	OldVotingDelay *big.Int
	NewVotingDelay *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const OpenGovernorVotingDelaySetEventName = "VotingDelaySet"

// ContractEventName returns the user-defined event name.
func (OpenGovernorVotingDelaySet) ContractEventName() string {
	return OpenGovernorVotingDelaySetEventName
}

// UnpackVotingDelaySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VotingDelaySet(uint256 oldVotingDelay, uint256 newVotingDelay)
func (openGovernor *OpenGovernor) UnpackVotingDelaySetEvent(log *types.Log) (*OpenGovernorVotingDelaySet, error) {
	event := "VotingDelaySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenGovernorVotingDelaySet)
	if len(log.Data) > 0 {
		if err := openGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openGovernor.abi.Events[event].Inputs {
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

// OpenGovernorVotingPeriodSet represents a VotingPeriodSet event raised by the OpenGovernor contract.
type OpenGovernorVotingPeriodSet struct {
	OldVotingPeriod *big.Int
	NewVotingPeriod *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const OpenGovernorVotingPeriodSetEventName = "VotingPeriodSet"

// ContractEventName returns the user-defined event name.
func (OpenGovernorVotingPeriodSet) ContractEventName() string {
	return OpenGovernorVotingPeriodSetEventName
}

// UnpackVotingPeriodSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VotingPeriodSet(uint256 oldVotingPeriod, uint256 newVotingPeriod)
func (openGovernor *OpenGovernor) UnpackVotingPeriodSetEvent(log *types.Log) (*OpenGovernorVotingPeriodSet, error) {
	event := "VotingPeriodSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != openGovernor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OpenGovernorVotingPeriodSet)
	if len(log.Data) > 0 {
		if err := openGovernor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range openGovernor.abi.Events[event].Inputs {
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
func (openGovernor *OpenGovernor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], openGovernor.abi.Errors["CheckpointUnorderedInsertion"].ID.Bytes()[:4]) {
		return openGovernor.UnpackCheckpointUnorderedInsertionError(raw[4:])
	}
	if bytes.Equal(raw[:4], openGovernor.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return openGovernor.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], openGovernor.abi.Errors["GovernorAlreadyCastVote"].ID.Bytes()[:4]) {
		return openGovernor.UnpackGovernorAlreadyCastVoteError(raw[4:])
	}
	if bytes.Equal(raw[:4], openGovernor.abi.Errors["GovernorAlreadyQueuedProposal"].ID.Bytes()[:4]) {
		return openGovernor.UnpackGovernorAlreadyQueuedProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], openGovernor.abi.Errors["GovernorDisabledDeposit"].ID.Bytes()[:4]) {
		return openGovernor.UnpackGovernorDisabledDepositError(raw[4:])
	}
	if bytes.Equal(raw[:4], openGovernor.abi.Errors["GovernorInsufficientProposerVotes"].ID.Bytes()[:4]) {
		return openGovernor.UnpackGovernorInsufficientProposerVotesError(raw[4:])
	}
	if bytes.Equal(raw[:4], openGovernor.abi.Errors["GovernorInvalidProposalLength"].ID.Bytes()[:4]) {
		return openGovernor.UnpackGovernorInvalidProposalLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], openGovernor.abi.Errors["GovernorInvalidQuorumFraction"].ID.Bytes()[:4]) {
		return openGovernor.UnpackGovernorInvalidQuorumFractionError(raw[4:])
	}
	if bytes.Equal(raw[:4], openGovernor.abi.Errors["GovernorInvalidSignature"].ID.Bytes()[:4]) {
		return openGovernor.UnpackGovernorInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], openGovernor.abi.Errors["GovernorInvalidVoteParams"].ID.Bytes()[:4]) {
		return openGovernor.UnpackGovernorInvalidVoteParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], openGovernor.abi.Errors["GovernorInvalidVoteType"].ID.Bytes()[:4]) {
		return openGovernor.UnpackGovernorInvalidVoteTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], openGovernor.abi.Errors["GovernorInvalidVotingPeriod"].ID.Bytes()[:4]) {
		return openGovernor.UnpackGovernorInvalidVotingPeriodError(raw[4:])
	}
	if bytes.Equal(raw[:4], openGovernor.abi.Errors["GovernorNonexistentProposal"].ID.Bytes()[:4]) {
		return openGovernor.UnpackGovernorNonexistentProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], openGovernor.abi.Errors["GovernorNotQueuedProposal"].ID.Bytes()[:4]) {
		return openGovernor.UnpackGovernorNotQueuedProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], openGovernor.abi.Errors["GovernorOnlyExecutor"].ID.Bytes()[:4]) {
		return openGovernor.UnpackGovernorOnlyExecutorError(raw[4:])
	}
	if bytes.Equal(raw[:4], openGovernor.abi.Errors["GovernorQueueNotImplemented"].ID.Bytes()[:4]) {
		return openGovernor.UnpackGovernorQueueNotImplementedError(raw[4:])
	}
	if bytes.Equal(raw[:4], openGovernor.abi.Errors["GovernorRestrictedProposer"].ID.Bytes()[:4]) {
		return openGovernor.UnpackGovernorRestrictedProposerError(raw[4:])
	}
	if bytes.Equal(raw[:4], openGovernor.abi.Errors["GovernorUnableToCancel"].ID.Bytes()[:4]) {
		return openGovernor.UnpackGovernorUnableToCancelError(raw[4:])
	}
	if bytes.Equal(raw[:4], openGovernor.abi.Errors["GovernorUnexpectedProposalState"].ID.Bytes()[:4]) {
		return openGovernor.UnpackGovernorUnexpectedProposalStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], openGovernor.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return openGovernor.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], openGovernor.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return openGovernor.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], openGovernor.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return openGovernor.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], openGovernor.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return openGovernor.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// OpenGovernorCheckpointUnorderedInsertion represents a CheckpointUnorderedInsertion error raised by the OpenGovernor contract.
type OpenGovernorCheckpointUnorderedInsertion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointUnorderedInsertion()
func OpenGovernorCheckpointUnorderedInsertionErrorID() common.Hash {
	return common.HexToHash("0x2520601d9d60b717c34a36ad270857824c5a1ebbfd08ff39aba6930089495cfa")
}

// UnpackCheckpointUnorderedInsertionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointUnorderedInsertion()
func (openGovernor *OpenGovernor) UnpackCheckpointUnorderedInsertionError(raw []byte) (*OpenGovernorCheckpointUnorderedInsertion, error) {
	out := new(OpenGovernorCheckpointUnorderedInsertion)
	if err := openGovernor.abi.UnpackIntoInterface(out, "CheckpointUnorderedInsertion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenGovernorFailedCall represents a FailedCall error raised by the OpenGovernor contract.
type OpenGovernorFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func OpenGovernorFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (openGovernor *OpenGovernor) UnpackFailedCallError(raw []byte) (*OpenGovernorFailedCall, error) {
	out := new(OpenGovernorFailedCall)
	if err := openGovernor.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenGovernorGovernorAlreadyCastVote represents a GovernorAlreadyCastVote error raised by the OpenGovernor contract.
type OpenGovernorGovernorAlreadyCastVote struct {
	Voter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorAlreadyCastVote(address voter)
func OpenGovernorGovernorAlreadyCastVoteErrorID() common.Hash {
	return common.HexToHash("0x71c6af4932ed543cdb181fcbb800f4b9940a2ccceeaee5e6e141de8c50856ede")
}

// UnpackGovernorAlreadyCastVoteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorAlreadyCastVote(address voter)
func (openGovernor *OpenGovernor) UnpackGovernorAlreadyCastVoteError(raw []byte) (*OpenGovernorGovernorAlreadyCastVote, error) {
	out := new(OpenGovernorGovernorAlreadyCastVote)
	if err := openGovernor.abi.UnpackIntoInterface(out, "GovernorAlreadyCastVote", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenGovernorGovernorAlreadyQueuedProposal represents a GovernorAlreadyQueuedProposal error raised by the OpenGovernor contract.
type OpenGovernorGovernorAlreadyQueuedProposal struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorAlreadyQueuedProposal(uint256 proposalId)
func OpenGovernorGovernorAlreadyQueuedProposalErrorID() common.Hash {
	return common.HexToHash("0xf20e7d374e58691196b2e081c7753efc94203ab3520c58efe153076e279fde0a")
}

// UnpackGovernorAlreadyQueuedProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorAlreadyQueuedProposal(uint256 proposalId)
func (openGovernor *OpenGovernor) UnpackGovernorAlreadyQueuedProposalError(raw []byte) (*OpenGovernorGovernorAlreadyQueuedProposal, error) {
	out := new(OpenGovernorGovernorAlreadyQueuedProposal)
	if err := openGovernor.abi.UnpackIntoInterface(out, "GovernorAlreadyQueuedProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenGovernorGovernorDisabledDeposit represents a GovernorDisabledDeposit error raised by the OpenGovernor contract.
type OpenGovernorGovernorDisabledDeposit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorDisabledDeposit()
func OpenGovernorGovernorDisabledDepositErrorID() common.Hash {
	return common.HexToHash("0xe90a651e5fdea7022846d10b5f36994c22e1f46db4b5021aa3e26ad83b24bfd8")
}

// UnpackGovernorDisabledDepositError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorDisabledDeposit()
func (openGovernor *OpenGovernor) UnpackGovernorDisabledDepositError(raw []byte) (*OpenGovernorGovernorDisabledDeposit, error) {
	out := new(OpenGovernorGovernorDisabledDeposit)
	if err := openGovernor.abi.UnpackIntoInterface(out, "GovernorDisabledDeposit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenGovernorGovernorInsufficientProposerVotes represents a GovernorInsufficientProposerVotes error raised by the OpenGovernor contract.
type OpenGovernorGovernorInsufficientProposerVotes struct {
	Proposer  common.Address
	Votes     *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInsufficientProposerVotes(address proposer, uint256 votes, uint256 threshold)
func OpenGovernorGovernorInsufficientProposerVotesErrorID() common.Hash {
	return common.HexToHash("0xc242ee16ab08d11dbce60e744efdbd91b4e07ac4c074d993992519795a6324d0")
}

// UnpackGovernorInsufficientProposerVotesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInsufficientProposerVotes(address proposer, uint256 votes, uint256 threshold)
func (openGovernor *OpenGovernor) UnpackGovernorInsufficientProposerVotesError(raw []byte) (*OpenGovernorGovernorInsufficientProposerVotes, error) {
	out := new(OpenGovernorGovernorInsufficientProposerVotes)
	if err := openGovernor.abi.UnpackIntoInterface(out, "GovernorInsufficientProposerVotes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenGovernorGovernorInvalidProposalLength represents a GovernorInvalidProposalLength error raised by the OpenGovernor contract.
type OpenGovernorGovernorInvalidProposalLength struct {
	Targets   *big.Int
	Calldatas *big.Int
	Values    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidProposalLength(uint256 targets, uint256 calldatas, uint256 values)
func OpenGovernorGovernorInvalidProposalLengthErrorID() common.Hash {
	return common.HexToHash("0x447b05d0c41e339e22932be48ca2091a47f3c39df25e2152ad11a8729753b2b4")
}

// UnpackGovernorInvalidProposalLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidProposalLength(uint256 targets, uint256 calldatas, uint256 values)
func (openGovernor *OpenGovernor) UnpackGovernorInvalidProposalLengthError(raw []byte) (*OpenGovernorGovernorInvalidProposalLength, error) {
	out := new(OpenGovernorGovernorInvalidProposalLength)
	if err := openGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidProposalLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenGovernorGovernorInvalidQuorumFraction represents a GovernorInvalidQuorumFraction error raised by the OpenGovernor contract.
type OpenGovernorGovernorInvalidQuorumFraction struct {
	QuorumNumerator   *big.Int
	QuorumDenominator *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidQuorumFraction(uint256 quorumNumerator, uint256 quorumDenominator)
func OpenGovernorGovernorInvalidQuorumFractionErrorID() common.Hash {
	return common.HexToHash("0x243e5445050913bb1c3de7a2f82eba0c3b0b8a55c2aacf660392fa35087a1919")
}

// UnpackGovernorInvalidQuorumFractionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidQuorumFraction(uint256 quorumNumerator, uint256 quorumDenominator)
func (openGovernor *OpenGovernor) UnpackGovernorInvalidQuorumFractionError(raw []byte) (*OpenGovernorGovernorInvalidQuorumFraction, error) {
	out := new(OpenGovernorGovernorInvalidQuorumFraction)
	if err := openGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidQuorumFraction", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenGovernorGovernorInvalidSignature represents a GovernorInvalidSignature error raised by the OpenGovernor contract.
type OpenGovernorGovernorInvalidSignature struct {
	Voter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidSignature(address voter)
func OpenGovernorGovernorInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x94ab6c07905fb25046d2809e4563b09690f891c9495bfe19551d602e7eddbb1b")
}

// UnpackGovernorInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidSignature(address voter)
func (openGovernor *OpenGovernor) UnpackGovernorInvalidSignatureError(raw []byte) (*OpenGovernorGovernorInvalidSignature, error) {
	out := new(OpenGovernorGovernorInvalidSignature)
	if err := openGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenGovernorGovernorInvalidVoteParams represents a GovernorInvalidVoteParams error raised by the OpenGovernor contract.
type OpenGovernorGovernorInvalidVoteParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVoteParams()
func OpenGovernorGovernorInvalidVoteParamsErrorID() common.Hash {
	return common.HexToHash("0x867db7717d0cc803be5726127d33cc17ae07776705d8ba6659af8aaa5b418dd8")
}

// UnpackGovernorInvalidVoteParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVoteParams()
func (openGovernor *OpenGovernor) UnpackGovernorInvalidVoteParamsError(raw []byte) (*OpenGovernorGovernorInvalidVoteParams, error) {
	out := new(OpenGovernorGovernorInvalidVoteParams)
	if err := openGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidVoteParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenGovernorGovernorInvalidVoteType represents a GovernorInvalidVoteType error raised by the OpenGovernor contract.
type OpenGovernorGovernorInvalidVoteType struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVoteType()
func OpenGovernorGovernorInvalidVoteTypeErrorID() common.Hash {
	return common.HexToHash("0x06b337c26289d63178b4d4ed5fd513f38a1d8832d0edd309ef07bfc9ba5caf49")
}

// UnpackGovernorInvalidVoteTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVoteType()
func (openGovernor *OpenGovernor) UnpackGovernorInvalidVoteTypeError(raw []byte) (*OpenGovernorGovernorInvalidVoteType, error) {
	out := new(OpenGovernorGovernorInvalidVoteType)
	if err := openGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidVoteType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenGovernorGovernorInvalidVotingPeriod represents a GovernorInvalidVotingPeriod error raised by the OpenGovernor contract.
type OpenGovernorGovernorInvalidVotingPeriod struct {
	VotingPeriod *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVotingPeriod(uint256 votingPeriod)
func OpenGovernorGovernorInvalidVotingPeriodErrorID() common.Hash {
	return common.HexToHash("0xf1cfbf057db43f9730bc42a52728d66da9151a5c6929758ee824e299f82f5689")
}

// UnpackGovernorInvalidVotingPeriodError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVotingPeriod(uint256 votingPeriod)
func (openGovernor *OpenGovernor) UnpackGovernorInvalidVotingPeriodError(raw []byte) (*OpenGovernorGovernorInvalidVotingPeriod, error) {
	out := new(OpenGovernorGovernorInvalidVotingPeriod)
	if err := openGovernor.abi.UnpackIntoInterface(out, "GovernorInvalidVotingPeriod", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenGovernorGovernorNonexistentProposal represents a GovernorNonexistentProposal error raised by the OpenGovernor contract.
type OpenGovernorGovernorNonexistentProposal struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorNonexistentProposal(uint256 proposalId)
func OpenGovernorGovernorNonexistentProposalErrorID() common.Hash {
	return common.HexToHash("0x6ad06075316ea071ccae80931b756598be5aad3433b2c47b38607a8eec344a70")
}

// UnpackGovernorNonexistentProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorNonexistentProposal(uint256 proposalId)
func (openGovernor *OpenGovernor) UnpackGovernorNonexistentProposalError(raw []byte) (*OpenGovernorGovernorNonexistentProposal, error) {
	out := new(OpenGovernorGovernorNonexistentProposal)
	if err := openGovernor.abi.UnpackIntoInterface(out, "GovernorNonexistentProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenGovernorGovernorNotQueuedProposal represents a GovernorNotQueuedProposal error raised by the OpenGovernor contract.
type OpenGovernorGovernorNotQueuedProposal struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorNotQueuedProposal(uint256 proposalId)
func OpenGovernorGovernorNotQueuedProposalErrorID() common.Hash {
	return common.HexToHash("0xd5ddb8255ec3d5fb4ee2dd5d919eb1db6a2f1e4420bb74c3741830500cfb6a4f")
}

// UnpackGovernorNotQueuedProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorNotQueuedProposal(uint256 proposalId)
func (openGovernor *OpenGovernor) UnpackGovernorNotQueuedProposalError(raw []byte) (*OpenGovernorGovernorNotQueuedProposal, error) {
	out := new(OpenGovernorGovernorNotQueuedProposal)
	if err := openGovernor.abi.UnpackIntoInterface(out, "GovernorNotQueuedProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenGovernorGovernorOnlyExecutor represents a GovernorOnlyExecutor error raised by the OpenGovernor contract.
type OpenGovernorGovernorOnlyExecutor struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorOnlyExecutor(address account)
func OpenGovernorGovernorOnlyExecutorErrorID() common.Hash {
	return common.HexToHash("0x47096e4749c231af946d5efc74a7fd817371e756031e98787f18bf70aaa7753c")
}

// UnpackGovernorOnlyExecutorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorOnlyExecutor(address account)
func (openGovernor *OpenGovernor) UnpackGovernorOnlyExecutorError(raw []byte) (*OpenGovernorGovernorOnlyExecutor, error) {
	out := new(OpenGovernorGovernorOnlyExecutor)
	if err := openGovernor.abi.UnpackIntoInterface(out, "GovernorOnlyExecutor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenGovernorGovernorQueueNotImplemented represents a GovernorQueueNotImplemented error raised by the OpenGovernor contract.
type OpenGovernorGovernorQueueNotImplemented struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorQueueNotImplemented()
func OpenGovernorGovernorQueueNotImplementedErrorID() common.Hash {
	return common.HexToHash("0x90884a46490684db0a73766419939e5ace793ae0f80195a286e159115c6628a0")
}

// UnpackGovernorQueueNotImplementedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorQueueNotImplemented()
func (openGovernor *OpenGovernor) UnpackGovernorQueueNotImplementedError(raw []byte) (*OpenGovernorGovernorQueueNotImplemented, error) {
	out := new(OpenGovernorGovernorQueueNotImplemented)
	if err := openGovernor.abi.UnpackIntoInterface(out, "GovernorQueueNotImplemented", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenGovernorGovernorRestrictedProposer represents a GovernorRestrictedProposer error raised by the OpenGovernor contract.
type OpenGovernorGovernorRestrictedProposer struct {
	Proposer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorRestrictedProposer(address proposer)
func OpenGovernorGovernorRestrictedProposerErrorID() common.Hash {
	return common.HexToHash("0xd9b395579c6f1566cc7608394c53136f366f7fa719d01a941bee075ef8c704f4")
}

// UnpackGovernorRestrictedProposerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorRestrictedProposer(address proposer)
func (openGovernor *OpenGovernor) UnpackGovernorRestrictedProposerError(raw []byte) (*OpenGovernorGovernorRestrictedProposer, error) {
	out := new(OpenGovernorGovernorRestrictedProposer)
	if err := openGovernor.abi.UnpackIntoInterface(out, "GovernorRestrictedProposer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenGovernorGovernorUnableToCancel represents a GovernorUnableToCancel error raised by the OpenGovernor contract.
type OpenGovernorGovernorUnableToCancel struct {
	ProposalId *big.Int
	Account    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorUnableToCancel(uint256 proposalId, address account)
func OpenGovernorGovernorUnableToCancelErrorID() common.Hash {
	return common.HexToHash("0x8fe5d8a9809b4b1a3569a8d98ce25e21fb956a89b6b9a2741d15bc699f46ef07")
}

// UnpackGovernorUnableToCancelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorUnableToCancel(uint256 proposalId, address account)
func (openGovernor *OpenGovernor) UnpackGovernorUnableToCancelError(raw []byte) (*OpenGovernorGovernorUnableToCancel, error) {
	out := new(OpenGovernorGovernorUnableToCancel)
	if err := openGovernor.abi.UnpackIntoInterface(out, "GovernorUnableToCancel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenGovernorGovernorUnexpectedProposalState represents a GovernorUnexpectedProposalState error raised by the OpenGovernor contract.
type OpenGovernorGovernorUnexpectedProposalState struct {
	ProposalId     *big.Int
	Current        uint8
	ExpectedStates [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorUnexpectedProposalState(uint256 proposalId, uint8 current, bytes32 expectedStates)
func OpenGovernorGovernorUnexpectedProposalStateErrorID() common.Hash {
	return common.HexToHash("0x31b75e4d4f8317c390cf01cbc79dfe4f67ce2d27f65a099074fdc67f00f76908")
}

// UnpackGovernorUnexpectedProposalStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorUnexpectedProposalState(uint256 proposalId, uint8 current, bytes32 expectedStates)
func (openGovernor *OpenGovernor) UnpackGovernorUnexpectedProposalStateError(raw []byte) (*OpenGovernorGovernorUnexpectedProposalState, error) {
	out := new(OpenGovernorGovernorUnexpectedProposalState)
	if err := openGovernor.abi.UnpackIntoInterface(out, "GovernorUnexpectedProposalState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenGovernorInvalidAccountNonce represents a InvalidAccountNonce error raised by the OpenGovernor contract.
type OpenGovernorInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func OpenGovernorInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (openGovernor *OpenGovernor) UnpackInvalidAccountNonceError(raw []byte) (*OpenGovernorInvalidAccountNonce, error) {
	out := new(OpenGovernorInvalidAccountNonce)
	if err := openGovernor.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenGovernorInvalidShortString represents a InvalidShortString error raised by the OpenGovernor contract.
type OpenGovernorInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func OpenGovernorInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (openGovernor *OpenGovernor) UnpackInvalidShortStringError(raw []byte) (*OpenGovernorInvalidShortString, error) {
	out := new(OpenGovernorInvalidShortString)
	if err := openGovernor.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenGovernorSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the OpenGovernor contract.
type OpenGovernorSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func OpenGovernorSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (openGovernor *OpenGovernor) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*OpenGovernorSafeCastOverflowedUintDowncast, error) {
	out := new(OpenGovernorSafeCastOverflowedUintDowncast)
	if err := openGovernor.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// OpenGovernorStringTooLong represents a StringTooLong error raised by the OpenGovernor contract.
type OpenGovernorStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func OpenGovernorStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (openGovernor *OpenGovernor) UnpackStringTooLongError(raw []byte) (*OpenGovernorStringTooLong, error) {
	out := new(OpenGovernorStringTooLong)
	if err := openGovernor.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}
