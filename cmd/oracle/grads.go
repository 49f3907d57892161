package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/big"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/open-attribution/poa/internal/influence"
	"github.com/open-attribution/poa/internal/influence/experiment"
)

func init() {
	register(command{name: "grads", summary: "per-sample gradient bundles (import: score .npy + manifest)", run: runGrads})
}

func runGrads(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return subcommands(ctx, "grads", map[string]command{
		"import": {name: "import", summary: "read a .npy + manifest.json bundle and score it with the influence engine", run: runGradsImport},
	}, args, stdout, stderr)
}

// importResult is what `grads import --json` prints.
type importResult struct {
	Manifest string         `json:"manifest"`
	NTrain   int            `json:"n_train"`
	NQuery   int            `json:"n_query"`
	Queries  int            `json:"queries"`
	Layers   []layerSummary `json:"layers"`
	Methods  []importMethod `json:"methods"`
	// Contribution-level results (when the bundle has contributions).
	Contributions []string  `json:"contributions,omitempty"`
	Fee           string    `json:"fee,omitempty"`
	Split         *splitOut `json:"split,omitempty"`
	Fixed         *fixedOut `json:"fixed,omitempty"`
}

type layerSummary struct {
	Name   string  `json:"name"`
	Dim    int     `json:"dim"`
	Lambda float64 `json:"lambda"`
}

type importMethod struct {
	Method  string  `json:"method"`
	Seconds float64 `json:"seconds"`
	// Influence[q][k]: training row k on query q (> 0 harmful).
	Influence [][]float64 `json:"influence"`
	// ContributionHelpfulness[q][c] = −Σ_{k∈c} Influence[q][k].
	ContributionHelpfulness [][]float64 `json:"contribution_helpfulness,omitempty"`
	AUCFlipped              *float64    `json:"auc_flipped,omitempty"`
	MaxAbsDiffStored        *float64    `json:"max_abs_diff_vs_stored,omitempty"`
}

type splitOut struct {
	Method string   `json:"method"`
	Shares []string `json:"shares"`
	Dust   string   `json:"dust"`
}

type fixedOut struct {
	Scale      int64    `json:"scale"`
	Clamped    int      `json:"clamped"`
	Lambda     []string `json:"lambda"`
	Scores     []string `json:"scores"`
	Shares     []string `json:"shares,omitempty"`
	Dust       string   `json:"dust,omitempty"`
	MaxAbsDiff float64  `json:"max_abs_diff_vs_float"`
}

