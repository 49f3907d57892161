// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Vm} from "../utils/Vm.sol";
import {DatanetRegistry} from "../../src/DatanetRegistry.sol";
import {OpenToken} from "../../src/OpenToken.sol";
import {IDatanetRegistry} from "../../src/interfaces/IDatanetRegistry.sol";

/// @notice Drives a DatanetRegistry with bounded random calls from a fixed set of contributors and
/// validator candidates, and keeps ghost books the invariants compare the registry against. The handler
/// owns both datanets, so it also reshapes their validator sets and quorums.
/// @dev Every registry call sits in try/catch: a refused call leaves the ghosts untouched and the run goes
/// on. The ghosts are written from what the handler sent and its own model of the voting rules, never
/// read back from the registry.
contract DatanetHandler {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    /// @dev What the handler sent for one contribution, and the status its model predicts.
    struct GhostContribution {
        uint256 datanetId;
        address contributor;
        bytes32 contentHash;
        uint32 size;
        uint96 bond;
        IDatanetRegistry.Status status;
        uint256 accepts;
        uint256 rejects;
    }

    uint256 public constant FUNDS = 1000e18;

    DatanetRegistry public immutable registry;
    OpenToken public immutable token;

    uint256[] internal _datanets;
    address[] internal _actors;
    address[] internal _candidates;

    // ---------------------------------------------------------------- ghosts

    uint256[] internal _contributionIds;
    mapping(uint256 contributionId => GhostContribution) internal _ghost;
    mapping(uint256 contributionId => address[]) internal _voters;
    mapping(uint256 datanetId => mapping(address contributor => uint256)) public ghostSubmitted;
    mapping(uint256 datanetId => mapping(address contributor => uint256)) public ghostAccepted;
    mapping(uint256 datanetId => mapping(address contributor => uint256)) public ghostRejected;
    mapping(uint256 datanetId => bytes32[]) internal _accumulators;
    mapping(uint256 datanetId => uint256) public ghostQuorum;
    mapping(uint256 datanetId => bool) public ghostForfeits;
    mapping(uint256 datanetId => uint96) public ghostBond;
    uint256 public ghostPendingBonds;
    uint256 public ghostForfeited;

    /// @notice How often each action went through, to see that a run exercised the registry.
    mapping(bytes32 action => uint256) public calls;

    /// @param registry_ the registry under test (the handler creates its datanets)
    /// @param token_ the registry's token; the test funds each of `actors()` with FUNDS of it
    constructor(DatanetRegistry registry_, OpenToken token_) {
        registry = registry_;
        token = token_;
        for (uint256 i; i < 4; ++i) {
            address actor = vm.addr(0xC0 + i);
            _actors.push(actor);
            vm.prank(actor);
            token.approve(address(registry_), type(uint256).max);
        }
        for (uint256 i; i < 6; ++i) {
            _candidates.push(vm.addr(0xA0 + i));
        }

        // A forfeiting datanet with a tight quota (uploads get refused) and a lenient one with a generous one.
        address[] memory set = new address[](3);
        (set[0], set[1], set[2]) = (_candidates[0], _candidates[1], _candidates[2]);
        uint256 tight = _createDatanet(3e18, true, set, 2);
        registry.setQuota(tight, IDatanetRegistry.Quota(3, 6_000_000, 9_000_000));
        set = new address[](2);
        (set[0], set[1]) = (_candidates[2], _candidates[3]);
        uint256 lenient = _createDatanet(1e18, false, set, 1);
        registry.setQuota(lenient, IDatanetRegistry.Quota(1000, 1e12, 1e12));
    }

    function _createDatanet(uint96 bond, bool forfeit, address[] memory set, uint16 quorum)
        internal
        returns (uint256 id)
    {
        id = registry.createDatanet(
            IDatanetRegistry.DatanetParams({
                metadataURI: "ipfs://handler",
                kind: IDatanetRegistry.Kind.Tabular,
                bond: bond,
                forfeitBondOnReject: forfeit,
                validators: set,
                quorum: quorum
            })
        );
        _datanets.push(id);
        _accumulators[id].push(bytes32(0));
        ghostQuorum[id] = quorum;
        ghostForfeits[id] = forfeit;
        ghostBond[id] = bond;
    }

    // ---------------------------------------------------------------- actions

    /// @notice An actor uploads a file of bounded size to one of the datanets.
    function contribute(uint256 actorSeed, uint256 datanetSeed, uint256 sizeSeed, bytes32 contentHash) external {
        address actor = _actors[actorSeed % _actors.length];
        uint256 datanetId = _datanets[datanetSeed % _datanets.length];
        // forge-lint: disable-next-line(unsafe-typecast) at most 4,000,000
        uint32 size = uint32(1 + sizeSeed % 4_000_000);
        if (contentHash == bytes32(0)) contentHash = keccak256(abi.encode(sizeSeed));
        uint96 bond = ghostBond[datanetId];

        vm.prank(actor);
        try registry.contribute(datanetId, contentHash, size, "ipfs://fuzz") returns (uint256 id) {
            _contributionIds.push(id);
            _ghost[id] = GhostContribution({
                datanetId: datanetId,
                contributor: actor,
                contentHash: contentHash,
                size: size,
                bond: bond,
                status: IDatanetRegistry.Status.Pending,
                accepts: 0,
                rejects: 0
            });
            ++ghostSubmitted[datanetId][actor];
            ghostPendingBonds += bond;
            ++calls["contribute"];
        } catch {
            ++calls["contribute refused"];
        }
    }

    /// @notice One vote on a contribution made so far, mostly a pending one. The voter is mostly a current
    /// validator of its datanet and sometimes any candidate (often refused: not a validator, or voted).
    function vote(uint256 validatorSeed, uint256 contributionSeed, bool accept) external {
        (bool found, uint256 id) = _pick(contributionSeed);
        if (!found) return;
        address[] memory current = registry.validators(_ghost[id].datanetId);
        address validator = validatorSeed % 8 == 0
            ? _candidates[(validatorSeed >> 8) % _candidates.length]
            : current[(validatorSeed >> 8) % current.length];
        _castVote(validator, id, accept);
    }

    /// @notice Every current validator of a pending contribution's datanet votes the same way, which
    /// finalizes it unless some of the quorum's votes went to the other side or to removed validators.
    function voteRound(uint256 contributionSeed, bool accept) external {
        (bool found, uint256 id) = _pick(contributionSeed);
        if (!found) return;
        address[] memory current = registry.validators(_ghost[id].datanetId);
        for (uint256 i; i < current.length; ++i) {
            _castVote(current[i], id, accept);
        }
        ++calls["voteRound"];
    }

    /// @notice The handler, as datanet owner, adds a candidate to a datanet's validator set.
    function addValidator(uint256 datanetSeed, uint256 candidateSeed) external {
        uint256 datanetId = _datanets[datanetSeed % _datanets.length];
        try registry.addValidator(datanetId, _candidates[candidateSeed % _candidates.length]) {
            ++calls["addValidator"];
        } catch {
            ++calls["addValidator refused"];
        }
    }

    /// @notice The handler, as datanet owner, removes a candidate from a datanet's validator set.
    function removeValidator(uint256 datanetSeed, uint256 candidateSeed) external {
        uint256 datanetId = _datanets[datanetSeed % _datanets.length];
        try registry.removeValidator(datanetId, _candidates[candidateSeed % _candidates.length]) {
            ++calls["removeValidator"];
        } catch {
            ++calls["removeValidator refused"];
        }
    }

    /// @notice The handler, as datanet owner, moves a datanet's quorum within 1..4.
    function setQuorum(uint256 datanetSeed, uint256 quorumSeed) external {
        uint256 datanetId = _datanets[datanetSeed % _datanets.length];
        // forge-lint: disable-next-line(unsafe-typecast) at most 4
        uint16 quorum = uint16(1 + quorumSeed % 4);
        try registry.setQuorum(datanetId, quorum) {
            ghostQuorum[datanetId] = quorum;
            ++calls["setQuorum"];
        } catch {
            ++calls["setQuorum refused"];
        }
    }

    /// @notice Time passes (up to two days), rolling the daily quotas over now and then.
    function warp(uint256 secondsSeed) external {
        vm.warp(block.timestamp + secondsSeed % 2 days);
        ++calls["warp"];
    }

    // ---------------------------------------------------------------- ghost model

    /// @dev A contribution to vote on: three times in four a pending one (when there is one), else any.
    function _pick(uint256 seed) internal view returns (bool found, uint256 id) {
        uint256 count = _contributionIds.length;
        if (count == 0) return (false, 0);
        if (seed % 4 != 0) {
            uint256[] memory pending = new uint256[](count);
            uint256 n;
            for (uint256 i; i < count; ++i) {
                uint256 candidate = _contributionIds[i];
                if (_ghost[candidate].status == IDatanetRegistry.Status.Pending) pending[n++] = candidate;
            }
            if (n != 0) return (true, pending[(seed >> 8) % n]);
        }
        return (true, _contributionIds[(seed >> 8) % count]);
    }

    function _castVote(address validator, uint256 id, bool accept) internal {
        vm.prank(validator);
        try registry.vote(id, accept) {
            GhostContribution storage g = _ghost[id];
            _voters[id].push(validator);
            uint256 quorum = ghostQuorum[g.datanetId];
            if (accept && ++g.accepts >= quorum) _accept(id, g);
            else if (!accept && ++g.rejects >= quorum) _reject(g);
            ++calls["vote"];
        } catch {
            ++calls["vote refused"];
        }
    }

    function _accept(uint256 id, GhostContribution storage g) internal {
        g.status = IDatanetRegistry.Status.Accepted;
        bytes32[] storage history = _accumulators[g.datanetId];
        uint256 index = history.length - 1;
        history.push(
            keccak256(abi.encode(history[index], g.datanetId, index, id, g.contributor, g.contentHash, uint256(g.size)))
        );
        ++ghostAccepted[g.datanetId][g.contributor];
        ghostPendingBonds -= g.bond;
    }

    function _reject(GhostContribution storage g) internal {
        g.status = IDatanetRegistry.Status.Rejected;
        ++ghostRejected[g.datanetId][g.contributor];
        ghostPendingBonds -= g.bond;
        if (ghostForfeits[g.datanetId]) ghostForfeited += g.bond;
    }

    // ---------------------------------------------------------------- views for the invariants

    function datanetIds() external view returns (uint256[] memory) {
        return _datanets;
    }

    function actors() external view returns (address[] memory) {
        return _actors;
    }

    function candidates() external view returns (address[] memory) {
        return _candidates;
    }

    function contributionIds() external view returns (uint256[] memory) {
        return _contributionIds;
    }

    function ghost(uint256 id) external view returns (GhostContribution memory) {
        return _ghost[id];
    }

    function voters(uint256 id) external view returns (address[] memory) {
        return _voters[id];
    }

    /// @notice The ghost's accumulator history of a datanet: entry k is the value after k acceptances.
    function accumulators(uint256 datanetId) external view returns (bytes32[] memory) {
        return _accumulators[datanetId];
    }

    /// @notice The selectors the invariant runner may call.
    function actions() external pure returns (bytes4[] memory selectors) {
        selectors = new bytes4[](7);
        selectors[0] = this.contribute.selector;
        selectors[1] = this.vote.selector;
        selectors[2] = this.voteRound.selector;
        selectors[3] = this.addValidator.selector;
        selectors[4] = this.removeValidator.selector;
        selectors[5] = this.setQuorum.selector;
        selectors[6] = this.warp.selector;
    }
}
