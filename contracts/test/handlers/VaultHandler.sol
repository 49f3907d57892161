// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Test} from "../utils/Test.sol";
import {PayoutTreeBuilder} from "../utils/PayoutTreeBuilder.sol";
import {OpenToken} from "../../src/OpenToken.sol";
import {ModelRegistry} from "../../src/ModelRegistry.sol";
import {RewardVault} from "../../src/RewardVault.sol";
import {SettlementGuard} from "../../src/SettlementGuard.sol";
import {IRewardVault} from "../../src/interfaces/IRewardVault.sol";
import {ISettlementGuard} from "../../src/interfaces/ISettlementGuard.sol";
import {TestScoreVerifier} from "../mocks/TestScoreVerifier.sol";

/// @notice Drives the RewardVault and its SettlementGuard through the real ModelRegistry for the invariant
/// tests: paid requests from several payers on two models, time passing, settlements of closed epochs with
/// random distributions (each within the batch's contributor share) that wait in the guard, finalization,
/// claims and signed claims, validator distributions, withdrawals, and governance actions (fee split,
/// challenge window, penalty multiplier, voiding, dispute resolution) plus disputes, releases of voided
/// requests and penalty pushes. Ghost variables record what the vault should hold.
contract VaultHandler is Test {
    using PayoutTreeBuilder for PayoutTreeBuilder.Tree;

    uint256 internal constant DEPTH = 2;
    uint256 internal constant MODELS = 2;

    /// @dev Ghost statuses of a held batch.
    uint8 internal constant LIVE = 1;
    uint8 internal constant VOIDED = 2;
    uint8 internal constant RELEASED = 3;
    uint8 internal constant FINAL = 4;

    OpenToken internal immutable token;
    ModelRegistry internal immutable models;
    RewardVault internal immutable vault;
    SettlementGuard internal immutable guard;
    TestScoreVerifier internal immutable verifier;
    address internal immutable oracle;
    address internal immutable governance;
    address internal immutable datanetRegistry;
    address internal immutable challenger;
    uint256 public immutable datanetId;

    uint256[MODELS] public modelIds;
    address[] public payers;
    /// @dev Contributors by accepted index, and their keys for claimFor.
    address[] public contributors;
    uint256[] internal keys;
    /// @dev Everyone the vault may credit a balance to.
    address[] public payees;

    /// @dev A settled batch as the handler expects the guard to hold it.
    struct Held {
        uint256[] ids;
        uint64 epoch;
        uint256 fee;
        uint256[] cumulative;
        uint8 status;
    }

    // ---------------------------------------------------------------- ghosts

    uint256 public ghostDeposited;
    uint256 public ghostPaidOut;
    /// @dev Gross amounts taken out of payout leaves by claims, and what the claimants received of them.
    uint256 public ghostClaimed;
    uint256 public ghostClaimsPaid;
    uint256 public ghostWithdrawn;
    /// @dev Fees of requests not yet final: pending, or in a batch the guard holds.
    uint256 public ghostPendingFees;
    uint256 public ghostBonds;
    /// @dev Per model: the final tree's cumulative amount of each leaf, and what each leaf paid out.
    mapping(uint256 m => mapping(uint256 index => uint256)) public ghostCumulative;
    mapping(uint256 m => mapping(uint256 index => uint256)) public ghostLeafClaimed;
    mapping(uint256 m => uint256) public ghostModelClaimed;
    /// @dev Held batches per model by batch id, and how many were settled.
    mapping(uint256 m => mapping(uint256 batchId => Held)) internal _held;
    mapping(uint256 m => uint256) public ghostBatchCount;
    /// @dev Pending request ids per model and epoch; the epochs that have some.
    mapping(uint256 m => mapping(uint64 epoch => uint256[])) internal _pending;
    mapping(uint256 m => uint64[]) internal _pendingEpochs;
    uint256[] internal _openDisputes;

    mapping(string action => uint256) public calls;

    /// @notice Everything the handler drives, in one argument (a dozen would overflow the stack).
    struct Setup {
        OpenToken token;
        ModelRegistry models;
        RewardVault vault;
        SettlementGuard guard;
        TestScoreVerifier verifier;
        address oracle;
        address governance;
        address datanetRegistry;
        address challenger;
        uint256 datanetId;
        uint256[MODELS] modelIds;
        address[] payers;
        address[] contributors;
        uint256[] keys;
        address[] payees;
    }

    constructor(Setup memory c) {
        token = c.token;
        models = c.models;
        vault = c.vault;
        guard = c.guard;
        verifier = c.verifier;
        oracle = c.oracle;
        governance = c.governance;
        datanetRegistry = c.datanetRegistry;
        challenger = c.challenger;
        datanetId = c.datanetId;
        modelIds = c.modelIds;
        payers = c.payers;
        contributors = c.contributors;
        keys = c.keys;
        payees = c.payees;
    }

    // ---------------------------------------------------------------- requests and time

    function requestInference(uint256 payerSeed, uint256 modelSeed) external {
        uint256 m = modelSeed % MODELS;
        address payer = payers[payerSeed % payers.length];
        uint256 fee = models.model(modelIds[m]).inferenceFee;
        if (token.balanceOf(payer) < fee) return;
        vm.prank(payer);
        uint256 id = models.requestInference(modelIds[m], keccak256(abi.encode(payerSeed)), fee);
        _addPending(m, vault.request(id).epoch, id);
        ghostDeposited += fee;
        ghostPendingFees += fee;
        ++calls["requestInference"];
    }

    function setInferenceFee(uint256 modelSeed, uint256 feeSeed) external {
        uint256 mId = modelIds[modelSeed % MODELS];
        vm.prank(models.model(mId).owner);
        models.setInferenceFee(mId, uint96(bound(feeSeed, 1, 1e21)));
        ++calls["setInferenceFee"];
    }

    function warp(uint256 secondsSeed) external {
        vm.warp(block.timestamp + bound(secondsSeed, 1, 2 days));
        ++calls["warp"];
    }

    // ---------------------------------------------------------------- settlement

    /// @dev Settles up to `countSeed` pending requests of a closed epoch on top of the model's latest live
    /// tree, raising leaves by random amounts whose total stays within the batch's contributor share.
    function settle(uint256 modelSeed, uint256 epochSeed, uint256 countSeed, uint256[3] memory raises) external {
        uint256 m = modelSeed % MODELS;
        uint64[] storage epochs = _pendingEpochs[m];
        if (epochs.length == 0) return;
        uint256 e = epochSeed % epochs.length;
        uint64 epoch = epochs[e];
        if (epoch >= vault.currentEpoch()) return;
        (, uint256 held) = _heldRange(m);
        if (held >= guard.MAX_PENDING_BATCHES()) return;

        (uint256[] memory ids, uint256 feeTotal, uint256 share) = _takeBatch(m, e, countSeed);
        (uint256[] memory cumulative, uint256 distributed) = _raise(m, share, raises);
        IRewardVault.Settlement memory s = IRewardVault.Settlement({
            modelId: modelIds[m],
            epoch: epoch,
            requestIds: ids,
            inferenceCommitment: keccak256(abi.encode(ids)),
            newPayoutRoot: _tree(cumulative).root(),
            distributed: distributed
        });
        bytes memory proof = verifier.proofFor(vault.publicInputs(s));
        vm.prank(oracle);
        uint256 batchId = vault.settle(s, proof);
        require(batchId == ghostBatchCount[m], "batch id");
        _held[m][batchId] = Held(ids, epoch, feeTotal, cumulative, LIVE);
        ++ghostBatchCount[m];
        ++calls["settle"];
    }

    function finalize(uint256 modelSeed, uint256 maxSeed) external {
        uint256 m = modelSeed % MODELS;
        uint256 before = guard.queue(modelIds[m]).next;
        uint256 n = guard.finalize(modelIds[m], bound(maxSeed, 1, 4));
        _mirror(m, before);
        if (n != 0) ++calls["finalize"];
    }

    function openDispute(uint256 modelSeed, uint256 batchSeed) external {
        uint256 m = modelSeed % MODELS;
        (bool found, uint256 batchId) = _pickBatch(m, batchSeed, ISettlementGuard.BatchStatus.Pending);
        if (!found) return;
        ISettlementGuard.Batch memory b = guard.batch(modelIds[m], batchId);
        if (block.timestamp >= b.finalizesAt) return;
        uint256 bond = guard.disputeBond();
        vm.startPrank(challenger);
        token.approve(address(guard), bond);
        _openDisputes.push(guard.openDispute(modelIds[m], batchId, "ipfs://evidence"));
        vm.stopPrank();
        ghostBonds += bond;
        ++calls["openDispute"];
    }

    /// @dev Governance decides the oldest open dispute.
    function resolveDispute(bool upheld) external {
        if (_openDisputes.length == 0) return;
        uint256 id = _openDisputes[0];
        _openDisputes[0] = _openDisputes[_openDisputes.length - 1];
        _openDisputes.pop();
        ISettlementGuard.Dispute memory d = guard.dispute(id);
        uint256 m = d.modelId == modelIds[0] ? 0 : 1;
        uint256 before = guard.queue(d.modelId).next;
        vm.prank(governance);
        guard.resolveDispute(id, upheld);
        ghostBonds -= d.bond;
        _mirror(m, before);
        ++calls[upheld ? "resolveUpheld" : "resolveRejected"];
    }

    /// @dev Governance voids a live batch (and the later ones).
    function voidBatch(uint256 modelSeed, uint256 batchSeed) external {
        uint256 m = modelSeed % MODELS;
        (bool found, uint256 batchId) = _pickBatch(m, batchSeed, ISettlementGuard.BatchStatus.Pending);
        if (!found) return;
        vm.prank(governance);
        guard.voidBatch(modelIds[m], batchId);
        _mirror(m, guard.queue(modelIds[m]).next);
        ++calls["voidBatch"];
    }

    /// @dev Returns a voided batch's requests to the pending pool.
    function release(uint256 modelSeed, uint256 batchSeed) external {
        uint256 m = modelSeed % MODELS;
        (bool found, uint256 batchId) = _pickBatch(m, batchSeed, ISettlementGuard.BatchStatus.Voided);
        if (!found) return;
        Held storage h = _held[m][batchId];
        guard.release(modelIds[m], batchId, h.ids);
        h.status = RELEASED;
        for (uint256 i; i < h.ids.length; ++i) {
            _addPending(m, h.epoch, h.ids[i]);
        }
        ++calls["release"];
    }

    function setChallengeWindow(uint256 windowSeed) external {
        vm.prank(governance);
        guard.setChallengeWindow(uint40(bound(windowSeed, 0, 3 days)));
        ++calls["setChallengeWindow"];
    }

    function setFeeSplit(uint256 cSeed, uint256 oSeed, uint256 vSeed) external {
        uint256 c = bound(cSeed, 0, 10_000);
        uint256 o = bound(oSeed, 0, 10_000 - c);
        uint256 v = bound(vSeed, 0, 10_000 - c - o);
        vm.prank(governance);
        // forge-lint: disable-next-line(unsafe-typecast) each at most 10,000, bounded above
        vault.setFeeSplit(IRewardVault.FeeSplit(uint16(c), uint16(o), uint16(v), uint16(10_000 - c - o - v)));
        ++calls["setFeeSplit"];
    }

    // ---------------------------------------------------------------- penalties

    /// @dev The registry's push of a contributor's penalty status.
    function setPenalized(uint256 indexSeed, bool penalized) external {
        vm.prank(datanetRegistry);
        vault.setPenalized(datanetId, contributors[indexSeed % contributors.length], penalized);
        ++calls["setPenalized"];
    }

    function setPenaltyMultiplier(uint256 bpsSeed) external {
        vm.prank(governance);
        vault.setPenaltyMultiplier(uint16(bound(bpsSeed, 0, 10_000)));
        ++calls["setPenaltyMultiplier"];
    }

    // ---------------------------------------------------------------- claims and balances

    function claim(uint256 modelSeed, uint256 leafSeed) external {
        (uint256 m, uint256 index, uint256 owed) = _pick(modelSeed, leafSeed);
        if (owed == 0) return;
        IRewardVault.PayoutLeaf[] memory leaves = _leaves(m, index); // before the prank: it makes calls
        vm.prank(contributors[index]);
        uint256 paid = vault.claim(modelIds[m], leaves);
        _recordClaim(m, index, owed, paid);
        ++calls["claim"];
    }

    function claimFor(uint256 modelSeed, uint256 leafSeed, uint256 recipientSeed) external {
        (uint256 m, uint256 index, uint256 owed) = _pick(modelSeed, leafSeed);
        if (owed == 0) return;
        address account = contributors[index];
        address recipient = payees[recipientSeed % payees.length];
        bytes memory signature = _sign(index, modelIds[m], recipient, block.timestamp);
        uint256 paid = vault.claimFor(modelIds[m], account, recipient, _leaves(m, index), block.timestamp, signature);
        _recordClaim(m, index, owed, paid);
        ++calls["claimFor"];
    }

    function distributeValidatorRewards() external {
        vault.distributeValidatorRewards(datanetId);
        ++calls["distributeValidatorRewards"];
    }

    function withdraw(uint256 payeeSeed) external {
        address payee = payees[payeeSeed % payees.length];
        if (vault.balanceOf(payee) == 0) return;
        vm.prank(payee);
        uint256 amount = vault.withdraw(payee);
        ghostPaidOut += amount;
        ghostWithdrawn += amount;
        ++calls["withdraw"];
    }

    // ---------------------------------------------------------------- helpers

    function _addPending(uint256 m, uint64 epoch, uint256 id) private {
        if (_pending[m][epoch].length == 0) _pendingEpochs[m].push(epoch);
        _pending[m][epoch].push(id);
    }

    /// @dev Pops up to `countSeed` (1..64) pending ids of the e-th pending epoch of model `m`.
    function _takeBatch(uint256 m, uint256 e, uint256 countSeed)
        private
        returns (uint256[] memory ids, uint256 feeTotal, uint256 share)
    {
        uint64[] storage epochs = _pendingEpochs[m];
        uint256[] storage queue = _pending[m][epochs[e]];
        uint256 n = bound(countSeed, 1, queue.length < 64 ? queue.length : 64);
        ids = new uint256[](n);
        uint256 bps = vault.feeSplit().contributorsBps;
        for (uint256 i; i < n; ++i) {
            ids[i] = queue[queue.length - 1];
            queue.pop();
            uint256 fee = vault.request(ids[i]).fee;
            feeTotal += fee;
            share += fee * bps / 10_000;
        }
        if (queue.length == 0) {
            epochs[e] = epochs[epochs.length - 1];
            epochs.pop();
        }
    }

    /// @dev New cumulative amounts on top of the latest live tree: each leaf raised by at most share / leafCount.
    function _raise(uint256 m, uint256 share, uint256[3] memory raises)
        private
        view
        returns (uint256[] memory cumulative, uint256 distributed)
    {
        uint256 leafCount = models.model(modelIds[m]).contributionCount;
        uint256[] memory base = _latest(m, leafCount);
        cumulative = new uint256[](leafCount);
        for (uint256 i; i < leafCount; ++i) {
            uint256 raise = bound(raises[i], 0, share / leafCount);
            distributed += raise;
            cumulative[i] = base[i] + raise;
        }
    }

    /// @dev The cumulative amounts of the model's last live batch, or of its final tree.
    function _latest(uint256 m, uint256 leafCount) private view returns (uint256[] memory base) {
        for (uint256 j = ghostBatchCount[m]; j > 0; --j) {
            if (_held[m][j - 1].status == LIVE) return _held[m][j - 1].cumulative;
        }
        base = new uint256[](leafCount);
        for (uint256 i; i < leafCount; ++i) {
            base[i] = ghostCumulative[m][i];
        }
    }

    /// @dev Brings the ghost batches in line with the guard's statuses from `from` on: what the guard finalized
    /// becomes the final tree (its fees leave the pending total), what it voided is voided.
    function _mirror(uint256 m, uint256 from) private {
        for (uint256 j = from; j < ghostBatchCount[m]; ++j) {
            Held storage h = _held[m][j];
            if (h.status != LIVE) continue;
            ISettlementGuard.BatchStatus status = guard.batch(modelIds[m], j).status;
            if (status == ISettlementGuard.BatchStatus.Finalized) {
                h.status = FINAL;
                for (uint256 i; i < h.cumulative.length; ++i) {
                    ghostCumulative[m][i] = h.cumulative[i];
                }
                ghostPendingFees -= h.fee;
            } else if (status == ISettlementGuard.BatchStatus.Voided) {
                h.status = VOIDED;
            }
        }
    }

    /// @dev A held batch of model m in the given guard status, starting the search at a random position.
    function _pickBatch(uint256 m, uint256 seed, ISettlementGuard.BatchStatus want)
        private
        view
        returns (bool found, uint256 batchId)
    {
        uint256 count = ghostBatchCount[m];
        if (count == 0) return (false, 0);
        for (uint256 k; k < count; ++k) {
            batchId = (seed + k) % count;
            if (guard.batch(modelIds[m], batchId).status == want) return (true, batchId);
        }
        return (false, 0);
    }

    function _heldRange(uint256 m) private view returns (uint256 next, uint256 held) {
        ISettlementGuard.Queue memory q = guard.queue(modelIds[m]);
        return (q.next, q.end - q.next);
    }

    function _sign(uint256 index, uint256 mId, address recipient, uint256 deadline)
        private
        view
        returns (bytes memory)
    {
        address account = contributors[index];
        bytes32 structHash =
            keccak256(abi.encode(vault.CLAIM_TYPEHASH(), mId, account, recipient, vault.claimNonce(account), deadline));
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(keys[index], keccak256(abi.encodePacked("\x19\x01", vault.DOMAIN_SEPARATOR(), structHash)));
        return abi.encodePacked(r, s, v);
    }

    function _pick(uint256 modelSeed, uint256 leafSeed) private view returns (uint256 m, uint256 index, uint256 owed) {
        m = modelSeed % MODELS;
        uint256 leafCount = models.model(modelIds[m]).contributionCount;
        index = leafSeed % leafCount;
        owed = ghostCumulative[m][index] - ghostLeafClaimed[m][index];
    }

    function _recordClaim(uint256 m, uint256 index, uint256 owed, uint256 paid) private {
        ghostLeafClaimed[m][index] += owed;
        ghostModelClaimed[m] += owed;
        ghostClaimed += owed;
        ghostClaimsPaid += paid;
        ghostPaidOut += paid;
    }

    function _tree(uint256[] memory cumulative) private view returns (PayoutTreeBuilder.Tree memory) {
        address[] memory accounts = new address[](cumulative.length);
        for (uint256 i; i < cumulative.length; ++i) {
            accounts[i] = contributors[i];
        }
        return PayoutTreeBuilder.buildDense(DEPTH, accounts, cumulative);
    }

    function _leaves(uint256 m, uint256 index) private view returns (IRewardVault.PayoutLeaf[] memory leaves) {
        uint256 leafCount = models.model(modelIds[m]).contributionCount;
        uint256[] memory cumulative = new uint256[](leafCount);
        for (uint256 i; i < leafCount; ++i) {
            cumulative[i] = ghostCumulative[m][i];
        }
        PayoutTreeBuilder.Tree memory t = _tree(cumulative);
        leaves = new IRewardVault.PayoutLeaf[](1);
        // forge-lint: disable-next-line(unsafe-typecast) index < leaf count
        leaves[0] = IRewardVault.PayoutLeaf(uint64(index), cumulative[index], t.proof(index));
    }

    /// @notice The root of the final tree the handler expects the vault to pay against (zero before any).
    function finalRoot(uint256 m) external view returns (bytes32) {
        uint256 leafCount = models.model(modelIds[m]).contributionCount;
        uint256[] memory cumulative = new uint256[](leafCount);
        bool any;
        for (uint256 j; j < ghostBatchCount[m]; ++j) {
            any = any || _held[m][j].status == FINAL;
        }
        if (!any) return bytes32(0);
        for (uint256 i; i < leafCount; ++i) {
            cumulative[i] = ghostCumulative[m][i];
        }
        return _tree(cumulative).root();
    }

    function payeeCount() external view returns (uint256) {
        return payees.length;
    }
}
