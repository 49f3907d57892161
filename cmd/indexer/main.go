// Command indexer follows the contract suite's events into a database and serves them over
// GraphQL (/graphql, playground at /, /healthz).
//
//	indexer --rpc ws://127.0.0.1:8545 --addresses deployment.json [--db indexer.db] [--published DIR|URL]
//
// Subcommands for benchmarks on a local chain: `indexer generate` fills an anvil with events and
// `indexer loadtest` measures leaderboard query latency; see docs/benchmarks.md.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/uptrace/bun"

	"github.com/open-attribution/poa/graph"
	"github.com/open-attribution/poa/internal/deploy"
	"github.com/open-attribution/poa/internal/indexer"
	"github.com/open-attribution/poa/internal/indexer/notify"
	"github.com/open-attribution/poa/internal/indexer/schema"
	"github.com/open-attribution/poa/internal/publish"
	"github.com/open-attribution/poa/internal/store"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "generate":
			return runGenerate(ctx, args[1:], stdout, stderr)
		case "loadtest":
			return runLoadtest(ctx, args[1:], stdout, stderr)
		}
	}
	return runIndexer(ctx, args, stdout, stderr)
}

type indexerFlags struct {
	rpc, db, addresses, listen, published, logLevel  string
	web                                              string
	token, datanets, models, vault                   string
	governor, timelock, staking, guard, feedback     string
	fromBlock, confirmations, rangeBlocks, tipBlocks uint64
	concurrency                                      int
	poll                                             time.Duration
	publishedRetry                                   time.Duration
	exitWhenSynced, responseCache, fromBlockSet      bool
}

func parseIndexerFlags(args []string, stderr io.Writer) (*indexerFlags, error) {
	f := &indexerFlags{}
	fs := flag.NewFlagSet("indexer", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.rpc, "rpc", "", "node JSON-RPC URL: http(s):// (polling) or ws(s):// (newHeads subscription)")
	fs.StringVar(&f.db, "db", "indexer.db", "database: a SQLite file (or sqlite:PATH) or postgres://…")
	fs.StringVar(&f.addresses, "addresses", "", "deployment JSON (Deploy.s.sol's DEPLOYMENT_OUT) with openToken, datanetRegistry, modelRegistry, rewardVault")
	fs.StringVar(&f.token, "open-token", "", "OpenToken address (instead of --addresses)")
	fs.StringVar(&f.datanets, "datanet-registry", "", "DatanetRegistry address (instead of --addresses)")
	fs.StringVar(&f.models, "model-registry", "", "ModelRegistry address (instead of --addresses)")
	fs.StringVar(&f.vault, "reward-vault", "", "RewardVault address (instead of --addresses)")
	fs.StringVar(&f.governor, "governor", "", "OpenGovernor address (overrides --addresses; empty: governance not followed)")
	fs.StringVar(&f.timelock, "timelock", "", "TimelockController address (overrides --addresses)")
	fs.StringVar(&f.staking, "validator-staking", "", "ValidatorStaking address (overrides --addresses)")
	fs.StringVar(&f.guard, "settlement-guard", "", "SettlementGuard address (overrides --addresses)")
	fs.StringVar(&f.feedback, "feedback-registry", "", "FeedbackRegistry address (overrides --addresses)")
	fs.Uint64Var(&f.fromBlock, "from-block", 0, "first block to index (a fresh database only; the deployment block is enough)")
	fs.Uint64Var(&f.confirmations, "confirmations", indexer.DefaultConfirmations, "depth of the unfinalized window: reorgs up to this deep are rolled back")
	fs.Uint64Var(&f.rangeBlocks, "range-blocks", indexer.DefaultRangeBlocks, "blocks per eth_getLogs call during backfill")
	fs.Uint64Var(&f.tipBlocks, "tip-blocks", indexer.DefaultTipBlocks, "blocks per transaction inside the unfinalized window")
	fs.IntVar(&f.concurrency, "concurrency", indexer.DefaultConcurrency, "backfill ranges fetched at once")
	fs.DurationVar(&f.poll, "poll", indexer.DefaultPollInterval, "how often to look for new blocks (without websocket heads)")
	fs.StringVar(&f.listen, "listen", "127.0.0.1:8080", "GraphQL API address; empty: no API")
	fs.StringVar(&f.published, "published", "", "where the oracle publishes batch documents: a directory or an http(s) base URL")
	fs.StringVar(&f.web, "web", "", "serve the web app's built files from this directory at / (the playground moves to /playground)")
	fs.DurationVar(&f.publishedRetry, "published-retry", indexer.DefaultPublishedRetry, "wait before fetching a missing or rejected batch document again")
	fs.StringVar(&f.logLevel, "log-level", "info", "debug, info, warn or error")
	fs.BoolVar(&f.exitWhenSynced, "exit-when-synced", false, "index up to the current head, print a summary and exit (benchmarks)")
	fs.BoolVar(&f.responseCache, "response-cache", true, "cache query responses until the next commit")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	fs.Visit(func(fl *flag.Flag) { f.fromBlockSet = f.fromBlockSet || fl.Name == "from-block" })
	if f.rpc == "" {
		return nil, errors.New("--rpc is required")
	}
	return f, nil
}

