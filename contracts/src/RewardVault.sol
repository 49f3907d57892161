// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IDatanetRegistry} from "./interfaces/IDatanetRegistry.sol";
import {IModelRegistry} from "./interfaces/IModelRegistry.sol";
import {IPenaltySink} from "./interfaces/IPenaltySink.sol";
import {IRewardVault} from "./interfaces/IRewardVault.sol";
import {IScoreVerifier} from "./interfaces/IScoreVerifier.sol";
import {ISettlementGuard} from "./interfaces/ISettlementGuard.sol";
import {ExactTransfer} from "./libraries/ExactTransfer.sol";
import {PayoutTree} from "./libraries/PayoutTree.sol";
import {Poseidon2Hasher} from "./libraries/Poseidon2Hasher.sol";

/// @title RewardVault
/// @notice Holds inference fees, settles proof-verified batches into each model's cumulative payout tree
/// and pays contributors, model owners, validators and the treasury.
/// @dev Solvency holds by construction: every token that enters (a fee) is booked in exactly one of
/// `unsettledFees`, a model's unclaimed contributor credit, a balance or a validator pool, and every token that
/// leaves is taken out of one of them first. So the token balance is always at least
/// unsettledFees + Σ(credited − claimed) + Σ balances + Σ validator pools. Tokens sent here directly are
/// never booked and stay here. A batch the settlement guard holds stays in `unsettledFees` until the guard has
/// it finalized (then credited) or voided (then its requests are pending again), so voiding reverses nothing.
contract RewardVault is IRewardVault, IPenaltySink, Ownable2Step, EIP712 {
    using SafeERC20 for IERC20;

    /// @notice Basis-point denominator of the fee split.
    uint256 public constant BPS = 10_000;
    /// @notice Most requests one settlement may hold (bounds the proof's and the loop's size).
    uint256 public constant MAX_BATCH = 64;
    /// @notice Shortest allowed `epochLength`.
    uint64 public constant MIN_EPOCH_LENGTH = 1 hours;
    /// @notice Longest allowed `epochLength`.
    uint64 public constant MAX_EPOCH_LENGTH = 365 days;
    /// @notice Share of a claim a penalized contributor receives by default: half.
    uint16 public constant DEFAULT_PENALTY_MULTIPLIER_BPS = 5000;
    /// @notice EIP-712 type of a `claimFor` authorisation.
    bytes32 public constant CLAIM_TYPEHASH =
        keccak256("Claim(uint256 modelId,address account,address recipient,uint256 nonce,uint256 deadline)");

    /// @dev The one slot every `depositFee` reads and writes: the epoch clock, the unsettled total and the
    /// request counter (the vault assigns request ids so that a request costs no second counter slot).
    /// The epoch is checkpointEpoch + (now − checkpointStart) / epochLength. uint32 epochs of at least an hour
    /// last 490,000 years, uint40 seconds until the year 36812; uint96 holds OPEN's whole supply (1e27 < 2^90)
    /// seventy times over, and uint56 request ids 7·10^16 requests.
    struct Ledger {
        uint32 checkpointEpoch;
        uint40 checkpointStart;
        uint32 epochLength;
        uint96 unsettledFees;
        uint56 requestCount;
    }

    /// @dev A model's payout book. Slot 1 holds everything a claim reads besides the root: 104-bit amounts
    /// hold 2·10^13 tokens of 18 decimals (OPEN's whole supply twenty thousand times over, cumulatively);
    /// SafeCast turns an impossible overflow into a revert rather than a wrap. `leafCount` is the model's
    /// contribution count, copied from the registry at settlement so a claim makes no external call, and
    /// `datanetId` likewise (read by a penalized contributor's claim and when a guarded batch is booked).
    /// `payoutRoot` and `credited` are those of the last finalized batch.
    struct ModelBook {
        bytes32 payoutRoot;
        uint104 credited;
        uint104 claimed;
        uint48 leafCount;
        uint64 batchCount;
        uint32 datanetId;
    }

    /// @dev The registry's terms of a model, as `settle` needs them.
    struct Terms {
        address owner;
        uint256 datanetId;
        uint256 leafCount;
        bytes32 gradientCommitment;
    }

    /// @notice Shares of one settled batch.
    struct Split {
        uint256 feeTotal;
        uint256 contributorShare;
        uint256 ownerShare;
        uint256 validatorShare;
        uint256 treasuryShare;
    }

    /// @inheritdoc IRewardVault
    address public immutable token;
    /// @notice The ModelRegistry: the only caller of `depositFee`, and the oracle allow-list.
    address public immutable modelRegistry;
    /// @notice The DatanetRegistry whose validator sets receive the validator share.
    address public immutable datanetRegistry;
    /// @notice The Poseidon2Hasher this vault deployed for itself and checks every claim's path with.
    address public immutable payoutHasher;

    Ledger private _ledger;
    FeeSplit private _split;
    /// @inheritdoc IRewardVault
    address public verifier;
    /// @inheritdoc IRewardVault
    address public treasury;
    /// @inheritdoc IRewardVault
    uint16 public penaltyMultiplierBps;
    /// @inheritdoc IRewardVault
    address public settlementGuard;

    mapping(uint256 requestId => Request) private _requests;
    mapping(uint256 modelId => ModelBook) private _books;
    /// @inheritdoc IRewardVault
    mapping(uint256 modelId => mapping(uint256 index => uint256)) public claimedAt;
    /// @inheritdoc IRewardVault
    mapping(address account => uint256) public balanceOf;
    /// @inheritdoc IRewardVault
    mapping(uint256 datanetId => uint256) public validatorPool;
    /// @inheritdoc IRewardVault
    mapping(address account => uint256) public claimNonce;
    /// @inheritdoc IRewardVault
    mapping(uint256 datanetId => mapping(address account => bool)) public isPenalized;
    /// @dev In how many datanets an account is penalized: a claim reads only this unless it is non-zero.
    mapping(address account => uint256) private _penaltyCount;

    /// @param token_ the OPEN token fees are paid in
    /// @param modelRegistry_ the ModelRegistry (deployed just before this vault, with this vault's address)
    /// @param datanetRegistry_ the DatanetRegistry
    /// @param verifier_ the score verifier (must already be deployed: its key hash is logged)
    /// @param treasury_ the account credited with the treasury share
    /// @param epochLength_ seconds per epoch (MIN_EPOCH_LENGTH..MAX_EPOCH_LENGTH); epoch 0 starts now
    /// @param initialOwner governance (the timelock in production)
    constructor(
        address token_,
        address modelRegistry_,
        address datanetRegistry_,
        address verifier_,
        address treasury_,
        uint64 epochLength_,
        address initialOwner
    ) Ownable(initialOwner) EIP712("RewardVault", "1") {
        if (token_ == address(0) || modelRegistry_ == address(0) || datanetRegistry_ == address(0)) {
            revert ZeroAddress();
        }
        _checkEpochLength(epochLength_);
        token = token_;
        modelRegistry = modelRegistry_;
        datanetRegistry = datanetRegistry_;
        payoutHasher = Poseidon2Hasher.deploy();
        _ledger = Ledger({
            checkpointEpoch: 0,
            checkpointStart: SafeCast.toUint40(block.timestamp),
            // forge-lint: disable-next-line(unsafe-typecast) at most 365 days, checked above
            epochLength: uint32(epochLength_),
            unsettledFees: 0,
            requestCount: 0
        });
        _split = FeeSplit(7000, 1500, 1000, 500);
        _setVerifier(verifier_);
        _setTreasury(treasury_);
        emit FeeSplitUpdated(FeeSplit(7000, 1500, 1000, 500));
        emit EpochLengthUpdated(epochLength_, 0);
        penaltyMultiplierBps = DEFAULT_PENALTY_MULTIPLIER_BPS;
        emit PenaltyMultiplierUpdated(DEFAULT_PENALTY_MULTIPLIER_BPS);
    }

    // ------------------------------------------------------------------ fees

    /// @inheritdoc IRewardVault
    function depositFee(uint256 modelId, address payer, uint96 fee) external returns (uint256 requestId, uint64 epoch) {
        if (msg.sender != modelRegistry) revert NotModelRegistry(msg.sender);
        Ledger storage ledger = _ledger;
        epoch = _epochAt(ledger);
        requestId = uint256(ledger.requestCount) + 1;
        ledger.requestCount = SafeCast.toUint56(requestId);
        ledger.unsettledFees = SafeCast.toUint96(ledger.unsettledFees + uint256(fee));
        _requests[requestId] =
            Request({modelId: SafeCast.toUint64(modelId), epoch: epoch, fee: fee, status: RequestStatus.Pending});
        ExactTransfer.pullExact(IERC20(token), payer, address(this), fee);
        emit FeeDeposited(requestId, modelId, payer, fee, epoch);
    }

    // ------------------------------------------------------------------ settlement

    /// @inheritdoc IRewardVault
    /// @dev Every external call made here is a staticcall (registry views, the verifier), and no tokens move,
    /// so nothing can re-enter between the checks and the booking, except the settlement guard's `enqueue`
    /// (a contract governance chose) after all of it. Without a guard the batch is final at once; with one it
    /// builds on the guard's latest root and waits there, nothing credited yet.
    function settle(Settlement calldata s, bytes calldata proof) external returns (uint256 batchId) {
        if (!IModelRegistry(modelRegistry).isOracle(msg.sender)) revert NotOracle(msg.sender);
        Split memory split = _tally(s);
        _markSettled(s.requestIds);

        Terms memory terms = _terms(s.modelId);
        ModelBook storage book = _books[s.modelId];
        address guard = settlementGuard;
        bytes32 previousRoot = _previousRoot(s.modelId, book, guard);
        batchId = book.batchCount;
        uint256[] memory inputs = _publicInputs(s, batchId, terms.gradientCommitment, split, previousRoot);
        if (!IScoreVerifier(verifier).verifyProof(proof, inputs)) revert ProofRejected(s.modelId, batchId);

        FeeSplit memory bps = _split;
        split.ownerShare = split.feeTotal * bps.ownerBps / BPS;
        split.validatorShare = split.feeTotal * bps.validatorsBps / BPS;
        // Rounding remainders and the undistributed part of the contributors' share. Cannot underflow:
        // distributed ≤ Σ floor(fee·c) ≤ floor(total·c), and the floors of the three shares add up to at most
        // total·(c + o + v)/BPS ≤ total.
        split.treasuryShare = split.feeTotal - s.distributed - split.ownerShare - split.validatorShare;

        book.leafCount = SafeCast.toUint48(terms.leafCount);
        book.datanetId = SafeCast.toUint32(terms.datanetId);
        book.batchCount = SafeCast.toUint64(batchId + 1);
        if (guard == address(0)) _book(s.modelId, batchId, s.newPayoutRoot, terms.owner, s.distributed, split);
        else _enqueue(guard, s, batchId, terms.owner, split.feeTotal, bps);

        _emitSettled(s, batchId, previousRoot, split.feeTotal);
        emit SettlementSplit(
            s.modelId,
            batchId,
            split.contributorShare,
            terms.owner,
            split.ownerShare,
            terms.datanetId,
            split.validatorShare,
            split.treasuryShare
        );
    }

    /// @dev Hands a settled batch to the settlement guard; apart from `settle` for the legacy code generator's
    /// stack.
    function _enqueue(
        address guard,
        Settlement calldata s,
        uint256 batchId,
        address owner_,
        uint256 feeTotal,
        FeeSplit memory bps
    ) private {
        ISettlementGuard(guard)
            .enqueue(
                s.modelId,
                batchId,
                s.newPayoutRoot,
                keccak256(abi.encodePacked(s.requestIds)),
                owner_,
                feeTotal,
                s.distributed,
                bps.ownerBps,
                bps.validatorsBps
            );
    }

    /// @dev Books a final batch: its root becomes claimable, `distributed` is credited to the model's
    /// contributors and the owner, validator and treasury shares of `split` to theirs. feeTotal was deposited by
    /// the batch's requests, so it is part of the unsettled total.
    function _book(
        uint256 modelId,
        uint256 batchId,
        bytes32 root,
        address owner_,
        uint256 distributed,
        Split memory split
    ) private {
        ModelBook storage book = _books[modelId];
        book.payoutRoot = root;
        book.credited = SafeCast.toUint104(book.credited + distributed);
        _ledger.unsettledFees -= SafeCast.toUint96(split.feeTotal);
        _credit(owner_, split.ownerShare);
        _credit(treasury, split.treasuryShare);
        validatorPool[book.datanetId] += split.validatorShare;
        emit BatchFinalized(modelId, batchId, root);
    }

    /// @dev The root a new settlement of the model builds on: the guard's latest while it holds a batch of it.
    function _previousRoot(uint256 modelId, ModelBook storage book, address guard) private view returns (bytes32) {
        if (guard != address(0)) {
            (bool holds, bytes32 latest) = ISettlementGuard(guard).head(modelId);
            if (holds) return latest;
        }
        return book.payoutRoot;
    }

    function _terms(uint256 modelId) private view returns (Terms memory t) {
        (t.owner, t.datanetId, t.leafCount, t.gradientCommitment) =
            IModelRegistry(modelRegistry).settlementTerms(modelId);
    }

    /// @dev Apart from `settle` only because the event's ten fields overflow the legacy code generator's stack.
    function _emitSettled(Settlement calldata s, uint256 batchId, bytes32 previousRoot, uint256 feeTotal) private {
        emit Settled(
            s.modelId,
            batchId,
            s.epoch,
            msg.sender,
            s.requestIds,
            s.inferenceCommitment,
            previousRoot,
            s.newPayoutRoot,
            feeTotal,
            s.distributed
        );
    }

    /// @inheritdoc IRewardVault
    function publicInputs(Settlement calldata s) external view returns (uint256[] memory) {
        Split memory split = _tally(s);
        // `settle` catches a repeated id when marking it the second time; a view cannot mark, so it compares.
        uint256[] calldata ids = s.requestIds;
        for (uint256 i = 1; i < ids.length; ++i) {
            for (uint256 j; j < i; ++j) {
                if (ids[i] == ids[j]) revert RequestNotPending(ids[i], RequestStatus.Settled);
            }
        }
        ModelBook storage book = _books[s.modelId];
        bytes32 previousRoot = _previousRoot(s.modelId, book, settlementGuard);
        return _publicInputs(s, book.batchCount, _terms(s.modelId).gradientCommitment, split, previousRoot);
    }

    /// @dev Checks a batch against storage and adds up its fees and contributor share. The mismatch errors
    /// carry the request's own model / epoch, which is what a caller needs to fix the batch.
    function _tally(Settlement calldata s) private view returns (Split memory split) {
        uint256 n = s.requestIds.length;
        if (n == 0) revert EmptyBatch();
        if (n > MAX_BATCH) revert BatchTooLarge(n, MAX_BATCH);
        uint64 current = _epochAt(_ledger);
        if (s.epoch >= current) revert EpochNotClosed(s.epoch, current);
        if (s.newPayoutRoot == bytes32(0)) revert ZeroRoot();

        uint256 contributorsBps = _split.contributorsBps;
        for (uint256 i; i < n; ++i) {
            uint256 requestId = s.requestIds[i];
            Request memory r = _requests[requestId];
            if (r.status != RequestStatus.Pending) {
                if (r.status == RequestStatus.None) revert UnknownRequest(requestId);
                revert RequestNotPending(requestId, r.status);
            }
            if (r.modelId != s.modelId) revert RequestModelMismatch(requestId, r.modelId);
            if (r.epoch != s.epoch) revert RequestEpochMismatch(requestId, r.epoch);
            split.feeTotal += r.fee;
            // Per request, so the share matches what the proof computes request by request.
            split.contributorShare += uint256(r.fee) * contributorsBps / BPS;
        }
        if (s.distributed > split.contributorShare) {
            revert DistributedExceedsShare(s.distributed, split.contributorShare);
        }
    }

    /// @dev Runs after `_tally` found every request pending, so meeting a settled one means the id was
    /// repeated in the batch.
    function _markSettled(uint256[] calldata requestIds) private {
        for (uint256 i; i < requestIds.length; ++i) {
            Request storage r = _requests[requestIds[i]];
            if (r.status != RequestStatus.Pending) revert RequestNotPending(requestIds[i], r.status);
            r.status = RequestStatus.Settled;
        }
    }

    /// @dev The single definition of the proof's public inputs; `settle` and `publicInputs` both use it.
    function _publicInputs(
        Settlement calldata s,
        uint256 batchId,
        bytes32 gradientCommitment,
        Split memory split,
        bytes32 previousRoot
    ) private view returns (uint256[] memory inputs) {
        uint256[] calldata ids = s.requestIds;
        inputs = new uint256[](12 + (ids.length + 1) / 2);
        inputs[0] = block.chainid;
        inputs[1] = uint256(uint160(address(this)));
        inputs[2] = s.modelId;
        inputs[3] = batchId;
        inputs[4] = uint256(gradientCommitment);
        inputs[5] = uint256(s.inferenceCommitment);
        inputs[6] = split.feeTotal;
        inputs[7] = split.contributorShare;
        inputs[8] = uint256(previousRoot);
        inputs[9] = uint256(s.newPayoutRoot);
        inputs[10] = s.distributed;
        // Below the field order r, as every input (the verifier rejects others).
        inputs[11] = uint256(keccak256(abi.encodePacked(ids))) >> 3;
        // Each request's contributor share, as `_tally` adds them up: the proof splits them request by request.
        uint256 contributorsBps = _split.contributorsBps;
        for (uint256 i; i < ids.length; ++i) {
            inputs[12 + i / 2] |= (uint256(_requests[ids[i]].fee) * contributorsBps / BPS) << (96 * (i & 1));
        }
    }

    // ------------------------------------------------------------------ settlement guard and penalties

    /// @inheritdoc IRewardVault
    function finalizeBatch(
        uint256 modelId,
        uint256 batchId,
        bytes32 root,
        address owner_,
        uint256 feeTotal,
        uint256 distributed,
        uint16 ownerBps,
        uint16 validatorsBps
    ) external {
        if (msg.sender != settlementGuard) revert NotSettlementGuard(msg.sender);
        // The guard hands back what `settle` gave it; the shares are those `settle` computed, and the treasury
        // share closes the sum (checked: no guard can make the vault book more than the batch's fees).
        uint256 ownerShare = feeTotal * ownerBps / BPS;
        uint256 validatorShare = feeTotal * validatorsBps / BPS;
        uint256 treasuryShare = feeTotal - distributed - ownerShare - validatorShare;
        _book(
            modelId, batchId, root, owner_, distributed, Split(feeTotal, 0, ownerShare, validatorShare, treasuryShare)
        );
    }

    /// @inheritdoc IRewardVault
    function reopenRequests(uint256 modelId, uint256 batchId, uint256[] calldata requestIds) external {
        if (msg.sender != settlementGuard) revert NotSettlementGuard(msg.sender);
        for (uint256 i; i < requestIds.length; ++i) {
            _requests[requestIds[i]].status = RequestStatus.Pending;
        }
        emit RequestsReopened(modelId, batchId, requestIds);
    }

    /// @inheritdoc IPenaltySink
    function setPenalized(uint256 datanetId, address account, bool penalized) external {
        if (msg.sender != datanetRegistry) revert NotDatanetRegistry(msg.sender);
        if (isPenalized[datanetId][account] == penalized) return;
        isPenalized[datanetId][account] = penalized;
        if (penalized) ++_penaltyCount[account];
        else --_penaltyCount[account];
        emit PenaltyStatusUpdated(datanetId, account, penalized);
    }

    // ------------------------------------------------------------------ claims

    /// @inheritdoc IRewardVault
    function claim(uint256 modelId, PayoutLeaf[] calldata leaves) external returns (uint256 amount) {
        return _claim(modelId, msg.sender, msg.sender, leaves);
    }

    /// @inheritdoc IRewardVault
    /// @dev The signature names the recipient but not the leaves: whatever leaves the relayer submits,
    /// everything paid goes to the recipient the account chose. Each signature is good for one claim.
    function claimFor(
        uint256 modelId,
        address account,
        address recipient,
        PayoutLeaf[] calldata leaves,
        uint256 deadline,
        bytes calldata signature
    ) external returns (uint256 amount) {
        if (recipient == address(0)) revert ZeroAddress();
        // A deadline is coarse by nature; a validator's few seconds of timestamp drift do not matter.
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp > deadline) revert SignatureExpired(deadline);
        uint256 nonce = claimNonce[account]++;
        bytes32 digest =
            _hashTypedDataV4(keccak256(abi.encode(CLAIM_TYPEHASH, modelId, account, recipient, nonce, deadline)));
        // EOAs by ECDSA, contract accounts by ERC-1271 (a staticcall).
        if (!SignatureChecker.isValidSignatureNow(account, digest, signature)) revert InvalidSignature(account);
        return _claim(modelId, account, recipient, leaves);
    }

    /// @dev Pays `account` what each leaf holds beyond what was already paid out of it. A leaf whose
    /// cumulative amount is not above its paid amount (an old proof, or a leaf repeated in the list) pays
    /// nothing instead of reverting, so a client can always send all of an account's leaves.
    function _claim(uint256 modelId, address account, address recipient, PayoutLeaf[] calldata leaves)
        private
        returns (uint256 amount)
    {
        ModelBook storage book = _books[modelId];
        bytes32 root = book.payoutRoot;
        uint256 leafCount = book.leafCount;
        for (uint256 i; i < leaves.length; ++i) {
            amount += _claimLeaf(modelId, account, root, leafCount, leaves[i]);
        }
        if (amount == 0) revert NothingToClaim(modelId, account);
        // A sound proof system never lets the tree owe more than was credited; this keeps a broken one
        // (or a bad verifier) from paying one model's contributors out of other books.
        uint256 claimedTotal = book.claimed + amount;
        uint256 credited = book.credited;
        if (claimedTotal > credited) revert ClaimExceedsCredit(modelId, claimedTotal, credited);
        // forge-lint: disable-next-line(unsafe-typecast) at most `credited`, itself a uint104
        book.claimed = uint104(claimedTotal);
        if (_penaltyCount[account] != 0 && isPenalized[book.datanetId][account]) {
            uint256 owed = amount;
            amount = owed * penaltyMultiplierBps / BPS;
            _credit(treasury, owed - amount);
            emit PenaltyWithheld(modelId, account, owed, owed - amount);
        }
        IERC20(token).safeTransfer(recipient, amount);
        emit Claimed(modelId, account, recipient, amount);
    }

    /// @dev Verifies one leaf and books what it owes beyond what was already paid out of it.
    function _claimLeaf(uint256 modelId, address account, bytes32 root, uint256 leafCount, PayoutLeaf calldata leaf)
        private
        returns (uint256 owed)
    {
        uint256 index = leaf.index;
        uint256 cumulative = leaf.cumulative;
        if (index >= leafCount) revert LeafIndexOutOfRange(index, leafCount);
        if (!PayoutTree.verify(payoutHasher, root, index, account, cumulative, leaf.proof)) {
            revert InvalidPayoutProof(modelId, index);
        }
        uint256 already = claimedAt[modelId][index];
        if (cumulative <= already) return 0;
        owed = cumulative - already;
        claimedAt[modelId][index] = cumulative;
        emit PayoutLeafClaimed(modelId, leaf.index, cumulative, owed);
    }

    // ------------------------------------------------------------------ validators and balances

    /// @inheritdoc IRewardVault
    function distributeValidatorRewards(uint256 datanetId) external {
        address[] memory validators = IDatanetRegistry(datanetRegistry).validators(datanetId);
        uint256 count = validators.length;
        if (count == 0) revert NoValidators(datanetId);
        uint256 pool = validatorPool[datanetId];
        uint256 perValidator = pool / count;
        uint256 remainder = pool - perValidator * count;
        validatorPool[datanetId] = remainder;
        if (perValidator != 0) {
            for (uint256 i; i < count; ++i) {
                _credit(validators[i], perValidator);
            }
        }
        emit ValidatorRewardsDistributed(datanetId, count, perValidator, remainder);
    }

    /// @inheritdoc IRewardVault
    function withdraw(address to) external returns (uint256 amount) {
        if (to == address(0)) revert ZeroAddress();
        amount = balanceOf[msg.sender];
        if (amount == 0) revert NothingToWithdraw(msg.sender);
        balanceOf[msg.sender] = 0;
        IERC20(token).safeTransfer(to, amount);
        emit Withdrawn(msg.sender, to, amount);
    }

    function _credit(address account, uint256 amount) private {
        if (amount == 0) return;
        balanceOf[account] += amount;
        emit Credited(account, amount);
    }

    // ------------------------------------------------------------------ views

    /// @inheritdoc IRewardVault
    function unsettledFees() external view returns (uint256) {
        return _ledger.unsettledFees;
    }

    /// @inheritdoc IRewardVault
    function requestCount() external view returns (uint256) {
        return _ledger.requestCount;
    }

    /// @inheritdoc IRewardVault
    function request(uint256 requestId) external view returns (Request memory) {
        return _requests[requestId];
    }

    /// @inheritdoc IRewardVault
    function payoutRoot(uint256 modelId) external view returns (bytes32) {
        return _books[modelId].payoutRoot;
    }

    /// @inheritdoc IRewardVault
    function batchCount(uint256 modelId) external view returns (uint256) {
        return _books[modelId].batchCount;
    }

    /// @inheritdoc IRewardVault
    function contributorCredit(uint256 modelId) external view returns (uint256 credited, uint256 claimed) {
        ModelBook storage book = _books[modelId];
        return (book.credited, book.claimed);
    }

    /// @inheritdoc IRewardVault
    function feeSplit() external view returns (FeeSplit memory) {
        return _split;
    }

    /// @inheritdoc IRewardVault
    function epochLength() external view returns (uint64) {
        return _ledger.epochLength;
    }

    /// @inheritdoc IRewardVault
    function currentEpoch() public view returns (uint64) {
        return _epochAt(_ledger);
    }

    /// @notice The EIP-712 domain separator `claimFor` signatures are made under.
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    function _epochAt(Ledger storage ledger) private view returns (uint64) {
        (uint64 checkpointEpoch, uint256 checkpointStart, uint256 length) =
            (ledger.checkpointEpoch, ledger.checkpointStart, ledger.epochLength);
        return checkpointEpoch + SafeCast.toUint64((block.timestamp - checkpointStart) / length);
    }

    // ------------------------------------------------------------------ governance

    /// @inheritdoc IRewardVault
    function setFeeSplit(FeeSplit calldata split) external onlyOwner {
        uint256 total = uint256(split.contributorsBps) + split.ownerBps + split.validatorsBps + split.treasuryBps;
        if (total != BPS) revert InvalidFeeSplit(total);
        _split = split;
        emit FeeSplitUpdated(split);
    }

    /// @inheritdoc IRewardVault
    /// @dev The current epoch restarts its clock now under the new length: its number stays, so epochs
    /// never skip a number (a shorter length would otherwise jump ahead) or go back (a longer one would).
    function setEpochLength(uint64 newEpochLength) external onlyOwner {
        _checkEpochLength(newEpochLength);
        Ledger storage ledger = _ledger;
        uint64 current = _epochAt(ledger);
        ledger.checkpointEpoch = SafeCast.toUint32(current);
        ledger.checkpointStart = SafeCast.toUint40(block.timestamp);
        // forge-lint: disable-next-line(unsafe-typecast) at most 365 days, checked above
        ledger.epochLength = uint32(newEpochLength);
        emit EpochLengthUpdated(newEpochLength, current);
    }

    /// @inheritdoc IRewardVault
    function setVerifier(address newVerifier) external onlyOwner {
        _setVerifier(newVerifier);
    }

    /// @inheritdoc IRewardVault
    /// @dev Balances already credited to the previous treasury stay its own to withdraw.
    function setTreasury(address newTreasury) external onlyOwner {
        _setTreasury(newTreasury);
    }

    /// @inheritdoc IRewardVault
    function setSettlementGuard(address guard) external onlyOwner {
        if (guard == address(0)) revert ZeroAddress();
        if (settlementGuard != address(0)) revert SettlementGuardAlreadySet(settlementGuard);
        settlementGuard = guard;
        emit SettlementGuardSet(guard);
    }

    /// @inheritdoc IRewardVault
    /// @dev Applies to every claim from now on, of amounts credited before or after.
    function setPenaltyMultiplier(uint16 bps) external onlyOwner {
        if (bps > BPS) revert InvalidPenaltyMultiplier(bps);
        penaltyMultiplierBps = bps;
        emit PenaltyMultiplierUpdated(bps);
    }

    function _setVerifier(address newVerifier) private {
        if (newVerifier == address(0)) revert ZeroAddress();
        verifier = newVerifier;
        emit VerifierUpdated(newVerifier, IScoreVerifier(newVerifier).verifyingKeyHash());
    }

    function _setTreasury(address newTreasury) private {
        if (newTreasury == address(0)) revert ZeroAddress();
        treasury = newTreasury;
        emit TreasuryUpdated(newTreasury);
    }

    function _checkEpochLength(uint64 length) private pure {
        if (length < MIN_EPOCH_LENGTH || length > MAX_EPOCH_LENGTH) revert InvalidEpochLength(length);
    }
}
