package inference

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/open-attribution/poa/internal/dataset"
	"github.com/open-attribution/poa/internal/influence"
	"github.com/open-attribution/poa/internal/model"
	"github.com/open-attribution/poa/internal/oracle/attribution"
	"github.com/open-attribution/poa/internal/oracle/compute"
	"github.com/open-attribution/poa/internal/oracle/signing"
	"github.com/open-attribution/poa/internal/oracle/state"
	"github.com/open-attribution/poa/internal/store"
)

// samples returns n digits samples (rows repeat past the 1,797 of the data set).
func samples(t testing.TB, n int) (*dataset.Dataset, error) {
	d, err := dataset.Digits()
	if err != nil {
		return nil, err
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i % d.N
	}
	return d.Subset("bench", idx), nil
}

// loadedModel trains a LoRA model on n samples split into k contributions and computes its features.
func loadedModel(t testing.TB, n, k, dim int) *Loaded {
	t.Helper()
	ctx := context.Background()
	d, err := samples(t, n)
	if err != nil {
		t.Fatal(err)
	}
	m, err := model.New(model.Config{Sizes: []int{64, 32, 10}, Rank: 4, Alpha: 4}, 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Train(ctx, d, model.TrainOptions{Target: model.TrainBase, Epochs: 5, Seed: 1}, nil); err != nil {
		t.Fatal(err)
	}
	if err := m.Train(ctx, d, model.TrainOptions{Epochs: 5, Seed: 2}, nil); err != nil {
		t.Fatal(err)
	}
	group := make([]int, n)
	leaves := make([]attribution.Leaf, k)
	for i := range group {
		group[i] = i * k / n
	}
	for j := range leaves {
		leaves[j] = attribution.Leaf{Index: uint64(j), ContributionID: uint64(j + 1), Contributor: common.BigToAddress(big.NewInt(int64(j + 1)))}
	}
	p := influence.Projector{Seed: 7, Dim: dim}
	rows, _, err := attribution.ContributionFeatures(ctx, m, d.X, d.Y, group, k, p)
	if err != nil {
		t.Fatal(err)
	}
	return &Loaded{Row: state.Model{ModelID: 1, ContributionCount: int64(k)}, Model: m,
		Features: &attribution.Features{Version: attribution.FeaturesVersion, ProjectionSeed: 7, Dim: dim, Rows: rows, Leaves: leaves}}
}

func testService(t testing.TB) *Service {
	key, _ := crypto.GenerateKey()
	backend, _ := compute.Select("cpu", nil)
	return &Service{Backend: backend, Signer: signing.New(key, big.NewInt(31337), common.HexToAddress("0x1"))}
}

func TestComputeMatchesFixedAttribute(t *testing.T) {
	l := loadedModel(t, 400, 8, 8)
	s := testService(t)
	d, _ := samples(t, 1)
	req := &state.Request{RequestID: 5, ModelID: 1, InputHash: "0x01", Fee: store.NumericFromUint64(1_000_000)}
	rec, err := s.compute(context.Background(), l, req, d.Row(0), 7000)
	if err != nil {
		t.Fatal(err)
	}
	a := rec.Answer
	if a.ContributorShare != "700000" || len(rec.Scores) != 8 {
		t.Fatalf("%+v", a)
	}
	// The shares are exactly FixedAttribute of the query against the features.
	att, err := influence.FixedAttribute(context.Background(), attribution.Input(l.Features.Rows, rec.Query, nil), big.NewInt(700000))
	if err != nil {
		t.Fatal(err)
	}
	for k := range att.Shares {
		if att.Shares[k].String() != rec.Shares[k] || att.Scores[k].String() != rec.Scores[k] {
			t.Fatalf("contribution %d: share %s/%s score %s/%s", k, att.Shares[k], rec.Shares[k], att.Scores[k], rec.Scores[k])
		}
	}
	msg, err := a.Message()
	if err != nil {
		t.Fatal(err)
	}
	if who, err := signing.Recover(big.NewInt(31337), common.HexToAddress("0x1"), msg, a.Signature); err != nil || who != s.Signer.Address() {
		t.Fatalf("signature by %s: %v", who, err)
	}
}

// BenchmarkAnswerCore is the per-request work of POST /v1/inference without the chain and database:
// forward pass, inference gradient at the prediction, projection, fixed-point DataInf against every
// contribution, fee split and EIP-712 signature, on a model trained on 2,000 samples.
func BenchmarkAnswerCore(b *testing.B) {
	for _, c := range []struct{ contributions, dim int }{{20, 8}, {200, 8}, {2000, 8}, {200, 64}} {
		b.Run(fmt.Sprintf("samples=2000/contributions=%d/dim=%d", c.contributions, c.dim), func(b *testing.B) {
			l := loadedModel(b, 2000, c.contributions, c.dim)
			s := testService(b)
			d, _ := samples(b, 100)
			req := &state.Request{RequestID: 5, ModelID: 1, InputHash: "0x01", Fee: store.NumericFromUint64(1_000_000_000_000_000_000)}
			lat := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				start := time.Now()
				if _, err := s.compute(context.Background(), l, req, d.Row(i%100), 7000); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
			}
			b.StopTimer()
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[(len(lat)*99)/100].Microseconds())/1000, "p99-ms")
		})
	}
}
