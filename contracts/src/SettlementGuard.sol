// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IRewardVault} from "./interfaces/IRewardVault.sol";
import {ISettlementGuard} from "./interfaces/ISettlementGuard.sol";
import {ExactTransfer} from "./libraries/ExactTransfer.sol";

/// @title SettlementGuard
/// @notice The RewardVault's challenge window and settlement disputes: holds each settled batch until its window
/// has passed, lets anyone dispute it within the window against a bond, and lets governance void it.
/// @dev Money never sits here except dispute bonds and the reward reserve: a held batch's fees stay in the vault's
/// `unsettledFees` until the vault books the batch (`finalizeBatch`) or reopens its requests. The vault trusts
/// this contract for both, so it is set once there (`setSettlementGuard`). Batches of a model are numbered by the
/// vault, consecutively; those held here form the range [next, end) of the model's queue.
contract SettlementGuard is ISettlementGuard, Ownable2Step {
    using SafeERC20 for IERC20;

    /// @notice Challenge window of a new guard: 2 days to dispute a settlement before it can finalize.
    uint40 public constant DEFAULT_CHALLENGE_WINDOW = 2 days;
    /// @notice Longest allowed challenge window.
    uint40 public constant MAX_CHALLENGE_WINDOW = 30 days;
    /// @notice Default dispute bond: 1,000 OPEN.
    uint96 public constant DEFAULT_DISPUTE_BOND = 1000e18;
    /// @notice Default reward of an upheld dispute, on top of the bond: 1,000 OPEN from the reward reserve.
    uint96 public constant DEFAULT_CHALLENGER_REWARD = 1000e18;
    /// @notice Most batches of one model held at once (bounds `voidBatch`'s loops).
    uint256 public constant MAX_PENDING_BATCHES = 128;

    /// @inheritdoc ISettlementGuard
    address public immutable vault;
    /// @inheritdoc ISettlementGuard
    address public immutable token;

    /// @inheritdoc ISettlementGuard
    uint40 public challengeWindow;
    /// @inheritdoc ISettlementGuard
    uint96 public disputeBond;
    /// @inheritdoc ISettlementGuard
    uint96 public challengerReward;
    /// @inheritdoc ISettlementGuard
    uint256 public disputeCount;
    /// @inheritdoc ISettlementGuard
    uint256 public bondsHeld;

    mapping(uint256 modelId => Queue) private _queues;
    mapping(uint256 modelId => mapping(uint256 batchId => Batch)) private _batches;
    mapping(uint256 disputeId => Dispute) private _disputes;

    /// @param vault_ the RewardVault whose settlements this contract guards (governance then calls
    /// `vault.setSettlementGuard(this)`)
    /// @param initialOwner governance (the timelock in production)
    constructor(address vault_, address initialOwner) Ownable(initialOwner) {
        if (vault_ == address(0)) revert ZeroAddress();
        vault = vault_;
        token = IRewardVault(vault_).token();
        _setChallengeWindow(DEFAULT_CHALLENGE_WINDOW);
        _setDisputeBond(DEFAULT_DISPUTE_BOND);
        _setChallengerReward(DEFAULT_CHALLENGER_REWARD);
    }

    // ------------------------------------------------------------------ vault

    /// @inheritdoc ISettlementGuard
    function enqueue(
        uint256 modelId,
        uint256 batchId,
        bytes32 payoutRoot,
        bytes32 requestsHash,
        address owner_,
        uint256 feeTotal,
        uint256 distributed,
        uint16 ownerBps,
        uint16 validatorsBps
    ) external {
        if (msg.sender != vault) revert NotVault(msg.sender);
        Queue storage q = _queues[modelId];
        uint256 next = q.next;
        // Holding nothing, this batch starts the queue (batches settled before the guard was set are final).
        if (next == q.end) next = batchId;
        uint256 held = batchId - next;
        if (held >= MAX_PENDING_BATCHES) revert TooManyPendingBatches(modelId, held);
        (q.next, q.end, q.latestRoot) = (SafeCast.toUint64(next), SafeCast.toUint64(batchId + 1), payoutRoot);
        uint256 finalizesAt = block.timestamp + challengeWindow;
        _batches[modelId][batchId] = Batch({
            payoutRoot: payoutRoot,
            requestsHash: requestsHash,
            owner: owner_,
            // forge-lint: disable-next-line(unsafe-typecast) a timestamp plus at most 30 days
            finalizesAt: uint40(finalizesAt),
            status: BatchStatus.Pending,
            ownerBps: ownerBps,
            validatorsBps: validatorsBps,
            // The vault checked both against its uint96 ledger.
            // forge-lint: disable-next-line(unsafe-typecast)
            feeTotal: uint96(feeTotal),
            // forge-lint: disable-next-line(unsafe-typecast)
            distributed: uint96(distributed)
        });
        emit BatchQueued(modelId, batchId, finalizesAt);
    }

    /// @inheritdoc ISettlementGuard
    function head(uint256 modelId) external view returns (bool holds, bytes32 latestRoot) {
        Queue storage q = _queues[modelId];
        return (q.next < q.end, q.latestRoot);
    }

    // ------------------------------------------------------------------ anyone

    /// @inheritdoc ISettlementGuard
    /// @dev The vault only books (no tokens move, no call back), so the loop needs no reentrancy guard.
    function finalize(uint256 modelId, uint256 maxBatches) external returns (uint256 finalized) {
        Queue storage q = _queues[modelId];
        uint256 i = q.next;
        uint256 end = q.end;
        for (; i < end && finalized < maxBatches; ++i) {
            Batch storage b = _batches[modelId][i];
            BatchStatus status = b.status;
            if (status == BatchStatus.Voided || status == BatchStatus.Released) continue;
            // A days-long window makes a few seconds of timestamp drift irrelevant.
            // forge-lint: disable-next-line(block-timestamp)
            if (status == BatchStatus.Disputed || block.timestamp < b.finalizesAt) break;
            b.status = BatchStatus.Finalized;
            ++finalized;
            IRewardVault(vault)
                .finalizeBatch(
                    modelId, i, b.payoutRoot, b.owner, b.feeTotal, b.distributed, b.ownerBps, b.validatorsBps
                );
        }
        // forge-lint: disable-next-line(unsafe-typecast) at most `end`, a uint64
        q.next = uint64(i);
    }

    /// @inheritdoc ISettlementGuard
    function release(uint256 modelId, uint256 batchId, uint256[] calldata requestIds) external {
        Batch storage b = _batches[modelId][batchId];
        if (b.status != BatchStatus.Voided) revert InvalidBatchStatus(modelId, batchId, b.status);
        if (keccak256(abi.encodePacked(requestIds)) != b.requestsHash) revert RequestsMismatch(modelId, batchId);
        b.status = BatchStatus.Released;
        emit BatchReleased(modelId, batchId);
        IRewardVault(vault).reopenRequests(modelId, batchId, requestIds);
    }

    /// @inheritdoc ISettlementGuard
    function openDispute(uint256 modelId, uint256 batchId, string calldata evidenceURI)
        external
        returns (uint256 disputeId)
    {
        Batch storage b = _batches[modelId][batchId];
        if (b.status != BatchStatus.Pending) revert InvalidBatchStatus(modelId, batchId, b.status);
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp >= b.finalizesAt) revert ChallengeWindowClosed(modelId, batchId, b.finalizesAt);
        b.status = BatchStatus.Disputed;
        uint96 bond = disputeBond;
        disputeId = ++disputeCount;
        _disputes[disputeId] = Dispute({
            challenger: msg.sender,
            bond: bond,
            // forge-lint: disable-next-line(unsafe-typecast) held batches have uint64 ids and models
            modelId: uint64(modelId),
            // forge-lint: disable-next-line(unsafe-typecast)
            batchId: uint64(batchId),
            status: DisputeStatus.Open
        });
        bondsHeld += bond;
        emit DisputeOpened(disputeId, modelId, batchId, msg.sender, bond, evidenceURI);
        ExactTransfer.pullExact(IERC20(token), msg.sender, address(this), bond);
    }

    // ------------------------------------------------------------------ governance

    /// @inheritdoc ISettlementGuard
    function resolveDispute(uint256 disputeId, bool upheld) external onlyOwner {
        Dispute storage d = _disputes[disputeId];
        if (d.status != DisputeStatus.Open) revert DisputeNotOpen(disputeId, d.status);
        (uint256 modelId, uint256 batchId, uint256 bond) = (d.modelId, d.batchId, d.bond);
        bondsHeld -= bond;
        Batch storage b = _batches[modelId][batchId];
        if (upheld) {
            d.status = DisputeStatus.Upheld;
            // Another dispute or governance may have voided it already (directly or as a later batch).
            if (_live(b.status)) _void(modelId, batchId, address(this));
            uint256 reserve = IERC20(token).balanceOf(address(this)) - bondsHeld - bond;
            uint256 paid = bond + (challengerReward < reserve ? challengerReward : reserve);
            emit DisputeResolved(disputeId, true, paid, 0);
            IERC20(token).safeTransfer(d.challenger, paid);
        } else {
            d.status = DisputeStatus.Rejected;
            if (b.status == BatchStatus.Disputed) b.status = BatchStatus.Pending;
            emit DisputeResolved(disputeId, false, 0, bond);
            IERC20(token).safeTransfer(IRewardVault(vault).treasury(), bond);
        }
    }

    /// @inheritdoc ISettlementGuard
    function voidBatch(uint256 modelId, uint256 batchId) external onlyOwner {
        BatchStatus status = _batches[modelId][batchId].status;
        if (!_live(status)) revert InvalidBatchStatus(modelId, batchId, status);
        _void(modelId, batchId, msg.sender);
    }

    /// @inheritdoc ISettlementGuard
    function setChallengeWindow(uint40 window) external onlyOwner {
        _setChallengeWindow(window);
    }

    /// @inheritdoc ISettlementGuard
    function setDisputeBond(uint96 bond) external onlyOwner {
        _setDisputeBond(bond);
    }

    /// @inheritdoc ISettlementGuard
    function setChallengerReward(uint96 reward) external onlyOwner {
        _setChallengerReward(reward);
    }

    // ------------------------------------------------------------------ views

    /// @inheritdoc ISettlementGuard
    function batch(uint256 modelId, uint256 batchId) external view returns (Batch memory) {
        return _batches[modelId][batchId];
    }

    /// @inheritdoc ISettlementGuard
    function queue(uint256 modelId) external view returns (Queue memory) {
        return _queues[modelId];
    }

    /// @inheritdoc ISettlementGuard
    function dispute(uint256 disputeId) external view returns (Dispute memory) {
        return _disputes[disputeId];
    }

    /// @inheritdoc ISettlementGuard
    function rewardReserve() external view returns (uint256) {
        return IERC20(token).balanceOf(address(this)) - bondsHeld;
    }

    // ------------------------------------------------------------------ internals

    /// @dev Voids batch `batchId` (live) and every later live batch of the model, then points the queue's latest
    /// root at the last live batch before them, or at the vault's claimable root if none is left.
    function _void(uint256 modelId, uint256 batchId, address by) private {
        Queue storage q = _queues[modelId];
        mapping(uint256 => Batch) storage batches = _batches[modelId];
        // Live batches all lie in [next, end): finalize never moves `next` past one.
        uint256 end = q.end;
        for (uint256 j = batchId; j < end; ++j) {
            if (_live(batches[j].status)) {
                batches[j].status = BatchStatus.Voided;
                emit BatchVoided(modelId, j, by);
            }
        }
        for (uint256 j = batchId; j > q.next; --j) {
            if (_live(batches[j - 1].status)) {
                q.latestRoot = batches[j - 1].payoutRoot;
                return;
            }
        }
        q.latestRoot = IRewardVault(vault).payoutRoot(modelId);
    }

    function _live(BatchStatus status) private pure returns (bool) {
        return status == BatchStatus.Pending || status == BatchStatus.Disputed;
    }

    function _setChallengeWindow(uint40 window) private {
        if (window > MAX_CHALLENGE_WINDOW) revert InvalidChallengeWindow(window);
        challengeWindow = window;
        emit ChallengeWindowUpdated(window);
    }

    function _setDisputeBond(uint96 bond) private {
        if (bond == 0) revert InvalidDisputeBond(bond);
        disputeBond = bond;
        emit DisputeBondUpdated(bond);
    }

    function _setChallengerReward(uint96 reward) private {
        challengerReward = reward;
        emit ChallengerRewardUpdated(reward);
    }
}
