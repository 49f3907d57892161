package poseidon

import (
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

const repoRoot = "../../.."

func TestChainConstantsMatchGnarkCrypto(t *testing.T) {
	want := RoundConstants()
	got := ChainConstants()
	if len(want) != RoundConstantsN || len(got) != RoundConstantsN {
		t.Fatalf("got %d constants from gnark-crypto, %d from the chain, want %d", len(want), len(got), RoundConstantsN)
	}
	for i := range want {
		if !want[i].Equal(&got[i]) {
			t.Fatalf("constant %d: chain %s, gnark-crypto %s", i, got[i].String(), want[i].String())
		}
	}
}

func TestHashIsGnarkCryptoMerkleDamgard(t *testing.T) {
	xs := make([]fr.Element, 5)
	for i := range xs {
		xs[i].SetUint64(uint64(1000 + i))
	}
	xs[4].SetBigInt(new(big.Int).Sub(fr.Modulus(), big.NewInt(1)))
	h := poseidon2.NewMerkleDamgardHasher()
	for i := range xs {
		b := xs[i].Bytes()
		h.Write(b[:])
	}
	var want fr.Element
	want.SetBytes(h.Sum(nil))
	if got := Hash(xs...); !got.Equal(&want) {
		t.Fatalf("Hash = %s, gnark-crypto MD = %s", got.String(), want.String())
	}
	var p fr.Element
	perm := poseidon2.NewDefaultPermutation()
	left, right := xs[0].Bytes(), xs[1].Bytes()
	c, err := perm.Compress(left[:], right[:])
	if err != nil {
		t.Fatal(err)
	}
	p.SetBytes(c)
	if got := Compress(xs[0], xs[1]); !got.Equal(&p) {
		t.Fatalf("Compress = %s, gnark-crypto = %s", got.String(), p.String())
	}
}

type vectors struct {
	Modulus        string     `json:"modulus"`
	RoundConstants []string   `json:"roundConstants"`
	Compress       [][]string `json:"compress"` // a, b, compress(a, b)
	Hash           []string   `json:"hash"`     // inputs ...
	HashOut        string     `json:"hashOut"`
}

func dec(e fr.Element) string { return Uint(e).String() }

func makeVectors() vectors {
	v := vectors{Modulus: fr.Modulus().String()}
	for _, c := range RoundConstants() {
		v.RoundConstants = append(v.RoundConstants, dec(c))
	}
	rMinus1 := new(big.Int).Sub(fr.Modulus(), big.NewInt(1))
	pairs := [][2]*big.Int{
		{big.NewInt(0), big.NewInt(0)},
		{big.NewInt(1), big.NewInt(2)},
		{rMinus1, rMinus1},
		{new(big.Int).Lsh(big.NewInt(1), 224), big.NewInt(7)},
		{new(big.Int).Lsh(big.NewInt(1), 253), new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))},
	}
	for _, p := range pairs {
		a, _ := Element(p[0])
		b, _ := Element(p[1])
		v.Compress = append(v.Compress, []string{p[0].String(), p[1].String(), dec(Compress(a, b))})
	}
	xs := make([]fr.Element, 4)
	for i := range xs {
		xs[i].SetUint64(uint64(3*i + 1))
		v.Hash = append(v.Hash, dec(xs[i]))
	}
	v.HashOut = dec(Hash(xs...))
	return v
}

// TestGeneratedFilesAreUpToDate checks the committed Solidity library and the cross-language vectors
// against what this package generates; UPDATE_VECTORS=1 rewrites them.
func TestGeneratedFilesAreUpToDate(t *testing.T) {
	sol, err := Solidity()
	if err != nil {
		t.Fatal(err)
	}
	vec, err := json.MarshalIndent(makeVectors(), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	vec = append(vec, '\n')
	hasher, err := HasherSolidity()
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string][]byte{
		SolidityPath:                            sol,
		HasherSolidityPath:                      hasher,
		"contracts/test/vectors/poseidon2.json": vec,
	} {
		full := filepath.Join(repoRoot, path)
		if os.Getenv("UPDATE_VECTORS") == "1" {
			if err := os.WriteFile(full, want, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		got, err := os.ReadFile(full)
		if err != nil {
			t.Fatalf("reading %s (UPDATE_VECTORS=1 writes it): %v", path, err)
		}
		if strings.TrimSpace(string(got)) != strings.TrimSpace(string(want)) {
			t.Errorf("%s is stale: run UPDATE_VECTORS=1 go test ./internal/proof/poseidon", path)
		}
	}
}
