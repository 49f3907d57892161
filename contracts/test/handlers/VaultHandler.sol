// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Test} from "../utils/Test.sol";
import {PayoutTreeBuilder} from "../utils/PayoutTreeBuilder.sol";
import {OpenToken} from "../../src/OpenToken.sol";
import {ModelRegistry} from "../../src/ModelRegistry.sol";
import {RewardVault} from "../../src/RewardVault.sol";
import {IRewardVault} from "../../src/interfaces/IRewardVault.sol";
import {TestScoreVerifier} from "../mocks/TestScoreVerifier.sol";

/// @notice Drives the RewardVault through the real ModelRegistry for the invariant tests: paid requests from
/// several payers on two models, time passing, settlements of closed epochs with random distributions
/// (each within the batch's contributor share), claims and signed claims, validator distributions, fee-split
/// changes and withdrawals. Ghost variables record what the vault should hold.
contract VaultHandler is Test {
    using PayoutTreeBuilder for PayoutTreeBuilder.Tree;

    uint256 internal constant DEPTH = 2;
    uint256 internal constant MODELS = 2;

    OpenToken internal immutable token;
    ModelRegistry internal immutable models;
    RewardVault internal immutable vault;
    TestScoreVerifier internal immutable verifier;
    address internal immutable oracle;
    address internal immutable admin;
    uint256 public immutable datanetId;

    uint256[MODELS] public modelIds;
    address[] public payers;
    /// @dev Contributors by accepted index, and their keys for claimFor.
    address[] public contributors;
    uint256[] internal keys;
    /// @dev Everyone the vault may credit a balance to.
    address[] public payees;

    // ---------------------------------------------------------------- ghosts

    uint256 public ghostDeposited;
    uint256 public ghostPaidOut;
    uint256 public ghostClaimed;
    uint256 public ghostWithdrawn;
    uint256 public ghostPendingFees;
    /// @dev Per model: the current tree's cumulative amount of each leaf, and what each leaf paid out.
    mapping(uint256 m => mapping(uint256 index => uint256)) public ghostCumulative;
    mapping(uint256 m => mapping(uint256 index => uint256)) public ghostLeafClaimed;
    mapping(uint256 m => uint256) public ghostModelClaimed;
    /// @dev Pending request ids per model and epoch; the epochs that have some.
    mapping(uint256 m => mapping(uint64 epoch => uint256[])) internal _pending;
    mapping(uint256 m => uint64[]) internal _pendingEpochs;

    mapping(string action => uint256) public calls;

    /// @notice Everything the handler drives, in one argument (a dozen would overflow the stack).
    struct Setup {
        OpenToken token;
        ModelRegistry models;
        RewardVault vault;
        TestScoreVerifier verifier;
        address oracle;
        address admin;
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
        verifier = c.verifier;
        oracle = c.oracle;
        admin = c.admin;
        datanetId = c.datanetId;
        modelIds = c.modelIds;
        payers = c.payers;
        contributors = c.contributors;
        keys = c.keys;
        payees = c.payees;
    }

    // ---------------------------------------------------------------- actions

    function requestInference(uint256 payerSeed, uint256 modelSeed) external {
        uint256 m = modelSeed % MODELS;
        address payer = payers[payerSeed % payers.length];
        uint256 fee = models.model(modelIds[m]).inferenceFee;
        if (token.balanceOf(payer) < fee) return;
        vm.prank(payer);
        uint256 id = models.requestInference(modelIds[m], keccak256(abi.encode(payerSeed)), fee);
        uint64 epoch = vault.request(id).epoch;
        if (_pending[m][epoch].length == 0) _pendingEpochs[m].push(epoch);
        _pending[m][epoch].push(id);
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

    function setFeeSplit(uint256 cSeed, uint256 oSeed, uint256 vSeed) external {
        uint256 c = bound(cSeed, 0, 10_000);
        uint256 o = bound(oSeed, 0, 10_000 - c);
        uint256 v = bound(vSeed, 0, 10_000 - c - o);
        vm.prank(admin);
        // forge-lint: disable-next-line(unsafe-typecast) each at most 10,000, bounded above
        vault.setFeeSplit(IRewardVault.FeeSplit(uint16(c), uint16(o), uint16(v), uint16(10_000 - c - o - v)));
        ++calls["setFeeSplit"];
    }

    /// @dev Settles up to `countSeed` pending requests of a closed epoch, raising leaves by random amounts
    /// whose total stays within the batch's contributor share.
    function settle(uint256 modelSeed, uint256 epochSeed, uint256 countSeed, uint256[3] memory raises) external {
        uint256 m = modelSeed % MODELS;
        uint64[] storage epochs = _pendingEpochs[m];
        if (epochs.length == 0) return;
        uint256 e = epochSeed % epochs.length;
        uint64 epoch = epochs[e];
        if (epoch >= vault.currentEpoch()) return;

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
        vault.settle(s, proof);

        for (uint256 i; i < cumulative.length; ++i) {
            ghostCumulative[m][i] = cumulative[i];
        }
        ghostPendingFees -= feeTotal;
        ++calls["settle"];
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

    /// @dev New cumulative amounts: each leaf raised by at most share / leafCount.
    function _raise(uint256 m, uint256 share, uint256[3] memory raises)
        private
        view
        returns (uint256[] memory cumulative, uint256 distributed)
    {
        uint256 leafCount = models.model(modelIds[m]).contributionCount;
        cumulative = new uint256[](leafCount);
        for (uint256 i; i < leafCount; ++i) {
            uint256 raise = bound(raises[i], 0, share / leafCount);
            distributed += raise;
            cumulative[i] = ghostCumulative[m][i] + raise;
        }
    }

    function claim(uint256 modelSeed, uint256 leafSeed) external {
        (uint256 m, uint256 index, uint256 owed) = _pick(modelSeed, leafSeed);
        if (owed == 0) return;
        IRewardVault.PayoutLeaf[] memory leaves = _leaves(m, index); // before the prank: it makes calls
        vm.prank(contributors[index]);
        uint256 paid = vault.claim(modelIds[m], leaves);
        _recordClaim(m, index, paid);
        ++calls["claim"];
    }

    function claimFor(uint256 modelSeed, uint256 leafSeed, uint256 recipientSeed) external {
        (uint256 m, uint256 index, uint256 owed) = _pick(modelSeed, leafSeed);
        if (owed == 0) return;
        address account = contributors[index];
        address recipient = payees[recipientSeed % payees.length];
        bytes memory signature = _sign(index, modelIds[m], recipient, block.timestamp);
        uint256 paid = vault.claimFor(modelIds[m], account, recipient, _leaves(m, index), block.timestamp, signature);
        _recordClaim(m, index, paid);
        ++calls["claimFor"];
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

    function _pick(uint256 modelSeed, uint256 leafSeed) private view returns (uint256 m, uint256 index, uint256 owed) {
        m = modelSeed % MODELS;
        uint256 leafCount = models.model(modelIds[m]).contributionCount;
        index = leafSeed % leafCount;
        owed = ghostCumulative[m][index] - ghostLeafClaimed[m][index];
    }

    function _recordClaim(uint256 m, uint256 index, uint256 paid) private {
        ghostLeafClaimed[m][index] += paid;
        ghostModelClaimed[m] += paid;
        ghostClaimed += paid;
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

    function payeeCount() external view returns (uint256) {
        return payees.length;
    }
}
