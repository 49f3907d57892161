package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/open-attribution/poa/internal/oracle/config"
	"github.com/open-attribution/poa/internal/oracle/training"
)

func TestKeystoreCommands(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(config.PasswordEnv, "pw")
	file := filepath.Join(dir, "k.json")
	code, out, e := run(t, "keystore", "new", "--out", file, "--light")
	if code != 0 {
		t.Fatalf("new: %d %s", code, e)
	}
	addr := strings.TrimSpace(out)
	if code, out, _ := run(t, "keystore", "address", "--keystore", file); code != 0 || strings.TrimSpace(out) != addr {
		t.Fatalf("address: %d %q, want %s", code, out, addr)
	}
	if k, err := config.DecryptKeyFile(file, "pw"); err != nil || k.Address.Hex() != addr {
		t.Fatalf("decrypt: %v", err)
	}
	if code, _, _ := run(t, "keystore", "new", "--out", file, "--light"); code == 0 {
		t.Fatal("overwrote a keystore")
	}
	if code, _, _ := run(t, "keystore", "new"); code != 2 {
		t.Fatal("missing --out accepted")
	}
}

func TestRunNeedsConfiguration(t *testing.T) {
	code, _, e := run(t, "run", "--listen", "127.0.0.1:0")
	if code != 1 || !strings.Contains(e, "rpc_url is required") || !strings.Contains(e, "keystore is required") {
		t.Fatalf("%d %s", code, e)
	}
	if code, _, _ := run(t, "run", "--poll-interval", "soon"); code != 2 {
		t.Fatalf("bad flag: %d", code)
	}
}

func TestBaseCreateAndList(t *testing.T) {
	dir := t.TempDir()
	code, out, e := run(t, "base", "create", "--data-dir", dir, "--pretrain", "100", "--epochs", "2", "--name", "small")
	if code != 0 {
		t.Fatalf("create: %d %s", code, e)
	}
	hash := strings.TrimSpace(out)
	if len(hash) != 66 {
		t.Fatalf("hash %q", hash)
	}
	// Deterministic: creating it again gives the same hash.
	if _, out2, _ := run(t, "base", "create", "--data-dir", dir, "--pretrain", "100", "--epochs", "2", "--name", "small"); strings.TrimSpace(out2) != hash {
		t.Fatalf("second create %s, first %s", out2, hash)
	}
	code, out, _ = run(t, "base", "list", "--data-dir", dir, "--json")
	var list struct {
		BaseModels []struct{ Hash, Name string }
	}
	if code != 0 || json.Unmarshal([]byte(out), &list) != nil || len(list.BaseModels) != 1 || list.BaseModels[0].Hash != hash {
		t.Fatalf("list: %d %s", code, out)
	}
	if code, _, _ := run(t, "base", "create", "--data-dir", dir, "--sizes", "10,2"); code != 2 {
		t.Fatal("bad sizes accepted")
	}
}

// A fake oracle API: the job goes queued → training → done.
func TestTrainShowsProgress(t *testing.T) {
	var polls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		switch {
		case r.Method == "POST" && r.URL.Path == "/v1/training-jobs":
			var p training.Params
			if err := json.NewDecoder(r.Body).Decode(&p); err != nil || p.DatanetID != 3 || p.Rank != 2 || !p.QLoRA {
				w.WriteHeader(422)
				w.Write([]byte(`{"error":{"code":"invalid_parameters","message":"bad"}}`))
				return
			}
			w.WriteHeader(202)
			w.Write([]byte(`{"id":"j1","status":"queued"}`))
		case r.URL.Path == "/v1/training-jobs/j1":
			n := polls.Add(1)
			switch {
			case n < 3:
				w.Write([]byte(`{"id":"j1","status":"running","progress":{"stage":"training","epoch":` + string(rune('0'+n)) +
					`,"epochs":4,"step":10,"steps":40,"loss":0.5,"etaSeconds":3}}`))
			default:
				w.Write([]byte(`{"id":"j1","status":"done","modelId":7,"progress":{"stage":"done","epoch":4,"epochs":4,"step":40,"steps":40},
					"result":{"modelId":7,"heldOutAccuracy":0.9,"heldOutLoss":0.3,"heldOutSamples":10}}`))
			}
		default:
			w.WriteHeader(404)
		}
	}))
	defer srv.Close()
	var out, errb bytes.Buffer
	code := dispatch(t.Context(), []string{"train", "--api", srv.URL, "--datanet", "3", "--base", "0x01", "--rank", "2", "--qlora",
		"--fee", "1", "--poll", "1ms"}, &out, &errb)
	if code != 0 {
		t.Fatalf("train: %d %s", code, errb.String())
	}
	if !strings.Contains(errb.String(), "epoch 1/4") || !strings.Contains(errb.String(), "[") || !strings.Contains(out.String(), "model 7 registered") {
		t.Fatalf("stderr %q stdout %q", errb.String(), out.String())
	}
	code = dispatch(t.Context(), []string{"train", "--api", srv.URL, "--datanet", "4", "--base", "0x01", "--fee", "1"}, &out, &errb)
	if code != 1 || !strings.Contains(errb.String(), "invalid_parameters") {
		t.Fatalf("refused job: %d %s", code, errb.String())
	}
}

func TestProgressBar(t *testing.T) {
	var b bytes.Buffer
	p := &progressBar{w: &b, width: 10}
	p.draw(training.Progress{Stage: "training", Epoch: 5, Epochs: 10, Step: 50, Steps: 100, Loss: 0.25, ETASeconds: 65})
	if !strings.Contains(b.String(), "[=====>    ]  50%") || !strings.Contains(b.String(), "ETA 1m5s") {
		t.Fatalf("%q", b.String())
	}
}
