// Package daemon wires the oracle together (`oracle run`): configuration, logging, the GPU probe,
// metrics, the database, the chain connection, the transaction manager, the request watcher, the
// training runner, the inference service, the settlement loop and the HTTP API, and runs them until
// the context ends, then shuts the API down gracefully.
package daemon

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/open-attribution/poa/internal/contentstore"
	"github.com/open-attribution/poa/internal/deploy"
	"github.com/open-attribution/poa/internal/gpu"
	"github.com/open-attribution/poa/internal/oracle/api"
	"github.com/open-attribution/poa/internal/oracle/chainio"
	"github.com/open-attribution/poa/internal/oracle/compute"
	"github.com/open-attribution/poa/internal/oracle/config"
	"github.com/open-attribution/poa/internal/oracle/failpoint"
	"github.com/open-attribution/poa/internal/oracle/inference"
	"github.com/open-attribution/poa/internal/oracle/metrics"
	"github.com/open-attribution/poa/internal/oracle/onchain"
	"github.com/open-attribution/poa/internal/oracle/proofsys"
	"github.com/open-attribution/poa/internal/oracle/settlement"
	"github.com/open-attribution/poa/internal/oracle/signing"
	"github.com/open-attribution/poa/internal/oracle/state"
	"github.com/open-attribution/poa/internal/oracle/training"
	"github.com/open-attribution/poa/internal/oracle/txmgr"
	"github.com/open-attribution/poa/internal/payout"
	"github.com/open-attribution/poa/internal/store"
)

// Options are what a caller can supply besides the configuration.
type Options struct {
	// Getenv reads the environment (os.Getenv when nil): the keystore password and failpoints.
	Getenv func(string) string
	// LogOutput receives the logs (stderr when nil).
	LogOutput io.Writer
	// ProofSystem overrides the one loaded from proving_key (tests).
	ProofSystem compute.ProofSystem
	// Listener overrides listening on cfg.Listen (tests).
	Listener net.Listener
	// Ready, when set, receives the API's address once it serves.
	Ready func(addr string)
}

// NewLogger builds the slog logger the configuration asks for.
func NewLogger(cfg *config.Config, w io.Writer) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(cfg.LogLevel))
	opts := &slog.HandlerOptions{Level: level}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// Oracle is a wired oracle.
type Oracle struct {
	Cfg      *config.Config
	Logger   *slog.Logger
	DB       *state.DB
	Client   *chainio.Client
	Suite    *onchain.Suite
	Tx       *txmgr.Manager
	Watcher  *onchain.Watcher
	Training *training.Runner
	Infer    *inference.Service
	Settler  *settlement.Settler
	API      *api.Server
	GPU      *gpu.Monitor
	Metrics  *metrics.Metrics
	Content  *contentstore.Store
	Models   *contentstore.Store
	opts     Options
}

