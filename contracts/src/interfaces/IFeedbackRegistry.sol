// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title IFeedbackRegistry
/// @notice Validator feedback on inference outputs (RLHF): a validator of a model's datanet scores the output
/// the oracle gave for a paid inference request, for correctness and interpretability, and may name the output
/// it endorses instead. Each score carries the validator's weight: its active stake in a Staked or
/// StakeWeighted datanet, 1 in an Owner-mode datanet (weights compare only within a datanet). The oracle's
/// reward-weighted fine-tuning reads the events; nothing but the one-feedback-per-validator flag is stored.
interface IFeedbackRegistry {
    error ScoreOutOfRange(uint8 correctness, uint8 interpretability);
    error UnknownRequest(uint256 requestId);
    error NotValidator(uint256 datanetId, address caller);
    error AlreadySubmitted(uint256 requestId, address validator);
    error ZeroAddress();

    /// @param outputHash hash of the output being scored, as the oracle published it
    /// @param endorsedOutput the output the validator endorses as correct (for a classifier its label; zero when
    /// it endorses the scored output)
    event FeedbackSubmitted(
        uint256 indexed requestId,
        uint256 indexed modelId,
        address indexed validator,
        uint256 datanetId,
        uint8 correctness,
        uint8 interpretability,
        uint256 weight,
        bytes32 outputHash,
        bytes32 endorsedOutput
    );

    /// @notice Scores the output of inference request `requestId` (0..MAX_SCORE each). Validators of the model's
    /// datanet only, once per request.
    /// @return weight the weight the feedback carries
    function submitFeedback(
        uint256 requestId,
        uint8 correctness,
        uint8 interpretability,
        bytes32 outputHash,
        bytes32 endorsedOutput
    ) external returns (uint256 weight);

    /// @notice Whether a validator already scored a request's output.
    function hasSubmitted(uint256 requestId, address validator) external view returns (bool);

    /// @notice The RewardVault that records inference requests.
    function vault() external view returns (address);

    /// @notice The ModelRegistry that names each model's datanet.
    function modelRegistry() external view returns (address);

    /// @notice The DatanetRegistry with the validator sets.
    function datanetRegistry() external view returns (address);
}
