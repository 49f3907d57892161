package publish_test

import (
	"context"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/payout"
	"github.com/open-attribution/poa/internal/publish"
)

var (
	vault = common.HexToAddress("0x00000000000000000000000000000000000000aa")
	alice = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	carol = common.HexToAddress("0x00000000000000000000000000000000000000c1")
)

func sample(t *testing.T) (*publish.Batch, publish.OnChain) {
	t.Helper()
	leaves := []payout.Leaf{{Index: 0, Account: alice, Cumulative: big.NewInt(150)}, {Index: 2, Account: carol, Cumulative: big.NewInt(60)}}
	tree, err := payout.Build(payout.DepthFor(3), leaves)
	if err != nil {
		t.Fatal(err)
	}
	b := &publish.Batch{
		Version: publish.Version, ChainID: 31337, RewardVault: vault, ModelID: 1, BatchID: 0, Epoch: 4,
		PayoutRoot: tree.Root(), Depth: payout.DepthFor(3),
		Leaves: []publish.Leaf{
			{Index: 0, Account: alice, Cumulative: publish.NewAmount(big.NewInt(150))},
			{Index: 2, Account: carol, Cumulative: publish.NewAmount(big.NewInt(60))},
		},
		Requests: []publish.Attribution{{
			RequestID: 7, InputHash: common.HexToHash("0x01"), Prediction: "7",
			Scores:    []publish.Score{{Index: 0, Value: "0.8125"}, {Index: 1, Value: "-0.25"}, {Index: 2, Value: "0.125"}},
			FeeShares: []publish.FeeShare{{Index: 0, Amount: publish.NewAmount(big.NewInt(150))}, {Index: 2, Amount: publish.NewAmount(big.NewInt(60))}},
		}},
	}
	oc := publish.OnChain{ChainID: 31337, RewardVault: vault, ModelID: 1, BatchID: 0, Epoch: 4,
		NewPayoutRoot: tree.Root(), RequestIDs: []uint64{7}, ContributionCount: 3,
		InputHashes: map[uint64]common.Hash{7: common.HexToHash("0x01")}}
	return b, oc
}

func TestWriteFetchCheck(t *testing.T) {
	b, oc := sample(t)
	dir := t.TempDir()
	if err := publish.WriteFile(dir, b); err != nil {
		t.Fatal(err)
	}
	src, err := publish.NewSource(dir)
	if err != nil {
		t.Fatal(err)
	}
	data, err := src.Fetch(context.Background(), 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"cumulative": "150"`) {
		t.Errorf("amounts are not decimal strings:\n%s", data)
	}
	got, err := publish.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if err := got.Check(oc); err != nil {
		t.Fatalf("a faithful document failed the check: %v", err)
	}
	if _, err := src.Fetch(context.Background(), 1, 1); !errors.Is(err, publish.ErrNotPublished) {
		t.Fatalf("missing batch: got %v, want ErrNotPublished", err)
	}
}

func TestCheckRejects(t *testing.T) {
	cases := map[string]func(b *publish.Batch, oc *publish.OnChain){
		"altered leaf amount":    func(b *publish.Batch, _ *publish.OnChain) { b.Leaves[1].Cumulative = publish.NewAmount(big.NewInt(61)) },
		"claimed root only":      func(b *publish.Batch, oc *publish.OnChain) { b.PayoutRoot = common.HexToHash("0xbad") },
		"other account":          func(b *publish.Batch, _ *publish.OnChain) { b.Leaves[0].Account = carol },
		"wrong depth":            func(_ *publish.Batch, oc *publish.OnChain) { oc.ContributionCount = 5 },
		"altered depth":          func(b *publish.Batch, _ *publish.OnChain) { b.Depth++ },
		"missing request":        func(b *publish.Batch, oc *publish.OnChain) { oc.RequestIDs = []uint64{7, 8} },
		"input hash":             func(b *publish.Batch, _ *publish.OnChain) { b.Requests[0].InputHash = common.HexToHash("0x02") },
		"batch id":               func(b *publish.Batch, _ *publish.OnChain) { b.BatchID = 1 },
		"leaf beyond the model":  func(_ *publish.Batch, oc *publish.OnChain) { oc.ContributionCount = 2 },
		"score index past model": func(b *publish.Batch, _ *publish.OnChain) { b.Requests[0].Scores[0].Index = 9 },
	}
	for name, mutate := range cases {
		t.Run(name, func(t *testing.T) {
			b, oc := sample(t)
			mutate(b, &oc)
			err := b.Check(oc)
			var m *publish.MismatchError
			if !errors.As(err, &m) {
				t.Fatalf("got %v, want a MismatchError", err)
			}
			t.Log(err)
		})
	}
}

// TestCheckAcceptsTheProversDepth: the prover's tree is as deep as its circuit's capacity, which may
// exceed what the model's contribution count needs; the document says so and still checks.
func TestCheckAcceptsTheProversDepth(t *testing.T) {
	b, oc := sample(t)
	var leaves []payout.Leaf
	for _, l := range b.Leaves {
		leaves = append(leaves, payout.Leaf{Index: l.Index, Account: l.Account, Cumulative: l.Cumulative.Int})
	}
	deep, err := payout.Build(payout.DepthFor(3)+2, leaves)
	if err != nil {
		t.Fatal(err)
	}
	b.Depth, b.PayoutRoot, oc.NewPayoutRoot = deep.Depth(), deep.Root(), deep.Root()
	if err := b.Check(oc); err != nil {
		t.Fatal(err)
	}
}

func TestParseRejectsMalformed(t *testing.T) {
	b, _ := sample(t)
	dir := t.TempDir()
	if err := publish.WriteFile(dir, b); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "models/1/batches/0.json"))
	if err != nil {
		t.Fatal(err)
	}
	for name, doc := range map[string]string{
		"unknown field":   strings.Replace(string(data), `"epoch"`, `"epok"`, 1),
		"numeric amount":  strings.Replace(string(data), `"cumulative": "150"`, `"cumulative": 150`, 1),
		"negative amount": strings.Replace(string(data), `"cumulative": "150"`, `"cumulative": "-150"`, 1),
		"bad score":       strings.Replace(string(data), `"0.8125"`, `"1e3"`, 1),
		"version":         strings.Replace(string(data), `"version": 1`, `"version": 2`, 1),
		"unsorted leaves": strings.Replace(string(data), `"index": 2,`, `"index": 0,`, 1),
		"trailing data":   string(data) + "{}",
	} {
		if _, err := publish.Parse([]byte(doc)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestHTTPSource(t *testing.T) {
	b, _ := sample(t)
	dir := t.TempDir()
	if err := publish.WriteFile(dir, b); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.StripPrefix("/pub/", http.FileServer(http.Dir(dir))))
	defer srv.Close()
	src, err := publish.NewSource(srv.URL + "/pub/")
	if err != nil {
		t.Fatal(err)
	}
	data, err := src.Fetch(context.Background(), 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := publish.Parse(data); err != nil {
		t.Fatal(err)
	}
	if _, err := src.Fetch(context.Background(), 2, 0); !errors.Is(err, publish.ErrNotPublished) {
		t.Fatalf("got %v, want ErrNotPublished", err)
	}
}
