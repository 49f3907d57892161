package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"mime/multipart"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"gopkg.in/yaml.v3"

	"github.com/open-attribution/poa/internal/oracle/api"
	"github.com/open-attribution/poa/internal/oracle/config"
	"github.com/open-attribution/poa/internal/oracle/failpoint"
	"github.com/open-attribution/poa/internal/oracle/oracletest"
	"github.com/open-attribution/poa/internal/publish"
)

// buildOracle compiles this command into a temporary directory.
func buildOracle(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "oracle")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// proc is an oracle process.
type proc struct {
	t     *testing.T
	cmd   *exec.Cmd
	mu    sync.Mutex
	lines []string
	seen  chan string // failpoints reached
	done  chan struct{}
}

func startOracle(t *testing.T, bin, cfgFile string, env map[string]string) *proc {
	t.Helper()
	cmd := exec.Command(bin, "run", "--config", cfgFile)
	cmd.Env = os.Environ()
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &proc{t: t, cmd: cmd, seen: make(chan string, 16), done: make(chan struct{})}
	go func() {
		defer close(p.done)
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			p.mu.Lock()
			p.lines = append(p.lines, line)
			p.mu.Unlock()
			if name, ok := strings.CutPrefix(line, "FAILPOINT "); ok {
				p.seen <- name
			}
		}
	}()
	t.Cleanup(func() {
		p.kill()
		if t.Failed() {
			t.Logf("oracle output (last lines):\n%s", p.log())
		}
	})
	return p
}

// waitFailpoint waits until the process stops at the named point.
func (p *proc) waitFailpoint(name string, timeout time.Duration) {
	p.t.Helper()
	select {
	case got := <-p.seen:
		if got != name {
			p.t.Fatalf("stopped at failpoint %s, want %s", got, name)
		}
	case <-p.done:
		p.t.Fatalf("oracle exited before failpoint %s:\n%s", name, p.log())
	case <-time.After(timeout):
		p.t.Fatalf("failpoint %s not reached in %s:\n%s", name, timeout, p.log())
	}
}

// kill sends SIGKILL and waits for the process to go.
func (p *proc) kill() {
	if p.cmd.ProcessState != nil {
		return
	}
	p.cmd.Process.Signal(syscall.SIGKILL)
	p.cmd.Wait()
	<-p.done
}

func (p *proc) log() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := len(p.lines)
	return strings.Join(p.lines[max(0, n-60):], "\n")
}

type httpc struct {
	t    *testing.T
	base string
}

func (c *httpc) call(method, path string, in, out any) int {
	c.t.Helper()
	var body io.Reader
	if in != nil {
		b, _ := json.Marshal(in)
		body = strings.NewReader(string(b))
	}
	req, _ := http.NewRequest(method, c.base+path, body)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if out != nil && resp.StatusCode < 300 {
		if err := json.Unmarshal(data, out); err != nil {
			c.t.Fatalf("%s %s: %v: %s", method, path, err, data)
		}
	}
	if resp.StatusCode >= 300 {
		c.t.Logf("%s %s: %d %s", method, path, resp.StatusCode, data)
	}
	return resp.StatusCode
}

