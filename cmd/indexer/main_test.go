package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/open-attribution/poa/internal/devchain"
	"github.com/open-attribution/poa/internal/indexer"
	"github.com/open-attribution/poa/internal/indexer/indexertest"
	"github.com/open-attribution/poa/internal/indexer/loadgen"
	"github.com/open-attribution/poa/internal/indexer/scenario"
	"github.com/open-attribution/poa/internal/indexer/schema"
	"github.com/open-attribution/poa/internal/store/pgtest"
)

// TestMain lets the tests run this binary as the indexer (a real process they can SIGKILL).
func TestMain(m *testing.M) {
	if os.Getenv("POA_INDEXER_MAIN") == "1" {
		os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

func indexerProcess(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "POA_INDEXER_MAIN=1")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
		if t.Failed() {
			t.Logf("indexer output:\n%s", out.String())
		}
	})
	return cmd
}

// TestKillAndRestart SIGKILLs the indexer process twice while it backfills and follows a chain,
// restarts it each time, and checks that the database then equals a fresh index: every event
// exactly once, every derived row the same.
func TestKillAndRestart(t *testing.T) {
	ctx := context.Background()
	anvil, err := devchain.StartAnvil(ctx, 31337, "--gas-limit", "1000000000")
	if err != nil {
		if pgtest.InCI() {
			t.Fatalf("anvil is required in CI: %v", err)
		}
		t.Skipf("anvil unavailable (run `npm ci`): %v", err)
	}
	t.Cleanup(func() { anvil.Close() })
	res, err := loadgen.Run(ctx, loadgen.Config{RPC: anvil.URL, Datanets: 3, Contributors: 31, Contributions: 600,
		RejectEvery: 4, BatchTxs: 8})
	if err != nil {
		t.Fatal(err)
	}
	dep := filepath.Join(t.TempDir(), "deployment.json")
	if err := res.WriteDeployment(dep); err != nil {
		t.Fatal(err)
	}
	t.Logf("chain: %d events in blocks %d..%d", res.Logs, res.FirstBlock, res.LastBlock)

	for _, b := range indexertest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			dsn := b.Open(t)
			args := []string{"--rpc", anvil.URL, "--addresses", dep, "--db", dsn, "--listen", "",
				"--range-blocks", "3", "--tip-blocks", "1", "--concurrency", "2", "--confirmations", "12", "--poll", "50ms", "--log-level", "warn"}
			db := indexertest.OpenDB(t, dsn)
			lastBlock := func() int64 {
				st := new(schema.State)
				if err := db.NewSelect().Model(st).Where("id = 1").Scan(ctx); err != nil {
					return -1 // not created yet
				}
				return st.LastBlock
			}
			// Kill once during the backfill and once inside the unfinalized window.
			for _, at := range []int64{int64(res.LastBlock) / 3, int64(res.LastBlock) - 6} {
				cmd := indexerProcess(t, args...)
				deadline := time.Now().Add(60 * time.Second)
				for lastBlock() < at {
					if time.Now().After(deadline) {
						t.Fatalf("the indexer did not reach block %d", at)
					}
					time.Sleep(2 * time.Millisecond)
				}
				if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
					t.Fatal(err)
				}
				cmd.Wait()
				killed := lastBlock()
				t.Logf("killed at block %d (target %d)", killed, at)
				if killed >= int64(res.LastBlock) {
					t.Logf("the indexer reached the head before the kill: this restart resumes from a complete index")
				}
			}
			cmd := indexerProcess(t, append(args, "--exit-when-synced")...)
			if err := cmd.Wait(); err != nil {
				t.Fatalf("restarted indexer: %v", err)
			}
			if got := indexertest.Count(t, db, "events"); got != int(res.Logs) {
				t.Fatalf("%d events stored, the chain has %d", got, res.Logs)
			}
			chain, err := indexer.DialChain(ctx, anvil.URL)
			if err != nil {
				t.Fatal(err)
			}
			defer chain.Close()
			fresh := indexertest.OpenDB(t, b.Open(t))
			ix := indexertest.NewIndexer(t, fresh, chain, scenario.Suite{Addrs: res.Addresses}, indexer.Config{Confirmations: 12})
			if err := ix.Sync(ctx); err != nil {
				t.Fatal(err)
			}
			indexertest.SameDump(t, indexertest.Dump(t, db), indexertest.Dump(t, fresh))
		})
	}
}

func TestFlagErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, "--rpc is required"},
		{[]string{"--rpc", "http://x", "--addresses", "/nonexistent.json"}, "reading --addresses"},
		{[]string{"--rpc", "http://x"}, "all four contract addresses are needed"},
		{[]string{"--rpc", "http://x", "--open-token", "nope"}, "is not an address"},
		{[]string{"--rpc", "ftp://x", "--open-token", "0x0000000000000000000000000000000000000001",
			"--datanet-registry", "0x0000000000000000000000000000000000000002", "--model-registry", "0x0000000000000000000000000000000000000003",
			"--reward-vault", "0x0000000000000000000000000000000000000004", "--db", filepath.Join(t.TempDir(), "x.db")}, "must start with http(s):// or ws(s)://"},
	} {
		var out bytes.Buffer
		code := run(context.Background(), c.args, &out, &out)
		if code == 0 || !strings.Contains(out.String(), c.want) {
			t.Errorf("%v: exit %d, output %q, want %q", c.args, code, out.String(), c.want)
		}
	}
}
