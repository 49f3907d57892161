// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Test} from "./utils/Test.sol";
import {Poseidon2} from "../src/libraries/Poseidon2.sol";
import {PayoutTree} from "../src/libraries/PayoutTree.sol";

/// @dev Exposes the libraries as external calls, so tests can measure and expect reverts.
contract Poseidon2Harness {
    function compress(uint256 a, uint256 b) external pure returns (uint256) {
        return Poseidon2.compress(a, b);
    }

    function roundConstants() external pure returns (uint256[] memory out) {
        uint256 table = Poseidon2.roundConstants();
        out = new uint256[](62);
        for (uint256 i; i < 62; ++i) {
            uint256 c;
            assembly ("memory-safe") {
                c := mload(add(table, shl(5, i)))
            }
            out[i] = c;
        }
    }

    function leafHash(uint256 index, address account, uint256 cumulative) external pure returns (bytes32) {
        return PayoutTree.leafHash(index, account, cumulative);
    }

    function verify(bytes32 root, bytes32 leaf, uint256 index, bytes32[] calldata proof) external pure returns (bool) {
        return PayoutTree.verify(root, leaf, index, proof);
    }
}

/// @notice Checks the Solidity Poseidon2 against vectors generated from gnark-crypto by
/// internal/proof/poseidon (`UPDATE_VECTORS=1 go test ./internal/proof/poseidon` rewrites them).
contract Poseidon2VectorsTest is Test {
    Poseidon2Harness private harness;
    string private json;

    function setUp() public {
        harness = new Poseidon2Harness();
        json = vm.readFile("contracts/test/vectors/poseidon2.json");
    }

    function test_modulus() public view {
        assertEq(Poseidon2.R, vm.parseJsonUint(json, ".modulus"));
    }

    function test_roundConstants_matchGnarkCrypto() public view {
        uint256[] memory want = vm.parseJsonUintArray(json, ".roundConstants");
        uint256[] memory got = harness.roundConstants();
        assertEq(got.length, want.length);
        for (uint256 i; i < want.length; ++i) {
            assertEq(got[i], want[i], "round constant");
        }
    }

    function test_compress_vectors() public view {
        for (uint256 i; i < 5; ++i) {
            uint256[] memory v = vm.parseJsonUintArray(json, string.concat(".compress[", vm.toString(i), "]"));
            assertEq(harness.compress(v[0], v[1]), v[2], "compress vector");
        }
    }

    function test_hash_chain() public view {
        uint256[] memory xs = vm.parseJsonUintArray(json, ".hash");
        uint256 h;
        for (uint256 i; i < xs.length; ++i) {
            h = Poseidon2.compress(h, xs[i]);
        }
        assertEq(h, vm.parseJsonUint(json, ".hashOut"));
    }

    /// @dev Inputs are taken mod r: a sibling given as x + r hashes like x.
    function test_compress_reducesInputs() public view {
        assertEq(harness.compress(Poseidon2.R + 1, 2), harness.compress(1, 2));
    }

    function test_leafHash_rejectsOutOfRange() public {
        vm.expectRevert(abi.encodeWithSelector(PayoutTree.LeafOutOfRange.selector, 0, Poseidon2.R));
        harness.leafHash(0, address(1), Poseidon2.R);
        vm.expectRevert(abi.encodeWithSelector(PayoutTree.LeafOutOfRange.selector, 1 << 64, 0));
        harness.leafHash(1 << 64, address(1), 0);
    }

    /// @dev Gas of one compression with a precomputed table (7,779) and of the table (about 4,500, more with
    /// the memory expansion). docs/proof.md compares the variants.
    function test_gas_compress() public view {
        uint256 g = gasleft();
        Poseidon2.compress(1, 2);
        uint256 one = g - gasleft();
        g = gasleft();
        Poseidon2.roundConstants();
        uint256 table = g - gasleft();
        uint256 t = Poseidon2.roundConstants();
        g = gasleft();
        Poseidon2.compressWith(t, 1, 2);
        uint256 with = g - gasleft();
        assertLe(with, 8000, "compressWith");
        assertLe(table, 8000, "roundConstants");
        assertLe(one, with + table + 500, "compress");
    }

    /// @dev Hashing a claim does: one leaf and `depth` nodes, through external calls (see the -vvvv trace for
    /// each depth's gas; docs/benchmarks.md lists them).
    function test_gas_leafAndPath() public view {
        for (uint256 depth = 1; depth <= 10; ++depth) {
            bytes32[] memory proof = new bytes32[](depth);
            for (uint256 i; i < depth; ++i) {
                proof[i] = bytes32(i + 1);
            }
            bytes32 leaf = harness.leafHash(0, address(this), 1e18);
            assertFalse(harness.verify(bytes32(0), leaf, 0, proof));
        }
    }
}
