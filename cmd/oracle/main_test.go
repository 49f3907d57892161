package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := dispatch(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestDispatch(t *testing.T) {
	if code, _, e := run(t); code != 2 || !strings.Contains(e, "eval") || !strings.Contains(e, "grads") {
		t.Fatalf("no args: %d %q", code, e)
	}
	if code, _, e := run(t, "frobnicate"); code != 2 || !strings.Contains(e, "unknown command") {
		t.Fatalf("unknown: %d %q", code, e)
	}
	if code, _, e := run(t, "eval", "nope"); code != 2 || !strings.Contains(e, "unknown subcommand") {
		t.Fatalf("unknown sub: %d %q", code, e)
	}
	if code, _, e := run(t, "eval", "mislabel", "--bogus"); code != 2 || !strings.Contains(e, "bogus") {
		t.Fatalf("bad flag: %d %q", code, e)
	}
	if code, _, _ := run(t, "eval", "mislabel", "-h"); code != 0 {
		t.Fatalf("help: %d", code)
	}
}

// TestMislabelSmoke runs the experiment on a small subset, checks the
// report, its reproducibility, the export, and re-scoring the export.
func TestMislabelSmoke(t *testing.T) {
	dir := t.TempDir()
	args := []string{"eval", "mislabel", "--dataset", "digits", "--noise", "0.2", "--seed", "3", "--subset", "500", "--rank", "2", "--epochs", "10", "--project", "32", "--json"}
	code, out, e := run(t, append(args, "--export", dir)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, e)
	}
	var res struct {
		Runs []struct {
			NTrain  int `json:"n_train"`
			Flipped int `json:"flipped"`
			Methods []struct {
				Method string  `json:"method"`
				AUC    float64 `json:"auc"`
			} `json:"methods"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	r := res.Runs[0]
	if len(r.Methods) != 5 || r.Flipped != (r.NTrain+2)/5 {
		t.Fatalf("report: %+v", r)
	}
	for _, m := range r.Methods {
		if m.AUC < 0.5 || m.AUC > 1 {
			t.Errorf("%s: AUC %v", m.Method, m.AUC)
		}
	}
	// Same seed, same bits (the seconds differ, so compare AUCs exactly).
	_, out2, _ := run(t, args...)
	var res2 = res
	json.Unmarshal([]byte(out2), &res2)
	for i := range r.Methods {
		if res2.Runs[0].Methods[i].AUC != r.Methods[i].AUC {
			t.Fatal("not reproducible")
		}
	}
	// Text output names every method.
	code, txt, _ := run(t, args[:len(args)-1]...)
	if code != 0 || !strings.Contains(txt, "datainf") || !strings.Contains(txt, "hessian-free") || !strings.Contains(txt, "lissa") {
		t.Fatalf("text report: %s", txt)
	}

	// Import the exported bundle: same scores, fee split adds up.
	fee := "1000000000000000000000000000"
	code, out, e = run(t, "grads", "import", "--manifest", filepath.Join(dir, "manifest.json"), "--fee", fee, "--fixed", "--json")
	if code != 0 {
		t.Fatalf("import exit %d: %s", code, e)
	}
	var imp struct {
		Methods []struct {
			Method     string   `json:"method"`
			AUCFlipped *float64 `json:"auc_flipped"`
			MaxDiff    *float64 `json:"max_abs_diff_vs_stored"`
		} `json:"methods"`
		Split struct {
			Shares []string `json:"shares"`
			Dust   string   `json:"dust"`
		} `json:"split"`
		Fixed struct {
			Shares []string `json:"shares"`
			Dust   string   `json:"dust"`
		} `json:"fixed"`
	}
	if err := json.Unmarshal([]byte(out), &imp); err != nil {
		t.Fatal(err)
	}
	for _, m := range imp.Methods {
		if m.MaxDiff == nil || *m.MaxDiff != 0 || m.AUCFlipped == nil {
			t.Errorf("%s: recomputed scores differ from exported ones", m.Method)
		}
	}
	for _, sp := range [][]string{append(imp.Split.Shares, imp.Split.Dust), append(imp.Fixed.Shares, imp.Fixed.Dust)} {
		sum := new(big.Int)
		for _, s := range sp {
			v, _ := new(big.Int).SetString(s, 10)
			sum.Add(sum, v)
		}
		if sum.String() != fee {
			t.Fatalf("split sums to %v", sum)
		}
	}

	// A broken bundle is a clear error naming file and field.
	os.WriteFile(filepath.Join(dir, "train", "layers.0.lora_A.npy"), []byte("junk"), 0o644)
	code, _, e = run(t, "grads", "import", "--manifest", filepath.Join(dir, "manifest.json"))
	if code != 1 || !strings.Contains(e, "layers.0.lora_A.npy") || !strings.Contains(e, `"magic"`) {
		t.Fatalf("broken bundle: exit %d, %q", code, e)
	}
	if code, _, _ := run(t, "grads", "import"); code != 2 {
		t.Fatal("missing --manifest is not a usage error")
	}
}
