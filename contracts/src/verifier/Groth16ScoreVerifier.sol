// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IScoreVerifier} from "../interfaces/IScoreVerifier.sol";

/// @title Groth16ScoreVerifier
/// @notice The RewardVault's score verifier: checks a settlement proof of the gnark circuit in
/// internal/proof/circuit with the Solidity verifier gnark exports for its verifying key (generated and
/// deployed with the keys, never committed: `oracle setup`, internal/proof/soliditygen).
/// @dev The circuit has one public input, the digest of the vault's public-input vector:
///   digest = uint256(sha256(abi.encodePacked(v_0, ..., v_{L-1}))) & (2^253 - 1)
/// where v is the vault's vector zero-padded to the circuit's length L = 12 + ceil(M/2) (M the circuit's
/// batch size). Hashing costs a few hundred gas where each public input of a Groth16 verifier costs about
/// 6,500. Every word must be below the BN254 scalar field order r, or the proof is rejected. The circuit
/// uses no commitment, so the generated verifier's interface is fixed: verifyProof(bytes, uint256[1]), with
/// the proof as gnark's MarshalSolidity writes it (A, B, C: 256 bytes); it reverts on a bad proof.
contract Groth16ScoreVerifier is IScoreVerifier {
    /// @notice The BN254 scalar field order r.
    uint256 public constant FIELD_ORDER = 0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001;
    /// @notice Size of a proof: A (G1), B (G2), C (G1), uncompressed.
    uint256 public constant PROOF_SIZE = 256;
    /// @dev The digest keeps the low 253 bits of the SHA-256 value, so it is a field element.
    uint256 private constant DIGEST_MASK = (1 << 253) - 1;
    /// @dev Selector of the generated verifier's verifyProof(bytes,uint256[1]).
    bytes4 private constant VERIFY_PROOF = bytes4(keccak256("verifyProof(bytes,uint256[1])"));

    /// @notice gnark's exported Groth16 verifier for the keys.
    address public immutable groth16Verifier;
    /// @inheritdoc IScoreVerifier
    bytes32 public immutable verifyingKeyHash;
    /// @notice L, the length of the public-input vector the circuit hashes.
    uint256 public immutable publicInputCount;

    /// @notice The Groth16 verifier address holds no code.
    error NoCode(address groth16Verifier);
    /// @notice The circuit's vector must hold at least the vault's twelve fixed words.
    error InvalidPublicInputCount(uint256 count);

    /// @param groth16Verifier_ gnark's exported verifier for the verifying key
    /// @param verifyingKeyHash_ keccak256 of the verifying key's gnark encoding (internal/proof.VerifyingKeyHash)
    /// @param publicInputCount_ 12 + ceil(M/2) for a circuit of batch size M
    constructor(address groth16Verifier_, bytes32 verifyingKeyHash_, uint256 publicInputCount_) {
        if (groth16Verifier_.code.length == 0) revert NoCode(groth16Verifier_);
        if (publicInputCount_ < 13 || publicInputCount_ > 1024) revert InvalidPublicInputCount(publicInputCount_);
        groth16Verifier = groth16Verifier_;
        verifyingKeyHash = verifyingKeyHash_;
        publicInputCount = publicInputCount_;
    }

    /// @inheritdoc IScoreVerifier
    /// @dev False, never a revert, for a proof of the wrong size, a vector longer than the circuit's or a word
    /// not below the field order.
    function verifyProof(bytes calldata proof, uint256[] calldata publicInputs) external view returns (bool) {
        uint256 digest = publicInputDigest(publicInputs);
        if (proof.length != PROOF_SIZE || digest == type(uint256).max) return false;
        uint256[1] memory input = [digest];
        (bool ok, bytes memory ret) = groth16Verifier.staticcall(abi.encodeWithSelector(VERIFY_PROOF, proof, input));
        return ok && ret.length == 0;
    }

    /// @notice The circuit's public input for a vault vector, or type(uint256).max when the vector is too long
    /// or holds a word that is not below the field order.
    function publicInputDigest(uint256[] calldata publicInputs) public view returns (uint256) {
        uint256 n = publicInputs.length;
        uint256 count = publicInputCount;
        if (n > count) return type(uint256).max;
        bytes memory words = new bytes(32 * count);
        for (uint256 i; i < n; ++i) {
            uint256 x = publicInputs[i];
            if (x >= FIELD_ORDER) return type(uint256).max;
            assembly ("memory-safe") {
                mstore(add(words, add(0x20, shl(5, i))), x)
            }
        }
        return uint256(sha256(words)) & DIGEST_MASK;
    }
}
