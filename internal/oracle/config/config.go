// Package config loads the oracle's configuration from defaults, an optional YAML or JSON file,
// environment variables and command-line flags (later sources win), and the signing key from a
// go-ethereum keystore file. Every key has one name used everywhere: the file key rpc_url is the
// environment variable POA_ORACLE_RPC_URL and the flag --rpc-url. The key itself never comes from
// the command line: only the keystore's path does, and its password comes from the environment
// (POA_ORACLE_KEYSTORE_PASSWORD) or a file (keystore_password_file).
package config

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gopkg.in/yaml.v3"
)

// EnvPrefix prefixes every environment variable.
const EnvPrefix = "POA_ORACLE_"

// PasswordEnv holds the keystore password when no password file is configured.
const PasswordEnv = EnvPrefix + "KEYSTORE_PASSWORD"

// Config is the whole configuration. Field tags: yaml is the key name (file key; flag and env are
// derived from it), help is the flag's help text.
type Config struct {
	// Chain.
	RPCURL          string         `yaml:"rpc_url" help:"JSON-RPC endpoint of the chain (http, https, ws or wss)"`
	ChainID         uint64         `yaml:"chain_id" help:"expected chain id; 0 accepts what the endpoint reports"`
	DatanetRegistry common.Address `yaml:"datanet_registry" help:"DatanetRegistry address"`
	ModelRegistry   common.Address `yaml:"model_registry" help:"ModelRegistry address"`
	RewardVault     common.Address `yaml:"reward_vault" help:"RewardVault address"`
	StartBlock      uint64         `yaml:"start_block" help:"first block to scan for InferenceRequested (the registry's deployment block)"`
	Confirmations   uint64         `yaml:"confirmations" help:"blocks an event must be buried under before the watcher records it"`
	PollInterval    time.Duration  `yaml:"poll_interval" help:"how often the watcher and the settlement loop look at the chain"`
	LogRange        uint64         `yaml:"log_range" help:"most blocks asked for in one eth_getLogs call"`
	BackoffMin      time.Duration  `yaml:"backoff_min" help:"first delay before reconnecting to the chain"`
	BackoffMax      time.Duration  `yaml:"backoff_max" help:"longest delay between reconnection attempts"`

	// Signing key.
	Keystore             string `yaml:"keystore" help:"go-ethereum keystore file holding the oracle's key"`
	KeystorePasswordFile string `yaml:"keystore_password_file" help:"file whose first line is the keystore password (else $POA_ORACLE_KEYSTORE_PASSWORD)"`

	// Transactions.
	ReplaceAfter   time.Duration `yaml:"replace_after" help:"replace a transaction still unmined after this long with higher fees"`
	FeeBumpPercent uint64        `yaml:"fee_bump_percent" help:"fee increase of a replacement, percent of both tip and fee cap (at least 13)"`
	MaxFeeGwei     uint64        `yaml:"max_fee_gwei" help:"never offer a fee cap above this (gwei); 0 means no limit"`
	GasMarginPct   uint64        `yaml:"gas_margin_percent" help:"gas limit = estimate + this percent"`

	// Storage.
	DataDir  string `yaml:"data_dir" help:"directory for content, models, proofs and published documents"`
	Database string `yaml:"database" help:"database DSN: a SQLite path, sqlite:PATH or postgres://... (default DATA_DIR/oracle.db)"`

	// HTTP API.
	Listen            string        `yaml:"listen" help:"address the HTTP API listens on"`
	MaxUploadBytes    int64         `yaml:"max_upload_bytes" help:"largest contribution upload accepted"`
	MaxRequestBytes   int64         `yaml:"max_request_bytes" help:"largest JSON request body accepted"`
	ReadHeaderTimeout time.Duration `yaml:"read_header_timeout" help:"HTTP read-header timeout"`
	ShutdownTimeout   time.Duration `yaml:"shutdown_timeout" help:"how long a graceful shutdown waits for requests in flight"`

	// Training, inference and settlement.
	TrainWorkers      int           `yaml:"train_workers" help:"training jobs run at the same time"`
	ModelCache        int           `yaml:"model_cache" help:"models kept loaded for inference"`
	ProvingKey        string        `yaml:"proving_key" help:"directory of the circuit's keys (written by 'oracle setup')"`
	ProjectionSeed    uint64        `yaml:"projection_seed" help:"seed of the random projection of gradients to the circuit's features (recorded per model)"`
	SettleInterval    time.Duration `yaml:"settle_interval" help:"how often closed epochs are batched, proved and settled"`
	SettleDelayEpochs uint64        `yaml:"settle_delay_epochs" help:"settle an epoch only this many epochs after it closed (0: as soon as it closes)"`

	// Compute.
	GPUDisable     bool   `yaml:"gpu_disable" help:"do not look for NVIDIA GPUs"`
	NVMLLibrary    string `yaml:"nvml_library" help:"path of libnvidia-ml.so.1 (default: the loader's search path)"`
	LogLevel       string `yaml:"log_level" help:"debug, info, warn or error"`
	LogFormat      string `yaml:"log_format" help:"text or json"`
	MetricsEnabled bool   `yaml:"metrics" help:"serve Prometheus metrics on /metrics"`
}

