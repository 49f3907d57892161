// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title IDatanetRegistry
/// @notice Community datasets ("datanets"): contributions, quotas, validation by a quorum of validators,
/// an accumulator over accepted contributions and acceptance-based contributor reputation.
/// @dev Every state change emits an event; the indexer rebuilds the registry from events alone.
interface IDatanetRegistry {
    /// @notice What a datanet holds; the oracle checks uploads against it.
    enum Kind {
        Text,
        Image,
        Audio,
        Tabular
    }

    /// @notice Lifecycle of a contribution. Pending until one side of the vote reaches quorum.
    enum Status {
        None,
        Pending,
        Accepted,
        Rejected
    }

    /// @notice Who manages a datanet's validator set and how its votes count.
    /// @dev Owner: the datanet owner adds and removes validators; one validator, one vote; `quorum` counts votes
    /// (1..validatorCount). Staked: validators join and leave by staking OPEN in the registry's validator
    /// manager (ValidatorStaking), which alone adds and removes them; one validator, one vote; `quorum` counts
    /// votes (1..MAX_VALIDATORS) and may exceed the current set while validators are scarce. StakeWeighted: as
    /// Staked, but a vote weighs the validator's active stake and `quorum` is in basis points (1..10,000) of the
    /// datanet's total active stake at the time of the vote. A datanet that leaves Owner mode never returns to it:
    /// its validators staked on the rule that only their stake decides membership.
    enum ValidatorMode {
        Owner,
        Staked,
        StakeWeighted
    }

    /// @notice Per-datanet upload limits, counted per UTC day (block.timestamp / 1 days).
    /// @dev Defaults: 20 files and 10,000,000 bytes per contributor per day, 10,000,000 bytes per datanet per day.
    struct Quota {
        uint32 filesPerContributorPerDay;
        uint64 bytesPerContributorPerDay;
        uint64 bytesPerDatanetPerDay;
    }

    /// @notice Parameters of `createDatanet`.
    /// @param metadataURI where the datanet's description lives (non-empty)
    /// @param kind what the datanet holds
    /// @param bond OPEN each contribution locks until it is validated (0 for none)
    /// @param forfeitBondOnReject true: a rejected contribution's bond goes to the treasury; false: it is returned
    /// @param validators initial validator set (1..MAX_VALIDATORS distinct non-zero addresses)
    /// @param quorum votes one side needs to finalize (1..validators.length)
    struct DatanetParams {
        string metadataURI;
        Kind kind;
        uint96 bond;
        bool forfeitBondOnReject;
        address[] validators;
        uint16 quorum;
    }

    /// @notice A datanet's stored state.
    struct Datanet {
        address owner;
        Kind kind;
        bool forfeitBondOnReject;
        uint16 quorum;
        uint16 validatorCount;
        uint96 bond;
        uint64 contributionCount;
        uint64 acceptedCount;
        bytes32 accumulator;
        Quota quota;
    }

    /// @notice A contribution's stored state. The URI lives in the `ContributionSubmitted` event only.
    struct Contribution {
        address contributor;
        uint32 datanetId;
        uint32 size;
        Status status;
        uint8 accepts;
        uint8 rejects;
        bytes32 contentHash;
        uint64 acceptedIndex;
        uint96 bond;
    }

    /// @notice A contributor's counters in one datanet.
    struct Reputation {
        uint64 submitted;
        uint64 accepted;
        uint64 rejected;
    }

    // ------------------------------------------------------------------ errors

    error EmptyURI();
    error ZeroHash();
    error ZeroAddress();
    error ZeroSize();
    error UnknownDatanet(uint256 datanetId);
    error UnknownContribution(uint256 contributionId);
    error NotDatanetOwner(uint256 datanetId, address caller);
    error NotValidator(uint256 datanetId, address caller);
    error AlreadyValidator(uint256 datanetId, address validator);
    error TooManyValidators(uint256 count, uint256 max);
    error InvalidQuorum(uint256 quorum, uint256 validatorCount);
    error AlreadyVoted(uint256 contributionId, address validator);
    error NotPending(uint256 contributionId, Status status);
    error ContributionTooLarge(uint256 size, uint256 max);
    error ContributorFileQuotaExceeded(uint256 datanetId, address contributor, uint256 files, uint256 limit);
    error ContributorByteQuotaExceeded(uint256 datanetId, address contributor, uint256 bytesUsed, uint256 limit);
    error DatanetByteQuotaExceeded(uint256 datanetId, uint256 bytesUsed, uint256 limit);
    error InvalidQuota();
    error AcceptedCountOutOfRange(uint256 datanetId, uint256 count, uint256 acceptedCount);
    error AcceptedIndexOutOfRange(uint256 datanetId, uint256 acceptedIndex, uint256 acceptedCount);
    error NotValidatorManager(uint256 datanetId, address caller);
    error ValidatorManagerUnset();
    error ValidatorManagerAlreadySet(address manager);
    error PenaltySinkAlreadySet(address sink);
    error ValidatorModeLocked(uint256 datanetId);
    error InvalidWeightQuorum(uint256 quorumBps);
    error InvalidPenaltyPolicy(uint256 thresholdBps, uint256 minDecided);

