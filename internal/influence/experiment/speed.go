package experiment

import (
	"context"
	"fmt"
	"time"

	"github.com/open-attribution/poa/internal/dataset"
	"github.com/open-attribution/poa/internal/influence"
)

// SyntheticGrads returns n rows of one d-column layer with entries uniform
// in ±1 times a per-row scale in [0.1, 2) (so row norms vary as real
// per-sample gradients do), and a query of the same kind, from seed.
func SyntheticGrads(n, d int, seed uint64) (*influence.Grads, [][]float64) {
	rng := dataset.NewRNG(seed)
	data := make([]float64, n*d)
	for i := 0; i < n; i++ {
		s := rng.Uniform(0.1, 2)
		for j := 0; j < d; j++ {
			data[i*d+j] = s * rng.Uniform(-1, 1)
		}
	}
	v := make([]float64, d)
	for j := range v {
		v[j] = rng.Uniform(-1, 1)
	}
	return &influence.Grads{N: n, Layers: []influence.Layer{{Name: "synthetic", Shape: []int{d}, Dim: d, Data: data}}}, [][]float64{v}
}

// SpeedRow is DataInf against exact on the same gradients of one size.
type SpeedRow struct {
	N        int     `json:"n"`
	Dim      int     `json:"dim"`
	DataInfS float64 `json:"datainf_seconds"`
	ExactS   float64 `json:"exact_seconds"`
	Speedup  float64 `json:"speedup"`
}

// best runs f reps times and returns the fastest wall time in seconds.
func best(reps int, f func() error) (float64, error) {
	b := 0.0
	for r := 0; r < reps; r++ {
		t := time.Now()
		if err := f(); err != nil {
			return 0, err
		}
		if s := time.Since(t).Seconds(); r == 0 || s < b {
			b = s
		}
	}
	return b, nil
}

// SpeedupVsDim times one-shot DataInf (scorer construction included) and
// exact on the same synthetic n×d gradients for each d.
func SpeedupVsDim(ctx context.Context, n int, dims []int, seed uint64) ([]SpeedRow, error) {
	var out []SpeedRow
	for _, d := range dims {
		g, v := SyntheticGrads(n, d, seed)
		reps := 5
		di, err := best(reps, func() error { _, err := influence.DataInf(ctx, g, v, influence.Options{}); return err })
		if err != nil {
			return nil, err
		}
		exReps := 3
		if d >= 2048 {
			exReps = 1
		}
		ex, err := best(exReps, func() error { _, err := influence.Exact(ctx, g, v, influence.Options{}); return err })
		if err != nil {
			return nil, err
		}
		out = append(out, SpeedRow{N: n, Dim: d, DataInfS: di, ExactS: ex, Speedup: ex / di})
	}
	return out, nil
}

// Bandwidth is the single-query memory-bandwidth measurement.
type Bandwidth struct {
	N, Dim      int
	Mode        string  // "stream" (2 fused passes) or "kernel" (1 pass + n×n)
	Bytes       int64   // size of the gradient matrix
	Passes      int     // passes over the matrix per query
	QueryS      float64 // best single-query latency
	CopyS       float64 // best time of copy() of the same bytes
	QueryGBs    float64 // Passes·Bytes / QueryS  (bytes read per second)
	CopyGBs     float64 // 2·Bytes / CopyS        (bytes read + written per second)
	FractionPct float64 // 100·QueryGBs / CopyGBs
}

// MeasureBandwidth times one Score call of a scorer over an n×d matrix
// against copying the same bytes.
func MeasureBandwidth(ctx context.Context, n, d int, mode influence.KernelMode, reps int) (*Bandwidth, error) {
	g, v := SyntheticGrads(n, d, 7)
	s, err := influence.NewDataInf(ctx, g, influence.Options{}, mode)
	if err != nil {
		return nil, err
	}
	out := make([]float64, n)
	q, err := best(reps, func() error { return s.Score(v, out) })
	if err != nil {
		return nil, err
	}
	src := g.Layers[0].Data
	dst := make([]float64, len(src))
	c, _ := best(reps, func() error { copy(dst, src); return nil })
	b := &Bandwidth{N: n, Dim: d, Bytes: int64(8 * len(src)), QueryS: q, CopyS: c, Mode: "stream", Passes: 2}
	if mode == influence.KernelOn {
		b.Mode, b.Passes = "kernel", 1
	}
	b.QueryGBs = float64(b.Passes) * float64(b.Bytes) / q / 1e9
	b.CopyGBs = 2 * float64(b.Bytes) / c / 1e9
	b.FractionPct = 100 * b.QueryGBs / b.CopyGBs
	return b, nil
}

// BatchRate is the batched-scoring throughput.
type BatchRate struct {
	N, Dim, Queries int
	Mode            string
	Seconds         float64
	GFlops          float64
}

// MeasureBatch times ScoreBatch for q queries (flops counted as 2·q·n·d per
// matrix product: 3 products in stream mode, 1 plus 2·q·n² in kernel mode).
func MeasureBatch(ctx context.Context, n, d, q int, mode influence.KernelMode, reps int) (*BatchRate, error) {
	g, _ := SyntheticGrads(n, d, 11)
	qs, _ := SyntheticGrads(q, d, 12)
	s, err := influence.NewDataInf(ctx, g, influence.Options{}, mode)
	if err != nil {
		return nil, err
	}
	t, err := best(reps, func() error { _, err := s.ScoreBatch(ctx, qs); return err })
	if err != nil {
		return nil, err
	}
	flops := 3 * 2 * float64(q) * float64(n) * float64(d)
	m := "stream"
	if mode == influence.KernelOn {
		flops = 2*float64(q)*float64(n)*float64(d) + 2*float64(q)*float64(n)*float64(n)
		m = "kernel"
	}
	return &BatchRate{N: n, Dim: d, Queries: q, Mode: m, Seconds: t, GFlops: flops / t / 1e9}, nil
}

// String formats a bandwidth line.
func (b *Bandwidth) String() string {
	return fmt.Sprintf("%-6s n=%d d=%d (%.0f MiB): query %.2f ms = %.2f GB/s read (%d pass); copy %.2f ms = %.2f GB/s; %.0f%%",
		b.Mode, b.N, b.Dim, float64(b.Bytes)/(1<<20), 1e3*b.QueryS, b.QueryGBs, b.Passes, 1e3*b.CopyS, b.CopyGBs, b.FractionPct)
}
