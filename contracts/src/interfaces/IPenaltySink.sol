// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title IPenaltySink
/// @notice Receives contributor penalty statuses from the DatanetRegistry (implemented by the RewardVault, which
/// applies them when a penalized contributor claims).
interface IPenaltySink {
    /// @notice Records whether `contributor` is penalized in `datanetId`. DatanetRegistry only.
    function setPenalized(uint256 datanetId, address contributor, bool penalized) external;
}
