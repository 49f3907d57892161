// Package notify fans committed indexer changes out to live subscribers (the GraphQL subscriptions).
// Messages are published only after the database transaction that made them committed, so a
// subscriber that queries on a message always finds the data.
package notify

import (
	"context"
	"sync"

	"github.com/open-attribution/poa/internal/indexer/schema"
)

// Kind says what happened.
type Kind int

const (
	// ContributionSubmitted carries the new contribution.
	ContributionSubmitted Kind = iota + 1
	// ContributionFinalized carries the contribution after validators accepted or rejected it.
	ContributionFinalized
	// SettlementAdded carries a settled batch.
	SettlementAdded
	// SettlementFinalized carries a batch whose root became claimable after its challenge window.
	SettlementFinalized
	// ProposalUpdated carries a governance proposal as one of its events left it (created, a vote,
	// queued, executed, canceled).
	ProposalUpdated
	// BlockIndexed carries the new indexed head.
	BlockIndexed
	// Reorg says that blocks above Block.Number were replaced; data seen for them is void.
	Reorg
)

// Block identifies an indexed block.
type Block struct {
	Number int64
	Hash   string
	Time   int64
}

// Message is one change.
type Message struct {
	Kind         Kind
	Contribution *schema.Contribution
	Settlement   *schema.Settlement
	Proposal     *schema.Proposal
	Block        *Block
	ReorgDepth   int64
}

// Broker delivers messages to subscribers. A subscriber that falls behind by more than its buffer
// is dropped (its channel closed) rather than slowing the indexer down.
type Broker struct {
	mu   sync.Mutex
	subs map[*subscriber]struct{}
}

type subscriber struct {
	ch     chan Message
	filter func(Message) bool
	closed bool
}

// NewBroker returns an empty broker.
func NewBroker() *Broker { return &Broker{subs: map[*subscriber]struct{}{}} }

// Subscribe returns a channel of the messages filter accepts, closed when ctx ends or the
// subscriber falls more than buffer messages behind.
func (b *Broker) Subscribe(ctx context.Context, buffer int, filter func(Message) bool) <-chan Message {
	s := &subscriber{ch: make(chan Message, max(buffer, 1)), filter: filter}
	b.mu.Lock()
	b.subs[s] = struct{}{}
	b.mu.Unlock()
	go func() {
		<-ctx.Done()
		b.drop(s)
	}()
	return s.ch
}

func (b *Broker) drop(s *subscriber) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !s.closed {
		s.closed = true
		close(s.ch)
		delete(b.subs, s)
	}
}

// Publish delivers messages without blocking.
func (b *Broker) Publish(msgs ...Message) {
	if b == nil || len(msgs) == 0 {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	for s := range b.subs {
		for _, m := range msgs {
			if s.filter != nil && !s.filter(m) {
				continue
			}
			select {
			case s.ch <- m:
			default:
				s.closed = true
				close(s.ch)
				delete(b.subs, s)
			}
			if s.closed {
				break
			}
		}
	}
}

// Subscribers is the number of live subscribers.
func (b *Broker) Subscribers() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.subs)
}
