// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Test} from "./utils/Test.sol";
import {DatanetHandler} from "./handlers/DatanetHandler.sol";
import {DatanetRegistry} from "../src/DatanetRegistry.sol";
import {OpenToken} from "../src/OpenToken.sol";
import {IDatanetRegistry} from "../src/interfaces/IDatanetRegistry.sol";

/// @notice Invariants of the DatanetRegistry under random contributions, votes and validator-set and quorum
/// changes, checked against the handler's ghost books.
contract DatanetRegistryInvariantTest is Test {
    OpenToken internal token;
    DatanetRegistry internal registry;
    DatanetHandler internal handler;
    address internal treasury = makeAddr("treasury");

    function setUp() public {
        vm.warp(1_750_075_200);
        token = new OpenToken(address(this));
        registry = new DatanetRegistry(address(token), treasury, makeAddr("gov"));
        handler = new DatanetHandler(registry, token);
        address[] memory actors = handler.actors();
        for (uint256 i; i < actors.length; ++i) {
            assertTrue(token.transfer(actors[i], handler.FUNDS()));
        }

        targetContract(address(handler));
        targetSelector(FuzzSelector({addr: address(handler), selectors: handler.actions()}));
    }

    /// @dev Each contributor's counters equal the ghost's counts of its submissions and outcomes.
    function invariant_reputationMatchesGhost() public view {
        uint256[] memory datanets = handler.datanetIds();
        address[] memory actors = handler.actors();
        for (uint256 i; i < datanets.length; ++i) {
            for (uint256 j; j < actors.length; ++j) {
                IDatanetRegistry.Reputation memory r = registry.reputation(datanets[i], actors[j]);
                uint256 accepted = handler.ghostAccepted(datanets[i], actors[j]);
                uint256 rejected = handler.ghostRejected(datanets[i], actors[j]);
                assertEq(r.submitted, handler.ghostSubmitted(datanets[i], actors[j]), "submitted");
                assertEq(r.accepted, accepted, "accepted");
                assertEq(r.rejected, rejected, "rejected");
                assertEq(
                    registry.reputationScore(datanets[i], actors[j]), 10_000 * accepted / (accepted + rejected + 2)
                );
            }
        }
    }

    /// @dev acceptedCount counts exactly the Accepted contributions, whose accepted indices are 0..count-1
    /// and map back to them; every status is the one the ghost's model of the voting rules predicts.
    function invariant_acceptedCountAndStatuses() public view {
        uint256[] memory datanets = handler.datanetIds();
        uint256[] memory ids = handler.contributionIds();
        for (uint256 i; i < datanets.length; ++i) {
            uint256 accepted;
            uint256 total;
            for (uint256 j; j < ids.length; ++j) {
                IDatanetRegistry.Contribution memory c = registry.contribution(ids[j]);
                if (c.datanetId != datanets[i]) continue;
                ++total;
                assertTrue(c.status == handler.ghost(ids[j]).status, "status");
                if (c.status == IDatanetRegistry.Status.Accepted) {
                    ++accepted;
                    assertEq(registry.acceptedContribution(datanets[i], c.acceptedIndex), ids[j], "index");
                }
            }
            IDatanetRegistry.Datanet memory d = registry.datanet(datanets[i]);
            assertEq(d.acceptedCount, accepted, "acceptedCount");
            assertEq(d.contributionCount, total, "contributionCount");
        }
    }

    /// @dev The accumulator, and its whole history, equal the ghost's running hash.
    function invariant_accumulatorMatchesGhost() public view {
        uint256[] memory datanets = handler.datanetIds();
        for (uint256 i; i < datanets.length; ++i) {
            bytes32[] memory history = handler.accumulators(datanets[i]);
            IDatanetRegistry.Datanet memory d = registry.datanet(datanets[i]);
            assertEq(d.acceptedCount + 1, history.length, "history length");
            assertEq(d.accumulator, history[history.length - 1]);
            for (uint256 k; k < history.length; ++k) {
                assertEq(registry.accumulatorAt(datanets[i], k), history[k]);
            }
        }
    }

    /// @dev The registry holds exactly the bonds of pending contributions, and forfeits reached the treasury.
    function invariant_bondsHeldArePendingBonds() public view {
        uint256[] memory ids = handler.contributionIds();
        uint256 pending;
        for (uint256 j; j < ids.length; ++j) {
            IDatanetRegistry.Contribution memory c = registry.contribution(ids[j]);
            if (c.status == IDatanetRegistry.Status.Pending) pending += c.bond;
        }
        assertEq(token.balanceOf(address(registry)), pending, "held != pending bonds");
        assertEq(pending, handler.ghostPendingBonds(), "ghost pending bonds");
        assertEq(token.balanceOf(treasury), handler.ghostForfeited(), "forfeited");

        // Nothing is created or lost: the contributors, the registry and the treasury share the funds.
        address[] memory actors = handler.actors();
        uint256 sum = token.balanceOf(address(registry)) + token.balanceOf(treasury);
        for (uint256 j; j < actors.length; ++j) {
            sum += token.balanceOf(actors[j]);
        }
        assertEq(sum, actors.length * handler.FUNDS());
    }

    /// @dev A contribution's tallies add up to the validators recorded as having voted on it, once each.
    function invariant_votesMatchVoters() public view {
        uint256[] memory ids = handler.contributionIds();
        address[] memory candidates = handler.candidates();
        for (uint256 j; j < ids.length; ++j) {
            IDatanetRegistry.Contribution memory c = registry.contribution(ids[j]);
            address[] memory voted = handler.voters(ids[j]);
            assertEq(uint256(c.accepts) + c.rejects, voted.length, "tally != voters");
            uint256 flagged;
            for (uint256 k; k < candidates.length; ++k) {
                if (registry.hasVoted(ids[j], candidates[k])) ++flagged;
            }
            assertEq(flagged, voted.length, "hasVoted != voters");
            DatanetHandler.GhostContribution memory g = handler.ghost(ids[j]);
            assertEq(c.accepts, g.accepts, "accepts");
            assertEq(c.rejects, g.rejects, "rejects");
        }
    }

    /// @dev The validator list, the count and the membership test agree, and the quorum stays reachable.
    function invariant_validatorSetConsistent() public view {
        uint256[] memory datanets = handler.datanetIds();
        address[] memory candidates = handler.candidates();
        for (uint256 i; i < datanets.length; ++i) {
            IDatanetRegistry.Datanet memory d = registry.datanet(datanets[i]);
            address[] memory list = registry.validators(datanets[i]);
            assertEq(list.length, d.validatorCount, "count");
            assertLe(d.validatorCount, registry.MAX_VALIDATORS());
            assertGe(d.quorum, 1);
            assertLe(d.quorum, d.validatorCount, "quorum unreachable");
            assertEq(d.quorum, handler.ghostQuorum(datanets[i]), "quorum");
            uint256 members;
            for (uint256 k; k < candidates.length; ++k) {
                if (registry.isValidator(datanets[i], candidates[k])) ++members;
            }
            assertEq(members, list.length, "membership");
            for (uint256 k; k < list.length; ++k) {
                assertTrue(registry.isValidator(datanets[i], list[k]), "listed but not a validator");
            }
        }
    }
}
