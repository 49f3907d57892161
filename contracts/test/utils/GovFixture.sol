// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";

import {PoaFixture} from "./PoaFixture.sol";
import {PayoutTreeBuilder} from "./PayoutTreeBuilder.sol";
import {OpenGovernor} from "../../src/governance/OpenGovernor.sol";
import {ValidatorStaking} from "../../src/ValidatorStaking.sol";
import {SettlementGuard} from "../../src/SettlementGuard.sol";
import {FeedbackRegistry} from "../../src/FeedbackRegistry.sol";
import {IDatanetRegistry} from "../../src/interfaces/IDatanetRegistry.sol";
import {IRewardVault} from "../../src/interfaces/IRewardVault.sol";

/// @notice The suite of PoaFixture plus governance: ValidatorStaking, SettlementGuard and FeedbackRegistry wired to
/// the registries and the vault, an OpenGovernor with its TimelockController (default settings), and every owned
/// contract handed to the timelock through Ownable2Step: `admin` transfers, and the governor's first proposal
/// has the timelock accept. `voter` holds (and delegated itself) 5 % of the supply, `voter2` 3 %; `poor` holds
/// less than the proposal threshold.
abstract contract GovFixture is PoaFixture {
    using PayoutTreeBuilder for PayoutTreeBuilder.Tree;

    uint256 internal constant VOTER_FUNDS = 50_000_000e18;
    uint256 internal constant VOTER2_FUNDS = 30_000_000e18;

    TimelockController internal timelock;
    OpenGovernor internal governor;
    ValidatorStaking internal staking;
    SettlementGuard internal guard;
    FeedbackRegistry internal feedback;

    address internal voter = makeAddr("voter");
    address internal voter2 = makeAddr("voter2");
    address internal poor = makeAddr("poor");
    uint256 internal proposalNonce;

    function setUp() public virtual override {
        super.setUp();
        _deployGovernance();
        _acceptOwnershipByProposal();
    }

    function _deployGovernance() internal {
        address[] memory none = new address[](0);
        address[] memory anyone = new address[](1); // address(0): anyone may execute a ready operation
        timelock = new TimelockController(2 days, none, anyone, address(this));
        governor = new OpenGovernor(token, timelock, 1 days, 5 days, 100_000e18, 4);
        timelock.grantRole(timelock.PROPOSER_ROLE(), address(governor));
        timelock.grantRole(timelock.CANCELLER_ROLE(), address(governor));
        timelock.renounceRole(timelock.DEFAULT_ADMIN_ROLE(), address(this));

        staking = new ValidatorStaking(address(token), address(datanets), treasury, admin);
        guard = new SettlementGuard(address(vault), admin);
        feedback = new FeedbackRegistry(address(vault), address(models), address(datanets));

        vm.startPrank(admin);
        datanets.setValidatorManager(address(staking));
        datanets.setPenaltySink(address(vault));
        vault.setSettlementGuard(address(guard));
        datanets.transferOwnership(address(timelock));
        models.transferOwnership(address(timelock));
        vault.transferOwnership(address(timelock));
        staking.transferOwnership(address(timelock));
        guard.transferOwnership(address(timelock));
        vm.stopPrank();

        require(token.transfer(voter, VOTER_FUNDS), "fund voter");
        require(token.transfer(voter2, VOTER2_FUNDS), "fund voter2");
        require(token.transfer(poor, 1000e18), "fund poor");
        vm.prank(voter);
        token.delegate(voter);
        vm.prank(voter2);
        token.delegate(voter2);
        vm.prank(poor);
        token.delegate(poor);
        vm.warp(block.timestamp + 1);
    }

    /// @dev The handover's second step, through the full proposal lifecycle.
    function _acceptOwnershipByProposal() internal {
        address[] memory targets = new address[](5);
        targets[0] = address(datanets);
        targets[1] = address(models);
        targets[2] = address(vault);
        targets[3] = address(staking);
        targets[4] = address(guard);
        bytes[] memory calls = new bytes[](5);
        for (uint256 i; i < 5; ++i) {
            calls[i] = abi.encodeWithSignature("acceptOwnership()");
        }
        _govern(targets, calls);
    }

    // ---------------------------------------------------------------- proposal lifecycle

    function _one(address target, bytes memory data) internal pure returns (address[] memory t, bytes[] memory c) {
        t = new address[](1);
        t[0] = target;
        c = new bytes[](1);
        c[0] = data;
    }

    function _description() internal returns (string memory) {
        return string.concat("proposal #", vm.toString(++proposalNonce));
    }

    function _propose(address[] memory targets, bytes[] memory calls, string memory description)
        internal
        returns (uint256 id)
    {
        vm.prank(voter);
        id = governor.propose(targets, new uint256[](targets.length), calls, description);
    }

    /// @dev propose → (voting delay) → castVote for → (voting period) → queue → (timelock delay) → execute.
    function _govern(address[] memory targets, bytes[] memory calls) internal returns (uint256 id) {
        string memory description = _description();
        id = _propose(targets, calls, description);
        assertTrue(governor.state(id) == IGovernor.ProposalState.Pending);
        vm.warp(block.timestamp + governor.votingDelay() + 1);
        assertTrue(governor.state(id) == IGovernor.ProposalState.Active);
        vm.prank(voter);
        governor.castVote(id, 1);
        vm.warp(block.timestamp + governor.votingPeriod());
        assertTrue(governor.state(id) == IGovernor.ProposalState.Succeeded);
        bytes32 descriptionHash = keccak256(bytes(description));
        uint256[] memory values = new uint256[](targets.length);
        governor.queue(targets, values, calls, descriptionHash);
        assertTrue(governor.state(id) == IGovernor.ProposalState.Queued);
        vm.warp(block.timestamp + timelock.getMinDelay());
        governor.execute(targets, values, calls, descriptionHash);
        assertTrue(governor.state(id) == IGovernor.ProposalState.Executed);
    }

    function _govern(address target, bytes memory data) internal returns (uint256) {
        (address[] memory t, bytes[] memory c) = _one(target, data);
        return _govern(t, c);
    }

    // ---------------------------------------------------------------- staking and guarded settlement

    /// @dev A datanet (owned by datanetOwner) in `mode` with the given quorum and the stakers staked.
    function _stakedDatanet(
        IDatanetRegistry.ValidatorMode mode,
        uint16 quorum,
        address[] memory stakers,
        uint256 amount
    ) internal returns (uint256 id) {
        id = _createDatanet(_pair(validatorA, validatorB), 1);
        vm.prank(datanetOwner);
        datanets.setValidatorMode(id, mode, quorum);
        for (uint256 i; i < stakers.length; ++i) {
            _stake(stakers[i], id, amount);
        }
    }

    function _stake(address who, uint256 id, uint256 amount) internal {
        if (token.balanceOf(who) < amount) require(token.transfer(who, amount), "fund staker");
        vm.startPrank(who);
        token.approve(address(staking), amount);
        staking.stake(id, amount);
        vm.stopPrank();
    }

    /// @dev Settles `ids` of epoch `epoch` into the tree `cumulatives` (queued in the guard).
    function _settleQueued(uint64 epoch, uint256[] memory ids, uint256[] memory cumulatives, uint256 distributed)
        internal
        returns (uint256 batchId, bytes32 root)
    {
        root = _tree(cumulatives).root();
        IRewardVault.Settlement memory s = _settlement(modelId, epoch, ids, root, distributed);
        batchId = _settle(s);
    }
}
