// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {GovFixture} from "./utils/GovFixture.sol";
import {IDatanetRegistry} from "../src/interfaces/IDatanetRegistry.sol";
import {IRewardVault} from "../src/interfaces/IRewardVault.sol";

/// @notice Gas scenarios of governance and staking for `forge test --match-contract GovernanceGasTest
/// --gas-report` (docs/gas.md): each test makes its measured call once, on state its setUp prepared, so read
/// each function's min in the report. A one-call proposal (the fee split) is proposed, voted on, queued and
/// executed; a validator stakes, requests unbonding and withdraws; a guarded settlement is queued, disputed,
/// voided, released and finalized; a stake-weighted vote and a feedback are cast.
contract GovernanceGasTest is GovFixture {
    address[] internal targets;
    bytes[] internal calls;
    uint256[] internal values;
    string internal constant DESCRIPTION = "Fee split 60/20/15/5";
    uint256 internal proposalId;
    uint256 internal queuedId;
    uint256 internal weighted;
    uint256 internal contributionId;
    address internal s1 = makeAddr("staker1");
    address internal s2 = makeAddr("staker2");
    uint256[] internal ids;
    uint64 internal epoch;

    function setUp() public override {
        super.setUp();
        targets.push(address(vault));
        calls.push(abi.encodeCall(vault.setFeeSplit, (IRewardVault.FeeSplit(6000, 2000, 1500, 500))));
        values.push(0);
        // One proposal ready to be voted on, another ready to execute.
        vm.prank(voter);
        queuedId = governor.propose(targets, values, calls, "queued");
        vm.prank(voter);
        proposalId = governor.propose(targets, values, calls, DESCRIPTION);
        vm.warp(block.timestamp + 1 days + 1);
        vm.prank(voter);
        governor.castVote(queuedId, 1);
        vm.prank(voter);
        governor.castVote(proposalId, 1);
        vm.warp(block.timestamp + 5 days);
        governor.queue(targets, values, calls, keccak256("queued"));
        vm.warp(block.timestamp + 2 days);

        // A stake-weighted datanet with two stakers and a pending contribution; s2 unbonded long ago.
        address[] memory stakers = new address[](2);
        (stakers[0], stakers[1]) = (s1, s2);
        weighted = _stakedDatanet(IDatanetRegistry.ValidatorMode.StakeWeighted, 5000, stakers, 20_000e18);
        vm.prank(s2);
        staking.requestUnbond(weighted, 10_000e18);
        require(token.transfer(s1, 20_000e18), "fund");
        vm.prank(s1);
        token.approve(address(staking), type(uint256).max);
        vm.prank(alice);
        contributionId = datanets.contribute(weighted, keccak256("gas"), 100, "ipfs://gas");

        // A settled batch of 16 requests waiting in the guard; a challenger ready to dispute it.
        epoch = vault.currentEpoch();
        ids = _requests(user, modelId, 16);
        _closeEpoch();
        _settleQueued(epoch, ids, _amounts(1e18, 1e18, 1e18), 3e18);
        require(token.transfer(user2, 1000e18), "fund");
        vm.prank(user2);
        token.approve(address(guard), type(uint256).max);
        vm.warp(block.timestamp + 6 days); // past the batch's window, inside s2's unbonding delay
    }

    // ---------------------------------------------------------------- governor

    function test_gas_propose() public {
        vm.prank(voter);
        governor.propose(targets, values, calls, "another proposal");
    }

    function test_gas_castVote() public {
        // A fresh proposal in its voting period (the setUp's are past theirs).
        vm.prank(voter);
        uint256 id = governor.propose(targets, values, calls, "vote on me");
        vm.warp(block.timestamp + 1 days + 1);
        vm.prank(voter);
        governor.castVote(id, 1);
    }

    function test_gas_queue() public {
        governor.queue(targets, values, calls, keccak256(bytes(DESCRIPTION)));
    }

    function test_gas_execute() public {
        governor.execute(targets, values, calls, keccak256("queued"));
    }

    // ---------------------------------------------------------------- staking

    function test_gas_stake_join() public {
        address s3 = makeAddr("staker3");
        require(token.transfer(s3, 10_000e18), "fund");
        vm.prank(s3);
        token.approve(address(staking), type(uint256).max);
        vm.prank(s3);
        staking.stake(weighted, 10_000e18);
    }

    function test_gas_stake_topUp() public {
        vm.prank(s1);
        staking.stake(weighted, 10_000e18);
    }

    function test_gas_requestUnbond_partial() public {
        vm.prank(s1);
        staking.requestUnbond(weighted, 5000e18);
    }

    function test_gas_requestUnbond_leave() public {
        vm.prank(s1);
        staking.requestUnbond(weighted, 20_000e18);
    }

    function test_gas_withdraw() public {
        vm.warp(block.timestamp + 14 days);
        vm.prank(s2);
        staking.withdraw(weighted, s2);
    }

    function test_gas_slash() public {
        vm.prank(address(timelock));
        staking.slash(weighted, s1, 1000e18, keccak256("evidence"));
    }

    // ---------------------------------------------------------------- votes and feedback

    function test_gas_vote_stakeWeighted() public {
        vm.prank(s1);
        datanets.vote(contributionId, true);
    }

    function test_gas_submitFeedback() public {
        vm.prank(validatorA);
        feedback.submitFeedback(ids[0], 90, 80, keccak256("output"), bytes32(0));
    }

    // ---------------------------------------------------------------- guarded settlement

    function test_gas_settle16_queued() public {
        uint64 e = vault.currentEpoch();
        uint256[] memory more = _requests(user2, modelId, 16);
        _closeEpoch();
        IRewardVault.Settlement memory s = _settlement(modelId, e, more, keccak256("queued root"), 1e18);
        bytes memory proof = _proof(s);
        vm.prank(oracle);
        vault.settle(s, proof);
    }

    function test_gas_openDispute() public {
        vm.warp(block.timestamp - 6 days);
        vm.prank(user2);
        guard.openDispute(modelId, 0, "ipfs://report");
    }

    function test_gas_finalize1() public {
        guard.finalize(modelId, 1);
    }

    function test_gas_voidBatch() public {
        vm.prank(address(timelock));
        guard.voidBatch(modelId, 0);
    }

    function test_gas_release16() public {
        vm.prank(address(timelock));
        guard.voidBatch(modelId, 0);
        guard.release(modelId, 0, ids);
    }
}
