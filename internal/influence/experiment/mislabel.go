// Package experiment runs the DataInf paper's mislabelled-data detection
// experiment on the reference model: train LoRA adapters on data with
// flipped labels, score the training samples with every influence method
// and report the ROC AUC of finding the flipped ones, and the seconds each
// method took.
package experiment

import (
	"context"
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/open-attribution/poa/internal/dataset"
	"github.com/open-attribution/poa/internal/influence"
	"github.com/open-attribution/poa/internal/model"
)

// Method names.
const (
	MethodDataInf     = "datainf"
	MethodExact       = "exact"
	MethodLiSSA       = "lissa"
	MethodHessianFree = "hessian-free"
	MethodProjected   = "datainf-proj" // DataInf on the seeded random projection
)

// AllMethods are the methods run by default, in report order.
var AllMethods = []string{MethodDataInf, MethodExact, MethodLiSSA, MethodHessianFree}

// MislabelConfig configures one run. Zero values take the defaults noted.
type MislabelConfig struct {
	Dataset string  `json:"dataset"` // "digits"
	Noise   float64 `json:"noise"`   // fraction of training labels flipped (0.2)
	Seed    uint64  `json:"seed"`    // drives the split, the noise, init and shuffling
	Rank    int     `json:"rank"`    // LoRA rank (4)
	Alpha   float64 `json:"alpha"`   // LoRA alpha (1)
	Hidden  []int   `json:"hidden"`  // hidden widths ([32])
	// Sizes of the parts of the shuffled data: Base (clean samples the
	// frozen base is pre-trained on; 0 = a random frozen base), Train
	// (noisy, scored), Val (clean, defines v); the rest is test.
	Base  int `json:"base"`  // 300
	Train int `json:"train"` // 1000
	Val   int `json:"val"`   // 200
	// Subset, when > 0, first cuts the data set to this many samples and
	// scales Base/Train/Val down proportionally (for smoke tests).
	Subset      int      `json:"subset,omitempty"`
	BaseEpochs  int      `json:"base_epochs"` // 30
	Epochs      int      `json:"epochs"`      // LoRA epochs (40)
	LR          float64  `json:"lr"`          // Adam learning rate (0.003)
	Quant       string   `json:"quant,omitempty"`
	Methods     []string `json:"methods"`
	LiSSAIters  int      `json:"lissa_iters"`       // 200
	Project     int      `json:"project,omitempty"` // projection dimension (0 = off)
	ProjectSeed uint64   `json:"project_seed,omitempty"`
	// Contributions splits the training set into this many uploaded files
	// from Contributors contributors (20 and 5).
	Contributions int `json:"contributions"`
	Contributors  int `json:"contributors"`
}

func (c *MislabelConfig) defaults() {
	if c.Dataset == "" {
		c.Dataset = "digits"
	}
	if c.Rank == 0 {
		c.Rank = 4
	}
	if c.Alpha == 0 {
		c.Alpha = 1
	}
	if c.Hidden == nil {
		c.Hidden = []int{32}
	}
	if c.Base == 0 && c.Train == 0 && c.Val == 0 {
		c.Base, c.Train, c.Val = 300, 1000, 200
	}
	if c.BaseEpochs == 0 {
		c.BaseEpochs = 30
	}
	if c.Epochs == 0 {
		c.Epochs = 40
	}
	if c.LR == 0 {
		c.LR = 0.003
	}
	if len(c.Methods) == 0 {
		c.Methods = append([]string(nil), AllMethods...)
	}
	if c.LiSSAIters == 0 {
		c.LiSSAIters = 200
	}
	if c.Contributions == 0 {
		c.Contributions = 20
	}
	if c.Contributors == 0 {
		c.Contributors = 5
	}
}

// MethodResult is one method's outcome.
type MethodResult struct {
	Method  string  `json:"method"`
	AUC     float64 `json:"auc"`
	Seconds float64 `json:"seconds"`
	// Influence per training sample (> 0 harmful) and its per-contribution sums.
	Influence             []float64 `json:"-"`
	ContributionInfluence []float64 `json:"-"`
}

// LayerInfo describes one gradient block.
type LayerInfo struct {
	Name   string  `json:"name"`
	Shape  []int   `json:"shape"`
	Dim    int     `json:"dim"`
	Lambda float64 `json:"lambda"`
}

