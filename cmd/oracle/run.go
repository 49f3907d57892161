package main

import (
	"context"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/open-attribution/poa/internal/oracle/config"
	"github.com/open-attribution/poa/internal/oracle/daemon"
)

func init() {
	register(command{name: "run", summary: "the oracle daemon: uploads, training, paid inference with attribution, settlement", run: runDaemon})
}

// runDaemon is `oracle run`: configuration from --config / $POA_ORACLE_CONFIG, $POA_ORACLE_* and
// flags (see docs/oracle.md); the key from the keystore file, its password from
// $POA_ORACLE_KEYSTORE_PASSWORD or keystore_password_file.
func runDaemon(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("oracle run", stderr)
	loader := config.Bind(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg, err := loader.Load(os.Getenv)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGTERM, os.Interrupt)
	defer stop()
	o, err := daemon.New(ctx, cfg, daemon.Options{LogOutput: stderr})
	if err != nil {
		return err
	}
	defer o.Close()
	return o.Run(ctx)
}
