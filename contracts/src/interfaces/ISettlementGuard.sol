// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title ISettlementGuard
/// @notice The RewardVault's challenge window. Once governance makes this contract the vault's settlement guard,
/// every settled batch waits here for `challengeWindow` before anyone can have it finalized (booked by the vault:
/// its payout root becomes claimable, its shares credited). Within the window anyone can dispute a batch by
/// posting a bond in OPEN, which freezes it until governance resolves the dispute: upheld, the batch is voided
/// and the challenger gets the bond back plus a reward; rejected, the bond goes to the treasury and the batch
/// can finalize. Governance can also void any batch that is not final. Voiding a batch voids every later batch
/// of the model still held (each builds on the one before), and a voided batch's requests return to Pending in
/// the vault (`release`) for re-settlement.
/// @dev Batches of a model finalize in order; a disputed one holds back the ones after it.
interface ISettlementGuard {
    /// @notice Pending: waiting out (or past) its window. Disputed: frozen by an open dispute. Finalized: booked
    /// by the vault. Voided: withdrawn; its requests wait for `release`. Released: voided, requests Pending again.
    enum BatchStatus {
        None,
        Pending,
        Disputed,
        Finalized,
        Voided,
        Released
    }

    enum DisputeStatus {
        None,
        Open,
        Upheld,
        Rejected
    }

    /// @notice A batch as the vault handed it over at settlement (four storage slots).
    /// @param payoutRoot the model's payout root after this batch
    /// @param requestsHash keccak256(abi.encodePacked(requestIds)) of the batch
    /// @param owner the model owner at settlement, credited the owner share
    /// @param finalizesAt when the challenge window ends
    /// @param ownerBps the fee split's owner share at settlement (the vault recomputes the shares from these)
    /// @param validatorsBps the fee split's validator share at settlement
    struct Batch {
        bytes32 payoutRoot;
        bytes32 requestsHash;
        address owner;
        uint40 finalizesAt;
        BatchStatus status;
        uint16 ownerBps;
        uint16 validatorsBps;
        uint96 feeTotal;
        uint96 distributed;
    }

    /// @notice A model's batches held here: [next, end) are not yet decided in order.
    /// @param latestRoot the root of the last live (pending or disputed) batch, or of the last final one when
    /// only voided batches are left
    struct Queue {
        uint64 next;
        uint64 end;
        bytes32 latestRoot;
    }

    struct Dispute {
        address challenger;
        uint96 bond;
        uint64 modelId;
        uint64 batchId;
        DisputeStatus status;
    }

    // ------------------------------------------------------------------ errors

    error ZeroAddress();
    error NotVault(address caller);
    error TooManyPendingBatches(uint256 modelId, uint256 pending);
    /// @notice The batch is not in a status the call accepts (see each function).
    error InvalidBatchStatus(uint256 modelId, uint256 batchId, BatchStatus status);
    error ChallengeWindowClosed(uint256 modelId, uint256 batchId, uint256 finalizesAt);
    error RequestsMismatch(uint256 modelId, uint256 batchId);
    error DisputeNotOpen(uint256 disputeId, DisputeStatus status);
    error InvalidChallengeWindow(uint256 window);
    error InvalidDisputeBond(uint256 bond);

    // ------------------------------------------------------------------ events

    event BatchQueued(uint256 indexed modelId, uint256 indexed batchId, uint256 finalizesAt);
    /// @param by the owner (timelock), or this contract on an upheld dispute
    event BatchVoided(uint256 indexed modelId, uint256 indexed batchId, address indexed by);
    event BatchReleased(uint256 indexed modelId, uint256 indexed batchId);
    event DisputeOpened(
        uint256 indexed disputeId,
        uint256 indexed modelId,
        uint256 indexed batchId,
        address challenger,
        uint256 bond,
        string evidenceURI
    );
    /// @param toChallenger bond and reward paid back (upheld), else 0
    /// @param toTreasury the forfeited bond (rejected), else 0
    event DisputeResolved(uint256 indexed disputeId, bool upheld, uint256 toChallenger, uint256 toTreasury);
    event ChallengeWindowUpdated(uint40 challengeWindow);
    event DisputeBondUpdated(uint96 bond);
    event ChallengerRewardUpdated(uint96 reward);

