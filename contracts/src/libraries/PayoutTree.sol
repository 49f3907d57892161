// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title PayoutTree
/// @notice The one place that fixes how a model's cumulative payout tree is hashed. Leaves sit at their
/// contribution's accepted index in a fixed-depth binary tree (empty positions hold the hash of a zero
/// leaf), so the path to a leaf is given by the bits of its index, least significant bit first.
/// @dev Leaf and inner-node hashes are domain-separated (0x00 / 0x01 prefix) so a node can never pass as a
/// leaf. The proofs issue replaces keccak256 here with the circuit's hash; callers do not change.
library PayoutTree {
    /// @notice Hash of the leaf (index, account, cumulative).
    function leafHash(uint256 index, address account, uint256 cumulative) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore8(p, 0x00)
            mstore(add(p, 0x01), index)
            mstore(add(p, 0x21), account)
            mstore(add(p, 0x41), cumulative)
            h := keccak256(p, 0x61)
        }
    }

    /// @notice Hash of an inner node.
    function nodeHash(bytes32 left, bytes32 right) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore8(p, 0x01)
            mstore(add(p, 0x01), left)
            mstore(add(p, 0x21), right)
            h := keccak256(p, 0x41)
        }
    }

    /// @notice True when `leaf` sits at `index` under `root` with the sibling path `proof`.
    /// @dev `index` must fit in proof.length bits, or the same leaf could be proven at two positions.
    function verify(bytes32 root, bytes32 leaf, uint256 index, bytes32[] calldata proof) internal pure returns (bool) {
        uint256 depth = proof.length;
        if (depth < 256 && index >> depth != 0) return false;
        bytes32 h = leaf;
        for (uint256 i; i < depth; ++i) {
            h = (index >> i) & 1 == 0 ? nodeHash(h, proof[i]) : nodeHash(proof[i], h);
        }
        return h == root;
    }
}
