// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {PayoutTree} from "../../src/libraries/PayoutTree.sol";

/// @title PayoutTreeBuilder
/// @notice TEST-ONLY: builds a full fixed-depth payout tree in memory, hashing with PayoutTree exactly as
/// the RewardVault verifies it and as internal/payout (Go) builds it: the leaf at position i holds
/// (i, account, cumulative); a position without a leaf holds the zero leaf (i, address(0), 0).
library PayoutTreeBuilder {
    /// @notice One leaf: everything ever owed to the contribution at `index`.
    struct Leaf {
        uint256 index;
        address account;
        uint256 cumulative;
    }

    /// @notice A built tree: levels[0] are the 2^depth leaf hashes, levels[depth] holds the root alone.
    struct Tree {
        uint256 depth;
        bytes32[][] levels;
    }

    error DepthOutOfRange(uint256 depth);
    error IndexOutOfRange(uint256 index, uint256 size);
    error DuplicateIndex(uint256 index);

    /// @notice Builds the tree of `depth` (1..16 keeps it cheap enough for tests) over `leaves`, which
    /// must have distinct indices below 2^depth.
    function build(uint256 depth, Leaf[] memory leaves) internal pure returns (Tree memory t) {
        if (depth > 16) revert DepthOutOfRange(depth);
        // forge-lint: disable-next-line(incorrect-shift) 2^depth positions
        uint256 size = 1 << depth;
        bytes32[] memory level = new bytes32[](size);
        bool[] memory set = new bool[](size);
        for (uint256 i; i < leaves.length; ++i) {
            uint256 index = leaves[i].index;
            if (index >= size) revert IndexOutOfRange(index, size);
            if (set[index]) revert DuplicateIndex(index);
            set[index] = true;
            level[index] = PayoutTree.leafHash(index, leaves[i].account, leaves[i].cumulative);
        }
        for (uint256 i; i < size; ++i) {
            if (!set[i]) level[i] = PayoutTree.leafHash(i, address(0), 0);
        }
        t.depth = depth;
        t.levels = new bytes32[][](depth + 1);
        t.levels[0] = level;
        for (uint256 d; d < depth; ++d) {
            bytes32[] memory prev = t.levels[d];
            bytes32[] memory next = new bytes32[](prev.length / 2);
            for (uint256 i; i < next.length; ++i) {
                next[i] = PayoutTree.nodeHash(prev[2 * i], prev[2 * i + 1]);
            }
            t.levels[d + 1] = next;
        }
    }

    /// @notice Builds a tree whose leaves sit at positions 0..accounts.length-1.
    function buildDense(uint256 depth, address[] memory accounts, uint256[] memory cumulatives)
        internal
        pure
        returns (Tree memory)
    {
        require(accounts.length == cumulatives.length, "PayoutTreeBuilder: length mismatch");
        Leaf[] memory leaves = new Leaf[](accounts.length);
        for (uint256 i; i < accounts.length; ++i) {
            leaves[i] = Leaf(i, accounts[i], cumulatives[i]);
        }
        return build(depth, leaves);
    }

    /// @notice The tree's root.
    function root(Tree memory t) internal pure returns (bytes32) {
        return t.levels[t.depth][0];
    }

    /// @notice The sibling path of the leaf at `index`, from the leaf up (the order PayoutTree.verify reads).
    function proof(Tree memory t, uint256 index) internal pure returns (bytes32[] memory path) {
        uint256 size = t.levels[0].length;
        if (index >= size) revert IndexOutOfRange(index, size);
        path = new bytes32[](t.depth);
        for (uint256 d; d < t.depth; ++d) {
            path[d] = t.levels[d][(index >> d) ^ 1];
        }
    }

    /// @notice The smallest depth whose tree holds `n` leaves (at least 1, so every proof has a sibling).
    function depthFor(uint256 n) internal pure returns (uint256 d) {
        d = 1;
        // forge-lint: disable-next-line(incorrect-shift) 2^d positions
        while ((1 << d) < n) ++d;
    }
}