// Defaults returns the configuration before any source is applied.
func Defaults() Config {
	return Config{
		PollInterval:      2 * time.Second,
		LogRange:          5000,
		BackoffMin:        250 * time.Millisecond,
		BackoffMax:        30 * time.Second,
		ReplaceAfter:      90 * time.Second,
		FeeBumpPercent:    25,
		GasMarginPct:      25,
		DataDir:           "oracle-data",
		Listen:            "127.0.0.1:8645",
		MaxUploadBytes:    10_000_000,
		MaxRequestBytes:   1 << 20,
		ReadHeaderTimeout: 10 * time.Second,
		ShutdownTimeout:   15 * time.Second,
		TrainWorkers:      1,
		ProjectionSeed:    1,
		ModelCache:        8,
		SettleInterval:    10 * time.Second,
		LogLevel:          "info",
		LogFormat:         "text",
		MetricsEnabled:    true,
	}
}

// MinFeeBumpPercent is the smallest replacement bump nodes accept (geth needs 10 %, some 12.5 %).
const MinFeeBumpPercent = 13

// Validate checks a loaded configuration.
func (c *Config) Validate() error {
	var errs []error
	need := func(ok bool, format string, a ...any) {
		if !ok {
			errs = append(errs, fmt.Errorf(format, a...))
		}
	}
	need(c.RPCURL != "", "rpc_url is required")
	need(c.DatanetRegistry != (common.Address{}), "datanet_registry is required")
	need(c.ModelRegistry != (common.Address{}), "model_registry is required")
	need(c.RewardVault != (common.Address{}), "reward_vault is required")
	need(c.Keystore != "", "keystore is required (the oracle's key; never pass a raw key)")
	need(c.DataDir != "", "data_dir is required")
	need(c.Listen != "", "listen is required")
	need(c.PollInterval > 0, "poll_interval must be positive")
	need(c.SettleInterval > 0, "settle_interval must be positive")
	need(c.LogRange > 0, "log_range must be positive")
	need(c.BackoffMin > 0 && c.BackoffMax >= c.BackoffMin, "backoff_min must be positive and at most backoff_max")
	need(c.ReplaceAfter > 0, "replace_after must be positive")
	need(c.FeeBumpPercent >= MinFeeBumpPercent, "fee_bump_percent must be at least %d (nodes refuse smaller replacements)", MinFeeBumpPercent)
	need(c.MaxUploadBytes > 0 && c.MaxUploadBytes <= 1<<32, "max_upload_bytes must be in 1..2^32")
	need(c.MaxRequestBytes > 0, "max_request_bytes must be positive")
	need(c.TrainWorkers > 0, "train_workers must be positive")
	need(c.ModelCache > 0, "model_cache must be positive")
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, fmt.Errorf("log_level %q: want debug, info, warn or error", c.LogLevel))
	}
	need(c.LogFormat == "text" || c.LogFormat == "json", "log_format %q: want text or json", c.LogFormat)
	return errors.Join(errs...)
}

