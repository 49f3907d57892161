// Package demo is `make demo`: it starts a local chain (anvil), sets up the settlement proofs (real
// Groth16 keys and verifier at small demo sizes), deploys the suite, starts the oracle daemon and the
// indexer (which serves the web app), and runs a scripted scenario through their real APIs: a digits
// datanet with careful contributors and a spammer who uploads many mislabeled files, automated
// validators, LoRA training through the ModelFactory API, paid inferences, and the settlement of the
// epoch with a real proof. It prints the URLs and a per-contributor summary, then keeps everything
// running until Ctrl-C (or exits at once with Config.Exit) and stops every process it started.
//
// Local chains only: it uses anvil's public development keys.
package demo

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/deploy"
	"github.com/open-attribution/poa/internal/oracle/config"
)

// Config says where things are and how the run behaves.
type Config struct {
	Root     string // repository root (contracts/, web/dist)
	StateDir string // per-run state: logs, databases, deployment (default Root/.build/demo)
	BinDir   string // the oracle and indexer binaries (default Root/.build/bin)
	WebDir   string // the built web app (default Root/web/dist)
	// ProofDir caches `oracle setup`'s output between runs (default Root/.build/demo-proof).
	ProofDir string
	// SetupArgs are extra `oracle setup` flags (circuit sizes).
	SetupArgs []string

	RPCPort, OraclePort, IndexerPort int
	// EpochLength is the reward epoch in seconds (at least the vault's minimum, an hour); the scripted
	// run closes its epoch by time travel (so does the web app's button on the local chain), later
	// epochs also close with the wall clock (anvil mines a block every BlockTime seconds).
	EpochLength uint64
	BlockTime   int
	// Exit stops everything after the scripted run instead of serving until interrupted.
	Exit bool
	// SettleTimeout bounds the wait for the proof and settlement.
	SettleTimeout time.Duration

	Stdout io.Writer
}

func (c *Config) defaults() {
	if abs, err := filepath.Abs(c.Root); err == nil {
		c.Root = abs
	}
	if c.StateDir == "" {
		c.StateDir = filepath.Join(c.Root, ".build", "demo")
	}
	if c.BinDir == "" {
		c.BinDir = filepath.Join(c.Root, ".build", "bin")
	}
	if c.WebDir == "" {
		c.WebDir = filepath.Join(c.Root, "web", "dist")
	}
	if c.ProofDir == "" {
		c.ProofDir = filepath.Join(c.Root, ".build", "demo-proof")
	}
	if c.RPCPort == 0 {
		c.RPCPort = 8545
	}
	if c.OraclePort == 0 {
		c.OraclePort = 8645
	}
	if c.IndexerPort == 0 {
		c.IndexerPort = 8080
	}
	if c.EpochLength == 0 {
		c.EpochLength = 3600 // the vault's minimum
	}
	if c.BlockTime == 0 {
		c.BlockTime = 2
	}
	if c.SettleTimeout == 0 {
		c.SettleTimeout = 6 * time.Minute
	}
	if c.Stdout == nil {
		c.Stdout = os.Stdout
	}
}

// URLs are the running services.
type URLs struct {
	Web     string `json:"web"`
	GraphQL string `json:"graphql"`
	Oracle  string `json:"oracle"`
	RPC     string `json:"rpc"`
}

// Ready is written to StateDir/ready.json once the scripted run is done (browser tests read it).
type Ready struct {
	URLs      URLs             `json:"urls"`
	ChainID   uint64           `json:"chainId"`
	Contracts deploy.Addresses `json:"contracts"`
	DatanetID uint64           `json:"datanetId"`
	ModelID   uint64           `json:"modelId"`
	// MaxContributions is the most contributions a model may have for the demo's circuit (0: no limit).
	MaxContributions int            `json:"maxContributions"`
	Accounts         []ReadyAccount `json:"accounts"`
	Summary          []Row          `json:"summary"`
	Seconds          float64        `json:"seconds"`
	ProofSetup       string         `json:"proofSetup"`
}

// ReadyAccount is one of the cast.
type ReadyAccount struct {
	Index   int    `json:"index"`
	Name    string `json:"name"`
	Role    string `json:"role"`
	Address string `json:"address"`
}

