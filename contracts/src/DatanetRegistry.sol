// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

import {IDatanetRegistry} from "./interfaces/IDatanetRegistry.sol";
import {IPenaltySink} from "./interfaces/IPenaltySink.sol";
import {IValidatorStaking} from "./interfaces/IValidatorStaking.sol";
import {ExactTransfer} from "./libraries/ExactTransfer.sol";
import {DatanetRegistryPolicy} from "./registry/DatanetRegistryPolicy.sol";

/// @title DatanetRegistry
/// @notice Community datasets ("datanets"): contributions under daily quotas, validation by a quorum of
/// validators with an optional OPEN bond, a running accumulator over accepted contributions that models
/// name their training set by, and acceptance-based contributor reputation.
/// @dev Storage is laid out for the hot path (`contribute`): one datanet slot read, one per-contributor
/// slot, one per-datanet counter slot, the global id slot and two fresh contribution slots.
/// Governance (`owner`, a timelock in production) chooses the treasury, the default quota, the penalty policy and
/// (once) the validator manager and penalty sink; each datanet is run by its own owner, who may hand its validator
/// set to stakers (see `ValidatorMode`).
contract DatanetRegistry is DatanetRegistryPolicy {
    using SafeERC20 for IERC20;

    /// @notice Most validators a datanet may have at once; also bounds the votes a contribution can need.
    uint256 public constant MAX_VALIDATORS = 32;

    /// @dev A datanet in three slots, grouped by which function touches them.
    struct DatanetStore {
        // Slot 0, read by owner functions and `vote`. `owner` is non-zero for every datanet that exists.
        address owner;
        Kind kind;
        bool forfeitBondOnReject;
        uint16 quorum;
        uint16 validatorCount;
        ValidatorMode validatorMode;
        // Slot 1, read (never written) by `contribute`. The quota fields are never zero, which is how
        // `contribute` tells that the datanet exists without reading slot 0. The bond is fixed at creation,
        // so a contribution's bond is its datanet's bond and is not stored a second time.
        uint96 bond;
        uint32 filesPerContributorPerDay;
        uint64 bytesPerContributorPerDay;
        uint64 bytesPerDatanetPerDay;
        // Slot 2, written by `contribute` (day, bytes, count) and by acceptance (acceptedCount).
        // uint32 days last until the year 11,000,000.
        uint32 usageDay;
        uint64 usageBytes;
        uint64 contributionCount;
        uint64 acceptedCount;
    }

    /// @dev One contributor in one datanet: today's usage, the reputation counters and the penalty status in a
    /// single slot (32 bytes), so a contribution writes one slot for both. 2^40 contributions per contributor and
    /// datanet cannot be reached at any gas price, so the counters are narrower than the uint64 they
    /// are reported as.
    struct AccountStore {
        uint32 day;
        uint32 files;
        uint64 bytesUsed;
        uint40 submitted;
        uint40 accepted;
        uint40 rejected;
        bool penalized;
    }

    /// @dev Stake voted for each side of a contribution of a StakeWeighted datanet.
    struct WeightTally {
        uint128 acceptWeight;
        uint128 rejectWeight;
    }

    /// @dev A contribution in two slots written by `contribute` and a third written only on acceptance.
    struct ContributionStore {
        address contributor;
        uint32 datanetId;
        uint32 size;
        Status status;
        uint8 accepts;
        uint8 rejects;
        bytes32 contentHash;
        uint64 acceptedIndex;
    }

    IERC20 private immutable _token;

    // Ids are handed out from 1, so 0 means "none"; both counters share a slot.
    uint32 private _datanetCount;
    uint64 private _contributionCount;

    mapping(uint256 datanetId => DatanetStore) private _datanets;
    mapping(uint256 contributionId => ContributionStore) private _contributions;
    mapping(uint256 datanetId => mapping(address contributor => AccountStore)) private _accounts;
    mapping(uint256 datanetId => address[]) private _validatorList;
    /// @dev Position in `_validatorList` plus one; 0 means "not a validator".
    mapping(uint256 datanetId => mapping(address validator => uint256)) private _validatorPosition;
    mapping(uint256 contributionId => mapping(address validator => bool)) private _voted;
    /// @dev accumulator after the first `count` accepted contributions; count 0 is never written (zero).
    mapping(uint256 datanetId => mapping(uint256 count => bytes32)) private _accumulators;
    mapping(uint256 datanetId => mapping(uint256 acceptedIndex => uint256 contributionId)) private _accepted;
    mapping(uint256 contributionId => WeightTally) private _weightTallies;

    /// @notice Deploys the registry.
    /// @param token_ the OPEN token bonds are paid in (non-zero)
    /// @param treasury_ where forfeited bonds go (non-zero)
    /// @param initialOwner the governance owner (non-zero)
    constructor(address token_, address treasury_, address initialOwner)
        DatanetRegistryPolicy(treasury_)
        Ownable(initialOwner)
    {
        if (token_ == address(0)) revert ZeroAddress();
        _token = IERC20(token_);
    }

    // ------------------------------------------------------------------ datanets

    /// @inheritdoc IDatanetRegistry
    function createDatanet(DatanetParams calldata params) external returns (uint256 datanetId) {
        if (bytes(params.metadataURI).length == 0) revert EmptyURI();
        uint256 count = params.validators.length;
        if (count > MAX_VALIDATORS) revert TooManyValidators(count, MAX_VALIDATORS);
        if (params.quorum == 0 || params.quorum > count) revert InvalidQuorum(params.quorum, count);

        datanetId = ++_datanetCount;
        DatanetStore storage d = _datanets[datanetId];
        d.owner = msg.sender;
        d.kind = params.kind;
        d.forfeitBondOnReject = params.forfeitBondOnReject;
        d.quorum = params.quorum;
        // forge-lint: disable-next-line(unsafe-typecast) at most MAX_VALIDATORS, checked above
        d.validatorCount = uint16(count);
        d.bond = params.bond;
        Quota memory quota = _defaultQuota;
        d.filesPerContributorPerDay = quota.filesPerContributorPerDay;
        d.bytesPerContributorPerDay = quota.bytesPerContributorPerDay;
        d.bytesPerDatanetPerDay = quota.bytesPerDatanetPerDay;
        // Makes the usage slot non-zero now, so the datanet's first contribution pays for a storage update
        // rather than for a fresh slot: the creator carries that one-time cost, not the first contributor.
        d.usageDay = uint32(block.timestamp / 1 days);

        emit DatanetCreated(
            datanetId,
            msg.sender,
            params.kind,
            params.metadataURI,
            params.bond,
            params.forfeitBondOnReject,
            params.quorum
        );
        emit QuotaUpdated(datanetId, quota);

        address[] storage list = _validatorList[datanetId];
        mapping(address => uint256) storage position = _validatorPosition[datanetId];
        for (uint256 i; i < count; ++i) {
            address validator = params.validators[i];
            if (validator == address(0)) revert ZeroAddress();
            if (position[validator] != 0) revert AlreadyValidator(datanetId, validator);
            list.push(validator);
            position[validator] = i + 1;
            emit ValidatorAdded(datanetId, validator);
        }
    }

    /// @inheritdoc IDatanetRegistry
    function setMetadataURI(uint256 datanetId, string calldata metadataURI) external {
        _onlyDatanetOwner(datanetId);
        if (bytes(metadataURI).length == 0) revert EmptyURI();
        emit DatanetMetadataUpdated(datanetId, metadataURI);
    }

    /// @inheritdoc IDatanetRegistry
    function setDatanetOwner(uint256 datanetId, address newOwner) external {
        DatanetStore storage d = _onlyDatanetOwner(datanetId);
        if (newOwner == address(0)) revert ZeroAddress();
        d.owner = newOwner;
        emit DatanetOwnerChanged(datanetId, msg.sender, newOwner);
    }

    /// @inheritdoc IDatanetRegistry
    /// @dev Usage already counted today stays counted: lowering a limit below today's usage blocks further
    /// uploads until the next day rather than rewriting history.
    function setQuota(uint256 datanetId, Quota calldata quota) external {
        DatanetStore storage d = _onlyDatanetOwner(datanetId);
        _checkQuota(quota);
        d.filesPerContributorPerDay = quota.filesPerContributorPerDay;
        d.bytesPerContributorPerDay = quota.bytesPerContributorPerDay;
        d.bytesPerDatanetPerDay = quota.bytesPerDatanetPerDay;
        emit QuotaUpdated(datanetId, quota);
    }

    /// @inheritdoc IDatanetRegistry
    /// @dev A validator that was removed and is added again keeps the votes it cast before, so it still
    /// cannot vote twice on the same contribution.
    function addValidator(uint256 datanetId, address validator) external {
        DatanetStore storage d = _onlyValidatorAdmin(datanetId);
        if (validator == address(0)) revert ZeroAddress();
        mapping(address => uint256) storage position = _validatorPosition[datanetId];
        if (position[validator] != 0) revert AlreadyValidator(datanetId, validator);
        uint256 count = d.validatorCount + 1;
        if (count > MAX_VALIDATORS) revert TooManyValidators(count, MAX_VALIDATORS);

        address[] storage list = _validatorList[datanetId];
        list.push(validator);
        position[validator] = count;
        // forge-lint: disable-next-line(unsafe-typecast) at most MAX_VALIDATORS, checked above
        d.validatorCount = uint16(count);
        emit ValidatorAdded(datanetId, validator);
    }

    /// @inheritdoc IDatanetRegistry
    /// @dev Votes the validator already cast keep counting towards pending contributions: they were valid
    /// when cast, and discarding them would let an owner reopen a vote by reshuffling the set.
    function removeValidator(uint256 datanetId, address validator) external {
        DatanetStore storage d = _onlyValidatorAdmin(datanetId);
        mapping(address => uint256) storage position = _validatorPosition[datanetId];
        uint256 pos = position[validator];
        if (pos == 0) revert NotValidator(datanetId, validator);
        uint256 remaining = d.validatorCount - 1;
        if (d.validatorMode == ValidatorMode.Owner && d.quorum > remaining) revert InvalidQuorum(d.quorum, remaining);

        // Swap-and-pop: move the last validator into the freed position.
        address[] storage list = _validatorList[datanetId];
        address last = list[remaining];
        if (last != validator) {
            list[pos - 1] = last;
            position[last] = pos;
        }
        list.pop();
        delete position[validator];
        // forge-lint: disable-next-line(unsafe-typecast) below the previous uint16 count
        d.validatorCount = uint16(remaining);
        emit ValidatorRemoved(datanetId, validator);
    }

    /// @inheritdoc IDatanetRegistry
    /// @dev Contributions already past the new quorum are not finalized retroactively; the next vote on the
    /// side that reached it finalizes them.
    function setQuorum(uint256 datanetId, uint16 quorum) external {
        DatanetStore storage d = _onlyDatanetOwner(datanetId);
        _checkQuorum(d, d.validatorMode, quorum);
        d.quorum = quorum;
        emit QuorumUpdated(datanetId, quorum);
    }

    /// @inheritdoc IDatanetRegistry
    /// @dev Votes already cast on pending contributions keep counting, as with `removeValidator`.
    function setValidatorMode(uint256 datanetId, ValidatorMode mode, uint16 quorum) external {
        DatanetStore storage d = _onlyDatanetOwner(datanetId);
        ValidatorMode current = d.validatorMode;
        if (current != ValidatorMode.Owner) {
            if (mode == ValidatorMode.Owner) revert ValidatorModeLocked(datanetId);
        } else if (mode != ValidatorMode.Owner) {
            if (validatorManager == address(0)) revert ValidatorManagerUnset();
            address[] storage list = _validatorList[datanetId];
            mapping(address => uint256) storage position = _validatorPosition[datanetId];
            for (uint256 i = list.length; i > 0; --i) {
                address validator = list[i - 1];
                list.pop();
                delete position[validator];
                emit ValidatorRemoved(datanetId, validator);
            }
            d.validatorCount = 0;
        }
        _checkQuorum(d, mode, quorum);
        (d.validatorMode, d.quorum) = (mode, quorum);
        emit ValidatorModeUpdated(datanetId, mode, quorum);
        emit QuorumUpdated(datanetId, quorum);
    }

    // ------------------------------------------------------------------ contributions

    /// @inheritdoc IDatanetRegistry
    /// @dev Days are UTC days, `block.timestamp / 1 days`. Quota errors report the usage the upload would
    /// have brought the day to, next to the limit it would have crossed.
    function contribute(uint256 datanetId, bytes32 contentHash, uint32 size, string calldata uri)
        external
        returns (uint256 contributionId)
    {
        if (contentHash == bytes32(0)) revert ZeroHash();
        if (size == 0) revert ZeroSize();
        if (bytes(uri).length == 0) revert EmptyURI();

        DatanetStore storage d = _datanets[datanetId];
        AccountStore memory acc = _chargeQuota(d, datanetId, size);

        contributionId = ++_contributionCount;
        ContributionStore storage c = _contributions[contributionId];
        c.contributor = msg.sender;
        // forge-lint: disable-next-line(unsafe-typecast) the datanet exists, so its id is at most a uint32 count
        c.datanetId = uint32(datanetId);
        c.size = size;
        c.status = Status.Pending;
        c.contentHash = contentHash;

        uint96 bond = d.bond;
        emit ContributionSubmitted(contributionId, datanetId, msg.sender, contentHash, size, uri, bond);
        emit ReputationUpdated(
            datanetId, msg.sender, acc.submitted, acc.accepted, acc.rejected, _score(acc.accepted, acc.rejected)
        );

        if (bond != 0) ExactTransfer.pullExact(_token, msg.sender, address(this), bond);
    }

    /// @inheritdoc IDatanetRegistry
    /// @dev Only the side being voted for is checked against the quorum, so a contribution finalizes
    /// exactly on the vote that brings that side to quorum. Votes cast by validators that were later
    /// removed keep counting; a removed validator cannot vote again. In a StakeWeighted datanet the side's
    /// stake is checked against the quorum's share of the total active stake now (the counts, capped at 255,
    /// are informative only).
    function vote(uint256 contributionId, bool accept) external {
        ContributionStore storage c = _contributions[contributionId];
        address contributor = c.contributor;
        if (contributor == address(0)) revert UnknownContribution(contributionId);
        uint256 datanetId = c.datanetId;
        if (_validatorPosition[datanetId][msg.sender] == 0) revert NotValidator(datanetId, msg.sender);
        if (c.status != Status.Pending) revert NotPending(contributionId, c.status);
        if (_voted[contributionId][msg.sender]) revert AlreadyVoted(contributionId, msg.sender);

        _voted[contributionId][msg.sender] = true;
        // Counting modes finalize a side at a quorum of at most 32 votes, so there the tallies never pass 32;
        // a StakeWeighted vote can gather more voters over time, so the counts saturate instead of overflowing.
        uint8 accepts = c.accepts;
        uint8 rejects = c.rejects;
        if (accept) {
            if (accepts < type(uint8).max) c.accepts = ++accepts;
        } else if (rejects < type(uint8).max) {
            c.rejects = ++rejects;
        }
        emit ContributionVoted(contributionId, msg.sender, accept, accepts, rejects);

        DatanetStore storage d = _datanets[datanetId];
        uint256 quorum = d.quorum;
        bool reached = d.validatorMode == ValidatorMode.StakeWeighted
            ? _weightReached(contributionId, datanetId, accept, quorum)
            : (accept ? accepts >= quorum : rejects >= quorum);
        if (reached) _finalize(contributionId, c, d, datanetId, contributor, accept);
    }

    /// @inheritdoc IDatanetRegistry
    function syncPenalty(uint256 datanetId, address contributor) external returns (bool penalized) {
        return _refreshPenalty(datanetId, contributor, _accounts[datanetId][contributor], true);
    }

    // ------------------------------------------------------------------ views

    /// @inheritdoc IDatanetRegistry
    function token() external view returns (address) {
        return address(_token);
    }

    /// @inheritdoc IDatanetRegistry
    /// @dev Reverts with UnknownDatanet for an id that was never created.
    function datanet(uint256 datanetId) external view returns (Datanet memory) {
        DatanetStore storage d = _datanets[datanetId];
        if (d.owner == address(0)) revert UnknownDatanet(datanetId);
        return Datanet({
            owner: d.owner,
            kind: d.kind,
            forfeitBondOnReject: d.forfeitBondOnReject,
            quorum: d.quorum,
            validatorCount: d.validatorCount,
            bond: d.bond,
            contributionCount: d.contributionCount,
            acceptedCount: d.acceptedCount,
            accumulator: _accumulators[datanetId][d.acceptedCount],
            quota: Quota(d.filesPerContributorPerDay, d.bytesPerContributorPerDay, d.bytesPerDatanetPerDay)
        });
    }

    /// @inheritdoc IDatanetRegistry
    /// @dev Reverts with UnknownContribution for an id that was never handed out. `bond` is what the
    /// contribution locked (its datanet's bond), whether or not it has been settled since.
    function contribution(uint256 contributionId) external view returns (Contribution memory) {
        ContributionStore storage c = _contributions[contributionId];
        if (c.contributor == address(0)) revert UnknownContribution(contributionId);
        return Contribution({
            contributor: c.contributor,
            datanetId: c.datanetId,
            size: c.size,
            status: c.status,
            accepts: c.accepts,
            rejects: c.rejects,
            contentHash: c.contentHash,
            acceptedIndex: c.acceptedIndex,
            bond: _datanets[c.datanetId].bond
        });
    }

    /// @inheritdoc IDatanetRegistry
    function isValidator(uint256 datanetId, address account) external view returns (bool) {
        return _validatorPosition[datanetId][account] != 0;
    }

    /// @inheritdoc IDatanetRegistry
    /// @dev In no particular order (removal moves the last validator into the freed position); empty for an
    /// unknown datanet.
    function validators(uint256 datanetId) external view returns (address[] memory) {
        return _validatorList[datanetId];
    }

    /// @inheritdoc IDatanetRegistry
    function validatorMode(uint256 datanetId) external view returns (ValidatorMode) {
        return _datanets[datanetId].validatorMode;
    }

    /// @inheritdoc IDatanetRegistry
    function weightTally(uint256 contributionId) external view returns (uint256 acceptWeight, uint256 rejectWeight) {
        WeightTally storage t = _weightTallies[contributionId];
        return (t.acceptWeight, t.rejectWeight);
    }

    /// @inheritdoc IDatanetRegistry
    function isPenalized(uint256 datanetId, address contributor) external view returns (bool) {
        return _accounts[datanetId][contributor].penalized;
    }

    /// @inheritdoc IDatanetRegistry
    function hasVoted(uint256 contributionId, address validator) external view returns (bool) {
        return _voted[contributionId][validator];
    }

    /// @inheritdoc IDatanetRegistry
    function reputation(uint256 datanetId, address contributor) external view returns (Reputation memory) {
        AccountStore storage a = _accounts[datanetId][contributor];
        return Reputation(a.submitted, a.accepted, a.rejected);
    }

    /// @inheritdoc IDatanetRegistry
    function reputationScore(uint256 datanetId, address contributor) external view returns (uint256) {
        AccountStore storage a = _accounts[datanetId][contributor];
        return _score(a.accepted, a.rejected);
    }

    /// @inheritdoc IDatanetRegistry
    /// @dev The encoded words are, in order: bytes32 previous accumulator, uint256 datanetId, uint256
    /// acceptedIndex (k-1), uint256 contributionId, address contributor, bytes32 contentHash and the size
    /// (uint32, padded to a word like the others): 7 words, 224 bytes.
    function accumulatorAt(uint256 datanetId, uint256 count) external view returns (bytes32) {
        uint256 acceptedCount = _datanets[datanetId].acceptedCount;
        if (count > acceptedCount) revert AcceptedCountOutOfRange(datanetId, count, acceptedCount);
        return _accumulators[datanetId][count];
    }

    /// @inheritdoc IDatanetRegistry
    /// @dev Reverts with AcceptedIndexOutOfRange unless `acceptedIndex` is below the accepted count.
    function acceptedContribution(uint256 datanetId, uint256 acceptedIndex) external view returns (uint256) {
        uint256 acceptedCount = _datanets[datanetId].acceptedCount;
        if (acceptedIndex >= acceptedCount) revert AcceptedIndexOutOfRange(datanetId, acceptedIndex, acceptedCount);
        return _accepted[datanetId][acceptedIndex];
    }

    /// @inheritdoc IDatanetRegistry
    function usageToday(uint256 datanetId, address contributor)
        external
        view
        returns (uint256 contributorFiles, uint256 contributorBytes, uint256 datanetBytes)
    {
        uint32 today = uint32(block.timestamp / 1 days);
        AccountStore storage a = _accounts[datanetId][contributor];
        if (a.day == today) (contributorFiles, contributorBytes) = (a.files, a.bytesUsed);
        DatanetStore storage d = _datanets[datanetId];
        if (d.usageDay == today) datanetBytes = d.usageBytes;
    }

    // ------------------------------------------------------------------ internals

    /// @dev Settles a contribution whose side just reached quorum: every state change and event first,
    /// the bond transfer last.
    function _finalize(
        uint256 contributionId,
        ContributionStore storage c,
        DatanetStore storage d,
        uint256 datanetId,
        address contributor,
        bool accepted
    ) private {
        AccountStore storage a = _accounts[datanetId][contributor];
        uint64 acceptedIndex;
        bytes32 accumulator;
        if (accepted) {
            (acceptedIndex, accumulator) = _accept(contributionId, c, d, datanetId);
            ++a.accepted;
        } else {
            c.status = Status.Rejected;
            accumulator = _accumulators[datanetId][d.acceptedCount];
            ++a.rejected;
        }
        emit ContributionFinalized(contributionId, datanetId, contributor, c.status, acceptedIndex, accumulator);
        (uint40 submitted, uint40 acceptedN, uint40 rejectedN) = (a.submitted, a.accepted, a.rejected);
        emit ReputationUpdated(datanetId, contributor, submitted, acceptedN, rejectedN, _score(acceptedN, rejectedN));
        _refreshPenalty(datanetId, contributor, a, false);

        uint96 bond = d.bond;
        if (bond != 0) {
            bool toTreasury = !accepted && d.forfeitBondOnReject;
            address to = toTreasury ? treasury : contributor;
            emit BondSettled(contributionId, to, bond, toTreasury);
            _token.safeTransfer(to, bond);
        }
    }

    /// @dev Marks a contribution accepted: gives it the next accepted index and extends the accumulator
    /// history by one link (see `accumulatorAt`).
    function _accept(uint256 contributionId, ContributionStore storage c, DatanetStore storage d, uint256 datanetId)
        private
        returns (uint64 acceptedIndex, bytes32 accumulator)
    {
        c.status = Status.Accepted;
        acceptedIndex = d.acceptedCount;
        d.acceptedCount = acceptedIndex + 1;
        c.acceptedIndex = acceptedIndex;
        _accepted[datanetId][acceptedIndex] = contributionId;
        mapping(uint256 => bytes32) storage history = _accumulators[datanetId];
        accumulator = keccak256(
            abi.encode(
                history[acceptedIndex],
                datanetId,
                uint256(acceptedIndex),
                contributionId,
                c.contributor,
                c.contentHash,
                c.size
            )
        );
        history[uint256(acceptedIndex) + 1] = accumulator;
    }

    /// @dev Checks an upload of `size` bytes by the caller against the datanet's quota and counts it
    /// (with the submission) in the contributor's and the datanet's usage. Returns the contributor's slot
    /// as written.
    function _chargeQuota(DatanetStore storage d, uint256 datanetId, uint32 size)
        private
        returns (AccountStore memory acc)
    {
        uint256 fileLimit = d.filesPerContributorPerDay;
        if (fileLimit == 0) revert UnknownDatanet(datanetId);
        uint256 byteLimit = d.bytesPerContributorPerDay;
        if (size > byteLimit) revert ContributionTooLarge(size, byteLimit);

        uint32 today = uint32(block.timestamp / 1 days);
        mapping(address => AccountStore) storage accounts = _accounts[datanetId];
        acc = accounts[msg.sender];
        if (acc.day != today) (acc.day, acc.files, acc.bytesUsed) = (today, 0, 0);
        {
            uint256 files = uint256(acc.files) + 1;
            if (files > fileLimit) revert ContributorFileQuotaExceeded(datanetId, msg.sender, files, fileLimit);
            uint256 bytesUsed = uint256(acc.bytesUsed) + size;
            if (bytesUsed > byteLimit) {
                revert ContributorByteQuotaExceeded(datanetId, msg.sender, bytesUsed, byteLimit);
            }
            // Both fit: each is bounded by a limit of the field's width, checked just above.
            // forge-lint: disable-next-line(unsafe-typecast)
            (acc.files, acc.bytesUsed) = (uint32(files), uint64(bytesUsed));
        }
        {
            uint256 datanetBytes = d.usageDay == today ? uint256(d.usageBytes) + size : size;
            uint256 datanetLimit = d.bytesPerDatanetPerDay;
            if (datanetBytes > datanetLimit) revert DatanetByteQuotaExceeded(datanetId, datanetBytes, datanetLimit);
            // forge-lint: disable-next-line(unsafe-typecast) bounded by the uint64 limit, checked above
            (d.usageDay, d.usageBytes) = (today, uint64(datanetBytes));
        }
        ++d.contributionCount;
        ++acc.submitted;
        accounts[msg.sender] = acc;
    }

    /// @dev Adds the caller's stake to one side of a StakeWeighted vote; true when that side now holds at least
    /// `quorumBps` of the datanet's total active stake. The manager's answer is a view (staticcall).
    function _weightReached(uint256 contributionId, uint256 datanetId, bool accept, uint256 quorumBps)
        private
        returns (bool)
    {
        (uint256 weight, uint256 total) = IValidatorStaking(validatorManager).voteWeight(datanetId, msg.sender);
        WeightTally storage t = _weightTallies[contributionId];
        (uint256 acceptWeight, uint256 rejectWeight) = (t.acceptWeight, t.rejectWeight);
        // Stakes are OPEN amounts (below 2^90 in total), so the sums fit 128 bits.
        if (accept) t.acceptWeight = uint128(acceptWeight += weight);
        else t.rejectWeight = uint128(rejectWeight += weight);
        emit WeightedVote(contributionId, msg.sender, accept, weight, acceptWeight, rejectWeight, total);
        return total != 0 && (accept ? acceptWeight : rejectWeight) * BPS >= quorumBps * total;
    }

    /// @dev Stores a contributor's penalty status under the current policy and returns it; a change is announced
    /// and pushed to the sink (the vault, set by governance, which only records it and makes no calls back), as is
    /// every status when `push` is set.
    function _refreshPenalty(uint256 datanetId, address contributor, AccountStore storage a, bool push)
        private
        returns (bool penalized)
    {
        penalized = _penalizedBy(a.accepted, a.rejected);
        if (penalized != a.penalized) {
            a.penalized = penalized;
            emit PenaltyStatusChanged(datanetId, contributor, penalized);
            push = true;
        }
        if (push) {
            address sink = penaltySink;
            if (sink != address(0)) IPenaltySink(sink).setPenalized(datanetId, contributor, penalized);
        }
    }

    /// @dev The datanet owner in Owner mode, the validator manager otherwise, may change the validator set.
    function _onlyValidatorAdmin(uint256 datanetId) private view returns (DatanetStore storage d) {
        d = _datanets[datanetId];
        address owner_ = d.owner;
        if (owner_ == address(0)) revert UnknownDatanet(datanetId);
        if (d.validatorMode == ValidatorMode.Owner) {
            if (owner_ != msg.sender) revert NotDatanetOwner(datanetId, msg.sender);
        } else if (msg.sender != validatorManager) {
            revert NotValidatorManager(datanetId, msg.sender);
        }
    }

    function _checkQuorum(DatanetStore storage d, ValidatorMode mode, uint16 quorum) private view {
        if (mode == ValidatorMode.StakeWeighted) {
            if (quorum == 0 || quorum > BPS) revert InvalidWeightQuorum(quorum);
        } else {
            uint256 max = mode == ValidatorMode.Owner ? d.validatorCount : MAX_VALIDATORS;
            if (quorum == 0 || quorum > max) revert InvalidQuorum(quorum, max);
        }
    }

    /// @dev Reverts unless `datanetId` exists and the caller owns it; returns the datanet's storage.
    function _onlyDatanetOwner(uint256 datanetId) private view returns (DatanetStore storage d) {
        d = _datanets[datanetId];
        address owner_ = d.owner;
        if (owner_ == address(0)) revert UnknownDatanet(datanetId);
        if (owner_ != msg.sender) revert NotDatanetOwner(datanetId, msg.sender);
    }

    /// @dev 10,000 * accepted / (accepted + rejected + 2): the +2 keeps a newcomer with one lucky
    /// acceptance from outranking a long, mostly accepted record.
    function _score(uint256 accepted, uint256 rejected) private pure returns (uint256) {
        return 10_000 * accepted / (accepted + rejected + 2);
    }
}
