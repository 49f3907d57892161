package settlement

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/oracle/attribution"
	"github.com/open-attribution/poa/internal/oracle/inference"
	"github.com/open-attribution/poa/internal/oracle/state"
	"github.com/open-attribution/poa/internal/payout"
	"github.com/open-attribution/poa/internal/publish"
	"github.com/open-attribution/poa/internal/store"
)

func TestFixedDecimal(t *testing.T) {
	for _, c := range []struct {
		v    int64
		want string
	}{{0, "0"}, {65536, "1"}, {-32768, "-0.5"}, {1, "0.0000152587890625"}, {-1, "-0.0000152587890625"}, {98304, "1.5"}} {
		if got := FixedDecimal(big.NewInt(c.v)); got != c.want {
			t.Errorf("FixedDecimal(%d) = %s, want %s", c.v, got, c.want)
		}
	}
}

func TestDocumentRebuildsTheRoot(t *testing.T) {
	a, b := common.HexToAddress("0xa"), common.HexToAddress("0xb")
	leaves := []leafJSON{{Index: 0, Account: a, Cumulative: "700"}, {Index: 2, Account: b, Cumulative: "5"}}
	tree, err := payout.Build(payout.DepthFor(3), []payout.Leaf{{Index: 0, Account: a, Cumulative: big.NewInt(700)},
		{Index: 2, Account: b, Cumulative: big.NewInt(5)}})
	if err != nil {
		t.Fatal(err)
	}
	lb, _ := json.Marshal(leaves)
	ab, _ := json.Marshal([]Attribution{{RequestID: 4, Prediction: "3", Scores: []string{"65536", "-2", "0"}, Shares: []string{"700", "0", "5"}}})
	batch := &state.Batch{ID: "m1-e0-b0", ModelID: 1, Epoch: 0, ChainBatchID: 0, NewRoot: tree.Root().Hex(), Distributed: store.NumericFromUint64(705),
		LeavesAfter: string(lb), Attributions: string(ab), RequestIDs: "[4]"}
	doc, err := Document(31337, common.HexToAddress("0xfee"), payout.DepthFor(3), batch)
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Check(publish.OnChain{ChainID: 31337, RewardVault: common.HexToAddress("0xfee"), ModelID: 1, BatchID: 0, Epoch: 0,
		NewPayoutRoot: tree.Root(), RequestIDs: []uint64{4}, ContributionCount: 3}); err != nil {
		t.Fatal(err)
	}
	r := doc.Requests[0]
	if len(r.Scores) != 2 || r.Scores[0].Value != "1" || r.Scores[1].Value != "-0.000030517578125" || len(r.FeeShares) != 2 {
		t.Fatalf("%+v", r)
	}
	st, err := Settlement(batch)
	if err != nil || st.RequestIds[0].Int64() != 4 || st.Distributed.Int64() != 705 || st.NewPayoutRoot != tree.Root() {
		t.Fatalf("%+v %v", st, err)
	}
}

func TestGradientsAndInferencesDocuments(t *testing.T) {
	a, b := common.HexToAddress("0xa"), common.HexToAddress("0xb")
	f := &attribution.Features{Version: attribution.FeaturesVersion, ProjectionSeed: 3, Dim: 3, Layers: []int{2, 1},
		Rows:   [][]int64{{1, 2, 3}, {-4, 5, -6}},
		Leaves: []attribution.Leaf{{Index: 0, ContributionID: 7, Contributor: a}, {Index: 1, ContributionID: 9, Contributor: b}}}
	g, err := GradientsDocument(31337, common.HexToAddress("0xfee"), 2, common.HexToHash("0xc0"), f)
	if err != nil {
		t.Fatal(err)
	}
	if g.ModelID != 2 || g.GradientCommitment != common.HexToHash("0xc0") || g.ProjectionSeed != 3 || len(g.Contributions) != 2 ||
		g.Contributions[1].ContributionID != 9 || g.Contributions[1].Contributor != b || g.Contributions[1].Features[2] != -6 {
		t.Fatalf("%+v", g)
	}
	rec, _ := json.Marshal(inference.Record{Query: []int64{9, 8, 7}})
	batch := &state.Batch{ID: "m2-e5-b0", ModelID: 2, Epoch: 5, ChainBatchID: 1, InferenceCommitment: common.HexToHash("0xbeef").Hex()}
	in, err := InferencesDocument(31337, common.HexToAddress("0xfee"), f.LayerDims(), batch,
		[]state.Request{{RequestID: 11, InputHash: common.HexToHash("0x11").Hex(), Answer: string(rec)}})
	if err != nil {
		t.Fatal(err)
	}
	if in.BatchID != 1 || in.Epoch != 5 || in.InferenceCommitment != common.HexToHash("0xbeef") || len(in.Requests) != 1 ||
		in.Requests[0].RequestID != 11 || in.Requests[0].InputHash != common.HexToHash("0x11") || in.Requests[0].Query[2] != 7 {
		t.Fatalf("%+v", in)
	}
	// A query that does not fit the layers is refused rather than published.
	bad, _ := json.Marshal(inference.Record{Query: []int64{1}})
	if _, err := InferencesDocument(31337, common.HexToAddress("0xfee"), f.LayerDims(), batch,
		[]state.Request{{RequestID: 11, Answer: string(bad)}}); err == nil {
		t.Fatal("accepted a short query")
	}
}