// Run runs the demo.
func Run(ctx context.Context, cfg Config) (err error) {
	cfg.defaults()
	start := time.Now()
	out := cfg.Stdout
	logf := func(format string, a ...any) { fmt.Fprintf(out, format+"\n", a...) }
	step := func(format string, a ...any) {
		fmt.Fprintf(out, "[%5.1fs] ==> %s\n", time.Since(start).Seconds(), fmt.Sprintf(format, a...))
	}

	for _, p := range []int{cfg.RPCPort, cfg.OraclePort, cfg.IndexerPort} {
		if !portFree(p) {
			return fmt.Errorf("port %d is already in use (set DEMO_RPC_PORT, DEMO_ORACLE_PORT or DEMO_INDEXER_PORT)", p)
		}
	}
	for _, bin := range []string{"oracle", "indexer"} {
		if _, err := os.Stat(filepath.Join(cfg.BinDir, bin)); err != nil {
			return fmt.Errorf("%s: build the binaries first (make demo does): %w", bin, err)
		}
	}
	if _, err := os.Stat(filepath.Join(cfg.WebDir, "index.html")); err != nil {
		return fmt.Errorf("the web app is not built (make web): %w", err)
	}
	// Fresh state: the chain is new every run.
	for _, p := range []string{"oracle", "indexer.db", "indexer.db-wal", "indexer.db-shm", "logs", "deployment.json", "ready.json", "keystore.json", "web"} {
		if err := os.RemoveAll(filepath.Join(cfg.StateDir, p)); err != nil {
			return err
		}
	}
	if err := os.MkdirAll(cfg.StateDir, 0o755); err != nil {
		return err
	}
	sup := &Supervisor{LogDir: filepath.Join(cfg.StateDir, "logs")}
	defer func() {
		fmt.Fprintln(out, "stopping the indexer, the oracle and anvil…")
		sup.StopAll(10 * time.Second)
	}()
	defer func() {
		if err != nil {
			fmt.Fprintf(out, "\nThe demo failed; logs are in %s\n", sup.LogDir)
		}
	}()

	urls := URLs{RPC: fmt.Sprintf("http://127.0.0.1:%d", cfg.RPCPort), Oracle: fmt.Sprintf("http://127.0.0.1:%d", cfg.OraclePort),
		Web: fmt.Sprintf("http://127.0.0.1:%d/", cfg.IndexerPort), GraphQL: fmt.Sprintf("http://127.0.0.1:%d/graphql", cfg.IndexerPort)}
	cast := NewCast()

	// 1. The chain: automine plus a block every BlockTime seconds, so epochs close with the clock.
	step("starting anvil on %s", urls.RPC)
	anvilBin, err := exec.LookPath("anvil")
	if err != nil {
		return fmt.Errorf("anvil not found on PATH (make demo puts the pinned Foundry binaries there): %w", err)
	}
	anvil, err := sup.Start("anvil", anvilBin, []string{"--host", "127.0.0.1", "--port", fmt.Sprint(cfg.RPCPort), "--chain-id", "31337",
		"--block-time", fmt.Sprint(cfg.BlockTime), "--mixed-mining"}, nil)
	if err != nil {
		return err
	}
	var ch *Chain
	if err := waitFor(ctx, "anvil", 30*time.Second, 100*time.Millisecond, func() (bool, error) {
		select {
		case <-anvil.Exited():
			return false, fmt.Errorf("anvil exited: %v\n%s", anvil.Err(), tail(anvil.Log, 2000))
		default:
		}
		c, err := Dial(ctx, urls.RPC, deploy.Addresses{})
		if err != nil {
			return false, nil
		}
		c.Close()
		return true, nil
	}); err != nil {
		return err
	}

	// 2. Proofs: Groth16 keys for the demo's circuit sizes (cached) and the on-chain verifier.
	step("setting up the settlement proofs (oracle setup)")
	proof, err := setupProofs(ctx, cfg, urls.RPC, cast.Deployer, logf)
	if err != nil {
		return err
	}

	// 3. The suite.
	step("deploying the contract suite (forge script Deploy.s.sol, verifier %s, epoch %ds)", proof.Verifier.Hex(), cfg.EpochLength)
	addrs, err := deploySuite(ctx, cfg, urls.RPC, cast, proof.Verifier)
	if err != nil {
		return err
	}
	if ch, err = Dial(ctx, urls.RPC, addrs); err != nil {
		return err
	}
	defer ch.Close()

	// 4. The oracle.
	step("starting the oracle on %s", urls.Oracle)
	oracleCfg, err := writeOracleConfig(cfg, urls, addrs, cast.Oracle, proof.ProvingKey)
	if err != nil {
		return err
	}
	oracleProc, err := sup.Start("oracle", filepath.Join(cfg.BinDir, "oracle"), []string{"run", "--config", oracleCfg}, []string{config.PasswordEnv + "=demo"})
	if err != nil {
		return err
	}
	if err := waitHealthy(ctx, oracleProc, urls.Oracle+"/healthz", 2*time.Minute); err != nil {
		return err
	}

	// 5. The indexer, serving the web app.
	step("starting the indexer on %s (GraphQL and the web app)", urls.Web)
	webDir := filepath.Join(cfg.StateDir, "web")
	if err := os.CopyFS(webDir, os.DirFS(cfg.WebDir)); err != nil {
		return fmt.Errorf("copying the web app: %w", err)
	}
	if err := writeWebConfig(webDir, urls, addrs, cast); err != nil {
		return err
	}
	indexerProc, err := sup.Start("indexer", filepath.Join(cfg.BinDir, "indexer"), []string{
		"--rpc", strings.Replace(urls.RPC, "http://", "ws://", 1),
		"--addresses", filepath.Join(cfg.StateDir, "deployment.json"),
		"--db", filepath.Join(cfg.StateDir, "indexer.db"),
		"--listen", fmt.Sprintf("127.0.0.1:%d", cfg.IndexerPort),
		"--published", urls.Oracle + "/v1/published",
		"--published-retry", "2s",
		"--web", webDir,
	}, nil)
	if err != nil {
		return err
	}
	if err := waitHealthy(ctx, indexerProc, fmt.Sprintf("http://127.0.0.1:%d/healthz", cfg.IndexerPort), time.Minute); err != nil {
		return err
	}

	// 6. The scripted scenario; a dying service ends it.
	runCtx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	go func() {
		select {
		case p := <-sup.Died():
			cancel(fmt.Errorf("%s exited unexpectedly (%v); its log ends:\n%s", p.Name, p.Err(), tail(p.Log, 3000)))
		case <-runCtx.Done():
		}
	}()
	data, err := NewData()
	if err != nil {
		return err
	}
	sc := &Scenario{Chain: ch, Oracle: Oracle{URL: urls.Oracle}, GraphQL: GraphQL{URL: urls.GraphQL}, Cast: cast, Data: data,
		Log: logf, EpochLength: cfg.EpochLength, Bond: OPEN(1), Fee: OPEN(2)}
	if err := runScenario(runCtx, sc, cfg, proof, step, logf); err != nil {
		if c := context.Cause(runCtx); c != nil && !errors.Is(c, context.Canceled) {
			return c
		}
		return err
	}

	// 7. Summary.
	rows, err := sc.Summary(runCtx)
	if err != nil {
		return err
	}
	elapsed := time.Since(start)
	fmt.Fprintf(out, "\nScripted run finished in %.0f s.\n\n", elapsed.Seconds())
	PrintSummary(out, rows)
	fmt.Fprintln(out)
	fmt.Fprintln(out, "influence: the sum of the contributor's published DataInf scores over the settled inferences;")
	fmt.Fprintln(out, "payouts: what the settlements credited them (each inference's share is split among the")
	fmt.Fprintln(out, "contributions that helped it); OPEN earned: payouts minus the bonds of their rejected files.")
	fmt.Fprintln(out)
	spam := rows[2]
	if careful := minEarned(rows[:2]); spam.Earned.Cmp(careful) < 0 {
		fmt.Fprintf(out, "The spammer's %d files (%d accepted) earned %s OPEN, less than each careful contributor's few (at least %s OPEN).\n",
			spam.Files, spam.Accepted, FormatOPEN(spam.Earned), FormatOPEN(careful))
	} else {
		fmt.Fprintf(out, "WARNING: the spammer earned %s OPEN, not less than a careful contributor (%s OPEN).\n", FormatOPEN(spam.Earned), FormatOPEN(careful))
	}
	fmt.Fprintf(out, `
Web app:        %s
GraphQL:        %s (playground: %splayground)
Oracle API:     %s (OpenAPI: %s/openapi.yaml)
Local chain:    %s (chain id 31337)
Datanet %d, model %d. Logs: %s

In the web app, open the Wallet page and pick a development key (anvil #2 alice, #3 bob: claim
their rewards; #9 newcomer: contribute, train, pay for inferences). The Settlements page has a
"close the epoch" button for the local chain.
`, urls.Web, urls.GraphQL, urls.Web, urls.Oracle, urls.Oracle, urls.RPC, sc.DatanetID, sc.ModelID, sup.LogDir)

	ready := Ready{URLs: urls, ChainID: 31337, Contracts: addrs, DatanetID: sc.DatanetID, ModelID: sc.ModelID, Summary: rows,
		Seconds: elapsed.Seconds(), ProofSetup: proof.Describe, MaxContributions: proof.MaxContributions}
	for _, a := range cast.All() {
		ready.Accounts = append(ready.Accounts, ReadyAccount{Index: a.Index, Name: a.Name, Role: a.Role, Address: a.Address.Hex()})
	}
	if err := writeJSON(filepath.Join(cfg.StateDir, "ready.json"), ready); err != nil {
		return err
	}
	if cfg.Exit {
		return nil
	}
	fmt.Fprintln(out, "Press Ctrl-C to stop everything.")
	select {
	case <-ctx.Done():
		fmt.Fprintln(out)
		return nil
	case p := <-sup.Died():
		return fmt.Errorf("%s exited unexpectedly (%v); its log ends:\n%s", p.Name, p.Err(), tail(p.Log, 3000))
	}
}

