// Package dataset loads the data sets the reference model is trained and
// audited on, and provides the seeded, reproducible manipulations the
// influence experiments need: shuffling and splitting, label noise, and the
// grouping of samples into contributions (uploaded files).
package dataset

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
)

//go:embed data/digits.csv.gz
var digitsGz []byte

// DigitsSHA256 is the SHA-256 of the embedded digits.csv.gz.
const DigitsSHA256 = "46abec6b12486ad9e51943373abcf22bbea1b5a51a1619b361570d8893f1464a"

// Dataset is a labelled classification data set held in memory.
type Dataset struct {
	Name     string
	N        int       // number of samples
	Features int       // features per sample
	Classes  int       // labels are 0..Classes-1
	X        []float64 // N×Features, row-major
	Y        []int     // N labels
}

// Row returns sample i's features (a view into X).
func (d *Dataset) Row(i int) []float64 { return d.X[i*d.Features : (i+1)*d.Features] }

// Validate checks the shapes and label range.
func (d *Dataset) Validate() error {
	if d.N <= 0 || d.Features <= 0 || d.Classes < 2 {
		return fmt.Errorf("dataset %q: bad shape n=%d features=%d classes=%d", d.Name, d.N, d.Features, d.Classes)
	}
	if len(d.X) != d.N*d.Features {
		return fmt.Errorf("dataset %q: X has %d values, want %d×%d", d.Name, len(d.X), d.N, d.Features)
	}
	if len(d.Y) != d.N {
		return fmt.Errorf("dataset %q: Y has %d labels, want %d", d.Name, len(d.Y), d.N)
	}
	for i, y := range d.Y {
		if y < 0 || y >= d.Classes {
			return fmt.Errorf("dataset %q: label %d of sample %d outside 0..%d", d.Name, y, i, d.Classes-1)
		}
	}
	return nil
}

// Subset returns a copy holding the samples idx, in that order.
func (d *Dataset) Subset(name string, idx []int) *Dataset {
	s := &Dataset{Name: name, N: len(idx), Features: d.Features, Classes: d.Classes,
		X: make([]float64, len(idx)*d.Features), Y: make([]int, len(idx))}
	for k, i := range idx {
		copy(s.X[k*d.Features:(k+1)*d.Features], d.Row(i))
		s.Y[k] = d.Y[i]
	}
	return s
}

// Clone returns a deep copy.
func (d *Dataset) Clone() *Dataset {
	c := *d
	c.X = append([]float64(nil), d.X...)
	c.Y = append([]int(nil), d.Y...)
	return &c
}

// Digits returns the UCI handwritten digits (1,797 samples, 64 features
// scaled from 0..16 to [0, 1], 10 classes) in file order. The embedded file's
// hash is checked.
func Digits() (*Dataset, error) {
	sum := sha256.Sum256(digitsGz)
	if hex.EncodeToString(sum[:]) != DigitsSHA256 {
		return nil, fmt.Errorf("digits: embedded data/digits.csv.gz has SHA-256 %x, want %s", sum, DigitsSHA256)
	}
	zr, err := gzip.NewReader(bytes.NewReader(digitsGz))
	if err != nil {
		return nil, fmt.Errorf("digits: %w", err)
	}
	defer zr.Close()
	d := &Dataset{Name: "digits", Features: 64, Classes: 10}
	sc := bufio.NewScanner(zr)
	line := 0
	for sc.Scan() {
		line++
		txt := strings.TrimSpace(sc.Text())
		if txt == "" {
			continue
		}
		fields := strings.Split(txt, ",")
		if len(fields) != 65 {
			return nil, fmt.Errorf("digits.csv line %d: %d fields, want 65", line, len(fields))
		}
		for j := 0; j < 64; j++ {
			v, err := strconv.Atoi(fields[j])
			if err != nil || v < 0 || v > 16 {
				return nil, fmt.Errorf("digits.csv line %d field %d: bad pixel %q", line, j, fields[j])
			}
			d.X = append(d.X, float64(v)/16)
		}
		y, err := strconv.Atoi(fields[64])
		if err != nil || y < 0 || y > 9 {
			return nil, fmt.Errorf("digits.csv line %d: bad label %q", line, fields[64])
		}
		d.Y = append(d.Y, y)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("digits: %w", err)
	}
	d.N = len(d.Y)
	if d.N != 1797 {
		return nil, fmt.Errorf("digits: %d samples, want 1797", d.N)
	}
	return d, d.Validate()
}

// Load returns a named built-in data set. Only "digits" exists.
func Load(name string) (*Dataset, error) {
	switch name {
	case "digits":
		return Digits()
	default:
		return nil, fmt.Errorf("unknown dataset %q (known: digits)", name)
	}
}

// Split is a seeded partition of a data set.
type Split struct {
	Train, Val, Test *Dataset
	// TrainIndex etc. are the original row numbers of each part.
	TrainIndex, ValIndex, TestIndex []int
}

// SplitSizes shuffles d with seed and cuts it into train, validation
// and test parts of the given sizes (test takes the rest; sizes must fit).
func SplitSizes(d *Dataset, nTrain, nVal int, seed uint64) (*Split, error) {
	if nTrain <= 0 || nVal <= 0 || nTrain+nVal > d.N {
		return nil, fmt.Errorf("split %q: train %d + val %d does not fit in %d samples", d.Name, nTrain, nVal, d.N)
	}
	p := NewRNG(seed).Perm(d.N)
	s := &Split{TrainIndex: p[:nTrain], ValIndex: p[nTrain : nTrain+nVal], TestIndex: p[nTrain+nVal:]}
	s.Train = d.Subset(d.Name+"/train", s.TrainIndex)
	s.Val = d.Subset(d.Name+"/val", s.ValIndex)
	s.Test = d.Subset(d.Name+"/test", s.TestIndex)
	return s, nil
}

// FlipLabels replaces the labels of exactly round(frac·n) distinct samples,
// chosen uniformly with seed, by a different label drawn uniformly from the
// other classes. It returns the noisy labels and which samples were flipped.
func FlipLabels(y []int, classes int, frac float64, seed uint64) ([]int, []bool, error) {
	if frac < 0 || frac > 1 || classes < 2 {
		return nil, nil, fmt.Errorf("flip labels: fraction %v or classes %d out of range", frac, classes)
	}
	n := len(y)
	k := int(frac*float64(n) + 0.5)
	rng := NewRNG(seed)
	p := rng.Perm(n)
	noisy := append([]int(nil), y...)
	flipped := make([]bool, n)
	for _, i := range p[:k] {
		nl := rng.IntN(classes - 1)
		if nl >= y[i] {
			nl++
		}
		noisy[i] = nl
		flipped[i] = true
	}
	return noisy, flipped, nil
}

// Contributions assigns n samples to k contributions (uploaded files) of
// near-equal size in a seeded random order, and the contributions round-robin
// to `contributors` contributors. It returns each sample's contribution and
// each contribution's contributor.
func Contributions(n, k, contributors int, seed uint64) (sampleContrib, contribOwner []int, err error) {
	if k <= 0 || k > n || contributors <= 0 || contributors > k {
		return nil, nil, fmt.Errorf("contributions: need 0 < contributors %d <= contributions %d <= samples %d", contributors, k, n)
	}
	p := NewRNG(seed).Perm(n)
	sampleContrib = make([]int, n)
	for r, i := range p {
		sampleContrib[i] = r * k / n
	}
	contribOwner = make([]int, k)
	for c := range contribOwner {
		contribOwner[c] = c % contributors
	}
	return sampleContrib, contribOwner, nil
}
