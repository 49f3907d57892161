// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Test} from "./utils/Test.sol";
import {Poseidon2} from "../src/libraries/Poseidon2.sol";
import {PayoutTree} from "../src/libraries/PayoutTree.sol";
import {Poseidon2Hasher} from "../src/libraries/Poseidon2Hasher.sol";

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

    function nodeHash(bytes32 left, bytes32 right) external pure returns (bytes32) {
        return PayoutTree.nodeHash(left, right);
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

    /// @dev The hasher's first word pair is a plain compression.
    function test_hasher_vectors() public {
        address hasher = Poseidon2Hasher.deploy();
        for (uint256 i; i < 5; ++i) {
            uint256[] memory v = vm.parseJsonUintArray(json, string.concat(".compress[", vm.toString(i), "]"));
            (bool ok, bytes memory out) = hasher.staticcall(abi.encode(v[0], v[1], 0));
            assertTrue(ok);
            assertEq(abi.decode(out, (uint256)), v[2], "hasher vector");
        }
    }

    /// @dev The hasher walks a path exactly as the library's compress would, inputs taken mod r.
    function testFuzz_hasher_matchesLibrary(uint256 w0, uint256 w1, uint8 bits, bytes32[3] memory siblings) public {
        address hasher = Poseidon2Hasher.deploy();
        uint256 h = Poseidon2.compress(w0, w1);
        for (uint256 i; i < 3; ++i) {
            uint256 s = uint256(siblings[i]);
            h = (bits >> i) & 1 == 0 ? Poseidon2.compress(h, s) : Poseidon2.compress(s, h);
        }
        (bool ok, bytes memory out) =
            hasher.staticcall(abi.encodePacked(w0, w1, uint256(bits), siblings[0], siblings[1], siblings[2]));
        assertTrue(ok);
        assertEq(abi.decode(out, (uint256)), h);
    }

    function test_hasher_rejectsMalformedCalls() public {
        address hasher = Poseidon2Hasher.deploy();
        bool ok;
        (ok,) = hasher.staticcall("");
        assertFalse(ok, "empty");
        (ok,) = hasher.staticcall(abi.encode(1, 2));
        assertFalse(ok, "two words");
        (ok,) = hasher.staticcall(abi.encodePacked(uint256(1), uint256(2), uint256(0), uint8(1)));
        assertFalse(ok, "partial word");
        vm.deal(address(this), 1);
        (ok,) = hasher.call{value: 1}(abi.encode(1, 2, 0));
        assertFalse(ok, "value");
    }

    /// @dev Gas of a claim's hashing: one leaf and `depth` nodes in one hasher call (the -vvvv trace shows
    /// each depth; docs/gas.md lists them).
    function test_gas_hasherPath() public {
        address hasher = Poseidon2Hasher.deploy();
        for (uint256 depth; depth <= 10; ++depth) {
            bytes memory input = abi.encode(uint256(1), uint256(2), uint256(0));
            for (uint256 i; i < depth; ++i) {
                input = bytes.concat(input, bytes32(i + 1));
            }
            uint256 g = gasleft();
            (bool ok,) = hasher.staticcall(input);
            uint256 used = g - gasleft();
            assertTrue(ok);
            assertLe(used, 1000 + 5600 * (depth + 1), "hasher gas per level");
        }
    }
}
