package circuit

import "testing"

func TestConfigValidate(t *testing.T) {
	for _, c := range []Config{
		{Contributions: 0, Batch: 1, Layers: []int{1}},
		{Contributions: 1, Batch: 0, Layers: []int{1}},
		{Contributions: 1, Batch: 65, Layers: []int{1}},
		{Contributions: 1, Batch: 1},
		{Contributions: 1, Batch: 1, Layers: []int{0}},
		// Positive totals could reach 2^90, past the split reciprocal's 2^72.
		{Contributions: 1 << 20, Batch: 64, Layers: []int{1 << 16, 1 << 16}},
	} {
		if err := c.Validate(); err == nil {
			t.Errorf("%+v validated", c)
		}
	}
	for _, c := range []Config{
		{Contributions: 1, Batch: 1, Layers: []int{1}},
		{Contributions: 256, Batch: 16, Layers: []int{64}},
		{Contributions: 1 << 12, Batch: 64, Layers: []int{1024}},
	} {
		b, err := c.Bounds()
		if err != nil {
			t.Fatalf("%+v: %v", c, err)
		}
		if b.ScoreBits <= 0 || b.TotalR <= b.ScoreBits {
			t.Fatalf("%+v: bounds %+v", c, b)
		}
	}
	if got := (Config{Contributions: 5, Batch: 3, Layers: []int{2}}).VectorWords(); got != 14 {
		t.Fatalf("vector of M = 3: %d words, want 14", got)
	}
}
