// Package graph is the indexer's GraphQL API (gqlgen): the schema in schema.graphqls, the
// generated executor in generated/, resolvers reading the indexer's database, and the HTTP server
// with its limits. Regenerate with `go tool gqlgen generate` in this directory.
package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"

	"github.com/uptrace/bun"

	"github.com/open-attribution/poa/graph/scalar"
	"github.com/open-attribution/poa/internal/indexer/notify"
)

// Options wires the resolvers.
type Options struct {
	DB *bun.DB
	// Broker feeds subscriptions; nil disables them (they answer with an error).
	Broker *notify.Broker
	// ChainHead reports the chain head the indexer last saw; nil when the API runs on its own.
	ChainHead func() uint64
	Logger    *slog.Logger
}

// Resolver is the root resolver.
type Resolver struct {
	db     *bun.DB
	broker *notify.Broker
	head   func() uint64
	log    *slog.Logger
	trees  *treeCache
	dep    deployment
	board  *boardQueries
}

// NewResolver returns the root resolver.
func NewResolver(o Options) *Resolver {
	log := o.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Resolver{db: o.DB, broker: o.Broker, head: o.ChainHead, log: log, trees: newTreeCache(16), board: &boardQueries{db: o.DB}}
}

// errInternal is what clients see of a database failure; the log has the details.
var errInternal = errors.New("internal error reading the index (the server log has the details)")

func (r *Resolver) internal(ctx context.Context, what string, err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("%s: request cancelled", what)
	}
	r.log.ErrorContext(ctx, "graphql resolver failed", "what", what, "err", err)
	return errInternal
}

// one scans a single row; nil without error when there is none.
func one[R any](ctx context.Context, r *Resolver, what string, q func(*R) *bun.SelectQuery) (*R, error) {
	row := new(R)
	err := q(row).Limit(1).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, r.internal(ctx, what, err)
	}
	return row, nil
}

// parseID reads an ID argument, naming the argument in the error.
func parseID(arg, s string) (int64, error) {
	id, err := scalar.ParseID(s)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", arg, err)
	}
	return id, nil
}

func optID(arg string, s *string) (*int64, error) {
	if s == nil {
		return nil, nil
	}
	id, err := parseID(arg, *s)
	return &id, err
}
