package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/open-attribution/poa/internal/influence"
	"github.com/open-attribution/poa/internal/influence/experiment"
)

func init() {
	register(command{name: "eval", summary: "influence-engine experiments (mislabel, qlora, sweep, speed)", run: runEval})
}

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return subcommands(ctx, "eval", map[string]command{
		"mislabel": {name: "mislabel", summary: "detect flipped labels by influence (AUC, seconds per method)", run: runMislabel},
		"qlora":    {name: "qlora", summary: "accuracy and base memory of float vs 4-bit (NF4, int4) bases", run: runQLoRA},
		"sweep":    {name: "sweep", summary: "DataInf vs exact over LoRA rank and hidden width", run: runSweep},
		"speed":    {name: "speed", summary: "DataInf vs exact speed-up, single-query bandwidth, batched GFLOP/s", run: runSpeed},
	}, args, stdout, stderr)
}

func parseInts(s string) ([]int, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	var out []int
	for _, p := range strings.Split(s, ",") {
		v, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil {
			return nil, fmt.Errorf("%w: bad integer list %q", errUsage, s)
		}
		out = append(out, v)
	}
	return out, nil
}

// mislabelFlags binds the experiment configuration to flags.
type mislabelFlags struct {
	cfg                experiment.MislabelConfig
	seed               uint64
	seeds, width, meth string
}

func bindMislabel(fs *flag.FlagSet, f *mislabelFlags) {
	c := &f.cfg
	fs.StringVar(&c.Dataset, "dataset", "digits", "data set (digits)")
	fs.Float64Var(&c.Noise, "noise", 0.2, "fraction of training labels flipped")
	fs.Uint64Var(&f.seed, "seed", 1, "seed of the split, noise, init and training")
	fs.StringVar(&f.seeds, "seeds", "", "comma-separated seeds to run (overrides --seed) and summarise")
	fs.IntVar(&c.Rank, "rank", 4, "LoRA rank r")
	fs.Float64Var(&c.Alpha, "alpha", 1, "LoRA alpha (scale alpha/r)")
	fs.StringVar(&f.width, "width", "32", "comma-separated hidden widths")
	fs.IntVar(&c.Base, "base", 300, "clean samples the frozen base is pre-trained on (0 = random frozen base)")
	fs.IntVar(&c.Train, "train", 1000, "noisy training samples (scored)")
	fs.IntVar(&c.Val, "val", 200, "clean validation samples (define v)")
	fs.IntVar(&c.Subset, "subset", 0, "use only this many samples (scaled split; for quick runs)")
	fs.IntVar(&c.BaseEpochs, "base-epochs", 30, "base pre-training epochs")
	fs.IntVar(&c.Epochs, "epochs", 40, "LoRA training epochs")
	fs.Float64Var(&c.LR, "lr", 0.003, "Adam learning rate")
	fs.StringVar(&c.Quant, "quant", "", "quantise the frozen base: nf4 or int4 (QLoRA)")
	fs.StringVar(&f.meth, "methods", strings.Join(experiment.AllMethods, ","), "methods to run")
	fs.IntVar(&c.LiSSAIters, "lissa-iters", 200, "LiSSA iterations per layer")
	fs.IntVar(&c.Project, "project", 0, "also run DataInf on a seeded random projection to this many features")
	fs.Uint64Var(&c.ProjectSeed, "project-seed", 1, "seed of the projection")
	fs.IntVar(&c.Contributions, "contributions", 20, "uploaded files the training set is split into")
	fs.IntVar(&c.Contributors, "contributors", 5, "contributors owning the files")
}

func (f *mislabelFlags) configs() ([]experiment.MislabelConfig, error) {
	w, err := parseInts(f.width)
	if err != nil {
		return nil, err
	}
	f.cfg.Hidden = w
	if f.cfg.Hidden == nil {
		f.cfg.Hidden = []int{}
	}
	f.cfg.Methods = nil
	for _, m := range strings.Split(f.meth, ",") {
		if m = strings.TrimSpace(m); m != "" {
			f.cfg.Methods = append(f.cfg.Methods, m)
		}
	}
	if f.cfg.Base == 0 && f.cfg.Train == 0 {
		return nil, fmt.Errorf("%w: --train must be > 0", errUsage)
	}
	seeds := []uint64{f.seed}
	if f.seeds != "" {
		seeds = nil
		for _, p := range strings.Split(f.seeds, ",") {
			s, err := strconv.ParseUint(strings.TrimSpace(p), 10, 64)
			if err != nil {
				return nil, fmt.Errorf("%w: bad seed list %q", errUsage, f.seeds)
			}
			seeds = append(seeds, s)
		}
	}
	var out []experiment.MislabelConfig
	for _, s := range seeds {
		c := f.cfg
		c.Seed = s
		out = append(out, c)
	}
	return out, nil
}