func minEarned(rows []Row) *big.Int {
	m := rows[0].Earned
	for _, r := range rows[1:] {
		if r.Earned.Cmp(m) < 0 {
			m = r.Earned
		}
	}
	return m
}

func runScenario(ctx context.Context, sc *Scenario, cfg Config, proof *ProofSetup, step func(string, ...any), logf func(string, ...any)) error {
	step("funding the cast with OPEN and creating the digits datanet")
	if err := sc.Fund(ctx); err != nil {
		return err
	}
	if err := sc.CreateDatanet(ctx); err != nil {
		return err
	}
	if err := sc.MakeFiles(DefaultPlan()); err != nil {
		return err
	}
	step("contributing %d files (alice and bob: a few clean files; mallory: many mislabeled ones) and uploading them to the oracle", len(sc.Files))
	if err := sc.Contribute(ctx); err != nil {
		return err
	}
	step("validators downloading every file from the oracle, checking its labels against a reference classifier and voting")
	v := NewValidator(sc.Data.Reference, ValidatorThreshold)
	if err := sc.Validate(ctx, v); err != nil {
		return err
	}
	for _, f := range sc.Files {
		verdict := "rejected"
		if f.Verdict.Accept {
			verdict = "accepted"
		}
		logf("  contribution %2d by %-7s %2d samples, %2d mislabeled: validators agree with %3.0f%% of labels → %s",
			f.ContributionID, f.Owner.Name, len(f.Samples), f.Mislabeled, 100*f.Verdict.Agreement, verdict)
	}
	step("training a LoRA adapter through the ModelFactory API (the oracle registers the model)")
	if err := sc.Train(ctx, proof.MaxContributions); err != nil {
		return err
	}
	acc := "—"
	if a := sc.Job.Result.HeldOutAccuracy; a != nil {
		acc = fmt.Sprintf("%.1f%%", 100**a)
	}
	logf("  model %d registered (held-out accuracy %s)", sc.ModelID, acc)
	n := 8
	if proof.MaxBatch > 0 && proof.MaxBatch < n {
		n = proof.MaxBatch
	}
	step("paying for %d inferences and getting attributed answers", n)
	if err := sc.Infer(ctx, sc.Data.Queries[:n]); err != nil {
		return err
	}
	step("closing the epoch (anvil time travel) and waiting for the oracle to prove and settle it")
	if err := sc.Settle(ctx, cfg.SettleTimeout); err != nil {
		return err
	}
	for _, b := range sc.Settled {
		logf("  batch %d of model %d: %d requests settled with a Groth16 proof in transaction %s; payout document %s",
			b.BatchID, sc.ModelID, len(b.RequestIDs), b.Transaction, strings.ToLower(b.Publication))
	}
	return nil
}

