// Package indexer follows every event of the contract suite into a SQL database (through bun, on
// SQLite or Postgres) and keeps the derived views the API serves — leaderboards, contributor
// totals, per-model and per-epoch fee and payout totals, claimable amounts — in the same
// transactions as the events they come from.
//
// Blocks below the unfinalized window (head − confirmations) are backfilled in ranges fetched
// concurrently and applied in order. Blocks inside the window are read with their hashes; each
// block's parent hash is checked against the stored one, and a mismatch at any depth inside the
// window rolls the database back to the common ancestor (append-only rows by block number, mutable
// rows from the journal) before the new branch is indexed. Every segment commits its rows and the
// checkpoint together, so a restart resumes with no gap and no duplicate.
package indexer

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/uptrace/bun"

	"github.com/open-attribution/poa/internal/deploy"
	"github.com/open-attribution/poa/internal/indexer/notify"
	"github.com/open-attribution/poa/internal/indexer/schema"
	"github.com/open-attribution/poa/internal/publish"
	"github.com/open-attribution/poa/internal/store"
)

// Defaults of Config's zero fields.
const (
	DefaultConfirmations   = 64
	DefaultRangeBlocks     = 2000
	DefaultTipBlocks       = 200
	DefaultConcurrency     = 4
	DefaultPollInterval    = time.Second
	DefaultPublishedRetry  = 30 * time.Second
	rangesPerStep          = 64
	maxPublicationsPerPass = 32
)

// Config says what to follow and how.
type Config struct {
	Addresses deploy.Addresses
	// Governance are the governance contracts to follow too; zero addresses are not followed (a
	// deployment without governance).
	Governance deploy.GovernanceAddresses
	StartBlock uint64
	// Confirmations is the depth of the unfinalized window: blocks deeper than this below the head
	// are taken as final. A reorganisation deeper than the window stops the indexer with
	// ErrReorgTooDeep (re-index from scratch or restore a backup).
	Confirmations uint64
	// ConfirmationsSet makes a Confirmations of 0 mean 0 (every block final) instead of the default.
	ConfirmationsSet bool
	RangeBlocks      uint64        // blocks per backfill eth_getLogs range
	TipBlocks        uint64        // blocks per segment inside the window
	Concurrency      int           // backfill ranges fetched at once
	PollInterval     time.Duration // how often to look for new blocks without websocket heads
	// Published is where the oracle publishes batch documents; nil: none.
	Published      publish.Source
	PublishedRetry time.Duration
	Broker         *notify.Broker
	Logger         *slog.Logger
}

// ErrReorgTooDeep means the chain replaced blocks below the unfinalized window.
var ErrReorgTooDeep = errors.New("indexer: reorganisation deeper than the confirmation window")

// ErrWrongDatabase means the database indexes another chain or deployment.
var ErrWrongDatabase = errors.New("indexer: the database indexes another chain or deployment")

// Indexer follows the suite into a database.
type Indexer struct {
	db      *bun.DB
	chain   Chain
	cfg     Config
	dec     *decoder
	log     *slog.Logger
	chainID uint64
	version atomic.Int64
	head    atomic.Uint64
	synced  atomic.Bool
	pubNext map[modelBatch]time.Time
}

// New migrates the database and checks that it belongs to this chain and deployment.
func New(ctx context.Context, db *bun.DB, chain Chain, cfg Config) (*Indexer, error) {
	if !cfg.ConfirmationsSet && cfg.Confirmations == 0 {
		cfg.Confirmations = DefaultConfirmations
	}
	if cfg.RangeBlocks == 0 {
		cfg.RangeBlocks = DefaultRangeBlocks
	}
	if cfg.TipBlocks == 0 {
		cfg.TipBlocks = DefaultTipBlocks
	}
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = DefaultConcurrency
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = DefaultPollInterval
	}
	if cfg.PublishedRetry <= 0 {
		cfg.PublishedRetry = DefaultPublishedRetry
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	dec, err := newDecoder(cfg.Addresses, cfg.Governance)
	if err != nil {
		return nil, err
	}
	if err := store.Migrate(ctx, db, schema.MigrationSet, schema.Migrations); err != nil {
		return nil, err
	}
	id, err := chain.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("indexer: reading the chain id: %w", err)
	}
	ix := &Indexer{db: db, chain: chain, cfg: cfg, dec: dec, log: cfg.Logger, chainID: id.Uint64(),
		pubNext: map[modelBatch]time.Time{}}
	st, err := ix.initState(ctx)
	if err != nil {
		return nil, err
	}
	ix.version.Store(st.Version)
	return ix, nil
}