// DatabaseDSN is Database, or the SQLite file in the data directory.
func (c *Config) DatabaseDSN() string {
	if c.Database != "" {
		return c.Database
	}
	return filepath.Join(c.DataDir, "oracle.db")
}

// MaxFeeWei is MaxFeeGwei in wei, nil for no limit.
func (c *Config) MaxFeeWei() *big.Int {
	if c.MaxFeeGwei == 0 {
		return nil
	}
	return new(big.Int).Mul(new(big.Int).SetUint64(c.MaxFeeGwei), big.NewInt(1e9))
}

// field is one configuration key bound to a struct field.
type field struct {
	key  string // file key
	help string
	v    reflect.Value
}

func (f field) flagName() string { return strings.ReplaceAll(f.key, "_", "-") }
func (f field) envName() string  { return EnvPrefix + strings.ToUpper(f.key) }

func fields(c *Config) []field {
	rv := reflect.ValueOf(c).Elem()
	rt := rv.Type()
	out := make([]field, 0, rt.NumField())
	for i := 0; i < rt.NumField(); i++ {
		sf := rt.Field(i)
		out = append(out, field{key: sf.Tag.Get("yaml"), help: sf.Tag.Get("help"), v: rv.Field(i)})
	}
	return out
}

var addressType = reflect.TypeOf(common.Address{})

// set parses s into the field.
func (f field) set(s string) error {
	switch f.v.Kind() {
	case reflect.String:
		f.v.SetString(s)
	case reflect.Bool:
		b, err := strconv.ParseBool(s)
		if err != nil {
			return fmt.Errorf("%s: %q is not a boolean", f.key, s)
		}
		f.v.SetBool(b)
	case reflect.Int, reflect.Int64:
		if f.v.Type() == reflect.TypeOf(time.Duration(0)) {
			d, err := time.ParseDuration(s)
			if err != nil {
				return fmt.Errorf("%s: %q is not a duration (e.g. 1.5s, 2m)", f.key, s)
			}
			f.v.SetInt(int64(d))
			return nil
		}
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return fmt.Errorf("%s: %q is not an integer", f.key, s)
		}
		f.v.SetInt(n)
	case reflect.Uint64:
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return fmt.Errorf("%s: %q is not an unsigned integer", f.key, s)
		}
		f.v.SetUint(n)
	case reflect.Array:
		if f.v.Type() != addressType {
			return fmt.Errorf("%s: unsupported type", f.key)
		}
		if !common.IsHexAddress(s) {
			return fmt.Errorf("%s: %q is not an address", f.key, s)
		}
		f.v.Set(reflect.ValueOf(common.HexToAddress(s)))
	default:
		return fmt.Errorf("%s: unsupported type %s", f.key, f.v.Type())
	}
	return nil
}

func (f field) String() string {
	switch x := f.v.Interface().(type) {
	case common.Address:
		if x == (common.Address{}) {
			return ""
		}
		return x.Hex()
	case time.Duration:
		return x.String()
	default:
		return fmt.Sprint(x)
	}
}

// flagValue adapts a field to flag.Value.
type flagValue struct {
	f   field
	set map[string]bool
}

func (v flagValue) String() string {
	if !v.f.v.IsValid() {
		return ""
	}
	return v.f.String()
}

func (v flagValue) Set(s string) error {
	v.set[v.f.key] = true
	return v.f.set(s)
}

func (v flagValue) IsBoolFlag() bool { return v.f.v.IsValid() && v.f.v.Kind() == reflect.Bool }

