// Package model is the reference model the oracle trains and serves: a
// small tanh multilayer perceptron classifier whose base weights are frozen
// and whose every linear layer carries a LoRA adapter
//
//	z = (W + (α/r)·B·A)·h + b,
//
// A ∈ ℝ^{r×in}, B ∈ ℝ^{out×r}. Only A and B train (mini-batch Adam or SGD,
// deterministic for a seed); the base can be pre-trained with the same code
// (Target: TrainBase) and then frozen, or stored in 4 bits (QLoRA: NF4 or
// int4 with per-block scales, dequantised on the fly). Per-sample gradients
// of the cross-entropy loss with respect to every LoRA matrix are computed
// analytically by backpropagation.
package model

import (
	"context"
	"fmt"
	"math"

	"github.com/open-attribution/poa/internal/dataset"
	"github.com/open-attribution/poa/internal/influence"
)

// Config is the architecture.
type Config struct {
	// Sizes are the layer widths, input first and classes last, e.g. [64 32 10].
	Sizes []int `json:"sizes"`
	// Rank r and Alpha α of the LoRA adapters (scale α/r).
	Rank  int     `json:"rank"`
	Alpha float64 `json:"alpha"`
	// Quant is QuantNone, QuantNF4 or QuantInt4; QuantBlock the block size
	// (0 means DefaultQuantBlock).
	Quant      string `json:"quant,omitempty"`
	QuantBlock int    `json:"quant_block,omitempty"`
}

// Validate checks the configuration.
func (c Config) Validate() error {
	if len(c.Sizes) < 2 {
		return fmt.Errorf("model config: need at least input and output sizes, have %v", c.Sizes)
	}
	for _, s := range c.Sizes {
		if s <= 0 {
			return fmt.Errorf("model config: bad size in %v", c.Sizes)
		}
	}
	if c.Sizes[len(c.Sizes)-1] < 2 {
		return fmt.Errorf("model config: need at least 2 classes")
	}
	if c.Rank <= 0 {
		return fmt.Errorf("model config: rank %d", c.Rank)
	}
	if !(c.Alpha > 0) || math.IsInf(c.Alpha, 0) {
		return fmt.Errorf("model config: alpha %v", c.Alpha)
	}
	switch c.Quant {
	case QuantNone, QuantNF4, QuantInt4:
	default:
		return fmt.Errorf("model config: quant %q", c.Quant)
	}
	if c.QuantBlock < 0 {
		return fmt.Errorf("model config: quant block %d", c.QuantBlock)
	}
	return nil
}

// Layer is one linear layer: frozen base (W or its 4-bit form Q, and Bias)
// plus the adapter (A, B). Matrices are row-major.
type Layer struct {
	In, Out int
	W       []float64 // Out×In; nil when the base is quantised
	Q       *Quant4   // 4-bit base; nil for a float base
	Bias    []float64 // Out
	A       []float64 // Rank×In
	B       []float64 // Out×Rank
}

// baseRow returns row o of the base weights, dequantising into buf if needed.
func (l *Layer) baseRow(o int, buf []float64) []float64 {
	if l.Q == nil {
		return l.W[o*l.In : (o+1)*l.In]
	}
	buf = buf[:l.In]
	l.Q.DequantizeRange(buf, o*l.In)
	return buf
}

// Model is a LoRA-adapted MLP. Methods that only read (Predict, Loss,
// PerSampleGrads, Evaluate) are safe for concurrent use; Train and the
// mutating methods are not.
type Model struct {
	Config Config
	Layers []Layer
}

// Scale returns α/r.
func (m *Model) Scale() float64 { return m.Config.Alpha / float64(m.Config.Rank) }