func waitHealthy(ctx context.Context, p *Proc, url string, timeout time.Duration) error {
	return waitFor(ctx, p.Name, timeout, 200*time.Millisecond, func() (bool, error) {
		select {
		case <-p.Exited():
			return false, fmt.Errorf("%s exited: %v; its log ends:\n%s", p.Name, p.Err(), tail(p.Log, 3000))
		default:
		}
		return healthy(ctx, url), nil
	})
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// deploySuite runs the project's deployment script against anvil with the real verifier.
func deploySuite(ctx context.Context, cfg Config, rpcURL string, cast Cast, verifier common.Address) (deploy.Addresses, error) {
	var addrs deploy.Addresses
	forge, err := exec.LookPath("forge")
	if err != nil {
		return addrs, fmt.Errorf("forge not found on PATH: %w", err)
	}
	out := filepath.Join(cfg.StateDir, "deployment.json")
	cmd := exec.CommandContext(ctx, forge, "script", "contracts/script/Deploy.s.sol:Deploy", "--rpc-url", rpcURL,
		"--private-key", cast.Deployer.KeyHex(), "--broadcast", "--silent")
	cmd.Dir = cfg.Root
	cmd.Env = append(os.Environ(), "ORACLE="+cast.Oracle.Address.Hex(), "VERIFIER="+verifier.Hex(),
		fmt.Sprintf("EPOCH_LENGTH=%d", cfg.EpochLength), "DEPLOYMENT_OUT="+out)
	if b, err := cmd.CombinedOutput(); err != nil {
		return addrs, fmt.Errorf("forge script Deploy.s.sol: %w\n%s", err, b)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		return addrs, err
	}
	var d struct {
		deploy.Addresses
		TestVerifier int `json:"testVerifier"`
	}
	if err := json.Unmarshal(b, &d); err != nil {
		return addrs, err
	}
	if d.TestVerifier != 0 {
		return addrs, errors.New("the deployment used the test-only verifier; the demo needs the real one")
	}
	return d.Addresses, nil
}

// writeOracleConfig writes the oracle's keystore (anvil's key #1, light scrypt) and configuration.
func writeOracleConfig(cfg Config, urls URLs, addrs deploy.Addresses, oracle Account, provingKey string) (string, error) {
	ks := filepath.Join(cfg.StateDir, "keystore.json")
	if _, err := config.WriteKeyFile(ks, oracle.Key, "demo", 1<<12, 6); err != nil {
		return "", err
	}
	c := map[string]any{
		"rpc_url":          urls.RPC,
		"chain_id":         31337,
		"datanet_registry": addrs.DatanetRegistry.Hex(),
		"model_registry":   addrs.ModelRegistry.Hex(),
		"reward_vault":     addrs.RewardVault.Hex(),
		"confirmations":    0,
		"poll_interval":    "500ms",
		"keystore":         ks,
		"data_dir":         filepath.Join(cfg.StateDir, "oracle"),
		"listen":           strings.TrimPrefix(urls.Oracle, "http://"),
		"proving_key":      provingKey,
		"settle_interval":  "2s",
		"gpu_disable":      true,
		"log_level":        "info",
	}
	path := filepath.Join(cfg.StateDir, "oracle.json")
	return path, writeJSON(path, c)
}

// writeWebConfig writes the web app's runtime configuration next to its index.html (in the demo's
// copy of the built app, so concurrent demos and rebuilds do not interfere).
func writeWebConfig(dir string, urls URLs, addrs deploy.Addresses, cast Cast) error {
	var dev []map[string]any
	for _, a := range cast.All() {
		dev = append(dev, map[string]any{"index": a.Index, "label": a.Name + " (" + a.Role + ")", "name": a.Name, "address": a.Address.Hex()})
	}
	return writeJSON(filepath.Join(dir, "config.json"), map[string]any{
		"graphql": "/graphql",
		"oracle":  urls.Oracle,
		"rpc":     urls.RPC,
		"chainId": 31337,
		"contracts": map[string]string{
			"openToken": addrs.OpenToken.Hex(), "datanetRegistry": addrs.DatanetRegistry.Hex(),
			"modelRegistry": addrs.ModelRegistry.Hex(), "rewardVault": addrs.RewardVault.Hex(),
		},
		"devAccounts": dev,
	})
}
