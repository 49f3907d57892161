package demo

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/open-attribution/poa/internal/dataset"
)

// Sample is one digit in the datanet's format: 64 pixel values 0..16 and a label.
type Sample struct {
	Pixels [64]int
	Label  int
}

// File is one contribution: a CSV of samples uploaded by one contributor.
type File struct {
	Owner      Account
	Samples    []Sample
	Mislabeled int
	// Set once contributed.
	ContributionID uint64
	Verdict        Verdict
}

// CSV is the file's bytes: one "p1,...,p64,label" row per sample.
func (f *File) CSV() []byte {
	var b bytes.Buffer
	for _, s := range f.Samples {
		for _, p := range s.Pixels {
			b.WriteString(strconv.Itoa(p))
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(s.Label))
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// ParseCSV reads a file in the datanet's format (what CSV writes).
func ParseCSV(b []byte) ([]Sample, error) {
	var out []Sample
	for i, line := range strings.Split(strings.TrimRight(string(b), "\r\n"), "\n") {
		f := strings.Split(strings.TrimSuffix(line, "\r"), ",")
		if len(f) != 65 {
			return nil, fmt.Errorf("line %d: %d fields, want 65", i+1, len(f))
		}
		var s Sample
		for j, x := range f {
			v, err := strconv.Atoi(x)
			if err != nil || v < 0 || (j < 64 && v > 16) || (j == 64 && v > 9) {
				return nil, fmt.Errorf("line %d, field %d: bad value %q", i+1, j+1, x)
			}
			if j < 64 {
				s.Pixels[j] = v
			} else {
				s.Label = v
			}
		}
		out = append(out, s)
	}
	return out, nil
}

// Hash is the file's sha256 (the on-chain content hash).
func (f *File) Hash() [32]byte { return sha256.Sum256(f.CSV()) }

// Data is the demo's split of the UCI digits: a reference set the validators check labels against,
// held-out queries users pay to classify, and a pool the contributors draw their files from.
type Data struct {
	Reference []Sample
	Queries   []Sample
	pool      []Sample
	next      int
	rng       *dataset.RNG
}

// NewData splits the digits with a fixed seed (the demo is reproducible).
func NewData() (*Data, error) {
	d, err := dataset.Digits()
	if err != nil {
		return nil, err
	}
	rng := dataset.NewRNG(20250101)
	perm := rng.Perm(d.N)
	all := make([]Sample, d.N)
	for i := range d.N {
		var s Sample
		for j, x := range d.Row(i) {
			s.Pixels[j] = int(math.Round(x * 16))
		}
		s.Label = d.Y[i]
		all[i] = s
	}
	pick := func(idx []int) []Sample {
		out := make([]Sample, len(idx))
		for k, i := range idx {
			out[k] = all[i]
		}
		return out
	}
	return &Data{Reference: pick(perm[:400]), Queries: pick(perm[400:440]), pool: pick(perm[440:]), rng: rng}, nil
}

// NewFile draws n fresh samples for owner and mislabels round(noise·n) of them (each gets another
// label, drawn uniformly).
func (d *Data) NewFile(owner Account, n int, noise float64) (*File, error) {
	if d.next+n > len(d.pool) {
		return nil, fmt.Errorf("demo data: pool exhausted")
	}
	f := &File{Owner: owner, Samples: append([]Sample(nil), d.pool[d.next:d.next+n]...)}
	d.next += n
	k := int(noise*float64(n) + 0.5)
	for _, i := range d.rng.Perm(n)[:k] {
		l := d.rng.IntN(9)
		if l >= f.Samples[i].Label {
			l++
		}
		f.Samples[i].Label = l
	}
	f.Mislabeled = k
	return f, nil
}

// Verdict is a validator's judgement of a file.
type Verdict struct {
	Agreement float64 // fraction of samples whose label the reference classifier agrees with
	Accept    bool
}

// ValidatorThreshold is the share of a file's labels the demo's validators must agree with: their
// reference classifier is right about 85 % of the time, so careful files pass with room to spare.
const ValidatorThreshold = 0.7

// Validator is the demo's automated validator: a nearest-centroid classifier on the clean
// reference set; a file is accepted when the classifier agrees with at least Threshold of its labels.
type Validator struct {
	centroids [10][64]float64
	Threshold float64
}

// NewValidator fits the centroids on the reference samples.
func NewValidator(ref []Sample, threshold float64) *Validator {
	v := &Validator{Threshold: threshold}
	var counts [10]int
	for _, s := range ref {
		counts[s.Label]++
		for j, p := range s.Pixels {
			v.centroids[s.Label][j] += float64(p)
		}
	}
	for c := range v.centroids {
		for j := range v.centroids[c] {
			v.centroids[c][j] /= float64(max(counts[c], 1))
		}
	}
	return v
}

// Classify returns the nearest centroid's class.
func (v *Validator) Classify(s Sample) int {
	best, bestD := 0, math.Inf(1)
	for c := range v.centroids {
		d := 0.0
		for j, p := range s.Pixels {
			x := float64(p) - v.centroids[c][j]
			d += x * x
		}
		if d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// Judge checks a file's labels.
func (v *Validator) Judge(f *File) Verdict {
	agree := 0
	for _, s := range f.Samples {
		if v.Classify(s) == s.Label {
			agree++
		}
	}
	a := float64(agree) / float64(max(len(f.Samples), 1))
	return Verdict{Agreement: a, Accept: a >= v.Threshold}
}

// Input is a query's bytes as the model takes them: 64 comma-separated pixel values.
func (s Sample) Input() string {
	var b bytes.Buffer
	for j, p := range s.Pixels {
		if j > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(p))
	}
	return b.String()
}
