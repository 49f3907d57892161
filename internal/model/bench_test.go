package model

import (
	"context"
	"testing"
)

// BenchmarkPerSampleGrads: per-sample LoRA gradients of 1,000 digits-sized
// inputs through a 64-32-10 rank-4 model (float and NF4 base).
func BenchmarkPerSampleGrads(b *testing.B) {
	for _, q := range []string{QuantNone, QuantNF4} {
		name := q
		if name == "" {
			name = "float64"
		}
		b.Run(name, func(b *testing.B) {
			m, _ := New(Config{Sizes: []int{64, 32, 10}, Rank: 4, Alpha: 1, Quant: q}, 1)
			randomAdapters(m, 1)
			x, y := randomInput(1000, 64, 2)
			for b.Loop() {
				if _, err := m.PerSampleGrads(context.Background(), x, y); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