// Stat summarises one quantity over seeds.
type Stat struct {
	Mean float64 `json:"mean"`
	Std  float64 `json:"std"` // sample standard deviation
	Min  float64 `json:"min"`
	Max  float64 `json:"max"`
}

func stat(x []float64) Stat {
	s := Stat{Min: math.Inf(1), Max: math.Inf(-1)}
	for _, v := range x {
		s.Mean += v
		s.Min, s.Max = min(s.Min, v), max(s.Max, v)
	}
	s.Mean /= float64(len(x))
	if len(x) > 1 {
		for _, v := range x {
			s.Std += (v - s.Mean) * (v - s.Mean)
		}
		s.Std = math.Sqrt(s.Std / float64(len(x)-1))
	}
	return s
}

type methodSummary struct {
	Method  string `json:"method"`
	AUC     Stat   `json:"auc"`
	Seconds Stat   `json:"seconds"`
}

func summarise(runs []*experiment.MislabelResult) []methodSummary {
	var out []methodSummary
	for _, m := range runs[0].Methods {
		var a, s []float64
		for _, r := range runs {
			if x := r.Method(m.Method); x != nil {
				a = append(a, x.AUC)
				s = append(s, x.Seconds)
			}
		}
		out = append(out, methodSummary{Method: m.Method, AUC: stat(a), Seconds: stat(s)})
	}
	return out
}

func runMislabel(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("oracle eval mislabel", stderr)
	var f mislabelFlags
	bindMislabel(fs, &f)
	asJSON := fs.Bool("json", false, "print JSON")
	export := fs.String("export", "", "write gradients (.npy), manifest and scores under this directory")
	verbose := fs.Bool("v", false, "log progress to stderr")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfgs, err := f.configs()
	if err != nil {
		return err
	}
	logf := func(string, ...any) {}
	if *verbose {
		logf = func(format string, a ...any) { fmt.Fprintf(stderr, format+"\n", a...) }
	}
	var runs []*experiment.MislabelResult
	for _, c := range cfgs {
		r, err := experiment.Mislabel(ctx, c, logf)
		if err != nil {
			return err
		}
		if *export != "" {
			dir := *export
			if len(cfgs) > 1 {
				dir = filepath.Join(dir, fmt.Sprintf("seed-%d", c.Seed))
			}
			p, err := r.Export(dir)
			if err != nil {
				return fmt.Errorf("export: %w", err)
			}
			logf("exported %s", p)
		}
		runs = append(runs, r)
	}
	if *asJSON {
		out := map[string]any{"runs": runs}
		if len(runs) > 1 {
			out["summary"] = summarise(runs)
		}
		e := json.NewEncoder(stdout)
		e.SetIndent("", "  ")
		return e.Encode(out)
	}
	for _, r := range runs {
		c := r.Config
		fmt.Fprintf(stdout, "seed %d: %s, train %d (%d flipped = %.0f%%), val %d, test %d; MLP %v tanh, LoRA r=%d alpha=%g%s; test acc %.3f (base %.3f)\n",
			c.Seed, c.Dataset, r.NTrain, r.Flipped, 100*c.Noise, r.NVal, r.NTest, sizesOf(r), c.Rank, c.Alpha, quantNote(c.Quant), r.TestAcc, r.BaseTestAcc)
		tw := tabwriter.NewWriter(stdout, 2, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "  method\tAUC\tseconds")
		for _, m := range r.Methods {
			fmt.Fprintf(tw, "  %s\t%.4f\t%.4f\n", m.Method, m.AUC, m.Seconds)
		}
		tw.Flush()
		if a := r.DataInfVsExact; a != nil {
			fmt.Fprintf(stdout, "  datainf vs exact: pearson %.3f, spearman %.3f\n", a.Pearson, a.Spearman)
		}
	}
	if len(runs) > 1 {
		fmt.Fprintf(stdout, "summary over %d seeds (mean ± sample std [min, max]):\n", len(runs))
		tw := tabwriter.NewWriter(stdout, 2, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "  method\tAUC\tseconds")
		for _, s := range summarise(runs) {
			fmt.Fprintf(tw, "  %s\t%.4f ± %.4f [%.4f, %.4f]\t%.4f ± %.4f\n", s.Method, s.AUC.Mean, s.AUC.Std, s.AUC.Min, s.AUC.Max, s.Seconds.Mean, s.Seconds.Std)
		}
		tw.Flush()
	}
	return nil
}

