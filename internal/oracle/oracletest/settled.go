package oracletest

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
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/open-attribution/poa/internal/oracle/api"
	"github.com/open-attribution/poa/internal/oracle/daemon"
	"github.com/open-attribution/poa/internal/oracle/proofsys"
)

// Settled is a world whose oracle — running in this process with the real Groth16 proof system and
// verified on chain by the generated verifier — has trained a model, answered paid inferences and
// settled and published one batch per epoch. It is what tests of the settlement audit audit.
type Settled struct {
	*World
	Kit     *ProofKit
	ModelID uint64
	// PublishDir is the oracle's publication directory (data_dir/published); API the oracle's
	// base URL (its publication root is API + "/v1/published").
	PublishDir string
	API        string
	// Epochs[b] is the epoch chain batch b settled.
	Epochs []uint64
}

// NewSettled runs the loop: a datanet of four accepted digits contributions (one mislabelled) →
// the oracle → uploads → training and registration → for each entry of requestsPerEpoch, that many
// paid inferences answered in one epoch, the epoch closed and its batch proved, settled and
// published. Each batch must fit the circuit's batch size, so batch k is chain batch k and each
// later batch builds on the previous one's payout tree.
func NewSettled(t *testing.T, requestsPerEpoch ...int) *Settled {
	t.Helper()
	kit := NewProofKit(t)
	s := &Settled{World: New(t, kit.DeployVerifier), Kit: kit}
	datanet := s.CreateTabularDatanet(t)
	var ids []uint64
	var contents [][]byte
	for i := 0; i < 4; i++ {
		content := DigitsCSV(t, 40*i, 40, i == 3)
		id := s.Contribute(t, Contributor(i), datanet, content)
		s.Vote(t, id, true)
		ids, contents = append(ids, id), append(contents, content)
	}

	dir := t.TempDir()
	cfg, env := s.OracleConfig(t, dir, "127.0.0.1:0")
	cfg.LogLevel = "warn"
	s.PublishDir = filepath.Join(cfg.DataDir, "published")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	o, err := daemon.New(ctx, cfg, daemon.Options{Getenv: func(k string) string { return env[k] }, LogOutput: LogWriter(t),
		ProofSystem: proofsys.New(kit.Keys, cfg.ProjectionSeed), Listener: ln})
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- o.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		<-done
		o.Close()
	})
	s.API = "http://" + ln.Addr().String()
	c := &apiClient{t: t, base: s.API}
	for i, id := range ids {
		c.upload(id, contents[i])
	}
	s.ModelID = c.train(datanet, Open(1))
	for b, n := range requestsPerEpoch {
		var epoch uint64
		for i := 0; i < n; i++ {
			input := DigitsInput(t, 1000+10*b+i)
			id, e := s.RequestInference(t, s.ModelID, input, Open(1))
			epoch = e
			c.json(http.MethodPost, "/v1/inference", map[string]any{"requestId": id, "input": string(input)}, nil)
		}
		s.AdvanceEpoch(t)
		c.waitPublished(s.ModelID, b+1)
		s.Epochs = append(s.Epochs, epoch)
	}
	return s
}

// LogWriter sends what is written to it (a daemon's logs) to the test log, a line at a time.
func LogWriter(t testing.TB) io.Writer { return &testLog{t: t} }

type testLog struct {
	mu sync.Mutex
	t  testing.TB
}

func (l *testLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// apiClient drives the oracle's HTTP API, failing the test on any unexpected status.
type apiClient struct {
	t    testing.TB
	base string
}

func (c *apiClient) do(method, path, contentType string, body []byte) (int, []byte) {
	c.t.Helper()
	return Request(c.t, method, c.base+path, contentType, body)
}

// Request sends one HTTP request and returns its status and body, failing the test on a transport error.
func Request(t testing.TB, method, url, contentType string, body []byte) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, b
}

func (c *apiClient) json(method, path string, in, out any) {
	c.t.Helper()
	var body []byte
	if in != nil {
		var err error
		if body, err = json.Marshal(in); err != nil {
			c.t.Fatal(err)
		}
	}
	status, b := c.do(method, path, "application/json", body)
	if status >= 300 {
		c.t.Fatalf("%s %s: status %d: %s", method, path, status, b)
	}
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			c.t.Fatalf("%s %s: %v: %s", method, path, err, b)
		}
	}
}

func (c *apiClient) upload(id uint64, content []byte) {
	c.t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	fw, err := mw.CreateFormFile("file", "contribution.csv")
	if err != nil {
		c.t.Fatal(err)
	}
	fw.Write(content)
	mw.Close()
	if status, body := c.do(http.MethodPost, fmt.Sprintf("/v1/contributions/%d/content", id), mw.FormDataContentType(), b.Bytes()); status != http.StatusCreated {
		c.t.Fatalf("upload %d: %d %s", id, status, body)
	}
}

// train creates a small base and trains a model on the datanet; it returns the registered model id.
func (c *apiClient) train(datanet uint64, fee *big.Int) uint64 {
	c.t.Helper()
	var base api.BaseModel
	c.json(http.MethodPost, "/v1/base-models", map[string]any{"name": "audit base", "pretrainSamples": 200, "epochs": 10}, &base)
	var job api.Job
	c.json(http.MethodPost, "/v1/training-jobs", map[string]any{"datanetId": datanet, "baseModel": base.Hash, "rank": 2, "alpha": 4,
		"learningRate": 0.01, "epochs": 10, "batchSize": 16, "inferenceFee": fee.String()}, &job)
	c.waitFor("training", 2*time.Minute, func() bool {
		c.json(http.MethodGet, "/v1/training-jobs/"+job.ID, nil, &job)
		if job.Status == "failed" {
			c.t.Fatalf("training failed: %s", job.Error)
		}
		return job.Status == "done"
	})
	return job.ModelID
}

// waitPublished waits until the model has n published batches.
func (c *apiClient) waitPublished(modelID uint64, n int) {
	c.t.Helper()
	c.waitFor(fmt.Sprintf("%d published batches", n), 5*time.Minute, func() bool {
		var list struct{ Settlements []api.Settlement }
		c.json(http.MethodGet, fmt.Sprintf("/v1/settlements?modelId=%d", modelID), nil, &list)
		published := 0
		for _, s := range list.Settlements {
			if s.Status == "failed" {
				c.t.Fatalf("batch %s failed: %s", s.ID, s.Error)
			}
			if s.Status == "published" {
				published++
			}
		}
		return published >= n
	})
}

func (c *apiClient) waitFor(what string, timeout time.Duration, cond func() bool) {
	c.t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			c.t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
