// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {GovFixture} from "./utils/GovFixture.sol";
import {VaultHandler} from "./handlers/VaultHandler.sol";

/// @notice Accounting invariants of the RewardVault and its SettlementGuard under random sequences of requests,
/// settlements (held for the challenge window), finalizations, claims, distributions, withdrawals, disputes,
/// releases and governance actions: fee split, challenge window, penalty multiplier, voiding and dispute
/// resolution by the timelock (see VaultHandler).
contract RewardVaultInvariantTest is GovFixture {
    VaultHandler internal handler;
    uint256[2] internal modelIdList;
    uint256[2] internal leafCounts = [uint256(3), 2];

    function setUp() public override {
        super.setUp();
        modelIdList = [modelId, _registerModel(datanetId, 2, 0.3e18)];

        address[] memory payers = new address[](3);
        payers[0] = user;
        payers[1] = user2;
        payers[2] = makeAddr("user3");
        _fund(payers[2], USER_FUNDS);
        uint256[] memory keys = new uint256[](3);
        keys[0] = aliceKey;
        keys[1] = bobKey;
        keys[2] = carolKey;
        address[] memory payees = new address[](5);
        payees[0] = modelOwner;
        payees[1] = treasury;
        payees[2] = validatorA;
        payees[3] = validatorB;
        payees[4] = makeAddr("recipient");
        address challenger = makeAddr("challenger");
        require(token.transfer(challenger, 1_000_000e18), "fund challenger");
        require(token.transfer(address(guard), 2000e18), "fund the reward reserve");

        handler = new VaultHandler(
            VaultHandler.Setup({
                token: token,
                models: models,
                vault: vault,
                guard: guard,
                verifier: verifier,
                oracle: oracle,
                governance: address(timelock),
                datanetRegistry: address(datanets),
                challenger: challenger,
                datanetId: datanetId,
                modelIds: modelIdList,
                payers: payers,
                contributors: contributors,
                keys: keys,
                payees: payees
            })
        );

        bytes4[] memory selectors = new bytes4[](17);
        selectors[0] = VaultHandler.requestInference.selector;
        selectors[1] = VaultHandler.setInferenceFee.selector;
        selectors[2] = VaultHandler.warp.selector;
        selectors[3] = VaultHandler.setFeeSplit.selector;
        selectors[4] = VaultHandler.settle.selector;
        selectors[5] = VaultHandler.claim.selector;
        selectors[6] = VaultHandler.claimFor.selector;
        selectors[7] = VaultHandler.distributeValidatorRewards.selector;
        selectors[8] = VaultHandler.withdraw.selector;
        selectors[9] = VaultHandler.finalize.selector;
        selectors[10] = VaultHandler.openDispute.selector;
        selectors[11] = VaultHandler.resolveDispute.selector;
        selectors[12] = VaultHandler.voidBatch.selector;
        selectors[13] = VaultHandler.release.selector;
        selectors[14] = VaultHandler.setChallengeWindow.selector;
        selectors[15] = VaultHandler.setPenalized.selector;
        selectors[16] = VaultHandler.setPenaltyMultiplier.selector;
        targetContract(address(handler));
        targetSelector(FuzzSelector(address(handler), selectors));
    }

    /// @dev What the vault owes, summed from its own books.
    function _owed() private view returns (uint256 total, uint256 credited) {
        total = vault.unsettledFees() + vault.validatorPool(datanetId);
        for (uint256 i; i < handler.payeeCount(); ++i) {
            total += vault.balanceOf(handler.payees(i));
        }
        for (uint256 m; m < 2; ++m) {
            (uint256 c, uint256 claimed) = vault.contributorCredit(modelIdList[m]);
            total += c - claimed;
            credited += c;
        }
    }

    /// @notice Solvency: the balance is exactly what came in minus what went out, it covers everything
    /// booked (held batches' fees stay in the unsettled total), and what claims paid + everything booked never
    /// exceeds what was deposited less withdrawals. The guard holds exactly the open disputes' bonds (plus its
    /// reward reserve).
    function invariant_solvency() public view {
        uint256 balance = token.balanceOf(address(vault));
        assertEq(balance, handler.ghostDeposited() - handler.ghostPaidOut(), "balance != deposited - paid out");
        (uint256 owed,) = _owed();
        assertEq(owed, balance, "books != balance");
        assertLe(handler.ghostClaimsPaid() + owed, handler.ghostDeposited() - handler.ghostWithdrawn(), "over-booked");
        assertEq(vault.unsettledFees(), handler.ghostPendingFees(), "unsettled != pending fees");
        assertEq(guard.bondsHeld(), handler.ghostBonds(), "bonds held != open bonds");
        assertGe(token.balanceOf(address(guard)), guard.bondsHeld(), "guard cannot cover its bonds");
    }

    /// @notice Claims pay against exactly the final tree the handler expects: nothing of a held or voided
    /// batch is ever claimable.
    function invariant_claimableRootIsTheFinalTree() public view {
        for (uint256 m; m < 2; ++m) {
            assertTrue(vault.payoutRoot(modelIdList[m]) == handler.finalRoot(m), "claimable root != final tree");
        }
    }

    /// @notice No leaf pays out more than its cumulative amount, and the vault's claim totals match the
    /// sum of the claims made.
    function invariant_noDoubleClaim() public view {
        uint256 total;
        for (uint256 m; m < 2; ++m) {
            uint256 perModel;
            for (uint256 i; i < leafCounts[m]; ++i) {
                uint256 paid = vault.claimedAt(modelIdList[m], i);
                assertEq(paid, handler.ghostLeafClaimed(m, i), "leaf paid != ghost");
                assertLe(paid, handler.ghostCumulative(m, i), "leaf paid above its cumulative");
                perModel += paid;
            }
            (, uint256 claimed) = vault.contributorCredit(modelIdList[m]);
            assertEq(claimed, perModel, "model claimed != sum of leaves");
            assertEq(claimed, handler.ghostModelClaimed(m), "model claimed != ghost");
            total += claimed;
        }
        assertEq(total, handler.ghostClaimed(), "claimed != ghost sum of claims");
    }

    /// @notice Contributors of a model are never paid more than the proofs credited to them.
    function invariant_claimedWithinCredit() public view {
        for (uint256 m; m < 2; ++m) {
            (uint256 credited, uint256 claimed) = vault.contributorCredit(modelIdList[m]);
            assertLe(claimed, credited, "claimed above credited");
            uint256 cumulative;
            for (uint256 i; i < leafCounts[m]; ++i) {
                cumulative += handler.ghostCumulative(m, i);
            }
            assertEq(cumulative, credited, "tree total != credited");
        }
    }

    /// @notice The handler's actions do reach the vault (a handler that always returned early would make
    /// the invariants above vacuous).
    function test_handlerReachesEveryAction() public {
        uint256[3] memory raises = [uint256(1e17), 2e17, 3e17];
        for (uint256 i; i < 6; ++i) {
            handler.requestInference(i, i);
        }
        handler.setInferenceFee(0, 2e18);
        handler.requestInference(0, 0);
        handler.warp(2 days);
        handler.settle(0, 0, 64, raises);
        handler.settle(1, 0, 64, raises);
        handler.openDispute(1, 0);
        handler.warp(2 days);
        handler.finalize(0, 4);
        handler.setPenalized(0, true);
        handler.claim(0, 0);
        handler.resolveDispute(true);
        handler.release(1, 0);
        handler.warp(1 days);
        handler.settle(1, 0, 64, raises);
        handler.setChallengeWindow(0);
        handler.voidBatch(1, 0);
        handler.release(1, 0);
        handler.settle(1, 0, 64, raises);
        handler.openDispute(1, 0); // the window is 0: closed at once, no dispute
        handler.finalize(1, 4);
        handler.claimFor(1, 1, 4);
        handler.setPenaltyMultiplier(2000);
        handler.distributeValidatorRewards();
        handler.withdraw(0);
        handler.setFeeSplit(5000, 2000, 2000);
        handler.setChallengeWindow(2 days);
        handler.requestInference(1, 0);
        handler.warp(2 days);
        handler.settle(0, 0, 1, raises);
        handler.openDispute(0, 0);
        handler.resolveDispute(false);
        handler.warp(2 days);
        handler.finalize(0, 4);
        handler.claim(0, 0);
        string[17] memory actions = [
            "requestInference",
            "setInferenceFee",
            "warp",
            "setFeeSplit",
            "settle",
            "claim",
            "claimFor",
            "distributeValidatorRewards",
            "withdraw",
            "finalize",
            "openDispute",
            "resolveUpheld",
            "resolveRejected",
            "voidBatch",
            "release",
            "setChallengeWindow",
            "setPenalized"
        ];
        for (uint256 i; i < actions.length; ++i) {
            assertGt(handler.calls(actions[i]), 0);
        }
        assertGt(handler.calls("setPenaltyMultiplier"), 0);
        invariant_solvency();
        invariant_noDoubleClaim();
        invariant_claimedWithinCredit();
        invariant_claimableRootIsTheFinalTree();
    }
}
