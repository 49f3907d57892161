// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Test} from "./utils/Test.sol";
import {PayoutTree} from "../src/libraries/PayoutTree.sol";
import {Poseidon2} from "../src/libraries/Poseidon2.sol";
import {Poseidon2Hasher} from "../src/libraries/Poseidon2Hasher.sol";

/// @dev Exposes the library with calldata proofs and its own hasher, as the vault uses it.
contract PayoutTreeHarness {
    address public immutable hasher = Poseidon2Hasher.deploy();

    function verify(bytes32 root, uint256 index, address account, uint256 cumulative, bytes32[] calldata proof)
        external
        view
        returns (bool)
    {
        return verifyWith(hasher, root, index, account, cumulative, proof);
    }

    function verifyWith(
        address hasher_,
        bytes32 root,
        uint256 index,
        address account,
        uint256 cumulative,
        bytes32[] calldata proof
    ) public view returns (bool) {
        return PayoutTree.verify(hasher_, root, index, account, cumulative, proof);
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
            assertTrue(harness.verify(root, indices[i], accounts[i], amounts[i], proof), "vector leaf does not verify");
            assertFalse(harness.verify(root, indices[i] ^ 1, accounts[i], amounts[i], proof));
            assertFalse(harness.verify(root, indices[i] + (1 << depth), accounts[i], amounts[i], proof));
            assertFalse(harness.verify(root, indices[i], accounts[i], amounts[i] ^ 1, proof));
            assertFalse(harness.verify(root, indices[i], address(0xbad), amounts[i], proof));
        }
    }

    function test_verify_revertsOnLeafOutOfRange() public {
        bytes32[] memory proof = new bytes32[](1);
        vm.expectRevert(abi.encodeWithSelector(PayoutTree.LeafOutOfRange.selector, 0, Poseidon2.R));
        harness.verify(bytes32(0), 0, address(1), Poseidon2.R, proof);
        vm.expectRevert(abi.encodeWithSelector(PayoutTree.LeafOutOfRange.selector, 1 << 64, 0));
        harness.verify(bytes32(0), 1 << 64, address(1), 0, proof);
    }

    function test_verify_revertsWhenTheHasherFails() public {
        bytes32[] memory proof = new bytes32[](8);
        // An address without code returns nothing.
        vm.expectRevert(PayoutTree.PayoutHasherFailed.selector);
        harness.verifyWith(address(0xdead), bytes32(0), 0, address(1), 1, proof);
        // Too little gas for eight levels: the hasher runs out, the library reports it.
        vm.expectRevert(PayoutTree.PayoutHasherFailed.selector);
        harness.verify{gas: 30_000}(bytes32(0), 0, address(1), 1, proof);
    }

    function test_nodeHash_isDomainSeparatedFromLeaves() public pure {
        // A node over (a, b) and a leaf whose encoding starts with the same bytes must differ.
        bytes32 a = bytes32(uint256(1));
        bytes32 b = bytes32(uint256(2));
        assertNotEq(PayoutTree.nodeHash(a, b), keccak256(abi.encodePacked(a, b)));
        assertNotEq(PayoutTree.nodeHash(a, b), PayoutTree.leafHash(uint256(a), address(uint160(uint256(b))), 0));
    }
}
