// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

import {PoaFixture} from "./utils/PoaFixture.sol";
import {PayoutTreeBuilder} from "./utils/PayoutTreeBuilder.sol";
import {RewardVault} from "../src/RewardVault.sol";
import {IRewardVault} from "../src/interfaces/IRewardVault.sol";
import {Poseidon2Hasher} from "../src/libraries/Poseidon2Hasher.sol";
import {TestScoreVerifier} from "./mocks/TestScoreVerifier.sol";

/// @notice RewardVault: construction, governance, epochs, fee deposits and settlement.
/// Claims, validator rewards and withdrawals are in RewardVault.claims.t.sol.
contract RewardVaultTest is PoaFixture {
    using PayoutTreeBuilder for PayoutTreeBuilder.Tree;

    // ---------------------------------------------------------------- constructor

    function test_constructor_initialState() public view {
        assertEq(vault.token(), address(token));
        assertEq(vault.modelRegistry(), address(models));
        assertEq(vault.datanetRegistry(), address(datanets));
        assertEq(vault.verifier(), address(verifier));
        assertEq(vault.treasury(), treasury);
        assertEq(vault.owner(), admin);
        assertEq(vault.epochLength(), EPOCH);
        assertEq(vault.currentEpoch(), 0);
        assertEq(vault.unsettledFees(), 0);
        // The vault's own hasher, with exactly the generated runtime code.
        assertEq(vault.payoutHasher().codehash, Poseidon2Hasher.RUNTIME_CODEHASH);
        IRewardVault.FeeSplit memory split = vault.feeSplit();
        assertEq(split.contributorsBps, 7000);
        assertEq(split.ownerBps, 1500);
        assertEq(split.validatorsBps, 1000);
        assertEq(split.treasuryBps, 500);
        (, string memory name, string memory version, uint256 chainId, address verifyingContract,,) =
            vault.eip712Domain();
        assertEq(name, "RewardVault");
        assertEq(version, "1");
        assertEq(chainId, block.chainid);
        assertEq(verifyingContract, address(vault));
    }

    function test_constructor_emitsConfiguration() public {
        vm.expectEmit();
        emit IRewardVault.VerifierUpdated(address(verifier), keccak256("test-verifier"));
        vm.expectEmit();
        emit IRewardVault.TreasuryUpdated(treasury);
        vm.expectEmit();
        emit IRewardVault.FeeSplitUpdated(IRewardVault.FeeSplit(7000, 1500, 1000, 500));
        vm.expectEmit();
        emit IRewardVault.EpochLengthUpdated(2 days, 0);
        new RewardVault(address(token), address(models), address(datanets), address(verifier), treasury, 2 days, admin);
    }

    function test_constructor_revertsOnBadArguments() public {
        address t = address(token);
        address m = address(models);
        address d = address(datanets);
        address v = address(verifier);
        bytes memory zero = abi.encodeWithSelector(IRewardVault.ZeroAddress.selector);
        vm.expectRevert(zero);
        new RewardVault(address(0), m, d, v, treasury, EPOCH, admin);
        vm.expectRevert(zero);
        new RewardVault(t, address(0), d, v, treasury, EPOCH, admin);
        vm.expectRevert(zero);
        new RewardVault(t, m, address(0), v, treasury, EPOCH, admin);
        vm.expectRevert(zero);
        new RewardVault(t, m, d, address(0), treasury, EPOCH, admin);
        vm.expectRevert(zero);
        new RewardVault(t, m, d, v, address(0), EPOCH, admin);
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.InvalidEpochLength.selector, 1 hours - 1));
        new RewardVault(t, m, d, v, treasury, 1 hours - 1, admin);
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.InvalidEpochLength.selector, 365 days + 1));
        new RewardVault(t, m, d, v, treasury, 365 days + 1, admin);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableInvalidOwner.selector, address(0)));
        new RewardVault(t, m, d, v, treasury, EPOCH, address(0));
    }

    // ---------------------------------------------------------------- depositFee

    function test_depositFee_revertsForAnyoneButTheRegistry() public {
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.NotModelRegistry.selector, user));
        vm.prank(user);
        vault.depositFee(modelId, user, FEE);
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.NotModelRegistry.selector, oracle));
        vm.prank(oracle);
        vault.depositFee(modelId, user, FEE);
        assertTrue(vault.request(1).status == IRewardVault.RequestStatus.None);
    }

    function test_request_recordFitsOneSlot() public {
        uint256 id = _request(user, modelId);
        // Request{uint64 modelId, uint64 epoch, uint96 fee, uint8 status}: 29 bytes. Its mapping slot must
        // hold all of it and the next slot must stay empty.
        bytes32 slot = _requestSlot(id);
        uint256 word = uint256(vm.load(address(vault), slot));
        assertEq(word & type(uint64).max, modelId);
        assertEq((word >> 64) & type(uint64).max, 0);
        assertEq((word >> 128) & type(uint96).max, FEE);
        assertEq(word >> 224, uint256(IRewardVault.RequestStatus.Pending));
        assertEq(vm.load(address(vault), bytes32(uint256(slot) + 1)), bytes32(0));
    }

    /// @dev Finds the `_requests` mapping slot by probing the first storage slots for request `id`.
    function _requestSlot(uint256 id) private view returns (bytes32) {
        for (uint256 base; base < 16; ++base) {
            bytes32 slot = keccak256(abi.encode(id, base));
            if (vm.load(address(vault), slot) != bytes32(0)) return slot;
        }
        revert("request slot not found");
    }

    // ---------------------------------------------------------------- epochs

    function test_currentEpoch_advancesWithTime() public {
        uint256 start = block.timestamp;
        vm.warp(start + EPOCH - 1);
        assertEq(vault.currentEpoch(), 0);
        vm.warp(start + EPOCH);
        assertEq(vault.currentEpoch(), 1);
        vm.warp(start + 10 * EPOCH + 5);
        assertEq(vault.currentEpoch(), 10);
    }

    function test_setEpochLength_keepsNumberingMonotonic() public {
        uint256 t0 = block.timestamp;
        vm.warp(t0 + EPOCH + EPOCH / 2); // halfway through epoch 1
        assertEq(vault.currentEpoch(), 1);

        // Shortening must not jump ahead: epoch 1 restarts its clock now with the new length.
        vm.expectEmit(address(vault));
        emit IRewardVault.EpochLengthUpdated(1 hours, 1);
        vm.prank(admin);
        vault.setEpochLength(1 hours);
        assertEq(vault.epochLength(), 1 hours);
        assertEq(vault.currentEpoch(), 1);
        vm.warp(block.timestamp + 1 hours - 1);
        assertEq(vault.currentEpoch(), 1);
        vm.warp(block.timestamp + 1);
        assertEq(vault.currentEpoch(), 2);

        // Lengthening must not go back.
        vm.warp(block.timestamp + 3 hours + 59 minutes); // epoch 5, almost over
        assertEq(vault.currentEpoch(), 5);
        vm.prank(admin);
        vault.setEpochLength(30 days);
        assertEq(vault.currentEpoch(), 5);
        vm.warp(block.timestamp + 30 days - 1);
        assertEq(vault.currentEpoch(), 5);
        vm.warp(block.timestamp + 1);
        assertEq(vault.currentEpoch(), 6);
    }

    function test_setEpochLength_doesNotCloseAnOpenEpochEarly() public {
        vm.warp(block.timestamp + EPOCH - 10); // end of epoch 0
        uint256 id = _request(user, modelId);
        vm.prank(admin);
        vault.setEpochLength(1 hours);
        uint256[] memory ids = new uint256[](1);
        ids[0] = id;
        IRewardVault.Settlement memory s = _settlement(modelId, 0, ids, keccak256("root"), 0);
        vm.warp(block.timestamp + 10); // the old boundary: epoch 0 is still open under the new clock
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.EpochNotClosed.selector, 0, 0));
        vault.publicInputs(s);
        vm.warp(block.timestamp + 1 hours);
        _settle(s);
        assertEq(vault.batchCount(modelId), 1);
    }

    function testFuzz_setEpochLength_neverJumpsOrGoesBack(uint64[4] memory lengths, uint32[4] memory waits) public {
        uint64 last = vault.currentEpoch();
        for (uint256 i; i < 4; ++i) {
            vm.warp(block.timestamp + waits[i]);
            uint64 before = vault.currentEpoch();
            assertGe(before, last);
            uint64 len = uint64(bound(lengths[i], 1 hours, 365 days));
            vm.prank(admin);
            vault.setEpochLength(len);
            assertEq(vault.currentEpoch(), before);
            vm.warp(block.timestamp + len - 1);
            assertEq(vault.currentEpoch(), before);
            vm.warp(block.timestamp + 1);
            assertEq(vault.currentEpoch(), before + 1);
            last = before + 1;
        }
    }

    function test_setEpochLength_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, user));
        vm.prank(user);
        vault.setEpochLength(2 days);
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.InvalidEpochLength.selector, 1 hours - 1));
        vault.setEpochLength(1 hours - 1);
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.InvalidEpochLength.selector, 365 days + 1));
        vault.setEpochLength(365 days + 1);
        vault.setEpochLength(1 hours);
        vault.setEpochLength(365 days);
        vm.stopPrank();
        assertEq(vault.epochLength(), 365 days);
    }

    // ---------------------------------------------------------------- governance

    function test_setFeeSplit() public {
        IRewardVault.FeeSplit memory split = IRewardVault.FeeSplit(6000, 2000, 1500, 500);
        vm.expectEmit(address(vault));
        emit IRewardVault.FeeSplitUpdated(split);
        vm.prank(admin);
        vault.setFeeSplit(split);
        IRewardVault.FeeSplit memory got = vault.feeSplit();
        assertEq(got.contributorsBps, 6000);
        assertEq(got.ownerBps, 2000);
        assertEq(got.validatorsBps, 1500);
        assertEq(got.treasuryBps, 500);
        // The epoch clock sharing the slot is untouched.
        assertEq(vault.epochLength(), EPOCH);
    }

    function test_setFeeSplit_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, modelOwner));
        vm.prank(modelOwner);
        vault.setFeeSplit(IRewardVault.FeeSplit(0, 10_000, 0, 0));
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.InvalidFeeSplit.selector, 9999));
        vault.setFeeSplit(IRewardVault.FeeSplit(7000, 1500, 1000, 499));
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.InvalidFeeSplit.selector, 10_001));
        vault.setFeeSplit(IRewardVault.FeeSplit(7000, 1500, 1000, 501));
        vm.expectRevert(abi.encodeWithSelector(IRewardVault.InvalidFeeSplit.selector, 4 * uint256(type(uint16).max)));
        vault.setFeeSplit(IRewardVault.FeeSplit(type(uint16).max, type(uint16).max, type(uint16).max, type(uint16).max));
        vm.stopPrank();
        assertEq(vault.feeSplit().contributorsBps, 7000);
    }

    function test_setVerifier() public {
        TestScoreVerifier next = new TestScoreVerifier();
        vm.expectEmit(address(vault));
        emit IRewardVault.VerifierUpdated(address(next), keccak256("test-verifier"));
        vm.prank(admin);
        vault.setVerifier(address(next));
        assertEq(vault.verifier(), address(next));

        vm.expectRevert(abi.encodeWithSelector(IRewardVault.ZeroAddress.selector));
        vm.prank(admin);
        vault.setVerifier(address(0));
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, oracle));
        vm.prank(oracle);
        vault.setVerifier(address(verifier));
        assertEq(vault.verifier(), address(next));
    }

    function test_setTreasury_newSharesGoToTheNewTreasury() public {
        _settleOne();
        uint256 oldBalance = vault.balanceOf(treasury);
        assertGt(oldBalance, 0);
        address next = makeAddr("nextTreasury");
        vm.expectEmit(address(vault));
        emit IRewardVault.TreasuryUpdated(next);
        vm.prank(admin);
        vault.setTreasury(next);
        assertEq(vault.treasury(), next);
        _settleOne();
        assertEq(vault.balanceOf(treasury), oldBalance);
        assertEq(vault.balanceOf(next), oldBalance);

        vm.expectRevert(abi.encodeWithSelector(IRewardVault.ZeroAddress.selector));
        vm.prank(admin);
        vault.setTreasury(address(0));
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, treasury));
        vm.prank(treasury);
        vault.setTreasury(treasury);
    }

    /// @dev One request in the current epoch, settled once it closes, distributing nothing.
    function _settleOne() private {
        uint64 epoch = vault.currentEpoch();
        uint256[] memory ids = _requests(user, modelId, 1);
        _closeEpoch();
        _settle(_settlement(modelId, epoch, ids, keccak256(abi.encode("root", epoch)), 0));
    }

    // ---------------------------------------------------------------- settle: success

    function test_settle_booksEveryShare() public {
        uint256[] memory ids = _requests(user, modelId, 3);
        _closeEpoch();
        uint256[] memory cumulative = _amounts(1e18, 0.5e18, 0.5e18);
        PayoutTreeBuilder.Tree memory t = _tree(cumulative);
        IRewardVault.Settlement memory s = _settlement(modelId, 0, ids, t.root(), 2e18);
        bytes memory proof = _proof(s);

        // 3e18 of fees: contributors 2.1e18 (2e18 distributed), owner 0.45e18, validators 0.3e18,
        // treasury 0.15e18 + the 0.1e18 not distributed.
        vm.expectEmit(address(vault));
        emit IRewardVault.Credited(modelOwner, 0.45e18);
        vm.expectEmit(address(vault));
        emit IRewardVault.Credited(treasury, 0.25e18);
        vm.expectEmit(address(vault));
        emit IRewardVault.Settled(modelId, 0, 0, oracle, ids, s.inferenceCommitment, 0, t.root(), 3e18, 2e18);
        vm.expectEmit(address(vault));
        emit IRewardVault.SettlementSplit(modelId, 0, 2.1e18, modelOwner, 0.45e18, datanetId, 0.3e18, 0.25e18);
        vm.prank(oracle);
        uint256 batchId = vault.settle(s, proof);

        assertEq(batchId, 0);
        assertEq(vault.batchCount(modelId), 1);
        assertEq(vault.payoutRoot(modelId), t.root());
        (uint256 credited, uint256 claimed) = vault.contributorCredit(modelId);
        assertEq(credited, 2e18);
        assertEq(claimed, 0);
        assertEq(vault.balanceOf(modelOwner), 0.45e18);
        assertEq(vault.balanceOf(treasury), 0.25e18);
        assertEq(vault.validatorPool(datanetId), 0.3e18);
        assertEq(vault.unsettledFees(), 0);
        for (uint256 i; i < ids.length; ++i) {
            assertTrue(vault.request(ids[i]).status == IRewardVault.RequestStatus.Settled);
        }
        assertEq(token.balanceOf(address(vault)), 3e18);
        assertEq(_bookedNow(), 3e18);
    }

    function test_settle_roundingRemaindersGoToTheTreasury() public {
        vm.prank(modelOwner);
        models.setInferenceFee(modelId, 33_333);
        uint256[] memory ids = _requests(user, modelId, 3);
        _closeEpoch();
        // contributors Σ floor(33,333 · 0.7) = 3 · 23,333 = 69,999; owner floor(99,999 · 0.15) = 14,999;
        // validators floor(99,999 · 0.1) = 9,999; treasury takes the rest: 99,999 − 69,990 − 14,999 − 9,999.
        PayoutTreeBuilder.Tree memory t = _tree(_amounts(69_990, 0, 0));
        IRewardVault.Settlement memory s = _settlement(modelId, 0, ids, t.root(), 69_990);
        vm.expectEmit(address(vault));
        emit IRewardVault.SettlementSplit(modelId, 0, 69_999, modelOwner, 14_999, datanetId, 9999, 5011);
        _settle(s);
        assertEq(vault.balanceOf(treasury), 5011);
        assertEq(uint256(69_990 + 14_999 + 9999 + 5011), 99_999);
    }

    function test_settle_followingBatchesChainRoots() public {
        uint256[] memory first = _requests(user, modelId, 2);
        _closeEpoch();
        uint256[] memory second = _requests(user2, modelId, 1);
        PayoutTreeBuilder.Tree memory t0 = _settleTree(0, first, _amounts(1e18, 0, 0), 1e18);
        _closeEpoch();
        PayoutTreeBuilder.Tree memory t1 = _tree(_amounts(1e18, 0.7e18, 0));
        IRewardVault.Settlement memory s = _settlement(modelId, 1, second, t1.root(), 0.7e18);
        uint256[] memory inputs = vault.publicInputs(s);
        assertEq(inputs[3], 1);
        assertEq(inputs[8], uint256(t0.root()));
        assertEq(_settle(s), 1);
        assertEq(vault.batchCount(modelId), 2);
        assertEq(vault.payoutRoot(modelId), t1.root());
        (uint256 credited,) = vault.contributorCredit(modelId);
        assertEq(credited, 1.7e18);
    }

    function test_settle_creditsTheCurrentModelOwner() public {
        uint256[] memory ids = _requests(user, modelId, 1);
        address next = makeAddr("buyer");
        vm.prank(modelOwner);
        models.setModelOwner(modelId, next);
        _closeEpoch();
        _settle(_settlement(modelId, 0, ids, keccak256("r"), 0));
        assertEq(vault.balanceOf(next), 0.15e18);
        assertEq(vault.balanceOf(modelOwner), 0);
    }

    function test_settle_fullBatchOfMaxSize() public {
        uint256[] memory ids = _requests(user, modelId, vault.MAX_BATCH());
        _closeEpoch();
        _settle(_settlement(modelId, 0, ids, keccak256("r"), 0));
        assertEq(vault.unsettledFees(), 0);
        assertEq(vault.balanceOf(modelOwner), 64 * 0.15e18);
    }

    function test_publicInputs_layout() public {
        uint256[] memory ids = _requests(user, modelId, 2);
        _closeEpoch();
        IRewardVault.Settlement memory s = _settlement(modelId, 0, ids, keccak256("new root"), 1.2e18);
        uint256[] memory expected = new uint256[](13);
        expected[0] = block.chainid;
        expected[1] = uint256(uint160(address(vault)));
        expected[2] = modelId;
        expected[3] = 0;
        expected[4] = uint256(GRADIENT_COMMITMENT);
        expected[5] = uint256(s.inferenceCommitment);
        expected[6] = 2e18;
        expected[7] = 1.4e18;
        expected[8] = 0;
        expected[9] = uint256(keccak256("new root"));
        expected[10] = 1.2e18;
        expected[11] = uint256(keccak256(abi.encodePacked(ids))) >> 3;
        expected[12] = 0.7e18 | (0.7e18 << 96); // the two requests' contributor shares
        assertEq(abi.encode(vault.publicInputs(s)), abi.encode(expected));
        // A proof made from the independently built inputs settles.
        bytes memory proof = verifier.proofFor(expected);
        vm.prank(oracle);
        vault.settle(s, proof);
    }

    // ---------------------------------------------------------------- settle: reverts

    function test_settle_revertsForNonOracle() public {
        IRewardVault.Settlement memory s = _pendingBatch(2);
        bytes memory proof = _proof(s);
        _expectSettleRevert(s, proof, user, abi.encodeWithSelector(IRewardVault.NotOracle.selector, user));
        vm.prank(admin);
        models.setOracle(oracle, false);
        _expectSettleRevert(s, proof, oracle, abi.encodeWithSelector(IRewardVault.NotOracle.selector, oracle));
    }

    function test_settle_revertsOnBatchSize() public {
        IRewardVault.Settlement memory s = _pendingBatch(1);
        s.requestIds = new uint256[](0);
        _expectSettleRevert(s, "", oracle, abi.encodeWithSelector(IRewardVault.EmptyBatch.selector));
        s.requestIds = new uint256[](65);
        _expectSettleRevert(s, "", oracle, abi.encodeWithSelector(IRewardVault.BatchTooLarge.selector, 65, 64));
    }

    function test_settle_revertsOnOpenEpoch() public {
        uint256[] memory ids = _requests(user, modelId, 1);
        IRewardVault.Settlement memory s = _settlement(modelId, 0, ids, keccak256("r"), 0);
        _expectSettleRevert(s, "", oracle, abi.encodeWithSelector(IRewardVault.EpochNotClosed.selector, 0, 0));
        _closeEpoch();
        s.epoch = 7;
        _expectSettleRevert(s, "", oracle, abi.encodeWithSelector(IRewardVault.EpochNotClosed.selector, 7, 1));
    }

    function test_settle_revertsOnZeroRoot() public {
        IRewardVault.Settlement memory s = _pendingBatch(1);
        s.newPayoutRoot = 0;
        _expectSettleRevert(s, "", oracle, abi.encodeWithSelector(IRewardVault.ZeroRoot.selector));
    }

    function test_settle_revertsOnUnknownRequest() public {
        IRewardVault.Settlement memory s = _pendingBatch(2);
        s.requestIds[1] = 99;
        _expectSettleRevert(s, "", oracle, abi.encodeWithSelector(IRewardVault.UnknownRequest.selector, 99));
    }

    function test_settle_revertsOnSettledOrRepeatedRequest() public {
        IRewardVault.Settlement memory s = _pendingBatch(2);
        uint256 id = s.requestIds[0];
        s.requestIds[1] = id;
        bytes memory err =
            abi.encodeWithSelector(IRewardVault.RequestNotPending.selector, id, IRewardVault.RequestStatus.Settled);
        // The view compares ids; settle meets the id already marked. Both report the same error.
        vm.expectRevert(err);
        vault.publicInputs(s);
        _expectSettleRevert(s, "", oracle, err);

        s.requestIds = new uint256[](1);
        s.requestIds[0] = id;
        _settle(s);
        vm.expectRevert(err);
        vault.publicInputs(s);
        _expectSettleRevert(s, "", oracle, err);
    }

    function test_settle_revertsOnModelMismatch() public {
        uint256 other = _registerModel(datanetId, 1, FEE);
        IRewardVault.Settlement memory s = _pendingBatch(2);
        uint256 foreign = _request(user, other);
        s.requestIds[1] = foreign;
        _expectSettleRevert(
            s, "", oracle, abi.encodeWithSelector(IRewardVault.RequestModelMismatch.selector, foreign, other)
        );
    }

    function test_settle_revertsOnEpochMismatch() public {
        IRewardVault.Settlement memory s = _pendingBatch(1);
        uint256 later = _request(user, modelId); // epoch 1
        _closeEpoch();
        uint256[] memory ids = new uint256[](2);
        ids[0] = s.requestIds[0];
        ids[1] = later;
        s.requestIds = ids;
        _expectSettleRevert(s, "", oracle, abi.encodeWithSelector(IRewardVault.RequestEpochMismatch.selector, later, 1));
    }

    function test_settle_revertsWhenDistributedExceedsShare() public {
        IRewardVault.Settlement memory s = _pendingBatch(2);
        s.distributed = 1.4e18 + 1;
        _expectSettleRevert(
            s, "", oracle, abi.encodeWithSelector(IRewardVault.DistributedExceedsShare.selector, 1.4e18 + 1, 1.4e18)
        );
    }

    function test_settle_rejectsAlteredPublicInputs() public {
        IRewardVault.Settlement memory s = _pendingBatch(2);
        s.distributed = 1e18;
        bytes memory proof = _proof(s);
        bytes memory rejected = abi.encodeWithSelector(IRewardVault.ProofRejected.selector, modelId, 0);

        s.distributed = 1e18 - 1; // what the oracle claims differs from what was proven
        _expectSettleRevert(s, proof, oracle, rejected);
        s.distributed = 1e18;
        s.newPayoutRoot = keccak256("another root");
        _expectSettleRevert(s, proof, oracle, rejected);
        s.newPayoutRoot = keccak256("root");
        s.inferenceCommitment = keccak256("other inferences");
        _expectSettleRevert(s, proof, oracle, rejected);
        s.inferenceCommitment = keccak256(abi.encode("inference", modelId, uint64(0), s.requestIds));
        uint256[] memory subset = new uint256[](1); // a smaller fee total
        subset[0] = s.requestIds[0];
        uint256[] memory full = s.requestIds;
        s.requestIds = subset;
        s.distributed = 0.5e18;
        _expectSettleRevert(s, proof, oracle, rejected);
        s.requestIds = full;
        s.distributed = 1e18;
        _expectSettleRevert(s, "not a proof", oracle, rejected);

        // The same batch on another chain.
        uint256 chainId = block.chainid;
        vm.chainId(chainId + 1);
        _expectSettleRevert(s, proof, oracle, rejected);
        vm.chainId(chainId);

        // The untouched settlement still goes through.
        vm.prank(oracle);
        vault.settle(s, proof);
    }

    function test_settle_rejectsProofReplayedForAnotherBatch() public {
        uint256[] memory ids = _requests(user, modelId, 1);
        _closeEpoch();
        IRewardVault.Settlement memory s = _settlement(modelId, 0, ids, keccak256("r"), 0);
        bytes memory proof = _proof(s);
        vm.prank(oracle);
        vault.settle(s, proof);

        // A new request with the same fee, settled with identical fields: only batchId and the previous
        // root differ, and the old proof must not pass.
        uint256[] memory next = _requests(user, modelId, 1);
        _closeEpoch();
        s = _settlement(modelId, 1, next, keccak256("r"), 0);
        s.inferenceCommitment = keccak256(abi.encode("inference", modelId, uint64(0), ids));
        _expectSettleRevert(s, proof, oracle, abi.encodeWithSelector(IRewardVault.ProofRejected.selector, modelId, 1));
    }

    // ---------------------------------------------------------------- helpers

    /// @dev `n` pending requests of epoch 0, epoch closed, as a settlement distributing nothing.
    function _pendingBatch(uint256 n) private returns (IRewardVault.Settlement memory) {
        uint256[] memory ids = _requests(user, modelId, n);
        _closeEpoch();
        return _settlement(modelId, 0, ids, keccak256("root"), 0);
    }

    /// @dev Expects `settle` to revert with `err` and checks that nothing it touches changed.
    function _expectSettleRevert(IRewardVault.Settlement memory s, bytes memory proof, address caller, bytes memory err)
        private
    {
        bytes32 root = vault.payoutRoot(modelId);
        uint256 batches = vault.batchCount(modelId);
        uint256 unsettled = vault.unsettledFees();
        uint256 ownerBalance = vault.balanceOf(modelOwner);
        vm.expectRevert(err);
        vm.prank(caller);
        vault.settle(s, proof);
        assertEq(vault.payoutRoot(modelId), root);
        assertEq(vault.batchCount(modelId), batches);
        assertEq(vault.unsettledFees(), unsettled);
        assertEq(vault.balanceOf(modelOwner), ownerBalance);
        for (uint256 i; i < s.requestIds.length && i < 64; ++i) {
            IRewardVault.Request memory r = vault.request(s.requestIds[i]);
            if (r.status == IRewardVault.RequestStatus.Settled) continue; // settled by an earlier batch
            assertTrue(r.status == IRewardVault.RequestStatus.None || r.status == IRewardVault.RequestStatus.Pending);
        }
    }

    function _bookedNow() private view returns (uint256) {
        address[] memory accounts = new address[](4);
        accounts[0] = modelOwner;
        accounts[1] = treasury;
        accounts[2] = validatorA;
        accounts[3] = validatorB;
        uint256[] memory dIds = new uint256[](1);
        dIds[0] = datanetId;
        uint256[] memory mIds = new uint256[](1);
        mIds[0] = modelId;
        return _booked(accounts, dIds, mIds);
    }
}
