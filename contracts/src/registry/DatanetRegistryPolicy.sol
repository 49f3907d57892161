// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";

import {IDatanetRegistry} from "../interfaces/IDatanetRegistry.sol";

/// @title DatanetRegistryPolicy
/// @notice What governance decides for the DatanetRegistry: the treasury of forfeited bonds, the quota new datanets
/// start with, the contributor penalty policy, and (once each) the validator manager of staked datanets and the
/// penalty sink that applies penalties to claims.
/// @dev The DatanetRegistry's base; it holds no datanet state. Its variables come first in the registry's storage:
/// the treasury shares its slot with the penalty policy, which a finalizing vote reads.
abstract contract DatanetRegistryPolicy is IDatanetRegistry, Ownable2Step {
    /// @notice Default files one contributor may upload to one datanet per UTC day.
    uint32 public constant DEFAULT_FILES_PER_CONTRIBUTOR_PER_DAY = 20;

    /// @notice Default bytes one contributor may upload to one datanet per UTC day (10 MB, 1 MB = 10^6 bytes).
    uint64 public constant DEFAULT_BYTES_PER_CONTRIBUTOR_PER_DAY = 10_000_000;

    /// @notice Default bytes all contributors together may upload to one datanet per UTC day (10 MB).
    uint64 public constant DEFAULT_BYTES_PER_DATANET_PER_DAY = 10_000_000;

    /// @notice Default penalty threshold: more than 30 % of a contributor's finalized contributions rejected.
    uint16 public constant DEFAULT_PENALTY_THRESHOLD_BPS = 3000;

    /// @notice Default number of finalized contributions before a contributor can be penalized.
    uint32 public constant DEFAULT_PENALTY_MIN_DECIDED = 5;

    uint256 internal constant BPS = 10_000;

    /// @inheritdoc IDatanetRegistry
    address public treasury;
    uint16 private _penaltyThresholdBps;
    uint32 private _penaltyMinDecided;
    /// @inheritdoc IDatanetRegistry
    address public validatorManager;
    /// @inheritdoc IDatanetRegistry
    address public penaltySink;
    Quota internal _defaultQuota;

    /// @param treasury_ where forfeited bonds go (non-zero)
    constructor(address treasury_) {
        if (treasury_ == address(0)) revert ZeroAddress();
        treasury = treasury_;
        emit TreasuryUpdated(treasury_);
        (_penaltyThresholdBps, _penaltyMinDecided) = (DEFAULT_PENALTY_THRESHOLD_BPS, DEFAULT_PENALTY_MIN_DECIDED);
        emit PenaltyPolicyUpdated(DEFAULT_PENALTY_THRESHOLD_BPS, DEFAULT_PENALTY_MIN_DECIDED);
        _defaultQuota = Quota(
            DEFAULT_FILES_PER_CONTRIBUTOR_PER_DAY,
            DEFAULT_BYTES_PER_CONTRIBUTOR_PER_DAY,
            DEFAULT_BYTES_PER_DATANET_PER_DAY
        );
        emit DefaultQuotaUpdated(_defaultQuota);
    }

    /// @inheritdoc IDatanetRegistry
    function setTreasury(address treasury_) external onlyOwner {
        if (treasury_ == address(0)) revert ZeroAddress();
        treasury = treasury_;
        emit TreasuryUpdated(treasury_);
    }

    /// @inheritdoc IDatanetRegistry
    function setValidatorManager(address manager) external onlyOwner {
        if (manager == address(0)) revert ZeroAddress();
        if (validatorManager != address(0)) revert ValidatorManagerAlreadySet(validatorManager);
        validatorManager = manager;
        emit ValidatorManagerSet(manager);
    }

    /// @inheritdoc IDatanetRegistry
    function setPenaltySink(address sink) external onlyOwner {
        if (sink == address(0)) revert ZeroAddress();
        if (penaltySink != address(0)) revert PenaltySinkAlreadySet(penaltySink);
        penaltySink = sink;
        emit PenaltySinkSet(sink);
    }

    /// @inheritdoc IDatanetRegistry
    function setPenaltyPolicy(uint16 thresholdBps, uint32 minDecided) external onlyOwner {
        if (thresholdBps > BPS || minDecided == 0) revert InvalidPenaltyPolicy(thresholdBps, minDecided);
        (_penaltyThresholdBps, _penaltyMinDecided) = (thresholdBps, minDecided);
        emit PenaltyPolicyUpdated(thresholdBps, minDecided);
    }

    /// @inheritdoc IDatanetRegistry
    function setDefaultQuota(Quota calldata quota) external onlyOwner {
        _checkQuota(quota);
        _defaultQuota = quota;
        emit DefaultQuotaUpdated(quota);
    }

    /// @inheritdoc IDatanetRegistry
    function penaltyPolicy() external view returns (uint16 thresholdBps, uint32 minDecided) {
        return (_penaltyThresholdBps, _penaltyMinDecided);
    }

    /// @inheritdoc IDatanetRegistry
    function defaultQuota() external view returns (Quota memory) {
        return _defaultQuota;
    }

    /// @dev The policy's verdict on a contributor's counters: at least `minDecided` finalized contributions and
    /// more than `thresholdBps` of them rejected.
    function _penalizedBy(uint256 accepted, uint256 rejected) internal view returns (bool) {
        uint256 decided = accepted + rejected;
        return decided >= _penaltyMinDecided && rejected * BPS > _penaltyThresholdBps * decided;
    }

    function _checkQuota(Quota calldata quota) internal pure {
        if (
            quota.filesPerContributorPerDay == 0 || quota.bytesPerContributorPerDay == 0
                || quota.bytesPerDatanetPerDay == 0
        ) revert InvalidQuota();
    }
}
