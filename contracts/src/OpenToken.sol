// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

/// @title OpenToken
/// @notice The OPEN token: bonds, inference fees and governance votes. A fixed supply of one billion
/// tokens is minted once, at deployment; there is no mint or burn function afterwards.
/// @dev Votes are checkpointed by timestamp rather than block number (ERC-6372 "mode=timestamp") so
/// governance periods mean the same wall-clock time on every chain the token may be deployed to.
contract OpenToken is ERC20, ERC20Permit, ERC20Votes {
    /// @notice The whole supply, in the smallest unit (18 decimals).
    uint256 public constant TOTAL_SUPPLY = 1_000_000_000e18;

    /// @notice Raised when the constructor is given the zero address as the supply's recipient.
    error ZeroRecipient();

    /// @notice Mints the entire fixed supply to `recipient`.
    /// @param recipient who receives the supply (a treasury or distribution contract; non-zero)
    constructor(address recipient) ERC20("Open", "OPEN") ERC20Permit("Open") {
        // ERC20's own ERC20InvalidReceiver would also catch this, but a dedicated error makes a bad
        // deployment script obvious.
        if (recipient == address(0)) revert ZeroRecipient();
        _mint(recipient, TOTAL_SUPPLY);
    }

    /// @notice The current point of the votes clock: the block timestamp.
    /// @return the block timestamp, as ERC-6372 requires a uint48
    function clock() public view override returns (uint48) {
        return uint48(block.timestamp);
    }

    /// @notice Describes the votes clock as ERC-6372 requires.
    /// @return always "mode=timestamp"
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    /// @notice The next permit / delegateBySig nonce of `owner` (one counter serves both).
    /// @param owner the account whose nonce is read
    /// @return the nonce the next signature of `owner` must use
    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }

    /// @dev Every balance change also moves voting units between delegates.
    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }
}
