// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IDatanetRegistry} from "./interfaces/IDatanetRegistry.sol";
import {IModelRegistry} from "./interfaces/IModelRegistry.sol";
import {IRewardVault} from "./interfaces/IRewardVault.sol";

/// @title ModelRegistry
/// @notice Registry of LoRA adapters trained on a datanet's accepted contributions, of the oracles allowed to
/// register and settle them, and entry point of paid inference requests.
/// @dev The fee never passes through this contract: the RewardVault pulls it from the requester, so a
/// requester approves the vault, never the registry. The vault's address is immutable here and this
/// registry's address is immutable in the vault; the deployment predicts the vault's CREATE address.
contract ModelRegistry is IModelRegistry, Ownable2Step {
    /// @dev Storage form of `Model`, ordered so that the one slot `requestInference` reads holds everything
    /// it needs (fee, active flag), next to the datanet and leaf count the vault reads per settlement. The 65
    /// bytes of small fields cannot fit in two slots, so they take three; the five hashes take one each.
    struct StoredModel {
        // slot 0
        uint96 inferenceFee;
        bool active;
        uint32 datanetId;
        uint64 contributionCount;
        // slot 1
        address owner;
        // slot 2
        address oracle;
        // slots 3..7
        bytes32 accumulator;
        bytes32 baseModelId;
        bytes32 adapterHash;
        bytes32 trainingConfigHash;
        bytes32 gradientCommitment;
    }

    /// @inheritdoc IModelRegistry
    address public immutable datanetRegistry;
    /// @inheritdoc IModelRegistry
    address public immutable rewardVault;
    /// @inheritdoc IModelRegistry
    address public immutable token;

    /// @inheritdoc IModelRegistry
    uint256 public modelCount;

    mapping(uint256 modelId => StoredModel) private _models;
    mapping(address account => bool) private _oracles;

    /// @param datanetRegistry_ the DatanetRegistry whose accumulators name a model's training set
    /// @param rewardVault_ the RewardVault that pulls and holds fees (may not have code yet: predicted address)
    /// @param token_ the OPEN token fees are paid in (permits are sent to it)
    /// @param initialOwner governance (the timelock in production); only it can change the oracle set
    constructor(address datanetRegistry_, address rewardVault_, address token_, address initialOwner)
        Ownable(initialOwner)
    {
        if (datanetRegistry_ == address(0) || rewardVault_ == address(0) || token_ == address(0)) {
            revert ZeroAddress();
        }
        datanetRegistry = datanetRegistry_;
        rewardVault = rewardVault_;
        token = token_;
    }

    modifier onlyModelOwner(uint256 modelId) {
        address modelOwner = _models[modelId].owner;
        if (modelOwner == address(0)) revert UnknownModel(modelId);
        if (modelOwner != msg.sender) revert NotModelOwner(modelId, msg.sender);
        _;
    }

    // ------------------------------------------------------------------ models

    /// @inheritdoc IModelRegistry
    function registerModel(ModelParams calldata params) external returns (uint256 modelId) {
        if (!_oracles[msg.sender]) revert NotOracle(msg.sender);
        if (
            params.baseModelId == bytes32(0) || params.adapterHash == bytes32(0)
                || params.trainingConfigHash == bytes32(0) || params.gradientCommitment == bytes32(0)
        ) revert ZeroHash();
        if (params.owner == address(0)) revert ZeroAddress();
        if (params.inferenceFee == 0) revert ZeroFee();
        if (bytes(params.metadataURI).length == 0) revert EmptyURI();
        // accumulatorAt(_, 0) is a valid, empty set; a model needs at least one contribution to pay.
        if (params.contributionCount == 0) revert ZeroContributionCount();
        // The datanet registry's own UnknownDatanet / AcceptedCountOutOfRange errors bubble up unchanged, so
        // a client sees the same error whether it asked the datanet registry or this one.
        bytes32 accumulator =
            IDatanetRegistry(datanetRegistry).accumulatorAt(params.datanetId, params.contributionCount);

        modelId = ++modelCount;
        _models[modelId] = StoredModel({
            inferenceFee: params.inferenceFee,
            active: true,
            datanetId: SafeCast.toUint32(params.datanetId),
            contributionCount: params.contributionCount,
            owner: params.owner,
            oracle: msg.sender,
            accumulator: accumulator,
            baseModelId: params.baseModelId,
            adapterHash: params.adapterHash,
            trainingConfigHash: params.trainingConfigHash,
            gradientCommitment: params.gradientCommitment
        });
        emit ModelRegistered(
            modelId,
            params.datanetId,
            params.owner,
            msg.sender,
            params.contributionCount,
            accumulator,
            params.baseModelId,
            params.adapterHash,
            params.trainingConfigHash,
            params.gradientCommitment,
            params.inferenceFee,
            params.metadataURI
        );
    }

    /// @inheritdoc IModelRegistry
    function setInferenceFee(uint256 modelId, uint96 inferenceFee) external onlyModelOwner(modelId) {
        // A zero fee would make the model look unregistered to `requestInference` and pay no one.
        if (inferenceFee == 0) revert ZeroFee();
        _models[modelId].inferenceFee = inferenceFee;
        emit InferenceFeeUpdated(modelId, inferenceFee);
    }

    /// @inheritdoc IModelRegistry
    function setModelActive(uint256 modelId, bool active) external onlyModelOwner(modelId) {
        _models[modelId].active = active;
        emit ModelActiveUpdated(modelId, active);
    }

    /// @inheritdoc IModelRegistry
    function setModelOwner(uint256 modelId, address newOwner) external onlyModelOwner(modelId) {
        if (newOwner == address(0)) revert ZeroAddress();
        _models[modelId].owner = newOwner;
        emit ModelOwnerChanged(modelId, msg.sender, newOwner);
    }

    // ------------------------------------------------------------------ inference

    /// @inheritdoc IModelRegistry
    function requestInference(uint256 modelId, bytes32 inputHash, uint256 maxFee) external returns (uint256 requestId) {
        return _request(modelId, inputHash, _chargeableFee(modelId, inputHash, maxFee));
    }

    /// @inheritdoc IModelRegistry
    /// @dev The permit is for `maxFee`, the amount the caller signed for. Anyone who saw the signed permit in the
    /// mempool can submit it first; the permit call then fails here, but the allowance it set is in place,
    /// so the request still goes through. Only a missing allowance makes it revert.
    function requestInferenceWithPermit(
        uint256 modelId,
        bytes32 inputHash,
        uint256 maxFee,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external returns (uint256 requestId) {
        uint96 fee = _chargeableFee(modelId, inputHash, maxFee);
        try IERC20Permit(token).permit(msg.sender, rewardVault, maxFee, deadline, v, r, s) {}
        catch {
            uint256 allowance = IERC20(token).allowance(msg.sender, rewardVault);
            if (allowance < fee) revert InsufficientAllowance(allowance, fee);
        }
        return _request(modelId, inputHash, fee);
    }

    /// @dev All checks of a request; returns the fee to charge. Reads one storage slot.
    function _chargeableFee(uint256 modelId, bytes32 inputHash, uint256 maxFee) private view returns (uint96 fee) {
        StoredModel storage m = _models[modelId];
        fee = m.inferenceFee;
        // Registered models always have a non-zero fee, so the fee doubles as the existence flag and the
        // check costs no extra storage read.
        if (fee == 0) revert UnknownModel(modelId);
        if (!m.active) revert ModelInactive(modelId);
        if (inputHash == bytes32(0)) revert ZeroHash();
        if (fee > maxFee) revert FeeAboveMax(modelId, fee, maxFee);
    }

    /// @dev The vault assigns the id: its counter shares the slot it writes anyway, which saves a request
    /// the 5,000 gas of a counter here.
    function _request(uint256 modelId, bytes32 inputHash, uint96 fee) private returns (uint256 requestId) {
        uint64 epoch;
        (requestId, epoch) = IRewardVault(rewardVault).depositFee(modelId, msg.sender, fee);
        emit InferenceRequested(requestId, modelId, msg.sender, inputHash, fee, epoch);
    }

    // ------------------------------------------------------------------ views

    /// @inheritdoc IModelRegistry
    function model(uint256 modelId) external view returns (Model memory m) {
        StoredModel storage sm = _models[modelId];
        if (sm.owner == address(0)) revert UnknownModel(modelId);
        m = Model({
            owner: sm.owner,
            datanetId: sm.datanetId,
            contributionCount: sm.contributionCount,
            active: sm.active,
            inferenceFee: sm.inferenceFee,
            oracle: sm.oracle,
            accumulator: sm.accumulator,
            baseModelId: sm.baseModelId,
            adapterHash: sm.adapterHash,
            trainingConfigHash: sm.trainingConfigHash,
            gradientCommitment: sm.gradientCommitment
        });
    }

    /// @inheritdoc IModelRegistry
    function settlementTerms(uint256 modelId)
        external
        view
        returns (address modelOwner, uint256 datanetId, uint256 contributionCount, bytes32 gradientCommitment)
    {
        StoredModel storage sm = _models[modelId];
        return (sm.owner, sm.datanetId, sm.contributionCount, sm.gradientCommitment);
    }

    /// @inheritdoc IModelRegistry
    function isOracle(address account) external view returns (bool) {
        return _oracles[account];
    }

    // ------------------------------------------------------------------ governance

    /// @inheritdoc IModelRegistry
    function setOracle(address oracle, bool allowed) external onlyOwner {
        if (oracle == address(0)) revert ZeroAddress();
        _oracles[oracle] = allowed;
        emit OracleUpdated(oracle, allowed);
    }
}
