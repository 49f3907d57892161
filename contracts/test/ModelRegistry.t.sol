// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

import {PoaFixture} from "./utils/PoaFixture.sol";
import {ModelRegistry} from "../src/ModelRegistry.sol";
import {RewardVault} from "../src/RewardVault.sol";
import {DatanetRegistry} from "../src/DatanetRegistry.sol";
import {IDatanetRegistry} from "../src/interfaces/IDatanetRegistry.sol";
import {IModelRegistry} from "../src/interfaces/IModelRegistry.sol";
import {IRewardVault} from "../src/interfaces/IRewardVault.sol";
import {ExactTransfer} from "../src/libraries/ExactTransfer.sol";
import {FeeOnTransferToken} from "./mocks/FeeOnTransferToken.sol";

contract ModelRegistryTest is PoaFixture {
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");
    bytes32 internal constant INPUT = keccak256("input");

    address internal payer;
    uint256 internal payerKey;

    function setUp() public override {
        super.setUp();
        (payer, payerKey) = makeKey("payer");
        require(token.transfer(payer, 100e18), "fund");
    }

    // ---------------------------------------------------------------- constructor

    function test_constructor_setsAddressesAndOwner() public view {
        assertEq(models.datanetRegistry(), address(datanets));
        assertEq(models.rewardVault(), address(vault));
        assertEq(models.token(), address(token));
        assertEq(models.owner(), admin);
        assertEq(models.modelCount(), 1);
        assertEq(vault.requestCount(), 0);
    }

    function test_constructor_revertsOnZeroAddresses() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.ZeroAddress.selector));
        new ModelRegistry(address(0), address(vault), address(token), admin);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.ZeroAddress.selector));
        new ModelRegistry(address(datanets), address(0), address(token), admin);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.ZeroAddress.selector));
        new ModelRegistry(address(datanets), address(vault), address(0), admin);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableInvalidOwner.selector, address(0)));
        new ModelRegistry(address(datanets), address(vault), address(token), address(0));
    }

    // ---------------------------------------------------------------- governance

    function test_setOracle_allowsAndRevokes() public {
        address o = makeAddr("newOracle");
        vm.expectEmit(address(models));
        emit IModelRegistry.OracleUpdated(o, true);
        vm.prank(admin);
        models.setOracle(o, true);
        assertTrue(models.isOracle(o));

        vm.expectEmit(address(models));
        emit IModelRegistry.OracleUpdated(o, false);
        vm.prank(admin);
        models.setOracle(o, false);
        assertFalse(models.isOracle(o));
    }

    function test_setOracle_revertsForNonOwner() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, oracle));
        vm.prank(oracle);
        models.setOracle(oracle, false);
        assertTrue(models.isOracle(oracle));
    }

    function test_setOracle_revertsOnZeroAddress() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.ZeroAddress.selector));
        vm.prank(admin);
        models.setOracle(address(0), true);
    }

    function test_ownership_isTwoStep() public {
        address next = makeAddr("timelock");
        vm.prank(admin);
        models.transferOwnership(next);
        assertEq(models.owner(), admin);
        assertEq(models.pendingOwner(), next);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, admin));
        vm.prank(admin);
        models.acceptOwnership();
        vm.prank(next);
        models.acceptOwnership();
        assertEq(models.owner(), next);
    }

    // ---------------------------------------------------------------- registerModel

    function test_registerModel_storesEverything() public {
        IModelRegistry.ModelParams memory p = _modelParams(datanetId, 2, 3e18);
        bytes32 accumulator = datanets.accumulatorAt(datanetId, 2);
        assertNotEq(accumulator, bytes32(0));

        vm.expectEmit(address(models));
        emit IModelRegistry.ModelRegistered(
            2,
            datanetId,
            modelOwner,
            oracle,
            2,
            accumulator,
            p.baseModelId,
            p.adapterHash,
            p.trainingConfigHash,
            p.gradientCommitment,
            3e18,
            "ipfs://model"
        );
        vm.prank(oracle);
        uint256 id = models.registerModel(p);

        assertEq(id, 2);
        assertEq(models.modelCount(), 2);
        IModelRegistry.Model memory m = models.model(id);
        assertEq(m.owner, modelOwner);
        assertEq(m.datanetId, datanetId);
        assertEq(m.contributionCount, 2);
        assertTrue(m.active);
        assertEq(m.inferenceFee, 3e18);
        assertEq(m.oracle, oracle);
        assertEq(m.accumulator, accumulator);
        assertEq(m.baseModelId, p.baseModelId);
        assertEq(m.adapterHash, p.adapterHash);
        assertEq(m.trainingConfigHash, p.trainingConfigHash);
        assertEq(m.gradientCommitment, p.gradientCommitment);

        (address o, uint256 d, uint256 n, bytes32 g) = models.settlementTerms(id);
        assertEq(o, modelOwner);
        assertEq(d, datanetId);
        assertEq(n, 2);
        assertEq(g, GRADIENT_COMMITMENT);
    }

    function test_registerModel_revertsForNonOracle() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.NotOracle.selector, user));
        vm.prank(user);
        models.registerModel(_modelParams(datanetId, 1, FEE));

        vm.prank(admin);
        models.setOracle(oracle, false);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.NotOracle.selector, oracle));
        vm.prank(oracle);
        models.registerModel(_modelParams(datanetId, 1, FEE));
        assertEq(models.modelCount(), 1);
    }

    function test_registerModel_revertsOnZeroHashes() public {
        for (uint256 field; field < 4; ++field) {
            IModelRegistry.ModelParams memory p = _modelParams(datanetId, 1, FEE);
            if (field == 0) p.baseModelId = 0;
            if (field == 1) p.adapterHash = 0;
            if (field == 2) p.trainingConfigHash = 0;
            if (field == 3) p.gradientCommitment = 0;
            _expectRegisterRevert(p, abi.encodeWithSelector(IModelRegistry.ZeroHash.selector));
        }
    }

    function test_registerModel_revertsOnZeroOwner() public {
        IModelRegistry.ModelParams memory p = _modelParams(datanetId, 1, FEE);
        p.owner = address(0);
        _expectRegisterRevert(p, abi.encodeWithSelector(IModelRegistry.ZeroAddress.selector));
    }

    function test_registerModel_revertsOnZeroFee() public {
        _expectRegisterRevert(_modelParams(datanetId, 1, 0), abi.encodeWithSelector(IModelRegistry.ZeroFee.selector));
    }

    function test_registerModel_revertsOnEmptyURI() public {
        IModelRegistry.ModelParams memory p = _modelParams(datanetId, 1, FEE);
        p.metadataURI = "";
        _expectRegisterRevert(p, abi.encodeWithSelector(IModelRegistry.EmptyURI.selector));
    }

    function test_registerModel_revertsOnZeroContributionCount() public {
        _expectRegisterRevert(
            _modelParams(datanetId, 0, FEE), abi.encodeWithSelector(IModelRegistry.ZeroContributionCount.selector)
        );
    }

    function test_registerModel_bubblesAcceptedCountOutOfRange() public {
        _expectRegisterRevert(
            _modelParams(datanetId, 4, FEE),
            abi.encodeWithSelector(IDatanetRegistry.AcceptedCountOutOfRange.selector, datanetId, 4, 3)
        );
    }

    function test_registerModel_revertsOnUnknownDatanet() public {
        // An unknown datanet has no accepted contributions: the registry reports the count as out of range.
        _expectRegisterRevert(
            _modelParams(99, 1, FEE),
            abi.encodeWithSelector(IDatanetRegistry.AcceptedCountOutOfRange.selector, 99, 1, 0)
        );
    }

    function _expectRegisterRevert(IModelRegistry.ModelParams memory p, bytes memory err) private {
        vm.expectRevert(err);
        vm.prank(oracle);
        models.registerModel(p);
        assertEq(models.modelCount(), 1);
    }

    // ---------------------------------------------------------------- model owner setters

    function test_setInferenceFee() public {
        vm.expectEmit(address(models));
        emit IModelRegistry.InferenceFeeUpdated(modelId, 5e18);
        vm.prank(modelOwner);
        models.setInferenceFee(modelId, 5e18);
        assertEq(models.model(modelId).inferenceFee, 5e18);
    }

    function test_setInferenceFee_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.UnknownModel.selector, 7));
        vm.prank(modelOwner);
        models.setInferenceFee(7, 1);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.NotModelOwner.selector, modelId, user));
        vm.prank(user);
        models.setInferenceFee(modelId, 1);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.ZeroFee.selector));
        vm.prank(modelOwner);
        models.setInferenceFee(modelId, 0);
        assertEq(models.model(modelId).inferenceFee, FEE);
    }

    function test_setModelActive() public {
        vm.expectEmit(address(models));
        emit IModelRegistry.ModelActiveUpdated(modelId, false);
        vm.prank(modelOwner);
        models.setModelActive(modelId, false);
        assertFalse(models.model(modelId).active);
        vm.prank(modelOwner);
        models.setModelActive(modelId, true);
        assertTrue(models.model(modelId).active);
    }

    function test_setModelActive_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.UnknownModel.selector, 0));
        vm.prank(modelOwner);
        models.setModelActive(0, false);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.NotModelOwner.selector, modelId, oracle));
        vm.prank(oracle);
        models.setModelActive(modelId, false);
        assertTrue(models.model(modelId).active);
    }

    function test_setModelOwner() public {
        address next = makeAddr("nextOwner");
        vm.expectEmit(address(models));
        emit IModelRegistry.ModelOwnerChanged(modelId, modelOwner, next);
        vm.prank(modelOwner);
        models.setModelOwner(modelId, next);
        assertEq(models.model(modelId).owner, next);

        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.NotModelOwner.selector, modelId, modelOwner));
        vm.prank(modelOwner);
        models.setInferenceFee(modelId, 2);
        vm.prank(next);
        models.setInferenceFee(modelId, 2);
    }

    function test_setModelOwner_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.UnknownModel.selector, 2));
        vm.prank(modelOwner);
        models.setModelOwner(2, user);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.NotModelOwner.selector, modelId, user));
        vm.prank(user);
        models.setModelOwner(modelId, user);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.ZeroAddress.selector));
        vm.prank(modelOwner);
        models.setModelOwner(modelId, address(0));
        assertEq(models.model(modelId).owner, modelOwner);
    }

    // ---------------------------------------------------------------- views

    function test_views_unknownModel() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.UnknownModel.selector, 5));
        models.model(5);
        (address o, uint256 d, uint256 n, bytes32 g) = models.settlementTerms(5);
        assertEq(o, address(0));
        assertEq(d, 0);
        assertEq(n, 0);
        assertEq(g, bytes32(0));
        assertFalse(models.isOracle(user));
    }

    // ---------------------------------------------------------------- requestInference

    function test_requestInference_pullsFeeIntoVault() public {
        uint256 userBefore = token.balanceOf(user);
        vm.expectEmit(address(vault));
        emit IRewardVault.FeeDeposited(1, modelId, user, FEE, 0);
        vm.expectEmit(address(models));
        emit IModelRegistry.InferenceRequested(1, modelId, user, INPUT, FEE, 0);
        vm.prank(user);
        uint256 id = models.requestInference(modelId, INPUT, FEE);

        assertEq(id, 1);
        assertEq(vault.requestCount(), 1);
        assertEq(token.balanceOf(user), userBefore - FEE);
        assertEq(token.balanceOf(address(vault)), FEE);
        assertEq(token.balanceOf(address(models)), 0);
        assertEq(vault.unsettledFees(), FEE);
        IRewardVault.Request memory r = vault.request(id);
        assertEq(r.modelId, modelId);
        assertEq(r.epoch, 0);
        assertEq(r.fee, FEE);
        assertTrue(r.status == IRewardVault.RequestStatus.Pending);
    }

    function test_requestInference_recordsCurrentEpoch() public {
        vm.warp(block.timestamp + 3 * EPOCH + 1);
        vm.expectEmit(address(models));
        emit IModelRegistry.InferenceRequested(1, modelId, user, INPUT, FEE, 3);
        vm.prank(user);
        models.requestInference(modelId, INPUT, FEE);
        assertEq(vault.request(1).epoch, 3);
        assertEq(_request(user, modelId), 2);
    }

    function test_requestInference_revertsOnUnknownModel() public {
        _expectRequestRevert(0, INPUT, FEE, abi.encodeWithSelector(IModelRegistry.UnknownModel.selector, 0));
        _expectRequestRevert(2, INPUT, FEE, abi.encodeWithSelector(IModelRegistry.UnknownModel.selector, 2));
    }

    function test_requestInference_revertsOnInactiveModel() public {
        vm.prank(modelOwner);
        models.setModelActive(modelId, false);
        _expectRequestRevert(
            modelId, INPUT, FEE, abi.encodeWithSelector(IModelRegistry.ModelInactive.selector, modelId)
        );
    }

    function test_requestInference_revertsOnZeroInputHash() public {
        _expectRequestRevert(modelId, 0, FEE, abi.encodeWithSelector(IModelRegistry.ZeroHash.selector));
    }

    function test_requestInference_revertsOnFeeAboveMax() public {
        // The owner raised the fee after the user read it.
        vm.prank(modelOwner);
        models.setInferenceFee(modelId, FEE + 1);
        _expectRequestRevert(
            modelId, INPUT, FEE, abi.encodeWithSelector(IModelRegistry.FeeAboveMax.selector, modelId, FEE + 1, FEE)
        );
    }

    function test_requestInference_revertsWithoutAllowance() public {
        // `payer` holds tokens but never approved the vault; approving the registry does not help.
        vm.prank(payer);
        token.approve(address(models), FEE);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(vault), 0, FEE)
        );
        vm.prank(payer);
        models.requestInference(modelId, INPUT, FEE);
        assertEq(vault.requestCount(), 0);
        assertEq(vault.unsettledFees(), 0);
    }

    function test_requestInference_revertsOnFeeOnTransferToken() public {
        FeeOnTransferToken feeToken = new FeeOnTransferToken(100); // 1 % burnt per transfer
        DatanetRegistry dr = new DatanetRegistry(address(feeToken), treasury, admin);
        address predicted = vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 1);
        ModelRegistry mr = new ModelRegistry(address(dr), predicted, address(feeToken), admin);
        RewardVault rv =
            new RewardVault(address(feeToken), address(mr), address(dr), address(verifier), treasury, EPOCH, admin);
        vm.prank(admin);
        mr.setOracle(oracle, true);
        vm.prank(datanetOwner);
        uint256 dId = dr.createDatanet(
            IDatanetRegistry.DatanetParams(
                "ipfs://d", IDatanetRegistry.Kind.Text, 0, false, _pair(validatorA, validatorB), 1
            )
        );
        vm.prank(alice);
        uint256 cId = dr.contribute(dId, keccak256("f"), 10, "ipfs://f");
        vm.prank(validatorA);
        dr.vote(cId, true);
        vm.prank(oracle);
        uint256 mId = mr.registerModel(_modelParams(dId, 1, FEE));

        feeToken.mint(user, 10e18);
        vm.prank(user);
        feeToken.approve(address(rv), type(uint256).max);
        vm.expectRevert(abi.encodeWithSelector(ExactTransfer.TransferAmountMismatch.selector, FEE, FEE - FEE / 100));
        vm.prank(user);
        mr.requestInference(mId, INPUT, FEE);
        assertEq(rv.unsettledFees(), 0);
        assertEq(rv.requestCount(), 0);
    }

    function _expectRequestRevert(uint256 mId, bytes32 inputHash, uint256 maxFee, bytes memory err) private {
        vm.expectRevert(err);
        vm.prank(user);
        models.requestInference(mId, inputHash, maxFee);
        assertEq(vault.requestCount(), 0);
        assertEq(vault.unsettledFees(), 0);
    }

    // ---------------------------------------------------------------- requestInferenceWithPermit

    function _permit(uint256 value, uint256 deadline) private view returns (uint8 v, bytes32 r, bytes32 s) {
        bytes32 structHash =
            keccak256(abi.encode(PERMIT_TYPEHASH, payer, address(vault), value, token.nonces(payer), deadline));
        (v, r, s) = vm.sign(payerKey, keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash)));
    }

    function test_requestInferenceWithPermit_usesPermit() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _permit(FEE, deadline);
        vm.expectEmit(address(models));
        emit IModelRegistry.InferenceRequested(1, modelId, payer, INPUT, FEE, 0);
        vm.prank(payer);
        uint256 id = models.requestInferenceWithPermit(modelId, INPUT, FEE, deadline, v, r, s);
        assertEq(id, 1);
        assertEq(token.balanceOf(payer), 99e18);
        assertEq(token.balanceOf(address(vault)), FEE);
        assertEq(token.allowance(payer, address(vault)), 0);
        assertEq(token.nonces(payer), 1);
    }

    function test_requestInferenceWithPermit_permitsMaxFeeAndChargesTheFee() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _permit(3 * FEE, deadline);
        vm.prank(payer);
        models.requestInferenceWithPermit(modelId, INPUT, 3 * FEE, deadline, v, r, s);
        assertEq(token.balanceOf(address(vault)), FEE);
        // The signed amount is the allowance; only the fee was spent of it.
        assertEq(token.allowance(payer, address(vault)), 2 * FEE);
    }

    function test_requestInferenceWithPermit_survivesFrontRunPermit() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _permit(FEE, deadline);
        // A front-runner submits the permit on its own first; the request must still go through.
        vm.prank(user2);
        token.permit(payer, address(vault), FEE, deadline, v, r, s);
        vm.prank(payer);
        models.requestInferenceWithPermit(modelId, INPUT, FEE, deadline, v, r, s);
        assertEq(token.balanceOf(address(vault)), FEE);
        assertEq(vault.request(1).fee, FEE);
    }

    function test_requestInferenceWithPermit_acceptsExistingAllowance() public {
        vm.prank(payer);
        token.approve(address(vault), FEE);
        // An expired permit fails, but the allowance covers the fee.
        (uint8 v, bytes32 r, bytes32 s) = _permit(FEE, block.timestamp - 1);
        vm.prank(payer);
        models.requestInferenceWithPermit(modelId, INPUT, FEE, block.timestamp - 1, v, r, s);
        assertEq(token.balanceOf(address(vault)), FEE);
    }

    function test_requestInferenceWithPermit_revertsOnInsufficientAllowance() public {
        vm.prank(payer);
        token.approve(address(vault), FEE - 1);
        // Signed for less than the fee: the permit call fails and the allowance does not cover the fee.
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _permit(FEE - 1, deadline);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.InsufficientAllowance.selector, FEE - 1, FEE));
        vm.prank(payer);
        models.requestInferenceWithPermit(modelId, INPUT, FEE, deadline, v, r, s);
        assertEq(vault.requestCount(), 0);
        assertEq(token.nonces(payer), 0);
    }

    function test_requestInferenceWithPermit_checksRequestFirst() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _permit(FEE, deadline);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.FeeAboveMax.selector, modelId, FEE, FEE - 1));
        vm.prank(payer);
        models.requestInferenceWithPermit(modelId, INPUT, FEE - 1, deadline, v, r, s);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.UnknownModel.selector, 9));
        vm.prank(payer);
        models.requestInferenceWithPermit(9, INPUT, FEE, deadline, v, r, s);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.ZeroHash.selector));
        vm.prank(payer);
        models.requestInferenceWithPermit(modelId, 0, FEE, deadline, v, r, s);
        vm.prank(modelOwner);
        models.setModelActive(modelId, false);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.ModelInactive.selector, modelId));
        vm.prank(payer);
        models.requestInferenceWithPermit(modelId, INPUT, FEE, deadline, v, r, s);
        // None of the failed calls used the permit.
        assertEq(token.nonces(payer), 0);
    }
}
