package payout

import (
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// vectorsPath is read by contracts/test/PayoutTree.t.sol, so both test suites check the same hashes.
const vectorsPath = "../../contracts/test/vectors/payout_tree.json"

type vectors struct {
	Depth      int           `json:"depth"`
	Root       common.Hash   `json:"root"`
	Indices    []uint64      `json:"indices"`
	Accounts   []string      `json:"accounts"`
	Amounts    []string      `json:"amounts"`
	LeafHashes []common.Hash `json:"leafHashes"`
	// Proofs holds every leaf's sibling path, concatenated (depth hashes per leaf).
	Proofs []common.Hash `json:"proofs"`
}

func makeVectors(t *testing.T) vectors {
	t.Helper()
	const depth = 4
	v := vectors{Depth: depth}
	var leaves []Leaf
	for i := uint64(0); i < 16; i += 3 {
		account := common.BytesToAddress(crypto.Keccak256([]byte{byte(i)})[12:])
		amount := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(i+1)), nil)
		if i == 15 {
			amount = new(big.Int).Sub(fr.Modulus(), big.NewInt(2)) // near-maximal amount (r−1 ^ 1 = r is no amount)
		}
		leaves = append(leaves, Leaf{Index: i, Account: account, Cumulative: amount})
	}
	tree, err := Build(depth, leaves)
	if err != nil {
		t.Fatal(err)
	}
	v.Root = tree.Root()
	for _, l := range leaves {
		proof, err := tree.Proof(l.Index)
		if err != nil {
			t.Fatal(err)
		}
		v.Indices = append(v.Indices, l.Index)
		v.Accounts = append(v.Accounts, l.Account.Hex())
		v.Amounts = append(v.Amounts, l.Cumulative.String())
		v.LeafHashes = append(v.LeafHashes, LeafHash(l.Index, l.Account, l.Cumulative))
		v.Proofs = append(v.Proofs, proof...)
	}
	return v
}

// TestVectorsMatchCommittedFile regenerates the cross-language vectors and compares them with the
// committed file; UPDATE_VECTORS=1 rewrites it.
func TestVectorsMatchCommittedFile(t *testing.T) {
	got, err := json.MarshalIndent(makeVectors(t), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if os.Getenv("UPDATE_VECTORS") == "1" {
		if err := os.MkdirAll(filepath.Dir(vectorsPath), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(vectorsPath, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(vectorsPath)
	if err != nil {
		t.Fatalf("reading %s (UPDATE_VECTORS=1 writes it): %v", vectorsPath, err)
	}
	if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
		t.Fatalf("%s is stale: run UPDATE_VECTORS=1 go test ./internal/payout", vectorsPath)
	}
}
