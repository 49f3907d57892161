// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {Votes} from "@openzeppelin/contracts/governance/utils/Votes.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

import {Test} from "./utils/Test.sol";
import {OpenToken} from "../src/OpenToken.sol";

/// @notice OPEN: fixed supply, metadata, EIP-2612 permit and timestamp-clocked votes.
contract OpenTokenTest is Test {
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
    bytes32 internal constant DELEGATION_TYPEHASH =
        keccak256("Delegation(address delegatee,uint256 nonce,uint256 expiry)");
    uint256 internal constant SUPPLY = 1_000_000_000e18;
    uint256 internal constant T0 = 1_750_000_000;

    OpenToken internal token;
    address internal holder = makeAddr("holder");
    address internal spender = makeAddr("spender");
    address internal alice;
    uint256 internal aliceKey;

    function setUp() public {
        vm.warp(T0);
        (alice, aliceKey) = makeKey("alice");
        token = new OpenToken(holder);
    }

    function _digest(bytes32 structHash) internal view returns (bytes32) {
        return keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash));
    }

    function _signPermit(uint256 key, address owner, uint256 value, uint256 nonce, uint256 deadline)
        internal
        view
        returns (uint8 v, bytes32 r, bytes32 s)
    {
        return vm.sign(key, _digest(keccak256(abi.encode(PERMIT_TYPEHASH, owner, spender, value, nonce, deadline))));
    }

    // ---------------------------------------------------------------- supply and metadata

    function test_metadataAndSupply() public view {
        assertEq(token.name(), "Open");
        assertEq(token.symbol(), "OPEN");
        assertEq(token.decimals(), 18);
        assertEq(token.totalSupply(), SUPPLY);
        assertEq(token.TOTAL_SUPPLY(), SUPPLY);
        assertEq(token.balanceOf(holder), SUPPLY);
    }

    function test_constructor_emitsMint() public {
        vm.expectEmit(true, true, false, true);
        emit IERC20.Transfer(address(0), alice, SUPPLY);
        new OpenToken(alice);
    }

    function test_constructor_revertsOnZeroRecipient() public {
        vm.expectRevert(abi.encodeWithSelector(OpenToken.ZeroRecipient.selector));
        new OpenToken(address(0));
    }

    function test_transfer() public {
        vm.prank(holder);
        assertTrue(token.transfer(alice, 123e18));
        assertEq(token.balanceOf(alice), 123e18);
        assertEq(token.balanceOf(holder), SUPPLY - 123e18);
        assertEq(token.totalSupply(), SUPPLY);
    }

    // ---------------------------------------------------------------- permit

    function test_domainSeparator() public view {
        bytes32 expected = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("Open"),
                keccak256("1"),
                block.chainid,
                address(token)
            )
        );
        assertEq(token.DOMAIN_SEPARATOR(), expected);
    }

    function test_permit() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(aliceKey, alice, 500e18, 0, deadline);

        vm.expectEmit(true, true, false, true, address(token));
        emit IERC20.Approval(alice, spender, 500e18);
        token.permit(alice, spender, 500e18, deadline, v, r, s); // anyone may submit it
        assertEq(token.allowance(alice, spender), 500e18);
        assertEq(token.nonces(alice), 1);

        // The spender can use it.
        vm.prank(holder);
        assertTrue(token.transfer(alice, 500e18));
        vm.prank(spender);
        assertTrue(token.transferFrom(alice, spender, 500e18));
        assertEq(token.balanceOf(spender), 500e18);
    }

    function test_permit_revertsOnReplay() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(aliceKey, alice, 1e18, 0, deadline);
        token.permit(alice, spender, 1e18, deadline, v, r, s);
        // The nonce moved on, so the same signature now recovers to some other address.
        address recovered =
            ecrecover(_digest(keccak256(abi.encode(PERMIT_TYPEHASH, alice, spender, 1e18, 1, deadline))), v, r, s);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, recovered, alice));
        token.permit(alice, spender, 1e18, deadline, v, r, s);
        assertEq(token.nonces(alice), 1);
    }

    function test_permit_revertsWhenExpired() public {
        uint256 deadline = block.timestamp - 1;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(aliceKey, alice, 1e18, 0, deadline);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612ExpiredSignature.selector, deadline));
        token.permit(alice, spender, 1e18, deadline, v, r, s);
    }

    function test_permit_revertsForWrongSigner() public {
        (address mallory, uint256 malloryKey) = makeKey("mallory");
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(malloryKey, alice, 1e18, 0, deadline);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, mallory, alice));
        token.permit(alice, spender, 1e18, deadline, v, r, s);
        assertEq(token.allowance(alice, spender), 0);
    }

    // ---------------------------------------------------------------- votes on a timestamp clock

    function test_clock() public {
        assertEq(token.clock(), T0);
        assertEq(token.CLOCK_MODE(), "mode=timestamp");
        vm.warp(T0 + 12_345);
        assertEq(token.clock(), T0 + 12_345);
    }

    function test_votes_needDelegation() public view {
        assertEq(token.getVotes(holder), 0);
        assertEq(token.delegates(holder), address(0));
    }

    function test_votes_delegateAndPastVotes() public {
        vm.expectEmit(true, true, true, true, address(token));
        emit IVotes.DelegateChanged(holder, address(0), holder);
        vm.prank(holder);
        token.delegate(holder);
        assertEq(token.getVotes(holder), SUPPLY);

        vm.warp(T0 + 100);
        vm.prank(holder);
        assertTrue(token.transfer(alice, 300e18));
        vm.prank(alice);
        token.delegate(spender);

        vm.warp(T0 + 200);
        vm.prank(alice);
        assertTrue(token.transfer(holder, 100e18));

        vm.warp(T0 + 300);
        // Checkpoints are keyed by timestamp: the votes at each past second.
        assertEq(token.getPastVotes(holder, T0), SUPPLY);
        assertEq(token.getPastVotes(holder, T0 + 99), SUPPLY);
        assertEq(token.getPastVotes(holder, T0 + 100), SUPPLY - 300e18);
        assertEq(token.getPastVotes(spender, T0 + 99), 0);
        assertEq(token.getPastVotes(spender, T0 + 100), 300e18);
        assertEq(token.getPastVotes(spender, T0 + 200), 200e18);
        assertEq(token.getPastVotes(holder, T0 + 200), SUPPLY - 200e18);
        assertEq(token.getVotes(spender), 200e18);
        assertEq(token.getPastTotalSupply(T0 + 150), SUPPLY);
        assertEq(token.numCheckpoints(holder), 3);
    }

    function test_votes_revertOnFutureLookup() public {
        vm.expectRevert(abi.encodeWithSelector(Votes.ERC5805FutureLookup.selector, T0, T0));
        token.getPastVotes(holder, T0);
        vm.expectRevert(abi.encodeWithSelector(Votes.ERC5805FutureLookup.selector, T0 + 1, T0));
        token.getPastTotalSupply(T0 + 1);
    }

    function test_delegateBySig_sharesNonceWithPermit() public {
        vm.prank(holder);
        assertTrue(token.transfer(alice, 10e18));

        // A permit uses nonce 0...
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(aliceKey, alice, 1e18, 0, deadline);
        token.permit(alice, spender, 1e18, deadline, v, r, s);

        // ...so a delegation signed with nonce 0 is refused, and one with nonce 1 works.
        (v, r, s) = vm.sign(aliceKey, _digest(keccak256(abi.encode(DELEGATION_TYPEHASH, spender, 0, deadline))));
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, alice, 1));
        token.delegateBySig(spender, 0, deadline, v, r, s);

        (v, r, s) = vm.sign(aliceKey, _digest(keccak256(abi.encode(DELEGATION_TYPEHASH, spender, 1, deadline))));
        token.delegateBySig(spender, 1, deadline, v, r, s);
        assertEq(token.delegates(alice), spender);
        assertEq(token.getVotes(spender), 10e18);
        assertEq(token.nonces(alice), 2);
    }
}
