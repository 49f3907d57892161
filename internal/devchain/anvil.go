// Package devchain runs local development chains for tests and demos: an anvil process from the
// pinned npm package, or go-ethereum's in-process simulated backend.
package devchain

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// anvilPackagePath is where `npm ci` puts the pinned anvil binary, relative to the repository root.
const anvilPackagePath = "node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"

// Anvil is a running anvil process bound to 127.0.0.1.
type Anvil struct {
	URL    string
	Client *ethclient.Client
	RPC    *rpc.Client
	cmd    *exec.Cmd
	done   chan error
}

// FindAnvil locates the anvil binary: $ANVIL, then the pinned npm package in this or a parent
// directory, then PATH.
func FindAnvil() (string, error) {
	if p := os.Getenv("ANVIL"); p != "" {
		return p, nil
	}
	dir, err := os.Getwd()
	if err == nil {
		for {
			candidate := filepath.Join(dir, anvilPackagePath)
			if _, err := os.Stat(candidate); err == nil {
				return candidate, nil
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				break
			}
			dir = parent
		}
	}
	if p, err := exec.LookPath("anvil"); err == nil {
		return p, nil
	}
	return "", errors.New("anvil not found: run `npm ci` in the repository root (or set $ANVIL)")
}

// StartAnvil starts anvil on a free loopback port with the given chain id and waits until it
// answers. Close stops it.
func StartAnvil(ctx context.Context, chainID uint64, extraArgs ...string) (*Anvil, error) {
	bin, err := FindAnvil()
	if err != nil {
		return nil, err
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	args := append([]string{"--host", "127.0.0.1", "--port", strconv.Itoa(port),
		"--chain-id", strconv.FormatUint(chainID, 10), "--silent"}, extraArgs...)
	cmd := exec.Command(bin, args...)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting anvil: %w", err)
	}
	a := &Anvil{URL: fmt.Sprintf("http://127.0.0.1:%d", port), cmd: cmd, done: make(chan error, 1)}
	go func() { a.done <- cmd.Wait() }()

	deadline := time.Now().Add(20 * time.Second)
	for {
		if rc, err := rpc.DialContext(ctx, a.URL); err == nil {
			var id hexutil.Uint64
			if err := rc.CallContext(ctx, &id, "eth_chainId"); err == nil {
				a.RPC = rc
				a.Client = ethclient.NewClient(rc)
				return a, nil
			}
			rc.Close()
		}
		select {
		case err := <-a.done:
			return nil, fmt.Errorf("anvil exited before answering: %v", err)
		case <-ctx.Done():
			a.Close()
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			a.Close()
			return nil, fmt.Errorf("anvil did not answer on %s within 20s", a.URL)
		}
	}
}

// SetBalance gives an account ether (anvil_setBalance).
func (a *Anvil) SetBalance(ctx context.Context, account common.Address, wei *hexutil.Big) error {
	return a.RPC.CallContext(ctx, nil, "anvil_setBalance", account, wei)
}

// IncreaseTime moves the chain's clock forward and mines a block so the new time takes effect.
func (a *Anvil) IncreaseTime(ctx context.Context, seconds uint64) error {
	if err := a.RPC.CallContext(ctx, nil, "evm_increaseTime", seconds); err != nil {
		return fmt.Errorf("evm_increaseTime: %w", err)
	}
	if err := a.RPC.CallContext(ctx, nil, "evm_mine"); err != nil {
		return fmt.Errorf("evm_mine: %w", err)
	}
	return nil
}

// Close stops anvil and waits for it to exit.
func (a *Anvil) Close() error {
	if a.RPC != nil {
		a.RPC.Close()
	}
	if a.cmd.Process == nil {
		return nil
	}
	_ = a.cmd.Process.Kill()
	select {
	case <-a.done:
	case <-time.After(5 * time.Second):
		return errors.New("anvil did not exit within 5s of being killed")
	}
	return nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("finding a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
