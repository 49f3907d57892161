package audit

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/proof"
	"github.com/open-attribution/poa/internal/publish"
)

// rederive re-runs the settlement's arithmetic — fixed-point DataInf scores, the positive-part split
// of each request's contributor share and the cumulative payouts — with internal/proof's engine (the
// integers the circuit proves), from the published gradients, the batch's inference gradients and the
// previous cumulative leaves, and compares every score, fee share and leaf with the batch document
// and the roots and totals with the chain.
//
// It runs only on inputs that open the on-chain commitments: gradients that do not open the
// registered commitment are not the proof's input, and scores derived from them would blame correct
// published scores for the gradients' fault. The commitment mismatch is then the finding.
func (x *batchAudit) rederive(ctx context.Context) error {
	a, cfg, ev := x.a, x.a.cfg, x.b.ev
	scores, shares, leaves, results := x.br.check("scores"), x.br.check("fee shares"), x.br.check("payout leaves"), x.br.check("results on chain")
	all := []*Check{scores, shares, leaves, results}
	reason := ""
	switch {
	case !a.gradientsOK:
		reason = "the published gradients do not open the registered gradient commitment"
	case x.queries == nil:
		reason = "the published inference gradients do not open the settled inference commitment"
	case !x.previousOK:
		reason = "the previous payout leaves do not rebuild the settled previous root"
	case x.shares == nil:
		reason = "the fee split at settlement is unknown"
	}
	if reason != "" {
		for _, c := range all {
			c.Unchecked = reason
		}
		return nil
	}
	accounts, rows := a.gradients.Rows()
	b := &proof.Batch{Model: proof.Model{Accounts: accounts, Features: rows}, Queries: x.queries, Shares: x.shares,
		ChainID: a.s.chainID, ModelID: ev.ModelId, BatchID: ev.BatchId, Vault: cfg.RewardVault, FeeTotal: ev.FeeTotal, RequestIDs: ev.RequestIds}
	if ev.PreviousPayoutRoot != ([32]byte{}) {
		b.Previous = x.previous
	}
	res, err := proof.Compute(ctx, cfg.Sizes, b)
	if err != nil {
		results.cmp("re-derivation", nil, nil, "a computable batch", err.Error(), "the published inputs", "internal/proof.Compute")
		for _, c := range all[:3] {
			c.Unchecked = "the batch cannot be re-derived"
		}
		return nil
	}
	onChain := func(field, rederived, settled, where string) {
		results.cmp(field, nil, nil, rederived, settled, fromRederived, where)
	}
	onChain("new payout root", res.Public.NewRoot.Hex(), common.Hash(ev.NewPayoutRoot).Hex(), "Settled.newPayoutRoot")
	onChain("previous payout root", res.Public.PreviousRoot.Hex(), common.Hash(ev.PreviousPayoutRoot).Hex(), "Settled.previousPayoutRoot")
	onChain("distributed", res.Public.Distributed.String(), ev.Distributed.String(), "Settled.distributed")
	if x.b.split != nil {
		onChain("contributor share", res.Public.ContributorShare.String(), x.b.split.ContributorShare.String(), "SettlementSplit.contributorShare")
	}
	if x.doc == nil {
		for _, c := range all[:3] {
			c.Unchecked = "the batch document is invalid"
		}
		return nil
	}
	x.compareAttribution(scores, shares, res)
	x.compareLeaves(leaves, accounts, res.Cumulative)
	return nil
}

// compareAttribution compares every (request, contribution) score and fee share with the batch
// document, where an unlisted contribution means zero.
func (x *batchAudit) compareAttribution(scores, shares *Check, res *proof.Result) {
	rel := publish.RelPath(x.a.cfg.ModelID, x.br.BatchID)
	n := uint64(len(res.Cumulative))
	byID := map[uint64]*publish.Attribution{}
	for i := range x.doc.Requests {
		byID[x.doc.Requests[i].RequestID] = &x.doc.Requests[i]
	}
	for i, id := range x.ids {
		att := byID[id]
		if att == nil {
			scores.cmp("attribution", ptr(id), nil, "listed", "missing", fromSettled, rel)
			continue
		}
		pubScores, pubShares := map[uint64]string{}, map[uint64]string{}
		for _, s := range att.Scores {
			if _, dup := pubScores[s.Index]; dup || s.Index >= n {
				scores.cmp("score entry", ptr(id), ptr(s.Index), fmt.Sprintf("one entry per contribution below %d", n), s.Value, fromModel, rel)
				continue
			}
			pubScores[s.Index] = s.Value
		}
		for _, f := range att.FeeShares {
			if _, dup := pubShares[f.Index]; dup || f.Index >= n {
				shares.cmp("fee share entry", ptr(id), ptr(f.Index), fmt.Sprintf("one entry per contribution below %d", n), f.Amount.String(), fromModel, rel)
				continue
			}
			pubShares[f.Index] = f.Amount.String()
		}
		for k := uint64(0); k < n; k++ {
			want := res.Scores[i][k]
			found, listed := pubScores[k]
			if !listed {
				found = "0"
			}
			if v, err := publish.ParseScore(found); err == nil && v.Cmp(want) == 0 {
				scores.Compared++
			} else {
				scores.cmp("score", ptr(id), ptr(k), scoreText(want), found, fromRederived, rel)
			}
			got, ok := pubShares[k]
			if !ok {
				got = "0"
			}
			shares.cmp("fee share", ptr(id), ptr(k), res.Payouts[i][k].String(), got, fromRederived, rel)
		}
	}
}

// scoreText is a score as the document writes it, with its integer at scale 2^16.
func scoreText(v *big.Int) string {
	return fmt.Sprintf("%s (%s/2^16)", publish.ScoreValue(v), v)
}

// compareLeaves compares the re-derived cumulative tree with the document's leaves: every
// contribution's leaf (account, cumulative), and no leaf beyond the model's contributions.
func (x *batchAudit) compareLeaves(leaves *Check, accounts []common.Address, cumulative []*big.Int) {
	rel := publish.RelPath(x.a.cfg.ModelID, x.br.BatchID)
	n := uint64(len(cumulative))
	byIndex := map[uint64]publish.Leaf{}
	for _, l := range x.doc.Leaves {
		if l.Index >= n {
			leaves.cmp("leaf", nil, ptr(l.Index), fmt.Sprintf("no leaf (the model has %d contributions)", n), l.Cumulative.String(), fromModel, rel)
			continue
		}
		byIndex[l.Index] = l
	}
	for k := uint64(0); k < n; k++ {
		l, ok := byIndex[k]
		if !ok {
			leaves.cmp("leaf", nil, ptr(k), fmt.Sprintf("%s for %s", cumulative[k], accounts[k].Hex()), "absent (the zero leaf)", fromRederived, rel)
			continue
		}
		leaves.cmp("cumulative", nil, ptr(k), cumulative[k].String(), l.Cumulative.String(), fromRederived, rel)
		leaves.cmp("account", nil, ptr(k), accounts[k].Hex(), l.Account.Hex(), "the published gradients (checked against "+fromRegistry+")", rel)
	}
}
