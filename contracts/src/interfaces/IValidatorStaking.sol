// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title IValidatorStaking
/// @notice Validators stake OPEN per datanet to join the validator set of a Staked or StakeWeighted datanet
/// (see `IDatanetRegistry.ValidatorMode`), leave it by requesting unbonding, and withdraw after the unbonding
/// delay. Governance (the timelock) sets the minimum stake and the unbonding delay and slashes proven
/// misbehaviour to the treasury; stake still unbonding can be slashed too.
/// @dev A position is a member of its datanet's validator set exactly while its active stake is non-zero.
interface IValidatorStaking {
    /// @notice One validator's stake in one datanet.
    /// @param active stake that counts (membership and, in StakeWeighted datanets, vote weight)
    /// @param unbonding stake on its way out, withdrawable from `unbondingEnd`
    /// @param unbondingEnd when the unbonding stake becomes withdrawable (each request restarts the delay)
    struct Position {
        uint96 active;
        uint96 unbonding;
        uint40 unbondingEnd;
    }

    // ------------------------------------------------------------------ errors

    error ZeroAddress();
    error ZeroAmount();
    error DatanetNotStaked(uint256 datanetId);
    error BelowMinStake(uint256 stake, uint256 minStake);
    error InsufficientStake(uint256 requested, uint256 active);
    error NothingToWithdraw(uint256 datanetId, address validator);
    error StillUnbonding(uint256 datanetId, address validator, uint256 unbondingEnd);
    error NothingToSlash(uint256 datanetId, address validator);
    error InvalidMinStake(uint256 minStake);
    error InvalidUnbondingDelay(uint256 delay);

    // ------------------------------------------------------------------ events

    /// @param active the position's active stake after this stake
    event Staked(uint256 indexed datanetId, address indexed validator, uint256 amount, uint256 active);
    /// @param active the position's active stake after the request (0: the validator left the set)
    event UnbondingRequested(
        uint256 indexed datanetId, address indexed validator, uint256 amount, uint256 active, uint256 unbondingEnd
    );
    event Withdrawn(uint256 indexed datanetId, address indexed validator, address indexed to, uint256 amount);
    /// @param evidence what governance based the slash on (e.g. the hash of the proposal's evidence document)
    /// @param removed true when the slash took the validator out of the set
    event Slashed(
        uint256 indexed datanetId,
        address indexed validator,
        uint256 amount,
        address treasury,
        bytes32 evidence,
        bool removed
    );
    event MinStakeUpdated(uint96 minStake);
    event UnbondingDelayUpdated(uint40 delay);
    event TreasuryUpdated(address indexed treasury);

    // ------------------------------------------------------------------ validators

    /// @notice Adds `amount` OPEN (approved to this contract) to the caller's stake in a Staked or
    /// StakeWeighted datanet, joining its validator set if not yet a member. The active stake after the call
    /// must be at least `minStake`.
    function stake(uint256 datanetId, uint256 amount) external;

    /// @notice Moves `amount` of the caller's active stake to unbonding, withdrawable after the unbonding delay
    /// (which restarts for everything unbonding). Unbonding all active stake leaves the validator set at once;
    /// a partial request must leave at least `minStake` active.
    function requestUnbond(uint256 datanetId, uint256 amount) external;

    /// @notice Sends the caller's unbonded stake in a datanet to `to` once its unbonding delay has passed.
    /// @return amount OPEN sent
    function withdraw(uint256 datanetId, address to) external returns (uint256 amount);

    // ------------------------------------------------------------------ views

    /// @notice The stake a validator votes with in a datanet, and the datanet's total active stake.
    function voteWeight(uint256 datanetId, address validator) external view returns (uint256 weight, uint256 total);

    /// @notice A validator's position in a datanet.
    function position(uint256 datanetId, address validator) external view returns (Position memory);

    /// @notice Sum of the active stakes in a datanet.
    function totalActive(uint256 datanetId) external view returns (uint256);

    /// @notice The OPEN token stakes are paid in.
    function token() external view returns (address);

    /// @notice The DatanetRegistry whose validator sets this contract manages.
    function datanetRegistry() external view returns (address);

    /// @notice Active stake needed to join a validator set.
    function minStake() external view returns (uint96);

    /// @notice Seconds between an unbonding request and the withdrawal it allows.
    function unbondingDelay() external view returns (uint40);

    /// @notice Where slashed stake goes.
    function treasury() external view returns (address);

    // ------------------------------------------------------------------ governance

    /// @notice Slashes up to `amount` of a validator's stake in a datanet (active first, then unbonding) to the
    /// treasury. If less than `minStake` stays active, the rest starts unbonding and the validator leaves the
    /// set. Owner (timelock) only.
    /// @return slashed what was taken (less than `amount` when the position holds less)
    function slash(uint256 datanetId, address validator, uint256 amount, bytes32 evidence)
        external
        returns (uint256 slashed);

    /// @notice Sets the stake needed to join (non-zero). Members below a raised minimum stay until they leave.
    /// Owner only.
    function setMinStake(uint96 minStake) external;

    /// @notice Sets the unbonding delay (MIN_UNBONDING_DELAY..MAX_UNBONDING_DELAY) for later requests. Owner only.
    function setUnbondingDelay(uint40 delay) external;

    /// @notice Sets where slashed stake goes. Owner only.
    function setTreasury(address treasury) external;
}
