// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

import {GovFixture} from "./utils/GovFixture.sol";
import {ValidatorStaking} from "../src/ValidatorStaking.sol";
import {DatanetRegistry} from "../src/DatanetRegistry.sol";
import {IDatanetRegistry} from "../src/interfaces/IDatanetRegistry.sol";
import {IValidatorStaking} from "../src/interfaces/IValidatorStaking.sol";

/// @notice ValidatorStaking and the DatanetRegistry's staked validator modes: joining and leaving by stake,
/// unbonding, slashing, stake-weighted votes, every revert path.
contract ValidatorStakingTest is GovFixture {
    uint256 internal constant MIN = 10_000e18;

    address internal s1 = makeAddr("staker1");
    address internal s2 = makeAddr("staker2");
    address internal s3 = makeAddr("staker3");
    address internal contributor = makeAddr("contributor");

    function _stakers() internal view returns (address[] memory list) {
        list = new address[](3);
        (list[0], list[1], list[2]) = (s1, s2, s3);
    }

    function _contribute(uint256 id, uint256 n) internal returns (uint256 cid) {
        vm.prank(contributor);
        cid = datanets.contribute(id, keccak256(abi.encode(id, n)), 100, "ipfs://c");
    }

    function _vote(address who, uint256 cid, bool accept) internal {
        vm.prank(who);
        datanets.vote(cid, accept);
    }

    // ---------------------------------------------------------------- registry modes

    function test_setValidatorMode_clearsOwnerAppointedValidators() public {
        uint256 id = _createDatanet(_pair(validatorA, validatorB), 2);
        vm.expectEmit(address(datanets));
        emit IDatanetRegistry.ValidatorRemoved(id, validatorB);
        vm.expectEmit(address(datanets));
        emit IDatanetRegistry.ValidatorRemoved(id, validatorA);
        vm.expectEmit(address(datanets));
        emit IDatanetRegistry.ValidatorModeUpdated(id, IDatanetRegistry.ValidatorMode.Staked, 3);
        vm.prank(datanetOwner);
        datanets.setValidatorMode(id, IDatanetRegistry.ValidatorMode.Staked, 3);
        assertEq(datanets.validators(id).length, 0);
        assertEq(datanets.datanet(id).validatorCount, 0);
        assertEq(datanets.datanet(id).quorum, 3);
        assertFalse(datanets.isValidator(id, validatorA));
        assertTrue(datanets.validatorMode(id) == IDatanetRegistry.ValidatorMode.Staked);
    }

    function test_setValidatorMode_switchesBetweenStakedModesKeepingTheSet() public {
        uint256 id = _stakedDatanet(IDatanetRegistry.ValidatorMode.Staked, 1, _stakers(), MIN);
        vm.prank(datanetOwner);
        datanets.setValidatorMode(id, IDatanetRegistry.ValidatorMode.StakeWeighted, 6000);
        assertEq(datanets.validators(id).length, 3);
        assertEq(datanets.datanet(id).quorum, 6000);
        vm.prank(datanetOwner);
        datanets.setValidatorMode(id, IDatanetRegistry.ValidatorMode.Staked, 2);
        assertEq(datanets.validators(id).length, 3);
    }

    function test_setValidatorMode_reverts() public {
        uint256 id = _createDatanet(_pair(validatorA, validatorB), 1);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.NotDatanetOwner.selector, id, user));
        vm.prank(user);
        datanets.setValidatorMode(id, IDatanetRegistry.ValidatorMode.Staked, 1);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.UnknownDatanet.selector, 99));
        datanets.setValidatorMode(99, IDatanetRegistry.ValidatorMode.Staked, 1);
        vm.startPrank(datanetOwner);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.InvalidQuorum.selector, 0, 32));
        datanets.setValidatorMode(id, IDatanetRegistry.ValidatorMode.Staked, 0);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.InvalidQuorum.selector, 33, 32));
        datanets.setValidatorMode(id, IDatanetRegistry.ValidatorMode.Staked, 33);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.InvalidWeightQuorum.selector, 0));
        datanets.setValidatorMode(id, IDatanetRegistry.ValidatorMode.StakeWeighted, 0);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.InvalidWeightQuorum.selector, 10_001));
        datanets.setValidatorMode(id, IDatanetRegistry.ValidatorMode.StakeWeighted, 10_001);
        // Owner to Owner only re-checks the quorum against the set.
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.InvalidQuorum.selector, 3, 2));
        datanets.setValidatorMode(id, IDatanetRegistry.ValidatorMode.Owner, 3);
        datanets.setValidatorMode(id, IDatanetRegistry.ValidatorMode.StakeWeighted, 5000);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.ValidatorModeLocked.selector, id));
        datanets.setValidatorMode(id, IDatanetRegistry.ValidatorMode.Owner, 1);
        vm.stopPrank();
    }

    function test_setValidatorMode_revertsWithoutAManager() public {
        DatanetRegistry fresh = new DatanetRegistry(address(token), treasury, admin);
        vm.startPrank(datanetOwner);
        uint256 id = fresh.createDatanet(
            IDatanetRegistry.DatanetParams(
                "ipfs://d", IDatanetRegistry.Kind.Text, 0, false, _pair(validatorA, validatorB), 1
            )
        );
        vm.expectRevert(IDatanetRegistry.ValidatorManagerUnset.selector);
        fresh.setValidatorMode(id, IDatanetRegistry.ValidatorMode.Staked, 1);
        vm.stopPrank();
    }

    function test_setValidatorManager_onceByTheOwner() public {
        DatanetRegistry fresh = new DatanetRegistry(address(token), treasury, admin);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, user));
        vm.prank(user);
        fresh.setValidatorManager(address(staking));
        vm.startPrank(admin);
        vm.expectRevert(IDatanetRegistry.ZeroAddress.selector);
        fresh.setValidatorManager(address(0));
        vm.expectEmit(address(fresh));
        emit IDatanetRegistry.ValidatorManagerSet(address(staking));
        fresh.setValidatorManager(address(staking));
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.ValidatorManagerAlreadySet.selector, address(staking)));
        fresh.setValidatorManager(user);
        vm.stopPrank();
    }

    function test_stakedMode_onlyTheManagerChangesTheSet() public {
        uint256 id = _stakedDatanet(IDatanetRegistry.ValidatorMode.Staked, 1, _stakers(), MIN);
        vm.startPrank(datanetOwner);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.NotValidatorManager.selector, id, datanetOwner));
        datanets.addValidator(id, validatorA);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.NotValidatorManager.selector, id, datanetOwner));
        datanets.removeValidator(id, s1);
        // The quorum may exceed the current set in a staked mode.
        datanets.setQuorum(id, 32);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.InvalidQuorum.selector, 33, 32));
        datanets.setQuorum(id, 33);
        vm.stopPrank();
        // Leaving never fails on the quorum.
        vm.prank(s1);
        staking.requestUnbond(id, MIN);
        assertEq(datanets.validators(id).length, 2);
    }

    // ---------------------------------------------------------------- stake

    function test_stake_joinsTheSet() public {
        uint256 id = _stakedDatanet(IDatanetRegistry.ValidatorMode.Staked, 1, new address[](0), 0);
        require(token.transfer(s1, 3 * MIN), "fund");
        vm.startPrank(s1);
        token.approve(address(staking), 3 * MIN);
        vm.expectEmit(address(staking));
        emit IValidatorStaking.Staked(id, s1, MIN, MIN);
        vm.expectEmit(address(datanets));
        emit IDatanetRegistry.ValidatorAdded(id, s1);
        staking.stake(id, MIN);
        // A top-up adds weight without joining again.
        staking.stake(id, 2 * MIN);
        vm.stopPrank();
        assertTrue(datanets.isValidator(id, s1));
        assertEq(staking.position(id, s1).active, 3 * MIN);
        assertEq(staking.totalActive(id), 3 * MIN);
        (uint256 weight, uint256 total) = staking.voteWeight(id, s1);
        assertEq(weight, 3 * MIN);
        assertEq(total, 3 * MIN);
        assertEq(token.balanceOf(address(staking)), 3 * MIN);
    }

    function test_stake_reverts() public {
        uint256 id = _stakedDatanet(IDatanetRegistry.ValidatorMode.Staked, 1, new address[](0), 0);
        require(token.transfer(s1, MIN), "fund");
        vm.startPrank(s1);
        token.approve(address(staking), MIN);
        vm.expectRevert(IValidatorStaking.ZeroAmount.selector);
        staking.stake(id, 0);
        vm.expectRevert(abi.encodeWithSelector(IValidatorStaking.DatanetNotStaked.selector, datanetId));
        staking.stake(datanetId, MIN);
        vm.expectRevert(abi.encodeWithSelector(IValidatorStaking.DatanetNotStaked.selector, 99));
        staking.stake(99, MIN);
        vm.expectRevert(abi.encodeWithSelector(IValidatorStaking.BelowMinStake.selector, MIN - 1, MIN));
        staking.stake(id, MIN - 1);
        vm.stopPrank();
    }

    function test_stake_revertsWhenTheSetIsFull() public {
        uint256 id = _stakedDatanet(IDatanetRegistry.ValidatorMode.Staked, 1, new address[](0), 0);
        for (uint256 i; i < 32; ++i) {
            _stake(address(uint160(0x1000 + i)), id, MIN);
        }
        require(token.transfer(s1, MIN), "fund");
        vm.startPrank(s1);
        token.approve(address(staking), MIN);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.TooManyValidators.selector, 33, 32));
        staking.stake(id, MIN);
        vm.stopPrank();
        assertEq(staking.position(id, s1).active, 0);
    }

    // ---------------------------------------------------------------- unbond and withdraw

    function test_requestUnbond_partialStaysInTheSet() public {
        uint256 id = _stakedDatanet(IDatanetRegistry.ValidatorMode.Staked, 1, _stakers(), 3 * MIN);
        vm.expectEmit(address(staking));
        emit IValidatorStaking.UnbondingRequested(id, s1, MIN, 2 * MIN, block.timestamp + 14 days);
        vm.prank(s1);
        staking.requestUnbond(id, MIN);
        IValidatorStaking.Position memory p = staking.position(id, s1);
        assertEq(p.active, 2 * MIN);
        assertEq(p.unbonding, MIN);
        assertEq(p.unbondingEnd, block.timestamp + 14 days);
        assertTrue(datanets.isValidator(id, s1));
        assertEq(staking.totalActive(id), 8 * MIN);
    }

    function test_requestUnbond_allLeavesAtOnceAndRestartsTheDelay() public {
        uint256 id = _stakedDatanet(IDatanetRegistry.ValidatorMode.Staked, 1, _stakers(), 3 * MIN);
        vm.prank(s1);
        staking.requestUnbond(id, MIN);
        vm.warp(block.timestamp + 10 days);
        vm.expectEmit(address(datanets));
        emit IDatanetRegistry.ValidatorRemoved(id, s1);
        vm.prank(s1);
        staking.requestUnbond(id, 2 * MIN);
        assertFalse(datanets.isValidator(id, s1));
        IValidatorStaking.Position memory p = staking.position(id, s1);
        assertEq(p.active, 0);
        assertEq(p.unbonding, 3 * MIN);
        assertEq(p.unbondingEnd, block.timestamp + 14 days);
        assertEq(staking.totalActive(id), 6 * MIN);
    }

    function test_requestUnbond_reverts() public {
        uint256 id = _stakedDatanet(IDatanetRegistry.ValidatorMode.Staked, 1, _stakers(), 2 * MIN);
        vm.startPrank(s1);
        vm.expectRevert(IValidatorStaking.ZeroAmount.selector);
        staking.requestUnbond(id, 0);
        vm.expectRevert(abi.encodeWithSelector(IValidatorStaking.InsufficientStake.selector, 2 * MIN + 1, 2 * MIN));
        staking.requestUnbond(id, 2 * MIN + 1);
        vm.expectRevert(abi.encodeWithSelector(IValidatorStaking.BelowMinStake.selector, MIN - 1, MIN));
        staking.requestUnbond(id, MIN + 1);
        vm.stopPrank();
    }

    function test_withdraw_afterTheDelay() public {
        uint256 id = _stakedDatanet(IDatanetRegistry.ValidatorMode.Staked, 1, _stakers(), MIN);
        vm.prank(s1);
        staking.requestUnbond(id, MIN);
        uint256 end = block.timestamp + 14 days;
        vm.warp(end - 1);
        vm.expectRevert(abi.encodeWithSelector(IValidatorStaking.StillUnbonding.selector, id, s1, end));
        vm.prank(s1);
        staking.withdraw(id, s1);
        vm.warp(end);
        vm.expectRevert(IValidatorStaking.ZeroAddress.selector);
        vm.prank(s1);
        staking.withdraw(id, address(0));
        vm.expectEmit(address(staking));
        emit IValidatorStaking.Withdrawn(id, s1, user, MIN);
        vm.prank(s1);
        assertEq(staking.withdraw(id, user), MIN);
        assertEq(token.balanceOf(user), USER_FUNDS + MIN);
        vm.expectRevert(abi.encodeWithSelector(IValidatorStaking.NothingToWithdraw.selector, id, s1));
        vm.prank(s1);
        staking.withdraw(id, s1);
    }

    // ---------------------------------------------------------------- slash

    function test_slash_takesActiveFirstAndKeepsAMemberAboveTheMinimum() public {
        uint256 id = _stakedDatanet(IDatanetRegistry.ValidatorMode.Staked, 1, _stakers(), 3 * MIN);
        vm.prank(s1);
        staking.requestUnbond(id, MIN);
        uint256 before = token.balanceOf(treasury);
        vm.expectEmit(address(staking));
        emit IValidatorStaking.Slashed(id, s1, MIN, treasury, keccak256("evidence"), false);
        vm.prank(address(timelock));
        assertEq(staking.slash(id, s1, MIN, keccak256("evidence")), MIN);
        IValidatorStaking.Position memory p = staking.position(id, s1);
        assertEq(p.active, MIN);
        assertEq(p.unbonding, MIN);
        assertTrue(datanets.isValidator(id, s1));
        assertEq(token.balanceOf(treasury), before + MIN);
        assertEq(staking.totalActive(id), 7 * MIN);
    }

    function test_slash_belowTheMinimumRemovesAndUnbondsTheRest() public {
        uint256 id = _stakedDatanet(IDatanetRegistry.ValidatorMode.Staked, 1, _stakers(), 2 * MIN);
        vm.expectEmit(address(datanets));
        emit IDatanetRegistry.ValidatorRemoved(id, s1);
        vm.prank(address(timelock));
        staking.slash(id, s1, MIN + 1, bytes32(0));
        IValidatorStaking.Position memory p = staking.position(id, s1);
        assertEq(p.active, 0);
        assertEq(p.unbonding, MIN - 1);
        assertEq(p.unbondingEnd, block.timestamp + 14 days);
        assertFalse(datanets.isValidator(id, s1));
        assertEq(staking.totalActive(id), 4 * MIN);
    }

    function test_slash_reachesUnbondingStakeAndCapsAtThePosition() public {
        uint256 id = _stakedDatanet(IDatanetRegistry.ValidatorMode.Staked, 1, _stakers(), MIN);
        vm.prank(s1);
        staking.requestUnbond(id, MIN);
        vm.prank(address(timelock));
        assertEq(staking.slash(id, s1, 5 * MIN, bytes32(0)), MIN);
        assertEq(staking.position(id, s1).unbonding, 0);
        vm.expectRevert(abi.encodeWithSelector(IValidatorStaking.NothingToSlash.selector, id, s1));
        vm.prank(address(timelock));
        staking.slash(id, s1, 1, bytes32(0));
        assertEq(token.balanceOf(address(staking)), 2 * MIN);
    }

    function test_governance_revertsForAnyoneElse() public {
        vm.startPrank(user);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, user));
        staking.slash(1, s1, 1, bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, user));
        staking.setMinStake(1);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, user));
        staking.setUnbondingDelay(2 days);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, user));
        staking.setTreasury(user);
        vm.stopPrank();
    }

    function test_setters_rejectBadValues() public {
        vm.startPrank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(IValidatorStaking.InvalidMinStake.selector, 0));
        staking.setMinStake(0);
        vm.expectRevert(abi.encodeWithSelector(IValidatorStaking.InvalidUnbondingDelay.selector, 1 days - 1));
        staking.setUnbondingDelay(1 days - 1);
        vm.expectRevert(abi.encodeWithSelector(IValidatorStaking.InvalidUnbondingDelay.selector, 365 days + 1));
        staking.setUnbondingDelay(365 days + 1);
        vm.expectRevert(IValidatorStaking.ZeroAddress.selector);
        staking.setTreasury(address(0));
        vm.stopPrank();
    }

    function test_constructor_defaultsAndZeroAddresses() public {
        assertEq(staking.minStake(), MIN);
        assertEq(staking.unbondingDelay(), 14 days);
        assertEq(staking.treasury(), treasury);
        assertEq(staking.token(), address(token));
        assertEq(staking.datanetRegistry(), address(datanets));
        vm.expectRevert(IValidatorStaking.ZeroAddress.selector);
        new ValidatorStaking(address(0), address(datanets), treasury, admin);
        vm.expectRevert(IValidatorStaking.ZeroAddress.selector);
        new ValidatorStaking(address(token), address(0), treasury, admin);
        vm.expectRevert(IValidatorStaking.ZeroAddress.selector);
        new ValidatorStaking(address(token), address(datanets), address(0), admin);
    }

    // ---------------------------------------------------------------- votes

    function test_stakedCountMode_votesCountOnePerValidator() public {
        uint256 id = _stakedDatanet(IDatanetRegistry.ValidatorMode.Staked, 2, _stakers(), MIN);
        uint256 cid = _contribute(id, 1);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.NotValidator.selector, id, validatorA));
        _vote(validatorA, cid, true);
        _vote(s1, cid, true);
        assertTrue(datanets.contribution(cid).status == IDatanetRegistry.Status.Pending);
        _vote(s2, cid, true);
        assertTrue(datanets.contribution(cid).status == IDatanetRegistry.Status.Accepted);
        (uint256 a, uint256 r) = datanets.weightTally(cid);
        assertEq(a + r, 0);
    }

    function test_stakeWeighted_finalizesOnTheStakeShare() public {
        uint256 id = _stakedDatanet(IDatanetRegistry.ValidatorMode.StakeWeighted, 5000, new address[](0), 0);
        _stake(s1, id, 6 * MIN);
        _stake(s2, id, 3 * MIN);
        _stake(s3, id, MIN);
        uint256 cid = _contribute(id, 1);
        vm.expectEmit(address(datanets));
        emit IDatanetRegistry.WeightedVote(cid, s2, true, 3 * MIN, 3 * MIN, 0, 10 * MIN);
        _vote(s2, cid, true);
        _vote(s3, cid, false);
        assertTrue(datanets.contribution(cid).status == IDatanetRegistry.Status.Pending);
        (uint256 a, uint256 r) = datanets.weightTally(cid);
        assertEq(a, 3 * MIN);
        assertEq(r, MIN);
        _vote(s1, cid, false);
        assertTrue(datanets.contribution(cid).status == IDatanetRegistry.Status.Rejected);
        assertEq(datanets.contribution(cid).rejects, 2);
    }

    function test_stakeWeighted_aLeaversVoteKeepsCounting() public {
        uint256 id = _stakedDatanet(IDatanetRegistry.ValidatorMode.StakeWeighted, 5000, new address[](0), 0);
        _stake(s1, id, 4 * MIN);
        _stake(s2, id, 4 * MIN);
        _stake(s3, id, 2 * MIN);
        uint256 cid = _contribute(id, 1);
        _vote(s1, cid, true);
        vm.prank(s1);
        staking.requestUnbond(id, 4 * MIN);
        // The total is now 6 (s2, s3); s1's 4 already counted plus s3's 2 make 6 ≥ 50 % of 6.
        _vote(s3, cid, true);
        assertTrue(datanets.contribution(cid).status == IDatanetRegistry.Status.Accepted);
    }
}
