package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/open-attribution/poa/internal/proof"
	"github.com/open-attribution/poa/internal/proof/soliditygen"
)

func init() {
	register(command{name: "setup", summary: "compile the settlement circuit, generate Groth16 keys and their Solidity verifier", run: runSetup})
}

// setupSizeFlags are the circuit-shape flags setup and ceremony share.
type setupSizeFlags struct {
	contributions, features, batch int
	layers                         string
}

func (f *setupSizeFlags) register(fs interface {
	IntVar(*int, string, int, string)
	StringVar(*string, string, string, string)
}) {
	fs.IntVar(&f.contributions, "contributions", 256, "N: the most contributions a model may have")
	fs.IntVar(&f.features, "features", 64, "D: gradient features per contribution (one layer: a seeded projection)")
	fs.IntVar(&f.batch, "batch", 16, "M: the most requests one settlement may hold")
	fs.StringVar(&f.layers, "layers", "", "comma-separated per-layer feature counts instead of one layer of --features")
}

func (f *setupSizeFlags) sizes() (proof.Sizes, error) {
	s := proof.Sizes{Contributions: f.contributions, Batch: f.batch, Layers: []int{f.features}}
	if f.layers != "" {
		s.Layers = nil
		for _, p := range strings.Split(f.layers, ",") {
			d, err := strconv.Atoi(strings.TrimSpace(p))
			if err != nil {
				return s, fmt.Errorf("%w: --layers: %v", errUsage, err)
			}
			s.Layers = append(s.Layers, d)
		}
	}
	if err := s.Validate(); err != nil {
		return s, fmt.Errorf("%w: %v", errUsage, err)
	}
	return s, nil
}

func runSetup(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("setup", stderr)
	var sf setupSizeFlags
	sf.register(fs)
	out := fs.String("out", "keys", "directory for the keys and Verifier.sol")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: oracle setup [--contributions N] [--features D] [--batch M] [--out DIR]")
		fmt.Fprintln(stderr, "\nCompiles the settlement circuit, runs gnark's single-party Groth16 setup (fresh randomness:")
		fmt.Fprintln(stderr, "for production keys use 'oracle ceremony'), writes the constraint system, the proving key")
		fmt.Fprintln(stderr, "(gnark dump format), the verifying key and the exported Solidity verifier to --out, and prints")
		fmt.Fprintln(stderr, "the constraint count, timings, sizes and the verifying key's hash.")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	sizes, err := sf.sizes()
	if err != nil {
		return err
	}
	start := time.Now()
	ccs, err := proof.Compile(sizes)
	if err != nil {
		return err
	}
	compiled := time.Since(start)
	fmt.Fprintf(stdout, "circuit: N=%d, D=%d (layers %v), M=%d: %d constraints, compiled in %s\n",
		sizes.Contributions, sizes.Features(), sizes.Layers, sizes.Batch, ccs.GetNbConstraints(), compiled.Round(time.Millisecond))
	if err := ctx.Err(); err != nil {
		return err
	}
	start = time.Now()
	keys, err := proof.SetupCompiled(sizes, ccs)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "setup: %s\n", time.Since(start).Round(time.Millisecond))
	return setupWriteKeys(ctx, keys, *out, stdout)
}

// setupWriteKeys writes a key directory with its Solidity verifier and reports what it wrote.
func setupWriteKeys(ctx context.Context, keys *proof.Keys, dir string, stdout io.Writer) error {
	start := time.Now()
	if err := keys.Write(dir); err != nil {
		return err
	}
	src, err := soliditygen.ExportVerifier(keys.VK)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, proof.VerifierFile), src, 0o644); err != nil {
		return fmt.Errorf("writing the verifier: %w", err)
	}
	fmt.Fprintf(stdout, "wrote %s in %s:\n", dir, time.Since(start).Round(time.Millisecond))
	for _, f := range []string{proof.SizesFile, proof.CSFile, proof.PKFile, proof.VKFile, proof.VerifierFile} {
		st, err := os.Stat(filepath.Join(dir, f))
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "  %-14s %s\n", f, setupHumanBytes(st.Size()))
	}
	h, err := proof.VerifyingKeyHash(keys.VK)
	if err != nil {
		return err
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Fprintf(stdout, "verifying key hash: 0x%x\n", h)
	fmt.Fprintf(stdout, "proof size: %d bytes; Go heap high-water (runtime Sys): %s\n", proof.ProofSize, setupHumanBytes(int64(ms.Sys)))
	return ctx.Err()
}

func setupHumanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.2f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
