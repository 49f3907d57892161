package oracletest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/chain"
	"github.com/open-attribution/poa/internal/proof"
	"github.com/open-attribution/poa/internal/proof/soliditygen"
)

// ProofSizes is the circuit of the integration tests: up to 8 contributions, 3 requests per batch,
// 8 projected features.
var ProofSizes = proof.Sizes{Contributions: 8, Batch: 3, Layers: []int{8}}

// ProofKit is the real proof system of an integration test: Groth16 keys for ProofSizes written
// to a key directory (what 'oracle setup' produces) and the compiled on-chain verifier for them.
type ProofKit struct {
	Keys      *proof.Keys
	Dir       string
	contracts *soliditygen.Contracts
}

// NewProofKit returns Groth16 keys for ProofSizes and the compiled verifier. The setup takes minutes
// on a small machine, so keys are cached under the user cache directory (or $POA_PROOF_KEY_CACHE),
// keyed by the SHA-256 of the compiled constraint system: a changed circuit never meets stale keys.
func NewProofKit(t testing.TB) *ProofKit {
	t.Helper()
	if testing.Short() {
		t.Skip("Groth16 setup skipped in -short mode")
	}
	start := time.Now()
	keys, dir, cached := cachedKeys(t)
	comp, err := soliditygen.FindCompiler(".")
	if err != nil {
		t.Fatal(err)
	}
	contracts, err := comp.Build(context.Background(), keys.VK)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("proof kit: %d constraints, keys %s (cached: %v), ready in %s", keys.CS.GetNbConstraints(), dir, cached,
		time.Since(start).Round(time.Second))
	return &ProofKit{Keys: keys, Dir: dir, contracts: contracts}
}

func cachedKeys(t testing.TB) (*proof.Keys, string, bool) {
	t.Helper()
	ccs, err := proof.Compile(ProofSizes)
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	if _, err := ccs.WriteTo(h); err != nil {
		t.Fatal(err)
	}
	root := os.Getenv("POA_PROOF_KEY_CACHE")
	if root == "" {
		if c, err := os.UserCacheDir(); err == nil {
			root = filepath.Join(c, "poa-oracletest", "proof-keys")
		}
	}
	dir := filepath.Join(root, hex.EncodeToString(h.Sum(nil))[:32])
	if root != "" {
		if k, err := proof.Load(dir); err == nil {
			return k, dir, true
		}
	}
	keys, err := proof.Setup(ProofSizes)
	if err != nil {
		t.Fatal(err)
	}
	if root != "" && os.MkdirAll(root, 0o755) == nil {
		if tmp, err := os.MkdirTemp(root, ".tmp-"); err == nil {
			if keys.Write(tmp) == nil && os.Rename(tmp, dir) == nil {
				return keys, dir, false
			}
			os.RemoveAll(tmp)
		}
	}
	tmp := t.TempDir()
	if err := keys.Write(tmp); err != nil {
		t.Fatal(err)
	}
	return keys, tmp, false
}

// DeployVerifier deploys gnark's verifier and the Groth16ScoreVerifier adapter; the adapter is the
// vault's verifier.
func (k *ProofKit) DeployVerifier(ctx context.Context, s *chain.Sender) (common.Address, error) {
	d, err := soliditygen.Deploy(ctx, s, k.contracts, k.Keys.Sizes, k.Keys.VK)
	return d.Adapter, err
}
