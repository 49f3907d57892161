package payout

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
)

func TestBuildAndVerify(t *testing.T) {
	leaves := []Leaf{
		{Index: 0, Account: common.HexToAddress("0x1"), Cumulative: big.NewInt(100)},
		{Index: 3, Account: common.HexToAddress("0x2"), Cumulative: big.NewInt(7)},
		{Index: 5, Account: common.HexToAddress("0x3"), Cumulative: new(big.Int).Lsh(big.NewInt(1), 200)},
	}
	tree, err := Build(3, leaves)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range leaves {
		proof, err := tree.Proof(l.Index)
		if err != nil {
			t.Fatal(err)
		}
		leaf := LeafHash(l.Index, l.Account, l.Cumulative)
		if !Verify(tree.Root(), leaf, l.Index, proof) {
			t.Fatalf("leaf %d does not verify", l.Index)
		}
		// The same leaf must not verify at another position or with another amount.
		if Verify(tree.Root(), leaf, l.Index^1, proof) {
			t.Fatalf("leaf %d verifies at index %d", l.Index, l.Index^1)
		}
		if Verify(tree.Root(), LeafHash(l.Index, l.Account, big.NewInt(1)), l.Index, proof) {
			t.Fatalf("leaf %d verifies with another amount", l.Index)
		}
		// Out-of-range index bits must be rejected, or one leaf could be claimed at two positions.
		if Verify(tree.Root(), leaf, l.Index+8, proof) {
			t.Fatalf("leaf %d verifies at index %d", l.Index, l.Index+8)
		}
	}
}

func TestBuildRejectsBadLeaves(t *testing.T) {
	cases := map[string][]Leaf{
		"index out of range": {{Index: 4, Cumulative: big.NewInt(1)}},
		"duplicate index":    {{Index: 1, Cumulative: big.NewInt(1)}, {Index: 1, Cumulative: big.NewInt(2)}},
		"negative amount":    {{Index: 0, Cumulative: big.NewInt(-1)}},
		"nil amount":         {{Index: 0}},
		"amount not below r": {{Index: 0, Cumulative: fr.Modulus()}},
	}
	for name, leaves := range cases {
		if _, err := Build(2, leaves); err == nil {
			t.Errorf("%s: Build accepted it", name)
		}
	}
}

func TestDepthFor(t *testing.T) {
	for n, want := range map[uint64]int{0: 1, 1: 1, 2: 1, 3: 2, 4: 2, 5: 3, 256: 8, 257: 9} {
		if got := DepthFor(n); got != want {
			t.Errorf("DepthFor(%d) = %d, want %d", n, got, want)
		}
	}
}
