package state

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/open-attribution/poa/internal/store"
	"github.com/open-attribution/poa/internal/store/pgtest"
)

// engines runs a test on SQLite and, where the server binaries exist, Postgres.
func engines(t *testing.T, fn func(t *testing.T, db *DB)) {
	t.Run("sqlite", func(t *testing.T) {
		dsn := filepath.Join(t.TempDir(), "o.db")
		db, err := Open(context.Background(), dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		// Migrations are idempotent.
		if err := store.Migrate(context.Background(), db.DB, MigrationSet, Migrations); err != nil {
			t.Fatal(err)
		}
		fn(t, db)
	})
	t.Run("postgres", func(t *testing.T) {
		if testing.Short() {
			t.Skip("short")
		}
		dsn := pgtest.NewDatabase(t)
		db, err := Open(context.Background(), dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		fn(t, db)
	})
}

func TestRequestAndBatchLifecycle(t *testing.T) {
	engines(t, func(t *testing.T, db *DB) {
		ctx := context.Background()
		for id := int64(1); id <= 5; id++ {
			epoch := int64(3)
			if id == 5 {
				epoch = 4
			}
			isNew, err := db.AddRequest(ctx, &Request{RequestID: id, ModelID: 1, InputHash: "0x01", Epoch: epoch, Fee: store.NumericFromUint64(100)})
			if err != nil || !isNew {
				t.Fatal(isNew, err)
			}
		}
		if isNew, err := db.AddRequest(ctx, &Request{RequestID: 1, ModelID: 1}); err != nil || isNew {
			t.Fatalf("duplicate request: %v %v", isNew, err)
		}
		for _, id := range []int64{1, 2, 3, 5} {
			if err := db.AnswerRequest(ctx, id, "in", `{"a":1}`); err != nil {
				t.Fatal(err)
			}
		}
		if err := db.AnswerRequest(ctx, 1, "other", "{}"); !errors.Is(err, ErrAlreadyAnswered) {
			t.Fatalf("second answer: %v", err)
		}
		r, _ := db.GetRequest(ctx, 1)
		if r.Input != "in" || r.Status != RequestAnswered || r.Fee.String() != "100" {
			t.Fatalf("%+v", r)
		}
		// Epoch 4 is not closed (before 4): requests 1..3 batch in twos; 4 is unanswered.
		bs, err := db.CreateBatches(ctx, 1, 4, 2)
		if err != nil || len(bs) != 2 || bs[0].RequestIDs != "[1,2]" || bs[1].RequestIDs != "[3]" || bs[1].Seq != 1 {
			t.Fatalf("%+v %v", bs, err)
		}
		if again, err := db.CreateBatches(ctx, 1, 4, 2); err != nil || len(again) != 0 {
			t.Fatalf("requests batched twice: %+v %v", again, err)
		}
		b := &bs[0]
		b.Status = BatchProving
		if err := db.AdvanceBatch(ctx, b, BatchCreated); err != nil {
			t.Fatal(err)
		}
		if err := db.AdvanceBatch(ctx, b, BatchCreated); !errors.Is(err, ErrStale) {
			t.Fatalf("stale advance: %v", err)
		}
		reqs, err := db.RequestsOfBatch(ctx, b)
		if err != nil || len(reqs) != 2 || reqs[0].RequestID != 1 {
			t.Fatal(reqs, err)
		}
		if err := db.ConfirmBatch(ctx, b, BatchProving, 0, 10); err != nil {
			t.Fatal(err)
		}
		if r, _ := db.GetRequest(ctx, 2); r.Status != RequestSettled {
			t.Fatalf("request 2 %s", r.Status)
		}
		if last, err := db.LastConfirmedBatch(ctx, 1); err != nil || last.ID != b.ID {
			t.Fatal(last, err)
		}
		// A failed batch frees its requests for the next round.
		if err := db.FailBatch(ctx, &bs[1], BatchCreated, "reverted"); err != nil {
			t.Fatal(err)
		}
		if r, _ := db.GetRequest(ctx, 3); r.Status != RequestAnswered || r.BatchID != "" {
			t.Fatalf("request 3 after failure: %+v", r)
		}
		again, err := db.CreateBatches(ctx, 1, 5, 64)
		if err != nil || len(again) != 2 || again[0].ID != "m1-e3-b2" || again[1].RequestIDs != "[5]" {
			t.Fatalf("%+v %v", again, err)
		}
		counts, err := db.CountRequests(ctx)
		if err != nil || counts[RequestBatched] != 2 || counts[RequestSettled] != 2 || counts[RequestRequested] != 1 {
			t.Fatal(counts, err)
		}
		open, _ := db.OpenBatches(ctx)
		if len(open) != 3 { // the confirmed one and the two new ones
			t.Fatalf("open batches %d", len(open))
		}
	})
}

func TestIntentsAndCursors(t *testing.T) {
	engines(t, func(t *testing.T, db *DB) {
		ctx := context.Background()
		if n, err := db.NextNonce(ctx, "0xa"); err != nil || n != 0 {
			t.Fatal(n, err)
		}
		in := &TxIntent{ID: "i1", Purpose: "settle", Ref: "b1", Sender: "0xa", Nonce: 7, Data: "0x"}
		if err := db.InsertIntent(ctx, in, &TxAttempt{Hash: "0x1", Raw: "0x", Tip: store.NumericFromUint64(1), FeeCap: store.NumericFromUint64(2)}); err != nil {
			t.Fatal(err)
		}
		dup := &TxIntent{ID: "i2", Purpose: "settle", Ref: "b2", Sender: "0xa", Nonce: 7, Data: "0x"}
		if err := db.InsertIntent(ctx, dup, &TxAttempt{Hash: "0x2", Raw: "0x"}); err == nil {
			t.Fatal("two intents with one nonce")
		}
		if got, _ := db.IntentByRef(ctx, "settle", "b2"); got != nil {
			t.Fatal("failed insert left a row")
		}
		if n, _ := db.NextNonce(ctx, "0xa"); n != 8 {
			t.Fatalf("next nonce %d", n)
		}
		if err := db.AddAttempt(ctx, &TxAttempt{Hash: "0x3", IntentID: "i1", Seq: 1, Raw: "0x"}); err != nil {
			t.Fatal(err)
		}
		at, _ := db.Attempts(ctx, "i1")
		if len(at) != 2 || at[1].Hash != "0x3" {
			t.Fatal(at)
		}
		in.Status, in.MinedHash = TxMined, "0x3"
		if err := db.FinishIntent(ctx, in); err != nil {
			t.Fatal(err)
		}
		if p, _ := db.PendingIntents(ctx, "0xa"); len(p) != 0 {
			t.Fatal(p)
		}
		if err := db.SetCursor(ctx, "requests", 5); err != nil {
			t.Fatal(err)
		}
		if err := db.SetCursor(ctx, "requests", 9); err != nil {
			t.Fatal(err)
		}
		if c, err := db.GetCursor(ctx, "requests"); err != nil || c != 9 {
			t.Fatal(c, err)
		}
	})
}
