package graph_test

import (
	"context"
	"crypto/sha256"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/bindings/rewardvault"
	"github.com/open-attribution/poa/internal/indexer"
	"github.com/open-attribution/poa/internal/indexer/indexertest"
	"github.com/open-attribution/poa/internal/indexer/scenario"
	"github.com/open-attribution/poa/internal/proof/soliditygen"
)

// checkPublicInputs compares the API's public inputs of a batch with the vault's own vector.
func checkPublicInputs(t *testing.T, batch int, got []string, want []*big.Int) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("batch %d: %d public inputs, the vault built %d:\n got  %v\n want %v", batch, len(got), len(want), got, want)
	}
	for i := range want {
		if got[i] != want[i].String() {
			t.Fatalf("batch %d: public input %d is %s, the vault's is %s", batch, i, got[i], want[i])
		}
	}
}

// TestPublicInputsAcrossFeeSplits settles batches of odd and even sizes, in request orders other
// than the ids', with requests of different fees, before and after fee-split changes, and checks
// the API's publicInputs against the vault's publicInputs view read before each settlement, and
// their SHA-256 digest against the Groth16ScoreVerifier adapter's.
func TestPublicInputsAcrossFeeSplits(t *testing.T) {
	sim, ch := indexertest.SimChain(t)
	ctx := context.Background()
	f, err := scenario.NewFlow(ctx, ch)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Run(ctx); err != nil { // batches 0 (three requests) and 1 (two), the deployed split
		t.Fatal(err)
	}
	perLeaf := new(big.Int).Div(scenario.Open(1), big.NewInt(20))
	// Batch 2: five requests of two fees that do not divide evenly, shuffled, under a new split.
	if err := f.S.SetFeeSplit(ctx, rewardvault.IRewardVaultFeeSplit{ContributorsBps: 6333, OwnerBps: 2000,
		ValidatorsBps: 1100, TreasuryBps: 567}); err != nil {
		t.Fatal(err)
	}
	requestAt(t, f, new(big.Int).Add(scenario.Open(1), big.NewInt(7)), 3)
	requestAt(t, f, new(big.Int).Add(new(big.Int).Div(scenario.Open(5), big.NewInt(2)), big.NewInt(3)), 2)
	shuffle := func(ids []*big.Int) { ids[0], ids[1], ids[2], ids[3], ids[4] = ids[3], ids[0], ids[4], ids[2], ids[1] }
	if _, err := f.SettlePendingIn(ctx, perLeaf, shuffle); err != nil {
		t.Fatal(err)
	}
	// Batch 3: two requests, reversed, after a second change.
	if err := f.S.SetFeeSplit(ctx, rewardvault.IRewardVaultFeeSplit{ContributorsBps: 5001, OwnerBps: 2999,
		ValidatorsBps: 1000, TreasuryBps: 1000}); err != nil {
		t.Fatal(err)
	}
	requestAt(t, f, big.NewInt(999_999_999_999_999_999), 2)
	if _, err := f.SettlePendingIn(ctx, perLeaf, slices.Reverse); err != nil {
		t.Fatal(err)
	}
	digest := deployDigester(t, f)
	chain := indexer.NewClientChain(sim.Client())
	for _, b := range indexertest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			fx := newFixture(t, b, f, chain)
			for i, batch := range f.Batches {
				var r struct {
					Settlement struct {
						RequestIDs   []string `json:"requestIds"`
						PublicInputs []string `json:"publicInputs"`
					} `json:"settlement"`
				}
				fx.data(t, `query($m: ID!, $b: Int!) { settlement(modelId: $m, batchId: $b) { requestIds publicInputs } }`,
					map[string]any{"m": f.Model.String(), "b": i}, &r)
				want := make([]string, len(batch.RequestIDs))
				for k, id := range batch.RequestIDs {
					want[k] = id.String()
				}
				if !slices.Equal(r.Settlement.RequestIDs, want) {
					t.Fatalf("batch %d: request ids %v, settled %v", i, r.Settlement.RequestIDs, want)
				}
				checkPublicInputs(t, i, r.Settlement.PublicInputs, batch.PublicInputs)
				if got, want := digest.offChain(t, r.Settlement.PublicInputs), digest.onChain(t, batch.PublicInputs); got.Cmp(want) != 0 {
					t.Fatalf("batch %d: digest of the API's inputs %x, the adapter's of the vault's %x", i, got, want)
				}
			}
		})
	}
	if n := len(f.Batches[2].PublicInputs); n != 12+3 {
		t.Fatalf("batch 2 of five requests has %d public inputs, want 15", n)
	}
}

// requestAt pays for n inferences after setting the model's fee.
func requestAt(t *testing.T, f *scenario.Flow, fee *big.Int, n int) {
	t.Helper()
	ctx := context.Background()
	if err := f.S.SetInferenceFee(ctx, f.A.ModelOwner, f.Model, fee); err != nil {
		t.Fatal(err)
	}
	f.Fee = fee
	if err := f.RequestInferences(ctx, n); err != nil {
		t.Fatal(err)
	}
}

// digester is a Groth16ScoreVerifier adapter deployed for its publicInputDigest view (which never
// calls the Groth16 verifier, so any contract stands in for it).
type digester struct {
	f     *scenario.Flow
	addr  common.Address
	abi   abi.ABI
	count int // the circuit's vector length L the adapter pads to
}

func deployDigester(t *testing.T, f *scenario.Flow) *digester {
	t.Helper()
	ctx := context.Background()
	comp, err := soliditygen.FindCompiler(".")
	if err != nil {
		t.Fatal(err)
	}
	name := soliditygen.AdapterSource + ":" + soliditygen.AdapterContract
	arts, err := comp.Compile(ctx, map[string]string{soliditygen.AdapterSource: ""}, name)
	if err != nil {
		t.Fatal(err)
	}
	d := &digester{f: f, abi: arts[name].ABI, count: 12 + 64/2} // RewardVault.MAX_BATCH = 64
	args, err := d.abi.Pack("", f.S.Addrs.OpenToken, common.Hash{1}, big.NewInt(int64(d.count)))
	if err != nil {
		t.Fatal(err)
	}
	if d.addr, _, err = f.S.Sender(f.S.Deployer).Deploy(ctx, arts[name].Bin, args); err != nil {
		t.Fatal(err)
	}
	return d
}

// onChain is the adapter's digest of a vector.
func (d *digester) onChain(t *testing.T, words []*big.Int) *big.Int {
	t.Helper()
	data, err := d.abi.Pack("publicInputDigest", words)
	if err != nil {
		t.Fatal(err)
	}
	out, err := d.f.S.Backend.CallContract(context.Background(), ethereum.CallMsg{To: &d.addr, Data: data}, nil)
	if err != nil {
		t.Fatal(err)
	}
	vals, err := d.abi.Unpack("publicInputDigest", out)
	if err != nil {
		t.Fatal(err)
	}
	return vals[0].(*big.Int)
}

// offChain is what a voter computes from the API's words: SHA-256 of the vector zero-padded to L
// words, low 253 bits.
func (d *digester) offChain(t *testing.T, words []string) *big.Int {
	t.Helper()
	buf := make([]byte, 32*d.count)
	for i, w := range words {
		v, ok := new(big.Int).SetString(w, 10)
		if !ok || v.BitLen() > 256 {
			t.Fatalf("public input %d = %q is not a uint256", i, w)
		}
		v.FillBytes(buf[32*i : 32*(i+1)])
	}
	sum := sha256.Sum256(buf)
	mask := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 253), big.NewInt(1))
	return new(big.Int).And(new(big.Int).SetBytes(sum[:]), mask)
}
