// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Poseidon2} from "./Poseidon2.sol";

/// @title PayoutTree
/// @notice The one place that fixes how a model's cumulative payout tree is hashed. Leaves sit at their
/// contribution's accepted index in a fixed-depth binary tree (empty positions hold the hash of a zero
/// leaf), so the path to a leaf is given by the bits of its index, least significant bit first.
/// @dev Hashed with Poseidon2 (Poseidon2.compress, the function the settlement proof's circuit computes the
/// root with; internal/payout builds the same tree in Go; claims hash through a Poseidon2Hasher):
///   leaf = compress(2^224 + index * 2^160 + account, cumulative)
///   node = compress(left, right)
/// Leaves and nodes are separated by what opening one as the other would take: passing an inner node off as
/// a leaf needs its left child to equal the claimant's own encoding (2^224 + index * 2^160 + account), and
/// passing a leaf off as a node needs a compress preimage of its left input; the leaf tag 2^224 keeps every
/// leaf encoding apart from small values. Amounts must be below the field order r (the circuit bounds them
/// by 2^128) and indices below 2^64, so the leaf encoding is injective; siblings are taken mod r.
library PayoutTree {
    /// @notice Domain tag of leaves: bit 224 of the first compress input.
    uint256 internal constant LEAF_TAG = 1 << 224;

    /// @notice A leaf's index is not below 2^64 or its amount not below the field order.
    error LeafOutOfRange(uint256 index, uint256 cumulative);

    /// @notice Hash of the leaf (index, account, cumulative).
    function leafHash(uint256 index, address account, uint256 cumulative) internal pure returns (bytes32) {
        if (index >> 64 != 0 || cumulative >= Poseidon2.R) revert LeafOutOfRange(index, cumulative);
        return bytes32(Poseidon2.compress(LEAF_TAG | (index << 160) | uint160(account), cumulative));
    }

    /// @notice Hash of an inner node.
    function nodeHash(bytes32 left, bytes32 right) internal pure returns (bytes32) {
        return bytes32(Poseidon2.compress(uint256(left), uint256(right)));
    }

    /// @notice The hasher call failed (out of gas: it reverts on nothing else the library sends).
    error PayoutHasherFailed();

    /// @notice True when the leaf (index, account, cumulative) sits at `index` under `root` with the sibling
    /// path `proof`, hashed by `hasher` (a Poseidon2Hasher deployment: one call for the whole path, about
    /// 5,600 gas per level against 7,800 for Poseidon2.sol; the Foundry tests check both agree).
    /// @dev `index` must fit in proof.length bits, or the same leaf could be proven at two positions.
    function verify(
        address hasher,
        bytes32 root,
        uint256 index,
        address account,
        uint256 cumulative,
        bytes32[] calldata proof
    ) internal view returns (bool ok) {
        if (index >> 64 != 0 || cumulative >= Poseidon2.R) revert LeafOutOfRange(index, cumulative);
        if (proof.length < 256 && index >> proof.length != 0) return false;
        bool success;
        assembly ("memory-safe") {
            // w0 ‖ w1 ‖ bits ‖ siblings, in free memory (not reserved: nothing else is written before the call).
            let m := mload(0x40)
            mstore(m, or(LEAF_TAG, or(shl(160, index), account)))
            mstore(add(m, 0x20), cumulative)
            mstore(add(m, 0x40), index)
            calldatacopy(add(m, 0x60), proof.offset, shl(5, proof.length))
            success := staticcall(gas(), hasher, m, add(shl(5, proof.length), 0x60), 0, 0x20)
            success := and(success, eq(returndatasize(), 0x20))
            ok := eq(mload(0), root)
        }
        if (!success) revert PayoutHasherFailed();
    }
}
