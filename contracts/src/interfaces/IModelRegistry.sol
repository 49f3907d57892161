// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title IModelRegistry
/// @notice LoRA adapters trained on a named set of a datanet's accepted contributions, the oracles that
/// train and serve them, and paid inference requests whose fee is pulled straight into the RewardVault.
interface IModelRegistry {
    /// @notice Parameters of `registerModel`.
    /// @param datanetId the datanet the model was trained on
    /// @param contributionCount the model was trained on the datanet's first `contributionCount` accepted
    /// contributions (1..acceptedCount); the registry records the accumulator value naming exactly that set
    /// @param baseModelId identifier of the frozen base model (non-zero)
    /// @param adapterHash content hash of the adapter file (non-zero)
    /// @param trainingConfigHash hash of the training configuration (non-zero)
    /// @param gradientCommitment commitment to the per-contribution gradient features the proofs use (non-zero)
    /// @param owner who controls the model and receives the model-owner share of fees (non-zero)
    /// @param inferenceFee OPEN charged per inference request (non-zero)
    /// @param metadataURI where the model card lives (non-empty)
    struct ModelParams {
        uint256 datanetId;
        uint64 contributionCount;
        bytes32 baseModelId;
        bytes32 adapterHash;
        bytes32 trainingConfigHash;
        bytes32 gradientCommitment;
        address owner;
        uint96 inferenceFee;
        string metadataURI;
    }

    /// @notice A model's stored state.
    struct Model {
        address owner;
        uint32 datanetId;
        uint64 contributionCount;
        bool active;
        uint96 inferenceFee;
        address oracle;
        bytes32 accumulator;
        bytes32 baseModelId;
        bytes32 adapterHash;
        bytes32 trainingConfigHash;
        bytes32 gradientCommitment;
    }

    // ------------------------------------------------------------------ errors

    error ZeroAddress();
    error ZeroHash();
    error ZeroFee();
    error EmptyURI();
    error NotOracle(address caller);
    error NotModelOwner(uint256 modelId, address caller);
    error UnknownModel(uint256 modelId);
    error ModelInactive(uint256 modelId);
    error FeeAboveMax(uint256 modelId, uint256 fee, uint256 maxFee);
    error InsufficientAllowance(uint256 allowance, uint256 fee);
    /// @notice A model must be trained on at least one accepted contribution.
    error ZeroContributionCount();

    // ------------------------------------------------------------------ events

    event OracleUpdated(address indexed oracle, bool allowed);
    event ModelRegistered(
        uint256 indexed modelId,
        uint256 indexed datanetId,
        address indexed owner,
        address oracle,
        uint64 contributionCount,
        bytes32 accumulator,
        bytes32 baseModelId,
        bytes32 adapterHash,
        bytes32 trainingConfigHash,
        bytes32 gradientCommitment,
        uint96 inferenceFee,
        string metadataURI
    );
    event InferenceFeeUpdated(uint256 indexed modelId, uint96 inferenceFee);
    event ModelActiveUpdated(uint256 indexed modelId, bool active);
    event ModelOwnerChanged(uint256 indexed modelId, address indexed previousOwner, address indexed newOwner);
    /// @notice A paid inference the oracle must answer; `epoch` is the RewardVault epoch the fee belongs to.
    event InferenceRequested(
        uint256 indexed requestId,
        uint256 indexed modelId,
        address indexed requester,
        bytes32 inputHash,
        uint96 fee,
        uint64 epoch
    );

    // ------------------------------------------------------------------ models

    /// @notice Registers a trained model. Oracle only: the gradient commitment is what its proofs open.
    /// @return modelId the new model's id (ids start at 1)
    function registerModel(ModelParams calldata params) external returns (uint256 modelId);

    /// @notice Sets the per-inference fee. Model owner only.
    function setInferenceFee(uint256 modelId, uint96 inferenceFee) external;

    /// @notice Opens or closes a model for new inference requests. Model owner only.
    function setModelActive(uint256 modelId, bool active) external;

    /// @notice Hands a model to a new owner. Model owner only.
    function setModelOwner(uint256 modelId, address newOwner) external;

    // ------------------------------------------------------------------ inference

    /// @notice Pays for one inference. The caller must have approved the RewardVault for the fee.
    /// @param inputHash keccak256 of the input the oracle will be given (non-zero)
    /// @param maxFee the most the caller accepts to pay; guards against a fee raised in the same block
    /// @return requestId the request's id (ids start at 1)
    function requestInference(uint256 modelId, bytes32 inputHash, uint256 maxFee) external returns (uint256 requestId);

    /// @notice Same as `requestInference`, approving the RewardVault for `maxFee` through an ERC-2612 permit first.
    /// @dev A permit already used by a front-runner is tolerated when the allowance is in place.
    function requestInferenceWithPermit(
        uint256 modelId,
        bytes32 inputHash,
        uint256 maxFee,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external returns (uint256 requestId);

    // ------------------------------------------------------------------ views

    function model(uint256 modelId) external view returns (Model memory);

    function modelCount() external view returns (uint256);

    function isOracle(address account) external view returns (bool);

    function datanetRegistry() external view returns (address);

    function rewardVault() external view returns (address);

    /// @notice The OPEN token inference fees are paid in.
    function token() external view returns (address);

    /// @notice What the RewardVault needs to settle a batch: a cheaper read than `model`.
    /// @dev Zero values for an unknown model. `contributionCount` is the model's payout-tree leaf count.
    function settlementTerms(uint256 modelId)
        external
        view
        returns (address modelOwner, uint256 datanetId, uint256 contributionCount, bytes32 gradientCommitment);

    // ------------------------------------------------------------------ governance

    /// @notice Allows or revokes an oracle. Owner (timelock) only.
    function setOracle(address oracle, bool allowed) external;
}
