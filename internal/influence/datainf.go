package influence

import (
	"context"
	"fmt"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/blas/gonum"
)

// DefaultDamping is the factor in λ_l = 0.1·(n·d_l)⁻¹ Σ_i ‖g_il‖² (Kwon et al.).
const DefaultDamping = 0.1

var impl gonum.Implementation

// Options configures the damping shared by DataInf, exact and LiSSA.
type Options struct {
	// Damping is the factor f in λ_l = f·(n·d_l)⁻¹ Σ_i ‖g_il‖²; 0 means DefaultDamping.
	Damping float64
	// Lambda, when non-nil, sets λ_l per layer directly (each ≥ 0) instead.
	Lambda []float64
}

// Lambdas returns λ_l = damping·(n·d_l)⁻¹ Σ_i ‖g_il‖² for every layer. A layer
// whose gradients are all zero gets λ_l = 0 and contributes nothing to any
// score (its terms are 0 for every sample).
func Lambdas(train *Grads, damping float64) []float64 {
	if damping == 0 {
		damping = DefaultDamping
	}
	out := make([]float64, len(train.Layers))
	for l := range train.Layers {
		ly := &train.Layers[l]
		s := impl.Ddot(len(ly.Data), ly.Data, 1, ly.Data, 1)
		out[l] = damping * s / (float64(train.N) * float64(ly.Dim))
	}
	return out
}

func resolveLambdas(train *Grads, opts Options) ([]float64, error) {
	if opts.Lambda == nil {
		if opts.Damping < 0 {
			return nil, fmt.Errorf("damping %v < 0", opts.Damping)
		}
		return Lambdas(train, opts.Damping), nil
	}
	if len(opts.Lambda) != len(train.Layers) {
		return nil, fmt.Errorf("%d lambdas for %d layers", len(opts.Lambda), len(train.Layers))
	}
	for l, x := range opts.Lambda {
		if !(x >= 0) || x > 1e300 {
			return nil, fmt.Errorf("layer %q: lambda %v not a finite value ≥ 0", train.Layers[l].Name, x)
		}
	}
	return append([]float64(nil), opts.Lambda...), nil
}

// KernelMode says whether a DataInfScorer precomputes the per-layer n×n
// Gram matrix K_l = G_l G_lᵀ.
type KernelMode int

const (
	// KernelAuto uses the Gram matrix when 4n ≤ d_l and n ≤ 8192: a query
	// then costs one pass over G_l plus an n×n product. Building it costs
	// O(n²·d_l) (≈ n queries), so it pays off for a long-lived scorer that
	// answers many queries (the payment path), not for one-shot scoring.
	KernelAuto KernelMode = iota
	// KernelOn always precomputes the Gram matrix.
	KernelOn
	// KernelOff never does: a query costs two fused passes over G_l.
	KernelOff
)

// DataInfScorer evaluates DataInf for one fixed set of training gradients
// and any number of queries. Build it once (O(n·d) or, with the Gram matrix,
// O(n²·d)); each query is then O(n·d). It is safe for concurrent Score calls.
type DataInfScorer struct {
	train  *Grads
	lambda []float64
	coef   [][]float64 // per layer: c_i = 1/(n·(λ_l + ‖g_il‖²))
	kernel [][]float64 // per layer: n×n Gram matrix, or nil
}

