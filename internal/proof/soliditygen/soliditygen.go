// Package soliditygen exports gnark's Groth16 verifier for a verifying key, compiles it with the
// repository's pinned solc (solc-js through tools/solc.js) together with the Groth16ScoreVerifier adapter,
// and deploys both. The generated verifier is an artifact of the keys, never committed.
package soliditygen

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/chain"
	"github.com/open-attribution/poa/internal/proof"
)

// Sources of the adapter, relative to the repository root.
const (
	AdapterSource   = "contracts/src/verifier/Groth16ScoreVerifier.sol"
	AdapterContract = "Groth16ScoreVerifier"
	VerifierSource  = "Verifier.sol"
	VerifierName    = "Verifier"
	solcScript      = "tools/solc.js"
)

// ExportVerifier renders gnark's Solidity verifier for vk.
func ExportVerifier(vk groth16.VerifyingKey) ([]byte, error) {
	var buf bytes.Buffer
	if err := vk.ExportSolidity(&buf, solidity.WithPragmaVersion("0.8.30")); err != nil {
		return nil, fmt.Errorf("soliditygen: exporting the verifier: %w", err)
	}
	return buf.Bytes(), nil
}

// Compiler runs `node tools/solc.js --standard-json` in the repository root, so imports resolve from
// there and node_modules.
type Compiler struct {
	Root string // repository root (holds tools/solc.js)
	Node string // node executable; "node" when empty
}

// FindCompiler looks for the repository root from dir upwards.
func FindCompiler(dir string) (*Compiler, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("soliditygen: %w", err)
	}
	for d := abs; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, solcScript)); err == nil {
			return &Compiler{Root: d}, nil
		}
		if filepath.Dir(d) == d {
			return nil, fmt.Errorf("soliditygen: no %s in %s or above", solcScript, abs)
		}
	}
}

// Artifact is a compiled contract.
type Artifact struct {
	ABI abi.ABI
	Bin []byte // creation code
}

type standardOutput struct {
	Errors []struct {
		Severity         string `json:"severity"`
		FormattedMessage string `json:"formattedMessage"`
	} `json:"errors"`
	Contracts map[string]map[string]struct {
		ABI json.RawMessage `json:"abi"`
		EVM struct {
			Bytecode struct {
				Object string `json:"object"`
			} `json:"bytecode"`
		} `json:"evm"`
	} `json:"contracts"`
}

// Compile compiles sources (unit name → content; units named by path are read from the root when their
// content is empty) with the optimizer on, as foundry.toml configures it, and returns the named contracts
// ("unit:Contract").
func (c *Compiler) Compile(ctx context.Context, sources map[string]string, names ...string) (map[string]Artifact, error) {
	type source struct {
		Content string `json:"content"`
	}
	in := map[string]any{
		"language": "Solidity",
		"sources":  map[string]source{},
		"settings": map[string]any{
			"optimizer":       map[string]any{"enabled": true, "runs": 10000},
			"evmVersion":      "cancun",
			"metadata":        map[string]any{"bytecodeHash": "none", "appendCBOR": false},
			"outputSelection": map[string]any{"*": map[string]any{"*": []string{"abi", "evm.bytecode.object"}}},
		},
	}
	for unit, content := range sources {
		if content == "" {
			raw, err := os.ReadFile(filepath.Join(c.Root, unit))
			if err != nil {
				return nil, fmt.Errorf("soliditygen: %w", err)
			}
			content = string(raw)
		}
		in["sources"].(map[string]source)[unit] = source{Content: content}
	}
	input, err := json.Marshal(in)
	if err != nil {
		return nil, fmt.Errorf("soliditygen: %w", err)
	}
	node := c.Node
	if node == "" {
		node = "node"
	}
	cmd := exec.CommandContext(ctx, node, solcScript, "--standard-json")
	cmd.Dir = c.Root
	cmd.Stdin = bytes.NewReader(input)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("soliditygen: running %s: %w: %s", solcScript, err, strings.TrimSpace(stderr.String()))
	}
	var out standardOutput
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		return nil, fmt.Errorf("soliditygen: reading solc output: %w", err)
	}
	var errs []string
	for _, e := range out.Errors {
		if e.Severity == "error" {
			errs = append(errs, e.FormattedMessage)
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("soliditygen: compilation failed:\n%s", strings.Join(errs, "\n"))
	}
	res := map[string]Artifact{}
	for _, name := range names {
		unit, contract, ok := strings.Cut(name, ":")
		if !ok {
			return nil, fmt.Errorf("soliditygen: %q is not unit:Contract", name)
		}
		art, ok := out.Contracts[unit][contract]
		if !ok {
			return nil, fmt.Errorf("soliditygen: %s not in the compiler's output", name)
		}
		parsed, err := abi.JSON(bytes.NewReader(art.ABI))
		if err != nil {
			return nil, fmt.Errorf("soliditygen: ABI of %s: %w", name, err)
		}
		res[name] = Artifact{ABI: parsed, Bin: common.FromHex(art.EVM.Bytecode.Object)}
	}
	return res, nil
}

// Contracts are the compiled verifier pair for one verifying key.
type Contracts struct {
	Verifier Artifact // gnark's exported Groth16 verifier
	Adapter  Artifact // Groth16ScoreVerifier
	Source   []byte   // the exported verifier's source
}

// Build exports and compiles the verifier for vk and compiles the adapter.
func (c *Compiler) Build(ctx context.Context, vk groth16.VerifyingKey) (*Contracts, error) {
	src, err := ExportVerifier(vk)
	if err != nil {
		return nil, err
	}
	arts, err := c.Compile(ctx, map[string]string{VerifierSource: string(src), AdapterSource: ""},
		VerifierSource+":"+VerifierName, AdapterSource+":"+AdapterContract)
	if err != nil {
		return nil, err
	}
	return &Contracts{Verifier: arts[VerifierSource+":"+VerifierName], Adapter: arts[AdapterSource+":"+AdapterContract], Source: src}, nil
}

// Deployment is a deployed verifier pair: the vault's verifier is Adapter.
type Deployment struct {
	Groth16Verifier common.Address `json:"groth16Verifier"`
	Adapter         common.Address `json:"scoreVerifier"`
	VerifyingKey    common.Hash    `json:"verifyingKeyHash"`
}

// Deploy deploys gnark's verifier for the keys and the Groth16ScoreVerifier adapter in front of it,
// recording the verifying key's hash.
func Deploy(ctx context.Context, s *chain.Sender, c *Contracts, sizes proof.Sizes, vk groth16.VerifyingKey) (Deployment, error) {
	var d Deployment
	h, err := proof.VerifyingKeyHash(vk)
	if err != nil {
		return d, err
	}
	d.VerifyingKey = h
	if d.Groth16Verifier, _, err = s.Deploy(ctx, c.Verifier.Bin, nil); err != nil {
		return d, fmt.Errorf("soliditygen: deploying the Groth16 verifier: %w", err)
	}
	args, err := c.Adapter.ABI.Pack("", d.Groth16Verifier, d.VerifyingKey, big.NewInt(int64(sizes.VectorWords())))
	if err != nil {
		return d, fmt.Errorf("soliditygen: %w", err)
	}
	if d.Adapter, _, err = s.Deploy(ctx, c.Adapter.Bin, args); err != nil {
		return d, fmt.Errorf("soliditygen: deploying %s: %w", AdapterContract, err)
	}
	return d, nil
}
