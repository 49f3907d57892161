// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {GovernorCountingSimple} from "@openzeppelin/contracts/governance/extensions/GovernorCountingSimple.sol";
import {GovernorSettings} from "@openzeppelin/contracts/governance/extensions/GovernorSettings.sol";
import {GovernorTimelockControl} from "@openzeppelin/contracts/governance/extensions/GovernorTimelockControl.sol";
import {GovernorVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
import {
    GovernorVotesQuorumFraction
} from "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";

/// @title OpenGovernor
/// @notice OPEN holders' governor. Proposals pass by OPEN votes (delegated, checkpointed on the token's timestamp
/// clock) and execute through a TimelockController, which owns every protocol parameter: the registries, the
/// vault, the validator staking and the disputes contract (fee split, default quota, epoch length, oracle set,
/// verifier, challenge window, penalty policy and multiplier, staking minimum and unbonding delay, slashing,
/// dispute bond and reward, treasuries).
/// @dev Defaults (governance can change the first three through `GovernorSettings`, the quorum through
/// `updateQuorumNumerator`, each by proposal):
///   - voting delay 1 day: a proposal's votes are counted at its creation time plus one day;
///   - voting period 5 days;
///   - proposal threshold 100,000 OPEN (0.01 % of the supply) of votes to propose;
///   - quorum 4 % of the supply's votes at the snapshot (for + abstain votes count towards it);
///   - timelock delay 2 days (`DEFAULT_TIMELOCK_DELAY`, set on the TimelockController).
/// A proposal therefore takes at least 8 days from creation to execution. The clock is the token's
/// (ERC-6372 mode=timestamp), so periods are seconds, not blocks.
contract OpenGovernor is
    Governor,
    GovernorSettings,
    GovernorCountingSimple,
    GovernorVotes,
    GovernorVotesQuorumFraction,
    GovernorTimelockControl
{
    /// @notice Default delay between a proposal and the start of its vote.
    uint48 public constant DEFAULT_VOTING_DELAY = 1 days;
    /// @notice Default length of a vote.
    uint32 public constant DEFAULT_VOTING_PERIOD = 5 days;
    /// @notice Default votes needed to propose.
    uint256 public constant DEFAULT_PROPOSAL_THRESHOLD = 100_000e18;
    /// @notice Default quorum, in percent of the total supply's votes at the proposal's snapshot.
    uint256 public constant DEFAULT_QUORUM_PERCENT = 4;
    /// @notice Default minimum delay of the TimelockController the governor proposes to.
    uint256 public constant DEFAULT_TIMELOCK_DELAY = 2 days;

    /// @param token the OPEN token (ERC20Votes on a timestamp clock)
    /// @param timelock the TimelockController that executes passed proposals (this governor must hold its
    /// proposer and canceller roles)
    /// @param votingDelay_ seconds between proposal and vote start (DEFAULT_VOTING_DELAY)
    /// @param votingPeriod_ seconds a vote lasts (DEFAULT_VOTING_PERIOD)
    /// @param proposalThreshold_ votes needed to propose (DEFAULT_PROPOSAL_THRESHOLD)
    /// @param quorumPercent_ quorum in percent of the supply (DEFAULT_QUORUM_PERCENT)
    constructor(
        IVotes token,
        TimelockController timelock,
        uint48 votingDelay_,
        uint32 votingPeriod_,
        uint256 proposalThreshold_,
        uint256 quorumPercent_
    )
        Governor("OpenGovernor")
        GovernorSettings(votingDelay_, votingPeriod_, proposalThreshold_)
        GovernorVotes(token)
        GovernorVotesQuorumFraction(quorumPercent_)
        GovernorTimelockControl(timelock)
    {}

    // The overrides below only resolve the multiple inheritance; each defers to OpenZeppelin's implementation.

    /// @notice Delay between a proposal and its vote's start, in seconds.
    function votingDelay() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.votingDelay();
    }

    /// @notice Length of a vote, in seconds.
    function votingPeriod() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.votingPeriod();
    }

    /// @notice Votes needed to create a proposal.
    function proposalThreshold() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.proposalThreshold();
    }

    /// @notice Votes a proposal needs (for + abstain) at `timepoint`: the quorum fraction of the supply then.
    function quorum(uint256 timepoint) public view override(Governor, GovernorVotesQuorumFraction) returns (uint256) {
        return super.quorum(timepoint);
    }

    /// @notice A proposal's state, including Queued and Executed from the timelock.
    function state(uint256 proposalId) public view override(Governor, GovernorTimelockControl) returns (ProposalState) {
        return super.state(proposalId);
    }

    /// @notice Whether passed proposals must be queued in the timelock before execution (always true).
    function proposalNeedsQueuing(uint256 proposalId)
        public
        view
        override(Governor, GovernorTimelockControl)
        returns (bool)
    {
        return super.proposalNeedsQueuing(proposalId);
    }

    function _queueOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint48) {
        return super._queueOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _executeOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) {
        super._executeOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _cancel(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint256) {
        return super._cancel(targets, values, calldatas, descriptionHash);
    }

    function _executor() internal view override(Governor, GovernorTimelockControl) returns (address) {
        return super._executor();
    }
}
