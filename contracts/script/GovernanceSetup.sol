// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";

import {Vm} from "../test/utils/Vm.sol";
import {OpenGovernor} from "../src/governance/OpenGovernor.sol";
import {ValidatorStaking} from "../src/ValidatorStaking.sol";
import {SettlementGuard} from "../src/SettlementGuard.sol";
import {FeedbackRegistry} from "../src/FeedbackRegistry.sol";
import {DatanetRegistry} from "../src/DatanetRegistry.sol";
import {RewardVault} from "../src/RewardVault.sol";

/// @notice Deploys governance on top of a suite the broadcaster owns, and hands the suite to it.
/// @dev Steps, all in the broadcast:
///   1. ValidatorStaking, SettlementGuard and FeedbackRegistry; the registry gets the staking contract as its
///      validator manager and the vault as its penalty sink, the vault gets the guard (each set once).
///   2. A TimelockController with a zero delay for now, the broadcaster its only proposer (anyone executes), and
///      the OpenGovernor.
///   3. Ownable2Step handover: the broadcaster transfers the registries, the vault, the staking contract and the
///      guard to the timelock; one timelock batch, scheduled and executed at once while the delay is zero, has the
///      timelock accept all five and raise its own delay to TIMELOCK_DELAY.
///   4. The governor becomes the timelock's proposer and canceller; the broadcaster gives up every timelock role.
/// From then on only proposals that pass change anything.
/// Environment (optional): CHALLENGE_WINDOW (seconds; default 2 days), VOTING_DELAY, VOTING_PERIOD (seconds),
/// PROPOSAL_THRESHOLD (wei of OPEN), QUORUM_PERCENT, TIMELOCK_DELAY (seconds) — defaults are OpenGovernor's.
abstract contract GovernanceSetup {
    Vm private constant VM = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    /// @notice The governance contracts of a deployment.
    struct Governance {
        address timelock;
        address governor;
        address staking;
        address guard;
        address feedback;
    }

    function _deployGovernance(
        address token,
        address datanets,
        address models,
        address vault,
        address treasury,
        address deployer
    ) internal returns (Governance memory g) {
        g.staking = address(new ValidatorStaking(token, datanets, treasury, deployer));
        g.guard = address(new SettlementGuard(vault, deployer));
        g.feedback = address(new FeedbackRegistry(vault, models, datanets));
        DatanetRegistry(datanets).setValidatorManager(g.staking);
        DatanetRegistry(datanets).setPenaltySink(vault);
        RewardVault(vault).setSettlementGuard(g.guard);
        uint256 window = VM.envOr("CHALLENGE_WINDOW", uint256(SettlementGuard(g.guard).DEFAULT_CHALLENGE_WINDOW()));
        if (window != SettlementGuard(g.guard).challengeWindow()) {
            // forge-lint: disable-next-line(unsafe-typecast) the guard bounds it to 30 days
            SettlementGuard(g.guard).setChallengeWindow(uint40(window));
        }

        address[] memory proposers = new address[](1);
        proposers[0] = deployer;
        address[] memory executors = new address[](1); // address(0): anyone
        TimelockController timelock = new TimelockController(0, proposers, executors, deployer);
        g.timelock = address(timelock);
        g.governor = address(_governor(token, timelock));

        address[] memory owned = new address[](5);
        (owned[0], owned[1], owned[2], owned[3], owned[4]) = (datanets, models, vault, g.staking, g.guard);
        _handOver(timelock, owned);

        timelock.grantRole(timelock.PROPOSER_ROLE(), g.governor);
        timelock.grantRole(timelock.CANCELLER_ROLE(), g.governor);
        timelock.renounceRole(timelock.PROPOSER_ROLE(), deployer);
        timelock.renounceRole(timelock.CANCELLER_ROLE(), deployer);
        timelock.renounceRole(timelock.DEFAULT_ADMIN_ROLE(), deployer);
    }

    function _governor(address token, TimelockController timelock) private returns (OpenGovernor) {
        // forge-lint: disable-start(unsafe-typecast) the operator's own settings, days-scale
        return new OpenGovernor(
            IVotes(token),
            timelock,
            uint48(VM.envOr("VOTING_DELAY", uint256(1 days))),
            uint32(VM.envOr("VOTING_PERIOD", uint256(5 days))),
            VM.envOr("PROPOSAL_THRESHOLD", uint256(100_000e18)),
            VM.envOr("QUORUM_PERCENT", uint256(4))
        );
        // forge-lint: disable-end(unsafe-typecast)
    }

    /// @dev Transfers each contract to the timelock, then has the timelock accept them all and set its real delay
    /// in one batch, scheduled and executed in the same broadcast while the delay is still zero.
    function _handOver(TimelockController timelock, address[] memory owned) private {
        uint256 n = owned.length;
        address[] memory targets = new address[](n + 1);
        bytes[] memory payloads = new bytes[](n + 1);
        for (uint256 i; i < n; ++i) {
            (bool ok,) = owned[i].call(abi.encodeWithSignature("transferOwnership(address)", address(timelock)));
            require(ok, "transferOwnership");
            (targets[i], payloads[i]) = (owned[i], abi.encodeWithSignature("acceptOwnership()"));
        }
        uint256 delay = VM.envOr("TIMELOCK_DELAY", uint256(2 days));
        (targets[n], payloads[n]) = (address(timelock), abi.encodeCall(timelock.updateDelay, (delay)));
        uint256[] memory values = new uint256[](n + 1);
        timelock.scheduleBatch(targets, values, payloads, bytes32(0), keccak256("poa: governance handover"), 0);
        timelock.executeBatch(targets, values, payloads, bytes32(0), keccak256("poa: governance handover"));
    }
}