// New builds a model with a Glorot-uniform base (zero biases), LoRA A drawn
// uniformly in ±1/√in and B = 0 (so the adapter starts as the identity
// update), all from seed. With Config.Quant set the base is quantised.
func New(cfg Config, seed uint64) (*Model, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	rng := dataset.NewRNG(seed)
	m := &Model{Config: cfg}
	for l := 0; l+1 < len(cfg.Sizes); l++ {
		in, out := cfg.Sizes[l], cfg.Sizes[l+1]
		ly := Layer{In: in, Out: out, W: make([]float64, in*out), Bias: make([]float64, out),
			A: make([]float64, cfg.Rank*in), B: make([]float64, out*cfg.Rank)}
		a := math.Sqrt(6 / float64(in+out))
		for k := range ly.W {
			ly.W[k] = rng.Uniform(-a, a)
		}
		b := 1 / math.Sqrt(float64(in))
		for k := range ly.A {
			ly.A[k] = rng.Uniform(-b, b)
		}
		m.Layers = append(m.Layers, ly)
	}
	if cfg.Quant != QuantNone {
		q := cfg.Quant
		m.Config.Quant = QuantNone
		if err := m.QuantizeBase(q, cfg.QuantBlock); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// QuantizeBase replaces the float base weights by their 4-bit form (biases
// stay float). It is how a float-trained base becomes a QLoRA base.
func (m *Model) QuantizeBase(mode string, block int) error {
	if m.Config.Quant != QuantNone {
		return fmt.Errorf("quantise base: already %s", m.Config.Quant)
	}
	if block == 0 {
		block = DefaultQuantBlock
	}
	qs := make([]*Quant4, len(m.Layers))
	for l := range m.Layers {
		q, err := Quantize4(m.Layers[l].W, mode, block)
		if err != nil {
			return fmt.Errorf("quantise base layer %d: %w", l, err)
		}
		qs[l] = q
	}
	for l := range m.Layers {
		m.Layers[l].Q, m.Layers[l].W = qs[l], nil
	}
	m.Config.Quant, m.Config.QuantBlock = mode, block
	return nil
}

// Clone returns a deep copy.
func (m *Model) Clone() *Model {
	c := &Model{Config: m.Config}
	c.Config.Sizes = append([]int(nil), m.Config.Sizes...)
	for _, l := range m.Layers {
		n := Layer{In: l.In, Out: l.Out, W: cloneF(l.W), Bias: cloneF(l.Bias), A: cloneF(l.A), B: cloneF(l.B)}
		if l.Q != nil {
			q := *l.Q
			q.Codes = append([]byte(nil), l.Q.Codes...)
			q.Scales = append([]float32(nil), l.Q.Scales...)
			n.Q = &q
		}
		c.Layers = append(c.Layers, n)
	}
	return c
}

func cloneF(x []float64) []float64 {
	if x == nil {
		return nil
	}
	return append([]float64(nil), x...)
}

// Classes returns the number of output classes; Inputs the input width.
func (m *Model) Classes() int { return m.Config.Sizes[len(m.Config.Sizes)-1] }

// Inputs returns the input width.
func (m *Model) Inputs() int { return m.Config.Sizes[0] }

// BaseBytes is the memory of the base weights and biases as stored.
func (m *Model) BaseBytes() int {
	t := 0
	for _, l := range m.Layers {
		if l.Q != nil {
			t += l.Q.Bytes()
		} else {
			t += 8 * len(l.W)
		}
		t += 8 * len(l.Bias)
	}
	return t
}

// AdapterParams is the number of LoRA parameters.
func (m *Model) AdapterParams() int {
	t := 0
	for _, l := range m.Layers {
		t += len(l.A) + len(l.B)
	}
	return t
}

// workspace holds one sample's activations.
type workspace struct {
	h     [][]float64 // h[0] = input, h[l+1] = output of layer l (logits last)
	t     [][]float64 // t[l] = A_l h[l]
	delta [][]float64 // delta[l] = ∂loss/∂z_l
	dt    []float64
	row   []float64
	p     []float64
}

func (m *Model) newWorkspace() *workspace {
	L := len(m.Layers)
	ws := &workspace{h: make([][]float64, L+1), t: make([][]float64, L), delta: make([][]float64, L)}
	ws.h[0] = nil
	maxIn := 0
	for l, ly := range m.Layers {
		ws.h[l+1] = make([]float64, ly.Out)
		ws.t[l] = make([]float64, m.Config.Rank)
		ws.delta[l] = make([]float64, ly.Out)
		maxIn = max(maxIn, ly.In)
	}
	ws.dt = make([]float64, m.Config.Rank)
	ws.row = make([]float64, maxIn)
	ws.p = make([]float64, m.Classes())
	return ws
}

// forward fills ws for input x and returns the logits (a view).
func (m *Model) forward(x []float64, ws *workspace) []float64 {
	s := m.Scale()
	r := m.Config.Rank
	ws.h[0] = x
	for l := range m.Layers {
		ly := &m.Layers[l]
		h := ws.h[l]
		t := ws.t[l]
		for k := 0; k < r; k++ {
			t[k] = dot(ly.A[k*ly.In:(k+1)*ly.In], h)
		}
		z := ws.h[l+1]
		last := l == len(m.Layers)-1
		for o := 0; o < ly.Out; o++ {
			v := dot(ly.baseRow(o, ws.row), h) + ly.Bias[o] + s*dot(ly.B[o*r:(o+1)*r], t)
			if !last {
				v = math.Tanh(v)
			}
			z[o] = v
		}
	}
	return ws.h[len(m.Layers)]
}

func dot(a, b []float64) float64 {
	var s0, s1, s2, s3 float64
	n := len(a)
	b = b[:n]
	i := 0
	for ; i+4 <= n; i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < n; i++ {
		s0 += a[i] * b[i]
	}
	return (s0 + s1) + (s2 + s3)
}

// softmaxInto writes the softmax of z into p and returns log Σ exp(z).
func softmaxInto(p, z []float64) float64 {
	mx := z[0]
	for _, v := range z[1:] {
		mx = max(mx, v)
	}
	sum := 0.0
	for i, v := range z {
		p[i] = math.Exp(v - mx)
		sum += p[i]
	}
	for i := range p {
		p[i] /= sum
	}
	return mx + math.Log(sum)
}

// lossAndDelta runs forward and sets ws.delta[L-1] = p − onehot(y); it
// returns the cross-entropy loss −log p_y.
func (m *Model) lossAndDelta(x []float64, y int, ws *workspace) float64 {
	z := m.forward(x, ws)
	lse := softmaxInto(ws.p, z)
	d := ws.delta[len(m.Layers)-1]
	copy(d, ws.p)
	d[y] -= 1
	return lse - z[y]
}

// gradSink receives the gradients of one sample during backprop.
type gradSink struct {
	dA, dB     [][]float64 // per layer, nil to skip
	dW, dBias  [][]float64 // per layer, nil to skip (base training)
	accumulate bool        // add into the sinks instead of overwriting
}

// backward propagates ws.delta[L-1] down and writes the requested gradients.
func (m *Model) backward(ws *workspace, sink *gradSink) {
	s := m.Scale()
	r := m.Config.Rank
	for l := len(m.Layers) - 1; l >= 0; l-- {
		ly := &m.Layers[l]
		delta := ws.delta[l]
		h := ws.h[l]
		t := ws.t[l]
		// dt = s·Bᵀδ
		dt := ws.dt
		clear(dt)
		for o := 0; o < ly.Out; o++ {
			do := delta[o]
			if do == 0 {
				continue
			}
			brow := ly.B[o*r : (o+1)*r]
			for k := range dt {
				dt[k] += brow[k] * do
			}
		}
		for k := range dt {
			dt[k] *= s
		}
		if sink.dB != nil {
			g := sink.dB[l]
			for o := 0; o < ly.Out; o++ {
				row := g[o*r : (o+1)*r]
				c := s * delta[o]
				for k := range row {
					if sink.accumulate {
						row[k] += c * t[k]
					} else {
						row[k] = c * t[k]
					}
				}
			}
		}
		if sink.dA != nil {
			g := sink.dA[l]
			for k := 0; k < r; k++ {
				row := g[k*ly.In : (k+1)*ly.In]
				c := dt[k]
				for j := range row {
					if sink.accumulate {
						row[j] += c * h[j]
					} else {
						row[j] = c * h[j]
					}
				}
			}
		}
		if sink.dW != nil {
			g := sink.dW[l]
			for o := 0; o < ly.Out; o++ {
				row := g[o*ly.In : (o+1)*ly.In]
				c := delta[o]
				for j := range row {
					row[j] += c * h[j]
				}
				sink.dBias[l][o] += c
			}
		}
		if l == 0 {
			break
		}
		// δ_{l-1} = (Wᵀδ + Aᵀdt) ⊙ (1 − h²)
		prev := ws.delta[l-1]
		clear(prev)
		for o := 0; o < ly.Out; o++ {
			do := delta[o]
			if do == 0 {
				continue
			}
			w := ly.baseRow(o, ws.row)
			for j := range prev {
				prev[j] += w[j] * do
			}
		}
		for k := 0; k < r; k++ {
			a := ly.A[k*ly.In : (k+1)*ly.In]
			c := dt[k]
			for j := range prev {
				prev[j] += a[j] * c
			}
		}
		for j := range prev {
			prev[j] *= 1 - h[j]*h[j]
		}
	}
}

func (m *Model) checkInput(x []float64) error {
	if len(x) != m.Inputs() {
		return fmt.Errorf("input has %d features, model wants %d", len(x), m.Inputs())
	}
	return nil
}

// Predict returns the most probable class of x and the class probabilities.
func (m *Model) Predict(x []float64) (int, []float64, error) {
	if err := m.checkInput(x); err != nil {
		return 0, nil, err
	}
	ws := m.newWorkspace()
	z := m.forward(x, ws)
	p := make([]float64, len(z))
	softmaxInto(p, z)
	return argmax(p), p, nil
}

func argmax(p []float64) int {
	best := 0
	for i, v := range p {
		if v > p[best] {
			best = i
		}
	}
	return best
}

// Loss returns the cross-entropy loss of (x, y).
func (m *Model) Loss(x []float64, y int) (float64, error) {
	if err := m.checkInput(x); err != nil {
		return 0, err
	}
	if y < 0 || y >= m.Classes() {
		return 0, fmt.Errorf("label %d outside 0..%d", y, m.Classes()-1)
	}
	return m.lossAndDelta(x, y, m.newWorkspace()), nil
}

// Evaluate returns the mean loss and the accuracy on d.
func (m *Model) Evaluate(d *dataset.Dataset) (loss, acc float64, err error) {
	if d.Features != m.Inputs() || d.Classes != m.Classes() {
		return 0, 0, fmt.Errorf("evaluate: data %d×%d classes, model %d×%d", d.Features, d.Classes, m.Inputs(), m.Classes())
	}
	ws := m.newWorkspace()
	correct := 0
	for i := 0; i < d.N; i++ {
		loss += m.lossAndDelta(d.Row(i), d.Y[i], ws)
		if argmax(ws.p) == d.Y[i] {
			correct++
		}
	}
	return loss / float64(d.N), float64(correct) / float64(d.N), nil
}

// GradLayerNames returns the names of the LoRA blocks in gradient order:
// "layers.<l>.lora_A" (shape [r, in]) then "layers.<l>.lora_B" ([out, r]).
func (m *Model) GradLayerNames() []string {
	var out []string
	for l := range m.Layers {
		out = append(out, fmt.Sprintf("layers.%d.lora_A", l), fmt.Sprintf("layers.%d.lora_B", l))
	}
	return out
}

// PerSampleGrads returns, for every sample i, the gradient of the loss
// −log p(y_i | x_i) with respect to every LoRA matrix, as one influence
// layer per matrix (see GradLayerNames), row i = sample i.
func (m *Model) PerSampleGrads(ctx context.Context, x []float64, y []int) (*influence.Grads, error) {
	in := m.Inputs()
	n := len(y)
	if n == 0 || len(x) != n*in {
		return nil, fmt.Errorf("per-sample grads: %d values for %d samples of %d features", len(x), n, in)
	}
	r := m.Config.Rank
	g := &influence.Grads{N: n}
	names := m.GradLayerNames()
	for l, ly := range m.Layers {
		g.Layers = append(g.Layers,
			influence.Layer{Name: names[2*l], Shape: []int{r, ly.In}, Dim: r * ly.In, Data: make([]float64, n*r*ly.In)},
			influence.Layer{Name: names[2*l+1], Shape: []int{ly.Out, r}, Dim: ly.Out * r, Data: make([]float64, n*ly.Out*r)})
	}
	ws := m.newWorkspace()
	sink := &gradSink{dA: make([][]float64, len(m.Layers)), dB: make([][]float64, len(m.Layers))}
	for i := 0; i < n; i++ {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if y[i] < 0 || y[i] >= m.Classes() {
			return nil, fmt.Errorf("per-sample grads: sample %d label %d outside 0..%d", i, y[i], m.Classes()-1)
		}
		for l := range m.Layers {
			sink.dA[l] = g.Layers[2*l].Row(i)
			sink.dB[l] = g.Layers[2*l+1].Row(i)
		}
		m.lossAndDelta(x[i*in:(i+1)*in], y[i], ws)
		m.backward(ws, sink)
	}
	return g, nil
}

// DatasetGrads is PerSampleGrads on a data set with its labels.
func (m *Model) DatasetGrads(ctx context.Context, d *dataset.Dataset) (*influence.Grads, error) {
	return m.PerSampleGrads(ctx, d.X, d.Y)
}

// InferenceGrads returns the gradients the payment path uses as queries:
// for each input, the gradient of the loss at the model's own predicted
// label (the label it answered with). It also returns those labels.
func (m *Model) InferenceGrads(ctx context.Context, x []float64) (*influence.Grads, []int, error) {
	in := m.Inputs()
	if len(x) == 0 || len(x)%in != 0 {
		return nil, nil, fmt.Errorf("inference grads: %d values is not a whole number of %d-feature inputs", len(x), in)
	}
	n := len(x) / in
	pred := make([]int, n)
	ws := m.newWorkspace()
	for i := 0; i < n; i++ {
		z := m.forward(x[i*in:(i+1)*in], ws)
		pred[i] = argmax(z)
	}
	g, err := m.PerSampleGrads(ctx, x, pred)
	return g, pred, err
}
