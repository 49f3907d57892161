// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

import {DatanetRegistryBase} from "./DatanetRegistryBase.sol";
import {FeeOnTransferToken} from "./mocks/FeeOnTransferToken.sol";
import {DatanetRegistry} from "../src/DatanetRegistry.sol";
import {IDatanetRegistry} from "../src/interfaces/IDatanetRegistry.sol";
import {ExactTransfer} from "../src/libraries/ExactTransfer.sol";

/// @notice `contribute`: storage, events, bonds, every revert path and the daily quotas.
contract DatanetRegistryContributeTest is DatanetRegistryBase {
    uint256 internal id;

    function setUp() public override {
        super.setUp();
        id = _create(0, false);
    }

    function _quota(uint32 files, uint64 perContributor, uint64 perDatanet) internal {
        vm.prank(owner);
        registry.setQuota(id, IDatanetRegistry.Quota(files, perContributor, perDatanet));
    }

    function _assertUsage(address who, uint256 files, uint256 bytesUsed, uint256 datanetBytes) internal view {
        (uint256 f, uint256 b, uint256 d) = registry.usageToday(id, who);
        assertEq(f, files, "contributor files");
        assertEq(b, bytesUsed, "contributor bytes");
        assertEq(d, datanetBytes, "datanet bytes");
    }

    // ---------------------------------------------------------------- happy paths

    function test_contribute_storesAndEmits() public {
        bytes32 h = _hash(1);
        vm.expectEmit(true, true, true, true, address(registry));
        emit IDatanetRegistry.ContributionSubmitted(1, id, alice, h, 1234, "ipfs://a", 0);
        vm.expectEmit(true, true, false, true, address(registry));
        emit IDatanetRegistry.ReputationUpdated(id, alice, 1, 0, 0, 0);
        vm.prank(alice);
        uint256 cid = registry.contribute(id, h, 1234, "ipfs://a");
        assertEq(cid, 1);

        IDatanetRegistry.Contribution memory c = registry.contribution(cid);
        assertEq(c.contributor, alice);
        assertEq(c.datanetId, id);
        assertEq(c.size, 1234);
        assertTrue(c.status == IDatanetRegistry.Status.Pending);
        assertEq(c.accepts, 0);
        assertEq(c.rejects, 0);
        assertEq(c.contentHash, h);
        assertEq(c.acceptedIndex, 0);
        assertEq(c.bond, 0);

        assertEq(registry.datanet(id).contributionCount, 1);
        _assertUsage(alice, 1, 1234, 1234);
        _assertUsage(bob, 0, 0, 1234);
        _assertReputation(id, alice, 1, 0, 0);
    }

    function test_contribute_idsAreGlobal() public {
        uint256 other = _create(0, false);
        assertEq(_contribute(alice, id, _hash(1), 10), 1);
        assertEq(_contribute(bob, other, _hash(2), 10), 2);
        assertEq(_contribute(alice, id, _hash(3), 10), 3);
        assertEq(registry.contribution(2).datanetId, other);
        assertEq(registry.datanet(id).contributionCount, 2);
        assertEq(registry.datanet(other).contributionCount, 1);
        // Quotas are per datanet: alice's usage in one does not show in the other.
        (uint256 files,,) = registry.usageToday(other, alice);
        assertEq(files, 0);
    }

    function test_contribute_sameHashTwiceIsAllowed() public {
        // Deduplication is the oracle's and validators' job; the registry only records.
        _contribute(alice, id, _hash(1), 10);
        _contribute(bob, id, _hash(1), 10);
        assertEq(registry.datanet(id).contributionCount, 2);
    }

    function test_contribute_pullsBond() public {
        uint256 bonded = _create(BOND, true);
        uint256 aliceBefore = token.balanceOf(alice);

        // Events first, the pull last (checks-effects-interactions).
        vm.expectEmit(true, true, true, true, address(registry));
        emit IDatanetRegistry.ContributionSubmitted(1, bonded, alice, _hash(1), 10, "ipfs://file", BOND);
        vm.expectEmit(true, true, false, true, address(token));
        emit IERC20.Transfer(alice, address(registry), BOND);
        uint256 cid = _contribute(alice, bonded, _hash(1), 10);

        assertEq(token.balanceOf(alice), aliceBefore - BOND);
        assertEq(token.balanceOf(address(registry)), BOND);
        assertEq(registry.contribution(cid).bond, BOND);
    }

    function test_contribute_revertsWithoutAllowance() public {
        uint256 bonded = _create(BOND, true);
        vm.prank(alice);
        token.approve(address(registry), BOND - 1);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(registry), BOND - 1, BOND)
        );
        _contribute(alice, bonded, _hash(1), 10);
        assertEq(registry.datanet(bonded).contributionCount, 0);
        _assertReputation(bonded, alice, 0, 0, 0);
    }

    function test_contribute_revertsOnFeeOnTransferToken() public {
        FeeOnTransferToken fee = new FeeOnTransferToken(100); // 1%
        DatanetRegistry feeRegistry = new DatanetRegistry(address(fee), treasury, gov);
        fee.mint(alice, FUNDS);
        vm.prank(alice);
        fee.approve(address(feeRegistry), type(uint256).max);
        vm.prank(owner);
        uint256 bonded = feeRegistry.createDatanet(_params(BOND, true, _validators3(), 2));

        vm.expectRevert(abi.encodeWithSelector(ExactTransfer.TransferAmountMismatch.selector, BOND, BOND * 99 / 100));
        vm.prank(alice);
        feeRegistry.contribute(bonded, _hash(1), 10, "ipfs://file");

        assertEq(fee.balanceOf(address(feeRegistry)), 0);
        assertEq(fee.balanceOf(alice), FUNDS);
        assertEq(feeRegistry.datanet(bonded).contributionCount, 0);
    }

    function test_contribute_feeOnTransferTokenWithoutBondWorks() public {
        // No bond, no transfer: a datanet without bond never touches the token.
        FeeOnTransferToken fee = new FeeOnTransferToken(100);
        DatanetRegistry feeRegistry = new DatanetRegistry(address(fee), treasury, gov);
        vm.prank(owner);
        uint256 free = feeRegistry.createDatanet(_params(0, true, _validators3(), 2));
        vm.prank(alice);
        assertEq(feeRegistry.contribute(free, _hash(1), 10, "ipfs://file"), 1);
    }

    // ---------------------------------------------------------------- argument checks

    function test_contribute_revertsOnZeroHash() public {
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.ZeroHash.selector));
        _contribute(alice, id, bytes32(0), 10);
    }

    function test_contribute_revertsOnZeroSize() public {
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.ZeroSize.selector));
        _contribute(alice, id, _hash(1), 0);
    }

    function test_contribute_revertsOnEmptyURI() public {
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.EmptyURI.selector));
        vm.prank(alice);
        registry.contribute(id, _hash(1), 10, "");
    }

    function test_contribute_revertsOnUnknownDatanet() public {
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.UnknownDatanet.selector, 0));
        _contribute(alice, 0, _hash(1), 10);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.UnknownDatanet.selector, 2));
        _contribute(alice, 2, _hash(1), 10);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.UnknownContribution.selector, 1));
        registry.contribution(1);
    }

    function test_contribute_argumentChecksComeFirst() public {
        // With every argument wrong the hash is reported, then the size, then the URI, then the datanet.
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.ZeroHash.selector));
        vm.prank(alice);
        registry.contribute(99, bytes32(0), 0, "");
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.ZeroSize.selector));
        vm.prank(alice);
        registry.contribute(99, _hash(1), 0, "");
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.EmptyURI.selector));
        vm.prank(alice);
        registry.contribute(99, _hash(1), 1, "");
    }

    function test_contribute_revertsWhenTooLarge() public {
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.ContributionTooLarge.selector, 10_000_001, 10_000_000));
        _contribute(alice, id, _hash(1), 10_000_001);
        _assertUsage(alice, 0, 0, 0);
        // Exactly the per-contributor limit fits.
        _contribute(alice, id, _hash(1), 10_000_000);
        _assertUsage(alice, 1, 10_000_000, 10_000_000);
    }

    // ---------------------------------------------------------------- quotas

    function test_quota_files() public {
        for (uint256 i; i < 20; ++i) {
            _contribute(alice, id, _hash(i), 1);
        }
        vm.expectRevert(
            abi.encodeWithSelector(IDatanetRegistry.ContributorFileQuotaExceeded.selector, id, alice, 21, 20)
        );
        _contribute(alice, id, _hash(20), 1);
        _assertUsage(alice, 20, 20, 20);
        // Another contributor still has its own files.
        _contribute(bob, id, _hash(21), 1);
        _assertUsage(bob, 1, 1, 21);
    }

    function test_quota_contributorBytes() public {
        _contribute(alice, id, _hash(1), 6_000_000);
        vm.expectRevert(
            abi.encodeWithSelector(
                IDatanetRegistry.ContributorByteQuotaExceeded.selector, id, alice, 10_000_001, 10_000_000
            )
        );
        _contribute(alice, id, _hash(2), 4_000_001);
        _assertUsage(alice, 1, 6_000_000, 6_000_000);
        _contribute(alice, id, _hash(2), 4_000_000);
        _assertUsage(alice, 2, 10_000_000, 10_000_000);
    }

    function test_quota_datanetBytes() public {
        _quota(20, 10_000_000, 15_000_000);
        _contribute(alice, id, _hash(1), 10_000_000);
        vm.expectRevert(
            abi.encodeWithSelector(IDatanetRegistry.DatanetByteQuotaExceeded.selector, id, 15_000_001, 15_000_000)
        );
        _contribute(bob, id, _hash(2), 5_000_001);
        _assertUsage(bob, 0, 0, 10_000_000);
        _contribute(bob, id, _hash(2), 5_000_000);
        _assertUsage(bob, 1, 5_000_000, 15_000_000);
    }

    function test_quota_fileErrorBeforeByteErrors() public {
        _quota(1, 100, 100);
        _contribute(alice, id, _hash(1), 100);
        // Files, contributor bytes and datanet bytes are all exceeded; the file quota is reported.
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.ContributorFileQuotaExceeded.selector, id, alice, 2, 1));
        _contribute(alice, id, _hash(2), 100);
        // Contributor and datanet bytes both exceeded: the contributor's limit is reported.
        _quota(5, 100, 100);
        vm.expectRevert(
            abi.encodeWithSelector(IDatanetRegistry.ContributorByteQuotaExceeded.selector, id, alice, 101, 100)
        );
        _contribute(alice, id, _hash(2), 1);
    }

    function test_quota_rollsOverAtUtcMidnight() public {
        _quota(2, 1000, 1500);
        _contribute(alice, id, _hash(1), 600);
        _contribute(alice, id, _hash(2), 400);
        _contribute(bob, id, _hash(3), 500);

        uint256 midnight = (block.timestamp / 1 days + 1) * 1 days;
        vm.warp(midnight - 1);
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.ContributorFileQuotaExceeded.selector, id, alice, 3, 2));
        _contribute(alice, id, _hash(4), 1);
        _assertUsage(alice, 2, 1000, 1500);

        vm.warp(midnight);
        // A new day reads as empty before anyone uploads...
        _assertUsage(alice, 0, 0, 0);
        _assertUsage(bob, 0, 0, 0);
        // ...and the full quota is available again.
        _contribute(alice, id, _hash(4), 1000);
        _assertUsage(alice, 1, 1000, 1000);
        _contribute(bob, id, _hash(5), 500);
        _assertUsage(bob, 1, 500, 1500);
        // Reputation counts are not daily.
        _assertReputation(id, alice, 3, 0, 0);
    }

    function test_quota_loweredMidDayKeepsUsage() public {
        _contribute(alice, id, _hash(1), 5000);
        _quota(20, 4000, 10_000_000);
        vm.expectRevert(
            abi.encodeWithSelector(IDatanetRegistry.ContributorByteQuotaExceeded.selector, id, alice, 5001, 4000)
        );
        _contribute(alice, id, _hash(2), 1);
        vm.warp(block.timestamp + 1 days);
        _contribute(alice, id, _hash(2), 4000);
    }

    function test_quota_skippedDaysStartEmpty() public {
        _contribute(alice, id, _hash(1), 9_000_000);
        vm.warp(block.timestamp + 30 days);
        _assertUsage(alice, 0, 0, 0);
        _contribute(alice, id, _hash(2), 10_000_000);
        _assertUsage(alice, 1, 10_000_000, 10_000_000);
    }
}
