package txmgr

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/open-attribution/poa/internal/deploy"
	"github.com/open-attribution/poa/internal/devchain"
	"github.com/open-attribution/poa/internal/oracle/chainio"
	"github.com/open-attribution/poa/internal/oracle/state"
)

type fixture struct {
	anvil *devchain.Anvil
	db    *state.DB
	m     *Manager
	acct  devchain.Account
}

func setup(t *testing.T, cfg Config) *fixture {
	t.Helper()
	ctx := context.Background()
	anvil, err := devchain.StartAnvil(ctx, 31337)
	if err != nil {
		t.Skipf("anvil unavailable: %v", err)
	}
	t.Cleanup(func() { anvil.Close() })
	acct := devchain.NewAccount("txmgr test")
	if err := anvil.SetBalance(ctx, acct.Address, (*hexutil.Big)(big.NewInt(1e18))); err != nil {
		t.Fatal(err)
	}
	db, err := state.Open(ctx, filepath.Join(t.TempDir(), "o.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	client := chainio.New(anvil.URL, chainio.Backoff{Min: 10 * time.Millisecond, Max: 100 * time.Millisecond}, logger, chainio.Hooks{})
	if cfg.Poll == 0 {
		cfg.Poll = 20 * time.Millisecond
	}
	if cfg.ReplaceAfter == 0 {
		cfg.ReplaceAfter = time.Hour
	}
	m := New(db, client, acct.Key, big.NewInt(31337), cfg, deploy.ABIs(), logger, nil, nil)
	return &fixture{anvil: anvil, db: db, m: m, acct: acct}
}

var sink = common.HexToAddress("0x000000000000000000000000000000000000dEaD")

func TestSubmitIsIdempotent(t *testing.T) {
	f := setup(t, Config{})
	ctx := context.Background()
	a, err := f.m.Submit(ctx, "test", "one", sink, []byte("x"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := f.m.Submit(ctx, "test", "one", sink, []byte("x"))
	if err != nil || b.ID != a.ID || b.Nonce != a.Nonce {
		t.Fatalf("second submit: %+v %v", b, err)
	}
	r, err := f.m.Wait(ctx, a.ID)
	if err != nil || r.Status != 1 {
		t.Fatal(r, err)
	}
	if n, _ := f.m.client.NonceAt(ctx, f.acct.Address, nil); n != 1 {
		t.Fatalf("account sent %d transactions, want 1", n)
	}
	c, err := f.m.Submit(ctx, "test", "two", sink, nil)
	if err != nil || c.Nonce != 1 {
		t.Fatalf("next intent %+v %v", c, err)
	}
}

// A transaction recorded but never broadcast (the process died in between) is sent on resume.
func TestRecordedButNotBroadcast(t *testing.T) {
	f := setup(t, Config{})
	ctx := context.Background()
	tip, feeCap, err := f.m.fees(ctx)
	if err != nil {
		t.Fatal(err)
	}
	in := &state.TxIntent{ID: "test:crash", Purpose: "test", Ref: "crash", Sender: senderKey(f.m.from), To: senderKey(sink),
		Data: "0x", Gas: 30000, Nonce: 0}
	_, at, err := f.m.sign(in, 0, tip, feeCap)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.db.InsertIntent(ctx, in, at); err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	r, err := f.m.Wait(wctx, in.ID)
	if err != nil || r.TxHash.Hex() != at.Hash {
		t.Fatalf("receipt %v, err %v", r, err)
	}
}

// With mining paused, an unmined transaction is replaced by one with the same nonce and fees raised
// by at least the configured percentage; the replacement is what gets mined.
func TestStuckTransactionIsReplaced(t *testing.T) {
	f := setup(t, Config{ReplaceAfter: 300 * time.Millisecond, BumpPercent: 25})
	ctx := context.Background()
	if err := f.anvil.RPC.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		t.Fatal(err)
	}
	in, err := f.m.Submit(ctx, "test", "stuck", sink, []byte("stuck"))
	if err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		r, err := f.m.Wait(wctx, in.ID)
		if err == nil {
			at, _ := f.db.Attempts(ctx, in.ID)
			if r.TxHash.Hex() != at[len(at)-1].Hash {
				err = errors.New("mined attempt is not the latest replacement")
			}
		}
		done <- err
	}()
	deadline := time.Now().Add(10 * time.Second)
	var at []state.TxAttempt
	for time.Now().Before(deadline) {
		at, _ = f.db.Attempts(ctx, in.ID)
		if len(at) >= 2 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if len(at) < 2 {
		t.Fatal("no replacement after replace_after")
	}
	for _, pair := range [][2]*big.Int{{at[0].Tip.Big(), at[1].Tip.Big()}, {at[0].FeeCap.Big(), at[1].FeeCap.Big()}} {
		min := new(big.Int).Div(new(big.Int).Mul(pair[0], big.NewInt(1125)), big.NewInt(1000))
		if pair[1].Cmp(min) < 0 {
			t.Fatalf("replacement fee %s is less than 112.5%% of %s", pair[1], pair[0])
		}
	}
	if err := f.anvil.RPC.CallContext(ctx, nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if _, err := f.m.client.TransactionReceipt(ctx, common.HexToHash(at[0].Hash)); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("the replaced attempt was mined too: %v", err)
	}
	if n, _ := f.m.client.NonceAt(ctx, f.acct.Address, nil); n != 1 {
		t.Fatalf("nonce %d after one intent", n)
	}
}

func TestWouldRevertTakesNoNonce(t *testing.T) {
	f := setup(t, Config{})
	ctx := context.Background()
	// An account whose code is PUSH1 0 PUSH1 0 REVERT.
	addr := common.HexToAddress("0x00000000000000000000000000000000000c0de0")
	if err := f.anvil.RPC.CallContext(ctx, nil, "anvil_setCode", addr, hexutil.Bytes(common.FromHex("0x60006000fd"))); err != nil {
		t.Fatal(err)
	}
	if _, err := f.m.Submit(ctx, "test", "revert", addr, nil); !errors.Is(err, ErrWouldRevert) {
		t.Fatalf("got %v, want ErrWouldRevert", err)
	}
	if n, _ := f.db.NextNonce(ctx, senderKey(f.m.from)); n != 0 {
		t.Fatalf("a reverting call took nonce %d", n)
	}
}

func TestBump(t *testing.T) {
	for _, c := range []struct{ x, pct, want int64 }{{100, 25, 125}, {0, 25, 1}, {7, 13, 8}, {1000000000, 13, 1130000000}} {
		if got := bump(big.NewInt(c.x), uint64(c.pct)); got.Int64() != c.want {
			t.Errorf("bump(%d, %d) = %s, want %d", c.x, c.pct, got, c.want)
		}
	}
}

// A nonce taken by a transaction that is none of the intent's attempts: the intent is given up as
// lost (after LostAfter), so its owner can re-plan instead of waiting forever.
func TestLostNonce(t *testing.T) {
	f := setup(t, Config{LostAfter: 200 * time.Millisecond})
	ctx := context.Background()
	tip, feeCap, _ := f.m.fees(ctx)
	in := &state.TxIntent{ID: "test:lost", Purpose: "test", Ref: "lost", Sender: senderKey(f.m.from), To: senderKey(sink), Data: "0x", Gas: 30000}
	_, at, err := f.m.sign(in, 0, tip, feeCap)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.db.InsertIntent(ctx, in, at); err != nil {
		t.Fatal(err)
	}
	// Another transaction with nonce 0 from the same key, sent behind the manager's back.
	other := &state.TxIntent{ID: "x", To: senderKey(common.HexToAddress("0xbeef")), Data: "0x01", Gas: 30000}
	tx, _, err := f.m.sign(other, 0, tip, feeCap)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.m.client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if _, err := f.m.Wait(wctx, in.ID); !errors.Is(err, ErrLost) {
		t.Fatalf("got %v, want ErrLost", err)
	}
}