// addressesJSON is the deployment a database belongs to. Governance contracts are named only when
// followed, so that databases of deployments without governance keep matching.
func (ix *Indexer) addressesJSON() string {
	m := map[string]string{
		"openToken": lowerAddr(ix.cfg.Addresses.OpenToken), "datanetRegistry": lowerAddr(ix.cfg.Addresses.DatanetRegistry),
		"modelRegistry": lowerAddr(ix.cfg.Addresses.ModelRegistry), "rewardVault": lowerAddr(ix.cfg.Addresses.RewardVault),
	}
	g := ix.cfg.Governance
	for k, a := range map[string]common.Address{"timelock": g.Timelock, "governor": g.Governor,
		"validatorStaking": g.ValidatorStaking, "settlementGuard": g.SettlementGuard, "feedbackRegistry": g.FeedbackRegistry} {
		if a != (common.Address{}) {
			m[k] = lowerAddr(a)
		}
	}
	b, _ := json.Marshal(m)
	return string(b)
}

func (ix *Indexer) initState(ctx context.Context) (*schema.State, error) {
	st := new(schema.State)
	err := ix.db.NewSelect().Model(st).Where("id = 1").Scan(ctx)
	switch {
	case err == nil:
		if uint64(st.ChainID) != ix.chainID || st.Addresses != ix.addressesJSON() {
			return nil, fmt.Errorf("%w: it holds chain %d %s, this run follows chain %d %s",
				ErrWrongDatabase, st.ChainID, st.Addresses, ix.chainID, ix.addressesJSON())
		}
		if uint64(st.StartBlock) != ix.cfg.StartBlock {
			ix.log.Warn("resuming from the stored checkpoint; --from-block applies to a fresh database only",
				"stored_start", st.StartBlock, "requested_start", ix.cfg.StartBlock, "last_block", st.LastBlock)
		}
		return st, nil
	case errors.Is(err, sql.ErrNoRows):
	default:
		return nil, fmt.Errorf("indexer: reading the checkpoint: %w", err)
	}
	st = &schema.State{ID: 1, ChainID: int64(ix.chainID), Addresses: ix.addressesJSON(),
		StartBlock: int64(ix.cfg.StartBlock), LastBlock: int64(ix.cfg.StartBlock) - 1}
	if _, err := ix.db.NewInsert().Model(st).Exec(ctx); err != nil {
		return nil, fmt.Errorf("indexer: creating the checkpoint: %w", err)
	}
	return st, nil
}

// Version increases with every committed change; the API keys its response cache on it.
func (ix *Indexer) Version() int64 { return ix.version.Load() }

// ChainHead is the latest head the indexer has seen on the chain.
func (ix *Indexer) ChainHead() uint64 { return ix.head.Load() }

// Synced reports whether the last step found nothing left to index.
func (ix *Indexer) Synced() bool { return ix.synced.Load() }

// ChainID is the followed chain's id.
func (ix *Indexer) ChainID() uint64 { return ix.chainID }

// State reads the checkpoint.
func (ix *Indexer) State(ctx context.Context) (*schema.State, error) {
	st := new(schema.State)
	if err := ix.db.NewSelect().Model(st).Where("id = 1").Scan(ctx); err != nil {
		return nil, fmt.Errorf("indexer: reading the checkpoint: %w", err)
	}
	return st, nil
}

// Run indexes until ctx ends or a fatal error (ErrReorgTooDeep, a database failure). Node errors
// are logged and retried.
func (ix *Indexer) Run(ctx context.Context) error {
	wake := make(chan struct{}, 1)
	if sub, err := ix.chain.SubscribeHeads(ctx, wake); err == nil {
		defer sub.Unsubscribe()
		ix.log.Info("following new heads over websocket")
	} else if !errors.Is(err, errNoSubscriptions) {
		ix.log.Warn("no newHeads subscription, polling", "err", err, "interval", ix.cfg.PollInterval)
	}
	backoff := ix.cfg.PollInterval
	for {
		progressed, err := ix.Step(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if errors.Is(err, errChainMoved) {
			ix.log.Debug("the chain moved during a read; reading again", "err", err)
			continue
		}
		if err != nil {
			if errors.Is(err, ErrReorgTooDeep) || isDBError(err) {
				return err
			}
			ix.log.Warn("indexing step failed, retrying", "err", err, "in", backoff)
			if !sleep(ctx, backoff, nil) {
				return nil
			}
			backoff = min(2*backoff, 30*time.Second)
			continue
		}
		backoff = ix.cfg.PollInterval
		if progressed {
			continue
		}
		if ix.cfg.Published != nil {
			if err := ix.ingestPublications(ctx); err != nil && ctx.Err() == nil {
				if isDBError(err) {
					return err
				}
				ix.log.Warn("ingesting batch documents", "err", err)
			}
		}
		if !sleep(ctx, ix.cfg.PollInterval, wake) {
			return nil
		}
	}
}

func sleep(ctx context.Context, d time.Duration, wake <-chan struct{}) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
	case <-wake:
	}
	return true
}