func runGradsImport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("oracle grads import", stderr)
	manifest := fs.String("manifest", "", "path of the bundle's manifest.json (required)")
	methods := fs.String("methods", strings.Join(experiment.AllMethods, ","), "methods to run")
	fee := fs.String("fee", "", "split this fee (wei, decimal) among contributions with DataInf helpfulness > 0")
	fixed := fs.Bool("fixed", false, "also run the fixed-point contribution-level DataInf (first query) and its split")
	lissaIters := fs.Int("lissa-iters", 200, "LiSSA iterations per layer")
	asJSON := fs.Bool("json", false, "print JSON (includes every score)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *manifest == "" {
		return fmt.Errorf("%w: --manifest is required", errUsage)
	}
	b, err := influence.ReadBundle(*manifest)
	if err != nil {
		return err
	}
	opts := b.Options()
	queries := b.Queries()
	groups, nC := b.Groups()
	res := importResult{Manifest: *manifest, NTrain: b.Train.N, NQuery: b.Query.N, Queries: len(queries)}
	for l, ly := range b.Train.Layers {
		res.Layers = append(res.Layers, layerSummary{Name: ly.Name, Dim: ly.Dim, Lambda: opts.Lambda[l]})
	}
	var flipped []bool
	if rel, ok := b.Manifest.Aux["flipped"]; ok {
		fl, err := b.ReadVector(rel)
		if err != nil {
			return err
		}
		if len(fl) != b.Train.N {
			return fmt.Errorf("%s: aux \"flipped\" has %d entries, n_train is %d", *manifest, len(fl), b.Train.N)
		}
		flipped = make([]bool, len(fl))
		for i, x := range fl {
			flipped[i] = x != 0
		}
	}
	for _, m := range strings.Split(*methods, ",") {
		m = strings.TrimSpace(m)
		if m == "" {
			continue
		}
		im := importMethod{Method: m}
		t := time.Now()
		var scorer *influence.DataInfScorer
		if m == experiment.MethodDataInf {
			mode := influence.KernelOff // one-shot: the Gram matrix costs about n queries
			if len(queries) > b.Train.N {
				mode = influence.KernelAuto
			}
			if scorer, err = influence.NewDataInf(ctx, b.Train, opts, mode); err != nil {
				return err
			}
		}
		for _, v := range queries {
			var sc []float64
			switch m {
			case experiment.MethodDataInf:
				sc = make([]float64, b.Train.N)
				err = scorer.Score(v, sc)
			case experiment.MethodExact:
				sc, err = influence.Exact(ctx, b.Train, v, opts)
			case experiment.MethodLiSSA:
				sc, err = influence.LiSSA(ctx, b.Train, v, influence.LiSSAOptions{Options: opts, Iterations: *lissaIters})
			case experiment.MethodHessianFree:
				sc, err = influence.HessianFree(ctx, b.Train, v)
			default:
				return fmt.Errorf("%w: unknown method %q", errUsage, m)
			}
			if err != nil {
				return fmt.Errorf("%s: %w", m, err)
			}
			im.Influence = append(im.Influence, sc)
			if nC > 0 {
				cs, err := influence.SumScores(sc, groups, nC)
				if err != nil {
					return err
				}
				im.ContributionHelpfulness = append(im.ContributionHelpfulness, influence.Helpfulness(cs))
			}
		}
		im.Seconds = time.Since(t).Seconds()
		if flipped != nil && len(queries) == 1 {
			if a, err := influence.AUC(im.Influence[0], flipped); err == nil {
				im.AUCFlipped = &a
			}
		}
		if rel, ok := b.Manifest.Scores[m]; ok && len(queries) == 1 {
			stored, err := b.ReadVector(rel)
			if err != nil {
				return err
			}
			if len(stored) != b.Train.N {
				return fmt.Errorf("%s: stored scores %q have %d entries, n_train is %d", *manifest, rel, len(stored), b.Train.N)
			}
			d := 0.0
			for i := range stored {
				d = math.Max(d, math.Abs(stored[i]-im.Influence[0][i]))
			}
			im.MaxAbsDiffStored = &d
		}
		res.Methods = append(res.Methods, im)
	}
	if nC > 0 {
		for _, c := range b.Manifest.Contributions {
			res.Contributions = append(res.Contributions, c.ID)
		}
	}
	var feeInt *big.Int
	if *fee != "" {
		var ok bool
		if feeInt, ok = new(big.Int).SetString(*fee, 10); !ok {
			return fmt.Errorf("%w: --fee %q is not a decimal integer", errUsage, *fee)
		}
		if nC == 0 {
			return fmt.Errorf("%s: --fee needs contributions in the manifest", *manifest)
		}
		var di *importMethod
		for i := range res.Methods {
			if res.Methods[i].Method == experiment.MethodDataInf {
				di = &res.Methods[i]
			}
		}
		if di == nil {
			return fmt.Errorf("%w: --fee needs the datainf method", errUsage)
		}
		sh, dust, err := influence.SplitFee(feeInt, di.ContributionHelpfulness[0])
		if err != nil {
			return err
		}
		res.Fee = feeInt.String()
		res.Split = &splitOut{Method: experiment.MethodDataInf, Shares: bigStrings(sh), Dust: dust.String()}
	}
	if *fixed {
		if nC == 0 {
			return fmt.Errorf("%s: --fixed needs contributions in the manifest", *manifest)
		}
		cg, err := b.Train.SumByGroup(groups, nC)
		if err != nil {
			return err
		}
		in, clamped, err := influence.QuantizeInput(cg, queries[0])
		if err != nil {
			return err
		}
		fr, err := influence.FixedDataInf(ctx, in)
		if err != nil {
			return err
		}
		// The float reference on the same (contribution-level) rows.
		fl, err := influence.DataInf(ctx, cg, queries[0], influence.Options{})
		if err != nil {
			return err
		}
		fo := &fixedOut{Scale: influence.FixedScale, Clamped: clamped, Lambda: bigStrings(fr.Lambda), Scores: bigStrings(fr.Scores)}
		for k, s := range fr.Scores {
			fo.MaxAbsDiff = math.Max(fo.MaxAbsDiff, math.Abs(influence.FixedToFloat(s)-(-fl[k])))
		}
		if feeInt != nil {
			sh, dust, err := influence.SplitFeeInt(feeInt, fr.Scores)
			if err != nil {
				return err
			}
			fo.Shares, fo.Dust = bigStrings(sh), dust.String()
		}
		res.Fixed = fo
	}
	if *asJSON {
		e := json.NewEncoder(stdout)
		e.SetIndent("", "  ")
		return e.Encode(res)
	}
	fmt.Fprintf(stdout, "%s: %d training rows, %d query rows (%s → %d quer%s), %d contributions\n", *manifest, res.NTrain, res.NQuery,
		b.Manifest.QueryReduction, len(queries), map[bool]string{true: "y", false: "ies"}[len(queries) == 1], nC)
	for _, l := range res.Layers {
		fmt.Fprintf(stdout, "  layer %-20s d=%-6d lambda=%.6g\n", l.Name, l.Dim, l.Lambda)
	}
	tw := tabwriter.NewWriter(stdout, 2, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "method\tseconds\tAUC(flipped)\tmax |Δ| vs stored")
	for _, m := range res.Methods {
		a, d := "-", "-"
		if m.AUCFlipped != nil {
			a = fmt.Sprintf("%.4f", *m.AUCFlipped)
		}
		if m.MaxAbsDiffStored != nil {
			d = fmt.Sprintf("%.3g", *m.MaxAbsDiffStored)
		}
		fmt.Fprintf(tw, "%s\t%.4f\t%s\t%s\n", m.Method, m.Seconds, a, d)
	}
	tw.Flush()
	if res.Split != nil {
		fmt.Fprintf(stdout, "fee %s split by DataInf helpfulness (query 0):\n", res.Fee)
		for c, s := range res.Split.Shares {
			fmt.Fprintf(stdout, "  %-20s %s\n", res.Contributions[c], s)
		}
		fmt.Fprintf(stdout, "  dust (treasury)      %s\n", res.Split.Dust)
	}
	if f := res.Fixed; f != nil {
		fmt.Fprintf(stdout, "fixed-point contribution scores (scale 2^16, %d clamped entries, max |fixed − float| = %.3g):\n", f.Clamped, f.MaxAbsDiff)
		for c, s := range f.Scores {
			line := fmt.Sprintf("  %-20s %s", res.Contributions[c], s)
			if f.Shares != nil {
				line += "  share " + f.Shares[c]
			}
			fmt.Fprintln(stdout, line)
		}
		if f.Shares != nil {
			fmt.Fprintf(stdout, "  dust (treasury)      %s\n", f.Dust)
		}
	}
	return nil
}

func bigStrings(x []*big.Int) []string {
	out := make([]string, len(x))
	for i, v := range x {
		out[i] = v.String()
	}
	return out
}
