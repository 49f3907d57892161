// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {PoaFixture} from "./utils/PoaFixture.sol";
import {PayoutTreeBuilder} from "./utils/PayoutTreeBuilder.sol";
import {IRewardVault} from "../src/interfaces/IRewardVault.sol";
import {ERC1271Wallet} from "./mocks/ERC1271Wallet.sol";

/// @notice RewardVault: contributor claims (claim, claimFor), validator rewards and withdrawals. Every test
/// starts after one settled batch of model 1: 3e18 of fees, tree (alice 1e18, bob 0.5e18, carol 0.5e18).
contract RewardVaultClaimsTest is PoaFixture {
    using PayoutTreeBuilder for PayoutTreeBuilder.Tree;

    address internal relayer = makeAddr("relayer");
    address internal cold = makeAddr("cold");

    function setUp() public override {
        super.setUp();
        uint256[] memory ids = _requests(user, modelId, 3);
        _closeEpoch();
        _settleTree(0, ids, _firstAmounts(), 2e18);
    }

    function _firstAmounts() private pure returns (uint256[] memory) {
        return _amounts(1e18, 0.5e18, 0.5e18);
    }

    function _firstTree() private view returns (PayoutTreeBuilder.Tree memory) {
        return _tree(_firstAmounts());
    }

    function _claim(address account, uint256 mId, IRewardVault.PayoutLeaf[] memory leaves) private returns (uint256) {
        vm.prank(account);
        return vault.claim(mId, leaves);
    }

    // ---------------------------------------------------------------- claim

    function test_claim_paysTheLeaf() public {
        uint256 vaultBefore = token.balanceOf(address(vault));
        vm.expectEmit(address(vault));
        emit IRewardVault.PayoutLeafClaimed(modelId, 0, 1e18, 1e18);
        vm.expectEmit(address(vault));
        emit IRewardVault.Claimed(modelId, alice, alice, 1e18);
        uint256 paid = _claim(alice, modelId, _leaf(_firstTree(), 0, 1e18));

        assertEq(paid, 1e18);
        assertEq(token.balanceOf(alice), 1e18);
        assertEq(token.balanceOf(address(vault)), vaultBefore - 1e18);
        assertEq(vault.claimedAt(modelId, 0), 1e18);
        (uint256 credited, uint256 claimed) = vault.contributorCredit(modelId);
        assertEq(credited, 2e18);
        assertEq(claimed, 1e18);
    }

    function test_claim_onceOnly() public {
        IRewardVault.PayoutLeaf[] memory leaves = _leaf(_firstTree(), 1, 0.5e18);
        _claim(bob, modelId, leaves);
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.NothingToClaim.selector, modelId, bob));
        _claim(bob, modelId, leaves);
        assertEq(token.balanceOf(bob), 0.5e18);
    }

    function test_claim_paysOnlyTheIncreaseAfterANewBatch() public {
        PayoutTreeBuilder.Tree memory t0 = _firstTree();
        _claim(alice, modelId, _leaf(t0, 0, 1e18));

        uint256[] memory ids = _requests(user, modelId, 1);
        _closeEpoch();
        PayoutTreeBuilder.Tree memory t1 = _settleTree(1, ids, _amounts(1.5e18, 0.5e18, 0.5e18), 0.5e18);

        // The superseded proof no longer matches the root.
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.InvalidPayoutProof.selector, modelId, 0));
        _claim(alice, modelId, _leaf(t0, 0, 1e18));

        vm.expectEmit(address(vault));
        emit IRewardVault.PayoutLeafClaimed(modelId, 0, 1.5e18, 0.5e18);
        assertEq(_claim(alice, modelId, _leaf(t1, 0, 1.5e18)), 0.5e18);
        assertEq(token.balanceOf(alice), 1.5e18);
        // Bob never claimed: his first claim takes both batches at once.
        assertEq(_claim(bob, modelId, _leaf(t1, 1, 0.5e18)), 0.5e18);
    }

    function test_claim_severalLeavesOfOneAccount() public {
        _accept(datanetId, alice); // accepted index 3
        uint256 m2 = _registerModel(datanetId, 4, FEE);
        uint256[] memory ids = _requests(user, m2, 1);
        _closeEpoch();
        PayoutTreeBuilder.Leaf[] memory l = new PayoutTreeBuilder.Leaf[](3);
        l[0] = PayoutTreeBuilder.Leaf(0, alice, 0.3e18);
        l[1] = PayoutTreeBuilder.Leaf(1, bob, 0.2e18);
        l[2] = PayoutTreeBuilder.Leaf(3, alice, 0.1e18);
        PayoutTreeBuilder.Tree memory t = PayoutTreeBuilder.build(DEPTH, l);
        _settle(_settlement(m2, 1, ids, t.root(), 0.6e18));

        IRewardVault.PayoutLeaf[] memory leaves = new IRewardVault.PayoutLeaf[](2);
        leaves[0] = IRewardVault.PayoutLeaf(0, 0.3e18, t.proof(0));
        leaves[1] = IRewardVault.PayoutLeaf(3, 0.1e18, t.proof(3));
        vm.expectEmit(address(vault));
        emit IRewardVault.PayoutLeafClaimed(m2, 0, 0.3e18, 0.3e18);
        vm.expectEmit(address(vault));
        emit IRewardVault.PayoutLeafClaimed(m2, 3, 0.1e18, 0.1e18);
        vm.expectEmit(address(vault));
        emit IRewardVault.Claimed(m2, alice, alice, 0.4e18);
        assertEq(_claim(alice, m2, leaves), 0.4e18);

        // Carol's position holds the zero leaf: provable, but it owes nothing.
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.NothingToClaim.selector, m2, address(0)));
        _claim(address(0), m2, _leaf(t, 2, 0));
    }

    function test_claim_repeatedLeafPaysOnce() public {
        IRewardVault.PayoutLeaf[] memory one = _leaf(_firstTree(), 0, 1e18);
        IRewardVault.PayoutLeaf[] memory twice = new IRewardVault.PayoutLeaf[](2);
        twice[0] = one[0];
        twice[1] = one[0];
        assertEq(_claim(alice, modelId, twice), 1e18);
        assertEq(token.balanceOf(alice), 1e18);
    }

    function test_claim_revertsOnIndexOutOfRange() public {
        PayoutTreeBuilder.Tree memory t = _firstTree();
        // Position 3 exists in the depth-8 tree, but the model was trained on 3 contributions only.
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.LeafIndexOutOfRange.selector, 3, 3));
        _claim(address(0), modelId, _leaf(t, 3, 0));
        // An unknown model has no leaves at all.
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.LeafIndexOutOfRange.selector, 0, 0));
        _claim(alice, 42, _leaf(t, 0, 1e18));
    }

    function test_claim_revertsOnInvalidProof() public {
        PayoutTreeBuilder.Tree memory t = _firstTree();
        bytes memory err0 = abi.encodeWithSelector(IRewardVault.InvalidPayoutProof.selector, modelId, 0);
        // Someone else's leaf.
        vm.expectRevert(err0);
        _claim(bob, modelId, _leaf(t, 0, 1e18));
        // A larger amount.
        vm.expectRevert(err0);
        _claim(alice, modelId, _leaf(t, 0, 1e18 + 1));
        // A tampered sibling.
        IRewardVault.PayoutLeaf[] memory leaves = _leaf(t, 0, 1e18);
        leaves[0].proof[3] = bytes32(uint256(leaves[0].proof[3]) ^ 1);
        vm.expectRevert(err0);
        _claim(alice, modelId, leaves);
        // A path one level too long or too short.
        leaves = _leaf(t, 0, 1e18);
        bytes32[] memory longer = new bytes32[](DEPTH + 1);
        for (uint256 i; i < DEPTH; ++i) {
            longer[i] = leaves[0].proof[i];
        }
        leaves[0].proof = longer;
        vm.expectRevert(err0);
        _claim(alice, modelId, leaves);
        leaves = _leaf(t, 0, 1e18);
        bytes32[] memory shorter = leaves[0].proof;
        assembly ("memory-safe") {
            mstore(shorter, sub(mload(shorter), 1))
        }
        vm.expectRevert(err0);
        _claim(alice, modelId, leaves);
        // Alice's path at Bob's index.
        leaves = _leaf(t, 0, 1e18);
        leaves[0].index = 1;
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.InvalidPayoutProof.selector, modelId, 1));
        _claim(alice, modelId, leaves);

        assertEq(vault.claimedAt(modelId, 0), 0);
        (, uint256 claimed) = vault.contributorCredit(modelId);
        assertEq(claimed, 0);
    }

    function test_claim_revertsOnNothingToClaim() public {
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.NothingToClaim.selector, modelId, alice));
        _claim(alice, modelId, new IRewardVault.PayoutLeaf[](0));
    }

    function test_claim_neverPaysMoreThanCredited() public {
        // A broken proof system could accept a tree owing more than `distributed`; the vault refuses to pay
        // the excess out of other models' funds.
        uint256 m2 = _registerModel(datanetId, 3, FEE);
        uint256[] memory ids = _requests(user, m2, 2);
        _closeEpoch();
        PayoutTreeBuilder.Tree memory t = _tree(_amounts(2e18, 0, 0));
        _settle(_settlement(m2, 1, ids, t.root(), 1e18));
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.ClaimExceedsCredit.selector, m2, 2e18, 1e18));
        _claim(alice, m2, _leaf(t, 0, 2e18));
        assertEq(token.balanceOf(alice), 0);
    }

    // ---------------------------------------------------------------- claimFor

    function test_claimFor_paysTheChosenRecipient() public {
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory sig = _signClaim(aliceKey, modelId, cold, deadline);
        vm.expectEmit(address(vault));
        emit IRewardVault.Claimed(modelId, alice, cold, 1e18);
        vm.prank(relayer);
        uint256 paid = vault.claimFor(modelId, alice, cold, _leaf(_firstTree(), 0, 1e18), deadline, sig);
        assertEq(paid, 1e18);
        assertEq(token.balanceOf(cold), 1e18);
        assertEq(token.balanceOf(alice), 0);
        assertEq(token.balanceOf(relayer), 0);
        assertEq(vault.claimNonce(alice), 1);
    }

    function test_claimFor_signatureCannotBeReplayed() public {
        uint256 deadline = block.timestamp + 30 days;
        bytes memory sig = _signClaim(aliceKey, modelId, cold, deadline);
        vm.prank(relayer);
        vault.claimFor(modelId, alice, cold, _leaf(_firstTree(), 0, 1e18), deadline, sig);

        // Alice is owed more after another batch, but the used signature is spent.
        uint256[] memory ids = _requests(user, modelId, 1);
        _closeEpoch();
        PayoutTreeBuilder.Tree memory t1 = _settleTree(1, ids, _amounts(1.5e18, 0.5e18, 0.5e18), 0.5e18);
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.InvalidSignature.selector, alice));
        vm.prank(relayer);
        vault.claimFor(modelId, alice, cold, _leaf(t1, 0, 1.5e18), deadline, sig);
        assertEq(vault.claimNonce(alice), 1);

        bytes memory fresh = _signClaim(aliceKey, modelId, cold, deadline);
        vm.prank(relayer);
        assertEq(vault.claimFor(modelId, alice, cold, _leaf(t1, 0, 1.5e18), deadline, fresh), 0.5e18);
    }

    function test_claimFor_revertsOnExpiredSignature() public {
        uint256 deadline = block.timestamp;
        bytes memory sig = _signClaim(aliceKey, modelId, cold, deadline);
        IRewardVault.PayoutLeaf[] memory leaves = _leaf(_firstTree(), 0, 1e18);
        vm.warp(deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.SignatureExpired.selector, deadline));
        vm.prank(relayer);
        vault.claimFor(modelId, alice, cold, leaves, deadline, sig);
        vm.warp(deadline); // the deadline itself is still valid
        vm.prank(relayer);
        vault.claimFor(modelId, alice, cold, leaves, deadline, sig);
    }

    function test_claimFor_revertsOnInvalidSignature() public {
        uint256 deadline = block.timestamp + 1 hours;
        IRewardVault.PayoutLeaf[] memory leaves = _leaf(_firstTree(), 0, 1e18);
        bytes memory err = abi.encodeWithSelector(IRewardVault.InvalidSignature.selector, alice);
        // Signed by someone else.
        bytes memory byBob = _signClaim(bobKey, modelId, cold, deadline);
        vm.expectRevert(err);
        vault.claimFor(modelId, alice, cold, leaves, deadline, byBob);
        // Signed for another recipient, deadline or model.
        bytes memory sig = _signClaim(aliceKey, modelId, cold, deadline);
        vm.expectRevert(err);
        vault.claimFor(modelId, alice, relayer, leaves, deadline, sig);
        vm.expectRevert(err);
        vault.claimFor(modelId, alice, cold, leaves, deadline + 1, sig);
        vm.expectRevert(err);
        vault.claimFor(modelId + 1, alice, cold, leaves, deadline, sig);
        // Not a signature at all.
        vm.expectRevert(err);
        vault.claimFor(modelId, alice, cold, leaves, deadline, hex"1234");
        assertEq(vault.claimNonce(alice), 0);
        assertEq(token.balanceOf(cold), 0);
    }

    function test_claimFor_revertsOnZeroRecipient() public {
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory sig = _signClaim(aliceKey, modelId, address(0), deadline);
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.ZeroAddress.selector));
        vault.claimFor(modelId, alice, address(0), _leaf(_firstTree(), 0, 1e18), deadline, sig);
    }

    function test_claimFor_supportsContractWallets() public {
        (address owner, uint256 ownerKey) = makeKey("walletOwner");
        ERC1271Wallet wallet = new ERC1271Wallet(owner);
        _accept(datanetId, address(wallet)); // accepted index 3
        uint256 m2 = _registerModel(datanetId, 4, FEE);
        uint256[] memory ids = _requests(user, m2, 1);
        _closeEpoch();
        PayoutTreeBuilder.Leaf[] memory l = new PayoutTreeBuilder.Leaf[](1);
        l[0] = PayoutTreeBuilder.Leaf(3, address(wallet), 0.7e18);
        PayoutTreeBuilder.Tree memory t = PayoutTreeBuilder.build(DEPTH, l);
        _settle(_settlement(m2, 1, ids, t.root(), 0.7e18));
        IRewardVault.PayoutLeaf[] memory leaves = _leaf(t, 3, 0.7e18);
        uint256 deadline = block.timestamp + 1 hours;

        // A key the wallet does not accept.
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(aliceKey, _claimDigest(m2, address(wallet), cold, 0, deadline));
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.InvalidSignature.selector, address(wallet)));
        vault.claimFor(m2, address(wallet), cold, leaves, deadline, abi.encodePacked(r, s, v));

        (v, r, s) = vm.sign(ownerKey, _claimDigest(m2, address(wallet), cold, 0, deadline));
        vm.prank(relayer);
        assertEq(vault.claimFor(m2, address(wallet), cold, leaves, deadline, abi.encodePacked(r, s, v)), 0.7e18);
        assertEq(token.balanceOf(cold), 0.7e18);
        assertEq(vault.claimNonce(address(wallet)), 1);
    }

    // ---------------------------------------------------------------- validator rewards

    function test_distributeValidatorRewards_splitsEqually() public {
        assertEq(vault.validatorPool(datanetId), 0.3e18);
        vm.expectEmit(address(vault));
        emit IRewardVault.Credited(validatorA, 0.15e18);
        vm.expectEmit(address(vault));
        emit IRewardVault.Credited(validatorB, 0.15e18);
        vm.expectEmit(address(vault));
        emit IRewardVault.ValidatorRewardsDistributed(datanetId, 2, 0.15e18, 0);
        vm.prank(relayer); // anyone may call
        vault.distributeValidatorRewards(datanetId);
        assertEq(vault.balanceOf(validatorA), 0.15e18);
        assertEq(vault.balanceOf(validatorB), 0.15e18);
        assertEq(vault.validatorPool(datanetId), 0);
    }

    function test_distributeValidatorRewards_keepsTheRemainder() public {
        vm.prank(modelOwner);
        models.setInferenceFee(modelId, 33_333);
        uint256[] memory ids = _requests(user, modelId, 1);
        _closeEpoch();
        _settle(_settlement(modelId, 1, ids, keccak256("r"), 0));
        uint256 pool = 0.3e18 + 3333; // floor(33,333 · 10 %)
        assertEq(vault.validatorPool(datanetId), pool);

        vault.distributeValidatorRewards(datanetId);
        assertEq(vault.balanceOf(validatorA), pool / 2);
        assertEq(vault.validatorPool(datanetId), 1);

        // A pool smaller than the validator count stays put and credits no one.
        vm.expectEmit(address(vault));
        emit IRewardVault.ValidatorRewardsDistributed(datanetId, 2, 0, 1);
        vault.distributeValidatorRewards(datanetId);
        assertEq(vault.balanceOf(validatorA), pool / 2);
        assertEq(vault.validatorPool(datanetId), 1);
    }

    function test_distributeValidatorRewards_paysTheCurrentSet() public {
        vm.prank(datanetOwner);
        datanets.removeValidator(datanetId, validatorB);
        vault.distributeValidatorRewards(datanetId);
        assertEq(vault.balanceOf(validatorA), 0.3e18);
        assertEq(vault.balanceOf(validatorB), 0);
    }

    function test_distributeValidatorRewards_revertsWithoutValidators() public {
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.NoValidators.selector, 99));
        vault.distributeValidatorRewards(99);
    }

    // ---------------------------------------------------------------- withdraw

    function test_withdraw_paysTheBalance() public {
        vm.expectEmit(address(vault));
        emit IRewardVault.Withdrawn(modelOwner, cold, 0.45e18);
        vm.prank(modelOwner);
        assertEq(vault.withdraw(cold), 0.45e18);
        assertEq(token.balanceOf(cold), 0.45e18);
        assertEq(vault.balanceOf(modelOwner), 0);
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.NothingToWithdraw.selector, modelOwner));
        vm.prank(modelOwner);
        vault.withdraw(cold);
    }

    function test_withdraw_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.ZeroAddress.selector));
        vm.prank(treasury);
        vault.withdraw(address(0));
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.NothingToWithdraw.selector, user));
        vm.prank(user);
        vault.withdraw(user);
        assertEq(vault.balanceOf(treasury), 0.25e18);
    }
}
