// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {PoaFixture} from "./utils/PoaFixture.sol";
import {PayoutTreeBuilder} from "./utils/PayoutTreeBuilder.sol";
import {IDatanetRegistry} from "../src/interfaces/IDatanetRegistry.sol";
import {IRewardVault} from "../src/interfaces/IRewardVault.sol";

/// @notice The whole path on the real contracts, from an empty deployment: datanet → contributions with
/// bonds → validation → model → paid inferences (approve and permit) → settlement → claim and claimFor →
/// validator rewards and withdrawals, with every balance checked to the wei.
contract RewardVaultFlowTest is PoaFixture {
    using PayoutTreeBuilder for PayoutTreeBuilder.Tree;

    uint96 internal constant BOND = 2e18;

    address internal dave = makeAddr("dave");
    address internal relayer = makeAddr("relayer");
    address internal bobCold = makeAddr("bobCold");
    address internal permitUser;
    uint256 internal permitKey;

    function setUp() public override {
        (alice, aliceKey) = makeKey("alice");
        (bob, bobKey) = makeKey("bob");
        (carol, carolKey) = makeKey("carol");
        (permitUser, permitKey) = makeKey("permitUser");
        _deploySuite();
    }

    function test_fullFlow() public {
        // 1. A datanet with a bond that a rejected contribution forfeits, validated by two of two.
        vm.prank(datanetOwner);
        datanetId = datanets.createDatanet(
            IDatanetRegistry.DatanetParams({
                metadataURI: "ipfs://datanet",
                kind: IDatanetRegistry.Kind.Text,
                bond: BOND,
                forfeitBondOnReject: true,
                validators: _pair(validatorA, validatorB),
                quorum: 2
            })
        );

        // 2. Four contributions; dave's is rejected.
        address[4] memory who = [alice, bob, carol, dave];
        uint256[4] memory cIds;
        for (uint256 i; i < 4; ++i) {
            require(token.transfer(who[i], 10e18), "fund");
            vm.startPrank(who[i]);
            token.approve(address(datanets), BOND);
            cIds[i] = datanets.contribute(datanetId, keccak256(abi.encode("file", i)), 4096, "ipfs://file");
            vm.stopPrank();
            assertEq(token.balanceOf(who[i]), 8e18);
        }
        for (uint256 i; i < 4; ++i) {
            vm.prank(validatorA);
            datanets.vote(cIds[i], i != 3);
            vm.prank(validatorB);
            datanets.vote(cIds[i], i != 3);
        }
        assertEq(datanets.datanet(datanetId).acceptedCount, 3);
        assertEq(token.balanceOf(dave), 8e18);
        assertEq(token.balanceOf(treasury), BOND);
        contributors.push(alice);
        contributors.push(bob);
        contributors.push(carol);

        // 3. The oracle registers a model trained on all three accepted contributions.
        modelId = _registerModel(datanetId, 3, FEE);
        assertEq(models.model(modelId).accumulator, datanets.accumulatorAt(datanetId, 3));

        // 4. Three paid inferences: two after an approval, one with a permit.
        _fund(user, 2e18);
        uint256[] memory ids = new uint256[](3);
        ids[0] = _request(user, modelId);
        ids[1] = _request(user, modelId);
        require(token.transfer(permitUser, FEE), "fund");
        ids[2] = _requestWithPermit();
        assertEq(token.balanceOf(user), 0);
        assertEq(token.balanceOf(permitUser), 0);
        assertEq(token.balanceOf(address(vault)), 3e18);

        // 5. The epoch closes; the oracle settles: alice 1.2, bob 0.6, carol 0 of the 2.1 contributor share.
        _closeEpoch();
        PayoutTreeBuilder.Tree memory t = _tree(_amounts(1.2e18, 0.6e18, 0));
        _settle(_settlement(modelId, 0, ids, t.root(), 1.8e18));
        assertEq(vault.balanceOf(modelOwner), 0.45e18);
        assertEq(vault.validatorPool(datanetId), 0.3e18);
        assertEq(vault.balanceOf(treasury), 0.45e18); // 0.15 + 0.3 undistributed

        // 6. Alice claims herself; bob signs and a relayer claims to his cold wallet.
        vm.prank(alice);
        vault.claim(modelId, _leaf(t, 0, 1.2e18));
        uint256 deadline = block.timestamp + 1 days;
        bytes memory sig = _signClaim(bobKey, modelId, bobCold, deadline);
        vm.prank(relayer);
        vault.claimFor(modelId, bob, bobCold, _leaf(t, 1, 0.6e18), deadline, sig);
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.NothingToClaim.selector, modelId, carol));
        vm.prank(carol);
        vault.claim(modelId, _leaf(t, 2, 0));

        // 7. Validators, model owner and treasury take their shares.
        vault.distributeValidatorRewards(datanetId);
        address[4] memory payees = [validatorA, validatorB, modelOwner, treasury];
        for (uint256 i; i < 4; ++i) {
            vm.prank(payees[i]);
            vault.withdraw(payees[i]);
        }

        // 8. Every wei accounted for, and the vault is empty.
        assertEq(token.balanceOf(alice), 10e18 + 1.2e18);
        assertEq(token.balanceOf(bob), 10e18);
        assertEq(token.balanceOf(bobCold), 0.6e18);
        assertEq(token.balanceOf(carol), 10e18);
        assertEq(token.balanceOf(dave), 8e18);
        assertEq(token.balanceOf(validatorA), 0.15e18);
        assertEq(token.balanceOf(validatorB), 0.15e18);
        assertEq(token.balanceOf(modelOwner), 0.45e18);
        assertEq(token.balanceOf(treasury), BOND + 0.45e18);
        assertEq(token.balanceOf(address(datanets)), 0);
        assertEq(token.balanceOf(address(vault)), 0);
        assertEq(vault.unsettledFees(), 0);
        (uint256 credited, uint256 claimed) = vault.contributorCredit(modelId);
        assertEq(credited, 1.8e18);
        assertEq(claimed, 1.8e18);
    }

    function _requestWithPermit() private returns (uint256) {
        uint256 deadline = block.timestamp + 1 hours;
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"),
                permitUser,
                address(vault),
                FEE,
                token.nonces(permitUser),
                deadline
            )
        );
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(permitKey, keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash)));
        vm.prank(permitUser);
        return models.requestInferenceWithPermit(modelId, keccak256("permit input"), FEE, deadline, v, r, s);
    }
}
