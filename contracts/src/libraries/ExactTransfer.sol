// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @title ExactTransfer
/// @notice Pulls tokens and insists the receiver got exactly the amount asked for, so a token that takes a
/// fee on transfer (or otherwise delivers less) can never leave the books larger than the balance.
library ExactTransfer {
    using SafeERC20 for IERC20;

    /// @notice Raised when the receiver's balance grew by something other than `expected`.
    error TransferAmountMismatch(uint256 expected, uint256 received);

    /// @notice transferFrom(`from`, `to`, `amount`) that reverts unless `to` received exactly `amount`.
    function pullExact(IERC20 token, address from, address to, uint256 amount) internal {
        uint256 before = token.balanceOf(to);
        token.safeTransferFrom(from, to, amount);
        uint256 received = token.balanceOf(to) - before;
        if (received != amount) revert TransferAmountMismatch(amount, received);
    }
}