// loadDeployment reads the suite's addresses and, when the file (as Deploy.s.sol writes it with
// governance) or the flags name them, the governance contracts' (zero: not followed).
func loadDeployment(f *indexerFlags) (deploy.Addresses, deploy.GovernanceAddresses, error) {
	var a deploy.Addresses
	var g deploy.GovernanceAddresses
	if f.addresses != "" {
		raw, err := os.ReadFile(f.addresses)
		if err != nil {
			return a, g, fmt.Errorf("reading --addresses: %w", err)
		}
		if err := json.Unmarshal(raw, &a); err != nil {
			return a, g, fmt.Errorf("parsing --addresses %s: %w", f.addresses, err)
		}
		if err := json.Unmarshal(raw, &g); err != nil {
			return a, g, fmt.Errorf("parsing --addresses %s: %w", f.addresses, err)
		}
		// The deployment block, when the file names it, is where a fresh index starts.
		var start struct {
			StartBlock *uint64 `json:"startBlock"`
		}
		if err := json.Unmarshal(raw, &start); err == nil && start.StartBlock != nil && !f.fromBlockSet {
			f.fromBlock = *start.StartBlock
		}
	}
	for _, o := range []struct {
		flag, value string
		dst         *common.Address
	}{{"--open-token", f.token, &a.OpenToken}, {"--datanet-registry", f.datanets, &a.DatanetRegistry},
		{"--model-registry", f.models, &a.ModelRegistry}, {"--reward-vault", f.vault, &a.RewardVault},
		{"--governor", f.governor, &g.Governor}, {"--timelock", f.timelock, &g.Timelock},
		{"--validator-staking", f.staking, &g.ValidatorStaking}, {"--settlement-guard", f.guard, &g.SettlementGuard},
		{"--feedback-registry", f.feedback, &g.FeedbackRegistry}} {
		if o.value == "" {
			continue
		}
		if !common.IsHexAddress(o.value) {
			return a, g, fmt.Errorf("%s %q is not an address", o.flag, o.value)
		}
		*o.dst = common.HexToAddress(o.value)
	}
	if a.OpenToken == (common.Address{}) || a.DatanetRegistry == (common.Address{}) ||
		a.ModelRegistry == (common.Address{}) || a.RewardVault == (common.Address{}) {
		return a, g, errors.New("all four contract addresses are needed: --addresses FILE or --open-token, --datanet-registry, --model-registry and --reward-vault")
	}
	return a, g, nil
}

func newLogger(level string, w io.Writer) (*slog.Logger, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("--log-level: %w", err)
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: l})), nil
}

func runIndexer(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	f, err := parseIndexerFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, "indexer:", err)
		return 2
	}
	log, err := newLogger(f.logLevel, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "indexer:", err)
		return 2
	}
	if err := serve(ctx, f, log, stdout); err != nil {
		log.Error("indexer stopped", "err", err)
		return 1
	}
	return 0
}