func sizesOf(r *experiment.MislabelResult) string {
	p := []string{"64"}
	for _, h := range r.Config.Hidden {
		p = append(p, strconv.Itoa(h))
	}
	return strings.Join(append(p, "10"), "-")
}

func quantNote(q string) string {
	if q == "" {
		return ""
	}
	return ", base " + q
}

func runQLoRA(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("oracle eval qlora", stderr)
	var f mislabelFlags
	bindMislabel(fs, &f)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	f.meth = experiment.MethodDataInf
	cfgs, err := f.configs()
	if err != nil {
		return err
	}
	type row struct {
		Quant     string  `json:"quant"`
		BaseBytes Stat    `json:"base_bytes"`
		TestAcc   Stat    `json:"test_acc"`
		ValAcc    Stat    `json:"val_acc"`
		AUC       Stat    `json:"datainf_auc"`
		Ratio     float64 `json:"memory_vs_float"`
	}
	var rows []row
	for _, q := range []string{"", "nf4", "int4"} {
		var bb, ta, va, au []float64
		for _, c := range cfgs {
			c.Quant = q
			r, err := experiment.Mislabel(ctx, c, nil)
			if err != nil {
				return err
			}
			bb = append(bb, float64(r.BaseBytes))
			ta = append(ta, r.TestAcc)
			va = append(va, r.ValAcc)
			au = append(au, r.Methods[0].AUC)
		}
		name := q
		if name == "" {
			name = "float64"
		}
		rows = append(rows, row{Quant: name, BaseBytes: stat(bb), TestAcc: stat(ta), ValAcc: stat(va), AUC: stat(au)})
	}
	for i := range rows {
		rows[i].Ratio = rows[i].BaseBytes.Mean / rows[0].BaseBytes.Mean
	}
	if *asJSON {
		e := json.NewEncoder(stdout)
		e.SetIndent("", "  ")
		return e.Encode(rows)
	}
	fmt.Fprintf(stdout, "base pre-trained in float64, then stored as below; LoRA trained on it; %d seed(s)\n", len(cfgs))
	tw := tabwriter.NewWriter(stdout, 2, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "base\tbase bytes\tvs float64\ttest acc\tval acc\tdatainf AUC")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%.0f\t%.3f\t%.4f ± %.4f\t%.4f ± %.4f\t%.4f ± %.4f\n", r.Quant, r.BaseBytes.Mean, r.Ratio, r.TestAcc.Mean, r.TestAcc.Std, r.ValAcc.Mean, r.ValAcc.Std, r.AUC.Mean, r.AUC.Std)
	}
	return tw.Flush()
}

