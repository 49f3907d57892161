package influence

import (
	"context"
	"fmt"
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
)

// ProjectionLayerName is the name of the single layer Project returns.
const ProjectionLayerName = "projection"

func splitmix64(x uint64) uint64 {
	z := x + 0x9E3779B97F4A7C15
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// ProjectionSign is the sign of entry (r, c) of the seeded Rademacher
// projection: +1 when the top bit of SplitMix64(seed XOR (r<<32 | c)) is 0,
// else −1, where SplitMix64(x) is the standard finaliser of x+0x9E3779B97F4A7C15
// and c indexes the concatenation of all layers' parameters in layer order.
// Entries of the matrix are ProjectionSign/√dim.
func ProjectionSign(seed uint64, r, c int) float64 {
	if splitmix64(seed^(uint64(r)<<32|uint64(uint32(c))))>>63 == 0 {
		return 1
	}
	return -1
}

// Projector is a seeded Johnson–Lindenstrauss (Rademacher) projection of the
// full per-sample gradient (all layers concatenated, D = Σ d_l entries) to
// Dim features: f = P g with P_rc = ProjectionSign(seed, r, c)/√Dim, so
// E‖f‖² = ‖g‖² and inner products are preserved in expectation. Everything
// is determined by (Seed, Dim, layer dims), so a verifier can rebuild P.
type Projector struct {
	Seed uint64
	Dim  int
}

func (p Projector) check(dims []int) error {
	if p.Dim <= 0 || p.Dim > 1<<31 {
		return fmt.Errorf("projection: dim %d", p.Dim)
	}
	D := 0
	for _, d := range dims {
		D += d
	}
	if D >= 1<<32 {
		return fmt.Errorf("projection: total dimension %d ≥ 2^32", D)
	}
	return nil
}

// rows fills buf (rows r0..r0+len(buf)/D-1 of P, row-major, D columns).
func (p Projector) rows(buf []float64, r0, D int) {
	s := 1 / math.Sqrt(float64(p.Dim))
	for k := range buf {
		r, c := r0+k/D, k%D
		buf[k] = s * ProjectionSign(p.Seed, r, c)
	}
}

// Grads projects every row of g; the result has one layer named
// ProjectionLayerName with Dim columns.
func (p Projector) Grads(ctx context.Context, g *Grads) (*Grads, error) {
	if err := g.Validate(); err != nil {
		return nil, fmt.Errorf("projection: %w", err)
	}
	if err := p.check(g.Dims()); err != nil {
		return nil, err
	}
	D := g.TotalDim()
	out := make([]float64, g.N*p.Dim)
	const chunk = 64
	buf := make([]float64, chunk*D)
	for r0 := 0; r0 < p.Dim; r0 += chunk {
		if err := ctxErr(ctx); err != nil {
			return nil, err
		}
		rc := min(chunk, p.Dim-r0)
		pb := buf[:rc*D]
		p.rows(pb, r0, D)
		off := 0
		for l := range g.Layers {
			ly := &g.Layers[l]
			// out[:, r0:r0+rc] += G_l · P[r0:r0+rc, off:off+d_l]ᵀ
			blas64.Gemm(blas.NoTrans, blas.Trans, 1,
				blas64.General{Rows: g.N, Cols: ly.Dim, Stride: ly.Dim, Data: ly.Data},
				blas64.General{Rows: rc, Cols: ly.Dim, Stride: D, Data: pb[off:]},
				1, blas64.General{Rows: g.N, Cols: rc, Stride: p.Dim, Data: out[r0:]})
			off += ly.Dim
		}
	}
	return &Grads{N: g.N, Layers: []Layer{{Name: ProjectionLayerName, Shape: []int{p.Dim}, Dim: p.Dim, Data: out}}}, nil
}

// Query projects one query (one slice per layer) the same way.
func (p Projector) Query(v [][]float64) ([][]float64, error) {
	data := make([]Layer, len(v))
	for l := range v {
		data[l] = Layer{Name: fmt.Sprintf("layer%d", l), Dim: len(v[l]), Data: v[l]}
	}
	g, err := p.Grads(context.Background(), &Grads{N: 1, Layers: data})
	if err != nil {
		return nil, err
	}
	return [][]float64{g.Layers[0].Data}, nil
}