    // ------------------------------------------------------------------ events

    event DatanetCreated(
        uint256 indexed datanetId,
        address indexed owner,
        Kind kind,
        string metadataURI,
        uint96 bond,
        bool forfeitBondOnReject,
        uint16 quorum
    );
    event DatanetMetadataUpdated(uint256 indexed datanetId, string metadataURI);
    event DatanetOwnerChanged(uint256 indexed datanetId, address indexed previousOwner, address indexed newOwner);
    event QuotaUpdated(uint256 indexed datanetId, Quota quota);
    event ValidatorAdded(uint256 indexed datanetId, address indexed validator);
    event ValidatorRemoved(uint256 indexed datanetId, address indexed validator);
    event QuorumUpdated(uint256 indexed datanetId, uint16 quorum);
    event ContributionSubmitted(
        uint256 indexed contributionId,
        uint256 indexed datanetId,
        address indexed contributor,
        bytes32 contentHash,
        uint32 size,
        string uri,
        uint96 bond
    );
    event ContributionVoted(
        uint256 indexed contributionId, address indexed validator, bool accept, uint8 accepts, uint8 rejects
    );
    /// @param acceptedIndex stable index among the datanet's accepted contributions (accepted only)
    /// @param accumulator the datanet's accumulator after this contribution (accepted only; else unchanged)
    event ContributionFinalized(
        uint256 indexed contributionId,
        uint256 indexed datanetId,
        address indexed contributor,
        Status status,
        uint64 acceptedIndex,
        bytes32 accumulator
    );
    /// @param toTreasury true when the bond was forfeited to the treasury, false when returned to the contributor
    event BondSettled(uint256 indexed contributionId, address indexed to, uint96 amount, bool toTreasury);
    /// @notice Emitted whenever a contributor's counters change; `score` is `reputationScore` after the change.
    event ReputationUpdated(
        uint256 indexed datanetId,
        address indexed contributor,
        uint64 submitted,
        uint64 accepted,
        uint64 rejected,
        uint256 score
    );
    event TreasuryUpdated(address indexed treasury);
    event ValidatorManagerSet(address indexed manager);
    event PenaltySinkSet(address indexed sink);
    event ValidatorModeUpdated(uint256 indexed datanetId, ValidatorMode mode, uint16 quorum);
    /// @notice A vote in a StakeWeighted datanet: the voter's stake and both sides' weight after it, next to the
    /// datanet's total active stake it was measured against. Emitted after `ContributionVoted`.
    event WeightedVote(
        uint256 indexed contributionId,
        address indexed validator,
        bool accept,
        uint256 weight,
        uint256 acceptWeight,
        uint256 rejectWeight,
        uint256 totalWeight
    );
    event PenaltyPolicyUpdated(uint16 thresholdBps, uint32 minDecided);
    /// @notice A contributor crossed the penalty threshold of a datanet, in either direction.
    event PenaltyStatusChanged(uint256 indexed datanetId, address indexed contributor, bool penalized);
    event DefaultQuotaUpdated(Quota quota);

    // ------------------------------------------------------------------ datanets

    /// @notice Creates a datanet owned by the caller, with the default quota.
    /// @return datanetId the new datanet's id (ids start at 1)
    function createDatanet(DatanetParams calldata params) external returns (uint256 datanetId);

    /// @notice Replaces a datanet's metadata URI. Datanet owner only.
    function setMetadataURI(uint256 datanetId, string calldata metadataURI) external;

    /// @notice Hands a datanet to a new owner. Datanet owner only.
    function setDatanetOwner(uint256 datanetId, address newOwner) external;

    /// @notice Sets a datanet's upload limits. Datanet owner only; every field must be non-zero.
    function setQuota(uint256 datanetId, Quota calldata quota) external;

    /// @notice Adds a validator. Datanet owner only in Owner mode; the validator manager only otherwise.
    function addValidator(uint256 datanetId, address validator) external;

    /// @notice Removes a validator. Datanet owner only in Owner mode, where the quorum must still be reachable
    /// afterwards; the validator manager only otherwise, with no quorum check (leaving must always be possible).
    function removeValidator(uint256 datanetId, address validator) external;

    /// @notice Sets what finalizes a contribution: same-side votes (Owner, Staked) or basis points of the total
    /// stake (StakeWeighted); see `ValidatorMode` for the bounds. Datanet owner only.
    function setQuorum(uint256 datanetId, uint16 quorum) external;

    /// @notice Switches a datanet's validator mode and sets the quorum for it. Datanet owner only. Leaving Owner
    /// mode removes every owner-appointed validator (stakers then join through the validator manager) and needs
    /// the validator manager set; returning to Owner mode reverts with ValidatorModeLocked.
    function setValidatorMode(uint256 datanetId, ValidatorMode mode, uint16 quorum) external;

