package proofsys

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/influence"
	"github.com/open-attribution/poa/internal/oracle/attribution"
	"github.com/open-attribution/poa/internal/oracle/compute"
	"github.com/open-attribution/poa/internal/proof"
)

// What the API promises (attribution.Input + influence.FixedAttribute of the contributor share) is
// exactly what the proof computes, for one layer and for several.
func TestPromisedEqualsProven(t *testing.T) {
	ctx := context.Background()
	rows := [][]int64{{65536, -20000, 3000, 77}, {-5000, 12000, -65536, 9}, {100, 200, 300, 400}}
	queries := [][]int64{{3000, -1000, 2000, 10}, {-700, 7000, 100, -4}}
	accounts := []common.Address{common.HexToAddress("0xa1"), common.HexToAddress("0xa2"), common.HexToAddress("0xa3")}
	for _, layers := range [][]int{{4}, {2, 2}, {1, 3}} {
		sizes := proof.Sizes{Contributions: 4, Batch: 2, Layers: layers}
		job := &compute.ProofJob{ChainID: big.NewInt(31337), Vault: common.HexToAddress("0xfee"), ModelID: 1, BatchID: 0, Epoch: 3,
			RequestIDs: []uint64{7, 9}, Features: rows, Queries: queries, Fees: []*big.Int{big.NewInt(1e18), big.NewInt(3)},
			ContributorsBps: 7000, Accounts: accounts}
		b, err := Batch(job)
		if err != nil {
			t.Fatal(err)
		}
		res, err := proof.Compute(ctx, sizes, b)
		if err != nil {
			t.Fatal(err)
		}
		if b.FeeTotal.Cmp(new(big.Int).Add(big.NewInt(1e18), big.NewInt(3))) != 0 || b.Shares[1].Int64() != 2 {
			t.Fatalf("fee total %s, shares %v", b.FeeTotal, b.Shares)
		}
		for i, q := range queries {
			att, err := influence.FixedAttribute(ctx, attribution.Input(rows, q, layers), compute.ContributorShare(job.Fees[i], 7000))
			if err != nil {
				t.Fatal(err)
			}
			for k := range rows {
				if att.Scores[k].Cmp(res.Scores[i][k]) != 0 || att.Shares[k].Cmp(res.Payouts[i][k]) != 0 {
					t.Fatalf("layers %v request %d contribution %d: promised %s/%s, proven %s/%s", layers, i, k,
						att.Scores[k], att.Shares[k], res.Scores[i][k], res.Payouts[i][k])
				}
			}
		}
		s := &System{keys: &proof.Keys{Sizes: sizes}, seed: 5}
		gc, err := s.GradientCommitment(accounts, rows)
		if err != nil || gc != res.Public.GradientCommitment {
			t.Fatalf("gradient commitment %s, proof %s (%v)", gc, res.Public.GradientCommitment, err)
		}
		if p := s.Projector(); p.Dim != 4 || p.Seed != 5 || s.MaxBatch() != 2 || s.MaxContributions() != 4 {
			t.Fatalf("%+v", p)
		}
	}
	if _, err := Batch(&compute.ProofJob{Queries: [][]int64{{1}}}); err == nil {
		t.Fatal("a job without fees accepted")
	}
}
