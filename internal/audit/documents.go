package audit

import (
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/proof"
	"github.com/open-attribution/poa/internal/publish"
)

// gradientsDoc compares the model's published gradients with the registries and recomputes the
// gradient commitment the model was registered with.
func (x *batchAudit) gradientsDoc(context.Context) error {
	a, cfg := x.a, x.a.cfg
	rel := publish.GradientsRelPath(cfg.ModelID)
	c := x.br.check("gradients document")
	cc := x.br.check("gradient commitment")
	registered := common.Hash(a.model.GradientCommitment).Hex()
	g := a.gradients
	if g == nil {
		c.invalid(rel, a.gradientsErr)
		cc.Unchecked = rel + " is invalid"
		return nil
	}
	c.cmp("chainId", nil, nil, a.s.chainID, g.ChainID, "the chain", rel)
	c.cmp("rewardVault", nil, nil, cfg.RewardVault.Hex(), g.RewardVault.Hex(), "the audited vault", rel)
	c.cmp("modelId", nil, nil, cfg.ModelID, g.ModelID, "the audited model", rel)
	c.cmp("gradient commitment", nil, nil, registered, g.GradientCommitment.Hex(), fromModel, rel)
	c.cmp("layers", nil, nil, cfg.Sizes.Layers, g.Layers, fromSizes, rel)
	c.cmp("contribution count", nil, nil, a.model.ContributionCount, len(g.Contributions), fromModel, rel)
	for k := 0; k < len(g.Contributions) && k < len(a.registry); k++ {
		e := g.Contributions[k]
		c.cmp("contribution id", nil, ptr(uint64(k)), a.registry[k].id, e.ContributionID, fromRegistry, rel)
		c.cmp("contributor", nil, ptr(uint64(k)), a.registry[k].account.Hex(), e.Contributor.Hex(), fromRegistry, rel)
	}
	accounts, rows := g.Rows()
	recomputed, err := proof.GradientCommitment(cfg.Sizes, proof.Model{Accounts: accounts, Features: rows})
	found := recomputed.Hex()
	if err != nil {
		found = fmt.Sprintf("not computable (%v)", err)
	}
	cc.cmp("gradient commitment", nil, nil, registered, found, fromModel+" (registered)", "recomputed from "+rel)
	return nil
}

// inferencesDoc compares the batch's published inference gradients with the settlement and
// recomputes the inference commitment it settled with.
func (x *batchAudit) inferencesDoc(ctx context.Context) error {
	a, cfg, ev := x.a, x.a.cfg, x.b.ev
	rel := publish.InferencesRelPath(cfg.ModelID, x.br.BatchID)
	raw, err := a.fetch(ctx, rel)
	if err != nil {
		return err
	}
	c := x.br.check("inferences document")
	cc := x.br.check("inference commitment")
	in, err := publish.ParseInferences(raw)
	if err != nil {
		c.invalid(rel, err)
		cc.Unchecked = rel + " is invalid"
		return nil
	}
	settled := common.Hash(ev.InferenceCommitment).Hex()
	c.cmp("chainId", nil, nil, a.s.chainID, in.ChainID, "the chain", rel)
	c.cmp("rewardVault", nil, nil, cfg.RewardVault.Hex(), in.RewardVault.Hex(), "the audited vault", rel)
	c.cmp("modelId", nil, nil, cfg.ModelID, in.ModelID, fromSettled, rel)
	c.cmp("batchId", nil, nil, x.br.BatchID, in.BatchID, fromSettled, rel)
	c.cmp("epoch", nil, nil, ev.Epoch, in.Epoch, fromSettled, rel)
	c.cmp("inference commitment", nil, nil, settled, in.InferenceCommitment.Hex(), fromSettled, rel)
	c.cmp("layers", nil, nil, cfg.Sizes.Layers, in.Layers, fromSizes, rel)
	got := make([]uint64, len(in.Requests))
	queries := make([][]int64, len(in.Requests))
	for i, r := range in.Requests {
		got[i], queries[i] = r.RequestID, r.Query
		if h, ok := x.inputHashes[r.RequestID]; ok {
			c.cmp("input hash", ptr(r.RequestID), nil, h.Hex(), r.InputHash.Hex(), "InferenceRequested event", rel)
		}
	}
	orderOK := c.cmp("request ids (settlement order)", nil, nil, x.ids, got, fromSettled, rel)
	ic, err := proof.InferenceCommitment(cfg.Sizes, queries)
	found := ic.Hex()
	if err != nil {
		found = fmt.Sprintf("not computable (%v)", err)
	}
	if cc.cmp("inference commitment", nil, nil, settled, found, fromSettled, "recomputed from "+rel) && orderOK {
		x.queries = queries
	}
	return nil
}

