// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {DatanetRegistryBase} from "./DatanetRegistryBase.sol";
import {Vm} from "./utils/Vm.sol";
import {IDatanetRegistry} from "../src/interfaces/IDatanetRegistry.sol";

/// @notice `vote`: tallies, finalization, bond settlement, the accumulator and reputation.
contract DatanetRegistryVoteTest is DatanetRegistryBase {
    uint256 internal bonded; // forfeits on reject
    uint256 internal lenient; // bond returned on reject
    uint256 internal free; // no bond

    function setUp() public override {
        super.setUp();
        bonded = _create(BOND, true);
        lenient = _create(BOND, false);
        free = _create(0, true);
    }

    function _status(uint256 cid) internal view returns (IDatanetRegistry.Status) {
        return registry.contribution(cid).status;
    }

    // ---------------------------------------------------------------- tallies

    function test_vote_recordsAndEmits() public {
        uint256 cid = _contribute(alice, bonded, _hash(1), 10);
        vm.expectEmit(true, true, false, true, address(registry));
        emit IDatanetRegistry.ContributionVoted(cid, v1, true, 1, 0);
        _vote(v1, cid, true);
        vm.expectEmit(true, true, false, true, address(registry));
        emit IDatanetRegistry.ContributionVoted(cid, v2, false, 1, 1);
        _vote(v2, cid, false);

        IDatanetRegistry.Contribution memory c = registry.contribution(cid);
        assertTrue(c.status == IDatanetRegistry.Status.Pending);
        assertEq(c.accepts, 1);
        assertEq(c.rejects, 1);
        assertTrue(registry.hasVoted(cid, v1));
        assertTrue(registry.hasVoted(cid, v2));
        assertFalse(registry.hasVoted(cid, v3));
        assertEq(token.balanceOf(address(registry)), BOND);
    }

    // ---------------------------------------------------------------- acceptance

    function test_vote_acceptFinalizesAndReturnsBond() public {
        uint256 cid = _contribute(alice, bonded, _hash(1), 777);
        uint256 aliceBefore = token.balanceOf(alice);
        uint256 treasuryBefore = token.balanceOf(treasury);
        _vote(v1, cid, true);

        bytes32 acc = _link(bytes32(0), bonded, 0, cid, alice, _hash(1), 777);
        vm.expectEmit(true, true, false, true, address(registry));
        emit IDatanetRegistry.ContributionVoted(cid, v3, true, 2, 0);
        vm.expectEmit(true, true, true, true, address(registry));
        emit IDatanetRegistry.ContributionFinalized(cid, bonded, alice, IDatanetRegistry.Status.Accepted, 0, acc);
        vm.expectEmit(true, true, false, true, address(registry));
        emit IDatanetRegistry.ReputationUpdated(bonded, alice, 1, 1, 0, 3333);
        vm.expectEmit(true, true, false, true, address(registry));
        emit IDatanetRegistry.BondSettled(cid, alice, BOND, false);
        vm.expectEmit(true, true, false, true, address(token));
        emit IERC20.Transfer(address(registry), alice, BOND);
        _vote(v3, cid, true);

        IDatanetRegistry.Contribution memory c = registry.contribution(cid);
        assertTrue(c.status == IDatanetRegistry.Status.Accepted);
        assertEq(c.accepts, 2);
        assertEq(c.acceptedIndex, 0);
        IDatanetRegistry.Datanet memory d = registry.datanet(bonded);
        assertEq(d.acceptedCount, 1);
        assertEq(d.accumulator, acc);
        assertEq(registry.accumulatorAt(bonded, 1), acc);
        assertEq(registry.acceptedContribution(bonded, 0), cid);

        assertEq(token.balanceOf(alice), aliceBefore + BOND);
        assertEq(token.balanceOf(treasury), treasuryBefore);
        assertEq(token.balanceOf(address(registry)), 0);
        _assertReputation(bonded, alice, 1, 1, 0);
    }

    function test_vote_acceptWithoutBondSettlesNothing() public {
        uint256 cid = _contribute(alice, free, _hash(1), 10);
        _vote(v1, cid, true);
        vm.recordLogs();
        _vote(v2, cid, true);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        // ContributionVoted, ContributionFinalized, ReputationUpdated; no BondSettled, no Transfer.
        assertEq(logs.length, 3);
        for (uint256 i; i < logs.length; ++i) {
            assertEq(logs[i].emitter, address(registry));
            assertTrue(logs[i].topics[0] != IDatanetRegistry.BondSettled.selector);
        }
        assertTrue(_status(cid) == IDatanetRegistry.Status.Accepted);
    }

    // ---------------------------------------------------------------- rejection

    function test_vote_rejectForfeitsBondToTreasury() public {
        uint256 cid = _contribute(alice, bonded, _hash(1), 10);
        uint256 aliceBefore = token.balanceOf(alice);
        _vote(v1, cid, false);
        _vote(v2, cid, true);

        vm.expectEmit(true, true, true, true, address(registry));
        emit IDatanetRegistry.ContributionFinalized(cid, bonded, alice, IDatanetRegistry.Status.Rejected, 0, 0);
        vm.expectEmit(true, true, false, true, address(registry));
        emit IDatanetRegistry.ReputationUpdated(bonded, alice, 1, 0, 1, 0);
        vm.expectEmit(true, true, false, true, address(registry));
        emit IDatanetRegistry.BondSettled(cid, treasury, BOND, true);
        vm.expectEmit(true, true, false, true, address(token));
        emit IERC20.Transfer(address(registry), treasury, BOND);
        _vote(v3, cid, false);

        IDatanetRegistry.Contribution memory c = registry.contribution(cid);
        assertTrue(c.status == IDatanetRegistry.Status.Rejected);
        assertEq(c.accepts, 1);
        assertEq(c.rejects, 2);
        assertEq(token.balanceOf(treasury), BOND);
        assertEq(token.balanceOf(alice), aliceBefore);
        assertEq(token.balanceOf(address(registry)), 0);
        assertEq(registry.datanet(bonded).acceptedCount, 0);
        assertEq(registry.datanet(bonded).accumulator, bytes32(0));
        _assertReputation(bonded, alice, 1, 0, 1);
    }

    function test_vote_rejectReturnsBondWhenNotForfeited() public {
        uint256 cid = _contribute(alice, lenient, _hash(1), 10);
        uint256 aliceBefore = token.balanceOf(alice);
        _vote(v1, cid, false);
        vm.expectEmit(true, true, false, true, address(registry));
        emit IDatanetRegistry.BondSettled(cid, alice, BOND, false);
        _vote(v2, cid, false);
        assertEq(token.balanceOf(alice), aliceBefore + BOND);
        assertEq(token.balanceOf(treasury), 0);
        assertEq(token.balanceOf(address(registry)), 0);
        _assertReputation(lenient, alice, 1, 0, 1);
    }

    function test_vote_forfeitGoesToCurrentTreasury() public {
        uint256 cid = _contribute(alice, bonded, _hash(1), 10);
        address next = makeAddr("next treasury");
        vm.prank(gov);
        registry.setTreasury(next);
        _vote(v1, cid, false);
        _vote(v2, cid, false);
        assertEq(token.balanceOf(next), BOND);
        assertEq(token.balanceOf(treasury), 0);
    }

    function test_vote_rejectedKeepsAccumulator() public {
        uint256 c1 = _contribute(alice, free, _hash(1), 10);
        _vote(v1, c1, true);
        _vote(v2, c1, true);
        bytes32 acc = registry.datanet(free).accumulator;
        uint256 c2 = _contribute(bob, free, _hash(2), 10);
        _vote(v1, c2, false);
        vm.expectEmit(true, true, true, true, address(registry));
        emit IDatanetRegistry.ContributionFinalized(c2, free, bob, IDatanetRegistry.Status.Rejected, 0, acc);
        _vote(v2, c2, false);
        assertEq(registry.datanet(free).accumulator, acc);
        assertEq(registry.datanet(free).acceptedCount, 1);
    }

    // ---------------------------------------------------------------- accumulator

    function test_accumulator_chainAcrossDatanets() public {
        // Interleave two datanets and a rejection; each datanet's chain only sees its own acceptances.
        uint256 a1 = _contribute(alice, free, _hash(1), 100);
        uint256 b1 = _contribute(bob, bonded, _hash(2), 200);
        uint256 r1 = _contribute(bob, free, _hash(3), 300);
        uint256 a2 = _contribute(bob, free, _hash(4), 400);
        uint256 a3 = _contribute(alice, free, _hash(5), 500);

        // Acceptance order, not submission order, fixes the indices.
        for (uint256 i = 1; i <= 2; ++i) {
            address v = i == 1 ? v1 : v2;
            _vote(v, a2, true);
            _vote(v, b1, true);
            _vote(v, r1, false);
            _vote(v, a1, true);
            _vote(v, a3, true);
        }

        bytes32 k1 = _link(bytes32(0), free, 0, a2, bob, _hash(4), 400);
        bytes32 k2 = _link(k1, free, 1, a1, alice, _hash(1), 100);
        bytes32 k3 = _link(k2, free, 2, a3, alice, _hash(5), 500);
        assertEq(registry.accumulatorAt(free, 0), bytes32(0));
        assertEq(registry.accumulatorAt(free, 1), k1);
        assertEq(registry.accumulatorAt(free, 2), k2);
        assertEq(registry.accumulatorAt(free, 3), k3);
        assertEq(registry.datanet(free).accumulator, k3);
        assertEq(registry.datanet(free).acceptedCount, 3);
        assertEq(registry.acceptedContribution(free, 0), a2);
        assertEq(registry.acceptedContribution(free, 1), a1);
        assertEq(registry.acceptedContribution(free, 2), a3);
        assertEq(registry.contribution(a1).acceptedIndex, 1);
        assertEq(registry.contribution(a3).acceptedIndex, 2);

        bytes32 other = _link(bytes32(0), bonded, 0, b1, bob, _hash(2), 200);
        assertEq(registry.accumulatorAt(bonded, 1), other);
        assertEq(registry.acceptedContribution(bonded, 0), b1);

        // The link matches the documented abi.encode form word for word.
        assertEq(k2, keccak256(abi.encode(k1, free, uint256(1), a1, alice, _hash(1), uint32(100))));
    }

    function test_accumulatorAt_revertsPastAcceptedCount() public {
        uint256 cid = _contribute(alice, free, _hash(1), 10);
        _vote(v1, cid, true);
        _vote(v2, cid, true);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.AcceptedCountOutOfRange.selector, free, 2, 1));
        registry.accumulatorAt(free, 2);
    }

    function test_acceptedContribution_revertsPastAcceptedCount() public {
        uint256 cid = _contribute(alice, free, _hash(1), 10);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.AcceptedIndexOutOfRange.selector, free, 0, 0));
        registry.acceptedContribution(free, 0);
        _vote(v1, cid, true);
        _vote(v2, cid, true);
        assertEq(registry.acceptedContribution(free, 0), cid);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.AcceptedIndexOutOfRange.selector, free, 1, 1));
        registry.acceptedContribution(free, 1);
    }

    // ---------------------------------------------------------------- reverts

    function test_vote_revertsOnUnknownContribution() public {
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.UnknownContribution.selector, 0));
        _vote(v1, 0, true);
        _contribute(alice, free, _hash(1), 10);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.UnknownContribution.selector, 2));
        _vote(v1, 2, true);
    }

    function test_vote_revertsForNonValidator() public {
        uint256 cid = _contribute(alice, free, _hash(1), 10);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.NotValidator.selector, free, stranger));
        _vote(stranger, cid, true);
        // The datanet owner is not a validator either.
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.NotValidator.selector, free, owner));
        _vote(owner, cid, true);
        assertEq(registry.contribution(cid).accepts, 0);
        assertFalse(registry.hasVoted(cid, stranger));
    }

    function test_vote_revertsForValidatorOfAnotherDatanet() public {
        address[] memory others = new address[](1);
        others[0] = stranger;
        vm.prank(owner);
        registry.createDatanet(_params(0, false, others, 1));
        uint256 cid = _contribute(alice, free, _hash(1), 10);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.NotValidator.selector, free, stranger));
        _vote(stranger, cid, true);
    }

    function test_vote_revertsOnDoubleVote() public {
        uint256 cid = _contribute(alice, free, _hash(1), 10);
        _vote(v1, cid, false);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.AlreadyVoted.selector, cid, v1));
        _vote(v1, cid, false);
        // Switching sides is a second vote too.
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.AlreadyVoted.selector, cid, v1));
        _vote(v1, cid, true);
        IDatanetRegistry.Contribution memory c = registry.contribution(cid);
        assertEq(c.accepts, 0);
        assertEq(c.rejects, 1);
        assertTrue(c.status == IDatanetRegistry.Status.Pending);
    }

    function test_vote_revertsWhenAccepted() public {
        uint256 cid = _contribute(alice, free, _hash(1), 10);
        _vote(v1, cid, true);
        _vote(v2, cid, true);
        vm.expectRevert(
            abi.encodeWithSelector(IDatanetRegistry.NotPending.selector, cid, IDatanetRegistry.Status.Accepted)
        );
        _vote(v3, cid, false);
        // A validator that already voted is told the contribution is final, not that it voted.
        vm.expectRevert(
            abi.encodeWithSelector(IDatanetRegistry.NotPending.selector, cid, IDatanetRegistry.Status.Accepted)
        );
        _vote(v1, cid, true);
        assertEq(registry.contribution(cid).rejects, 0);
        assertFalse(registry.hasVoted(cid, v3));
    }

    function test_vote_revertsWhenRejected() public {
        uint256 cid = _contribute(alice, free, _hash(1), 10);
        _vote(v1, cid, false);
        _vote(v2, cid, false);
        vm.expectRevert(
            abi.encodeWithSelector(IDatanetRegistry.NotPending.selector, cid, IDatanetRegistry.Status.Rejected)
        );
        _vote(v3, cid, true);
    }

    // ---------------------------------------------------------------- validator set changes

    function test_vote_removedValidatorsVoteStillCounts() public {
        uint256 cid = _contribute(alice, bonded, _hash(1), 10);
        _vote(v1, cid, true);
        vm.prank(owner);
        registry.removeValidator(bonded, v1);

        // v1 cannot vote any more...
        uint256 other = _contribute(bob, bonded, _hash(2), 10);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.NotValidator.selector, bonded, v1));
        _vote(v1, other, true);

        // ...but its earlier vote is one of the two that accept `cid`.
        _vote(v2, cid, true);
        IDatanetRegistry.Contribution memory c = registry.contribution(cid);
        assertTrue(c.status == IDatanetRegistry.Status.Accepted);
        assertEq(c.accepts, 2);
    }

    function test_vote_readdedValidatorCannotVoteTwice() public {
        uint256 cid = _contribute(alice, free, _hash(1), 10);
        _vote(v1, cid, true);
        vm.startPrank(owner);
        registry.removeValidator(free, v1);
        registry.addValidator(free, v1);
        vm.stopPrank();
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.AlreadyVoted.selector, cid, v1));
        _vote(v1, cid, true);
    }

    function test_vote_loweredQuorumFinalizesOnNextVoteOfThatSide() public {
        uint256 cid = _contribute(alice, free, _hash(1), 10);
        _vote(v1, cid, true); // 1 of 2
        vm.prank(owner);
        registry.setQuorum(free, 1);
        // Lowering the quorum does not finalize by itself.
        assertTrue(_status(cid) == IDatanetRegistry.Status.Pending);
        _vote(v2, cid, true);
        assertTrue(_status(cid) == IDatanetRegistry.Status.Accepted);
        assertEq(registry.contribution(cid).accepts, 2);
    }

    function test_vote_loweredQuorumRejectSideDecides() public {
        uint256 cid = _contribute(alice, free, _hash(1), 10);
        _vote(v1, cid, true);
        vm.prank(owner);
        registry.setQuorum(free, 1);
        // The vote being cast is the side checked against the quorum.
        _vote(v2, cid, false);
        assertTrue(_status(cid) == IDatanetRegistry.Status.Rejected);
    }

    function test_vote_raisedQuorumNeedsMoreVotes() public {
        uint256 cid = _contribute(alice, free, _hash(1), 10);
        vm.prank(owner);
        registry.setQuorum(free, 3);
        _vote(v1, cid, true);
        _vote(v2, cid, true);
        assertTrue(_status(cid) == IDatanetRegistry.Status.Pending);
        _vote(v3, cid, true);
        assertTrue(_status(cid) == IDatanetRegistry.Status.Accepted);
    }

    // ---------------------------------------------------------------- reputation

    function test_reputation_sequence() public {
        uint256[] memory ids = new uint256[](5);
        for (uint256 i; i < 5; ++i) {
            ids[i] = _contribute(alice, free, _hash(i), 10);
        }
        _assertReputation(free, alice, 5, 0, 0);
        assertEq(registry.reputationScore(free, alice), 0);

        _vote(v1, ids[0], true);
        _vote(v2, ids[0], true);
        _assertReputation(free, alice, 5, 1, 0); // 10000 * 1 / 3
        assertEq(registry.reputationScore(free, alice), 3333);

        _vote(v1, ids[1], true);
        _vote(v2, ids[1], true);
        assertEq(registry.reputationScore(free, alice), 5000); // 2 / 4

        _vote(v1, ids[2], false);
        _vote(v2, ids[2], false);
        assertEq(registry.reputationScore(free, alice), 4000); // 2 / 5
        _assertReputation(free, alice, 5, 2, 1);

        // Other datanets and contributors are unaffected.
        _assertReputation(bonded, alice, 0, 0, 0);
        _assertReputation(free, bob, 0, 0, 0);
    }
}
