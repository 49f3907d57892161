// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Test} from "./Test.sol";
import {PayoutTreeBuilder} from "./PayoutTreeBuilder.sol";
import {OpenToken} from "../../src/OpenToken.sol";
import {DatanetRegistry} from "../../src/DatanetRegistry.sol";
import {ModelRegistry} from "../../src/ModelRegistry.sol";
import {RewardVault} from "../../src/RewardVault.sol";
import {IDatanetRegistry} from "../../src/interfaces/IDatanetRegistry.sol";
import {IModelRegistry} from "../../src/interfaces/IModelRegistry.sol";
import {IRewardVault} from "../../src/interfaces/IRewardVault.sol";
import {TestScoreVerifier} from "../mocks/TestScoreVerifier.sol";

/// @notice Deploys the real suite (OpenToken, DatanetRegistry, ModelRegistry, RewardVault and the test-only
/// verifier) the way Deploy.s.sol does, and gives the tests one datanet with three accepted contributions
/// (alice, bob, carol at accepted indices 0, 1, 2), one registered model over them and two funded users.
abstract contract PoaFixture is Test {
    using PayoutTreeBuilder for PayoutTreeBuilder.Tree;

    uint64 internal constant EPOCH = 1 days;
    uint96 internal constant FEE = 1e18;
    uint256 internal constant DEPTH = 8;
    uint256 internal constant USER_FUNDS = 1_000_000e18;
    bytes32 internal constant GRADIENT_COMMITMENT = keccak256("gradients");

    OpenToken internal token;
    DatanetRegistry internal datanets;
    ModelRegistry internal models;
    RewardVault internal vault;
    TestScoreVerifier internal verifier;

    address internal admin = makeAddr("admin");
    address internal treasury = makeAddr("treasury");
    address internal oracle = makeAddr("oracle");
    address internal datanetOwner = makeAddr("datanetOwner");
    address internal modelOwner = makeAddr("modelOwner");
    address internal validatorA = makeAddr("validatorA");
    address internal validatorB = makeAddr("validatorB");
    address internal user = makeAddr("user");
    address internal user2 = makeAddr("user2");
    address internal alice;
    uint256 internal aliceKey;
    address internal bob;
    uint256 internal bobKey;
    address internal carol;
    uint256 internal carolKey;

    uint256 internal datanetId;
    uint256 internal modelId;
    /// @dev Accepted contributors in accepted-index order.
    address[] internal contributors;

    function setUp() public virtual {
        (alice, aliceKey) = makeKey("alice");
        (bob, bobKey) = makeKey("bob");
        (carol, carolKey) = makeKey("carol");
        _deploySuite();
        datanetId = _createDatanet(_pair(validatorA, validatorB), 1);
        _accept(datanetId, alice);
        _accept(datanetId, bob);
        _accept(datanetId, carol);
        modelId = _registerModel(datanetId, 3, FEE);
        _fund(user, USER_FUNDS);
        _fund(user2, USER_FUNDS);
    }

    // ---------------------------------------------------------------- deployment

    function _deploySuite() internal {
        verifier = new TestScoreVerifier();
        token = new OpenToken(address(this));
        datanets = new DatanetRegistry(address(token), treasury, admin);
        address predicted = vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 1);
        models = new ModelRegistry(address(datanets), predicted, address(token), admin);
        vault = new RewardVault(
            address(token), address(models), address(datanets), address(verifier), treasury, EPOCH, admin
        );
        require(address(vault) == predicted, "vault address prediction");
        vm.prank(admin);
        models.setOracle(oracle, true);
    }

    // ---------------------------------------------------------------- datanets and models

    function _pair(address a, address b) internal pure returns (address[] memory list) {
        list = new address[](2);
        list[0] = a;
        list[1] = b;
    }

    function _createDatanet(address[] memory validators, uint16 quorum) internal returns (uint256 id) {
        vm.prank(datanetOwner);
        id = datanets.createDatanet(
            IDatanetRegistry.DatanetParams({
                metadataURI: "ipfs://datanet",
                kind: IDatanetRegistry.Kind.Text,
                bond: 0,
                forfeitBondOnReject: false,
                validators: validators,
                quorum: quorum
            })
        );
    }

    /// @dev Contributes one file as `contributor` and has validatorA accept it (quorum 1).
    function _accept(uint256 dId, address contributor) internal returns (uint256 contributionId) {
        vm.prank(contributor);
        contributionId =
            datanets.contribute(dId, keccak256(abi.encode(contributor, contributors.length)), 1000, "ipfs://file");
        vm.prank(validatorA);
        datanets.vote(contributionId, true);
        if (dId == datanetId) contributors.push(contributor);
    }

    function _modelParams(uint256 dId, uint64 count, uint96 fee)
        internal
        view
        returns (IModelRegistry.ModelParams memory)
    {
        return IModelRegistry.ModelParams({
            datanetId: dId,
            contributionCount: count,
            baseModelId: keccak256("base"),
            adapterHash: keccak256("adapter"),
            trainingConfigHash: keccak256("config"),
            gradientCommitment: GRADIENT_COMMITMENT,
            owner: modelOwner,
            inferenceFee: fee,
            metadataURI: "ipfs://model"
        });
    }

    function _registerModel(uint256 dId, uint64 count, uint96 fee) internal returns (uint256 id) {
        vm.prank(oracle);
        id = models.registerModel(_modelParams(dId, count, fee));
    }

    // ---------------------------------------------------------------- inference

    function _fund(address account, uint256 amount) internal {
        require(token.transfer(account, amount), "fund");
        vm.prank(account);
        token.approve(address(vault), type(uint256).max);
    }

    function _request(address payer, uint256 mId) internal returns (uint256 requestId) {
        vm.prank(payer);
        requestId = models.requestInference(mId, keccak256(abi.encode("input", payer, mId)), type(uint256).max);
    }

    function _requests(address payer, uint256 mId, uint256 n) internal returns (uint256[] memory ids) {
        ids = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            ids[i] = _request(payer, mId);
        }
    }

    function _closeEpoch() internal {
        vm.warp(block.timestamp + EPOCH);
    }

    // ---------------------------------------------------------------- settlement

    /// @dev The dense tree over the fixture's contributors with the given cumulative amounts.
    function _tree(uint256[] memory cumulatives) internal view returns (PayoutTreeBuilder.Tree memory) {
        address[] memory accounts = new address[](cumulatives.length);
        for (uint256 i; i < cumulatives.length; ++i) {
            accounts[i] = contributors[i];
        }
        return PayoutTreeBuilder.buildDense(DEPTH, accounts, cumulatives);
    }

    function _amounts(uint256 a, uint256 b, uint256 c) internal pure returns (uint256[] memory list) {
        list = new uint256[](3);
        list[0] = a;
        list[1] = b;
        list[2] = c;
    }

    function _settlement(uint256 mId, uint64 epoch, uint256[] memory ids, bytes32 root, uint256 distributed)
        internal
        pure
        returns (IRewardVault.Settlement memory)
    {
        return IRewardVault.Settlement({
            modelId: mId,
            epoch: epoch,
            requestIds: ids,
            inferenceCommitment: keccak256(abi.encode("inference", mId, epoch, ids)),
            newPayoutRoot: root,
            distributed: distributed
        });
    }

    /// @dev The proof the test verifier accepts for `s` as the vault would check it now.
    function _proof(IRewardVault.Settlement memory s) internal view returns (bytes memory) {
        return verifier.proofFor(vault.publicInputs(s));
    }

    function _settle(IRewardVault.Settlement memory s) internal returns (uint256 batchId) {
        bytes memory proof = _proof(s);
        vm.prank(oracle);
        batchId = vault.settle(s, proof);
    }

    /// @dev Settles `ids` (model `modelId`, epoch 0 unless given) into a tree paying `cumulatives`, with
    /// `distributed` the increase of the tree's total over the previous one.
    function _settleTree(uint64 epoch, uint256[] memory ids, uint256[] memory cumulatives, uint256 distributed)
        internal
        returns (PayoutTreeBuilder.Tree memory t)
    {
        t = _tree(cumulatives);
        _settle(_settlement(modelId, epoch, ids, t.root(), distributed));
    }

    function _leaf(PayoutTreeBuilder.Tree memory t, uint256 index, uint256 cumulative)
        internal
        pure
        returns (IRewardVault.PayoutLeaf[] memory leaves)
    {
        leaves = new IRewardVault.PayoutLeaf[](1);
        // forge-lint: disable-next-line(unsafe-typecast) test indices are small
        leaves[0] = IRewardVault.PayoutLeaf({index: uint64(index), cumulative: cumulative, proof: t.proof(index)});
    }

    function _contributorShare(uint256 fee, uint256 n) internal view returns (uint256) {
        return n * (fee * vault.feeSplit().contributorsBps / 10_000);
    }

    // ---------------------------------------------------------------- claimFor signatures

    function _claimDigest(uint256 mId, address account, address recipient, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(abi.encode(vault.CLAIM_TYPEHASH(), mId, account, recipient, nonce, deadline));
        return keccak256(abi.encodePacked("\x19\x01", vault.DOMAIN_SEPARATOR(), structHash));
    }

    function _signClaim(uint256 key, uint256 mId, address recipient, uint256 deadline)
        internal
        view
        returns (bytes memory)
    {
        address account = vm.addr(key);
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(key, _claimDigest(mId, account, recipient, vault.claimNonce(account), deadline));
        return abi.encodePacked(r, s, v);
    }

    // ---------------------------------------------------------------- accounting

    /// @dev Σ of everything the vault owes; with no direct transfers it equals the vault's token balance.
    function _booked(address[] memory accounts, uint256[] memory datanetIds, uint256[] memory modelIds)
        internal
        view
        returns (uint256 total)
    {
        total = vault.unsettledFees();
        for (uint256 i; i < accounts.length; ++i) {
            total += vault.balanceOf(accounts[i]);
        }
        for (uint256 i; i < datanetIds.length; ++i) {
            total += vault.validatorPool(datanetIds[i]);
        }
        for (uint256 i; i < modelIds.length; ++i) {
            (uint256 credited, uint256 claimed) = vault.contributorCredit(modelIds[i]);
            total += credited - claimed;
        }
    }
}