// dbError marks failures of the database itself, which retrying will not fix.
type dbError struct{ err error }

func (e *dbError) Error() string { return e.err.Error() }
func (e *dbError) Unwrap() error { return e.err }

func isDBError(err error) bool {
	var d *dbError
	return errors.As(err, &d)
}

// Sync indexes until the database holds the chain's current head (and, with a publication source,
// every batch document available), for tests and one-shot runs.
func (ix *Indexer) Sync(ctx context.Context) error {
	for {
		progressed, err := ix.Step(ctx)
		if err != nil {
			if errors.Is(err, errChainMoved) {
				continue
			}
			return err
		}
		if !progressed {
			break
		}
	}
	if ix.cfg.Published != nil {
		clear(ix.pubNext)
		return ix.ingestPublications(ctx)
	}
	return nil
}

// Step indexes what is there to index now, up to a bounded amount; it reports whether it changed
// anything.
func (ix *Indexer) Step(ctx context.Context) (bool, error) {
	st, err := ix.State(ctx)
	if err != nil {
		return false, &dbError{err}
	}
	head, err := ix.chain.Head(ctx)
	if err != nil {
		return false, fmt.Errorf("indexer: reading the head: %w", err)
	}
	ix.head.Store(head)
	if st.LastHash != "" {
		ref, err := ix.chain.Block(ctx, uint64(st.LastBlock))
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return false, err
		}
		if err != nil || lowerHash(ref.Hash) != st.LastHash {
			return true, ix.reorg(ctx, st)
		}
	}
	next := uint64(st.LastBlock + 1) // LastBlock is -1 before the first block
	if next > head {
		ix.synced.Store(true)
		return false, nil
	}
	ix.synced.Store(false)
	safe := int64(head) - int64(ix.cfg.Confirmations)
	if int64(next) <= safe {
		return true, ix.backfill(ctx, st, next, uint64(safe))
	}
	to := min(head, next+ix.cfg.TipBlocks-1)
	seg, err := ix.fetchSegment(ctx, next, to, true)
	if err != nil {
		return false, err
	}
	if st.LastHash != "" && lowerHash(seg.refs[0].Parent) != st.LastHash {
		// Our last block is no longer the parent of the next one: the chain reorganised between
		// the check above and this read. The next step finds the fork point.
		return true, nil
	}
	return true, ix.commit(ctx, seg, safe)
}

// backfill fetches ranges of final blocks concurrently and applies them in order.
func (ix *Indexer) backfill(ctx context.Context, st *schema.State, from, safe uint64) error {
	type pending struct {
		seg  *segment
		err  error
		done chan struct{}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	queue := make(chan *pending, ix.cfg.Concurrency)
	go func() {
		defer close(queue)
		sem := make(chan struct{}, ix.cfg.Concurrency)
		for n, start := 0, from; n < rangesPerStep && start <= safe; n, start = n+1, start+ix.cfg.RangeBlocks {
			end := min(safe, start+ix.cfg.RangeBlocks-1)
			p := &pending{done: make(chan struct{})}
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			go func() {
				defer func() { <-sem; close(p.done) }()
				p.seg, p.err = ix.fetchSegment(ctx, start, end, false)
			}()
			select {
			case queue <- p:
			case <-ctx.Done():
				return
			}
		}
	}()
	for p := range queue {
		select {
		case <-p.done:
		case <-ctx.Done():
			return ctx.Err()
		}
		if p.err != nil {
			return p.err
		}
		if err := ix.commit(ctx, p.seg, int64(safe)); err != nil {
			return err
		}
	}
	return nil
}
