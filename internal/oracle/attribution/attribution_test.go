package attribution

import (
	"context"
	"testing"

	"github.com/open-attribution/poa/internal/dataset"
	"github.com/open-attribution/poa/internal/influence"
	"github.com/open-attribution/poa/internal/model"
)

func TestFeaturesRoundTrip(t *testing.T) {
	f := &Features{Version: FeaturesVersion, ProjectionSeed: 3, Dim: 2, Rows: [][]int64{{1, -2}, {3, 4}},
		Leaves: []Leaf{{Index: 0, ContributionID: 5}, {Index: 1, ContributionID: 9}}}
	b, err := f.Encode()
	if err != nil {
		t.Fatal(err)
	}
	g, err := DecodeFeatures(b)
	if err != nil || g.Rows[0][1] != -2 || g.Projector().Dim != 2 {
		t.Fatalf("%+v %v", g, err)
	}
	for _, bad := range []*Features{
		{Version: 2, Dim: 2, Rows: f.Rows, Leaves: f.Leaves},
		{Version: 1, Dim: 3, Rows: f.Rows, Leaves: f.Leaves},
		{Version: 1, Dim: 2, Rows: f.Rows, Leaves: f.Leaves[:1]},
		{Version: 1, Dim: 2, Rows: f.Rows, Leaves: []Leaf{{Index: 1}, {Index: 0}}},
	} {
		if bad.Validate() == nil {
			t.Errorf("accepted %+v", bad)
		}
	}
}

// The per-contribution features are the projection of the summed per-sample gradients, and the
// attribution of a query is FixedAttribute of the quantised values.
func TestFeaturesAndQuery(t *testing.T) {
	ctx := context.Background()
	d, _ := dataset.Digits()
	sub := d.Subset("x", []int{0, 1, 2, 3, 4, 5})
	m, _ := model.New(model.Config{Sizes: []int{64, 8, 10}, Rank: 2, Alpha: 2}, 1)
	m.Layers[0].B[0] = 0.5 // a non-zero adapter so every block has gradients
	p := influence.Projector{Seed: 9, Dim: 4}
	group := []int{0, 0, 1, 1, 1, 2}
	rows, _, err := ContributionFeatures(ctx, m, sub.X, sub.Y, group, 3, p)
	if err != nil {
		t.Fatal(err)
	}
	g, _ := m.PerSampleGrads(ctx, sub.X, sub.Y)
	sum, _ := g.SumByGroup(group, 3)
	proj, _ := p.Grads(ctx, sum)
	for k := range rows {
		for j := range rows[k] {
			if q, _ := influence.Quantize(proj.Layers[0].Row(k)[j]); q != rows[k][j] {
				t.Fatalf("row %d col %d: %d, want %d", k, j, rows[k][j], q)
			}
		}
	}
	q, err := QueryFeatures(ctx, m, d.Row(10), p)
	if err != nil || len(q.Row) != 4 || len(q.Probabilities) != 10 {
		t.Fatalf("%+v %v", q, err)
	}
	in := Input(rows, q.Row, nil)
	if in.N != 3 || len(in.Layers[0].Train) != 12 {
		t.Fatalf("%+v", in)
	}
	if _, err := influence.FixedDataInf(ctx, in); err != nil {
		t.Fatal(err)
	}
}
