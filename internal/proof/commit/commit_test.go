package commit

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
)

func TestPackLayout(t *testing.T) {
	entries := []int64{-MaxAbs, -1, 0, 1, MaxAbs, 5, 6, 7, 8, 2, 9}
	packed, err := Pack(entries)
	if err != nil {
		t.Fatal(err)
	}
	if EntriesPerChunk != 10 || len(packed) != 2 {
		t.Fatalf("%d elements for 11 entries at %d per element, want 2 at 10", len(packed), EntriesPerChunk)
	}
	want := new(big.Int)
	for i := 9; i >= 0; i-- {
		want.Lsh(want, EntryBits)
		want.Add(want, big.NewInt(entries[i]+EntryOffset))
	}
	var w fr.Element
	w.SetBigInt(want)
	if !packed[0].Equal(&w) {
		t.Fatalf("first element %s, want %s", packed[0].String(), w.String())
	}
	w.SetUint64(uint64(9 + EntryOffset)) // the last chunk's spare slots are 0
	if !packed[1].Equal(&w) {
		t.Fatalf("last element %s, want %s", packed[1].String(), w.String())
	}
	for _, bad := range []int64{MaxAbs + 1, -MaxAbs - 1} {
		if _, err := Pack([]int64{bad}); err == nil {
			t.Errorf("packed %d", bad)
		}
	}
}

func TestCommitmentsBindEverything(t *testing.T) {
	s := Shape{Contributions: 3, Batch: 2, Layers: []int{2}}
	accounts := []common.Address{common.HexToAddress("0x1"), common.HexToAddress("0x2")}
	rows := [][]int64{{1, 2}, {3, 4}}
	base, err := Gradients(s, accounts, rows)
	if err != nil {
		t.Fatal(err)
	}
	variants := map[string]func() (fr.Element, error){
		"entry":   func() (fr.Element, error) { return Gradients(s, accounts, [][]int64{{1, 2}, {3, 5}}) },
		"account": func() (fr.Element, error) { return Gradients(s, []common.Address{accounts[1], accounts[0]}, rows) },
		"n (a zero row)": func() (fr.Element, error) {
			return Gradients(s, append(accounts, common.Address{}), append(rows, []int64{0, 0}))
		},
		"shape": func() (fr.Element, error) {
			return Gradients(Shape{Contributions: 4, Batch: 2, Layers: []int{2}}, accounts, rows)
		},
		"layers": func() (fr.Element, error) {
			return Gradients(Shape{Contributions: 3, Batch: 2, Layers: []int{1, 1}}, accounts, rows)
		},
	}
	for name, f := range variants {
		got, err := f()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got.Equal(&base) {
			t.Errorf("changing the %s kept the gradient commitment", name)
		}
	}
	if _, err := Gradients(s, accounts, [][]int64{{1, 2}, {3}}); err == nil {
		t.Error("accepted a short row")
	}
	if _, err := Gradients(s, append(accounts, accounts...), append(rows, rows...)); err == nil {
		t.Error("accepted more rows than the circuit holds")
	}
	q1, err := Inferences(s, [][]int64{{5, 6}})
	if err != nil {
		t.Fatal(err)
	}
	q2, _ := Inferences(s, [][]int64{{5, 6}, {0, 0}})
	if !q1.Equal(&q2) {
		t.Error("padding the batch with a zero query changed the inference commitment")
	}
	if _, err := Inferences(s, [][]int64{{1, 1}, {1, 1}, {1, 1}}); err == nil {
		t.Error("accepted more queries than the circuit holds")
	}
}
