package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/open-attribution/poa/internal/indexer/loadgen"
	"github.com/open-attribution/poa/internal/indexer/loadtest"
)

// runGenerate: indexer generate --rpc URL --out deployment.json [sizes]
func runGenerate(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("indexer generate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg := loadgen.Config{}
	out := fs.String("out", "", "write the deployment JSON here (for --addresses)")
	fs.StringVar(&cfg.RPC, "rpc", "http://127.0.0.1:8545", "a local anvil's URL")
	fs.IntVar(&cfg.Datanets, "datanets", 4, "datanets")
	fs.IntVar(&cfg.Contributors, "contributors", 200, "contributing accounts")
	fs.IntVar(&cfg.Contributions, "contributions", 10_000, "contributions (each is voted on once, which finalizes it)")
	fs.IntVar(&cfg.RejectEvery, "reject-every", 5, "every n-th contribution is rejected")
	fs.IntVar(&cfg.BatchTxs, "batch", 500, "transactions per JSON-RPC batch and per mined block")
	if err := fs.Parse(args); err != nil {
		return exitCode(err)
	}
	cfg.Logger = slog.New(slog.NewTextHandler(stderr, nil))
	res, err := loadgen.Run(ctx, cfg)
	if err != nil {
		fmt.Fprintln(stderr, "indexer generate:", err)
		return 1
	}
	if *out != "" {
		if err := res.WriteDeployment(*out); err != nil {
			fmt.Fprintln(stderr, "indexer generate:", err)
			return 1
		}
	}
	fmt.Fprintf(stdout, "generated %d transactions, %d events in blocks %d..%d in %.1fs\n",
		res.Transactions, res.Logs, res.FirstBlock, res.LastBlock, res.Elapsed.Seconds())
	return 0
}

// runLoadtest: indexer loadtest --url http://127.0.0.1:8080/graphql [--clients 200 --duration 30s]
func runLoadtest(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("indexer loadtest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg := loadtest.Config{}
	fs.StringVar(&cfg.URL, "url", "http://127.0.0.1:8080/graphql", "the API's /graphql URL (loopback only)")
	fs.IntVar(&cfg.Clients, "clients", 200, "concurrent clients")
	fs.DurationVar(&cfg.Duration, "duration", 30*time.Second, "measured duration")
	fs.DurationVar(&cfg.Warmup, "warmup", 3*time.Second, "unmeasured warm-up")
	fs.IntVar(&cfg.Requests, "requests", 1_000_000, "stop after this many measured requests")
	fs.DurationVar(&cfg.Think, "think", 0, "each client's pause between requests (0: closed loop)")
	fs.IntVar(&cfg.PageSize, "page-size", 20, "leaderboard page size")
	fs.IntVar(&cfg.Pages, "pages", 5, "pages per datanet to spread over")
	if err := fs.Parse(args); err != nil {
		return exitCode(err)
	}
	res, err := loadtest.Run(ctx, cfg)
	if err != nil {
		fmt.Fprintln(stderr, "indexer loadtest:", err)
		return 1
	}
	fmt.Fprintf(stdout, "%d clients, think %s: %s\n", cfg.Clients, cfg.Think, res)
	return 0
}

func exitCode(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return 2
}