// MislabelResult is the outcome of one run.
type MislabelResult struct {
	Config        MislabelConfig `json:"config"`
	NTrain        int            `json:"n_train"`
	NVal          int            `json:"n_val"`
	NTest         int            `json:"n_test"`
	Flipped       int            `json:"flipped"`
	BaseTestAcc   float64        `json:"base_test_acc"`
	TrainAcc      float64        `json:"train_acc"` // on the noisy labels
	ValAcc        float64        `json:"val_acc"`
	TestAcc       float64        `json:"test_acc"`
	BaseBytes     int            `json:"base_bytes"`
	AdapterParams int            `json:"adapter_params"`
	TrainSeconds  float64        `json:"train_seconds"`
	GradSeconds   float64        `json:"grad_seconds"`
	Layers        []LayerInfo    `json:"layers"`
	Methods       []MethodResult `json:"methods"`
	// DataInfVsExact compares the two score vectors when both ran: Pearson
	// correlation and relative L2 difference ‖I_datainf − I_exact‖/‖I_exact‖.
	DataInfVsExact *Agreement `json:"datainf_vs_exact,omitempty"`
	// ContributionNoise is each contribution's fraction of flipped labels.
	ContributionNoise []float64 `json:"contribution_noise"`

	// Not serialised: what Export writes.
	TrainGrads, ValGrads *influence.Grads `json:"-"`
	Flags                []bool           `json:"-"`
	SampleContribution   []int            `json:"-"`
	Lambdas              []float64        `json:"-"`
}

// Agreement compares two score vectors.
type Agreement struct {
	Pearson  float64 `json:"pearson"`
	Spearman float64 `json:"spearman"`
	RelL2    float64 `json:"rel_l2"`
}

