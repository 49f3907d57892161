// Package payout builds a model's cumulative payout tree exactly as the RewardVault verifies it
// (contracts/src/libraries/PayoutTree.sol) and the settlement proof's circuit computes it: a fixed-depth
// binary tree whose leaf at position i is the contribution with accepted index i, holding (index,
// contributor, cumulative amount), hashed with Poseidon2 (internal/proof/poseidon):
//
//	leaf = Compress(2²²⁴ + index·2¹⁶⁰ + account, cumulative)
//	node = Compress(left, right)
//
// Indices are below 2⁶⁴ and amounts below the BN254 scalar field order r, so the leaf encoding is
// injective (the circuit bounds amounts by 2¹²⁸).
package payout

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/proof/poseidon"
)

// LeafTag is the leaf domain tag, bit 224 of a leaf's first input.
var LeafTag = new(big.Int).Lsh(big.NewInt(1), 224)

// LeafKey is a leaf's first hash input: 2²²⁴ + index·2¹⁶⁰ + account.
func LeafKey(index uint64, account common.Address) *big.Int {
	k := new(big.Int).Lsh(new(big.Int).SetUint64(index), 160)
	k.Or(k, new(big.Int).SetBytes(account.Bytes()))
	return k.Or(k, LeafTag)
}

// Leaf is one contribution's entry: everything ever owed to it for the model.
type Leaf struct {
	Index      uint64
	Account    common.Address
	Cumulative *big.Int
}

// LeafHash is Compress(LeafKey(index, account), cumulative). It panics when cumulative is negative or not
// below r, which Build rejects and PayoutTree.leafHash reverts on.
func LeafHash(index uint64, account common.Address, cumulative *big.Int) common.Hash {
	c, err := poseidon.Element(cumulative)
	if err != nil {
		panic(fmt.Sprintf("payout: leaf %d: cumulative amount: %v", index, err))
	}
	var k fr.Element
	k.SetBigInt(LeafKey(index, account))
	return fromElement(poseidon.Compress(k, c))
}

// NodeHash is Compress(left, right), the children taken mod r as PayoutTree.nodeHash does.
func NodeHash(left, right common.Hash) common.Hash {
	var l, r fr.Element
	l.SetBigInt(left.Big())
	r.SetBigInt(right.Big())
	return fromElement(poseidon.Compress(l, r))
}

func fromElement(e fr.Element) common.Hash {
	b := e.Bytes()
	return common.Hash(b)
}

// Tree is a built payout tree.
type Tree struct {
	depth  int
	levels [][]common.Hash // levels[0] are the leaves, levels[depth] is the root
}

// Build makes a tree of the given depth (positions 0 .. 2^depth−1). Positions without a leaf hold
// the hash of a zero leaf (index, zero address, 0). Leaves must have distinct in-range indices and
// non-negative amounts below r.
func Build(depth int, leaves []Leaf) (*Tree, error) {
	if depth < 0 || depth > 32 {
		return nil, fmt.Errorf("payout: depth %d out of range 0..32", depth)
	}
	size := uint64(1) << depth
	level := make([]common.Hash, size)
	set := make([]bool, size)
	for _, l := range leaves {
		if l.Index >= size {
			return nil, fmt.Errorf("payout: leaf index %d does not fit depth %d", l.Index, depth)
		}
		if set[l.Index] {
			return nil, fmt.Errorf("payout: two leaves at index %d", l.Index)
		}
		if l.Cumulative == nil || l.Cumulative.Sign() < 0 || l.Cumulative.Cmp(fr.Modulus()) >= 0 {
			return nil, fmt.Errorf("payout: leaf %d: cumulative amount must be in [0, r)", l.Index)
		}
		set[l.Index] = true
		level[l.Index] = LeafHash(l.Index, l.Account, l.Cumulative)
	}
	for i := range level {
		if !set[i] {
			level[i] = LeafHash(uint64(i), common.Address{}, new(big.Int))
		}
	}
	t := &Tree{depth: depth, levels: [][]common.Hash{level}}
	for d := 0; d < depth; d++ {
		prev := t.levels[d]
		next := make([]common.Hash, len(prev)/2)
		for i := range next {
			next[i] = NodeHash(prev[2*i], prev[2*i+1])
		}
		t.levels = append(t.levels, next)
	}
	return t, nil
}

// DepthFor is the smallest depth whose tree holds n leaves (at least 1, so every proof has a sibling).
func DepthFor(n uint64) int {
	d := 1
	for uint64(1)<<d < n {
		d++
	}
	return d
}

// Depth is the tree's depth (it has 2^depth leaf positions).
func (t *Tree) Depth() int { return t.depth }

// Root is the tree's root.
func (t *Tree) Root() common.Hash { return t.levels[t.depth][0] }

// Proof is the sibling path of the leaf at index, from the leaf up.
func (t *Tree) Proof(index uint64) ([]common.Hash, error) {
	if index >= uint64(len(t.levels[0])) {
		return nil, fmt.Errorf("payout: index %d outside a tree of %d leaves", index, len(t.levels[0]))
	}
	proof := make([]common.Hash, t.depth)
	for d := 0; d < t.depth; d++ {
		proof[d] = t.levels[d][(index>>d)^1]
	}
	return proof, nil
}

// Verify checks a leaf hash against a root, as PayoutTree.verify does on-chain.
func Verify(root, leaf common.Hash, index uint64, proof []common.Hash) bool {
	if len(proof) < 64 && index>>len(proof) != 0 {
		return false
	}
	h := leaf
	for d, sibling := range proof {
		if (index>>d)&1 == 0 {
			h = NodeHash(h, sibling)
		} else {
			h = NodeHash(sibling, h)
		}
	}
	return h == root
}
