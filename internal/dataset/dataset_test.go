package dataset

import (
	"sort"
	"testing"
)

func TestDigits(t *testing.T) {
	d, err := Digits()
	if err != nil {
		t.Fatal(err)
	}
	if d.N != 1797 || d.Features != 64 || d.Classes != 10 {
		t.Fatalf("shape %d×%d, %d classes", d.N, d.Features, d.Classes)
	}
	count := make([]int, 10)
	for _, y := range d.Y {
		count[y]++
	}
	for c, n := range count {
		if n < 170 || n > 190 {
			t.Errorf("class %d has %d samples", c, n)
		}
	}
	for _, x := range d.X {
		if x < 0 || x > 1 {
			t.Fatalf("pixel %v outside [0,1]", x)
		}
	}
	// First row of the file: label 0.
	if d.Y[0] != 0 || d.X[2] != 5.0/16 {
		t.Fatalf("first row: label %d, pixel 2 = %v", d.Y[0], d.X[2])
	}
	if _, err := Load("mnist"); err == nil {
		t.Fatal("unknown dataset accepted")
	}
}

func TestRNGDeterministic(t *testing.T) {
	a, b := NewRNG(42), NewRNG(42)
	for i := 0; i < 100; i++ {
		if a.Uint64() != b.Uint64() {
			t.Fatal("same seed diverged")
		}
	}
	// Golden values pin the generator across Go versions and platforms.
	r := NewRNG(1)
	got := []uint64{r.Uint64(), r.Uint64(), r.Uint64()}
	want := goldenRNG
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("NewRNG(1) output %d = %#x, want %#x", i, got[i], want[i])
		}
	}
	if SplitMix64(0) != 0xe220a8397b1dcdaf {
		t.Fatalf("SplitMix64(0) = %#x", SplitMix64(0))
	}
	p := NewRNG(3).Perm(50)
	s := append([]int(nil), p...)
	sort.Ints(s)
	for i, v := range s {
		if v != i {
			t.Fatal("Perm is not a permutation")
		}
	}
	for i := 0; i < 1000; i++ {
		if f := r.Float64(); f < 0 || f >= 1 {
			t.Fatal("Float64 out of range")
		}
		if k := r.IntN(7); k < 0 || k >= 7 {
			t.Fatal("IntN out of range")
		}
	}
}

// goldenRNG is NewRNG(1)'s first outputs; SplitMix64(0) = 0xe220a8397b1dcdaf
// is the published first output of SplitMix64 seeded with 0.
var goldenRNG = []uint64{0xb3f2af6d0fc710c5, 0x853b559647364cea, 0x92f89756082a4514}

func TestFlipLabels(t *testing.T) {
	y := make([]int, 1000)
	for i := range y {
		y[i] = i % 10
	}
	noisy, flipped, err := FlipLabels(y, 10, 0.2, 5)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i := range y {
		if flipped[i] {
			n++
			if noisy[i] == y[i] || noisy[i] < 0 || noisy[i] >= 10 {
				t.Fatalf("sample %d: flipped to %d from %d", i, noisy[i], y[i])
			}
		} else if noisy[i] != y[i] {
			t.Fatalf("sample %d changed without a flag", i)
		}
	}
	if n != 200 {
		t.Fatalf("%d flipped, want 200", n)
	}
	n2, f2, _ := FlipLabels(y, 10, 0.2, 5)
	for i := range y {
		if n2[i] != noisy[i] || f2[i] != flipped[i] {
			t.Fatal("not deterministic")
		}
	}
	if _, _, err := FlipLabels(y, 10, 1.5, 5); err == nil {
		t.Fatal("fraction 1.5 accepted")
	}
}

func TestContributionsAndSplit(t *testing.T) {
	sc, owner, err := Contributions(103, 10, 3, 1)
	if err != nil {
		t.Fatal(err)
	}
	size := make([]int, 10)
	for _, c := range sc {
		size[c]++
	}
	for c, s := range size {
		if s < 10 || s > 11 {
			t.Errorf("contribution %d has %d samples", c, s)
		}
	}
	if owner[3] != 0 || owner[4] != 1 {
		t.Fatalf("owners %v", owner)
	}
	if _, _, err := Contributions(5, 10, 3, 1); err == nil {
		t.Fatal("more contributions than samples accepted")
	}
	d, _ := Digits()
	s, err := SplitSizes(d, 1000, 200, 1)
	if err != nil {
		t.Fatal(err)
	}
	if s.Train.N != 1000 || s.Val.N != 200 || s.Test.N != 597 {
		t.Fatalf("split sizes %d/%d/%d", s.Train.N, s.Val.N, s.Test.N)
	}
	seen := map[int]bool{}
	for _, idx := range [][]int{s.TrainIndex, s.ValIndex, s.TestIndex} {
		for _, i := range idx {
			if seen[i] {
				t.Fatal("split parts overlap")
			}
			seen[i] = true
		}
	}
	if _, err := SplitSizes(d, 1700, 200, 1); err == nil {
		t.Fatal("oversized split accepted")
	}
}
