// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

import {GovFixture} from "./utils/GovFixture.sol";
import {PayoutTreeBuilder} from "./utils/PayoutTreeBuilder.sol";
import {DatanetRegistry} from "../src/DatanetRegistry.sol";
import {IDatanetRegistry} from "../src/interfaces/IDatanetRegistry.sol";
import {IRewardVault} from "../src/interfaces/IRewardVault.sol";

/// @notice Contributor penalties: the registry's status under the governance policy, its push to the vault, the
/// vault withholding a penalized contributor's claims for the treasury; the governance-set default quota.
contract PenaltiesTest is GovFixture {
    using PayoutTreeBuilder for PayoutTreeBuilder.Tree;

    PayoutTreeBuilder.Tree internal tree;

    /// @dev A finalized batch paying alice 1e18, bob 0.5e18, carol 0.5e18.
    function setUp() public override {
        super.setUp();
        uint64 epoch = vault.currentEpoch();
        uint256[] memory ids = _requests(user, modelId, 3);
        _closeEpoch();
        tree = _tree(_amounts(1e18, 0.5e18, 0.5e18));
        _settle(_settlement(modelId, epoch, ids, tree.root(), 2e18));
        vm.warp(block.timestamp + 2 days);
        guard.finalize(modelId, 1);
    }

    function _submit(address contributor) internal returns (uint256 cid) {
        vm.prank(contributor);
        cid = datanets.contribute(datanetId, keccak256(abi.encode(contributor, gasleft())), 10, "ipfs://x");
    }

    function _decide(address contributor, bool accept) internal {
        uint256 cid = _submit(contributor);
        vm.prank(validatorA);
        datanets.vote(cid, accept);
    }

    /// @dev Alice: 1 accepted in setUp, then 3 rejected and 1 accepted: 3 of 5 rejected (60 % > 30 %).
    function _penalizeAlice() internal {
        _decide(alice, false);
        _decide(alice, false);
        _decide(alice, false);
        assertFalse(datanets.isPenalized(datanetId, alice)); // 4 decided: below the minimum of 5
        uint256 cid = _submit(alice);
        vm.expectEmit(address(datanets));
        emit IDatanetRegistry.PenaltyStatusChanged(datanetId, alice, true);
        vm.expectEmit(address(vault));
        emit IRewardVault.PenaltyStatusUpdated(datanetId, alice, true);
        vm.prank(validatorA);
        datanets.vote(cid, true);
    }

    function test_policy_defaults() public view {
        (uint16 threshold, uint32 minDecided) = datanets.penaltyPolicy();
        assertEq(threshold, 3000);
        assertEq(minDecided, 5);
        assertEq(vault.penaltyMultiplierBps(), 5000);
    }

    function test_penalty_crossesTheThresholdAndIsPushedToTheVault() public {
        _penalizeAlice();
        assertTrue(datanets.isPenalized(datanetId, alice));
        assertTrue(vault.isPenalized(datanetId, alice));
        assertFalse(vault.isPenalized(datanetId, bob));
    }

    function test_claim_penalizedContributorIsPaidTheMultiplier() public {
        _penalizeAlice();
        uint256 treasuryBefore = vault.balanceOf(treasury);
        uint256 aliceBefore = token.balanceOf(alice);
        IRewardVault.PayoutLeaf[] memory leaves = _leaf(tree, 0, 1e18);
        vm.expectEmit(address(vault));
        emit IRewardVault.PenaltyWithheld(modelId, alice, 1e18, 0.5e18);
        vm.expectEmit(address(vault));
        emit IRewardVault.Claimed(modelId, alice, alice, 0.5e18);
        vm.prank(alice);
        assertEq(vault.claim(modelId, leaves), 0.5e18);
        assertEq(token.balanceOf(alice), aliceBefore + 0.5e18);
        assertEq(vault.balanceOf(treasury), treasuryBefore + 0.5e18);
        assertEq(vault.claimedAt(modelId, 0), 1e18);
        (, uint256 claimed) = vault.contributorCredit(modelId);
        assertEq(claimed, 1e18);
        // Others are paid in full.
        vm.prank(bob);
        assertEq(vault.claim(modelId, _leaf(tree, 1, 0.5e18)), 0.5e18);
    }

    function test_claim_multiplierSetByGovernanceAppliesToLaterClaims() public {
        _penalizeAlice();
        vm.prank(address(timelock));
        vault.setPenaltyMultiplier(0);
        uint256 treasuryBefore = vault.balanceOf(treasury);
        vm.prank(alice);
        assertEq(vault.claim(modelId, _leaf(tree, 0, 1e18)), 0);
        assertEq(vault.balanceOf(treasury), treasuryBefore + 1e18);
    }

    function test_penalty_liftsWhenTheRecordRecovers() public {
        _penalizeAlice();
        // 3 of 9 rejected (33 %) is still above the threshold; 3 of 10 (30 %) is not.
        for (uint256 i; i < 4; ++i) {
            _decide(alice, true);
        }
        assertTrue(datanets.isPenalized(datanetId, alice));
        uint256 cid = _submit(alice);
        vm.expectEmit(address(vault));
        emit IRewardVault.PenaltyStatusUpdated(datanetId, alice, false);
        vm.prank(validatorA);
        datanets.vote(cid, true);
        assertFalse(datanets.isPenalized(datanetId, alice));
        assertFalse(vault.isPenalized(datanetId, alice));
        vm.prank(alice);
        assertEq(vault.claim(modelId, _leaf(tree, 0, 1e18)), 1e18);
    }

    function test_syncPenalty_appliesANewPolicy() public {
        _penalizeAlice();
        vm.prank(address(timelock));
        datanets.setPenaltyPolicy(10_000, 5); // never penalizes
        assertTrue(datanets.isPenalized(datanetId, alice)); // until the next decision or sync
        vm.expectEmit(address(datanets));
        emit IDatanetRegistry.PenaltyStatusChanged(datanetId, alice, false);
        assertFalse(datanets.syncPenalty(datanetId, alice));
        assertFalse(vault.isPenalized(datanetId, alice));
        // Idempotent: syncing again changes nothing.
        vm.recordLogs();
        datanets.syncPenalty(datanetId, alice);
        assertEq(vm.getRecordedLogs().length, 0);
    }

    function test_syncPenalty_withoutASink() public {
        DatanetRegistry fresh = new DatanetRegistry(address(token), treasury, admin);
        assertFalse(fresh.syncPenalty(1, alice));
    }

    function test_reverts() public {
        vm.startPrank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.InvalidPenaltyPolicy.selector, 10_001, 5));
        datanets.setPenaltyPolicy(10_001, 5);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.InvalidPenaltyPolicy.selector, 3000, 0));
        datanets.setPenaltyPolicy(3000, 0);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.PenaltySinkAlreadySet.selector, address(vault)));
        datanets.setPenaltySink(user);
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.InvalidPenaltyMultiplier.selector, 10_001));
        vault.setPenaltyMultiplier(10_001);
        vm.expectRevert(IDatanetRegistry.InvalidQuota.selector);
        datanets.setDefaultQuota(IDatanetRegistry.Quota(0, 1, 1));
        vm.stopPrank();

        vm.startPrank(user);
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.NotDatanetRegistry.selector, user));
        vault.setPenalized(datanetId, alice, true);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, user));
        datanets.setPenaltyPolicy(1, 1);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, user));
        datanets.setPenaltySink(user);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, user));
        datanets.setDefaultQuota(IDatanetRegistry.Quota(1, 1, 1));
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, user));
        vault.setPenaltyMultiplier(1);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, user));
        vault.setSettlementGuard(user);
        vm.stopPrank();

        DatanetRegistry fresh = new DatanetRegistry(address(token), treasury, admin);
        vm.expectRevert(IDatanetRegistry.ZeroAddress.selector);
        vm.prank(admin);
        fresh.setPenaltySink(address(0));
    }
}
