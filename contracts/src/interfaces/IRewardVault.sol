// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title IRewardVault
/// @notice Holds inference fees per model and epoch, accepts proof-verified settlements of batches of
/// requests, and pays contributors against the cumulative payout tree of each model.
/// @dev Fee split (basis points, governance-set; defaults 7,000 contributors, 1,500 model owner, 1,000
/// validators, 500 treasury) is applied when a batch is settled. The contributors' share of a batch is
/// Σ floor(fee_i · contributorsBps / 10,000); what the proof does not distribute of it (rounding dust,
/// inferences with no positive score) goes to the treasury, as do the other shares' rounding remainders.
/// Once governance sets a settlement guard (ISettlementGuard), a settled batch waits out the guard's challenge
/// window before it is final: until then its payout root is not claimable (claims use the last finalized root)
/// and nothing is credited; governance can void it (with every later batch of the model, which builds on it),
/// and its requests then return to Pending for re-settlement. Without a guard a batch is final at settlement.
/// A contributor the DatanetRegistry reports as penalized in the model's datanet is paid `penaltyMultiplierBps`
/// of each claim; the rest goes to the treasury.
interface IRewardVault {
    enum RequestStatus {
        None,
        Pending,
        Settled
    }

    /// @notice A paid inference request as the vault holds it.
    struct Request {
        uint64 modelId;
        uint64 epoch;
        uint96 fee;
        RequestStatus status;
    }

    /// @notice Basis points of each fee; must add up to 10,000.
    struct FeeSplit {
        uint16 contributorsBps;
        uint16 ownerBps;
        uint16 validatorsBps;
        uint16 treasuryBps;
    }

    /// @notice One batch of requests of one model and one closed epoch, with its proven result.
    /// @param requestIds the batch's requests (1..MAX_BATCH, each pending, of this model and epoch)
    /// @param inferenceCommitment commitment to the batch's inference gradients (the proof opens it)
    /// @param newPayoutRoot root of the model's cumulative payout tree after this batch
    /// @param distributed how much this batch adds to the tree's cumulative amounts in total
    struct Settlement {
        uint256 modelId;
        uint64 epoch;
        uint256[] requestIds;
        bytes32 inferenceCommitment;
        bytes32 newPayoutRoot;
        uint256 distributed;
    }

    /// @notice One leaf of a model's payout tree, with its Merkle path.
    /// @param index the contribution's accepted index in the model's datanet (the leaf position)
    /// @param cumulative everything ever owed to this leaf for the model
    struct PayoutLeaf {
        uint64 index;
        uint256 cumulative;
        bytes32[] proof;
    }

    // ------------------------------------------------------------------ errors

    error ZeroAddress();
    error NotModelRegistry(address caller);
    error NotOracle(address caller);
    error UnknownRequest(uint256 requestId);
    error RequestNotPending(uint256 requestId, RequestStatus status);
    error RequestModelMismatch(uint256 requestId, uint256 modelId);
    error RequestEpochMismatch(uint256 requestId, uint256 epoch);
    error EpochNotClosed(uint256 epoch, uint256 currentEpoch);
    error EmptyBatch();
    error BatchTooLarge(uint256 count, uint256 max);
    error ZeroRoot();
    error DistributedExceedsShare(uint256 distributed, uint256 contributorShare);
    error ProofRejected(uint256 modelId, uint256 batchId);
    error InvalidFeeSplit(uint256 totalBps);
    error InvalidEpochLength(uint256 epochLength);
    error NothingToClaim(uint256 modelId, address account);
    error LeafIndexOutOfRange(uint256 index, uint256 contributionCount);
    error InvalidPayoutProof(uint256 modelId, uint256 index);
    error ClaimExceedsCredit(uint256 modelId, uint256 claimed, uint256 credit);
    error SignatureExpired(uint256 deadline);
    error InvalidSignature(address account);
    error NothingToWithdraw(address account);
    error NoValidators(uint256 datanetId);
    error NotDatanetRegistry(address caller);
    error NotSettlementGuard(address caller);
    error SettlementGuardAlreadySet(address guard);
    error InvalidPenaltyMultiplier(uint256 bps);

    // ------------------------------------------------------------------ events