// Mislabel runs the experiment.
func Mislabel(ctx context.Context, cfg MislabelConfig, logf func(format string, a ...any)) (*MislabelResult, error) {
	cfg.defaults()
	if logf == nil {
		logf = func(string, ...any) {}
	}
	for _, m := range cfg.Methods {
		switch m {
		case MethodDataInf, MethodExact, MethodLiSSA, MethodHessianFree:
		default:
			return nil, fmt.Errorf("mislabel: unknown method %q", m)
		}
	}
	if cfg.Noise <= 0 || cfg.Noise >= 1 {
		return nil, fmt.Errorf("mislabel: noise %v must be in (0, 1)", cfg.Noise)
	}
	full, err := dataset.Load(cfg.Dataset)
	if err != nil {
		return nil, fmt.Errorf("mislabel: %w", err)
	}
	rng := dataset.NewRNG(cfg.Seed)
	perm := rng.Perm(full.N)
	nBase, nTrain, nVal := cfg.Base, cfg.Train, cfg.Val
	if cfg.Subset > 0 {
		if cfg.Subset > full.N {
			return nil, fmt.Errorf("mislabel: subset %d > %d samples", cfg.Subset, full.N)
		}
		tot := float64(nBase + nTrain + nVal)
		frac := float64(cfg.Subset) / float64(full.N)
		if tot*frac > float64(cfg.Subset) {
			frac = float64(cfg.Subset) / tot
		}
		nBase, nTrain, nVal = int(float64(nBase)*frac), int(float64(nTrain)*frac), int(float64(nVal)*frac)
		perm = perm[:cfg.Subset]
	}
	if nTrain < 10 || nVal < 1 || nBase+nTrain+nVal > len(perm) {
		return nil, fmt.Errorf("mislabel: sizes base %d train %d val %d do not fit %d samples", nBase, nTrain, nVal, len(perm))
	}
	baseSet := full.Subset("base", perm[:nBase])
	train := full.Subset("train", perm[nBase:nBase+nTrain])
	val := full.Subset("val", perm[nBase+nTrain:nBase+nTrain+nVal])
	test := full.Subset("test", perm[nBase+nTrain+nVal:])
	noisy, flags, err := dataset.FlipLabels(train.Y, train.Classes, cfg.Noise, cfg.Seed^0x6e6f697365)
	if err != nil {
		return nil, err
	}
	train.Y = noisy
	res := &MislabelResult{Config: cfg, NTrain: train.N, NVal: val.N, NTest: test.N, Flags: flags}
	for _, f := range flags {
		if f {
			res.Flipped++
		}
	}
	contrib, _, err := dataset.Contributions(train.N, min(cfg.Contributions, train.N), min(cfg.Contributors, cfg.Contributions, train.N), cfg.Seed^0x636f6e74)
	if err != nil {
		return nil, err
	}
	res.SampleContribution = contrib
	nC := min(cfg.Contributions, train.N)
	cnt := make([]float64, nC)
	res.ContributionNoise = make([]float64, nC)
	for i, c := range contrib {
		cnt[c]++
		if flags[i] {
			res.ContributionNoise[c]++
		}
	}
	for c := range cnt {
		res.ContributionNoise[c] /= cnt[c]
	}

	sizes := append(append([]int{full.Features}, cfg.Hidden...), full.Classes)
	m, err := model.New(model.Config{Sizes: sizes, Rank: cfg.Rank, Alpha: cfg.Alpha}, cfg.Seed^0x6d6f64656c)
	if err != nil {
		return nil, err
	}
	t0 := time.Now()
	if nBase > 0 {
		if err := m.Train(ctx, baseSet, model.TrainOptions{Target: model.TrainBase, Epochs: cfg.BaseEpochs, LR: cfg.LR, Seed: cfg.Seed ^ 0x62617365}, nil); err != nil {
			return nil, fmt.Errorf("mislabel: pre-train base: %w", err)
		}
	}
	if cfg.Quant != "" {
		if err := m.QuantizeBase(cfg.Quant, 0); err != nil {
			return nil, err
		}
	}
	if test.N > 0 {
		_, res.BaseTestAcc, _ = m.Evaluate(test)
	}
	if err := m.Train(ctx, train, model.TrainOptions{Epochs: cfg.Epochs, LR: cfg.LR, Seed: cfg.Seed ^ 0x6c6f7261}, nil); err != nil {
		return nil, fmt.Errorf("mislabel: train adapters: %w", err)
	}
	res.TrainSeconds = time.Since(t0).Seconds()
	_, res.TrainAcc, _ = m.Evaluate(train)
	_, res.ValAcc, _ = m.Evaluate(val)
	if test.N > 0 {
		_, res.TestAcc, _ = m.Evaluate(test)
	}
	res.BaseBytes, res.AdapterParams = m.BaseBytes(), m.AdapterParams()
	logf("trained: train acc %.3f (noisy labels), val acc %.3f, test acc %.3f", res.TrainAcc, res.ValAcc, res.TestAcc)

	t0 = time.Now()
	tg, err := m.DatasetGrads(ctx, train)
	if err != nil {
		return nil, err
	}
	vg, err := m.DatasetGrads(ctx, val)
	if err != nil {
		return nil, err
	}
	res.GradSeconds = time.Since(t0).Seconds()
	res.TrainGrads, res.ValGrads = tg, vg
	v := vg.Mean()
	res.Lambdas = influence.Lambdas(tg, 0)
	for l, ly := range tg.Layers {
		res.Layers = append(res.Layers, LayerInfo{Name: ly.Name, Shape: ly.Shape, Dim: ly.Dim, Lambda: res.Lambdas[l]})
	}

	run := func(name string, f func() ([]float64, error)) error {
		t := time.Now()
		sc, err := f()
		if err != nil {
			return fmt.Errorf("mislabel: %s: %w", name, err)
		}
		secs := time.Since(t).Seconds()
		auc, err := influence.AUC(sc, flags)
		if err != nil {
			return err
		}
		cs, err := influence.SumScores(sc, contrib, nC)
		if err != nil {
			return err
		}
		res.Methods = append(res.Methods, MethodResult{Method: name, AUC: auc, Seconds: secs, Influence: sc, ContributionInfluence: cs})
		logf("%-13s AUC %.4f  %.4fs", name, auc, secs)
		return nil
	}
	for _, meth := range cfg.Methods {
		var err error
		switch meth {
		case MethodDataInf:
			err = run(meth, func() ([]float64, error) { return influence.DataInf(ctx, tg, v, influence.Options{}) })
		case MethodExact:
			err = run(meth, func() ([]float64, error) { return influence.Exact(ctx, tg, v, influence.Options{}) })
		case MethodLiSSA:
			err = run(meth, func() ([]float64, error) {
				return influence.LiSSA(ctx, tg, v, influence.LiSSAOptions{Iterations: cfg.LiSSAIters})
			})
		case MethodHessianFree:
			err = run(meth, func() ([]float64, error) { return influence.HessianFree(ctx, tg, v) })
		}
		if err != nil {
			return nil, err
		}
	}
	if cfg.Project > 0 {
		p := influence.Projector{Seed: cfg.ProjectSeed, Dim: cfg.Project}
		err := run(MethodProjected, func() ([]float64, error) {
			pg, err := p.Grads(ctx, tg)
			if err != nil {
				return nil, err
			}
			pv, err := p.Query(v)
			if err != nil {
				return nil, err
			}
			return influence.DataInf(ctx, pg, pv, influence.Options{})
		})
		if err != nil {
			return nil, err
		}
	}
	di, ex := res.Method(MethodDataInf), res.Method(MethodExact)
	if di != nil && ex != nil {
		res.DataInfVsExact = Compare(di.Influence, ex.Influence)
	}
	return res, nil
}

