// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IDatanetRegistry} from "./interfaces/IDatanetRegistry.sol";
import {IFeedbackRegistry} from "./interfaces/IFeedbackRegistry.sol";
import {IModelRegistry} from "./interfaces/IModelRegistry.sol";
import {IRewardVault} from "./interfaces/IRewardVault.sol";
import {IValidatorStaking} from "./interfaces/IValidatorStaking.sol";

/// @title FeedbackRegistry
/// @notice Stake-weighted validator feedback on inference outputs, for the oracle's reward-weighted fine-tuning
/// (docs/governance.md). Events only, plus one flag per (request, validator).
/// @dev Holds no tokens and has no owner. Every call it makes is a view of the suite's own contracts.
contract FeedbackRegistry is IFeedbackRegistry {
    /// @notice Highest score of either kind.
    uint8 public constant MAX_SCORE = 100;

    /// @inheritdoc IFeedbackRegistry
    address public immutable vault;
    /// @inheritdoc IFeedbackRegistry
    address public immutable modelRegistry;
    /// @inheritdoc IFeedbackRegistry
    address public immutable datanetRegistry;

    /// @inheritdoc IFeedbackRegistry
    mapping(uint256 requestId => mapping(address validator => bool)) public hasSubmitted;

    /// @param vault_ the RewardVault that records inference requests
    /// @param modelRegistry_ the ModelRegistry that names each model's datanet
    /// @param datanetRegistry_ the DatanetRegistry with the validator sets (and their validator manager)
    constructor(address vault_, address modelRegistry_, address datanetRegistry_) {
        if (vault_ == address(0) || modelRegistry_ == address(0) || datanetRegistry_ == address(0)) {
            revert ZeroAddress();
        }
        vault = vault_;
        modelRegistry = modelRegistry_;
        datanetRegistry = datanetRegistry_;
    }

    /// @inheritdoc IFeedbackRegistry
    function submitFeedback(
        uint256 requestId,
        uint8 correctness,
        uint8 interpretability,
        bytes32 outputHash,
        bytes32 endorsedOutput
    ) external returns (uint256 weight) {
        if (correctness > MAX_SCORE || interpretability > MAX_SCORE) {
            revert ScoreOutOfRange(correctness, interpretability);
        }
        IRewardVault.Request memory r = IRewardVault(vault).request(requestId);
        if (r.status == IRewardVault.RequestStatus.None) revert UnknownRequest(requestId);
        (, uint256 datanetId,,) = IModelRegistry(modelRegistry).settlementTerms(r.modelId);
        IDatanetRegistry registry = IDatanetRegistry(datanetRegistry);
        if (!registry.isValidator(datanetId, msg.sender)) revert NotValidator(datanetId, msg.sender);
        if (hasSubmitted[requestId][msg.sender]) revert AlreadySubmitted(requestId, msg.sender);
        hasSubmitted[requestId][msg.sender] = true;
        if (registry.validatorMode(datanetId) == IDatanetRegistry.ValidatorMode.Owner) {
            weight = 1;
        } else {
            (weight,) = IValidatorStaking(registry.validatorManager()).voteWeight(datanetId, msg.sender);
        }
        emit FeedbackSubmitted(
            requestId,
            r.modelId,
            msg.sender,
            datanetId,
            correctness,
            interpretability,
            weight,
            outputHash,
            endorsedOutput
        );
    }
}