// New builds the oracle; it connects to the database and the chain (retrying the chain with back-off
// until ctx ends).
func New(ctx context.Context, cfg *config.Config, opts Options) (*Oracle, error) {
	if opts.Getenv == nil {
		opts.Getenv = os.Getenv
	}
	if opts.LogOutput == nil {
		opts.LogOutput = os.Stderr
	}
	o := &Oracle{Cfg: cfg, opts: opts}
	o.Logger = NewLogger(cfg, opts.LogOutput)
	fp := failpoint.FromEnv(opts.Getenv)
	if fp != nil {
		o.Logger.Warn("test failpoints are armed ($" + failpoint.EnvVar + ")")
	}
	o.GPU = gpu.Detect(ctx, o.Logger, gpu.Options{Disable: cfg.GPUDisable, LibraryPath: cfg.NVMLLibrary})
	o.Metrics = metrics.New(o.GPU)
	if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
		return nil, fmt.Errorf("data dir: %w", err)
	}
	var err error
	if o.Content, err = contentstore.Open(filepath.Join(cfg.DataDir, "content")); err != nil {
		return nil, err
	}
	if o.Models, err = contentstore.Open(filepath.Join(cfg.DataDir, "models")); err != nil {
		return nil, err
	}
	publishDir := filepath.Join(cfg.DataDir, "published")
	if err := os.MkdirAll(publishDir, 0o755); err != nil {
		return nil, err
	}
	key, err := cfg.LoadKey(opts.Getenv)
	if err != nil {
		return nil, err
	}
	if o.DB, err = state.Open(ctx, cfg.DatabaseDSN()); err != nil {
		return nil, err
	}
	o.Logger.Info("database ready", "dsn", store.Redact(cfg.DatabaseDSN()))
	o.Client = chainio.New(cfg.RPCURL, chainio.Backoff{Min: cfg.BackoffMin, Max: cfg.BackoffMax}, o.Logger, chainio.Hooks{
		OnError:     func(error) { o.Metrics.ChainErrors.Inc(); o.Metrics.ChainConnected.Set(0) },
		OnReconnect: func() { o.Metrics.Reconnects.Inc() },
		OnSuccess:   func() { o.Metrics.ChainConnected.Set(1) },
	})
	if o.Suite, err = onchain.New(ctx, o.Client, cfg.DatanetRegistry, cfg.ModelRegistry, cfg.RewardVault, cfg.ChainID); err != nil {
		o.Close()
		return nil, err
	}
	if ok, err := o.Suite.IsOracle(ctx, key.Address); err != nil {
		o.Close()
		return nil, err
	} else if !ok {
		o.Logger.Warn("this key is not an allowed oracle in the ModelRegistry: registration and settlement will be refused until governance allows it",
			"oracle", key.Address)
	}
	ps := opts.ProofSystem
	if ps == nil {
		if ps, err = LoadProofSystem(cfg.ProvingKey, cfg.ProjectionSeed); err != nil {
			o.Close()
			return nil, err
		}
	}
	backend, err := compute.Select("cpu", ps)
	if err != nil {
		o.Close()
		return nil, err
	}
	o.Tx = txmgr.New(o.DB, o.Client, key.Private, o.Suite.ChainID, txmgr.Config{ReplaceAfter: cfg.ReplaceAfter,
		BumpPercent: cfg.FeeBumpPercent, MaxFeeCap: cfg.MaxFeeWei(), GasMarginPercent: cfg.GasMarginPct,
		Poll: max(cfg.PollInterval/4, 50*time.Millisecond)}, deploy.ABIs(), o.Logger, o.Metrics, fp)
	o.Watcher = &onchain.Watcher{Suite: o.Suite, DB: o.DB, StartBlock: cfg.StartBlock, Confirmations: cfg.Confirmations,
		LogRange: cfg.LogRange, Poll: cfg.PollInterval, Logger: o.Logger, Metrics: o.Metrics}
	cache := &inference.Cache{DB: o.DB, Models: o.Models, Size: cfg.ModelCache}
	o.Infer = &inference.Service{DB: o.DB, Suite: o.Suite, Watcher: o.Watcher, Cache: cache, Backend: backend,
		Signer: signing.New(key.Private, o.Suite.ChainID, cfg.ModelRegistry), Logger: o.Logger, Metrics: o.Metrics}
	o.Training = &training.Runner{DB: o.DB, Suite: o.Suite, Content: o.Content, Models: o.Models, Tx: o.Tx, Spec: ps,
		Workers: cfg.TrainWorkers, Logger: o.Logger, Metrics: o.Metrics, FP: fp}
	maxBatch := ps.MaxBatch()
	if maxBatch <= 0 || maxBatch > 64 {
		maxBatch = 64
	}
	o.Settler = &settlement.Settler{DB: o.DB, Suite: o.Suite, Tx: o.Tx, Backend: backend, Cache: cache, PublishDir: publishDir,
		MaxBatch: maxBatch, TreeDepth: payout.DepthFor(uint64(ps.MaxContributions())), DelayEpochs: cfg.SettleDelayEpochs, Interval: cfg.SettleInterval, Logger: o.Logger, Metrics: o.Metrics, FP: fp}
	o.API = &api.Server{DB: o.DB, Suite: o.Suite, Content: o.Content, Models: o.Models, Training: o.Training, Inference: o.Infer,
		Backend: backend, GPU: o.GPU, Logger: o.Logger, PublishDir: publishDir, Oracle: key.Address.Hex(),
		MaxUploadBytes: cfg.MaxUploadBytes, MaxRequestBytes: cfg.MaxRequestBytes, Circuit: ps.Describe()}
	if cfg.MetricsEnabled {
		o.API.Metrics = o.Metrics
	}
	o.Logger.Info("oracle ready", "oracle", key.Address, "chain", o.Suite.ChainID, "backend", backend.Name(),
		"datanet_registry", cfg.DatanetRegistry, "model_registry", cfg.ModelRegistry, "reward_vault", cfg.RewardVault,
		"token", o.Suite.Addrs.OpenToken, "max_batch", maxBatch)
	return o, nil
}

// Close releases the database, the chain connection and NVML.
func (o *Oracle) Close() {
	if o.DB != nil {
		o.DB.Close()
	}
	if o.Client != nil {
		o.Client.Close()
	}
	if o.GPU != nil {
		o.GPU.Close()
	}
}

// Run serves until ctx ends; then the API drains for up to shutdown_timeout.
func (o *Oracle) Run(ctx context.Context) error {
	ln := o.opts.Listener
	if ln == nil {
		var err error
		if ln, err = net.Listen("tcp", o.Cfg.Listen); err != nil {
			return fmt.Errorf("listen %s: %w", o.Cfg.Listen, err)
		}
	}
	srv := &http.Server{Handler: o.API.Handler(), ReadHeaderTimeout: o.Cfg.ReadHeaderTimeout,
		ErrorLog: slog.NewLogLogger(o.Logger.Handler(), slog.LevelWarn)}
	g, gctx := errgroup.WithContext(ctx)
	loop := func(name string, run func(context.Context) error) {
		g.Go(func() error {
			err := run(gctx)
			if errors.Is(err, context.Canceled) && ctx.Err() != nil {
				return nil
			}
			if err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			return nil
		})
	}
	loop("transactions", o.Tx.Run)
	loop("watcher", o.Watcher.Run)
	loop("training", o.Training.Run)
	loop("settlement", o.Settler.Run)
	g.Go(func() error {
		o.Logger.Info("API listening", "addr", ln.Addr().String())
		if o.opts.Ready != nil {
			o.opts.Ready(ln.Addr().String())
		}
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("http: %w", err)
		}
		return nil
	})
	g.Go(func() error {
		<-gctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), o.Cfg.ShutdownTimeout)
		defer cancel()
		if err := srv.Shutdown(sctx); err != nil {
			o.Logger.Warn("API shutdown", "err", err)
		}
		return nil
	})
	err := g.Wait()
	o.Logger.Info("oracle stopped")
	return err
}

// LoadProofSystem loads the circuit's keys from the proving_key directory.
func LoadProofSystem(dir string, projectionSeed uint64) (compute.ProofSystem, error) {
	if strings.TrimSpace(dir) == "" {
		return nil, errors.New("proving_key is not set: run 'oracle setup' and point proving_key at its key directory")
	}
	ps, err := proofsys.Load(dir, projectionSeed)
	if err != nil {
		return nil, fmt.Errorf("proving_key %s: %w", dir, err)
	}
	return ps, nil
}
