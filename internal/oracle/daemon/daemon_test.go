package daemon_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"mime/multipart"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/bindings/testonly/testscoreverifier"
	"github.com/open-attribution/poa/internal/chain"
	"github.com/open-attribution/poa/internal/oracle/api"
	"github.com/open-attribution/poa/internal/oracle/compute"
	"github.com/open-attribution/poa/internal/oracle/daemon"
	"github.com/open-attribution/poa/internal/oracle/inference"
	"github.com/open-attribution/poa/internal/oracle/oracletest"
	"github.com/open-attribution/poa/internal/oracle/signing"
	"github.com/open-attribution/poa/internal/publish"
)

func deployTestVerifier(ctx context.Context, s *chain.Sender) (common.Address, error) {
	a, _, err := s.Deploy(ctx, common.FromHex(testscoreverifier.TestScoreVerifierMetaData.Bin), nil)
	return a, err
}

type client struct {
	t    testing.TB
	base string
}

type response struct {
	status int
	body   []byte
}

func (r response) apiError() api.Error {
	var e struct {
		Error api.Error `json:"error"`
	}
	json.Unmarshal(r.body, &e)
	return e.Error
}

func (c *client) do(method, path, contentType string, body []byte) response {
	c.t.Helper()
	status, b := oracletest.Request(c.t, method, c.base+path, contentType, body)
	return response{status: status, body: b}
}

func (c *client) json(method, path string, in, out any, want int) response {
	c.t.Helper()
	var body []byte
	if in != nil {
		var err error
		if s, ok := in.(string); ok {
			body = []byte(s)
		} else if body, err = json.Marshal(in); err != nil {
			c.t.Fatal(err)
		}
	}
	r := c.do(method, path, "application/json", body)
	if want != 0 && r.status != want {
		c.t.Fatalf("%s %s: status %d, want %d: %s", method, path, r.status, want, r.body)
	}
	if out != nil && r.status < 300 {
		if err := json.Unmarshal(r.body, out); err != nil {
			c.t.Fatalf("%s %s: %v: %s", method, path, err, r.body)
		}
	}
	return r
}

func multipartBody(t testing.TB, field string, content []byte) (string, []byte) {
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	fw, err := mw.CreateFormFile(field, "contribution.csv")
	if err != nil {
		t.Fatal(err)
	}
	fw.Write(content)
	mw.Close()
	return mw.FormDataContentType(), b.Bytes()
}

func (c *client) upload(id uint64, content []byte) response {
	c.t.Helper()
	ct, body := multipartBody(c.t, "file", content)
	return c.do(http.MethodPost, fmt.Sprintf("/v1/contributions/%d/content", id), ct, body)
}

// running is an oracle started in this process.
type running struct {
	o      *daemon.Oracle
	cancel context.CancelFunc
	done   chan error
	c      *client
}

func start(t testing.TB, w *oracletest.World, dir string, ps compute.ProofSystem) *running {
	t.Helper()
	cfg, env := w.OracleConfig(t, dir, "127.0.0.1:0")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	logs := oracletest.LogWriter(t)
	if _, bench := t.(*testing.B); bench {
		logs, cfg.LogLevel = io.Discard, "warn"
	}
	o, err := daemon.New(ctx, cfg, daemon.Options{Getenv: func(k string) string { return env[k] }, LogOutput: logs,
		ProofSystem: ps, Listener: ln})
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	r := &running{o: o, cancel: cancel, done: make(chan error, 1), c: &client{t: t, base: "http://" + ln.Addr().String()}}
	go func() { r.done <- o.Run(ctx) }()
	t.Cleanup(r.stop)
	return r
}

func (r *running) stop() {
	if r.cancel == nil {
		return
	}
	r.cancel()
	<-r.done
	r.o.Close()
	r.cancel = nil
}

