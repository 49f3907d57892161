package graph_test

import (
	"context"
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gorilla/websocket"

	"github.com/open-attribution/poa/bindings/rewardvault"
	"github.com/open-attribution/poa/internal/indexer/indexertest"
	"github.com/open-attribution/poa/internal/indexer/scenario"
)

// wsClient speaks graphql-transport-ws.
type wsClient struct {
	t       *testing.T
	conn    *websocket.Conn
	pending map[string][]map[string]any // messages read while waiting for another subscription
}

func dialWS(t *testing.T, fx *fixture) *wsClient {
	t.Helper()
	url := "ws" + strings.TrimPrefix(fx.srv.URL, "http") + "/graphql"
	d := websocket.Dialer{Subprotocols: []string{"graphql-transport-ws"}}
	conn, _, err := d.Dial(url, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	c := &wsClient{t: t, conn: conn, pending: map[string][]map[string]any{}}
	c.send(map[string]any{"type": "connection_init"})
	if m := c.read(); m["type"] != "connection_ack" {
		t.Fatalf("got %v, want connection_ack", m)
	}
	return c
}

func (c *wsClient) send(m map[string]any) {
	c.t.Helper()
	if err := c.conn.WriteJSON(m); err != nil {
		c.t.Fatal(err)
	}
}

func (c *wsClient) read() map[string]any {
	c.t.Helper()
	c.conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	for {
		var m map[string]any
		if err := c.conn.ReadJSON(&m); err != nil {
			c.t.Fatalf("reading from the websocket: %v", err)
		}
		if m["type"] == "ping" || m["type"] == "pong" {
			continue
		}
		return m
	}
}

func (c *wsClient) subscribe(id, query string) {
	c.send(map[string]any{"id": id, "type": "subscribe", "payload": map[string]any{"query": query}})
}

// next reads messages until one for the subscription id, returning its data.
func (c *wsClient) next(id string) map[string]any {
	c.t.Helper()
	for {
		var m map[string]any
		if q := c.pending[id]; len(q) > 0 {
			m, c.pending[id] = q[0], q[1:]
		} else {
			m = c.read()
		}
		if m["id"] != id {
			other, _ := m["id"].(string)
			c.pending[other] = append(c.pending[other], m)
			continue
		}
		if m["type"] != "next" {
			c.t.Fatalf("subscription %s: %v", id, m)
		}
		payload := m["payload"].(map[string]any)
		if errs, ok := payload["errors"]; ok {
			c.t.Fatalf("subscription %s: %v", id, errs)
		}
		return payload["data"].(map[string]any)
	}
}

// TestLive covers what changes under the API: subscriptions over websocket, the response cache
// across commits, and a claim sent with the proofs the wallet query served.
func TestLive(t *testing.T) {
	f, chain := simFlow(t, (*scenario.Flow).Run)
	fx := newFixture(t, indexertest.Backends(t)[0], f, chain)
	ctx := context.Background()

	ws := dialWS(t, fx)
	ws.subscribe("sub", `subscription { contributionSubmitted(datanetId: "2") { id contributor status datanet { id } } }`)
	ws.subscribe("fin", `subscription { contributionFinalized { id status acceptedIndex } }`)
	ws.subscribe("set", `subscription { settlementAdded(modelId: "1") { id batchId requestIds publication } }`)
	ws.subscribe("blk", `subscription { blocks { number hash reorg } }`)
	ws.subscribe("sfin", `subscription { settlementFinalized(modelId: "1") { batchId status } }`)
	waitSubscribers(t, fx, 5)

	// A cached answer stays until the next commit.
	const q = `{ datanet(id: "2") { contributionCount acceptedCount } }`
	if r := fx.post(t, q, nil); r.cache == "hit" {
		t.Fatal("first query answered from the cache")
	}
	if r := fx.post(t, q, nil); r.cache != "hit" {
		t.Fatal("repeated query not answered from the cache")
	}

	id, err := f.S.Contribute(ctx, f.A.Carol, f.Datanet2, "carol's live poem", nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.S.Vote(ctx, f.A.V3, id, true); err != nil {
		t.Fatal(err)
	}
	if err := fx.ix.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	got := ws.next("sub")["contributionSubmitted"].(map[string]any)
	if got["id"] != id.String() || got["contributor"] != indexertest.Lower(f.A.Carol.Address) || got["status"] != "PENDING" {
		t.Fatalf("contributionSubmitted = %v", got)
	}
	fin := ws.next("fin")["contributionFinalized"].(map[string]any)
	if fin["id"] != id.String() || fin["status"] != "ACCEPTED" || fin["acceptedIndex"] != float64(1) {
		t.Fatalf("contributionFinalized = %v", fin)
	}
	if b := ws.next("blk")["blocks"].(map[string]any); b["reorg"] != false {
		t.Fatalf("blocks = %v", b)
	}
	var after struct {
		Datanet struct {
			ContributionCount int `json:"contributionCount"`
		} `json:"datanet"`
	}
	r := fx.post(t, q, nil)
	if err := json.Unmarshal(r.Data, &after); err != nil || r.cache == "hit" || after.Datanet.ContributionCount != 3 {
		t.Fatalf("after a commit: cache %q, %s", r.cache, r.Data)
	}

	// A third batch, then Carol claims with exactly what the API served.
	if err := f.RequestInferences(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := f.SettlePending(ctx, big.NewInt(1_000)); err != nil {
		t.Fatal(err)
	}
	if err := fx.ix.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	s := ws.next("set")["settlementAdded"].(map[string]any)
	if s["batchId"] != float64(2) || s["publication"] != "AWAITING" {
		t.Fatalf("settlementAdded = %v", s)
	}
	// Without a settlement guard the batch is final at settlement.
	if s := ws.next("sfin")["settlementFinalized"].(map[string]any); s["batchId"] != float64(2) || s["status"] != "FINALIZED" {
		t.Fatalf("settlementFinalized = %v", s)
	}
	var w walletResult
	fx.data(t, walletQuery, map[string]any{"a": f.A.Carol.Address.Hex()}, &w)
	if m := w.Wallet.Models[0]; m.Current || m.BatchID != 1 || w.Wallet.Claimable != "0" {
		t.Fatalf("before batch 2's document is verified the wallet must not offer stale proofs as current: %+v", w.Wallet)
	}
	if err := writeDocument(fx, 2); err != nil {
		t.Fatal(err)
	}
	if err := fx.ix.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	fx.data(t, walletQuery, map[string]any{"a": f.A.Carol.Address.Hex()}, &w)
	m := w.Wallet.Models[0]
	wantOwed := new(big.Int).Add(f.Batches[1].Leaves[3].Cumulative, big.NewInt(1_000))
	if !m.Current || m.BatchID != 2 || m.Claimable != wantOwed.String() || w.Wallet.Claimable != m.Claimable {
		t.Fatalf("carol's wallet after batch 2 = %+v", w.Wallet)
	}
	var leaves []rewardvault.IRewardVaultPayoutLeaf
	for _, l := range m.Leaves {
		cum, _ := new(big.Int).SetString(l.Cumulative, 10)
		proof := make([][32]byte, len(l.Proof))
		for i, h := range l.Proof {
			proof[i] = common.HexToHash(h)
		}
		leaves = append(leaves, rewardvault.IRewardVaultPayoutLeaf{Index: uint64(l.Index), Cumulative: cum, Proof: proof})
	}
	before, err := f.S.Balance(f.A.Carol.Address)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.S.Claim(ctx, f.A.Carol, f.Model, leaves); err != nil {
		t.Fatalf("claiming with the served proofs: %v", err)
	}
	afterBal, err := f.S.Balance(f.A.Carol.Address)
	if err != nil {
		t.Fatal(err)
	}
	if paid := new(big.Int).Sub(afterBal, before); paid.String() != m.Claimable {
		t.Fatalf("the claim paid %s, the API said %s", paid, m.Claimable)
	}
	if err := fx.ix.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	fx.data(t, walletQuery, map[string]any{"a": f.A.Carol.Address.Hex()}, &w)
	if w.Wallet.Claimable != "0" || w.Wallet.Models[0].Claimed != wantOwed.String() || len(w.Wallet.Claims.Nodes) != 1 {
		t.Fatalf("after claiming: %+v", w.Wallet)
	}
}

func waitSubscribers(t *testing.T, fx *fixture, n int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for fx.broker.Subscribers() < n {
		if time.Now().After(deadline) {
			t.Fatalf("%d subscribers, want %d", fx.broker.Subscribers(), n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
