package ceremony

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

// toy is a small circuit: the ceremony does not depend on what the circuit computes.
type toy struct {
	X, Y frontend.Variable
	Z    frontend.Variable `gnark:",public"`
}

func (c *toy) Define(api frontend.API) error {
	p := api.Mul(c.X, c.Y)
	for i := 0; i < 20; i++ {
		p = api.Mul(p, c.X)
	}
	api.AssertIsEqual(p, c.Z)
	return nil
}

func TestCeremonyProducesWorkingKeys(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &toy{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := Init(dir, ccs); err != nil {
		t.Fatal(err)
	}
	if err := Init(dir, ccs); err == nil {
		t.Fatal("a second init overwrote the ceremony")
	}
	if _, _, err := Verify(dir, ccs, []byte("beacon 1")); err == nil {
		t.Fatal("phase 1 sealed without contributions")
	}
	for i := 0; i < 3; i++ {
		if _, err := Contribute(dir); err != nil {
			t.Fatal(err)
		}
	}
	if pk, _, err := Verify(dir, ccs, []byte("beacon 1")); err != nil || pk != nil {
		t.Fatalf("sealing phase 1: keys %v, err %v", pk, err)
	}
	if st, _ := LoadState(dir); st.Phase != 2 {
		t.Fatalf("phase %d open after sealing phase 1", st.Phase)
	}
	for i := 0; i < 2; i++ {
		if _, err := Contribute(dir); err != nil {
			t.Fatal(err)
		}
	}
	pk, vk, err := Verify(dir, ccs, []byte("beacon 2"))
	if err != nil {
		t.Fatal(err)
	}
	x, y := 3, 5
	z := 15
	for i := 0; i < 20; i++ {
		z *= x
	}
	w, err := frontend.NewWitness(&toy{X: x, Y: y, Z: z}, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	prf, err := groth16.Prove(ccs, pk, w)
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := w.Public()
	if err := groth16.Verify(prf, vk, pub); err != nil {
		t.Fatalf("ceremony keys reject a valid proof: %v", err)
	}
	if _, err := Contribute(dir); err == nil {
		t.Fatal("contributed after the ceremony closed")
	}
}

// TestCeremonyRejectsAForgedContribution replaces a contribution with a file that does not extend the
// previous one (a fresh chain's): verification fails.
func TestCeremonyRejectsAForgedContribution(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &toy{})
	if err != nil {
		t.Fatal(err)
	}
	honest, forged := t.TempDir(), t.TempDir()
	for _, dir := range []string{honest, forged} {
		if err := Init(dir, ccs); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < 2; i++ {
		if _, err := Contribute(honest); err != nil {
			t.Fatal(err)
		}
	}
	// The forger's second contribution skips the first: it builds on its own first contribution.
	if _, err := Contribute(forged); err != nil {
		t.Fatal(err)
	}
	second, err := Contribute(forged)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(second)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(honest, "phase1", "0002.bin"), raw, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := Verify(honest, ccs, []byte("beacon")); err == nil {
		t.Fatal("a contribution that does not extend the chain verified")
	}
}
