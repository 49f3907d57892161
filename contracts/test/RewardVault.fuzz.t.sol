// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {PoaFixture} from "./utils/PoaFixture.sol";
import {PayoutTreeBuilder} from "./utils/PayoutTreeBuilder.sol";
import {IRewardVault} from "../src/interfaces/IRewardVault.sol";

/// @notice Property tests of the fee split, of cumulative claims and of the test verifier's binding.
contract RewardVaultFuzzTest is PoaFixture {
    using PayoutTreeBuilder for PayoutTreeBuilder.Tree;

    struct Shares {
        uint256 feeTotal;
        uint256 contributorShare;
        uint256 distributed;
        uint256 owner;
        uint256 validators;
        uint256 treasury;
    }

    /// @dev Random split, random fees per request, random distributed amount up to the contributors' share.
    function testFuzz_feeSplit_sharesAddUpAndRespectBps(
        uint16 cBps,
        uint16 oBps,
        uint16 vBps,
        uint96[8] memory fees,
        uint8 count,
        uint256 distributedSeed
    ) public {
        uint256 c = bound(cBps, 0, 10_000);
        uint256 o = bound(oBps, 0, 10_000 - c);
        uint256 v = bound(vBps, 0, 10_000 - c - o);
        uint256 t = 10_000 - c - o - v;
        vm.prank(admin);
        // forge-lint: disable-next-line(unsafe-typecast) each at most 10,000, bounded above
        vault.setFeeSplit(IRewardVault.FeeSplit(uint16(c), uint16(o), uint16(v), uint16(t)));

        uint256 n = bound(count, 1, 8);
        _fund(user, 8e26);
        uint256[] memory ids = new uint256[](n);
        Shares memory sh;
        for (uint256 i; i < n; ++i) {
            uint96 fee = uint96(bound(fees[i], 1, 1e26));
            vm.prank(modelOwner);
            models.setInferenceFee(modelId, fee);
            ids[i] = _request(user, modelId);
            sh.feeTotal += fee;
            sh.contributorShare += uint256(fee) * c / 10_000;
        }
        sh.distributed = bound(distributedSeed, 0, sh.contributorShare);
        _closeEpoch();

        PayoutTreeBuilder.Tree memory tree = _tree(_amounts(sh.distributed, 0, 0));
        IRewardVault.Settlement memory s = _settlement(modelId, 0, ids, tree.root(), sh.distributed);
        uint256[] memory inputs = vault.publicInputs(s);
        assertEq(inputs[6], sh.feeTotal);
        assertEq(inputs[7], sh.contributorShare);
        _settle(s);

        sh.owner = vault.balanceOf(modelOwner);
        sh.validators = vault.validatorPool(datanetId);
        sh.treasury = vault.balanceOf(treasury);
        (uint256 credited,) = vault.contributorCredit(modelId);
        assertEq(credited, sh.distributed);
        // Every wei of the fees lands in exactly one share.
        assertEq(sh.distributed + sh.owner + sh.validators + sh.treasury, sh.feeTotal);
        assertEq(vault.unsettledFees(), 0);
        assertEq(token.balanceOf(address(vault)), sh.feeTotal);
        // The owner and validator shares are exactly their floors; no share but the treasury's (which takes
        // the remainders) exceeds its basis points, and the treasury never gets less than its own.
        assertEq(sh.owner, sh.feeTotal * o / 10_000);
        assertEq(sh.validators, sh.feeTotal * v / 10_000);
        assertLe(sh.contributorShare * 10_000, sh.feeTotal * c);
        assertLe(sh.distributed * 10_000, sh.feeTotal * c);
        assertLe(sh.owner * 10_000, sh.feeTotal * o);
        assertLe(sh.validators * 10_000, sh.feeTotal * v);
        assertGe(sh.treasury * 10_000, sh.feeTotal * t);
        // Rounding costs the treasury's neighbours at most one wei per request and share.
        assertLe(sh.treasury - (sh.contributorShare - sh.distributed), sh.feeTotal * t / 10_000 + n + 2);
    }

    /// @dev Two batches with random cumulative amounts; contributors claim in a random pattern in between.
    function testFuzz_claims_payExactlyTheCumulativeAmounts(
        uint256[3] memory first,
        uint256[3] memory increase,
        uint8 claimAfterFirst
    ) public {
        vm.prank(modelOwner);
        models.setInferenceFee(modelId, 1e25); // a contributor share of 7e24 per request
        _fund(user, 1e25);
        _fund(user2, 1e25);
        uint256[] memory a = new uint256[](3);
        uint256[] memory b = new uint256[](3);
        uint256 d1;
        uint256 d2;
        for (uint256 i; i < 3; ++i) {
            a[i] = bound(first[i], 0, 2e24);
            b[i] = a[i] + bound(increase[i], 0, 2e24);
            d1 += a[i];
            d2 += b[i] - a[i];
        }

        uint256[] memory ids = _requests(user, modelId, 1);
        _closeEpoch();
        PayoutTreeBuilder.Tree memory t1 = _settleTree(0, ids, a, d1);
        for (uint256 i; i < 3; ++i) {
            if ((claimAfterFirst >> i) & 1 == 1) _claimOrExpectNothing(i, t1, a[i], a[i]);
        }

        ids = _requests(user2, modelId, 1);
        _closeEpoch();
        PayoutTreeBuilder.Tree memory t2 = _settleTree(1, ids, b, d2);
        for (uint256 i; i < 3; ++i) {
            uint256 already = (claimAfterFirst >> i) & 1 == 1 ? a[i] : 0;
            _claimOrExpectNothing(i, t2, b[i], b[i] - already);
            assertEq(token.balanceOf(contributors[i]), b[i]);
            assertEq(vault.claimedAt(modelId, i), b[i]);
        }
        (uint256 credited, uint256 claimed) = vault.contributorCredit(modelId);
        assertEq(credited, d1 + d2);
        assertEq(claimed, credited);
    }

    function _claimOrExpectNothing(uint256 index, PayoutTreeBuilder.Tree memory t, uint256 cumulative, uint256 owed)
        private
    {
        address account = contributors[index];
        if (owed == 0) {
            vm.expectRevert(abi.encodeWithSelector(IRewardVault.NothingToClaim.selector, modelId, account));
        }
        vm.prank(account);
        uint256 paid = vault.claim(modelId, _leaf(t, index, cumulative));
        if (owed != 0) assertEq(paid, owed);
    }

    /// @dev Changing any one public input invalidates the proof, as with a real verifier.
    function testFuzz_testVerifier_bindsEveryInput(uint8 position, uint256 delta) public {
        uint256[] memory ids = _requests(user, modelId, 2);
        _closeEpoch();
        uint256[] memory inputs = vault.publicInputs(_settlement(modelId, 0, ids, keccak256("r"), 1));
        bytes memory proof = verifier.proofFor(inputs);
        assertTrue(verifier.verifyProof(proof, inputs));
        uint256 i = bound(position, 0, inputs.length - 1);
        delta = bound(delta, 1, type(uint256).max);
        unchecked {
            inputs[i] += delta;
        }
        assertFalse(verifier.verifyProof(proof, inputs));
    }
}
