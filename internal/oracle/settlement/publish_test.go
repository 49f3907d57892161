package settlement

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

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
