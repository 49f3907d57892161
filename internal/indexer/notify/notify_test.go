package notify_test

import (
	"context"
	"testing"

	"github.com/open-attribution/poa/internal/indexer/notify"
)

func TestFilterAndDropSlowSubscribers(t *testing.T) {
	b := notify.NewBroker()
	ctx, cancel := context.WithCancel(context.Background())
	blocks := b.Subscribe(ctx, 2, func(m notify.Message) bool { return m.Kind == notify.BlockIndexed })
	all := b.Subscribe(ctx, 100, nil)
	b.Publish(notify.Message{Kind: notify.Reorg}, notify.Message{Kind: notify.BlockIndexed, Block: &notify.Block{Number: 1}})
	if m := <-blocks; m.Kind != notify.BlockIndexed || m.Block.Number != 1 {
		t.Fatalf("filtered subscriber got %+v", m)
	}
	if m := <-all; m.Kind != notify.Reorg {
		t.Fatalf("got %+v first", m)
	}
	// Three more blocks overflow the 2-message buffer: the slow subscriber is dropped, not waited for.
	for i := 0; i < 3; i++ {
		b.Publish(notify.Message{Kind: notify.BlockIndexed, Block: &notify.Block{Number: int64(i + 2)}})
	}
	n := 0
	for range blocks {
		n++
	}
	if n != 2 || b.Subscribers() != 1 {
		t.Fatalf("read %d before the close, %d subscribers left", n, b.Subscribers())
	}
	cancel()
	for range all {
	}
	var nilBroker *notify.Broker
	nilBroker.Publish(notify.Message{Kind: notify.Reorg}) // a nil broker is a no-op
}