// NewDataInf validates train and precomputes λ_l and the per-sample
// coefficients (and the Gram matrices, per mode).
func NewDataInf(ctx context.Context, train *Grads, opts Options, mode KernelMode) (*DataInfScorer, error) {
	if err := train.Validate(); err != nil {
		return nil, fmt.Errorf("datainf: %w", err)
	}
	lam, err := resolveLambdas(train, opts)
	if err != nil {
		return nil, fmt.Errorf("datainf: %w", err)
	}
	s := &DataInfScorer{train: train, lambda: lam, coef: make([][]float64, len(train.Layers)), kernel: make([][]float64, len(train.Layers))}
	n := train.N
	for l := range train.Layers {
		if err := ctxErr(ctx); err != nil {
			return nil, err
		}
		ly := &train.Layers[l]
		c := make([]float64, n)
		if lam[l] > 0 {
			for i := 0; i < n; i++ {
				r := ly.Row(i)
				c[i] = 1 / (float64(n) * (lam[l] + impl.Ddot(ly.Dim, r, 1, r, 1)))
			}
		}
		s.coef[l] = c
		useK := mode == KernelOn || (mode == KernelAuto && 4*n <= ly.Dim && n <= 8192)
		if useK && lam[l] > 0 {
			k := make([]float64, n*n)
			impl.Dsyrk(blas.Upper, blas.NoTrans, n, ly.Dim, 1, ly.Data, ly.Dim, 0, k, n)
			for i := 0; i < n; i++ {
				for j := i + 1; j < n; j++ {
					k[j*n+i] = k[i*n+j]
				}
			}
			s.kernel[l] = k
		}
	}
	return s, nil
}

// Lambdas returns the λ_l in use.
func (s *DataInfScorer) Lambdas() []float64 { return append([]float64(nil), s.lambda...) }

// N returns the number of training rows scored.
func (s *DataInfScorer) N() int { return s.train.N }

// Score writes into out (length n) the DataInf influence of every training
// row on the query v (one gradient slice per layer):
//
//	I(k) = Σ_l (1/λ_l)[(1/n)Σ_i (v_l·g_il)(g_il·g_kl)/(λ_l+‖g_il‖²) − v_l·g_kl]
//
// evaluated as I(k) = Σ_l (u_l − v_l)·g_kl/λ_l with u_l = Σ_i c_il (v_l·g_il) g_il,
// so no d×d matrix is formed.
func (s *DataInfScorer) Score(v [][]float64, out []float64) error {
	if err := checkQuery(s.train, v); err != nil {
		return fmt.Errorf("datainf: %w", err)
	}
	n := s.train.N
	if len(out) != n {
		return fmt.Errorf("datainf: output has %d slots, want %d", len(out), n)
	}
	clear(out)
	var tmp []float64
	for l := range s.train.Layers {
		lam := s.lambda[l]
		if lam == 0 {
			continue
		}
		ly := &s.train.Layers[l]
		d := ly.Dim
		vl := v[l]
		c := s.coef[l]
		if k := s.kernel[l]; k != nil {
			// One pass over G: s_i = g_i·v; then (K w − s)/λ with w = c⊙s.
			if cap(tmp) < 2*n {
				tmp = make([]float64, 2*n)
			}
			sv, w := tmp[:n], tmp[n:2*n]
			impl.Dgemv(blas.NoTrans, n, d, 1, ly.Data, d, vl, 1, 0, sv, 1)
			for i := range w {
				w[i] = c[i] * sv[i]
			}
			inv := 1 / lam
			for kk := 0; kk < n; kk++ {
				out[kk] += (impl.Ddot(n, k[kk*n:(kk+1)*n], 1, w, 1) - sv[kk]) * inv
			}
			continue
		}
		// Two fused passes: u = Σ_i c_i (g_i·v) g_i; then (u − v)·g_k / λ.
		if cap(tmp) < d {
			tmp = make([]float64, d)
		}
		u := tmp[:d]
		clear(u)
		data := ly.Data
		for i := 0; i < n; i++ {
			r := data[i*d : (i+1)*d]
			a := c[i] * impl.Ddot(d, r, 1, vl, 1)
			impl.Daxpy(d, a, r, 1, u, 1)
		}
		for j := range u {
			u[j] -= vl[j]
		}
		inv := 1 / lam
		for kk := 0; kk < n; kk++ {
			out[kk] += impl.Ddot(d, data[kk*d:(kk+1)*d], 1, u, 1) * inv
		}
	}
	return nil
}