func waitFor(t testing.TB, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// world is a datanet with five accepted contributions of digits (one of them mislabelled) and one
// rejected.
type world struct {
	*oracletest.World
	datanet  uint64
	ids      []uint64 // accepted, in accepted-index order
	contents [][]byte
	rejected uint64
}

func newWorld(t *testing.T, deployVerifier func(context.Context, *chain.Sender) (common.Address, error)) *world {
	w := &world{World: oracletest.New(t, deployVerifier)}
	w.datanet = w.CreateTabularDatanet(t)
	for i := 0; i < 5; i++ {
		content := oracletest.DigitsCSV(t, 40*i, 40, i == 4)
		id := w.Contribute(t, oracletest.Contributor(i), w.datanet, content)
		w.Vote(t, id, true)
		w.ids, w.contents = append(w.ids, id), append(w.contents, content)
	}
	w.rejected = w.Contribute(t, oracletest.Contributor(9), w.datanet, oracletest.DigitsCSV(t, 300, 10, true))
	w.Vote(t, w.rejected, false)
	return w
}

func trainModel(t testing.TB, c *client, datanet uint64, fee *big.Int) uint64 {
	t.Helper()
	var base api.BaseModel
	c.json(http.MethodPost, "/v1/base-models", map[string]any{"name": "test base", "pretrainSamples": 200, "epochs": 10}, &base, http.StatusCreated)
	var job api.Job
	c.json(http.MethodPost, "/v1/training-jobs", map[string]any{"datanetId": datanet, "baseModel": base.Hash, "rank": 2, "alpha": 4,
		"learningRate": 0.01, "epochs": 15, "batchSize": 16, "inferenceFee": fee.String()}, &job, http.StatusAccepted)
	waitFor(t, "training", 2*time.Minute, func() bool {
		c.json(http.MethodGet, "/v1/training-jobs/"+job.ID, nil, &job, http.StatusOK)
		if job.Status == "failed" {
			t.Fatalf("training failed: %s", job.Error)
		}
		return job.Status == "done"
	})
	if job.Result.HeldOutAccuracy == nil || *job.Result.HeldOutAccuracy < 0.5 {
		t.Fatalf("held-out accuracy %v", job.Result.HeldOutAccuracy)
	}
	return job.ModelID
}

func TestEndToEndWithTestVerifier(t *testing.T) {
	w := newWorld(t, deployTestVerifier)
	// The test proof system takes two requests per batch: three requests make two batches.
	runLoop(t, w, &keccakProofSystem{w: w.World, maxBatch: 2}, 2, uint64(len(w.ids)))
}

// runLoop drives the whole loop against a running oracle: uploads → base → training →
// registration → three paid inferences with verified signatures → the epoch closes → batches settled
// and published → the published tree matches the chain → each contributor claims exactly the proven
// amount, which is exactly what the answers promised. treeSize is what fixes the payout tree's depth
// (payout.DepthFor).
func runLoop(t *testing.T, w *world, ps compute.ProofSystem, wantBatches int, treeSize uint64) {
	r := start(t, w.World, t.TempDir(), ps)
	c := r.c
	for i, id := range w.ids {
		if resp := c.upload(id, w.contents[i]); resp.status != http.StatusCreated {
			t.Fatalf("upload %d: %d %s", id, resp.status, resp.body)
		}
	}
	// Served back byte for byte; uploading again is harmless.
	if resp := c.do(http.MethodGet, fmt.Sprintf("/v1/contributions/%d/content", w.ids[0]), "", nil); resp.status != 200 || !bytes.Equal(resp.body, w.contents[0]) {
		t.Fatalf("download: %d", resp.status)
	}
	if resp := c.upload(w.ids[0], w.contents[0]); resp.status != http.StatusOK {
		t.Fatalf("re-upload: %d %s", resp.status, resp.body)
	}
	fee := oracletest.Open(1)
	modelID := trainModel(t, c, w.datanet, fee)

	// Three paid inferences, answered with a signed attribution.
	var answers []inference.Answer
	for i := 0; i < 3; i++ {
		input := oracletest.DigitsInput(t, 1000+i)
		id, _ := w.RequestInference(t, modelID, input, fee)
		var a inference.Answer
		c.json(http.MethodPost, "/v1/inference", map[string]any{"requestId": id, "input": string(input)}, &a, http.StatusOK)
		msg, err := a.Message()
		if err != nil {
			t.Fatal(err)
		}
		signer, err := signing.Recover(w.ChainID, w.Addrs.ModelRegistry, msg, a.Signature)
		if err != nil || signer != oracletest.Oracle.Address || msg.AttributionHash != a.AttributionHash {
			t.Fatalf("answer signed by %s (%v), want the oracle", signer, err)
		}
		sum := new(big.Int)
		for _, it := range a.Attribution {
			s, _ := new(big.Int).SetString(it.Share, 10)
			sum.Add(sum, s)
		}
		dust, _ := new(big.Int).SetString(a.Dust, 10)
		if cs, _ := new(big.Int).SetString(a.ContributorShare, 10); new(big.Int).Add(sum, dust).Cmp(cs) != 0 || len(a.Attribution) == 0 {
			t.Fatalf("shares %s + dust %s != contributor share %s (%d attributed)", sum, dust, cs, len(a.Attribution))
		}
		// Asking again returns the same signed answer.
		var again inference.Answer
		c.json(http.MethodPost, "/v1/inference", map[string]any{"requestId": fmt.Sprint(id), "input": string(input)}, &again, http.StatusOK)
		if !bytes.Equal(again.Signature, a.Signature) {
			t.Fatal("second answer differs")
		}
		answers = append(answers, a)
	}

	// The epoch closes; the oracle proves and settles.
	w.AdvanceEpoch(t)
	waitFor(t, "settlement", 10*time.Minute, func() bool {
		var list struct{ Settlements []api.Settlement }
		c.json(http.MethodGet, fmt.Sprintf("/v1/settlements?modelId=%d", modelID), nil, &list, http.StatusOK)
		published := 0
		for _, s := range list.Settlements {
			if s.Status == "failed" {
				t.Fatalf("batch failed: %s", s.Error)
			}
			if s.Status == "published" {
				published++
			}
		}
		return published == wantBatches
	})
	var last *publish.Batch
	for b := 0; b < wantBatches; b++ {
		resp := c.do(http.MethodGet, fmt.Sprintf("/v1/published/models/%d/batches/%d.json", modelID, b), "", nil)
		doc, err := publish.Parse(resp.body)
		if err != nil {
			t.Fatalf("batch %d: %v (%s)", b, err, resp.body)
		}
		last = doc
	}
	root, err := bind.Call(w.VaultC, nil, w.Vault.PackPayoutRoot(new(big.Int).SetUint64(modelID)), w.Vault.UnpackPayoutRoot)
	if err != nil {
		t.Fatal(err)
	}
	if rebuilt, err := last.RebuildRoot(); err != nil || rebuilt != root {
		t.Fatalf("published tree root %s, chain %x (%v)", rebuilt, root, err)
	}
	// What the answers promised is exactly what the settlement credits, and each contributor
	// claims exactly that.
	promised := map[uint64]*big.Int{}
	for _, a := range answers {
		for _, it := range a.Attribution {
			s, _ := new(big.Int).SetString(it.Share, 10)
			if promised[it.Index] == nil {
				promised[it.Index] = new(big.Int)
			}
			promised[it.Index].Add(promised[it.Index], s)
		}
	}
	if len(last.Leaves) != len(w.ids) {
		t.Fatalf("%d leaves for %d contributions", len(last.Leaves), len(w.ids))
	}
	for _, l := range last.Leaves {
		want := promised[l.Index]
		if want == nil {
			want = new(big.Int)
		}
		if l.Cumulative.Cmp(want) != 0 {
			t.Fatalf("leaf %d: cumulative %s, promised %s", l.Index, l.Cumulative, want)
		}
		if l.Cumulative.Sign() == 0 {
			continue
		}
		got := w.Claim(t, oracletest.Contributor(int(l.Index)), last, treeSize, l.Index)
		if got.Cmp(l.Cumulative.Int) != 0 {
			t.Fatalf("contributor %d claimed %s, proven %s", l.Index, got, l.Cumulative)
		}
	}
}

// TestFailedTrainingJobIsRecorded: a job that cannot run (its datanet does not exist) ends failed with
// its reason, live and, after a restart, from the stored copy.
func TestFailedTrainingJobIsRecorded(t *testing.T) {
	w := newWorld(t, deployTestVerifier)
	dir := t.TempDir()
	r := start(t, w.World, dir, &keccakProofSystem{w: w.World, maxBatch: 2})
	var base api.BaseModel
	r.c.json(http.MethodPost, "/v1/base-models", map[string]any{"name": "test base", "pretrainSamples": 50, "epochs": 2}, &base, http.StatusCreated)
	var job api.Job
	r.c.json(http.MethodPost, "/v1/training-jobs", map[string]any{"datanetId": 999, "baseModel": base.Hash, "rank": 2, "alpha": 4,
		"learningRate": 0.01, "epochs": 2, "batchSize": 16, "inferenceFee": "1"}, &job, http.StatusAccepted)
	waitFor(t, "the job to fail", time.Minute, func() bool {
		r.c.json(http.MethodGet, "/v1/training-jobs/"+job.ID, nil, &job, http.StatusOK)
		return job.Status == "failed"
	})
	check := func(when string) {
		if job.Progress.Stage != "failed" || !strings.Contains(job.Error, "UnknownDatanet") {
			t.Fatalf("%s: stage %q, error %q", when, job.Progress.Stage, job.Error)
		}
	}
	check("live")
	r.stop()
	r = start(t, w.World, dir, &keccakProofSystem{w: w.World, maxBatch: 2})
	r.c.json(http.MethodGet, "/v1/training-jobs/"+job.ID, nil, &job, http.StatusOK)
	check("stored")
}
