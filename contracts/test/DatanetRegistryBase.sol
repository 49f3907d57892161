// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Test} from "./utils/Test.sol";
import {DatanetRegistry} from "../src/DatanetRegistry.sol";
import {OpenToken} from "../src/OpenToken.sol";
import {IDatanetRegistry} from "../src/interfaces/IDatanetRegistry.sol";

/// @notice Shared fixture of the DatanetRegistry tests: an OPEN token, a registry, a datanet owner, three
/// validators and two funded contributors that approved the registry.
abstract contract DatanetRegistryBase is Test {
    uint96 internal constant BOND = 5e18;
    uint256 internal constant FUNDS = 1_000_000e18;
    /// @dev Some Tuesday at 12:00 UTC, so tests start mid-day and away from timestamp 0.
    uint256 internal constant START = 1_750_075_200;

    OpenToken internal token;
    DatanetRegistry internal registry;

    address internal gov = makeAddr("gov");
    address internal treasury = makeAddr("treasury");
    address internal owner = makeAddr("owner");
    address internal v1 = makeAddr("v1");
    address internal v2 = makeAddr("v2");
    address internal v3 = makeAddr("v3");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal stranger = makeAddr("stranger");

    function setUp() public virtual {
        vm.warp(START);
        token = new OpenToken(address(this));
        registry = new DatanetRegistry(address(token), treasury, gov);
        _fund(alice);
        _fund(bob);
    }

    // ---------------------------------------------------------------- helpers

    function _fund(address who) internal {
        assertTrue(token.transfer(who, FUNDS));
        vm.prank(who);
        token.approve(address(registry), type(uint256).max);
    }

    function _validators3() internal view returns (address[] memory list) {
        list = new address[](3);
        (list[0], list[1], list[2]) = (v1, v2, v3);
    }

    function _params(uint96 bond, bool forfeit, address[] memory validators, uint16 quorum)
        internal
        pure
        returns (IDatanetRegistry.DatanetParams memory)
    {
        return IDatanetRegistry.DatanetParams({
            metadataURI: "ipfs://datanet",
            kind: IDatanetRegistry.Kind.Text,
            bond: bond,
            forfeitBondOnReject: forfeit,
            validators: validators,
            quorum: quorum
        });
    }

    /// @dev A datanet owned by `owner`, validated by v1..v3 with quorum 2.
    function _create(uint96 bond, bool forfeit) internal returns (uint256 id) {
        vm.prank(owner);
        id = registry.createDatanet(_params(bond, forfeit, _validators3(), 2));
    }

    function _hash(uint256 n) internal pure returns (bytes32) {
        return keccak256(abi.encode("file", n));
    }

    function _contribute(address who, uint256 datanetId, bytes32 contentHash, uint32 size)
        internal
        returns (uint256 id)
    {
        vm.prank(who);
        id = registry.contribute(datanetId, contentHash, size, "ipfs://file");
    }

    function _vote(address validator, uint256 contributionId, bool accept) internal {
        vm.prank(validator);
        registry.vote(contributionId, accept);
    }

    /// @dev The accumulator link, written out independently of the registry.
    function _link(
        bytes32 prev,
        uint256 datanetId,
        uint256 index,
        uint256 contributionId,
        address contributor,
        bytes32 contentHash,
        uint32 size
    ) internal pure returns (bytes32) {
        return keccak256(
            bytes.concat(
                prev,
                bytes32(datanetId),
                bytes32(index),
                bytes32(contributionId),
                bytes32(uint256(uint160(contributor))),
                contentHash,
                bytes32(uint256(size))
            )
        );
    }

    function _score(uint256 accepted, uint256 rejected) internal pure returns (uint256) {
        return 10_000 * accepted / (accepted + rejected + 2);
    }

    function _assertReputation(uint256 datanetId, address who, uint256 submitted, uint256 accepted, uint256 rejected)
        internal
        view
    {
        IDatanetRegistry.Reputation memory r = registry.reputation(datanetId, who);
        assertEq(r.submitted, submitted, "submitted");
        assertEq(r.accepted, accepted, "accepted");
        assertEq(r.rejected, rejected, "rejected");
        assertEq(registry.reputationScore(datanetId, who), _score(accepted, rejected), "score");
    }
}
