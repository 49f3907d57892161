// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Vm} from "../test/utils/Vm.sol";
import {OpenToken} from "../src/OpenToken.sol";
import {DatanetRegistry} from "../src/DatanetRegistry.sol";
import {ModelRegistry} from "../src/ModelRegistry.sol";
import {RewardVault} from "../src/RewardVault.sol";
import {TestScoreVerifier} from "../test/mocks/TestScoreVerifier.sol";
import {GovernanceSetup} from "./GovernanceSetup.sol";

/// @notice Deploys the suite: OpenToken, DatanetRegistry, ModelRegistry and RewardVault.
/// @dev Environment (all optional):
///   ADMIN          governance owner of the registries and the vault (default: the broadcaster; in
///                  production a TimelockController)
///   TREASURY       receives forfeited bonds and the treasury share (default: ADMIN)
///   TOKEN_HOLDER   receives the fixed OPEN supply (default: the broadcaster)
///   VERIFIER       IScoreVerifier the vault checks settlement proofs with. Required except on a local
///                  chain (id 31337), where the test-only verifier is deployed and the output says so.
///   EPOCH_LENGTH   seconds per reward epoch (default 1 day)
///   ORACLE         an oracle to allow (only when ADMIN is the broadcaster)
///   GOVERNANCE     1: also deploy ValidatorStaking, SettlementGuard, FeedbackRegistry, a TimelockController and
///                  the OpenGovernor, and hand every owned contract to the timelock (see GovernanceSetup for its
///                  settings: CHALLENGE_WINDOW, VOTING_DELAY, ...). ADMIN must then be the broadcaster.
///   DEPLOYMENT_OUT where to write the addresses as JSON (default: none)
/// The vault's address is predicted from the broadcaster's nonce so that the model registry and the
/// vault can hold each other as immutables.
contract Deploy is GovernanceSetup {
    Vm private constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    error LocalVerifierOnMainnet(uint256 chainId);
    error VaultAddressMismatch(address predicted, address deployed);
    error GovernanceNeedsDeployerAdmin(address admin, address deployer);

    struct Deployment {
        address token;
        address datanets;
        address models;
        address vault;
        address verifier;
        address admin;
        address treasury;
        address oracle;
        bool testVerifier;
        Governance governance;
    }

    function run() external returns (Deployment memory d) {
        vm.startBroadcast();
        (, address deployer,) = vm.readCallers();
        d.admin = vm.envOr("ADMIN", deployer);
        d.treasury = vm.envOr("TREASURY", d.admin);
        d.verifier = vm.envOr("VERIFIER", address(0));
        if (d.verifier == address(0)) {
            if (block.chainid != 31_337) revert LocalVerifierOnMainnet(block.chainid);
            d.verifier = address(new TestScoreVerifier());
            d.testVerifier = true;
        }
        _deploySuite(d, deployer);
        d.oracle = vm.envOr("ORACLE", address(0));
        if (d.oracle != address(0) && d.admin == deployer) ModelRegistry(d.models).setOracle(d.oracle, true);
        if (vm.envOr("GOVERNANCE", uint256(0)) == 1) {
            if (d.admin != deployer) revert GovernanceNeedsDeployerAdmin(d.admin, deployer);
            d.governance = _deployGovernance(d.token, d.datanets, d.models, d.vault, d.treasury, deployer);
            d.admin = d.governance.timelock;
        }
        vm.stopBroadcast();
        _write(d);
    }

    function _deploySuite(Deployment memory d, address deployer) private {
        d.token = address(new OpenToken(vm.envOr("TOKEN_HOLDER", deployer)));
        d.datanets = address(new DatanetRegistry(d.token, d.treasury, d.admin));
        address predictedVault = vm.computeCreateAddress(deployer, vm.getNonce(deployer) + 1);
        d.models = address(new ModelRegistry(d.datanets, predictedVault, d.token, d.admin));
        uint64 epochLength = uint64(vm.envOr("EPOCH_LENGTH", uint256(1 days)));
        d.vault = address(new RewardVault(d.token, d.models, d.datanets, d.verifier, d.treasury, epochLength, d.admin));
        if (d.vault != predictedVault) revert VaultAddressMismatch(predictedVault, d.vault);
    }

    function _write(Deployment memory d) private {
        string memory out = vm.envOr("DEPLOYMENT_OUT", string(""));
        if (bytes(out).length == 0) return;
        string memory key = "deployment";
        vm.serializeUint(key, "chainId", block.chainid);
        vm.serializeAddress(key, "openToken", d.token);
        vm.serializeAddress(key, "datanetRegistry", d.datanets);
        vm.serializeAddress(key, "modelRegistry", d.models);
        vm.serializeAddress(key, "rewardVault", d.vault);
        vm.serializeAddress(key, "admin", d.admin);
        vm.serializeAddress(key, "treasury", d.treasury);
        vm.serializeAddress(key, "oracle", d.oracle);
        vm.serializeUint(key, "testVerifier", d.testVerifier ? 1 : 0);
        if (d.governance.timelock != address(0)) {
            vm.serializeAddress(key, "timelock", d.governance.timelock);
            vm.serializeAddress(key, "governor", d.governance.governor);
            vm.serializeAddress(key, "validatorStaking", d.governance.staking);
            vm.serializeAddress(key, "settlementGuard", d.governance.guard);
            vm.serializeAddress(key, "feedbackRegistry", d.governance.feedback);
        }
        vm.writeFile(out, vm.serializeAddress(key, "scoreVerifier", d.verifier));
    }
}
