package audit

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/proof"
	"github.com/open-attribution/poa/internal/publish"
)

// Where values come from, as the report names them.
const (
	fromSettled      = "Settled event"
	fromCalldata     = "settle calldata"
	fromVaultRequest = "RewardVault.request"
	fromModel        = "ModelRegistry.model"
	fromRegistry     = "DatanetRegistry accepted contributions"
	fromRederived    = "re-derived"
	fromSizes        = "the key directory's sizes.json"
)

// batchAudit is the audit of one settled batch, check by check; each step leaves what later steps
// need (the proof, the shares, the usable documents).
type batchAudit struct {
	a  *auditor
	b  *settled
	br *BatchReport

	ids         []uint64
	proofBytes  []byte
	shares      []*big.Int // ⌊fee_i·contributorsBps/10⁴⌋ at settlement, in request order; nil: unknown
	inputHashes map[uint64]common.Hash
	queries     [][]int64 // the batch's inference gradients, settlement order; nil: unusable
	previous    []*big.Int
	previousOK  bool
	doc         *publish.Batch
}

func (br *BatchReport) check(name string) *Check {
	c := &Check{Name: name}
	br.Checks = append(br.Checks, c)
	return c
}

// cmp compares one value; expected is what the chain says or the audit re-derived, found what the
// settlement or a published document holds.
func (c *Check) cmp(field string, req, idx *uint64, expected, found any, expectedFrom, foundIn string) bool {
	c.Compared++
	e, f := fmt.Sprint(expected), fmt.Sprint(found)
	if e == f {
		return true
	}
	c.Mismatches = append(c.Mismatches, Mismatch{Field: field, RequestID: req, Index: idx, Expected: e, Found: f,
		ExpectedFrom: expectedFrom, FoundIn: foundIn})
	return false
}

// invalid records a document that fails its own validation.
func (c *Check) invalid(rel string, err error) {
	c.cmp("document", nil, nil, "a valid document", err.Error(), "internal/publish format", rel)
	c.Unchecked = rel + " is invalid"
}

func ptr(x uint64) *uint64 { return &x }

func (a *auditor) batch(ctx context.Context, b *settled) (*BatchReport, error) {
	br := &BatchReport{BatchID: b.ev.BatchId.Uint64(), Epoch: b.ev.Epoch, Status: b.status, Transaction: b.log.TxHash,
		Block: b.log.BlockNumber, RequestIDs: ids64(b.ev.RequestIds), Oracle: b.ev.Oracle, PreviousPayoutRoot: b.ev.PreviousPayoutRoot,
		NewPayoutRoot: b.ev.NewPayoutRoot, FeeTotal: b.ev.FeeTotal.String(), Distributed: b.ev.Distributed.String()}
	x := &batchAudit{a: a, b: b, br: br, ids: br.RequestIDs}
	for _, step := range []func(context.Context) error{x.settleTx, x.requests, x.verifyingKey, x.gradientsDoc, x.inferencesDoc,
		x.previousLeaves, x.batchDoc, x.rederive, x.proof} {
		if err := step(ctx); err != nil {
			return nil, fmt.Errorf("audit: model %d batch %d: %w", a.cfg.ModelID, br.BatchID, err)
		}
	}
	return br, nil
}

// settleTx reads the settle transaction: its calldata must be the settlement the event reports,
// and it carries the proof the chain accepted.
func (x *batchAudit) settleTx(ctx context.Context) error {
	c := x.br.check("settle transaction")
	ev := x.b.ev
	st, prf, ok, err := x.a.s.settleCall(ctx, x.b.log.TxHash)
	if err != nil {
		return err
	}
	if !ok {
		c.Unchecked = "the settle transaction is not a direct call to the vault, so its proof is not in its calldata"
		return nil
	}
	c.cmp("modelId", nil, nil, ev.ModelId, st.ModelId, fromSettled, fromCalldata)
	c.cmp("epoch", nil, nil, ev.Epoch, st.Epoch, fromSettled, fromCalldata)
	c.cmp("request ids", nil, nil, x.ids, ids64(st.RequestIds), fromSettled, fromCalldata)
	c.cmp("inference commitment", nil, nil, common.Hash(ev.InferenceCommitment).Hex(), common.Hash(st.InferenceCommitment).Hex(), fromSettled, fromCalldata)
	c.cmp("new payout root", nil, nil, common.Hash(ev.NewPayoutRoot).Hex(), common.Hash(st.NewPayoutRoot).Hex(), fromSettled, fromCalldata)
	c.cmp("distributed", nil, nil, ev.Distributed, st.Distributed, fromSettled, fromCalldata)
	c.cmp("proof length", nil, nil, proof.ProofSize, len(prf), "Groth16ScoreVerifier.PROOF_SIZE", fromCalldata)
	x.proofBytes = prf
	return nil
}

