// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {GovFixture} from "./utils/GovFixture.sol";
import {PayoutTreeBuilder} from "./utils/PayoutTreeBuilder.sol";
import {IDatanetRegistry} from "../src/interfaces/IDatanetRegistry.sol";
import {IRewardVault} from "../src/interfaces/IRewardVault.sol";
import {ISettlementGuard} from "../src/interfaces/ISettlementGuard.sol";
import {IValidatorStaking} from "../src/interfaces/IValidatorStaking.sol";

/// @notice Governance acting through full proposals: slashing a validator, voiding a settlement that is then
/// settled again and claimed, and resolving disputes both ways.
contract GovernanceFlowsTest is GovFixture {
    using PayoutTreeBuilder for PayoutTreeBuilder.Tree;

    address internal challenger = makeAddr("challenger");

    function test_slashByProposal() public {
        address cheat = makeAddr("cheat");
        address[] memory stakers = new address[](1);
        stakers[0] = cheat;
        uint256 id = _stakedDatanet(IDatanetRegistry.ValidatorMode.Staked, 1, stakers, 20_000e18);
        // The validator sees the proposal coming and starts unbonding; the delay outlasts the proposal.
        vm.prank(cheat);
        staking.requestUnbond(id, 20_000e18);
        assertFalse(datanets.isValidator(id, cheat));
        uint256 before = token.balanceOf(treasury);
        _govern(address(staking), abi.encodeCall(staking.slash, (id, cheat, 15_000e18, keccak256("report"))));
        IValidatorStaking.Position memory p = staking.position(id, cheat);
        assertEq(p.unbonding, 5000e18);
        assertEq(token.balanceOf(treasury), before + 15_000e18);
        vm.warp(p.unbondingEnd);
        vm.prank(cheat);
        assertEq(staking.withdraw(id, cheat), 5000e18);
    }

    /// @dev Governance voids a pending batch directly (no dispute), the requests are released and settled again
    /// with a corrected tree, which finalizes and pays.
    function test_voidByProposal_thenResettle() public {
        uint64 epoch = vault.currentEpoch();
        uint256[] memory ids = _requests(user, modelId, 3);
        _closeEpoch();
        // A wrong tree: everything to carol.
        (uint256 bad,) = _settleQueued(epoch, ids, _amounts(0, 0, 2.1e18), 2.1e18);
        _govern(address(guard), abi.encodeCall(guard.voidBatch, (modelId, bad)));
        assertTrue(guard.batch(modelId, bad).status == ISettlementGuard.BatchStatus.Voided);
        assertEq(guard.finalize(modelId, 10), 0);
        assertEq(vault.payoutRoot(modelId), bytes32(0));

        guard.release(modelId, bad, ids);
        PayoutTreeBuilder.Tree memory t = _tree(_amounts(1.4e18, 0.7e18, 0));
        (uint256 good,) = _settleQueued(epoch, ids, _amounts(1.4e18, 0.7e18, 0), 2.1e18);
        assertEq(good, bad + 1);
        vm.warp(block.timestamp + 2 days);
        assertEq(guard.finalize(modelId, 10), 1);
        vm.prank(alice);
        assertEq(vault.claim(modelId, _leaf(t, 0, 1.4e18)), 1.4e18);
        assertEq(vault.unsettledFees(), 0);
        assertEq(vault.balanceOf(modelOwner), 0.45e18);
    }

    function test_disputeUpheldByProposal() public {
        uint64 epoch = vault.currentEpoch();
        uint256[] memory ids = _requests(user, modelId, 2);
        _closeEpoch();
        (uint256 batchId,) = _settleQueued(epoch, ids, _amounts(0, 1.4e18, 0), 1.4e18);
        require(token.transfer(challenger, 1000e18), "fund");
        require(token.transfer(address(guard), 1000e18), "reserve");
        vm.startPrank(challenger);
        token.approve(address(guard), 1000e18);
        uint256 disputeId = guard.openDispute(modelId, batchId, "ipfs://audit-report");
        vm.stopPrank();
        _govern(address(guard), abi.encodeCall(guard.resolveDispute, (disputeId, true)));
        assertEq(token.balanceOf(challenger), 2000e18);
        assertTrue(guard.batch(modelId, batchId).status == ISettlementGuard.BatchStatus.Voided);
        guard.release(modelId, batchId, ids);
        assertTrue(vault.request(ids[0]).status == IRewardVault.RequestStatus.Pending);
    }

    function test_disputeRejectedByProposal() public {
        uint64 epoch = vault.currentEpoch();
        uint256[] memory ids = _requests(user, modelId, 2);
        _closeEpoch();
        (uint256 batchId, bytes32 root) = _settleQueued(epoch, ids, _amounts(0.7e18, 0.7e18, 0), 1.4e18);
        require(token.transfer(challenger, 1000e18), "fund");
        vm.startPrank(challenger);
        token.approve(address(guard), 1000e18);
        uint256 disputeId = guard.openDispute(modelId, batchId, "ipfs://frivolous");
        vm.stopPrank();
        uint256 before = token.balanceOf(treasury);
        _govern(address(guard), abi.encodeCall(guard.resolveDispute, (disputeId, false)));
        assertEq(token.balanceOf(treasury), before + 1000e18);
        assertEq(guard.finalize(modelId, 1), 1);
        assertEq(vault.payoutRoot(modelId), root);
    }
}
