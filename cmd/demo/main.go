// Command demo runs `make demo`: a local chain, the real proofs, the oracle, the indexer with the web
// app, and a scripted scenario through their APIs (see internal/demo). It prints the URLs and a
// per-contributor summary and keeps serving until Ctrl-C, which stops every process it started.
//
//	demo [-exit] [-root DIR]
//
// Environment: DEMO_EXIT=1 (same as -exit: stop after the scripted run, for CI and browser tests),
// DEMO_RPC_PORT (8545), DEMO_ORACLE_PORT (8645), DEMO_INDEXER_PORT (8080), DEMO_EPOCH_LENGTH
// (seconds, 3600: the vault's minimum), DEMO_STATE_DIR (.build/demo).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"syscall"

	"github.com/open-attribution/poa/internal/demo"
)

func main() {
	fs := flag.NewFlagSet("demo", flag.ExitOnError)
	exit := fs.Bool("exit", envBool("DEMO_EXIT"), "stop after the scripted run (also DEMO_EXIT=1)")
	root := fs.String("root", ".", "repository root")
	fs.Parse(os.Args[1:])

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	cfg := demo.Config{Root: *root, StateDir: os.Getenv("DEMO_STATE_DIR"), Exit: *exit,
		RPCPort: envInt("DEMO_RPC_PORT"), OraclePort: envInt("DEMO_ORACLE_PORT"), IndexerPort: envInt("DEMO_INDEXER_PORT"),
		EpochLength: uint64(envInt("DEMO_EPOCH_LENGTH"))}
	if err := demo.Run(ctx, cfg); err != nil {
		if ctx.Err() != nil {
			fmt.Fprintln(os.Stderr, "demo: interrupted")
			os.Exit(130)
		}
		fmt.Fprintln(os.Stderr, "demo:", err)
		os.Exit(1)
	}
}

func envBool(k string) bool {
	v := os.Getenv(k)
	return v != "" && v != "0" && v != "false"
}

func envInt(k string) int {
	n, _ := strconv.Atoi(os.Getenv(k))
	return n
}
