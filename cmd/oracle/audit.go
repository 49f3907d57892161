package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"

	"github.com/consensys/gnark/backend/groth16"
	gnarklog "github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/open-attribution/poa/internal/audit"
	"github.com/open-attribution/poa/internal/proof"
	"github.com/open-attribution/poa/internal/publish"
)

func init() {
	register(command{name: "audit", summary: "re-derive a settlement from public data and check it (exit 1 on any mismatch)", run: runAudit})
}

// Exit statuses of `oracle audit`: 0 everything matches, 1 a mismatch (or a check the public data
// could not support), 2 bad flags or an I/O, chain or key error. dispatch returns 1 for plain errors
// and 2 for errUsage, so the audit's own troubles are marked as errUsage (auditTrouble) and exit 1 is
// left to mismatches alone — a voter's script can tell "the settlement is wrong" from "the audit
// could not run".
var errMismatch = errors.New("mismatch")

// auditTrouble is an error that kept the audit from running: it unwraps to errUsage (exit 2) and to
// its cause, and prints as its cause.
type auditTrouble struct{ err error }

func (t auditTrouble) Error() string   { return t.err.Error() }
func (t auditTrouble) Unwrap() []error { return []error{errUsage, t.err} }

func trouble(err error) error {
	if err == nil || errors.Is(err, flag.ErrHelp) || errors.Is(err, errUsage) {
		return err
	}
	return auditTrouble{err}
}

func runAudit(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("audit", stderr)
	rpc := fs.String("rpc", "", "node JSON-RPC URL (http(s) or ws(s)); required")
	vault := fs.String("reward-vault", "", "RewardVault address (or --addresses)")
	addresses := fs.String("addresses", "", "deployment JSON (Deploy.s.sol's DEPLOYMENT_OUT) to read rewardVault from")
	model := fs.Uint64("model", 0, "model id; required")
	settlement := fs.String("settlement", "", "audit this batch id of the model")
	epoch := fs.String("epoch", "", "audit every batch of the model settled for this epoch")
	published := fs.String("published", "", "publication root: the oracle's data_dir/published or http(s)://<oracle>/v1/published; required")
	vk := fs.String("vk", "", "verifying key: the 'oracle setup' key directory or its verifying.key (sizes.json is read next to it); required")
	fromBlock := fs.Uint64("from-block", 0, "first block to scan for the vault's events (its deployment block or earlier)")
	logRange := fs.Uint64("log-range", audit.DefaultLogRange, "most blocks per eth_getLogs call")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	verbose := fs.Bool("v", false, "log progress to stderr")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: oracle audit --rpc URL --reward-vault ADDR --model ID (--settlement BATCH | --epoch N)")
		fmt.Fprintln(stderr, "                    --published DIR|URL --vk KEYDIR [--from-block N] [--json]")
		fmt.Fprintln(stderr, "\nRe-derives every score, fee share and cumulative payout of a settled batch from public data")
		fmt.Fprintln(stderr, "(the chain, the oracle's published documents, the verifying key), checks the commitments,")
		fmt.Fprintln(stderr, "roots and the proof, and names every mismatch. Exit status: 0 everything matches, 1 a")
		fmt.Fprintln(stderr, "mismatch (or a check that could not be made), 2 bad flags or an I/O, chain or key error.")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg, err := auditConfig(*vault, *addresses, *model, *settlement, *epoch, *published, *rpc, *vk)
	if err != nil {
		return err
	}
	cfg.FromBlock, cfg.LogRange = *fromBlock, *logRange
	if *verbose {
		cfg.Logger = slog.New(slog.NewTextHandler(stderr, nil)).With("component", "audit")
	} else {
		gnarklog.Disable() // gnark's verifier logs each verification at debug level
	}
	sizes, key, vkPath, err := loadAuditKey(*vk)
	if err != nil {
		return trouble(err)
	}
	cfg.Sizes, cfg.VK, cfg.VKPath = sizes, key, vkPath
	src, err := publish.NewPathSource(*published)
	if err != nil {
		return trouble(err)
	}
	cfg.Published = src
	client, err := ethclient.DialContext(ctx, *rpc)
	if err != nil {
		return trouble(fmt.Errorf("connecting to %s: %w", *rpc, err))
	}
	defer client.Close()
	cfg.Chain = client
	report, err := audit.Run(ctx, cfg)
	if err != nil {
		return trouble(err)
	}
	if *asJSON {
		err = report.WriteJSON(stdout)
	} else {
		err = report.WriteText(stdout)
	}
	if err != nil {
		return trouble(err)
	}
	if !report.OK() {
		return fmt.Errorf("%w: %d mismatch(es), %d check(s) not made in %d batch(es)", errMismatch, report.Mismatches, report.Unchecked, len(report.Batches))
	}
	return nil
}

// auditConfig checks the flags that need no I/O.
func auditConfig(vault, addresses string, model uint64, settlement, epoch, published, rpc, vk string) (audit.Config, error) {
	var cfg audit.Config
	usage := func(format string, a ...any) (audit.Config, error) {
		return cfg, fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, a...))
	}
	switch {
	case rpc == "":
		return usage("--rpc is required")
	case model == 0:
		return usage("--model is required (model ids start at 1)")
	case (settlement == "") == (epoch == ""):
		return usage("give exactly one of --settlement and --epoch")
	case published == "":
		return usage("--published is required")
	case vk == "":
		return usage("--vk is required")
	case vault != "" && addresses != "":
		return usage("give --reward-vault or --addresses, not both")
	case vault == "" && addresses == "":
		return usage("--reward-vault (or --addresses) is required")
	}
	cfg.ModelID = model
	parse := func(name, v string) (*uint64, error) {
		if v == "" {
			return nil, nil
		}
		x, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%w: --%s %q is not a non-negative integer", errUsage, name, v)
		}
		return &x, nil
	}
	var err error
	if cfg.BatchID, err = parse("settlement", settlement); err != nil {
		return cfg, err
	}
	if cfg.Epoch, err = parse("epoch", epoch); err != nil {
		return cfg, err
	}
	if addresses != "" {
		raw, err := os.ReadFile(addresses)
		if err != nil {
			return cfg, trouble(fmt.Errorf("--addresses: %w", err))
		}
		var d struct {
			RewardVault string `json:"rewardVault"`
		}
		if err := json.Unmarshal(raw, &d); err != nil {
			return cfg, trouble(fmt.Errorf("--addresses %s: %w", addresses, err))
		}
		vault = d.RewardVault
	}
	if !common.IsHexAddress(vault) || common.HexToAddress(vault) == (common.Address{}) {
		return usage("reward vault %q is not a non-zero hex address", vault)
	}
	cfg.RewardVault = common.HexToAddress(vault)
	return cfg, nil
}

// loadAuditKey reads the circuit's sizes and verifying key from an `oracle setup` key directory
// (or its verifying.key file); the proving key is not needed.
func loadAuditKey(path string) (proof.Sizes, groth16.VerifyingKey, string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return proof.Sizes{}, nil, "", fmt.Errorf("--vk: %w", err)
	}
	dir := path
	if !st.IsDir() {
		if filepath.Base(path) != proof.VKFile {
			return proof.Sizes{}, nil, "", fmt.Errorf("%w: --vk %s: give the key directory or its %s", errUsage, path, proof.VKFile)
		}
		dir = filepath.Dir(path)
	}
	sizes, key, err := proof.LoadVerifyingKey(dir)
	if err != nil {
		return proof.Sizes{}, nil, "", fmt.Errorf("--vk %s: %w", path, err)
	}
	return sizes, key, filepath.Join(dir, proof.VKFile), nil
}