// Loader binds the configuration to a flag set; Load then applies file, environment and flags.
type Loader struct {
	cfg        Config
	file       string
	flagValues Config
	set        map[string]bool
}

// Bind registers --config and one flag per key on fs.
func Bind(fs *flag.FlagSet) *Loader {
	l := &Loader{cfg: Defaults(), flagValues: Defaults(), set: map[string]bool{}}
	fs.StringVar(&l.file, "config", "", "configuration file (YAML or JSON); also $"+EnvPrefix+"CONFIG")
	for _, f := range fields(&l.flagValues) {
		help := f.help + " (" + f.envName() + ")"
		fs.Var(flagValue{f: f, set: l.set}, f.flagName(), help)
	}
	return l
}

// Load applies, in order, defaults, the configuration file (--config, else $POA_ORACLE_CONFIG),
// environment variables and the flags that were set, then validates. getenv is os.Getenv in
// production.
func (l *Loader) Load(getenv func(string) string) (*Config, error) {
	cfg := Defaults()
	file := l.file
	if file == "" {
		file = getenv(EnvPrefix + "CONFIG")
	}
	if file != "" {
		if err := loadFile(file, &cfg); err != nil {
			return nil, err
		}
	}
	for _, f := range fields(&cfg) {
		if s, ok := lookupEnv(getenv, f.envName()); ok {
			if err := f.set(s); err != nil {
				return nil, fmt.Errorf("config: $%s: %w", f.envName(), err)
			}
		}
	}
	flagged := fields(&l.flagValues)
	for i, f := range fields(&cfg) {
		if l.set[f.key] {
			f.v.Set(flagged[i].v)
		}
	}
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return &cfg, nil
}

func lookupEnv(getenv func(string) string, name string) (string, bool) {
	s := getenv(name)
	return s, s != ""
}

// loadFile reads YAML (JSON is YAML) into cfg, refusing unknown keys so a typo is not silently ignored.
func loadFile(path string, cfg *Config) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("config: %w", err)
	}
	var raw map[string]yaml.Node
	if err := yaml.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("config: %s: %w", path, err)
	}
	byKey := map[string]field{}
	for _, f := range fields(cfg) {
		byKey[f.key] = f
	}
	keys := make([]string, 0, len(raw))
	for k := range raw {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		f, ok := byKey[k]
		if !ok {
			return fmt.Errorf("config: %s: unknown key %q", path, k)
		}
		node := raw[k]
		if node.Kind != yaml.ScalarNode {
			return fmt.Errorf("config: %s line %d: %s must be a single value", path, node.Line, k)
		}
		if err := f.set(node.Value); err != nil {
			return fmt.Errorf("config: %s line %d: %w", path, node.Line, err)
		}
	}
	return nil
}

// Keys lists every key with its flag, environment variable, default and help, for the docs.
func Keys() [][5]string {
	d := Defaults()
	var out [][5]string
	for _, f := range fields(&d) {
		out = append(out, [5]string{f.key, "--" + f.flagName(), f.envName(), f.String(), f.help})
	}
	return out
}

// ReadPassword returns the keystore password: the first line of the password file when one is
// configured, else $POA_ORACLE_KEYSTORE_PASSWORD.
func (c *Config) ReadPassword(getenv func(string) string) (string, error) {
	if c.KeystorePasswordFile != "" {
		b, err := os.ReadFile(c.KeystorePasswordFile)
		if err != nil {
			return "", fmt.Errorf("config: keystore password: %w", err)
		}
		line, _, _ := bytes.Cut(b, []byte("\n"))
		return strings.TrimSuffix(string(line), "\r"), nil
	}
	if p, ok := lookupEnv(getenv, PasswordEnv); ok {
		return p, nil
	}
	return "", fmt.Errorf("config: no keystore password: set keystore_password_file or $%s", PasswordEnv)
}
