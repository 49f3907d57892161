package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/open-attribution/poa/internal/audit"
	"github.com/open-attribution/poa/internal/oracle/oracletest"
	"github.com/open-attribution/poa/internal/publish"
)

func runCLI(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := dispatch(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

// Bad flags and unusable inputs exit 2 with a message naming the problem, before any chain access.
func TestAuditFlags(t *testing.T) {
	vault := "0x00000000000000000000000000000000000000aa"
	keyDir := t.TempDir()
	base := []string{"audit", "--rpc", "http://127.0.0.1:1", "--reward-vault", vault, "--model", "1", "--published", t.TempDir()}
	with := func(extra ...string) []string { return append(append([]string(nil), base...), extra...) }
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"no flags", []string{"audit"}, "--rpc is required"},
		{"no model", []string{"audit", "--rpc", "http://x", "--reward-vault", vault, "--settlement", "0", "--published", "d", "--vk", "k"}, "--model is required"},
		{"neither batch nor epoch", with("--vk", keyDir), "exactly one of --settlement and --epoch"},
		{"both batch and epoch", with("--vk", keyDir, "--settlement", "0", "--epoch", "3"), "exactly one of --settlement and --epoch"},
		{"bad batch id", with("--vk", keyDir, "--settlement", "-1"), `--settlement "-1" is not a non-negative integer`},
		{"bad epoch", with("--vk", keyDir, "--epoch", "x"), `--epoch "x" is not a non-negative integer`},
		{"no published", []string{"audit", "--rpc", "http://x", "--reward-vault", vault, "--model", "1", "--settlement", "0", "--vk", keyDir}, "--published is required"},
		{"no vk", with("--settlement", "0"), "--vk is required"},
		{"bad vault", []string{"audit", "--rpc", "http://x", "--reward-vault", "0x12", "--model", "1", "--settlement", "0", "--published", "d", "--vk", "k"}, `reward vault "0x12" is not a non-zero hex address`},
		{"vault twice", with("--vk", keyDir, "--settlement", "0", "--addresses", "deployment.json"), "give --reward-vault or --addresses, not both"},
		{"missing addresses file", []string{"audit", "--rpc", "http://x", "--addresses", filepath.Join(keyDir, "none.json"), "--model", "1", "--settlement", "0", "--published", "d", "--vk", "k"}, "--addresses: open"},
		{"unknown flag", with("--frobnicate"), "flag provided but not defined: -frobnicate"},
		{"stray argument", with("--vk", keyDir, "--settlement", "0", "extra"), `unexpected argument "extra"`},
		{"key directory without keys", with("--vk", keyDir, "--settlement", "0"), "sizes.json"},
		{"vk file of another name", with("--vk", writeFile(t, "key.bin"), "--settlement", "0"), "give the key directory or its verifying.key"},
		{"bad model", with("--vk", keyDir, "--settlement", "0", "--model", "x"), `invalid value "x" for flag -model`},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(c.args...)
			if code != 2 || !strings.Contains(stderr, c.want) || stdout != "" {
				t.Fatalf("exit %d, stdout %q, stderr %q; want exit 2 and %q", code, stdout, stderr, c.want)
			}
		})
	}
	if code, _, stderr := runCLI("audit", "-h"); code != 0 || !strings.Contains(stderr, "Exit status: 0 everything matches, 1 a") {
		t.Fatalf("-h: exit %d, %q", code, stderr)
	}
}

func writeFile(t *testing.T, name string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestAuditCommand audits a real settlement (anvil, the oracle, a Groth16 proof verified on chain)
// through the CLI: exit 0 when clean (text and JSON), 1 with the corruption named when a published
// score is altered, 2 when the audit cannot run (no such batch, nothing published at the location,
// no node).
func TestAuditCommand(t *testing.T) {
	s := oracletest.NewSettled(t, 3)
	args := func(published string, extra ...string) []string {
		return append([]string{"audit", "--rpc", s.Anvil.URL, "--reward-vault", s.Addrs.RewardVault.Hex(), "--model", fmt.Sprint(s.ModelID),
			"--published", published, "--vk", filepath.Join(s.Kit.Dir, "verifying.key"), "--from-block", fmt.Sprint(s.Start)}, extra...)
	}

	code, stdout, stderr := runCLI(args(s.API+"/v1/published", "--settlement", "0")...)
	if code != 0 || !strings.Contains(stdout, "result: OK") || !strings.Contains(stdout, "ok           proof") {
		t.Fatalf("clean audit: exit %d\n%s\n%s", code, stdout, stderr)
	}
	code, stdout, _ = runCLI(args(s.PublishDir, "--epoch", fmt.Sprint(s.Epochs[0]), "--json")...)
	var r audit.Report
	if err := json.Unmarshal([]byte(stdout), &r); err != nil || code != 0 || !r.OK() || len(r.Batches) != 1 || len(r.Batches[0].Checks) == 0 {
		t.Fatalf("clean --json audit: exit %d, %v\n%s", code, err, stdout)
	}

	// A published score altered: exit 1, the request and contribution named, in text and JSON.
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(s.PublishDir)); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, publish.RelPath(s.ModelID, 0)))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := publish.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	sc := &doc.Requests[2].Scores[0]
	v, _ := publish.ParseScore(sc.Value)
	sc.Value = publish.ScoreValue(new(big.Int).Neg(v))
	if err := publish.WriteFile(dir, doc); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr = runCLI(args(dir, "--settlement", "0")...)
	want := fmt.Sprintf("request %d, contribution %d: score: expected %s", doc.Requests[2].RequestID, sc.Index, publish.ScoreValue(v))
	if code != 1 || !strings.Contains(stdout, "MISMATCH     scores") || !strings.Contains(stdout, want) ||
		!strings.Contains(stdout, "found "+sc.Value) || !strings.Contains(stderr, "mismatch: 1 mismatch(es)") {
		t.Fatalf("corrupted score: exit %d, want %q\n%s\n%s", code, want, stdout, stderr)
	}
	code, stdout, _ = runCLI(args(dir, "--settlement", "0", "--json")...)
	r = audit.Report{}
	if err := json.Unmarshal([]byte(stdout), &r); err != nil || code != 1 || r.Mismatches != 1 {
		t.Fatalf("corrupted score --json: exit %d, %v\n%s", code, err, stdout)
	}
	t.Log("report of the corrupted settlement:\n" + func() string { _, o, _ := runCLI(args(dir, "--settlement", "0")...); return o }())

	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"unsettled batch", args(s.PublishDir, "--settlement", "7"), "no Settled event of model"},
		{"unsettled epoch", args(s.PublishDir, "--epoch", "999"), "no batch of model"},
		{"nothing published there", args(t.TempDir(), "--settlement", "0"), "not published"},
		{"no node", append(args(s.PublishDir, "--settlement", "0"), "--rpc", "http://127.0.0.1:1"), "audit: chain id"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(c.args...)
			if code != 2 || !strings.Contains(stderr, c.want) || stdout != "" {
				t.Fatalf("exit %d, stdout %q, stderr %q; want exit 2 and %q", code, stdout, stderr, c.want)
			}
		})
	}
}
