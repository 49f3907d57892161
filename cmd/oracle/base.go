package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"text/tabwriter"
	"time"

	"github.com/open-attribution/poa/internal/contentstore"
	"github.com/open-attribution/poa/internal/oracle/api"
	"github.com/open-attribution/poa/internal/oracle/state"
	"github.com/open-attribution/poa/internal/oracle/training"
)

func init() {
	register(command{name: "base", summary: "create and list the frozen base models LoRA adapters train on", run: runBase})
}

func runBase(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return subcommands(ctx, "base", map[string]command{
		"create": {name: "create", summary: "pre-train a base on clean digits and store it (default: the built-in digits-mlp-64-32-10)", run: runBaseCreate},
		"list":   {name: "list", summary: "list stored bases", run: runBaseList},
	}, args, stdout, stderr)
}

// baseTarget is where base commands act: a running oracle (--api) or its data directory.
type baseTarget struct {
	api, dataDir, database string
}

func (t *baseTarget) bind(fsSet interface {
	StringVar(*string, string, string, string)
}) {
	fsSet.StringVar(&t.api, "api", "", "a running oracle's API (else act on --data-dir directly)")
	fsSet.StringVar(&t.dataDir, "data-dir", "oracle-data", "the oracle's data directory")
	fsSet.StringVar(&t.database, "database", "", "the oracle's database DSN (default DATA_DIR/oracle.db)")
}

func (t *baseTarget) open(ctx context.Context) (*state.DB, *contentstore.Store, error) {
	dsn := t.database
	if dsn == "" {
		if err := os.MkdirAll(t.dataDir, 0o755); err != nil {
			return nil, nil, err
		}
		dsn = filepath.Join(t.dataDir, "oracle.db")
	}
	db, err := state.Open(ctx, dsn)
	if err != nil {
		return nil, nil, err
	}
	models, err := contentstore.Open(filepath.Join(t.dataDir, "models"))
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	return db, models, nil
}

func runBaseCreate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("oracle base create", stderr)
	var t baseTarget
	t.bind(fs)
	spec := training.BuiltinBase()
	sizes := fs.String("sizes", "64,32,10", "layer widths, 64 inputs first and 10 classes last")
	fs.StringVar(&spec.Name, "name", spec.Name, "base name")
	fs.IntVar(&spec.Pretrain, "pretrain", spec.Pretrain, "clean digits samples to pre-train on (first N of the seeded permutation; 0: random frozen base)")
	fs.IntVar(&spec.Epochs, "epochs", spec.Epochs, "pre-training epochs")
	fs.Float64Var(&spec.LR, "lr", spec.LR, "pre-training learning rate")
	fs.Uint64Var(&spec.Seed, "seed", spec.Seed, "seed of the permutation and the initialisation")
	fs.StringVar(&spec.Description, "description", spec.Description, "description")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	s, err := parseInts(*sizes)
	if err != nil {
		return err
	}
	spec.Sizes = s
	if err := spec.Validate(); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if t.api != "" {
		c := &apiClient{base: t.api, http: &http.Client{Timeout: 10 * time.Minute}}
		var b api.BaseModel
		if err := c.do(ctx, http.MethodPost, "/v1/base-models", spec, &b); err != nil {
			return err
		}
		fmt.Fprintln(stdout, b.Hash)
		return nil
	}
	db, models, err := t.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	h, err := training.CreateBase(ctx, models, db, spec)
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, h.Hex())
	return nil
}

func runBaseList(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("oracle base list", stderr)
	var t baseTarget
	t.bind(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	var out struct {
		BaseModels []api.BaseModel `json:"baseModels"`
	}
	if t.api != "" {
		c := &apiClient{base: t.api, http: &http.Client{Timeout: 30 * time.Second}}
		if err := c.do(ctx, http.MethodGet, "/v1/base-models", nil, &out); err != nil {
			return err
		}
	} else {
		db, _, err := t.open(ctx)
		if err != nil {
			return err
		}
		defer db.Close()
		bs, err := db.ListBases(ctx)
		if err != nil {
			return err
		}
		for _, b := range bs {
			var sizes []int
			_ = json.Unmarshal([]byte(b.Sizes), &sizes)
			out.BaseModels = append(out.BaseModels, api.BaseModel{Hash: b.Hash, Name: b.Name, Sizes: sizes, Quant: b.Quant, Description: b.Description})
		}
	}
	if *asJSON {
		e := json.NewEncoder(stdout)
		e.SetIndent("", "  ")
		return e.Encode(out)
	}
	tw := tabwriter.NewWriter(stdout, 2, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "hash\tname\tsizes\tquant")
	for _, b := range out.BaseModels {
		fmt.Fprintf(tw, "%s\t%s\t%v\t%s\n", b.Hash, b.Name, b.Sizes, b.Quant)
	}
	return tw.Flush()
}
