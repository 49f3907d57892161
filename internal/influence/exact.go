package influence

import (
	"context"
	"fmt"
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/mat"
)

// Exact returns I(k) = −Σ_l v_lᵀ (G_l + λ_l I)⁻¹ g_kl with
// G_l = (1/n)Σ_i g_il g_ilᵀ, by forming the d_l×d_l matrix and a Cholesky
// solve: O(n·d_l² + d_l³) time and O(d_l²) memory per layer. It is the
// reference DataInf approximates. Layers with λ_l = 0 (all-zero gradients)
// contribute nothing.
func Exact(ctx context.Context, train *Grads, v [][]float64, opts Options) ([]float64, error) {
	if err := train.Validate(); err != nil {
		return nil, fmt.Errorf("exact: %w", err)
	}
	if err := checkQuery(train, v); err != nil {
		return nil, fmt.Errorf("exact: %w", err)
	}
	lam, err := resolveLambdas(train, opts)
	if err != nil {
		return nil, fmt.Errorf("exact: %w", err)
	}
	out := make([]float64, train.N)
	for l := range train.Layers {
		if err := ctxErr(ctx); err != nil {
			return nil, err
		}
		if lam[l] == 0 {
			continue
		}
		ly := &train.Layers[l]
		x, err := dampedSolve(ly, train.N, lam[l], v[l])
		if err != nil {
			return nil, fmt.Errorf("exact: layer %q: %w", ly.Name, err)
		}
		for k := 0; k < train.N; k++ {
			out[k] -= impl.Ddot(ly.Dim, ly.Row(k), 1, x, 1)
		}
	}
	return out, nil
}

// dampedSolve returns (GᵀG/n + λI)⁻¹ v.
func dampedSolve(ly *Layer, n int, lam float64, v []float64) ([]float64, error) {
	d := ly.Dim
	h := make([]float64, d*d)
	impl.Dsyrk(blas.Upper, blas.Trans, d, n, 1/float64(n), ly.Data, d, 0, h, d)
	for j := 0; j < d; j++ {
		h[j*d+j] += lam
	}
	sym := mat.NewSymDense(d, h)
	var ch mat.Cholesky
	if ok := ch.Factorize(sym); !ok {
		return nil, fmt.Errorf("damped matrix not positive definite (λ=%v)", lam)
	}
	x := mat.NewVecDense(d, nil)
	if err := ch.SolveVecTo(x, mat.NewVecDense(d, append([]float64(nil), v...))); err != nil {
		return nil, err
	}
	return x.RawVector().Data, nil
}

// LiSSAOptions configures LiSSA.
type LiSSAOptions struct {
	Options
	// Iterations of the recursion per layer; 0 means 200.
	Iterations int
	// Scale s ≥ the largest eigenvalue of G_l + λ_l I; 0 means 1.1× a
	// 30-step power-iteration estimate.
	Scale float64
}

// LiSSA returns I(k) = −Σ_l x_l·g_kl where x_l ≈ (G_l + λ_l I)⁻¹ v_l is
// computed by the LiSSA recursion (Agarwal et al., 2017) run
// deterministically on the full batch: h₀ = v, h_t = v + (I − H/s) h_{t−1},
// x = h_T / s. Each iteration is two passes over G_l (H h = Gᵀ(G h)/n + λh).
func LiSSA(ctx context.Context, train *Grads, v [][]float64, opts LiSSAOptions) ([]float64, error) {
	if err := train.Validate(); err != nil {
		return nil, fmt.Errorf("lissa: %w", err)
	}
	if err := checkQuery(train, v); err != nil {
		return nil, fmt.Errorf("lissa: %w", err)
	}
	lam, err := resolveLambdas(train, opts.Options)
	if err != nil {
		return nil, fmt.Errorf("lissa: %w", err)
	}
	iters := opts.Iterations
	if iters <= 0 {
		iters = 200
	}
	n := train.N
	out := make([]float64, n)
	tmp := make([]float64, n)
	for l := range train.Layers {
		if lam[l] == 0 {
			continue
		}
		ly := &train.Layers[l]
		d := ly.Dim
		hv := func(dst, x []float64) { // dst = (GᵀG/n + λI) x
			impl.Dgemv(blas.NoTrans, n, d, 1, ly.Data, d, x, 1, 0, tmp, 1)
			impl.Dgemv(blas.Trans, n, d, 1/float64(n), ly.Data, d, tmp, 1, 0, dst, 1)
			impl.Daxpy(d, lam[l], x, 1, dst, 1)
		}
		s := opts.Scale
		if s <= 0 {
			// Power iteration from a fixed vector (all ones) for determinism.
			x := make([]float64, d)
			y := make([]float64, d)
			for j := range x {
				x[j] = 1 / math.Sqrt(float64(d))
			}
			est := 0.0
			for it := 0; it < 30; it++ {
				hv(y, x)
				nrm := impl.Dnrm2(d, y, 1)
				if nrm == 0 {
					break
				}
				est = nrm
				for j := range x {
					x[j] = y[j] / nrm
				}
			}
			s = 1.1 * est
			if s < lam[l] {
				s = lam[l]
			}
		}
		h := append([]float64(nil), v[l]...)
		hh := make([]float64, d)
		for it := 0; it < iters; it++ {
			if it%16 == 0 {
				if err := ctxErr(ctx); err != nil {
					return nil, err
				}
			}
			hv(hh, h)
			for j := range h {
				h[j] = v[l][j] + h[j] - hh[j]/s
			}
		}
		for j := range h {
			h[j] /= s
		}
		for k := 0; k < n; k++ {
			out[k] -= impl.Ddot(d, ly.Row(k), 1, h, 1)
		}
	}
	return out, nil
}
