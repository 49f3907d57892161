package influence

import (
	"context"
	"fmt"
	"testing"
)

// Benchmarks. Run: go test -run '^$' -bench . -benchtime 5x ./internal/influence
// (sizes are chosen to exceed the caches; see docs/benchmarks.md).

// BenchmarkSpeedup times one-shot DataInf (scorer construction included)
// and exact on the same n = 1000 gradients as d_l grows.
func BenchmarkSpeedup(b *testing.B) {
	ctx := context.Background()
	for _, d := range []int{64, 256, 1024, 2048} {
		g := randGrads(1000, []int{d}, 1)
		v := randQuery([]int{d}, 2)
		b.Run(fmt.Sprintf("datainf/d=%d", d), func(b *testing.B) {
			for b.Loop() {
				if _, err := DataInf(ctx, g, v, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("exact/d=%d", d), func(b *testing.B) {
			for b.Loop() {
				if _, err := Exact(ctx, g, v, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSingleQuery: one Score call over a 256 MiB gradient matrix;
// MB/s counts the matrix bytes once per pass (2 passes in stream mode, 1 in
// kernel mode). BenchmarkCopy copies the same bytes (MB/s counts read +
// write).
func BenchmarkSingleQuery(b *testing.B) {
	ctx := context.Background()
	for _, tc := range []struct {
		name   string
		n, d   int
		mode   KernelMode
		passes int
	}{{"stream", 16384, 2048, KernelOff, 2}, {"kernel", 256, 131072, KernelOn, 1}} {
		g := randGrads(tc.n, []int{tc.d}, 3)
		v := randQuery([]int{tc.d}, 4)
		s, err := NewDataInf(ctx, g, Options{}, tc.mode)
		if err != nil {
			b.Fatal(err)
		}
		out := make([]float64, tc.n)
		b.Run(fmt.Sprintf("%s/n=%d/d=%d", tc.name, tc.n, tc.d), func(b *testing.B) {
			b.SetBytes(int64(tc.passes * 8 * tc.n * tc.d))
			for b.Loop() {
				if err := s.Score(v, out); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("copy/n=%d/d=%d", tc.n, tc.d), func(b *testing.B) {
			dst := make([]float64, tc.n*tc.d)
			copy(dst, g.Layers[0].Data) // fault the pages in before timing
			b.SetBytes(int64(2 * 8 * tc.n * tc.d))
			for b.Loop() {
				copy(dst, g.Layers[0].Data)
			}
		})
	}
}

// BenchmarkScoreBatch: 64 queries at once; reports GFLOP/s (3 GEMMs of
// 2·q·n·d flops each in stream mode).
func BenchmarkScoreBatch(b *testing.B) {
	ctx := context.Background()
	n, d, q := 4096, 1024, 64
	g := randGrads(n, []int{d}, 5)
	qs := randGrads(q, []int{d}, 6)
	s, _ := NewDataInf(ctx, g, Options{}, KernelOff)
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.ScoreBatch(ctx, qs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(3*2*float64(q*n*d)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
}

// BenchmarkFixedDataInf: the integer path at contribution scale.
func BenchmarkFixedDataInf(b *testing.B) {
	in, _, _ := randFixed(100, []int{1024, 1024}, 1, 7)
	for b.Loop() {
		if _, err := FixedDataInf(context.Background(), in); err != nil {
			b.Fatal(err)
		}
	}
}