    event FeeDeposited(
        uint256 indexed requestId, uint256 indexed modelId, address indexed payer, uint96 fee, uint64 epoch
    );
    event Settled(
        uint256 indexed modelId,
        uint256 indexed batchId,
        uint64 indexed epoch,
        address oracle,
        uint256[] requestIds,
        bytes32 inferenceCommitment,
        bytes32 previousPayoutRoot,
        bytes32 newPayoutRoot,
        uint256 feeTotal,
        uint256 distributed
    );
    /// @notice How a settled batch's fees were divided; `treasuryShare` includes every rounding remainder
    /// and the contributors' share the proof did not distribute.
    event SettlementSplit(
        uint256 indexed modelId,
        uint256 indexed batchId,
        uint256 contributorShare,
        address owner,
        uint256 ownerShare,
        uint256 indexed datanetId,
        uint256 validatorShare,
        uint256 treasuryShare
    );
    /// @notice A batch became final: `payoutRoot` is now claimable and its shares are credited. Emitted in
    /// `settle` when there is no settlement guard, else when the guard finalizes the batch.
    event BatchFinalized(uint256 indexed modelId, uint256 indexed batchId, bytes32 payoutRoot);
    /// @notice A voided batch's requests are Pending again, to be settled anew (their fees never left
    /// `unsettledFees`).
    event RequestsReopened(uint256 indexed modelId, uint256 indexed batchId, uint256[] requestIds);
    /// @notice A penalized contributor's claim: `owed` left the payout tree, `withheld` of it went to the
    /// treasury and the rest to the recipient (the amount of the `Claimed` event).
    event PenaltyWithheld(uint256 indexed modelId, address indexed account, uint256 owed, uint256 withheld);
    event PenaltyStatusUpdated(uint256 indexed datanetId, address indexed account, bool penalized);
    event SettlementGuardSet(address indexed guard);
    event PenaltyMultiplierUpdated(uint16 penaltyMultiplierBps);
    event PayoutLeafClaimed(uint256 indexed modelId, uint64 indexed index, uint256 cumulative, uint256 amount);
    event Claimed(uint256 indexed modelId, address indexed account, address indexed recipient, uint256 amount);
    event ValidatorRewardsDistributed(
        uint256 indexed datanetId, uint256 validatorCount, uint256 perValidator, uint256 remainder
    );
    event Credited(address indexed account, uint256 amount);
    event Withdrawn(address indexed account, address indexed to, uint256 amount);
    event FeeSplitUpdated(FeeSplit split);
    event EpochLengthUpdated(uint64 epochLength, uint64 currentEpoch);
    event VerifierUpdated(address indexed verifier, bytes32 verifyingKeyHash);
    event TreasuryUpdated(address indexed treasury);

    // ------------------------------------------------------------------ fees

    /// @notice Pulls an inference fee from `payer` (who approved this vault) and records the request under the
    /// next request id. ModelRegistry only.
    /// @return requestId the request's id (ids start at 1)
    /// @return epoch the epoch the fee belongs to
    function depositFee(uint256 modelId, address payer, uint96 fee) external returns (uint256 requestId, uint64 epoch);

    // ------------------------------------------------------------------ settlement

    /// @notice Settles a batch: checks its requests, has the verifier check the proof against
    /// `publicInputs(s)`, advances the model's payout root and credits the other fee shares. Oracle only.
    /// @return batchId the batch's number within the model (0, 1, ...)
    function settle(Settlement calldata s, bytes calldata proof) external returns (uint256 batchId);

    /// @notice The public inputs a proof for `s` must satisfy, as `settle` would pass them to the verifier:
    /// [chainId, vault, modelId, batchId, gradientCommitment, inferenceCommitment, feeTotal,
    /// contributorShare, previousPayoutRoot, newPayoutRoot, distributed, requestsDigest, shares_0|1, ...]
    /// where requestsDigest = keccak256(abi.encodePacked(requestIds)) >> 3 and each of the last
    /// ceil(n/2) words packs two requests' contributor shares floor(fee_i * contributorsBps / 10,000), in
    /// request order: share_{2j} in bits 0..95, share_{2j+1} in bits 96..191 (docs/proof.md). Reverts as
    /// `settle` would on a request that cannot be settled.
    function publicInputs(Settlement calldata s) external view returns (uint256[] memory);