func eventually(t *testing.T, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func writeConfig(t *testing.T, cfg *config.Config, path string) {
	t.Helper()
	m := map[string]string{
		"rpc_url": cfg.RPCURL, "chain_id": fmt.Sprint(cfg.ChainID), "datanet_registry": cfg.DatanetRegistry.Hex(),
		"model_registry": cfg.ModelRegistry.Hex(), "reward_vault": cfg.RewardVault.Hex(), "start_block": fmt.Sprint(cfg.StartBlock),
		"keystore": cfg.Keystore, "data_dir": cfg.DataDir, "listen": cfg.Listen, "proving_key": cfg.ProvingKey,
		"poll_interval": cfg.PollInterval.String(), "settle_interval": cfg.SettleInterval.String(),
		"backoff_min": cfg.BackoffMin.String(), "backoff_max": cfg.BackoffMax.String(), "replace_after": cfg.ReplaceAfter.String(),
		"log_level": "info",
	}
	b, err := yaml.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

func freeAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// TestKillAndRestart runs the oracle binary and SIGKILLs it at several points of registration and
// settlement — after the registration transaction is recorded but before it is broadcast, while
// proving, after the settlement is broadcast but before the batch row says so, and while the stuck
// (unmined) settlement is being replaced, i.e. after sending and before the receipt — restarting it
// each time. In the end every request is settled exactly once, the model
// is registered once, the oracle sent exactly two transactions' worth of nonces, and each
// contributor claims exactly the proven amount.
func TestKillAndRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and proves a batch")
	}
	kit := newProofKit(t)
	bin := buildOracle(t)
	w := oracletest.New(t, kit.deployVerifier)
	datanet := w.CreateTabularDatanet(t)
	var ids []uint64
	var contents [][]byte
	for i := 0; i < 4; i++ {
		c := oracletest.DigitsCSV(t, 50*i, 30, i == 3)
		id := w.Contribute(t, oracletest.Contributor(i), datanet, c)
		w.Vote(t, id, true)
		ids, contents = append(ids, id), append(contents, c)
	}
	dir := t.TempDir()
	cfg, env := w.OracleConfig(t, dir, freeAddr(t))
	cfg.ProvingKey = kit.provingKey
	cfg.ReplaceAfter = time.Second
	cfgFile := filepath.Join(dir, "oracle.yaml")
	writeConfig(t, cfg, cfgFile)
	c := &httpc{t: t, base: "http://" + cfg.Listen}
	withFP := func(point string) map[string]string {
		e := map[string]string{config.PasswordEnv: env[config.PasswordEnv]}
		if point != "" {
			e[failpoint.EnvVar] = point
		}
		return e
	}
	ctx := context.Background()

	// 1. Upload, create a base, start training; killed once registerModel is recorded, before it is broadcast.
	p := startOracle(t, bin, cfgFile, withFP("tx.recorded:register"))
	eventually(t, "the API", time.Minute, func() bool { return c.call("GET", "/healthz", nil, nil) == 200 })
	for i, id := range ids {
		ct, body := multipartFile(t, contents[i])
		req, _ := http.NewRequest("POST", fmt.Sprintf("%s/v1/contributions/%d/content", c.base, id), body)
		req.Header.Set("Content-Type", ct)
		resp, err := http.DefaultClient.Do(req)
		if err != nil || resp.StatusCode != 201 {
			t.Fatalf("upload %d: %v %v", id, err, resp)
		}
		resp.Body.Close()
	}
	var base api.BaseModel
	if c.call("POST", "/v1/base-models", map[string]any{"pretrainSamples": 200, "epochs": 10}, &base) != 201 {
		t.Fatal("base")
	}
	fee := oracletest.Open(1)
	var job api.Job
	if c.call("POST", "/v1/training-jobs", map[string]any{"datanetId": datanet, "baseModel": base.Hash, "rank": 2, "alpha": 4,
		"learningRate": 0.01, "epochs": 10, "batchSize": 16, "inferenceFee": fee.String()}, &job) != 202 {
		t.Fatal("training job")
	}
	p.waitFailpoint("tx.recorded:register", 2*time.Minute)
	p.kill()
	if n, _ := w.Anvil.Client.NonceAt(ctx, oracletest.Oracle.Address, nil); n != 0 {
		t.Fatalf("registration reached the chain before the kill (nonce %d)", n)
	}

	// 2. Restart: the recorded registration is sent, the model recorded. Three paid inferences are
	// answered; the epoch closes; killed while proving the batch.
	p = startOracle(t, bin, cfgFile, withFP("settle.proving"))
	var modelID uint64
	eventually(t, "registration", 2*time.Minute, func() bool {
		c.call("GET", "/v1/training-jobs/"+job.ID, nil, &job)
		if job.Status == "failed" {
			t.Fatalf("training failed: %s", job.Error)
		}
		modelID = job.ModelID
		return job.Status == "done"
	})
	var requestIDs []uint64
	promised := map[uint64]*big.Int{}
	for i := 0; i < 3; i++ {
		input := oracletest.DigitsInput(t, 900+i)
		id, _ := w.RequestInference(t, modelID, input, fee)
		var a struct {
			Attribution []struct {
				Index uint64
				Share string
			}
		}
		if c.call("POST", "/v1/inference", map[string]any{"requestId": id, "input": string(input)}, &a) != 200 {
			t.Fatal("inference")
		}
		for _, it := range a.Attribution {
			s, _ := new(big.Int).SetString(it.Share, 10)
			if promised[it.Index] == nil {
				promised[it.Index] = new(big.Int)
			}
			promised[it.Index].Add(promised[it.Index], s)
		}
		requestIDs = append(requestIDs, id)
	}
	w.AdvanceEpoch(t)
	p.waitFailpoint("settle.proving", 2*time.Minute)
	p.kill()

	// 3. Mining stops. Restart: proved again and sent; killed right after the broadcast, before the
	// batch row records the transaction.
	if err := w.Anvil.RPC.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		t.Fatal(err)
	}
	p = startOracle(t, bin, cfgFile, withFP("tx.broadcast:settle"))
	p.waitFailpoint("tx.broadcast:settle", 10*time.Minute)
	p.kill()
	if n, _ := w.Anvil.Client.NonceAt(ctx, oracletest.Oracle.Address, nil); n != 1 {
		t.Fatalf("nonce %d after the kill; want 1 (registered, settlement pending)", n)
	}
	if n, _ := w.Anvil.Client.PendingNonceAt(ctx, oracletest.Oracle.Address); n != 2 {
		t.Fatalf("pending nonce %d; want the settlement in the pool", n)
	}

	// 4. Restart: the batch finds its recorded intent (no second settle, no re-proving) and waits for
	// the receipt; the transaction is stuck, so after replace_after it is replaced with the same
	// nonce and higher fees; killed while replacing.
	p = startOracle(t, bin, cfgFile, withFP("tx.replacing:settle"))
	p.waitFailpoint("tx.replacing:settle", 2*time.Minute)
	p.kill()

	// 5. Restart without failpoints, then mining resumes: whichever attempt is mined confirms the
	// batch, and the document is published.
	p = startOracle(t, bin, cfgFile, withFP(""))
	eventually(t, "the API", time.Minute, func() bool { return c.call("GET", "/healthz", nil, nil) == 200 })
	time.Sleep(2 * time.Second) // let it replace once more
	if err := w.Anvil.RPC.CallContext(ctx, nil, "evm_setAutomine", true); err != nil {
		t.Fatal(err)
	}
	if err := w.Anvil.RPC.CallContext(ctx, nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
	var doc *publish.Batch
	eventually(t, "publication", 2*time.Minute, func() bool {
		resp, err := http.Get(fmt.Sprintf("%s/v1/settlements/%d/0", c.base, modelID))
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 200 {
			return false
		}
		doc, err = publish.Parse(b)
		return err == nil
	})

	// Exactly once: one model, one batch holding the three requests, two oracle transactions.
	n, err := w.Anvil.Client.NonceAt(ctx, oracletest.Oracle.Address, nil)
	if err != nil || n != 2 {
		t.Fatalf("the oracle sent %d transactions (%v), want 2 (register, settle)", n, err)
	}
	count, _ := bind.Call(w.ModelC, nil, w.Models.PackModelCount(), w.Models.UnpackModelCount)
	batches, _ := bind.Call(w.VaultC, nil, w.Vault.PackBatchCount(new(big.Int).SetUint64(modelID)), w.Vault.UnpackBatchCount)
	if count.Uint64() != 1 || batches.Uint64() != 1 {
		t.Fatalf("%s models, %s batches; want 1 and 1", count, batches)
	}
	settledLogs, err := w.Anvil.Client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{w.Addrs.RewardVault},
		Topics: [][]common.Hash{{w.Vault.GetABI().Events["Settled"].ID}}})
	if err != nil || len(settledLogs) != 1 {
		t.Fatalf("%d Settled events (%v), want 1", len(settledLogs), err)
	}
	for _, id := range requestIDs {
		r, _ := bind.Call(w.VaultC, nil, w.Vault.PackRequest(new(big.Int).SetUint64(id)), w.Vault.UnpackRequest)
		if r.Status != 2 {
			t.Fatalf("request %d has vault status %d, want settled", id, r.Status)
		}
	}
	if len(doc.Requests) != 3 {
		t.Fatalf("document attributes %d requests", len(doc.Requests))
	}
	for _, l := range doc.Leaves {
		want := promised[l.Index]
		if want == nil {
			want = new(big.Int)
		}
		if l.Cumulative.Cmp(want) != 0 {
			t.Fatalf("leaf %d: proven %s, promised %s", l.Index, l.Cumulative, promised[l.Index])
		}
		if l.Cumulative.Sign() == 0 {
			continue
		}
		if got := w.Claim(t, oracletest.Contributor(int(l.Index)), doc, kit.treeSize, l.Index); got.Cmp(l.Cumulative.Int) != 0 {
			t.Fatalf("contributor %d claimed %s, proven %s", l.Index, got, l.Cumulative)
		}
	}
	p.kill()
}

func multipartFile(t *testing.T, content []byte) (string, io.Reader) {
	t.Helper()
	var b strings.Builder
	mw := multipart.NewWriter(&b)
	fw, err := mw.CreateFormFile("file", "contribution.csv")
	if err != nil {
		t.Fatal(err)
	}
	fw.Write(content)
	mw.Close()
	return mw.FormDataContentType(), strings.NewReader(b.String())
}
