// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

import {GovFixture} from "./utils/GovFixture.sol";
import {PayoutTreeBuilder} from "./utils/PayoutTreeBuilder.sol";
import {SettlementGuard} from "../src/SettlementGuard.sol";
import {IRewardVault} from "../src/interfaces/IRewardVault.sol";
import {ISettlementGuard} from "../src/interfaces/ISettlementGuard.sol";

/// @notice The challenge window: queued settlements, in-order finalization, disputes, voiding (with the later
/// batches), release of voided requests and their re-settlement, every revert path.
contract SettlementGuardTest is GovFixture {
    using PayoutTreeBuilder for PayoutTreeBuilder.Tree;

    uint256 internal constant BOND = 1000e18;
    address internal challenger = makeAddr("challenger");

    function setUp() public override {
        super.setUp();
        require(token.transfer(challenger, 10 * BOND), "fund challenger");
        vm.prank(challenger);
        token.approve(address(guard), type(uint256).max);
    }

    /// @dev Three requests of epoch e (closed on return).
    function _batchOfThree() internal returns (uint256[] memory ids, uint64 epoch) {
        epoch = vault.currentEpoch();
        ids = _requests(user, modelId, 3);
        _closeEpoch();
    }

    function _status(uint256 batchId) internal view returns (ISettlementGuard.BatchStatus) {
        return guard.batch(modelId, batchId).status;
    }

    function _dispute(uint256 batchId) internal returns (uint256) {
        vm.prank(challenger);
        return guard.openDispute(modelId, batchId, "ipfs://evidence");
    }

    // ---------------------------------------------------------------- queue and finalize

    function test_settle_queuesAndKeepsTheFinalRootClaimable() public {
        (uint256[] memory ids, uint64 epoch) = _batchOfThree();
        uint256 unsettled = vault.unsettledFees();
        bytes32 root = _tree(_amounts(1e18, 0.5e18, 0.5e18)).root();
        IRewardVault.Settlement memory s = _settlement(modelId, epoch, ids, root, 2e18);
        bytes memory proof = _proof(s);
        vm.expectEmit(address(guard));
        emit ISettlementGuard.BatchQueued(modelId, 0, block.timestamp + 2 days);
        vm.prank(oracle);
        vault.settle(s, proof);

        ISettlementGuard.Batch memory b = guard.batch(modelId, 0);
        assertTrue(b.status == ISettlementGuard.BatchStatus.Pending);
        assertEq(b.payoutRoot, root);
        assertEq(b.requestsHash, keccak256(abi.encodePacked(ids)));
        assertEq(b.owner, modelOwner);
        assertEq(b.feeTotal, 3e18);
        assertEq(b.distributed, 2e18);
        assertEq(b.ownerBps, 1500);
        assertEq(b.validatorsBps, 1000);
        (bool holds, bytes32 latest) = guard.head(modelId);
        assertTrue(holds);
        assertEq(latest, root);
        // Nothing is credited or claimable yet; the fees stay unsettled.
        assertEq(vault.payoutRoot(modelId), bytes32(0));
        (uint256 credited,) = vault.contributorCredit(modelId);
        assertEq(credited, 0);
        assertEq(vault.balanceOf(modelOwner), 0);
        assertEq(vault.unsettledFees(), unsettled);
        assertEq(vault.batchCount(modelId), 1);

        vm.warp(block.timestamp + 2 days - 1);
        assertEq(guard.finalize(modelId, 10), 0);
        vm.warp(block.timestamp + 1);
        vm.expectEmit(address(vault));
        emit IRewardVault.BatchFinalized(modelId, 0, root);
        assertEq(guard.finalize(modelId, 10), 1);
        assertTrue(_status(0) == ISettlementGuard.BatchStatus.Finalized);
        assertEq(vault.payoutRoot(modelId), root);
        (credited,) = vault.contributorCredit(modelId);
        assertEq(credited, 2e18);
        assertEq(vault.balanceOf(modelOwner), 0.45e18);
        assertEq(vault.balanceOf(treasury), 0.25e18);
        assertEq(vault.validatorPool(datanetId), 0.3e18);
        assertEq(vault.unsettledFees(), unsettled - 3e18);
        (holds,) = guard.head(modelId);
        assertFalse(holds);

        vm.prank(alice);
        assertEq(vault.claim(modelId, _leaf(_tree(_amounts(1e18, 0.5e18, 0.5e18)), 0, 1e18)), 1e18);
    }

    function test_settle_buildsOnTheQueuedRoot() public {
        (uint256[] memory ids, uint64 epoch) = _batchOfThree();
        (, bytes32 root0) = _settleQueued(epoch, ids, _amounts(1e18, 0, 0), 1e18);
        (ids, epoch) = _batchOfThree();
        IRewardVault.Settlement memory s = _settlement(modelId, epoch, ids, keccak256("next"), 0);
        assertEq(vault.publicInputs(s)[8], uint256(root0));
        _settle(s);
        (, bytes32 latest) = guard.head(modelId);
        assertEq(latest, keccak256("next"));
        assertEq(guard.queue(modelId).next, 0);
        assertEq(guard.queue(modelId).end, 2);
    }

    function test_finalize_inOrderUpToMax() public {
        bytes32[3] memory roots;
        for (uint256 i; i < 3; ++i) {
            (uint256[] memory ids, uint64 epoch) = _batchOfThree();
            (, roots[i]) = _settleQueued(epoch, ids, _amounts(i + 1, 0, 0), 1);
        }
        vm.warp(block.timestamp + 2 days);
        assertEq(guard.finalize(modelId, 2), 2);
        assertEq(vault.payoutRoot(modelId), roots[1]);
        assertEq(guard.queue(modelId).next, 2);
        assertEq(guard.finalize(modelId, 2), 1);
        assertEq(vault.payoutRoot(modelId), roots[2]);
        assertEq(guard.finalize(modelId, 2), 0);
    }

    function test_queue_restartsAfterItEmpties() public {
        (uint256[] memory ids, uint64 epoch) = _batchOfThree();
        (, bytes32 root0) = _settleQueued(epoch, ids, _amounts(1, 0, 0), 1);
        vm.warp(block.timestamp + 2 days);
        guard.finalize(modelId, 1);
        (ids, epoch) = _batchOfThree();
        _settleQueued(epoch, ids, _amounts(2, 0, 0), 1);
        assertEq(guard.queue(modelId).next, 1);
        assertEq(guard.queue(modelId).end, 2);
        assertEq(vault.payoutRoot(modelId), root0);
    }

    // ---------------------------------------------------------------- disputes

    function test_dispute_freezesTheBatchAndTheOnesAfter() public {
        (uint256[] memory ids, uint64 epoch) = _batchOfThree();
        _settleQueued(epoch, ids, _amounts(1, 0, 0), 1);
        (ids, epoch) = _batchOfThree();
        _settleQueued(epoch, ids, _amounts(2, 0, 0), 1);
        vm.expectEmit(address(guard));
        emit ISettlementGuard.DisputeOpened(1, modelId, 0, challenger, BOND, "ipfs://evidence");
        uint256 id = _dispute(0);
        assertEq(id, 1);
        assertTrue(_status(0) == ISettlementGuard.BatchStatus.Disputed);
        assertEq(guard.bondsHeld(), BOND);
        assertEq(token.balanceOf(address(guard)), BOND);
        ISettlementGuard.Dispute memory d = guard.dispute(id);
        assertEq(d.challenger, challenger);
        assertEq(d.bond, BOND);
        assertEq(d.modelId, modelId);
        assertEq(d.batchId, 0);
        assertTrue(d.status == ISettlementGuard.DisputeStatus.Open);
        vm.warp(block.timestamp + 30 days);
        assertEq(guard.finalize(modelId, 10), 0);
    }

    function test_openDispute_reverts() public {
        (uint256[] memory ids, uint64 epoch) = _batchOfThree();
        _settleQueued(epoch, ids, _amounts(1, 0, 0), 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISettlementGuard.InvalidBatchStatus.selector, modelId, 1, ISettlementGuard.BatchStatus.None
            )
        );
        _dispute(1);
        _dispute(0);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISettlementGuard.InvalidBatchStatus.selector, modelId, 0, ISettlementGuard.BatchStatus.Disputed
            )
        );
        _dispute(0);
        (ids, epoch) = _batchOfThree();
        _settleQueued(epoch, ids, _amounts(2, 0, 0), 1);
        uint256 end = block.timestamp + 2 days;
        vm.warp(end);
        vm.expectRevert(abi.encodeWithSelector(ISettlementGuard.ChallengeWindowClosed.selector, modelId, 1, end));
        _dispute(1);
    }

    function test_resolveDispute_upheldVoidsAndPaysBondAndReward() public {
        (uint256[] memory ids, uint64 epoch) = _batchOfThree();
        _settleQueued(epoch, ids, _amounts(1, 0, 0), 1);
        (uint256[] memory later, uint64 laterEpoch) = _batchOfThree();
        _settleQueued(laterEpoch, later, _amounts(2, 0, 0), 1);
        uint256 id = _dispute(0);
        require(token.transfer(address(guard), 5000e18), "fund reserve");
        assertEq(guard.rewardReserve(), 5000e18);
        uint256 before = token.balanceOf(challenger);

        vm.expectEmit(address(guard));
        emit ISettlementGuard.BatchVoided(modelId, 0, address(guard));
        vm.expectEmit(address(guard));
        emit ISettlementGuard.BatchVoided(modelId, 1, address(guard));
        vm.expectEmit(address(guard));
        emit ISettlementGuard.DisputeResolved(id, true, 2 * BOND, 0);
        vm.prank(address(timelock));
        guard.resolveDispute(id, true);

        assertEq(token.balanceOf(challenger), before + 2 * BOND);
        assertEq(guard.bondsHeld(), 0);
        assertEq(guard.rewardReserve(), 4000e18);
        assertTrue(_status(0) == ISettlementGuard.BatchStatus.Voided);
        assertTrue(_status(1) == ISettlementGuard.BatchStatus.Voided);
        assertTrue(guard.dispute(id).status == ISettlementGuard.DisputeStatus.Upheld);
        (bool holds, bytes32 latest) = guard.head(modelId);
        assertTrue(holds);
        assertEq(latest, bytes32(0));
        vm.expectRevert(
            abi.encodeWithSelector(ISettlementGuard.DisputeNotOpen.selector, id, ISettlementGuard.DisputeStatus.Upheld)
        );
        vm.prank(address(timelock));
        guard.resolveDispute(id, false);
    }

    function test_resolveDispute_upheldPaysTheBondWithAnEmptyReserve() public {
        (uint256[] memory ids, uint64 epoch) = _batchOfThree();
        _settleQueued(epoch, ids, _amounts(1, 0, 0), 1);
        uint256 id = _dispute(0);
        uint256 before = token.balanceOf(challenger);
        vm.prank(address(timelock));
        guard.resolveDispute(id, true);
        assertEq(token.balanceOf(challenger), before + BOND);
    }

    function test_resolveDispute_rejectedForfeitsTheBondAndUnfreezes() public {
        (uint256[] memory ids, uint64 epoch) = _batchOfThree();
        (, bytes32 root) = _settleQueued(epoch, ids, _amounts(1, 0, 0), 1);
        uint256 id = _dispute(0);
        uint256 before = token.balanceOf(treasury);
        vm.warp(block.timestamp + 3 days);
        vm.expectEmit(address(guard));
        emit ISettlementGuard.DisputeResolved(id, false, 0, BOND);
        vm.prank(address(timelock));
        guard.resolveDispute(id, false);
        assertEq(token.balanceOf(treasury), before + BOND);
        assertTrue(_status(0) == ISettlementGuard.BatchStatus.Pending);
        assertEq(guard.finalize(modelId, 1), 1);
        assertEq(vault.payoutRoot(modelId), root);
    }

    function test_resolveDispute_ofAnAlreadyVoidedBatch() public {
        (uint256[] memory ids, uint64 epoch) = _batchOfThree();
        _settleQueued(epoch, ids, _amounts(1, 0, 0), 1);
        (ids, epoch) = _batchOfThree();
        _settleQueued(epoch, ids, _amounts(2, 0, 0), 1);
        uint256 first = _dispute(0);
        uint256 second = _dispute(1);
        vm.startPrank(address(timelock));
        guard.resolveDispute(first, true); // voids batch 1 too
        guard.resolveDispute(second, true); // nothing left to void; still pays
        vm.stopPrank();
        assertTrue(_status(1) == ISettlementGuard.BatchStatus.Voided);
        assertEq(guard.bondsHeld(), 0);
    }

    // ---------------------------------------------------------------- void, release, re-settle

    function test_voidBatch_cascadesAndTheNextSettlementBuildsOnTheLastLiveRoot() public {
        bytes32[3] memory roots;
        uint256[][3] memory batches;
        uint64[3] memory epochs;
        for (uint256 i; i < 3; ++i) {
            (uint256[] memory ids, uint64 epoch) = _batchOfThree();
            (batches[i], epochs[i]) = (ids, epoch);
            (, roots[i]) = _settleQueued(epoch, ids, _amounts(i + 1, 0, 0), 1);
        }
        vm.prank(address(timelock));
        guard.voidBatch(modelId, 1);
        assertTrue(_status(0) == ISettlementGuard.BatchStatus.Pending);
        assertTrue(_status(1) == ISettlementGuard.BatchStatus.Voided);
        assertTrue(_status(2) == ISettlementGuard.BatchStatus.Voided);
        (, bytes32 latest) = guard.head(modelId);
        assertEq(latest, roots[0]);

        // Release batch 1's requests and settle them again on top of batch 0.
        vm.expectEmit(address(vault));
        emit IRewardVault.RequestsReopened(modelId, 1, batches[1]);
        guard.release(modelId, 1, batches[1]);
        assertTrue(_status(1) == ISettlementGuard.BatchStatus.Released);
        for (uint256 i; i < 3; ++i) {
            assertTrue(vault.request(batches[1][i]).status == IRewardVault.RequestStatus.Pending);
        }
        IRewardVault.Settlement memory s = _settlement(modelId, epochs[1], batches[1], keccak256("again"), 0);
        assertEq(vault.publicInputs(s)[8], uint256(roots[0]));
        assertEq(_settle(s), 3);

        vm.warp(block.timestamp + 2 days);
        assertEq(guard.finalize(modelId, 10), 2); // 0 and 3; 1 and 2 are skipped
        assertEq(vault.payoutRoot(modelId), keccak256("again"));
        assertEq(vault.unsettledFees(), 3e18); // batch 2's requests, voided and not yet released
        guard.release(modelId, 2, batches[2]);
        assertEq(vault.unsettledFees(), 3e18);
    }

    function test_voidBatch_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, user));
        vm.prank(user);
        guard.voidBatch(modelId, 0);
        vm.startPrank(address(timelock));
        vm.expectRevert(
            abi.encodeWithSelector(
                ISettlementGuard.InvalidBatchStatus.selector, modelId, 0, ISettlementGuard.BatchStatus.None
            )
        );
        guard.voidBatch(modelId, 0);
        vm.stopPrank();
        (uint256[] memory ids, uint64 epoch) = _batchOfThree();
        _settleQueued(epoch, ids, _amounts(1, 0, 0), 1);
        vm.warp(block.timestamp + 2 days);
        guard.finalize(modelId, 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISettlementGuard.InvalidBatchStatus.selector, modelId, 0, ISettlementGuard.BatchStatus.Finalized
            )
        );
        vm.prank(address(timelock));
        guard.voidBatch(modelId, 0);
    }

    function test_release_reverts() public {
        (uint256[] memory ids, uint64 epoch) = _batchOfThree();
        _settleQueued(epoch, ids, _amounts(1, 0, 0), 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISettlementGuard.InvalidBatchStatus.selector, modelId, 0, ISettlementGuard.BatchStatus.Pending
            )
        );
        guard.release(modelId, 0, ids);
        vm.prank(address(timelock));
        guard.voidBatch(modelId, 0);
        uint256[] memory wrong = new uint256[](2);
        (wrong[0], wrong[1]) = (ids[0], ids[1]);
        vm.expectRevert(abi.encodeWithSelector(ISettlementGuard.RequestsMismatch.selector, modelId, 0));
        guard.release(modelId, 0, wrong);
        guard.release(modelId, 0, ids);
        vm.expectRevert(
            abi.encodeWithSelector(
                ISettlementGuard.InvalidBatchStatus.selector, modelId, 0, ISettlementGuard.BatchStatus.Released
            )
        );
        guard.release(modelId, 0, ids);
    }

    function test_enqueue_revertsPastTheHeldLimit() public {
        uint64 epoch = vault.currentEpoch();
        uint256[] memory ids = _requests(user, modelId, 129);
        _closeEpoch();
        uint256[] memory one = new uint256[](1);
        for (uint256 i; i < 128; ++i) {
            one[0] = ids[i];
            _settle(_settlement(modelId, epoch, one, keccak256(abi.encode(i)), 0));
        }
        one[0] = ids[128];
        IRewardVault.Settlement memory s = _settlement(modelId, epoch, one, keccak256("129th"), 0);
        bytes memory proof = _proof(s);
        vm.expectRevert(abi.encodeWithSelector(ISettlementGuard.TooManyPendingBatches.selector, modelId, 128));
        vm.prank(oracle);
        vault.settle(s, proof);
    }

    // ---------------------------------------------------------------- access and parameters

    function test_onlyTheVaultAndTheGuardCallEachOther() public {
        vm.expectRevert(abi.encodeWithSelector(ISettlementGuard.NotVault.selector, user));
        vm.prank(user);
        guard.enqueue(modelId, 0, bytes32(uint256(1)), bytes32(0), user, 1, 0, 0, 0);
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.NotSettlementGuard.selector, user));
        vm.prank(user);
        vault.finalizeBatch(modelId, 0, bytes32(uint256(1)), user, 1, 0, 0, 0);
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.NotSettlementGuard.selector, user));
        vm.prank(user);
        vault.reopenRequests(modelId, 0, new uint256[](0));
    }

    function test_setSettlementGuard_onceAndByTheOwner() public {
        vm.startPrank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.SettlementGuardAlreadySet.selector, address(guard)));
        vault.setSettlementGuard(user);
        vm.stopPrank();
    }

    function test_parameters() public {
        assertEq(guard.challengeWindow(), 2 days);
        assertEq(guard.disputeBond(), BOND);
        assertEq(guard.challengerReward(), 1000e18);
        assertEq(guard.vault(), address(vault));
        assertEq(guard.token(), address(token));
        vm.startPrank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(ISettlementGuard.InvalidChallengeWindow.selector, 30 days + 1));
        guard.setChallengeWindow(30 days + 1);
        vm.expectRevert(abi.encodeWithSelector(ISettlementGuard.InvalidDisputeBond.selector, 0));
        guard.setDisputeBond(0);
        guard.setChallengeWindow(0);
        guard.setChallengerReward(0);
        vm.stopPrank();
        vm.startPrank(user);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, user));
        guard.setChallengeWindow(1);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, user));
        guard.setDisputeBond(1);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, user));
        guard.setChallengerReward(1);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, user));
        guard.resolveDispute(1, true);
        vm.stopPrank();
        vm.expectRevert(ISettlementGuard.ZeroAddress.selector);
        new SettlementGuard(address(0), admin);
    }

    function test_zeroWindow_finalizesInTheSameBlock() public {
        vm.prank(address(timelock));
        guard.setChallengeWindow(0);
        (uint256[] memory ids, uint64 epoch) = _batchOfThree();
        (, bytes32 root) = _settleQueued(epoch, ids, _amounts(1, 0, 0), 1);
        assertEq(guard.finalize(modelId, 1), 1);
        assertEq(vault.payoutRoot(modelId), root);
    }
}
