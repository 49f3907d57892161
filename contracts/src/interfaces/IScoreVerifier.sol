// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title IScoreVerifier
/// @notice Checks a zero-knowledge proof that a settlement batch's attribution scores and payouts were
/// computed as the protocol specifies. The RewardVault builds the public inputs itself
/// (`IRewardVault.publicInputs`), so a proof only verifies for the batch it was made for.
interface IScoreVerifier {
    /// @notice True when `proof` is valid for `publicInputs` under this verifier's key.
    function verifyProof(bytes calldata proof, uint256[] calldata publicInputs) external view returns (bool);

    /// @notice Hash of the verifying key this contract checks against, so anyone can tell which keys a
    /// deployment uses.
    function verifyingKeyHash() external view returns (bytes32);
}
