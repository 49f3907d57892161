package proof

import (
	"encoding/json"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/proof/circuit"
)

const publicVectorsPath = "../../contracts/test/vectors/public_inputs.json"

type digestCase struct {
	Count  int      `json:"count"`  // the circuit's vector length, 12 + ceil(M/2)
	Inputs []string `json:"inputs"` // the vault's vector (decimal)
	Digest string   `json:"digest"`
}

func decimals(v []*big.Int) []string {
	out := make([]string, len(v))
	for i, x := range v {
		out[i] = x.String()
	}
	return out
}

func samplePublicInputs(shares int) PublicInputs {
	p := PublicInputs{
		ChainID: big.NewInt(31337), Vault: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"),
		ModelID: big.NewInt(3), BatchID: big.NewInt(11),
		GradientCommitment:  common.BigToHash(new(big.Int).Sub(fr.Modulus(), big.NewInt(1))),
		InferenceCommitment: common.HexToHash("0x1234"), FeeTotal: ether(int64(shares)),
		ContributorShare: big.NewInt(0), PreviousRoot: common.Hash{}, NewRoot: common.HexToHash("0xabcdef"),
		Distributed: big.NewInt(5), RequestsDigest: RequestsDigest([]*big.Int{big.NewInt(1), big.NewInt(2)}),
	}
	for i := 0; i < shares; i++ {
		s := new(big.Int).Div(new(big.Int).Mul(ether(1), big.NewInt(7000)), big.NewInt(10000))
		s.Add(s, big.NewInt(int64(i)))
		p.Shares = append(p.Shares, s)
		p.ContributorShare.Add(p.ContributorShare, s)
	}
	return p
}

// TestPublicInputVectors pins the vector layout and the digest, which contracts/test/Groth16ScoreVerifier.t.sol
// checks against the adapter (UPDATE_VECTORS=1 rewrites the file).
func TestPublicInputVectors(t *testing.T) {
	var cases []digestCase
	for _, c := range []struct{ m, shares int }{{2, 2}, {16, 16}, {16, 3}, {3, 1}} {
		cfg := circuit.Config{Contributions: 4, Batch: c.m, Layers: []int{3}}
		v, err := samplePublicInputs(c.shares).Vector()
		if err != nil {
			t.Fatal(err)
		}
		if want := 12 + (c.shares+1)/2; len(v) != want {
			t.Fatalf("vector of %d shares has %d words, want %d", c.shares, len(v), want)
		}
		d, err := Digest(cfg, v)
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, digestCase{Count: cfg.VectorWords(), Inputs: decimals(v), Digest: d.String()})
	}
	// Rejections: a word not below r, a vector longer than the circuit's.
	cfg := circuit.Config{Contributions: 4, Batch: 2, Layers: []int{3}}
	v, _ := samplePublicInputs(2).Vector()
	v[4] = fr.Modulus()
	if _, err := Digest(cfg, v); err == nil {
		t.Fatal("digest of a word equal to r")
	}
	v, _ = samplePublicInputs(3).Vector()
	if _, err := Digest(cfg, v); err == nil {
		t.Fatal("digest of a vector longer than the circuit's")
	}
	got, err := json.MarshalIndent(map[string]any{"cases": cases}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if os.Getenv("UPDATE_VECTORS") == "1" {
		if err := os.WriteFile(publicVectorsPath, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(publicVectorsPath)
	if err != nil {
		t.Fatalf("reading %s (UPDATE_VECTORS=1 writes it): %v", publicVectorsPath, err)
	}
	if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
		t.Fatalf("%s is stale: run UPDATE_VECTORS=1 go test ./internal/proof -run TestPublicInputVectors", publicVectorsPath)
	}
}
