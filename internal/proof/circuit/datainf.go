package circuit

import (
	"math/big"

	"github.com/consensys/gnark/frontend"

	"github.com/open-attribution/poa/internal/influence"
)

// scores computes, per inference i and contribution k, influence.FixedDataInf's score (the sum over
// layers) and returns it with the positive flag [score > 0]. Per layer l, with G the features, V the
// query, both restricted to the layer, F_W and F_S the engine's reciprocal widths:
//
//	N_k = G_k·G_k,  T = Σ_k N_k,  Λ = max(1, rhu(T, 10·n·d))
//	R_k = rhu(S²·2^F_W, n·(Λ + N_k)),  R_Λ = rhu(2^F_S, Λ)             (per row, per layer)
//	A_k = V·G_k,    W_k = rhu(A_k·R_k, 2^F_W)
//	E_j = S²·V_j − Σ_k W_k·G_kj,  D_k = Σ_j E_j·G_kj,  score_k += rhu(D_k·R_Λ, 2^(F_S+16))
//
// so every per-pair division has a constant power-of-two divisor. FixedDataInf skips a layer whose T
// is 0; here such a layer has only zero rows, so W = D = 0 and its scores are 0 as well, with Λ = 1
// (Λ is not an output).
func (c *Circuit) scores(g *gadgets, b Bounds, n frontend.Variable) (score, positive [][]frontend.Variable) {
	api := g.api
	N, M := c.cfg.Contributions, c.cfg.Batch
	score = make([][]frontend.Variable, M)
	for i := range score {
		score[i] = make([]frontend.Variable, N)
		for k := range score[i] {
			score[i][k] = 0
		}
	}
	off := 0
	for l, d := range c.cfg.Layers {
		lb := b.Layers[l]
		cols := func(row []frontend.Variable) []frontend.Variable { return row[off : off+d] }
		norms := make([]frontend.Variable, N)
		T := frontend.Variable(0)
		for k := 0; k < N; k++ {
			norms[k] = dot(api, cols(c.Features[k]), cols(c.Features[k]))
			// A padding row must be zero: its norm is a sum of squares of range-checked integers.
			api.AssertIsEqual(api.Mul(norms[k], api.Sub(1, c.Active[k])), 0)
			T = api.Add(T, norms[k])
		}
		lambda0 := g.rhu(T, api.Mul(n, 10*d), big.NewInt(0), lb.LambdaQ, lb.LambdaR)
		lambda := api.Add(lambda0, g.isZero(lambda0))
		recip := make([]frontend.Variable, N)
		for k := 0; k < N; k++ {
			den := api.Mul(n, api.Add(lambda, norms[k]))
			recip[k] = g.rhu(wRecipNum, den, big.NewInt(0), lb.WRecipBits, lb.WR)
		}
		lambdaRecip := g.rhu(pow2(influence.FixedScoreRecipBits), lambda, big.NewInt(0), lb.ScoreRecipBits, lb.LambdaQ+1)
		wOffset := pow2(lb.WBits - 1)
		scoreBits := 0 // one layer: the sign decomposition below range-checks the quotient
		var scoreOffset *big.Int
		if len(c.cfg.Layers) > 1 {
			scoreBits = lb.ScoreMax.BitLen() + 1
			scoreOffset = pow2(scoreBits - 1)
		}
		for i := 0; i < M; i++ {
			V := cols(c.Queries[i])
			W := make([]frontend.Variable, N)
			for k := 0; k < N; k++ {
				A := dot(api, V, cols(c.Features[k]))
				W[k] = g.roundShift(api.Mul(A, recip[k]), influence.FixedWRecipBits, wOffset, lb.WBits)
			}
			E := make([]frontend.Variable, d)
			for j := 0; j < d; j++ {
				e := api.Mul(V[j], scale2)
				for k := 0; k < N; k++ {
					e = api.Sub(e, api.Mul(W[k], c.Features[k][off+j]))
				}
				E[j] = g.copyOf(e)
			}
			for k := 0; k < N; k++ {
				D := dot(api, E, cols(c.Features[k]))
				s := g.roundShift(api.Mul(D, lambdaRecip), scoreShift, scoreOffset, scoreBits)
				score[i][k] = api.Add(score[i][k], s)
			}
		}
		off += d
	}
	// Sign: u = score − 1 + 2^ScoreBits ∈ [0, 2^(ScoreBits+1)) range-checks the score to
	// [1 − 2^ScoreBits, 2^ScoreBits], and its top bit is 1 exactly when score ≥ 1.
	positive = make([][]frontend.Variable, M)
	for i := 0; i < M; i++ {
		positive[i] = make([]frontend.Variable, N)
		for k := 0; k < N; k++ {
			u := api.Add(api.Sub(score[i][k], 1), pow2(b.ScoreBits))
			positive[i][k] = g.bits(u, b.ScoreBits+1)[b.ScoreBits]
		}
	}
	return score, positive
}

// split divides each inference's share c_i among the contributions with a positive score, in proportion
// to the score, rounding down (influence.SplitFeeInt): with pos = score when positive, else 0,
// R_i = ⌈c_i·2^F / Σ_k pos_ik⌉ and share_ik = ⌊pos_ik·R_i / 2^F⌋; with no positive score every share is
// 0 (divisor 1). Config.Validate keeps the positive total below 2^F, which is what keeps Σ_k share_ik ≤ c_i.
func (c *Circuit) split(g *gadgets, b Bounds, score, positive [][]frontend.Variable) [][]frontend.Variable {
	api := g.api
	N, M := c.cfg.Contributions, c.cfg.Batch
	shares := make([][]frontend.Variable, M)
	for i := 0; i < M; i++ {
		pos := make([]frontend.Variable, N)
		total := frontend.Variable(0)
		for k := 0; k < N; k++ {
			pos[k] = api.Mul(positive[i][k], score[i][k])
			total = api.Add(total, pos[k])
		}
		den := api.Add(total, g.isZero(total))
		num := api.Sub(api.Add(api.Mul(c.Shares[i], pow2(influence.FixedSplitRecipBits)), den), 1)
		recip, _ := g.divFloor(num, den, big.NewInt(0), ShareBits+influence.FixedSplitRecipBits+1, b.TotalR)
		shares[i] = make([]frontend.Variable, N)
		for k := 0; k < N; k++ {
			shares[i][k] = g.shift(api.Mul(pos[k], recip), influence.FixedSplitRecipBits, big.NewInt(0), ShareBits)
		}
	}
	return shares
}

func dot(api frontend.API, a, b []frontend.Variable) frontend.Variable {
	s := frontend.Variable(0)
	for j := range a {
		s = api.Add(s, api.Mul(a[j], b[j]))
	}
	return s
}