    // ------------------------------------------------------------------ vault

    /// @notice Holds a batch the vault just settled. Vault only.
    function enqueue(
        uint256 modelId,
        uint256 batchId,
        bytes32 payoutRoot,
        bytes32 requestsHash,
        address owner,
        uint256 feeTotal,
        uint256 distributed,
        uint16 ownerBps,
        uint16 validatorsBps
    ) external;

    /// @notice Whether batches of the model are held here, and the root the next settlement builds on if so.
    function head(uint256 modelId) external view returns (bool holds, bytes32 latestRoot);

    // ------------------------------------------------------------------ anyone

    /// @notice Has the vault book, in order, up to `maxBatches` of a model's batches whose window has passed,
    /// skipping voided ones and stopping at the first disputed or still inside its window.
    /// @return finalized how many batches were booked
    function finalize(uint256 modelId, uint256 maxBatches) external returns (uint256 finalized);

    /// @notice Returns a voided batch's requests (exactly its `requestIds`, in order, as in its `Settled` event)
    /// to Pending in the vault. InvalidBatchStatus unless the batch is Voided.
    function release(uint256 modelId, uint256 batchId, uint256[] calldata requestIds) external;

    /// @notice Disputes a Pending batch inside its window, pulling `disputeBond` OPEN (approved to this
    /// contract) from the caller and freezing the batch until governance resolves the dispute.
    /// @param evidenceURI where the challenger's evidence lives (e.g. the audit tool's report)
    function openDispute(uint256 modelId, uint256 batchId, string calldata evidenceURI)
        external
        returns (uint256 disputeId);

    // ------------------------------------------------------------------ governance

    /// @notice Upheld: voids the disputed batch (and the later ones) unless already void, and pays the challenger
    /// the bond plus `challengerReward` (as far as the reward reserve allows). Rejected: the bond goes to the
    /// vault's treasury and the batch may finalize. Owner (timelock) only.
    function resolveDispute(uint256 disputeId, bool upheld) external;

    /// @notice Voids a Pending or Disputed batch and every later live batch of the model. Owner only.
    function voidBatch(uint256 modelId, uint256 batchId) external;

    /// @notice Sets the challenge window (0..MAX_CHALLENGE_WINDOW) of batches queued from now on. Owner only.
    function setChallengeWindow(uint40 challengeWindow) external;

    /// @notice Sets the bond a dispute takes (non-zero). Owner only.
    function setDisputeBond(uint96 bond) external;

    /// @notice Sets the reward an upheld dispute pays on top of the bond. Owner only.
    function setChallengerReward(uint96 reward) external;

    // ------------------------------------------------------------------ views

    /// @notice The RewardVault whose settlements this contract holds.
    function vault() external view returns (address);

    /// @notice The OPEN token bonds and rewards are paid in.
    function token() external view returns (address);

    /// @notice Seconds a queued batch waits before it can be finalized.
    function challengeWindow() external view returns (uint40);

    /// @notice OPEN a dispute locks until it is resolved.
    function disputeBond() external view returns (uint96);

    /// @notice OPEN an upheld dispute pays on top of the bond, from the reward reserve.
    function challengerReward() external view returns (uint96);

    /// @notice A batch the guard holds or held (status None: never queued here).
    function batch(uint256 modelId, uint256 batchId) external view returns (Batch memory);

    /// @notice A model's queue of held batches.
    function queue(uint256 modelId) external view returns (Queue memory);

    /// @notice A dispute (ids start at 1).
    function dispute(uint256 disputeId) external view returns (Dispute memory);

    /// @notice Number of disputes ever opened (the last dispute id).
    function disputeCount() external view returns (uint256);

    /// @notice Bonds of open disputes, held here.
    function bondsHeld() external view returns (uint256);

    /// @notice OPEN available for challenger rewards: this contract's balance beyond the bonds it holds.
    function rewardReserve() external view returns (uint256);
}
