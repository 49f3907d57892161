// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {GovFixture} from "./utils/GovFixture.sol";
import {FeedbackRegistry} from "../src/FeedbackRegistry.sol";
import {IDatanetRegistry} from "../src/interfaces/IDatanetRegistry.sol";
import {IFeedbackRegistry} from "../src/interfaces/IFeedbackRegistry.sol";

/// @notice Validator feedback on inference outputs: who may score, the weight each score carries, revert paths.
contract FeedbackRegistryTest is GovFixture {
    bytes32 internal constant OUTPUT = keccak256("output: 7");
    bytes32 internal constant ENDORSED = bytes32(uint256(1));

    function test_submit_ownerModeWeighsOne() public {
        uint256 requestId = _request(user, modelId);
        vm.expectEmit(address(feedback));
        emit IFeedbackRegistry.FeedbackSubmitted(requestId, modelId, validatorA, datanetId, 80, 60, 1, OUTPUT, ENDORSED);
        vm.prank(validatorA);
        assertEq(feedback.submitFeedback(requestId, 80, 60, OUTPUT, ENDORSED), 1);
        assertTrue(feedback.hasSubmitted(requestId, validatorA));
        assertFalse(feedback.hasSubmitted(requestId, validatorB));
    }

    function test_submit_stakedModeWeighsTheStake() public {
        address staker = makeAddr("staker");
        address[] memory stakers = new address[](1);
        stakers[0] = staker;
        uint256 id = _stakedDatanet(IDatanetRegistry.ValidatorMode.StakeWeighted, 5000, stakers, 25_000e18);
        vm.prank(alice);
        uint256 cid = datanets.contribute(id, keccak256("f"), 10, "ipfs://f");
        vm.prank(staker);
        datanets.vote(cid, true);
        uint256 mId = _registerModel(id, 1, FEE);
        uint256 requestId = _request(user, mId);
        vm.prank(staker);
        assertEq(feedback.submitFeedback(requestId, 100, 100, OUTPUT, bytes32(0)), 25_000e18);
    }

    function test_submit_reverts() public {
        uint256 requestId = _request(user, modelId);
        vm.startPrank(validatorA);
        vm.expectRevert(abi.encodeWithSelector(IFeedbackRegistry.ScoreOutOfRange.selector, 101, 0));
        feedback.submitFeedback(requestId, 101, 0, OUTPUT, ENDORSED);
        vm.expectRevert(abi.encodeWithSelector(IFeedbackRegistry.ScoreOutOfRange.selector, 0, 101));
        feedback.submitFeedback(requestId, 0, 101, OUTPUT, ENDORSED);
        vm.expectRevert(abi.encodeWithSelector(IFeedbackRegistry.UnknownRequest.selector, 999));
        feedback.submitFeedback(999, 1, 1, OUTPUT, ENDORSED);
        feedback.submitFeedback(requestId, 1, 1, OUTPUT, ENDORSED);
        vm.expectRevert(abi.encodeWithSelector(IFeedbackRegistry.AlreadySubmitted.selector, requestId, validatorA));
        feedback.submitFeedback(requestId, 1, 1, OUTPUT, ENDORSED);
        vm.stopPrank();
        vm.expectRevert(abi.encodeWithSelector(IFeedbackRegistry.NotValidator.selector, datanetId, user));
        vm.prank(user);
        feedback.submitFeedback(requestId, 1, 1, OUTPUT, ENDORSED);
    }

    function test_constructor() public {
        assertEq(feedback.vault(), address(vault));
        assertEq(feedback.modelRegistry(), address(models));
        assertEq(feedback.datanetRegistry(), address(datanets));
        assertEq(feedback.MAX_SCORE(), 100);
        vm.expectRevert(IFeedbackRegistry.ZeroAddress.selector);
        new FeedbackRegistry(address(0), address(models), address(datanets));
        vm.expectRevert(IFeedbackRegistry.ZeroAddress.selector);
        new FeedbackRegistry(address(vault), address(0), address(datanets));
        vm.expectRevert(IFeedbackRegistry.ZeroAddress.selector);
        new FeedbackRegistry(address(vault), address(models), address(0));
    }
}
