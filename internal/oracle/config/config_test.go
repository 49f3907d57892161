package config

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

const (
	addrA = "0x00000000000000000000000000000000000000aA"
	addrB = "0x00000000000000000000000000000000000000bB"
)

func TestPrecedence(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "oracle.yaml")
	os.WriteFile(file, []byte(`
rpc_url: http://from-file:8545
datanet_registry: "`+addrA+`"
model_registry: "`+addrA+`"
reward_vault: "`+addrA+`"
keystore: /keys/oracle.json
poll_interval: 5s
listen: 0.0.0.0:1
`), 0o644)
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	l := Bind(fs)
	if err := fs.Parse([]string{"--config", file, "--listen", "127.0.0.1:9", "--gpu-disable"}); err != nil {
		t.Fatal(err)
	}
	cfg, err := l.Load(env(map[string]string{
		"POA_ORACLE_RPC_URL":      "http://from-env:8545",
		"POA_ORACLE_LISTEN":       "0.0.0.0:2",
		"POA_ORACLE_REWARD_VAULT": addrB,
	}))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.RPCURL != "http://from-env:8545" || cfg.Listen != "127.0.0.1:9" || cfg.PollInterval != 5*time.Second ||
		cfg.RewardVault != common.HexToAddress(addrB) || cfg.DatanetRegistry != common.HexToAddress(addrA) ||
		!cfg.GPUDisable || cfg.FeeBumpPercent != 25 {
		t.Fatalf("%+v", cfg)
	}
	if cfg.DatabaseDSN() != filepath.Join("oracle-data", "oracle.db") {
		t.Fatal(cfg.DatabaseDSN())
	}
}

func TestJSONFileAndErrors(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "c.json")
	os.WriteFile(good, []byte(`{"rpc_url": "ws://x", "datanet_registry": "`+addrA+`", "model_registry": "`+addrA+
		`", "reward_vault": "`+addrA+`", "keystore": "k", "fee_bump_percent": 30}`), 0o644)
	l := Bind(flag.NewFlagSet("t", flag.ContinueOnError))
	cfg, err := l.Load(env(map[string]string{"POA_ORACLE_CONFIG": good}))
	if err != nil || cfg.FeeBumpPercent != 30 {
		t.Fatalf("%v %+v", err, cfg)
	}
	for name, c := range map[string]struct{ file, want string }{
		"unknown key":  {`rpc_urll: x`, `unknown key "rpc_urll"`},
		"bad address":  {`reward_vault: 0x12`, "not an address"},
		"bad duration": {`poll_interval: 5`, "not a duration"},
		"small bump":   {`fee_bump_percent: 5`, "fee_bump_percent must be at least 13"},
		"nested":       {"rpc_url:\n  a: b", "single value"},
	} {
		p := filepath.Join(dir, "bad.yaml")
		os.WriteFile(p, []byte(c.file), 0o644)
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		l := Bind(fs)
		fs.Parse([]string{"--config", p})
		if _, err := l.Load(env(nil)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", name, err, c.want)
		}
	}
	// Missing requirements are all named at once.
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	_, err = Bind(fs).Load(env(nil))
	for _, k := range []string{"rpc_url", "keystore", "reward_vault"} {
		if err == nil || !strings.Contains(err.Error(), k) {
			t.Errorf("missing %s not reported: %v", k, err)
		}
	}
	if err := fs.Parse([]string{"--poll-interval", "x"}); err == nil {
		t.Error("bad flag value accepted")
	}
}

func TestKeystore(t *testing.T) {
	dir := t.TempDir()
	key, _ := crypto.GenerateKey()
	path := filepath.Join(dir, "key.json")
	addr, err := WriteKeyFile(path, key, "s3cret", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := WriteKeyFile(path, key, "x", keystore.LightScryptN, keystore.LightScryptP); err == nil {
		t.Fatal("overwrote a keystore")
	}
	cfg := Defaults()
	cfg.Keystore = path
	k, err := cfg.LoadKey(env(map[string]string{PasswordEnv: "s3cret"}))
	if err != nil || k.Address != addr || k.Private.D.Cmp(key.D) != 0 {
		t.Fatalf("%v %v", k, err)
	}
	if _, err := cfg.LoadKey(env(map[string]string{PasswordEnv: "wrong"})); err == nil {
		t.Fatal("wrong password accepted")
	}
	if _, err := cfg.LoadKey(env(nil)); err == nil || !strings.Contains(err.Error(), PasswordEnv) {
		t.Fatalf("no password: %v", err)
	}
	pw := filepath.Join(dir, "pw")
	os.WriteFile(pw, []byte("s3cret\nignored"), 0o600)
	cfg.KeystorePasswordFile = pw
	if k, err := cfg.LoadKey(env(nil)); err != nil || k.Address != addr {
		t.Fatalf("password file: %v", err)
	}
}

func TestKeysDocumented(t *testing.T) {
	for _, k := range Keys() {
		if k[0] == "" || k[4] == "" {
			t.Errorf("key without name or help: %v", k)
		}
	}
}

// Every key is documented in docs/oracle.md's configuration table.
func TestKeysInDocs(t *testing.T) {
	doc, err := os.ReadFile("../../../docs/oracle.md")
	if err != nil {
		t.Skip(err)
	}
	for _, k := range Keys() {
		if !strings.Contains(string(doc), "| `"+k[0]+"` | `"+k[1]+"` | `"+k[2]+"` |") {
			t.Errorf("docs/oracle.md does not document %s", k[0])
		}
	}
}