// requests checks each request against the vault and derives the per-request contributor shares the
// vault put in the public inputs: ⌊fee·contributorsBps/10⁴⌋ with the split in force at settlement.
func (x *batchAudit) requests(ctx context.Context) error {
	c := x.br.check("requests and fees")
	ev := x.b.ev
	fees, total := make([]*big.Int, len(x.ids)), new(big.Int)
	for i, id := range x.ids {
		r, err := x.a.s.request(ctx, id)
		if err != nil {
			return err
		}
		c.cmp("request model", ptr(id), nil, x.a.cfg.ModelID, r.ModelId, fromSettled, fromVaultRequest)
		c.cmp("request epoch", ptr(id), nil, ev.Epoch, r.Epoch, fromSettled, fromVaultRequest)
		if x.b.status != StatusVoided { // a voided batch's requests are pending again, or settled anew
			c.cmp("request status", ptr(id), nil, "settled", requestStatus(r.Status), "a settled batch", fromVaultRequest)
		}
		fees[i] = r.Fee
		total.Add(total, r.Fee)
	}
	c.cmp("fee total", nil, nil, total, ev.FeeTotal, "Σ "+fromVaultRequest+" fees", fromSettled)
	var err error
	if x.inputHashes, err = x.a.s.inputHashes(ctx, x.ids); err != nil {
		return err
	}
	split, ok := x.a.h.splitAt(x.b.log)
	if !ok {
		c.Unchecked = "no FeeSplitUpdated event before the settlement (is --from-block at or before the vault's deployment?)"
		return nil
	}
	x.shares = make([]*big.Int, len(fees))
	sum := new(big.Int)
	for i, f := range fees {
		s := new(big.Int).Mul(f, big.NewInt(int64(split.ContributorsBps)))
		x.shares[i] = s.Div(s, big.NewInt(10_000))
		sum.Add(sum, x.shares[i])
	}
	if x.b.split == nil {
		c.Unchecked = "the settle transaction has no SettlementSplit event"
		return nil
	}
	c.cmp("contributor share", nil, nil, sum, x.b.split.ContributorShare,
		fmt.Sprintf("Σ ⌊fee·%d/10⁴⌋ (the split at settlement)", split.ContributorsBps), "SettlementSplit event")
	return nil
}

func requestStatus(s uint8) string {
	switch s {
	case 0:
		return "none"
	case 1:
		return "pending"
	case 2:
		return "settled"
	}
	return fmt.Sprintf("status %d", s)
}

// verifyingKey checks that the key file is the one the chain verified this settlement with: its hash
// against the hash the vault logged for the verifier in force and the adapter's own record.
func (x *batchAudit) verifyingKey(ctx context.Context) error {
	c := x.br.check("verifying key")
	cfg := x.a.cfg
	vu, ok := x.a.h.verifierAt(x.b.log)
	if !ok {
		c.Unchecked = "no VerifierUpdated event before the settlement (is --from-block at or before the vault's deployment?)"
		return nil
	}
	fromEvent := fmt.Sprintf("VerifierUpdated event of verifier %s", vu.Verifier.Hex())
	c.cmp("verifying key hash", nil, nil, common.Hash(vu.VerifyingKeyHash).Hex(), x.a.vkHash.Hex(), fromEvent, cfg.VKPath)
	adapterHash, count, err := x.a.s.verifierInfo(ctx, vu.Verifier, x.b.log.BlockNumber)
	if err != nil {
		c.Unchecked = fmt.Sprintf("the verifier does not answer as a Groth16ScoreVerifier: %v", err)
		return nil
	}
	c.cmp("verifying key hash", nil, nil, adapterHash.Hex(), x.a.vkHash.Hex(),
		fmt.Sprintf("Groth16ScoreVerifier(%s).verifyingKeyHash()", vu.Verifier.Hex()), cfg.VKPath)
	c.cmp("public-input vector length", nil, nil, count, cfg.Sizes.VectorWords(),
		fmt.Sprintf("Groth16ScoreVerifier(%s).publicInputCount()", vu.Verifier.Hex()), fromSizes)
	return nil
}

// proof rebuilds the vault's public-input vector from chain data alone and verifies the settle
// transaction's proof against it with the verifying key.
func (x *batchAudit) proof(context.Context) error {
	c := x.br.check("proof")
	switch {
	case x.proofBytes == nil:
		c.Unchecked = "no proof in the settle calldata"
		return nil
	case x.shares == nil:
		c.Unchecked = "the fee split at settlement is unknown, so the public inputs cannot be rebuilt"
		return nil
	}
	ev, cfg := x.b.ev, x.a.cfg
	share := new(big.Int)
	for _, s := range x.shares {
		share.Add(share, s)
	}
	vec, err := proof.PublicInputs{ChainID: x.a.s.chainID, Vault: cfg.RewardVault, ModelID: ev.ModelId, BatchID: ev.BatchId,
		GradientCommitment: x.a.model.GradientCommitment, InferenceCommitment: ev.InferenceCommitment, FeeTotal: ev.FeeTotal,
		ContributorShare: share, PreviousRoot: ev.PreviousPayoutRoot, NewRoot: ev.NewPayoutRoot, Distributed: ev.Distributed,
		RequestsDigest: proof.RequestsDigest(ev.RequestIds), Shares: x.shares}.Vector()
	if err != nil {
		c.cmp("public inputs", nil, nil, "a vector of field elements", err.Error(), "chain data", fromSettled)
		return nil
	}
	found := "verifies"
	if err := proof.Verify(cfg.VK, cfg.Sizes, x.proofBytes, vec); err != nil {
		found = fmt.Sprintf("does not verify: %v", err)
	}
	c.cmp("proof", nil, nil, "verifies", found, "the public-input vector rebuilt from chain data and "+cfg.VKPath, fromCalldata)
	return nil
}
