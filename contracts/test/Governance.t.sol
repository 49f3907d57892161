// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

import {GovFixture} from "./utils/GovFixture.sol";
import {OpenGovernor} from "../src/governance/OpenGovernor.sol";
import {IDatanetRegistry} from "../src/interfaces/IDatanetRegistry.sol";
import {IRewardVault} from "../src/interfaces/IRewardVault.sol";
import {TestScoreVerifier} from "./mocks/TestScoreVerifier.sol";

/// @notice The governor's defaults, its revert paths, the Ownable2Step handover to the timelock, and the full
/// proposal lifecycle (propose, vote, queue, execute) for every parameter governance owns.
contract GovernanceTest is GovFixture {
    // ---------------------------------------------------------------- setup and defaults

    function test_handover_timelockOwnsEverything() public view {
        assertEq(datanets.owner(), address(timelock));
        assertEq(models.owner(), address(timelock));
        assertEq(vault.owner(), address(timelock));
        assertEq(staking.owner(), address(timelock));
        assertEq(guard.owner(), address(timelock));
        assertEq(datanets.pendingOwner(), address(0));
        assertEq(datanets.validatorManager(), address(staking));
        assertEq(datanets.penaltySink(), address(vault));
        assertEq(vault.settlementGuard(), address(guard));
        assertFalse(timelock.hasRole(timelock.DEFAULT_ADMIN_ROLE(), address(this)));
        assertTrue(timelock.hasRole(timelock.PROPOSER_ROLE(), address(governor)));
        assertTrue(timelock.hasRole(timelock.EXECUTOR_ROLE(), address(0)));
    }

    function test_defaults() public view {
        assertEq(governor.votingDelay(), 1 days);
        assertEq(governor.votingPeriod(), 5 days);
        assertEq(governor.proposalThreshold(), 100_000e18);
        assertEq(governor.quorumNumerator(), 4);
        assertEq(governor.quorum(block.timestamp - 1), 40_000_000e18);
        assertEq(timelock.getMinDelay(), 2 days);
        assertEq(governor.CLOCK_MODE(), "mode=timestamp");
        assertEq(governor.clock(), block.timestamp);
        assertEq(governor.DEFAULT_VOTING_DELAY(), governor.votingDelay());
        assertEq(governor.DEFAULT_VOTING_PERIOD(), governor.votingPeriod());
        assertEq(governor.DEFAULT_PROPOSAL_THRESHOLD(), governor.proposalThreshold());
        assertEq(governor.DEFAULT_QUORUM_PERCENT(), governor.quorumNumerator());
        assertEq(governor.DEFAULT_TIMELOCK_DELAY(), timelock.getMinDelay());
        assertEq(address(governor.timelock()), address(timelock));
        assertTrue(governor.proposalNeedsQueuing(0));
    }

    function test_oldAdminLostControl() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, admin));
        vm.prank(admin);
        vault.setFeeSplit(IRewardVault.FeeSplit(6000, 2000, 1000, 1000));
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, admin));
        vm.prank(admin);
        models.setOracle(admin, true);
    }

    // ---------------------------------------------------------------- one lifecycle per parameter

    function test_lifecycle_feeSplit() public {
        _govern(address(vault), abi.encodeCall(vault.setFeeSplit, (IRewardVault.FeeSplit(6000, 2000, 1500, 500))));
        IRewardVault.FeeSplit memory split = vault.feeSplit();
        assertEq(split.contributorsBps, 6000);
        assertEq(split.ownerBps, 2000);
        assertEq(split.validatorsBps, 1500);
        assertEq(split.treasuryBps, 500);
    }

    function test_lifecycle_defaultQuota() public {
        IDatanetRegistry.Quota memory quota = IDatanetRegistry.Quota(5, 1_000_000, 4_000_000);
        _govern(address(datanets), abi.encodeCall(datanets.setDefaultQuota, (quota)));
        assertEq(datanets.defaultQuota().filesPerContributorPerDay, 5);
        uint256 id = _createDatanet(_pair(validatorA, validatorB), 1);
        IDatanetRegistry.Quota memory got = datanets.datanet(id).quota;
        assertEq(got.filesPerContributorPerDay, 5);
        assertEq(got.bytesPerContributorPerDay, 1_000_000);
        assertEq(got.bytesPerDatanetPerDay, 4_000_000);
        // Existing datanets keep theirs.
        assertEq(datanets.datanet(datanetId).quota.filesPerContributorPerDay, 20);
    }

    function test_lifecycle_epochLength() public {
        _govern(address(vault), abi.encodeCall(vault.setEpochLength, (7 days)));
        assertEq(vault.epochLength(), 7 days);
    }

    function test_lifecycle_oracleSet() public {
        address newOracle = makeAddr("newOracle");
        address[] memory targets = new address[](2);
        bytes[] memory calls = new bytes[](2);
        (targets[0], calls[0]) = (address(models), abi.encodeCall(models.setOracle, (newOracle, true)));
        (targets[1], calls[1]) = (address(models), abi.encodeCall(models.setOracle, (oracle, false)));
        _govern(targets, calls);
        assertTrue(models.isOracle(newOracle));
        assertFalse(models.isOracle(oracle));
    }

    function test_lifecycle_verifier() public {
        TestScoreVerifier next = new TestScoreVerifier();
        _govern(address(vault), abi.encodeCall(vault.setVerifier, (address(next))));
        assertEq(vault.verifier(), address(next));
    }

    function test_lifecycle_challengeWindow() public {
        _govern(address(guard), abi.encodeCall(guard.setChallengeWindow, (5 days)));
        assertEq(guard.challengeWindow(), 5 days);
    }

    function test_lifecycle_penaltyPolicy() public {
        _govern(address(datanets), abi.encodeCall(datanets.setPenaltyPolicy, (2000, 10)));
        (uint16 threshold, uint32 minDecided) = datanets.penaltyPolicy();
        assertEq(threshold, 2000);
        assertEq(minDecided, 10);
    }

    function test_lifecycle_penaltyMultiplier() public {
        _govern(address(vault), abi.encodeCall(vault.setPenaltyMultiplier, (2500)));
        assertEq(vault.penaltyMultiplierBps(), 2500);
    }

    function test_lifecycle_stakingParameters() public {
        address[] memory targets = new address[](3);
        bytes[] memory calls = new bytes[](3);
        (targets[0], calls[0]) = (address(staking), abi.encodeCall(staking.setMinStake, (50_000e18)));
        (targets[1], calls[1]) = (address(staking), abi.encodeCall(staking.setUnbondingDelay, (21 days)));
        (targets[2], calls[2]) = (address(staking), abi.encodeCall(staking.setTreasury, (voter2)));
        _govern(targets, calls);
        assertEq(staking.minStake(), 50_000e18);
        assertEq(staking.unbondingDelay(), 21 days);
        assertEq(staking.treasury(), voter2);
    }

    function test_lifecycle_disputeParameters() public {
        address[] memory targets = new address[](2);
        bytes[] memory calls = new bytes[](2);
        (targets[0], calls[0]) = (address(guard), abi.encodeCall(guard.setDisputeBond, (5000e18)));
        (targets[1], calls[1]) = (address(guard), abi.encodeCall(guard.setChallengerReward, (2500e18)));
        _govern(targets, calls);
        assertEq(guard.disputeBond(), 5000e18);
        assertEq(guard.challengerReward(), 2500e18);
    }

    function test_lifecycle_treasuries() public {
        address next = makeAddr("nextTreasury");
        address[] memory targets = new address[](2);
        bytes[] memory calls = new bytes[](2);
        (targets[0], calls[0]) = (address(vault), abi.encodeCall(vault.setTreasury, (next)));
        (targets[1], calls[1]) = (address(datanets), abi.encodeCall(datanets.setTreasury, (next)));
        _govern(targets, calls);
        assertEq(vault.treasury(), next);
        assertEq(datanets.treasury(), next);
    }

    function test_lifecycle_governorSettings() public {
        address[] memory targets = new address[](3);
        bytes[] memory calls = new bytes[](3);
        (targets[0], calls[0]) = (address(governor), abi.encodeCall(governor.setVotingPeriod, (7 days)));
        (targets[1], calls[1]) = (address(governor), abi.encodeCall(governor.updateQuorumNumerator, (10)));
        (targets[2], calls[2]) = (address(timelock), abi.encodeCall(timelock.updateDelay, (3 days)));
        _govern(targets, calls);
        assertEq(governor.votingPeriod(), 7 days);
        assertEq(governor.quorumNumerator(), 10);
        assertEq(timelock.getMinDelay(), 3 days);
    }

    // ---------------------------------------------------------------- votes and revert paths

    function test_propose_revertsBelowThreshold() public {
        (address[] memory targets, bytes[] memory calls) =
            _one(address(vault), abi.encodeCall(vault.setEpochLength, (2 days)));
        vm.expectRevert(
            abi.encodeWithSelector(IGovernor.GovernorInsufficientProposerVotes.selector, poor, 1000e18, 100_000e18)
        );
        vm.prank(poor);
        governor.propose(targets, new uint256[](1), calls, "poor");
    }

    function test_castVote_revertsBeforeTheVoteStarts() public {
        (address[] memory targets, bytes[] memory calls) =
            _one(address(vault), abi.encodeCall(vault.setEpochLength, (2 days)));
        uint256 id = _propose(targets, calls, "early");
        vm.expectRevert(
            abi.encodeWithSelector(
                IGovernor.GovernorUnexpectedProposalState.selector,
                id,
                IGovernor.ProposalState.Pending,
                bytes32(1 << uint8(IGovernor.ProposalState.Active))
            )
        );
        vm.prank(voter);
        governor.castVote(id, 1);
    }

    function test_castVote_revertsTwice() public {
        (address[] memory targets, bytes[] memory calls) =
            _one(address(vault), abi.encodeCall(vault.setEpochLength, (2 days)));
        uint256 id = _propose(targets, calls, "twice");
        vm.warp(block.timestamp + 1 days + 1);
        vm.prank(voter);
        governor.castVote(id, 1);
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorAlreadyCastVote.selector, voter));
        vm.prank(voter);
        governor.castVote(id, 0);
    }

    function test_proposal_defeatedWithoutQuorum() public {
        (address[] memory targets, bytes[] memory calls) =
            _one(address(vault), abi.encodeCall(vault.setEpochLength, (2 days)));
        uint256 id = _propose(targets, calls, "no quorum");
        vm.warp(block.timestamp + 1 days + 1);
        vm.prank(poor);
        governor.castVote(id, 1);
        vm.warp(block.timestamp + 5 days);
        assertTrue(governor.state(id) == IGovernor.ProposalState.Defeated);
        vm.expectRevert(
            abi.encodeWithSelector(
                IGovernor.GovernorUnexpectedProposalState.selector,
                id,
                IGovernor.ProposalState.Defeated,
                bytes32(1 << uint8(IGovernor.ProposalState.Succeeded))
            )
        );
        governor.queue(targets, new uint256[](1), calls, keccak256("no quorum"));
    }

    function test_proposal_defeatedByAgainstVotes() public {
        (address[] memory targets, bytes[] memory calls) =
            _one(address(vault), abi.encodeCall(vault.setEpochLength, (2 days)));
        uint256 id = _propose(targets, calls, "against");
        vm.warp(block.timestamp + 1 days + 1);
        vm.prank(voter);
        governor.castVote(id, 0);
        vm.prank(voter2);
        governor.castVote(id, 1);
        vm.warp(block.timestamp + 5 days);
        assertTrue(governor.state(id) == IGovernor.ProposalState.Defeated);
        (uint256 against, uint256 forVotes, uint256 abstain) = governor.proposalVotes(id);
        assertEq(against, VOTER_FUNDS);
        assertEq(forVotes, VOTER2_FUNDS);
        assertEq(abstain, 0);
    }

    function test_execute_revertsBeforeTheTimelockDelay() public {
        (address[] memory targets, bytes[] memory calls) =
            _one(address(vault), abi.encodeCall(vault.setEpochLength, (2 days)));
        uint256 id = _propose(targets, calls, "hasty");
        vm.warp(block.timestamp + 1 days + 1);
        vm.prank(voter);
        governor.castVote(id, 1);
        vm.warp(block.timestamp + 5 days);
        governor.queue(targets, new uint256[](1), calls, keccak256("hasty"));
        bytes32 operation = timelock.hashOperationBatch(targets, new uint256[](1), calls, 0, _salt("hasty"));
        vm.expectRevert(
            abi.encodeWithSelector(
                TimelockController.TimelockUnexpectedOperationState.selector,
                operation,
                bytes32(1 << uint8(TimelockController.OperationState.Ready))
            )
        );
        governor.execute(targets, new uint256[](1), calls, keccak256("hasty"));
    }

    function test_timelock_refusesDirectScheduling() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, voter, timelock.PROPOSER_ROLE()
            )
        );
        vm.prank(voter);
        timelock.schedule(address(vault), 0, "", bytes32(0), bytes32(0), 2 days);
    }

    /// @dev GovernorTimelockControl's salt: the governor's address xor the description hash.
    function _salt(string memory description) private view returns (bytes32) {
        return bytes20(address(governor)) ^ keccak256(bytes(description));
    }

    function test_governorCannotBeReconfiguredDirectly() public {
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorOnlyExecutor.selector, voter));
        vm.prank(voter);
        governor.setVotingPeriod(1 days);
    }

    function test_constructor_customSettings() public {
        OpenGovernor g = new OpenGovernor(token, timelock, 1 hours, 2 days, 1e18, 10);
        assertEq(g.votingDelay(), 1 hours);
        assertEq(g.votingPeriod(), 2 days);
        assertEq(g.proposalThreshold(), 1e18);
        assertEq(g.quorumNumerator(), 10);
        assertEq(g.name(), "OpenGovernor");
    }
}