func serve(ctx context.Context, f *indexerFlags, log *slog.Logger, stdout io.Writer) error {
	addrs, gov, err := loadDeployment(f)
	if err != nil {
		return err
	}
	db, err := store.Open(ctx, f.db)
	if err != nil {
		return err
	}
	defer db.Close()
	chain, err := indexer.DialChain(ctx, f.rpc)
	if err != nil {
		return err
	}
	defer chain.Close()
	cfg := indexer.Config{Addresses: addrs, Governance: gov, StartBlock: f.fromBlock, Confirmations: f.confirmations, ConfirmationsSet: true,
		RangeBlocks: f.rangeBlocks, PublishedRetry: f.publishedRetry, TipBlocks: f.tipBlocks, Concurrency: f.concurrency, PollInterval: f.poll, Broker: notify.NewBroker(), Logger: log}
	if f.published != "" {
		if cfg.Published, err = publish.NewSource(f.published); err != nil {
			return err
		}
	}
	ix, err := indexer.New(ctx, db, chain, cfg)
	if err != nil {
		return err
	}
	log.Info("indexing", "chain", ix.ChainID(), "db", store.Redact(f.db), "rpc", f.rpc, "confirmations", f.confirmations,
		"published", f.published)
	if f.exitWhenSynced {
		return syncOnce(ctx, ix, db, log, stdout)
	}

	errc := make(chan error, 2)
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	var srv *http.Server
	if f.listen != "" {
		opts := graph.ServerOptions{Options: graph.Options{DB: db, Broker: cfg.Broker, ChainHead: ix.ChainHead, Logger: log}}
		if f.responseCache {
			opts.Version = ix.Version
		}
		ln, err := net.Listen("tcp", f.listen)
		if err != nil {
			return fmt.Errorf("listening on %s: %w", f.listen, err)
		}
		var handler http.Handler = graph.NewHandler(opts)
		playgroundPath := "/"
		if f.web != "" {
			playgroundPath = "/playground"
			if handler, err = withWeb(handler, f.web); err != nil {
				ln.Close()
				return err
			}
			log.Info("serving the web app", "url", "http://"+ln.Addr().String()+"/", "dir", f.web)
		}
		srv = &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second}
		log.Info("serving GraphQL", "url", "http://"+ln.Addr().String()+"/graphql", "playground", "http://"+ln.Addr().String()+playgroundPath)
		go func() {
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				errc <- fmt.Errorf("API server: %w", err)
			}
		}()
	}
	go func() { errc <- ix.Run(runCtx) }()
	select {
	case err = <-errc:
	case <-ctx.Done():
		log.Info("shutting down")
	}
	cancel()
	if srv != nil {
		shutdownCtx, done := context.WithTimeout(context.Background(), 5*time.Second)
		defer done()
		_ = srv.Shutdown(shutdownCtx)
	}
	return err
}

// syncOnce indexes to the current head and prints what it did.
func syncOnce(ctx context.Context, ix *indexer.Indexer, db *bun.DB, log *slog.Logger, stdout io.Writer) error {
	countEvents := func() (int64, error) { return db.NewSelect().Model((*schema.Event)(nil)).Count(ctx) }
	before, err := countEvents()
	if err != nil {
		return err
	}
	start := time.Now()
	if err := ix.Sync(ctx); err != nil {
		return err
	}
	elapsed := time.Since(start)
	after, err := countEvents()
	if err != nil {
		return err
	}
	st, err := ix.State(ctx)
	if err != nil {
		return err
	}
	n := after - before
	log.Info("synced", "block", st.LastBlock, "events", n, "seconds", elapsed.Seconds())
	fmt.Fprintf(stdout, "synced to block %d: %d events in %.2fs = %.0f events/s (%d events stored in total)\n",
		st.LastBlock, n, elapsed.Seconds(), float64(n)/elapsed.Seconds(), after)
	return nil
}
