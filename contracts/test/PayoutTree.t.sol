// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Test} from "./utils/Test.sol";
import {PayoutTree} from "../src/libraries/PayoutTree.sol";

/// @dev Exposes the library with calldata proofs, as the vault uses it.
contract PayoutTreeHarness {
    function verify(bytes32 root, bytes32 leaf, uint256 index, bytes32[] calldata proof) external pure returns (bool) {
        return PayoutTree.verify(root, leaf, index, proof);
    }
}

/// @notice Checks the Solidity payout-tree hashing against vectors the Go side generates
/// (internal/payout, `UPDATE_VECTORS=1 go test ./internal/payout` rewrites them).
contract PayoutTreeVectorsTest is Test {
    PayoutTreeHarness private harness;
    string private json;

    function setUp() public {
        harness = new PayoutTreeHarness();
        json = vm.readFile("contracts/test/vectors/payout_tree.json");
    }

    function test_vectors_leafHashesAndProofs() public view {
        uint256 depth = vm.parseJsonUint(json, ".depth");
        bytes32 root = vm.parseJsonBytes32(json, ".root");
        uint256[] memory indices = vm.parseJsonUintArray(json, ".indices");
        address[] memory accounts = vm.parseJsonAddressArray(json, ".accounts");
        uint256[] memory amounts = vm.parseJsonUintArray(json, ".amounts");
        bytes32[] memory leafHashes = vm.parseJsonBytes32Array(json, ".leafHashes");
        bytes32[] memory proofs = vm.parseJsonBytes32Array(json, ".proofs");
        assertEq(proofs.length, indices.length * depth);

        for (uint256 i; i < indices.length; ++i) {
            bytes32 leaf = PayoutTree.leafHash(indices[i], accounts[i], amounts[i]);
            assertEq(leaf, leafHashes[i]);
            bytes32[] memory proof = new bytes32[](depth);
            for (uint256 d; d < depth; ++d) {
                proof[d] = proofs[i * depth + d];
            }
            assertTrue(harness.verify(root, leaf, indices[i], proof), "vector leaf does not verify");
            assertFalse(harness.verify(root, leaf, indices[i] ^ 1, proof));
            assertFalse(harness.verify(root, leaf, indices[i] + (1 << depth), proof));
            assertFalse(
                harness.verify(root, PayoutTree.leafHash(indices[i], accounts[i], amounts[i] ^ 1), indices[i], proof)
            );
        }
    }

    function test_nodeHash_isDomainSeparatedFromLeaves() public pure {
        // A node over (a, b) and a leaf whose encoding starts with the same bytes must differ.
        bytes32 a = bytes32(uint256(1));
        bytes32 b = bytes32(uint256(2));
        assertNotEq(PayoutTree.nodeHash(a, b), keccak256(abi.encodePacked(a, b)));
        assertNotEq(PayoutTree.nodeHash(a, b), PayoutTree.leafHash(uint256(a), address(uint160(uint256(b))), 0));
    }
}
