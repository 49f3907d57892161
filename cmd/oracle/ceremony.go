package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/open-attribution/poa/internal/proof"
	"github.com/open-attribution/poa/internal/proof/ceremony"
)

func init() {
	register(command{name: "ceremony", summary: "Groth16 MPC setup for production keys (init, contribute, verify)", run: runCeremony})
}

func runCeremony(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return subcommands(ctx, "ceremony", map[string]command{
		"init":       {name: "init", summary: "start phase 1 for the circuit of the given sizes in --dir", run: runCeremonyInit},
		"contribute": {name: "contribute", summary: "add one contribution (fresh randomness, then forgotten) to the open phase", run: runCeremonyContribute},
		"verify":     {name: "verify", summary: "check every contribution of the open phase and seal it with --beacon", run: runCeremonyVerify},
	}, args, stdout, stderr)
}

func runCeremonyInit(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("ceremony init", stderr)
	var sf setupSizeFlags
	sf.register(fs)
	dir := fs.String("dir", "ceremony", "ceremony directory (published to every participant)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	sizes, err := sf.sizes()
	if err != nil {
		return err
	}
	ccs, err := proof.Compile(sizes)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return err
	}
	raw, err := json.MarshalIndent(sizes, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(*dir, proof.SizesFile), append(raw, '\n'), 0o644); err != nil {
		return err
	}
	if err := ceremony.Init(*dir, ccs); err != nil {
		return err
	}
	st, err := ceremony.LoadState(*dir)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "phase 1 open in %s: %d constraints, domain 2^%d\n", *dir, ccs.GetNbConstraints(), ceremonyLog2(st.DomainSize))
	return nil
}

func runCeremonyContribute(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("ceremony contribute", stderr)
	dir := fs.String("dir", "ceremony", "ceremony directory")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	path, err := ceremony.Contribute(*dir)
	if err != nil {
		return err
	}
	sum, err := ceremonyFileSHA256(path)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (sha256 %s): publish it for the next participant\n", path, sum)
	return nil
}

func runCeremonyVerify(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("ceremony verify", stderr)
	dir := fs.String("dir", "ceremony", "ceremony directory")
	beacon := fs.String("beacon", "", "public random beacon fixed after the last contribution (hex)")
	out := fs.String("out", "keys", "key directory written when phase 2 is sealed")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	b, err := hex.DecodeString(strings.TrimPrefix(*beacon, "0x"))
	if err != nil || len(b) == 0 {
		return fmt.Errorf("%w: --beacon must be non-empty hex", errUsage)
	}
	sizes, _, err := ceremonyReadSizes(*dir)
	if err != nil {
		return err
	}
	ccs, err := proof.Compile(sizes)
	if err != nil {
		return err
	}
	pk, vk, err := ceremony.Verify(*dir, ccs, b)
	if err != nil {
		return err
	}
	if pk == nil {
		fmt.Fprintf(stdout, "phase 1 verified and sealed; phase 2 open in %s\n", *dir)
		return nil
	}
	fmt.Fprintln(stdout, "phase 2 verified and sealed")
	return setupWriteKeys(ctx, &proof.Keys{Sizes: sizes, CS: ccs, PK: pk, VK: vk}, *out, stdout)
}

func ceremonyReadSizes(dir string) (proof.Sizes, []byte, error) {
	var s proof.Sizes
	raw, err := os.ReadFile(filepath.Join(dir, proof.SizesFile))
	if err != nil {
		return s, nil, err
	}
	if err := json.Unmarshal(raw, &s); err != nil {
		return s, nil, fmt.Errorf("%s: %w", proof.SizesFile, err)
	}
	return s, raw, s.Validate()
}

func ceremonyFileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func ceremonyLog2(n uint64) int {
	k := 0
	for uint64(1)<<k < n {
		k++
	}
	return k
}
