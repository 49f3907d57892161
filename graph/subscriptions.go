package graph

import (
	"context"
	"errors"

	"github.com/open-attribution/poa/graph/model"
	"github.com/open-attribution/poa/internal/indexer/notify"
	"github.com/open-attribution/poa/internal/indexer/schema"
	"github.com/open-attribution/poa/internal/store"
)

// subscriberBuffer is how far a subscriber may fall behind before it is dropped (its
// subscription then completes and the client resubscribes).
const subscriberBuffer = 1024

var errNoBroker = errors.New("subscriptions are served only by an API running inside the indexer process")

// forward converts the broker's messages to a subscription's payloads until ctx ends or the broker
// drops the subscriber.
func forward[T any](ctx context.Context, b *notify.Broker, accept func(notify.Message) bool, conv func(notify.Message) *T) (<-chan *T, error) {
	if b == nil {
		return nil, errNoBroker
	}
	in := b.Subscribe(ctx, subscriberBuffer, accept)
	out := make(chan *T, 1)
	go func() {
		defer close(out)
		for m := range in {
			select {
			case out <- conv(m):
			case <-ctx.Done():
				return
			}
		}
	}()
	return out, nil
}

func (r *Resolver) subscribeContributions(ctx context.Context, kind notify.Kind, datanetID *string) (<-chan *schema.Contribution, error) {
	dn, err := optID("datanetId", datanetID)
	if err != nil {
		return nil, err
	}
	return forward(ctx, r.broker, func(m notify.Message) bool {
		return m.Kind == kind && (dn == nil || m.Contribution.DatanetID == *dn)
	}, func(m notify.Message) *schema.Contribution { return m.Contribution })
}

func (r *Resolver) subscribeSettlements(ctx context.Context, kind notify.Kind, modelID *string) (<-chan *schema.Settlement, error) {
	id, err := optID("modelId", modelID)
	if err != nil {
		return nil, err
	}
	return forward(ctx, r.broker, func(m notify.Message) bool {
		return m.Kind == kind && (id == nil || m.Settlement.ModelID == *id)
	}, func(m notify.Message) *schema.Settlement { return m.Settlement })
}

func (r *Resolver) subscribeProposals(ctx context.Context, proposalID *string) (<-chan *schema.Proposal, error) {
	var id *store.Numeric
	if proposalID != nil {
		n, err := parseProposalID("proposalId", *proposalID)
		if err != nil {
			return nil, err
		}
		id = &n
	}
	return forward(ctx, r.broker, func(m notify.Message) bool {
		return m.Kind == notify.ProposalUpdated && (id == nil || m.Proposal.ID.Cmp(*id) == 0)
	}, func(m notify.Message) *schema.Proposal { return m.Proposal })
}

func (r *Resolver) subscribeBlocks(ctx context.Context) (<-chan *model.IndexedBlock, error) {
	return forward(ctx, r.broker, func(m notify.Message) bool {
		return m.Kind == notify.BlockIndexed || m.Kind == notify.Reorg
	}, func(m notify.Message) *model.IndexedBlock {
		return &model.IndexedBlock{Number: int(m.Block.Number), Hash: m.Block.Hash, Timestamp: int(m.Block.Time),
			Reorg: m.Kind == notify.Reorg, ReorgDepth: int(m.ReorgDepth)}
	})
}
