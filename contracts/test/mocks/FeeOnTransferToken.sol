// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice Test token that burns `feeBps` of every transfer (not of mints or burns), so the receiver gets
/// less than the amount sent: the behaviour ExactTransfer exists to refuse.
contract FeeOnTransferToken is ERC20 {
    /// @notice The fee, in basis points of each transfer.
    uint256 public immutable feeBps;

    /// @param feeBps_ the fee in basis points (at most 10,000)
    constructor(uint256 feeBps_) ERC20("Fee Token", "FEE") {
        require(feeBps_ <= 10_000, "fee above 100%");
        feeBps = feeBps_;
    }

    /// @notice Mints `amount` to `to`; anyone may call (test token).
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @dev Transfers `value` minus the fee and burns the fee.
    function _update(address from, address to, uint256 value) internal override {
        if (from == address(0) || to == address(0)) {
            super._update(from, to, value);
            return;
        }
        uint256 fee = value * feeBps / 10_000;
        super._update(from, address(0), fee);
        super._update(from, to, value - fee);
    }
}