func runSweep(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("oracle eval sweep", stderr)
	var f mislabelFlags
	bindMislabel(fs, &f)
	ranks := fs.String("ranks", "1,2,4,8,16", "LoRA ranks")
	widths := fs.String("widths", "16,32,64,128", "hidden widths (one hidden layer)")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	f.meth = "datainf,exact,hessian-free"
	rs, err := parseInts(*ranks)
	if err != nil {
		return err
	}
	ws, err := parseInts(*widths)
	if err != nil {
		return err
	}
	type cell struct {
		Rank, Width, MaxDim        int
		DataInf, Exact, HF         Stat
		Spearman, DataInfS, ExactS Stat
	}
	var cells []cell
	for _, w := range ws {
		for _, r := range rs {
			f.width = strconv.Itoa(w)
			f.cfg.Rank = r
			cfgs, err := f.configs()
			if err != nil {
				return err
			}
			var di, ex, hf, sp, dis, exs []float64
			maxDim := 0
			for _, c := range cfgs {
				res, err := experiment.Mislabel(ctx, c, nil)
				if err != nil {
					return err
				}
				for _, l := range res.Layers {
					maxDim = max(maxDim, l.Dim)
				}
				di = append(di, res.Method(experiment.MethodDataInf).AUC)
				ex = append(ex, res.Method(experiment.MethodExact).AUC)
				hf = append(hf, res.Method(experiment.MethodHessianFree).AUC)
				dis = append(dis, res.Method(experiment.MethodDataInf).Seconds)
				exs = append(exs, res.Method(experiment.MethodExact).Seconds)
				sp = append(sp, res.DataInfVsExact.Spearman)
			}
			cells = append(cells, cell{Rank: r, Width: w, MaxDim: maxDim, DataInf: stat(di), Exact: stat(ex), HF: stat(hf), Spearman: stat(sp), DataInfS: stat(dis), ExactS: stat(exs)})
		}
	}
	if *asJSON {
		e := json.NewEncoder(stdout)
		e.SetIndent("", "  ")
		return e.Encode(cells)
	}
	fmt.Fprintln(stdout, "| width | rank | largest d_l | DataInf AUC | exact AUC | Hessian-free AUC | Spearman(DataInf, exact) | DataInf s | exact s | speed-up |")
	fmt.Fprintln(stdout, "|---:|---:|---:|---|---|---|---|---:|---:|---:|")
	for _, c := range cells {
		fmt.Fprintf(stdout, "| %d | %d | %d | %.3f ± %.3f | %.3f ± %.3f | %.3f ± %.3f | %.3f | %.4f | %.4f | %.0f× |\n",
			c.Width, c.Rank, c.MaxDim, c.DataInf.Mean, c.DataInf.Std, c.Exact.Mean, c.Exact.Std, c.HF.Mean, c.HF.Std, c.Spearman.Mean, c.DataInfS.Mean, c.ExactS.Mean, c.ExactS.Mean/c.DataInfS.Mean)
	}
	return nil
}

func runSpeed(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("oracle eval speed", stderr)
	n := fs.Int("n", 1000, "training rows for the speed-up table")
	dims := fs.String("dims", "64,128,256,512,1024,2048,4096", "d_l values for the speed-up table")
	bwRows := fs.Int("bw-rows", 16384, "rows of the bandwidth matrix (stream mode)")
	bwDim := fs.Int("bw-dim", 2048, "columns of the bandwidth matrix (stream mode)")
	kRows := fs.Int("kernel-rows", 256, "rows of the bandwidth matrix (kernel mode)")
	kDim := fs.Int("kernel-dim", 131072, "columns of the bandwidth matrix (kernel mode)")
	q := fs.Int("queries", 64, "queries in the batched measurement")
	bRows := fs.Int("batch-rows", 4096, "rows of the batched matrix")
	bDim := fs.Int("batch-dim", 1024, "columns of the batched matrix")
	reps := fs.Int("reps", 5, "repetitions (best time is reported)")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	ds, err := parseInts(*dims)
	if err != nil {
		return err
	}
	rows, err := experiment.SpeedupVsDim(ctx, *n, ds, 3)
	if err != nil {
		return err
	}
	bwS, err := experiment.MeasureBandwidth(ctx, *bwRows, *bwDim, influence.KernelOff, *reps)
	if err != nil {
		return err
	}
	bwK, err := experiment.MeasureBandwidth(ctx, *kRows, *kDim, influence.KernelOn, *reps)
	if err != nil {
		return err
	}
	bS, err := experiment.MeasureBatch(ctx, *bRows, *bDim, *q, influence.KernelOff, *reps)
	if err != nil {
		return err
	}
	if *asJSON {
		e := json.NewEncoder(stdout)
		e.SetIndent("", "  ")
		return e.Encode(map[string]any{"speedup": rows, "bandwidth": []any{bwS, bwK}, "batch": bS})
	}
	fmt.Fprintf(stdout, "DataInf vs exact on the same synthetic gradients (n = %d, one layer):\n", *n)
	fmt.Fprintln(stdout, "| d_l | DataInf s | exact s | speed-up |")
	fmt.Fprintln(stdout, "|---:|---:|---:|---:|")
	for _, r := range rows {
		fmt.Fprintf(stdout, "| %d | %.6f | %.4f | %.0f× |\n", r.Dim, r.DataInfS, r.ExactS, r.Speedup)
	}
	fmt.Fprintln(stdout, "single query:")
	fmt.Fprintln(stdout, " ", bwS)
	fmt.Fprintln(stdout, " ", bwK)
	fmt.Fprintf(stdout, "batched: %d queries × n=%d × d=%d: %.3f s, %.2f GFLOP/s\n", bS.Queries, bS.N, bS.Dim, bS.Seconds, bS.GFlops)
	return nil
}
