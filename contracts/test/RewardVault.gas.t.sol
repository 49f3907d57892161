// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {PoaFixture} from "./utils/PoaFixture.sol";
import {PayoutTreeBuilder} from "./utils/PayoutTreeBuilder.sol";
import {IRewardVault} from "../src/interfaces/IRewardVault.sol";

/// @notice Gas scenarios for `forge test --match-contract RewardVaultGasTest --gas-report`. The gas report
/// runs every top-level call as its own transaction (Foundry's isolation mode), so its numbers are whole
/// transactions: 21,000 base gas and calldata included, every account and slot cold. Each test makes its
/// measured call once; the setUp calls show up in the report too, so read each function's min (or the
/// -vvvv trace of the test). Claims use a depth-8 payout tree.
contract RewardVaultGasTest is PoaFixture {
    using PayoutTreeBuilder for PayoutTreeBuilder.Tree;

    uint256 internal constant BATCH = 16;

    address internal cold = makeAddr("cold");
    address internal fresh = makeAddr("fresh");
    address internal relayer = makeAddr("relayer");
    uint256[] internal batch;
    uint256 internal claimModel;

    /// @dev Model 1: one earlier request, then 16 pending requests of epoch 0. Claim model: two batches
    /// settled (trees A then B); bob already claimed batch A through claimFor, so his nonce and his
    /// recipient's balance are non-zero. Alice holds OPEN, carol does not.
    function setUp() public override {
        super.setUp();
        _request(user2, modelId); // counters and the vault's balance are non-zero, as in steady state
        batch = _requests(user, modelId, BATCH);
        claimModel = _registerModel(datanetId, 3, FEE);
        uint256[] memory ids = _requests(user2, claimModel, 2);
        _closeEpoch();
        PayoutTreeBuilder.Tree memory a = _tree(_amounts(0.5e18, 0.4e18, 0.3e18));
        _settle(_settlement(claimModel, 0, ids, a.root(), 1.2e18));
        uint256 deadline = block.timestamp + 1 days;
        bytes memory sig = _signClaim(bobKey, claimModel, cold, deadline);
        vm.prank(relayer);
        vault.claimFor(claimModel, bob, cold, _leaf(a, 1, 0.4e18), deadline, sig);

        ids = _requests(user2, claimModel, 1);
        _closeEpoch();
        _settle(_settlement(claimModel, 1, ids, _claimTree().root(), 0.4e18));
        require(token.transfer(alice, 1e18), "fund");
    }

    /// @dev Tree B: bob's cumulative grew by 0.4e18, the others are unchanged and unclaimed.
    function _claimTree() private view returns (PayoutTreeBuilder.Tree memory) {
        return _tree(_amounts(0.5e18, 0.8e18, 0.3e18));
    }

    function test_gas_registerModel() public {
        vm.prank(oracle);
        assertEq(models.registerModel(_modelParams(datanetId, 3, FEE)), 3);
    }

    /// @dev The typical request: the payer holds OPEN and approved the vault for good.
    function test_gas_requestInference() public {
        vm.prank(user);
        models.requestInference(modelId, keccak256("gas input"), FEE);
    }

    /// @dev A payer who approved a finite amount: the allowance is written down too.
    function test_gas_requestInference_finiteAllowance() public {
        vm.prank(user2);
        token.approve(address(vault), 100e18);
        vm.prank(user2);
        models.requestInference(modelId, keccak256("gas input"), FEE);
    }

    function test_gas_settle16() public {
        IRewardVault.Settlement memory s = _settlement(modelId, 0, batch, keccak256("gas root"), 11.2e18);
        // Built by hand: asking the vault (publicInputs) would warm the storage settle reads.
        uint256[] memory inputs = new uint256[](12 + BATCH / 2);
        inputs[0] = block.chainid;
        inputs[1] = uint256(uint160(address(vault)));
        inputs[2] = modelId;
        inputs[4] = uint256(GRADIENT_COMMITMENT);
        inputs[5] = uint256(s.inferenceCommitment);
        inputs[6] = BATCH * FEE;
        inputs[7] = BATCH * FEE * 7000 / 10_000;
        inputs[9] = uint256(s.newPayoutRoot);
        inputs[10] = s.distributed;
        inputs[11] = uint256(keccak256(abi.encodePacked(batch))) >> 3;
        for (uint256 i; i < BATCH / 2; ++i) {
            inputs[12 + i] = (uint256(FEE) * 7000 / 10_000) * (1 + (1 << 96)); // two requests' shares
        }
        bytes memory proof = abi.encodePacked(keccak256(abi.encodePacked(inputs)));
        vm.prank(oracle);
        vault.settle(s, proof);
    }

    /// @dev One leaf at depth 8, to a claimant who already holds OPEN.
    function test_gas_claim_depth8() public {
        IRewardVault.PayoutLeaf[] memory leaves = _leaf(_claimTree(), 0, 0.5e18);
        vm.prank(alice);
        vault.claim(claimModel, leaves);
    }

    /// @dev A returning claimant at depth 8: the leaf was claimed before (batch A), so its claimed amount
    /// is rewritten rather than created; bob holds OPEN (funded here, a separate transaction).
    function test_gas_claim_depth8_returning() public {
        IRewardVault.PayoutLeaf[] memory leaves = _leaf(_claimTree(), 1, 0.8e18);
        require(token.transfer(bob, 1e18), "fund");
        vm.prank(bob);
        vault.claim(claimModel, leaves);
    }

    /// @dev One leaf at depth 8, to a claimant holding no OPEN yet (the token writes a fresh balance slot).
    function test_gas_claim_depth8_emptyRecipient() public {
        IRewardVault.PayoutLeaf[] memory leaves = _leaf(_claimTree(), 2, 0.3e18);
        vm.prank(carol);
        vault.claim(claimModel, leaves);
    }

    /// @dev An account's later claimFor: nonce and recipient balance already non-zero.
    function test_gas_claimFor_depth8() public {
        IRewardVault.PayoutLeaf[] memory leaves = _leaf(_claimTree(), 1, 0.8e18);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(bobKey, _claimDigest(claimModel, bob, cold, 1, deadline));
        bytes memory sig = abi.encodePacked(r, s, v);
        vm.prank(relayer);
        vault.claimFor(claimModel, bob, cold, leaves, deadline, sig);
    }

    /// @dev An account's first claimFor, to a recipient holding no OPEN: two fresh storage slots.
    function test_gas_claimFor_depth8_first() public {
        IRewardVault.PayoutLeaf[] memory leaves = _leaf(_claimTree(), 2, 0.3e18);
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(carolKey, _claimDigest(claimModel, carol, fresh, 0, deadline));
        bytes memory sig = abi.encodePacked(r, s, v);
        vm.prank(relayer);
        vault.claimFor(claimModel, carol, fresh, leaves, deadline, sig);
    }

    function test_gas_distributeValidatorRewards() public {
        vault.distributeValidatorRewards(datanetId);
    }

    function test_gas_withdraw() public {
        vm.prank(modelOwner);
        vault.withdraw(modelOwner);
    }
}
