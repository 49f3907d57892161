package experiment

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/open-attribution/poa/internal/influence"
)

func TestMislabelExportRoundTrip(t *testing.T) {
	ctx := context.Background()
	r, err := Mislabel(ctx, MislabelConfig{Noise: 0.2, Seed: 1, Subset: 300, Epochs: 5, Quant: "nf4"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.Flipped == 0 || len(r.Methods) != 4 || r.DataInfVsExact == nil {
		t.Fatalf("result %+v", r)
	}
	p, err := r.Export(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	b, err := influence.ReadBundle(p)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(p) != influence.ManifestName || b.Train.N != r.NTrain || b.Query.N != r.NVal || len(b.Manifest.Contributions) != 20 {
		t.Fatalf("bundle %d/%d/%d", b.Train.N, b.Query.N, len(b.Manifest.Contributions))
	}
	if _, err := Mislabel(ctx, MislabelConfig{Noise: 0.2, Methods: []string{"magic"}}, nil); err == nil {
		t.Fatal("unknown method accepted")
	}
}

func TestSpeedHelpers(t *testing.T) {
	ctx := context.Background()
	rows, err := SpeedupVsDim(ctx, 50, []int{8, 16}, 1)
	if err != nil || len(rows) != 2 || rows[0].Speedup <= 0 {
		t.Fatalf("%v %v", rows, err)
	}
	for _, m := range []influence.KernelMode{influence.KernelOff, influence.KernelOn} {
		bw, err := MeasureBandwidth(ctx, 64, 256, m, 1)
		if err != nil || bw.QueryGBs <= 0 || bw.String() == "" {
			t.Fatal(err)
		}
		br, err := MeasureBatch(ctx, 64, 32, 4, m, 1)
		if err != nil || br.GFlops <= 0 {
			t.Fatal(err)
		}
	}
}