// ScoreBatch scores Q queries at once (row q of every layer of queries is
// query q) with matrix–matrix products. It returns a Q×n row-major matrix:
// entry (q, k) is the influence of training row k on query q, equal (up to
// rounding) to Score on query q.
func (s *DataInfScorer) ScoreBatch(ctx context.Context, queries *Grads) ([]float64, error) {
	if err := queries.Validate(); err != nil {
		return nil, fmt.Errorf("datainf batch: queries: %w", err)
	}
	if len(queries.Layers) != len(s.train.Layers) {
		return nil, fmt.Errorf("datainf batch: queries have %d layers, training gradients %d", len(queries.Layers), len(s.train.Layers))
	}
	n, q := s.train.N, queries.N
	out := make([]float64, q*n)
	S := make([]float64, q*n)
	var U []float64
	for l := range s.train.Layers {
		if err := ctxErr(ctx); err != nil {
			return nil, err
		}
		ly := &s.train.Layers[l]
		ql := &queries.Layers[l]
		if ql.Dim != ly.Dim {
			return nil, fmt.Errorf("datainf batch: layer %q: query dim %d, training dim %d", ly.Name, ql.Dim, ly.Dim)
		}
		lam := s.lambda[l]
		if lam == 0 {
			continue
		}
		d := ly.Dim
		inv := 1 / lam
		G := blas64.General{Rows: n, Cols: d, Stride: d, Data: ly.Data}
		V := blas64.General{Rows: q, Cols: d, Stride: d, Data: ql.Data}
		Sm := blas64.General{Rows: q, Cols: n, Stride: n, Data: S}
		blas64.Gemm(blas.NoTrans, blas.Trans, 1, V, G, 0, Sm) // S = V Gᵀ
		c := s.coef[l]
		if k := s.kernel[l]; k != nil {
			W := make([]float64, q*n)
			for a := 0; a < q; a++ {
				for i := 0; i < n; i++ {
					W[a*n+i] = S[a*n+i] * c[i]
				}
			}
			// out += (W K − S)/λ
			blas64.Gemm(blas.NoTrans, blas.NoTrans, inv, blas64.General{Rows: q, Cols: n, Stride: n, Data: W},
				blas64.General{Rows: n, Cols: n, Stride: n, Data: k}, 1, blas64.General{Rows: q, Cols: n, Stride: n, Data: out})
			for a := range S {
				out[a] -= S[a] * inv
			}
			continue
		}
		for a := 0; a < q; a++ {
			for i := 0; i < n; i++ {
				S[a*n+i] *= c[i]
			}
		}
		if cap(U) < q*d {
			U = make([]float64, q*d)
		}
		U = U[:q*d]
		copy(U, ql.Data)
		Um := blas64.General{Rows: q, Cols: d, Stride: d, Data: U}
		blas64.Gemm(blas.NoTrans, blas.NoTrans, 1, Sm, G, -1, Um) // U = W G − V
		blas64.Gemm(blas.NoTrans, blas.Trans, inv, Um, G, 1, blas64.General{Rows: q, Cols: n, Stride: n, Data: out})
	}
	return out, nil
}

// DataInf is the one-shot form: influence of every training row on v, in
// O(n·d) (two passes per layer, no Gram matrix).
func DataInf(ctx context.Context, train *Grads, v [][]float64, opts Options) ([]float64, error) {
	s, err := NewDataInf(ctx, train, opts, KernelOff)
	if err != nil {
		return nil, err
	}
	out := make([]float64, train.N)
	if err := s.Score(v, out); err != nil {
		return nil, err
	}
	return out, nil
}

// HessianFree returns I(k) = −Σ_l v_l·g_kl (H replaced by the identity).
func HessianFree(ctx context.Context, train *Grads, v [][]float64) ([]float64, error) {
	if err := train.Validate(); err != nil {
		return nil, fmt.Errorf("hessian-free: %w", err)
	}
	if err := checkQuery(train, v); err != nil {
		return nil, fmt.Errorf("hessian-free: %w", err)
	}
	out := make([]float64, train.N)
	for l := range train.Layers {
		if err := ctxErr(ctx); err != nil {
			return nil, err
		}
		ly := &train.Layers[l]
		for k := 0; k < train.N; k++ {
			out[k] -= impl.Ddot(ly.Dim, ly.Row(k), 1, v[l], 1)
		}
	}
	return out, nil
}
