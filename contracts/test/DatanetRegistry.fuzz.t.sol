// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {DatanetRegistryBase} from "./DatanetRegistryBase.sol";
import {IDatanetRegistry} from "../src/interfaces/IDatanetRegistry.sol";

/// @notice Fuzzed quotas and reputation.
contract DatanetRegistryFuzzTest is DatanetRegistryBase {
    uint256 internal id;

    function setUp() public override {
        super.setUp();
        id = _create(0, false);
    }

    // ---------------------------------------------------------------- quotas

    /// @dev The quota rules, modelled independently of the registry.
    struct QuotaModel {
        uint256 files;
        uint256 perContributor;
        uint256 perDatanet;
        uint256[2] usedFiles;
        uint256[2] usedBytes;
        uint256 datanetBytes;
        address[2] who;
    }

    /// @dev The error the model predicts for contributor `k` uploading `size` bytes ("" for success).
    function _predict(QuotaModel memory m, uint256 k, uint256 size) internal view returns (bytes memory) {
        if (size > m.perContributor) {
            return abi.encodeWithSelector(IDatanetRegistry.ContributionTooLarge.selector, size, m.perContributor);
        }
        if (m.usedFiles[k] + 1 > m.files) {
            return abi.encodeWithSelector(
                IDatanetRegistry.ContributorFileQuotaExceeded.selector, id, m.who[k], m.usedFiles[k] + 1, m.files
            );
        }
        if (m.usedBytes[k] + size > m.perContributor) {
            return abi.encodeWithSelector(
                IDatanetRegistry.ContributorByteQuotaExceeded.selector,
                id,
                m.who[k],
                m.usedBytes[k] + size,
                m.perContributor
            );
        }
        if (m.datanetBytes + size > m.perDatanet) {
            return abi.encodeWithSelector(
                IDatanetRegistry.DatanetByteQuotaExceeded.selector, id, m.datanetBytes + size, m.perDatanet
            );
        }
        return "";
    }

    /// @dev Random uploads by two contributors across a few days, checked call by call against the model:
    /// every refusal is the exact error the model predicts, and usage never passes a limit.
    function testFuzz_quota_neverExceeded(
        uint32 files,
        uint64 perContributor,
        uint64 perDatanet,
        uint256 seed,
        uint8 steps
    ) public {
        QuotaModel memory m;
        m.files = bound(files, 1, 8);
        m.perContributor = bound(perContributor, 1, 5000);
        m.perDatanet = bound(perDatanet, 1, 8000);
        m.who = [alice, bob];
        vm.prank(owner);
        // forge-lint: disable-next-line(unsafe-typecast) bounded just above
        registry.setQuota(id, IDatanetRegistry.Quota(uint32(m.files), uint64(m.perContributor), uint64(m.perDatanet)));

        for (uint256 i; i < bound(steps, 1, 60); ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            if (r % 11 == 0) {
                // Next UTC day, at a random time of it: usage starts over.
                vm.warp((block.timestamp / 1 days + 1) * 1 days + (r >> 8) % 1 days);
                (m.usedFiles, m.usedBytes, m.datanetBytes) = ([uint256(0), 0], [uint256(0), 0], 0);
                continue;
            }
            uint256 k = (r >> 16) & 1;
            // Sizes sometimes above the per-contributor limit, to hit ContributionTooLarge too.
            // forge-lint: disable-next-line(unsafe-typecast) at most 3336
            uint32 size = uint32(bound(r >> 32, 1, 2 * m.perContributor / 3 + 2));

            bytes memory expected = _predict(m, k, size);
            if (expected.length != 0) vm.expectRevert(expected);
            _contribute(m.who[k], id, _hash(i), size);
            if (expected.length == 0) {
                m.usedFiles[k] += 1;
                m.usedBytes[k] += size;
                m.datanetBytes += size;
            }

            (uint256 f, uint256 b, uint256 d) = registry.usageToday(id, m.who[k]);
            assertEq(f, m.usedFiles[k]);
            assertEq(b, m.usedBytes[k]);
            assertEq(d, m.datanetBytes);
            assertLe(f, m.files);
            assertLe(b, m.perContributor);
            assertLe(d, m.perDatanet);
        }
    }

    /// @dev Filling the file quota exactly works; one more file fails with the exact error.
    function testFuzz_quota_fileBoundary(uint32 files) public {
        files = uint32(bound(files, 1, 40));
        vm.prank(owner);
        registry.setQuota(id, IDatanetRegistry.Quota(files, 10_000_000, 10_000_000));
        for (uint256 i; i < files; ++i) {
            _contribute(alice, id, _hash(i), 1);
        }
        vm.expectRevert(
            abi.encodeWithSelector(
                IDatanetRegistry.ContributorFileQuotaExceeded.selector, id, alice, uint256(files) + 1, files
            )
        );
        _contribute(alice, id, _hash(files), 1);
    }

    /// @dev Filling the contributor's byte quota exactly works; one more byte fails with the exact error.
    function testFuzz_quota_contributorByteBoundary(uint64 limit, uint32 first) public {
        limit = uint64(bound(limit, 2, type(uint32).max));
        first = uint32(bound(first, 1, limit - 1));
        vm.prank(owner);
        registry.setQuota(id, IDatanetRegistry.Quota(20, limit, type(uint64).max));
        _contribute(alice, id, _hash(1), first);
        // forge-lint: disable-next-line(unsafe-typecast) limit - first < limit <= uint32 max
        uint32 rest = uint32(limit - first);
        vm.expectRevert(
            abi.encodeWithSelector(
                IDatanetRegistry.ContributorByteQuotaExceeded.selector, id, alice, uint256(limit) + 1, limit
            )
        );
        _contribute(alice, id, _hash(2), rest + 1);
        _contribute(alice, id, _hash(2), rest);
        (, uint256 used,) = registry.usageToday(id, alice);
        assertEq(used, limit);
    }

    /// @dev The same at the datanet's byte quota, filled by two contributors.
    function testFuzz_quota_datanetByteBoundary(uint64 limit, uint32 first) public {
        limit = uint64(bound(limit, 2, type(uint32).max));
        first = uint32(bound(first, 1, limit - 1));
        vm.prank(owner);
        registry.setQuota(id, IDatanetRegistry.Quota(20, type(uint64).max, limit));
        _contribute(alice, id, _hash(1), first);
        // forge-lint: disable-next-line(unsafe-typecast) limit - first < limit <= uint32 max
        uint32 rest = uint32(limit - first);
        vm.expectRevert(
            abi.encodeWithSelector(IDatanetRegistry.DatanetByteQuotaExceeded.selector, id, uint256(limit) + 1, limit)
        );
        _contribute(bob, id, _hash(2), rest + 1);
        _contribute(bob, id, _hash(2), rest);
        (,, uint256 used) = registry.usageToday(id, bob);
        assertEq(used, limit);
    }

    /// @dev A single upload above the contributor's byte limit is "too large", whatever the day's usage.
    function testFuzz_quota_tooLarge(uint64 limit, uint32 size) public {
        limit = uint64(bound(limit, 1, type(uint32).max - 1));
        size = uint32(bound(size, limit + 1, type(uint32).max));
        vm.prank(owner);
        registry.setQuota(id, IDatanetRegistry.Quota(20, limit, type(uint64).max));
        vm.expectRevert(abi.encodeWithSelector(IDatanetRegistry.ContributionTooLarge.selector, size, limit));
        _contribute(alice, id, _hash(1), size);
    }

    // ---------------------------------------------------------------- reputation

    /// @dev Random sequences of uploads and accept/reject outcomes (quorum 1): the counters follow the
    /// sequence, the score follows the formula, rejections never raise it, acceptances never lower it and
    /// pending uploads never move it.
    function testFuzz_reputation(uint256 seed, uint8 steps) public {
        vm.startPrank(owner);
        registry.setQuorum(id, 1);
        registry.setQuota(id, IDatanetRegistry.Quota(type(uint32).max, type(uint64).max, type(uint64).max));
        vm.stopPrank();

        uint256 submitted;
        uint256 accepted;
        uint256 rejected;
        uint256[] memory pending = new uint256[](256);
        uint256 pendingCount;
        for (uint256 i; i < bound(steps, 1, 80); ++i) {
            uint256 r = uint256(keccak256(abi.encode(seed, i)));
            uint256 before = registry.reputationScore(id, alice);
            uint256 action = r % 3;
            if (action == 0 || pendingCount == 0) {
                pending[pendingCount++] = _contribute(alice, id, _hash(i), 1);
                ++submitted;
                assertEq(registry.reputationScore(id, alice), before, "pending upload moved the score");
            } else {
                // Settle a random pending upload.
                uint256 j = (r >> 8) % pendingCount;
                uint256 cid = pending[j];
                pending[j] = pending[--pendingCount];
                bool accept = action == 1;
                _vote(v1, cid, accept);
                uint256 afterScore = registry.reputationScore(id, alice);
                if (accept) {
                    ++accepted;
                    assertGe(afterScore, before, "acceptance lowered the score");
                } else {
                    ++rejected;
                    assertLe(afterScore, before, "rejection raised the score");
                }
            }
            _assertReputation(id, alice, submitted, accepted, rejected);
            assertEq(submitted, accepted + rejected + pendingCount);
            assertLe(registry.reputationScore(id, alice), 10_000);
        }
        // Bob did nothing and still has nothing.
        _assertReputation(id, bob, 0, 0, 0);
    }

    /// @dev Over the whole range of counters: the score stays within 0..9,999, one more rejection never
    /// raises it and one more acceptance never lowers it. (Not strictly: at large counts the integer
    /// division can absorb a single step.)
    function testFuzz_reputation_monotone(uint64 acceptedN, uint64 rejectedN) public pure {
        uint256 a = acceptedN;
        uint256 r = rejectedN;
        uint256 score = _score(a, r);
        assertLt(score, 10_000);
        assertLe(_score(a, r + 1), score);
        assertGe(_score(a + 1, r), score);
    }
}
