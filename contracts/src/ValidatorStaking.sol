// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IDatanetRegistry} from "./interfaces/IDatanetRegistry.sol";
import {IValidatorStaking} from "./interfaces/IValidatorStaking.sol";
import {ExactTransfer} from "./libraries/ExactTransfer.sol";

/// @title ValidatorStaking
/// @notice Validator manager of the DatanetRegistry: validators stake OPEN per datanet to join the validator set
/// of a datanet whose owner chose a staked mode, leave it by unbonding, and withdraw after a delay in which
/// governance can still slash them.
/// @dev The registry lets only this contract (its `validatorManager`) add and remove validators of Staked and
/// StakeWeighted datanets, so a member of such a set always has active stake here, and vice versa. Tokens in
/// this contract always equal Σ (active + unbonding) over all positions: stake adds to both, withdraw and slash
/// take from both.
contract ValidatorStaking is IValidatorStaking, Ownable2Step {
    using SafeERC20 for IERC20;

    /// @notice Default stake to join a validator set: 10,000 OPEN.
    uint96 public constant DEFAULT_MIN_STAKE = 10_000e18;
    /// @notice Default unbonding delay. Longer than a governance proposal's lifecycle (1 + 5 days of voting, 2 days
    /// of timelock), so misbehaviour spotted when a validator leaves can still be slashed.
    uint40 public constant DEFAULT_UNBONDING_DELAY = 14 days;
    /// @notice Shortest allowed unbonding delay.
    uint40 public constant MIN_UNBONDING_DELAY = 1 days;
    /// @notice Longest allowed unbonding delay.
    uint40 public constant MAX_UNBONDING_DELAY = 365 days;

    /// @inheritdoc IValidatorStaking
    address public immutable token;
    /// @inheritdoc IValidatorStaking
    address public immutable datanetRegistry;

    /// @inheritdoc IValidatorStaking
    uint96 public minStake;
    /// @inheritdoc IValidatorStaking
    uint40 public unbondingDelay;
    /// @inheritdoc IValidatorStaking
    address public treasury;

    mapping(uint256 datanetId => mapping(address validator => Position)) private _positions;
    /// @inheritdoc IValidatorStaking
    mapping(uint256 datanetId => uint256) public totalActive;

    /// @param token_ the OPEN token stakes are paid in
    /// @param datanetRegistry_ the DatanetRegistry whose validator sets this contract manages (governance must
    /// make this contract its `validatorManager`)
    /// @param treasury_ where slashed stake goes
    /// @param initialOwner governance (the timelock in production)
    constructor(address token_, address datanetRegistry_, address treasury_, address initialOwner)
        Ownable(initialOwner)
    {
        if (token_ == address(0) || datanetRegistry_ == address(0)) revert ZeroAddress();
        token = token_;
        datanetRegistry = datanetRegistry_;
        _setMinStake(DEFAULT_MIN_STAKE);
        _setUnbondingDelay(DEFAULT_UNBONDING_DELAY);
        _setTreasury(treasury_);
    }

    // ------------------------------------------------------------------ validators

    /// @inheritdoc IValidatorStaking
    function stake(uint256 datanetId, uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        if (IDatanetRegistry(datanetRegistry).validatorMode(datanetId) == IDatanetRegistry.ValidatorMode.Owner) {
            revert DatanetNotStaked(datanetId);
        }
        Position storage p = _positions[datanetId][msg.sender];
        uint256 before = p.active;
        uint256 active = before + amount;
        if (active < minStake) revert BelowMinStake(active, minStake);
        p.active = SafeCast.toUint96(active);
        totalActive[datanetId] += amount;
        emit Staked(datanetId, msg.sender, amount, active);
        // The registry reverts when the set is full (TooManyValidators); the stake then stays with the caller.
        if (before == 0) IDatanetRegistry(datanetRegistry).addValidator(datanetId, msg.sender);
        ExactTransfer.pullExact(IERC20(token), msg.sender, address(this), amount);
    }

    /// @inheritdoc IValidatorStaking
    function requestUnbond(uint256 datanetId, uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        Position storage p = _positions[datanetId][msg.sender];
        uint256 active = p.active;
        if (amount > active) revert InsufficientStake(amount, active);
        uint256 remaining = active - amount;
        if (remaining != 0 && remaining < minStake) revert BelowMinStake(remaining, minStake);
        uint256 end = _unbond(datanetId, p, remaining, amount);
        emit UnbondingRequested(datanetId, msg.sender, amount, remaining, end);
        if (remaining == 0) IDatanetRegistry(datanetRegistry).removeValidator(datanetId, msg.sender);
    }

    /// @inheritdoc IValidatorStaking
    function withdraw(uint256 datanetId, address to) external returns (uint256 amount) {
        if (to == address(0)) revert ZeroAddress();
        Position storage p = _positions[datanetId][msg.sender];
        amount = p.unbonding;
        if (amount == 0) revert NothingToWithdraw(datanetId, msg.sender);
        // Days-long delays make a few seconds of timestamp drift irrelevant.
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp < p.unbondingEnd) revert StillUnbonding(datanetId, msg.sender, p.unbondingEnd);
        p.unbonding = 0;
        emit Withdrawn(datanetId, msg.sender, to, amount);
        IERC20(token).safeTransfer(to, amount);
    }

    // ------------------------------------------------------------------ views

    /// @inheritdoc IValidatorStaking
    function voteWeight(uint256 datanetId, address validator) external view returns (uint256 weight, uint256 total) {
        return (_positions[datanetId][validator].active, totalActive[datanetId]);
    }

    /// @inheritdoc IValidatorStaking
    function position(uint256 datanetId, address validator) external view returns (Position memory) {
        return _positions[datanetId][validator];
    }

    // ------------------------------------------------------------------ governance

    /// @inheritdoc IValidatorStaking
    /// @dev Caps at what the position holds rather than reverting, so a slash proposal still executes after the
    /// validator withdrew part of an unbonding stake.
    function slash(uint256 datanetId, address validator, uint256 amount, bytes32 evidence)
        external
        onlyOwner
        returns (uint256 slashed)
    {
        Position storage p = _positions[datanetId][validator];
        uint256 active = p.active;
        uint256 unbonding = p.unbonding;
        if (active + unbonding == 0) revert NothingToSlash(datanetId, validator);
        slashed = amount < active + unbonding ? amount : active + unbonding;
        uint256 fromActive = slashed < active ? slashed : active;
        // forge-lint: disable-next-line(unsafe-typecast) at most the uint96 it is taken from
        p.unbonding = uint96(unbonding - (slashed - fromActive));
        uint256 remaining = active - fromActive;
        bool removed = active != 0 && remaining < minStake;
        totalActive[datanetId] -= fromActive;
        if (removed) {
            // What is left below the minimum starts unbonding (and stays slashable until withdrawn).
            _unbond(datanetId, p, 0, remaining);
        } else {
            // forge-lint: disable-next-line(unsafe-typecast) below the uint96 it was
            p.active = uint96(remaining);
        }
        address to = treasury;
        emit Slashed(datanetId, validator, slashed, to, evidence, removed);
        if (removed) IDatanetRegistry(datanetRegistry).removeValidator(datanetId, validator);
        IERC20(token).safeTransfer(to, slashed);
    }

    /// @inheritdoc IValidatorStaking
    function setMinStake(uint96 newMinStake) external onlyOwner {
        _setMinStake(newMinStake);
    }

    /// @inheritdoc IValidatorStaking
    function setUnbondingDelay(uint40 delay) external onlyOwner {
        _setUnbondingDelay(delay);
    }

    /// @inheritdoc IValidatorStaking
    function setTreasury(address newTreasury) external onlyOwner {
        _setTreasury(newTreasury);
    }

    // ------------------------------------------------------------------ internals

    /// @dev Sets the position's active stake to `remaining` and moves `amount` of it to unbonding (and out of the
    /// datanet's total), restarting the delay; returns the new end.
    function _unbond(uint256 datanetId, Position storage p, uint256 remaining, uint256 amount)
        private
        returns (uint256 end)
    {
        end = block.timestamp + unbondingDelay;
        // forge-lint: disable-next-line(unsafe-typecast) below the active stake, a uint96
        p.active = uint96(remaining);
        p.unbonding = SafeCast.toUint96(uint256(p.unbonding) + amount);
        p.unbondingEnd = SafeCast.toUint40(end);
        totalActive[datanetId] -= amount;
    }

    function _setMinStake(uint96 newMinStake) private {
        if (newMinStake == 0) revert InvalidMinStake(newMinStake);
        minStake = newMinStake;
        emit MinStakeUpdated(newMinStake);
    }

    function _setUnbondingDelay(uint40 delay) private {
        if (delay < MIN_UNBONDING_DELAY || delay > MAX_UNBONDING_DELAY) revert InvalidUnbondingDelay(delay);
        unbondingDelay = delay;
        emit UnbondingDelayUpdated(delay);
    }

    function _setTreasury(address newTreasury) private {
        if (newTreasury == address(0)) revert ZeroAddress();
        treasury = newTreasury;
        emit TreasuryUpdated(newTreasury);
    }
}
