package proof

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"

	"github.com/open-attribution/poa/internal/proof/circuit"
)

// Keys for the tiny circuit, shared by the tests of this package (a setup takes a minute or two).
var (
	tinyKeysOnce sync.Once
	tinyKeys     *Keys
	tinyKeysErr  error
)

func keysForTest(t *testing.T) *Keys {
	t.Helper()
	if testing.Short() {
		t.Skip("Groth16 setup skipped in -short mode")
	}
	tinyKeysOnce.Do(func() { tinyKeys, tinyKeysErr = Setup(tiny) })
	if tinyKeysErr != nil {
		t.Fatal(tinyKeysErr)
	}
	return tinyKeys
}

func TestProveVerifyAndKeyRoundTrip(t *testing.T) {
	k := keysForTest(t)
	p, err := Prove(context.Background(), k, honestBatch())
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Bytes) != ProofSize {
		t.Fatalf("proof has %d bytes", len(p.Bytes))
	}
	dir := t.TempDir()
	if err := k.Write(dir); err != nil {
		t.Fatal(err)
	}
	loaded, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(loaded.VK, loaded.Sizes, p.Bytes, p.Vector); err != nil {
		t.Fatalf("reloaded key rejects the proof: %v", err)
	}
	if _, err := Prove(context.Background(), loaded, honestBatch()); err != nil {
		t.Fatalf("proving with reloaded keys: %v", err)
	}
	h1, _ := VerifyingKeyHash(k.VK)
	h2, _ := VerifyingKeyHash(loaded.VK)
	if h1 != h2 {
		t.Fatal("verifying key hash changed across Write/Load")
	}
	for _, f := range []string{SizesFile, CSFile, PKFile, VKFile} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Fatal(err)
		}
	}
}

// TestAlteredInputsFailVerification: a proof for one batch fails for any other public input.
func TestAlteredInputsFailVerification(t *testing.T) {
	k := keysForTest(t)
	p, err := Prove(context.Background(), k, honestBatch())
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"chainId", "vault", "modelId", "batchId", "gradientCommitment", "inferenceCommitment",
		"feeTotal", "contributorShare", "previousPayoutRoot", "newPayoutRoot (altered payout)", "distributed",
		"requestsDigest", "shares 0,1 (altered fee)"}
	for i, name := range names {
		t.Run(name, func(t *testing.T) {
			v := append([]*big.Int{}, p.Vector...)
			v[i] = new(big.Int).Add(v[i], big.NewInt(1))
			if err := Verify(k.VK, k.Sizes, p.Bytes, v); err == nil {
				t.Fatal("verified with an altered input")
			}
		})
	}
	t.Run("padding word", func(t *testing.T) {
		v := append(append([]*big.Int{}, p.Vector...), big.NewInt(1))
		if err := Verify(k.VK, k.Sizes, p.Bytes, v); err == nil {
			t.Fatal("verified with an extra input")
		}
	})
	t.Run("proof bytes", func(t *testing.T) {
		b := append([]byte{}, p.Bytes...)
		b[255] ^= 1
		if err := Verify(k.VK, k.Sizes, b, p.Vector); err == nil {
			t.Fatal("verified an altered proof")
		}
	})
}

// TestAlteredWitnessCannotBeProven: with an altered score, payout or gradient the prover cannot make a
// proof for the vault's inputs.
func TestAlteredWitnessCannotBeProven(t *testing.T) {
	k := keysForTest(t)
	// The compiled circuit names the honest hints; a malicious one replaces the honest Div under its id.
	prove := func(a *circuit.Circuit, hints circuit.Hints) error {
		full, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
		if err != nil {
			return err
		}
		opts := []solver.Option{solver.WithHints(circuit.Hints{}.List()...)}
		if hints.Div != nil {
			opts = append(opts, solver.OverrideHint(solver.GetHintID(circuit.DivHint), hints.Div))
		}
		_, err = groth16.Prove(k.CS, k.PK, full, backend.WithSolverOptions(opts...))
		return err
	}
	if err := prove(mustAssign(t, k.Sizes, circuit.Hints{}), circuit.Hints{}); err != nil {
		t.Fatalf("control: the honest witness: %v", err)
	}
	cases := map[string]func(a *circuit.Circuit) circuit.Hints{
		"score (a score quotient one higher)": func(a *circuit.Circuit) circuit.Hints {
			return circuit.Hints{Div: nth(circuit.DivHint, divisionCalls["score"], -1, func(field *big.Int, in, out []*big.Int) {
				out[0].Add(out[0], big.NewInt(1))
				out[1].Sub(out[1], in[1]).Mod(out[1], field)
			})}
		},
		"gradient (one feature changed)": func(a *circuit.Circuit) circuit.Hints {
			a.Features[1][2] = 12345
			return circuit.Hints{}
		},
		"payout (previous amount changed)": func(a *circuit.Circuit) circuit.Hints {
			a.Previous[0] = new(big.Int).Add(ether(5), big.NewInt(1))
			return circuit.Hints{}
		},
		"fee (request share changed)": func(a *circuit.Circuit) circuit.Hints {
			a.Shares[1] = new(big.Int).Add(ether(2), big.NewInt(1))
			return circuit.Hints{}
		},
	}
	for name, alter := range cases {
		t.Run(name, func(t *testing.T) {
			a := mustAssign(t, k.Sizes, circuit.Hints{})
			if err := prove(a, alter(a)); err == nil {
				t.Fatal("proved an altered witness")
			}
		})
	}
}

func mustAssign(t *testing.T, s Sizes, hints circuit.Hints) *circuit.Circuit {
	t.Helper()
	a, _, err := Assignment(context.Background(), s, honestBatch(), hints)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