    /// @notice Recomputes a contributor's penalty status under the current policy and reports it to the penalty
    /// sink (the RewardVault). Anyone may call; statuses also update on every finalized contribution.
    /// @return penalized the status after the call
    function syncPenalty(uint256 datanetId, address contributor) external returns (bool penalized);

    // ------------------------------------------------------------------ contributions

    /// @notice Submits a contribution (one uploaded file) to a datanet, locking the datanet's bond if any.
    /// @param contentHash sha256 of the file's bytes (non-zero); the oracle checks uploads against it
    /// @param size the file's size in bytes (non-zero, within the datanet's quota)
    /// @param uri where the file can be fetched (non-empty)
    /// @return contributionId the new contribution's id (ids start at 1, global across datanets)
    function contribute(uint256 datanetId, bytes32 contentHash, uint32 size, string calldata uri)
        external
        returns (uint256 contributionId);

    /// @notice Casts a validator's vote; the vote that brings one side to quorum finalizes the contribution.
    function vote(uint256 contributionId, bool accept) external;

    // ------------------------------------------------------------------ views

    /// @notice The OPEN token used for bonds.
    function token() external view returns (address);

    /// @notice Where forfeited bonds go.
    function treasury() external view returns (address);

    function datanet(uint256 datanetId) external view returns (Datanet memory);

    function contribution(uint256 contributionId) external view returns (Contribution memory);

    function isValidator(uint256 datanetId, address account) external view returns (bool);

    function validators(uint256 datanetId) external view returns (address[] memory);

    function hasVoted(uint256 contributionId, address validator) external view returns (bool);

    function reputation(uint256 datanetId, address contributor) external view returns (Reputation memory);

    /// @notice Acceptance-based score in basis points: 10,000 * accepted / (accepted + rejected + 2).
    /// @dev Pending uploads never change it, every rejection lowers it, and a new contributor starts at 0.
    function reputationScore(uint256 datanetId, address contributor) external view returns (uint256);

    /// @notice The datanet's accumulator after its first `count` accepted contributions (0 gives bytes32(0)).
    /// @dev accumulator_k = keccak256(abi.encode(accumulator_{k-1}, datanetId, k-1, contributionId, contributor,
    /// contentHash, size)), accumulator_0 = 0. Reverts with AcceptedCountOutOfRange past the accepted count.
    function accumulatorAt(uint256 datanetId, uint256 count) external view returns (bytes32);

    /// @notice The contribution id holding a given accepted index.
    /// @dev Reverts with AcceptedIndexOutOfRange unless `acceptedIndex` < acceptedCount.
    function acceptedContribution(uint256 datanetId, uint256 acceptedIndex) external view returns (uint256);

    /// @notice How a datanet's validator set is managed and its votes counted (Owner for an unknown datanet).
    function validatorMode(uint256 datanetId) external view returns (ValidatorMode);

    /// @notice Stake weight voted for each side of a contribution (StakeWeighted datanets; else zeros).
    function weightTally(uint256 contributionId) external view returns (uint256 acceptWeight, uint256 rejectWeight);

    /// @notice The contract that manages the validator sets of Staked and StakeWeighted datanets.
    function validatorManager() external view returns (address);

    /// @notice Where penalty statuses are pushed (the RewardVault, which applies them to claims).
    function penaltySink() external view returns (address);

    /// @notice Governance's penalty policy: a contributor with at least `minDecided` finalized contributions in a
    /// datanet is penalized there while rejected * 10,000 > thresholdBps * (accepted + rejected).
    function penaltyPolicy() external view returns (uint16 thresholdBps, uint32 minDecided);

    /// @notice The stored penalty status of a contributor in a datanet.
    function isPenalized(uint256 datanetId, address contributor) external view returns (bool);

    /// @notice The quota new datanets start with.
    function defaultQuota() external view returns (Quota memory);

    /// @notice Today's usage for a contributor (files, bytes) and for the datanet (bytes).
    function usageToday(uint256 datanetId, address contributor)
        external
        view
        returns (uint256 contributorFiles, uint256 contributorBytes, uint256 datanetBytes);

    // ------------------------------------------------------------------ governance

    /// @notice Sets the treasury that receives forfeited bonds. Owner (timelock) only.
    function setTreasury(address treasury) external;

    /// @notice Sets the validator manager (the ValidatorStaking contract). Owner only, once: validators stake on
    /// the manager being fixed.
    function setValidatorManager(address manager) external;

    /// @notice Sets the penalty sink (the RewardVault). Owner only, once.
    function setPenaltySink(address sink) external;

    /// @notice Sets the penalty policy (thresholdBps 0..10,000, where 10,000 never penalizes; minDecided >= 1).
    /// Owner only. Statuses follow on each contributor's next finalized contribution or `syncPenalty`.
    function setPenaltyPolicy(uint16 thresholdBps, uint32 minDecided) external;

    /// @notice Sets the quota new datanets start with; every field must be non-zero. Owner only. Existing
    /// datanets keep theirs (their owners set them).
    function setDefaultQuota(Quota calldata quota) external;
}
