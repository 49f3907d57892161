// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IScoreVerifier} from "../../src/interfaces/IScoreVerifier.sol";

/// @title TestScoreVerifier
/// @notice TEST-ONLY stand-in for the Groth16 score verifier. It accepts exactly one "proof" per set of
/// public inputs, the 32 bytes keccak256(abi.encodePacked(publicInputs)), so any change to any public
/// input makes verification fail as it would with a real verifier. It proves nothing about the scores:
/// never deploy it outside a local chain.
contract TestScoreVerifier is IScoreVerifier {
    /// @inheritdoc IScoreVerifier
    function verifyProof(bytes calldata proof, uint256[] calldata publicInputs) external pure returns (bool) {
        return keccak256(proof) == keccak256(abi.encodePacked(keccak256(abi.encodePacked(publicInputs))));
    }

    /// @inheritdoc IScoreVerifier
    function verifyingKeyHash() external pure returns (bytes32) {
        return keccak256("test-verifier");
    }

    /// @notice The proof this verifier accepts for `publicInputs`.
    function proofFor(uint256[] memory publicInputs) external pure returns (bytes memory) {
        return abi.encodePacked(keccak256(abi.encodePacked(publicInputs)));
    }
}