    /// @notice Books a batch the settlement guard found final: its root becomes the model's claimable root and
    /// its shares are credited, computed from the split at settlement as `settle` computed them (the treasury
    /// gets what the others do not). Settlement guard only.
    function finalizeBatch(
        uint256 modelId,
        uint256 batchId,
        bytes32 payoutRoot,
        address owner,
        uint256 feeTotal,
        uint256 distributed,
        uint16 ownerBps,
        uint16 validatorsBps
    ) external;

    /// @notice Returns the requests of a batch the guard voided to Pending. Settlement guard only (it checked
    /// them against the batch it queued).
    function reopenRequests(uint256 modelId, uint256 batchId, uint256[] calldata requestIds) external;

    // ------------------------------------------------------------------ claims

    /// @notice Claims everything owed to the caller for a model over the given leaves, to the caller.
    /// @return amount OPEN paid (after the penalty, if the caller is penalized in the model's datanet)
    function claim(uint256 modelId, PayoutLeaf[] calldata leaves) external returns (uint256 amount);

    /// @notice Claims for `account` to `recipient`, authorised by `account`'s EIP-712 signature over
    /// Claim(uint256 modelId,address account,address recipient,uint256 nonce,uint256 deadline).
    function claimFor(
        uint256 modelId,
        address account,
        address recipient,
        PayoutLeaf[] calldata leaves,
        uint256 deadline,
        bytes calldata signature
    ) external returns (uint256 amount);

    /// @notice Splits a datanet's validator pool equally among its current validators' balances; the
    /// remainder stays in the pool. Anyone may call.
    function distributeValidatorRewards(uint256 datanetId) external;

    /// @notice Withdraws the caller's credited balance (model-owner, validator or treasury shares) to `to`.
    function withdraw(address to) external returns (uint256 amount);

    // ------------------------------------------------------------------ views

    function token() external view returns (address);

    function request(uint256 requestId) external view returns (Request memory);

    /// @notice The model's claimable payout root: that of its last finalized batch.
    function payoutRoot(uint256 modelId) external view returns (bytes32);

    function batchCount(uint256 modelId) external view returns (uint256);

    /// @notice The contract that queues settled batches for their challenge window (zero: none, batches are
    /// final at settlement).
    function settlementGuard() external view returns (address);

    /// @notice Basis points of each claim a penalized contributor receives.
    function penaltyMultiplierBps() external view returns (uint16);

    /// @notice Whether the registry reported `account` as penalized in `datanetId`.
    function isPenalized(uint256 datanetId, address account) external view returns (bool);

    /// @notice What has been paid out of a payout leaf so far.
    function claimedAt(uint256 modelId, uint256 index) external view returns (uint256);

    /// @notice Total the proofs distributed to a model's contributors, and total claimed of it.
    function contributorCredit(uint256 modelId) external view returns (uint256 credited, uint256 claimed);

    function balanceOf(address account) external view returns (uint256);

    function validatorPool(uint256 datanetId) external view returns (uint256);

    /// @notice Fees deposited for requests not yet finalized, over all models: pending requests and the batches
    /// the settlement guard holds (awaiting their challenge window, or voided and not yet reopened).
    function unsettledFees() external view returns (uint256);

    /// @notice Number of inference requests ever made (the last request id).
    function requestCount() external view returns (uint256);

    function feeSplit() external view returns (FeeSplit memory);

    function epochLength() external view returns (uint64);

    function currentEpoch() external view returns (uint64);

    function verifier() external view returns (address);

    function treasury() external view returns (address);

    function claimNonce(address account) external view returns (uint256);

    // ------------------------------------------------------------------ governance

    /// @notice Sets the fee split; basis points must add up to 10,000. Owner (timelock) only.
    function setFeeSplit(FeeSplit calldata split) external;

    /// @notice Sets the epoch length (1 hour .. 365 days) from the current epoch on. Owner only.
    function setEpochLength(uint64 epochLength) external;

    /// @notice Sets the score verifier. Owner only.
    function setVerifier(address verifier) external;

    /// @notice Sets the treasury account credited with the treasury share. Owner only.
    function setTreasury(address treasury) external;

    /// @notice Sets the settlement guard. Owner only, once: batches it holds are booked only through it.
    function setSettlementGuard(address guard) external;

    /// @notice Sets the share of a claim a penalized contributor receives (0..10,000 basis points). Owner only.
    function setPenaltyMultiplier(uint16 penaltyMultiplierBps) external;
}