// previousLeaves reads the cumulative payouts the batch started from: the leaves published with the
// batch whose new root this batch's previous root is, rebuilt to that root.
func (x *batchAudit) previousLeaves(ctx context.Context) error {
	a, cfg, ev := x.a, x.a.cfg, x.b.ev
	c := x.br.check("previous payout leaves")
	if ev.PreviousPayoutRoot == ([32]byte{}) {
		c.Compared++ // the model's first batch: every previous amount is 0
		x.previousOK = true
		return nil
	}
	p := a.previous(x.b)
	if p == nil {
		c.cmp("previous batch", nil, nil, "a settled batch with new root "+common.Hash(ev.PreviousPayoutRoot).Hex(), "none",
			"Settled.previousPayoutRoot", "the model's Settled events")
		c.Unchecked = "the batch this one built on is not on chain"
		return nil
	}
	rel := publish.RelPath(cfg.ModelID, p.ev.BatchId.Uint64())
	raw, err := a.fetch(ctx, rel)
	if err != nil {
		return err
	}
	doc, err := publish.Parse(raw)
	if err != nil {
		c.invalid(rel, err)
		return nil
	}
	ok := true
	root, err := doc.RebuildRoot()
	found := root.Hex()
	if err != nil {
		found = fmt.Sprintf("not computable (%v)", err)
	}
	ok = c.cmp("payout root rebuilt from the leaves", nil, nil, common.Hash(ev.PreviousPayoutRoot).Hex(), found, "Settled.previousPayoutRoot", rel) && ok
	n := a.model.ContributionCount
	prev := make([]*big.Int, n)
	for k := range prev {
		prev[k] = new(big.Int)
	}
	for _, l := range doc.Leaves {
		if l.Index >= n {
			ok = c.cmp("leaf index", nil, ptr(l.Index), fmt.Sprintf("below %d", n), l.Index, fromModel, rel) && ok
			continue
		}
		prev[l.Index] = l.Cumulative.Int
		ok = c.cmp("account", nil, ptr(l.Index), a.registry[l.Index].account.Hex(), l.Account.Hex(), fromRegistry, rel) && ok
	}
	x.previous, x.previousOK = prev, ok
	return nil
}

// batchDoc compares the batch document's header, request list and rebuilt payout root with the chain
// (the indexer's publish.Check, field by field).
func (x *batchAudit) batchDoc(ctx context.Context) error {
	a, cfg, ev := x.a, x.a.cfg, x.b.ev
	rel := publish.RelPath(cfg.ModelID, x.br.BatchID)
	raw, err := a.fetch(ctx, rel)
	if err != nil {
		return err
	}
	c := x.br.check("batch document")
	doc, err := publish.Parse(raw)
	if err != nil {
		c.invalid(rel, err)
		return nil
	}
	newRoot := common.Hash(ev.NewPayoutRoot).Hex()
	c.cmp("chainId", nil, nil, a.s.chainID, doc.ChainID, "the chain", rel)
	c.cmp("rewardVault", nil, nil, cfg.RewardVault.Hex(), doc.RewardVault.Hex(), "the audited vault", rel)
	c.cmp("modelId", nil, nil, cfg.ModelID, doc.ModelID, fromSettled, rel)
	c.cmp("batchId", nil, nil, x.br.BatchID, doc.BatchID, fromSettled, rel)
	c.cmp("epoch", nil, nil, ev.Epoch, doc.Epoch, fromSettled, rel)
	c.cmp("payout root", nil, nil, newRoot, doc.PayoutRoot.Hex(), "Settled.newPayoutRoot", rel)
	c.cmp("depth", nil, nil, cfg.Sizes.Depth(), doc.Depth, "the circuit's payout tree ("+fromSizes+")", rel)
	want, got := slices.Clone(x.ids), make([]uint64, 0, len(doc.Requests))
	for _, r := range doc.Requests {
		got = append(got, r.RequestID)
		if h, ok := x.inputHashes[r.RequestID]; ok {
			c.cmp("input hash", ptr(r.RequestID), nil, h.Hex(), r.InputHash.Hex(), "InferenceRequested event", rel)
		}
	}
	slices.Sort(want)
	slices.Sort(got)
	c.cmp("attributed request ids", nil, nil, want, got, fromSettled, rel)
	root, err := doc.RebuildRoot()
	found := root.Hex()
	if err != nil {
		found = fmt.Sprintf("not computable (%v)", err)
	}
	c.cmp("payout root rebuilt from the leaves", nil, nil, newRoot, found, "Settled.newPayoutRoot", rel)
	x.doc = doc
	return nil
}
