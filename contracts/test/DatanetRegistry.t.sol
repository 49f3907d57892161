// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

import {DatanetRegistryBase} from "./DatanetRegistryBase.sol";
import {DatanetRegistry} from "../src/DatanetRegistry.sol";
import {IDatanetRegistry} from "../src/interfaces/IDatanetRegistry.sol";

/// @notice Deployment, governance, datanet creation and the datanet owner's functions.
contract DatanetRegistryTest is DatanetRegistryBase {
    // ---------------------------------------------------------------- constructor and governance

    function test_constructor() public view {
        assertEq(registry.token(), address(token));
        assertEq(registry.treasury(), treasury);
        assertEq(registry.owner(), gov);
        assertEq(registry.MAX_VALIDATORS(), 32);
        assertEq(registry.DEFAULT_FILES_PER_CONTRIBUTOR_PER_DAY(), 20);
        assertEq(registry.DEFAULT_BYTES_PER_CONTRIBUTOR_PER_DAY(), 10_000_000);
        assertEq(registry.DEFAULT_BYTES_PER_DATANET_PER_DAY(), 10_000_000);
    }

    function test_constructor_emitsTreasury() public {
        vm.expectEmit(true, false, false, true);
        emit IDatanetRegistry.TreasuryUpdated(treasury);
        new DatanetRegistry(address(token), treasury, gov);
    }

    function test_constructor_revertsOnZeroToken() public {
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.ZeroAddress.selector));
        new DatanetRegistry(address(0), treasury, gov);
    }

    function test_constructor_revertsOnZeroTreasury() public {
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.ZeroAddress.selector));
        new DatanetRegistry(address(token), address(0), gov);
    }

    function test_constructor_revertsOnZeroOwner() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableInvalidOwner.selector, address(0)));
        new DatanetRegistry(address(token), treasury, address(0));
    }

    function test_setTreasury() public {
        address next = makeAddr("next treasury");
        vm.expectEmit(true, false, false, true, address(registry));
        emit IDatanetRegistry.TreasuryUpdated(next);
        vm.prank(gov);
        registry.setTreasury(next);
        assertEq(registry.treasury(), next);
    }

    function test_setTreasury_revertsForNonOwner() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, owner));
        vm.prank(owner); // a datanet owner is not the governance owner
        registry.setTreasury(owner);
        assertEq(registry.treasury(), treasury);
    }

    function test_setTreasury_revertsOnZero() public {
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.ZeroAddress.selector));
        vm.prank(gov);
        registry.setTreasury(address(0));
    }

    function test_ownership_isTwoStep() public {
        address timelock = makeAddr("timelock");
        vm.prank(gov);
        registry.transferOwnership(timelock);
        assertEq(registry.owner(), gov);
        assertEq(registry.pendingOwner(), timelock);
        vm.prank(timelock);
        registry.acceptOwnership();
        assertEq(registry.owner(), timelock);
        vm.prank(timelock);
        registry.setTreasury(alice);
        assertEq(registry.treasury(), alice);
    }

    // ---------------------------------------------------------------- createDatanet

    function test_createDatanet() public {
        IDatanetRegistry.DatanetParams memory p = _params(BOND, true, _validators3(), 2);
        p.kind = IDatanetRegistry.Kind.Audio;

        vm.expectEmit(true, true, false, true, address(registry));
        emit IDatanetRegistry.DatanetCreated(1, owner, IDatanetRegistry.Kind.Audio, "ipfs://datanet", BOND, true, 2);
        vm.expectEmit(true, false, false, true, address(registry));
        emit IDatanetRegistry.QuotaUpdated(1, IDatanetRegistry.Quota(20, 10_000_000, 10_000_000));
        vm.expectEmit(true, true, false, true, address(registry));
        emit IDatanetRegistry.ValidatorAdded(1, v1);
        vm.expectEmit(true, true, false, true, address(registry));
        emit IDatanetRegistry.ValidatorAdded(1, v2);
        vm.expectEmit(true, true, false, true, address(registry));
        emit IDatanetRegistry.ValidatorAdded(1, v3);
        vm.prank(owner);
        uint256 id = registry.createDatanet(p);
        assertEq(id, 1);

        IDatanetRegistry.Datanet memory d = registry.datanet(id);
        assertEq(d.owner, owner);
        assertTrue(d.kind == IDatanetRegistry.Kind.Audio);
        assertTrue(d.forfeitBondOnReject);
        assertEq(d.quorum, 2);
        assertEq(d.validatorCount, 3);
        assertEq(d.bond, BOND);
        assertEq(d.contributionCount, 0);
        assertEq(d.acceptedCount, 0);
        assertEq(d.accumulator, bytes32(0));
        assertEq(d.quota.filesPerContributorPerDay, 20);
        assertEq(d.quota.bytesPerContributorPerDay, 10_000_000);
        assertEq(d.quota.bytesPerDatanetPerDay, 10_000_000);

        address[] memory vs = registry.validators(id);
        assertEq(vs.length, 3);
        assertEq(vs[0], v1);
        assertEq(vs[1], v2);
        assertEq(vs[2], v3);
        assertTrue(registry.isValidator(id, v2));
        assertFalse(registry.isValidator(id, alice));
        assertEq(registry.accumulatorAt(id, 0), bytes32(0));
    }

    function test_createDatanet_idsIncrease() public {
        assertEq(_create(0, false), 1);
        assertEq(_create(BOND, true), 2);
        assertEq(registry.datanet(2).bond, BOND);
        assertEq(registry.datanet(1).bond, 0);
    }

    function test_createDatanet_maxValidators() public {
        address[] memory list = new address[](32);
        for (uint256 i; i < 32; ++i) {
            list[i] = vm.addr(0x1000 + i);
        }
        vm.prank(owner);
        uint256 id = registry.createDatanet(_params(0, false, list, 32));
        assertEq(registry.validators(id).length, 32);
        assertEq(registry.datanet(id).quorum, 32);
    }

    function test_createDatanet_revertsOnEmptyURI() public {
        IDatanetRegistry.DatanetParams memory p = _params(0, false, _validators3(), 2);
        p.metadataURI = "";
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.EmptyURI.selector));
        registry.createDatanet(p);
    }

    function test_createDatanet_revertsOnTooManyValidators() public {
        address[] memory list = new address[](33);
        for (uint256 i; i < 33; ++i) {
            list[i] = vm.addr(0x1000 + i);
        }
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.TooManyValidators.selector, 33, 32));
        registry.createDatanet(_params(0, false, list, 2));
    }

    function test_createDatanet_revertsOnNoValidators() public {
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.InvalidQuorum.selector, 1, 0));
        registry.createDatanet(_params(0, false, new address[](0), 1));
    }

    function test_createDatanet_revertsOnZeroQuorum() public {
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.InvalidQuorum.selector, 0, 3));
        registry.createDatanet(_params(0, false, _validators3(), 0));
    }

    function test_createDatanet_revertsOnQuorumAboveValidators() public {
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.InvalidQuorum.selector, 4, 3));
        registry.createDatanet(_params(0, false, _validators3(), 4));
    }

    function test_createDatanet_revertsOnZeroValidator() public {
        address[] memory list = _validators3();
        list[1] = address(0);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.ZeroAddress.selector));
        registry.createDatanet(_params(0, false, list, 2));
    }

    function test_createDatanet_revertsOnDuplicateValidator() public {
        address[] memory list = _validators3();
        list[2] = v1;
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.AlreadyValidator.selector, 1, v1));
        registry.createDatanet(_params(0, false, list, 2));
        // Nothing was created: the next datanet still gets id 1.
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.UnknownDatanet.selector, 1));
        registry.datanet(1);
        assertEq(_create(0, false), 1);
    }

    // ---------------------------------------------------------------- setMetadataURI

    function test_setMetadataURI() public {
        uint256 id = _create(0, false);
        vm.expectEmit(true, false, false, true, address(registry));
        emit IDatanetRegistry.DatanetMetadataUpdated(id, "ipfs://v2");
        vm.prank(owner);
        registry.setMetadataURI(id, "ipfs://v2");
    }

    function test_setMetadataURI_revertsOnEmpty() public {
        uint256 id = _create(0, false);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.EmptyURI.selector));
        vm.prank(owner);
        registry.setMetadataURI(id, "");
    }

    function test_setMetadataURI_revertsForNonOwner() public {
        uint256 id = _create(0, false);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.NotDatanetOwner.selector, id, stranger));
        vm.prank(stranger);
        registry.setMetadataURI(id, "ipfs://v2");
    }

    function test_setMetadataURI_revertsOnUnknownDatanet() public {
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.UnknownDatanet.selector, 7));
        vm.prank(owner);
        registry.setMetadataURI(7, "ipfs://v2");
    }

    // ---------------------------------------------------------------- setDatanetOwner

    function test_setDatanetOwner() public {
        uint256 id = _create(0, false);
        vm.expectEmit(true, true, true, true, address(registry));
        emit IDatanetRegistry.DatanetOwnerChanged(id, owner, alice);
        vm.prank(owner);
        registry.setDatanetOwner(id, alice);
        assertEq(registry.datanet(id).owner, alice);

        // The previous owner lost control, the new one has it.
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.NotDatanetOwner.selector, id, owner));
        vm.prank(owner);
        registry.setQuorum(id, 1);
        vm.prank(alice);
        registry.setQuorum(id, 1);
        assertEq(registry.datanet(id).quorum, 1);
    }

    function test_setDatanetOwner_revertsOnZero() public {
        uint256 id = _create(0, false);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.ZeroAddress.selector));
        vm.prank(owner);
        registry.setDatanetOwner(id, address(0));
        assertEq(registry.datanet(id).owner, owner);
    }

    function test_setDatanetOwner_revertsForNonOwner() public {
        uint256 id = _create(0, false);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.NotDatanetOwner.selector, id, stranger));
        vm.prank(stranger);
        registry.setDatanetOwner(id, stranger);
        assertEq(registry.datanet(id).owner, owner);
    }

    function test_setDatanetOwner_revertsOnUnknownDatanet() public {
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.UnknownDatanet.selector, 0));
        registry.setDatanetOwner(0, alice);
    }

    // ---------------------------------------------------------------- setQuota

    function test_setQuota() public {
        uint256 id = _create(0, false);
        IDatanetRegistry.Quota memory q = IDatanetRegistry.Quota(3, 500, 1000);
        vm.expectEmit(true, false, false, true, address(registry));
        emit IDatanetRegistry.QuotaUpdated(id, q);
        vm.prank(owner);
        registry.setQuota(id, q);
        IDatanetRegistry.Quota memory stored = registry.datanet(id).quota;
        assertEq(stored.filesPerContributorPerDay, 3);
        assertEq(stored.bytesPerContributorPerDay, 500);
        assertEq(stored.bytesPerDatanetPerDay, 1000);
    }

    function test_setQuota_revertsOnZeroFields() public {
        uint256 id = _create(0, false);
        IDatanetRegistry.Quota[3] memory bad = [
            IDatanetRegistry.Quota(0, 500, 1000), IDatanetRegistry.Quota(3, 0, 1000), IDatanetRegistry.Quota(3, 500, 0)
        ];
        for (uint256 i; i < bad.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.InvalidQuota.selector));
            vm.prank(owner);
            registry.setQuota(id, bad[i]);
        }
        assertEq(registry.datanet(id).quota.filesPerContributorPerDay, 20);
    }

    function test_setQuota_revertsForNonOwner() public {
        uint256 id = _create(0, false);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.NotDatanetOwner.selector, id, v1));
        vm.prank(v1);
        registry.setQuota(id, IDatanetRegistry.Quota(1, 1, 1));
    }

    function test_setQuota_revertsOnUnknownDatanet() public {
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.UnknownDatanet.selector, 2));
        registry.setQuota(2, IDatanetRegistry.Quota(1, 1, 1));
    }

    // ---------------------------------------------------------------- addValidator

    function test_addValidator() public {
        uint256 id = _create(0, false);
        address v4 = makeAddr("v4");
        vm.expectEmit(true, true, false, true, address(registry));
        emit IDatanetRegistry.ValidatorAdded(id, v4);
        vm.prank(owner);
        registry.addValidator(id, v4);
        assertTrue(registry.isValidator(id, v4));
        assertEq(registry.datanet(id).validatorCount, 4);
        assertEq(registry.validators(id)[3], v4);
    }

    function test_addValidator_revertsOnZero() public {
        uint256 id = _create(0, false);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.ZeroAddress.selector));
        vm.prank(owner);
        registry.addValidator(id, address(0));
    }

    function test_addValidator_revertsOnDuplicate() public {
        uint256 id = _create(0, false);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.AlreadyValidator.selector, id, v2));
        vm.prank(owner);
        registry.addValidator(id, v2);
        assertEq(registry.datanet(id).validatorCount, 3);
    }

    function test_addValidator_revertsPastMax() public {
        uint256 id = _create(0, false);
        vm.startPrank(owner);
        for (uint256 i; i < 29; ++i) {
            registry.addValidator(id, vm.addr(0x1000 + i));
        }
        assertEq(registry.datanet(id).validatorCount, 32);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.TooManyValidators.selector, 33, 32));
        registry.addValidator(id, alice);
        vm.stopPrank();
        assertFalse(registry.isValidator(id, alice));
        assertEq(registry.validators(id).length, 32);
    }

    function test_addValidator_revertsForNonOwner() public {
        uint256 id = _create(0, false);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.NotDatanetOwner.selector, id, alice));
        vm.prank(alice);
        registry.addValidator(id, alice);
    }

    function test_addValidator_revertsOnUnknownDatanet() public {
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.UnknownDatanet.selector, 3));
        registry.addValidator(3, alice);
    }

    // ---------------------------------------------------------------- removeValidator

    function test_removeValidator_swapsAndPops() public {
        uint256 id = _create(0, false);
        vm.expectEmit(true, true, false, true, address(registry));
        emit IDatanetRegistry.ValidatorRemoved(id, v1);
        vm.prank(owner);
        registry.removeValidator(id, v1);

        assertFalse(registry.isValidator(id, v1));
        address[] memory vs = registry.validators(id);
        assertEq(vs.length, 2);
        assertEq(vs[0], v3);
        assertEq(vs[1], v2);
        assertEq(registry.datanet(id).validatorCount, 2);

        // The moved validator's position was updated: removing it again works and leaves v2 alone.
        vm.startPrank(owner);
        registry.setQuorum(id, 1);
        registry.removeValidator(id, v3);
        vm.stopPrank();
        vs = registry.validators(id);
        assertEq(vs.length, 1);
        assertEq(vs[0], v2);
        assertTrue(registry.isValidator(id, v2));
    }

    function test_removeValidator_last() public {
        uint256 id = _create(0, false);
        vm.prank(owner);
        registry.removeValidator(id, v3);
        address[] memory vs = registry.validators(id);
        assertEq(vs.length, 2);
        assertEq(vs[0], v1);
        assertEq(vs[1], v2);
    }

    function test_removeValidator_thenAddAgain() public {
        uint256 id = _create(0, false);
        vm.startPrank(owner);
        registry.removeValidator(id, v2);
        registry.addValidator(id, v2);
        vm.stopPrank();
        assertTrue(registry.isValidator(id, v2));
        assertEq(registry.validators(id).length, 3);
    }

    function test_removeValidator_revertsOnNonValidator() public {
        uint256 id = _create(0, false);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.NotValidator.selector, id, alice));
        vm.prank(owner);
        registry.removeValidator(id, alice);
    }

    function test_removeValidator_revertsWhenQuorumUnreachable() public {
        uint256 id = _create(0, false);
        vm.startPrank(owner);
        registry.removeValidator(id, v1); // 2 left, quorum 2
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.InvalidQuorum.selector, 2, 1));
        registry.removeValidator(id, v2);
        vm.stopPrank();
        assertTrue(registry.isValidator(id, v2));
        assertEq(registry.validators(id).length, 2);
    }

    function test_removeValidator_revertsForNonOwner() public {
        uint256 id = _create(0, false);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.NotDatanetOwner.selector, id, v1));
        vm.prank(v1);
        registry.removeValidator(id, v1);
    }

    function test_removeValidator_revertsOnUnknownDatanet() public {
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.UnknownDatanet.selector, 9));
        registry.removeValidator(9, v1);
    }

    // ---------------------------------------------------------------- setQuorum

    function test_setQuorum() public {
        uint256 id = _create(0, false);
        vm.expectEmit(true, false, false, true, address(registry));
        emit IDatanetRegistry.QuorumUpdated(id, 3);
        vm.prank(owner);
        registry.setQuorum(id, 3);
        assertEq(registry.datanet(id).quorum, 3);
    }

    function test_setQuorum_revertsOnZero() public {
        uint256 id = _create(0, false);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.InvalidQuorum.selector, 0, 3));
        vm.prank(owner);
        registry.setQuorum(id, 0);
    }

    function test_setQuorum_revertsAboveValidatorCount() public {
        uint256 id = _create(0, false);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.InvalidQuorum.selector, 4, 3));
        vm.prank(owner);
        registry.setQuorum(id, 4);
        assertEq(registry.datanet(id).quorum, 2);
    }

    function test_setQuorum_revertsForNonOwner() public {
        uint256 id = _create(0, false);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.NotDatanetOwner.selector, id, gov));
        vm.prank(gov); // governance does not run datanets
        registry.setQuorum(id, 1);
    }

    function test_setQuorum_revertsOnUnknownDatanet() public {
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.UnknownDatanet.selector, 1));
        registry.setQuorum(1, 1);
    }

    // ---------------------------------------------------------------- views of unknown ids

    function test_views_unknownIds() public {
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.UnknownDatanet.selector, 5));
        registry.datanet(5);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.UnknownContribution.selector, 5));
        registry.contribution(5);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.AcceptedCountOutOfRange.selector, 5, 1, 0));
        registry.accumulatorAt(5, 1);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.AcceptedIndexOutOfRange.selector, 5, 0, 0));
        registry.acceptedContribution(5, 0);

        assertEq(registry.accumulatorAt(5, 0), bytes32(0));
        assertEq(registry.validators(5).length, 0);
        assertFalse(registry.isValidator(5, v1));
        assertFalse(registry.hasVoted(5, v1));
        assertEq(registry.reputationScore(5, alice), 0);
        _assertReputation(5, alice, 0, 0, 0);
        (uint256 files, uint256 bytesUsed, uint256 datanetBytes) = registry.usageToday(5, alice);
        assertEq(files + bytesUsed + datanetBytes, 0);
    }
}