// Method returns the named method's result, or nil.
func (r *MislabelResult) Method(name string) *MethodResult {
	for i := range r.Methods {
		if r.Methods[i].Method == name {
			return &r.Methods[i]
		}
	}
	return nil
}

// Compare returns the agreement of a with the reference b.
func Compare(a, b []float64) *Agreement {
	return &Agreement{Pearson: pearson(a, b), Spearman: pearson(ranks(a), ranks(b)), RelL2: relL2(a, b)}
}

func pearson(a, b []float64) float64 {
	n := float64(len(a))
	var ma, mb float64
	for i := range a {
		ma += a[i]
		mb += b[i]
	}
	ma /= n
	mb /= n
	var sab, saa, sbb float64
	for i := range a {
		x, y := a[i]-ma, b[i]-mb
		sab += x * y
		saa += x * x
		sbb += y * y
	}
	if saa == 0 || sbb == 0 {
		return 0
	}
	return sab / math.Sqrt(saa*sbb)
}

func ranks(a []float64) []float64 {
	idx := make([]int, len(a))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(x, y int) bool { return a[idx[x]] < a[idx[y]] })
	r := make([]float64, len(a))
	for i := 0; i < len(idx); {
		j := i
		for j < len(idx) && a[idx[j]] == a[idx[i]] {
			j++
		}
		for k := i; k < j; k++ {
			r[idx[k]] = float64(i+j-1) / 2
		}
		i = j
	}
	return r
}

func relL2(a, b []float64) float64 {
	var d, nb float64
	for i := range a {
		d += (a[i] - b[i]) * (a[i] - b[i])
		nb += b[i] * b[i]
	}
	if nb == 0 {
		return math.Inf(1)
	}
	return math.Sqrt(d / nb)
}

// Export writes the run's per-layer training and validation gradients,
// λ_l, contributions, every method's scores and the flipped flags as a
// gradient bundle (see influence.WriteBundle) under dir.
func (r *MislabelResult) Export(dir string) (string, error) {
	if r.TrainGrads == nil || r.ValGrads == nil {
		return "", fmt.Errorf("export: no gradients in result")
	}
	ex := influence.BundleExtras{Scores: map[string][]float64{}, ContributionScores: map[string][]float64{}, Aux: map[string][]float64{}}
	for _, m := range r.Methods {
		ex.Scores[m.Method] = m.Influence
		ex.ContributionScores[m.Method] = m.ContributionInfluence
	}
	fl := make([]float64, len(r.Flags))
	for i, f := range r.Flags {
		if f {
			fl[i] = 1
		}
	}
	ex.Aux["flipped"] = fl
	nC := len(r.ContributionNoise)
	contribs := make([]influence.ManifestContribution, nC)
	for c := range contribs {
		contribs[c].ID = fmt.Sprintf("contribution-%02d", c)
	}
	for i, c := range r.SampleContribution {
		contribs[c].Samples = append(contribs[c].Samples, i)
	}
	auc := map[string]float64{}
	for _, m := range r.Methods {
		auc[m.Method] = m.AUC
	}
	m := influence.Manifest{
		QueryReduction: "mean",
		Damping:        influence.DefaultDamping,
		Contributions:  contribs,
		Meta: map[string]any{
			"experiment": "mislabel",
			"config":     r.Config,
			"auc":        auc,
			"sign":       "influence > 0 = harmful (raises validation loss); helpfulness = -influence",
			"query":      "mean of the validation rows",
		},
	}
	return influence.WriteBundle(dir, m, r.TrainGrads, r.ValGrads, r.Lambdas, ex)
}
