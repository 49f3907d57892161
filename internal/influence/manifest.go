package influence

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
)

// Manifest format identifiers.
const (
	ManifestFormat  = "poa-influence-gradients"
	ManifestVersion = 1
	// ManifestName is the file name WriteBundle gives the manifest.
	ManifestName = "manifest.json"
)

// Manifest describes a gradient bundle: per-layer .npy matrices of training
// gradients (n_train × dim) and query gradients (n_query × dim), with the
// layer names, shapes, λ_l and dtype. Paths are relative to the manifest's
// directory. See docs/influence.md.
type Manifest struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	// Dtype is the element type of every gradient file: "float64" ('<f8')
	// or "float32" ('<f4'). Scores are always float64.
	Dtype  string `json:"dtype"`
	NTrain int    `json:"n_train"`
	NQuery int    `json:"n_query"`
	// QueryReduction says how queries are formed from the query rows:
	// "mean" (one query: their mean, e.g. the validation loss gradient) or
	// "each" (every row is a separate query, e.g. one per inference).
	QueryReduction string `json:"query_reduction"`
	// Damping is the factor f of λ_l = f·(n·d_l)⁻¹Σ_i‖g_il‖² used for layers
	// whose lambda is absent (0 means 0.1).
	Damping float64         `json:"damping,omitempty"`
	Layers  []ManifestLayer `json:"layers"`
	// Contributions groups training rows by uploaded file; when present
	// every row must belong to exactly one non-empty contribution.
	Contributions []ManifestContribution `json:"contributions,omitempty"`
	// Scores maps a method name to a .npy of n_train float64 influences
	// (sign convention: > 0 harmful), ContributionScores to one per
	// contribution, Aux to other per-sample arrays (e.g. "flipped").
	Scores             map[string]string `json:"scores,omitempty"`
	ContributionScores map[string]string `json:"contribution_scores,omitempty"`
	Aux                map[string]string `json:"aux,omitempty"`
	Meta               map[string]any    `json:"meta,omitempty"`
}

// ManifestLayer describes one layer of a bundle.
type ManifestLayer struct {
	Name  string `json:"name"`
	Shape []int  `json:"shape"`
	Dim   int    `json:"dim"`
	// Lambda is λ_l; when absent it is computed from the training rows.
	Lambda    *float64 `json:"lambda,omitempty"`
	TrainFile string   `json:"train_file"`
	QueryFile string   `json:"query_file"`
}

// ManifestContribution lists the training rows of one contribution.
type ManifestContribution struct {
	ID      string `json:"id"`
	Samples []int  `json:"samples"`
}

// Bundle is a manifest with its gradients loaded.
type Bundle struct {
	Dir      string
	Manifest Manifest
	Train    *Grads
	Query    *Grads
}

// Options returns the damping options the bundle prescribes.
func (b *Bundle) Options() Options {
	lam := Lambdas(b.Train, b.Manifest.Damping)
	for l, ml := range b.Manifest.Layers {
		if ml.Lambda != nil {
			lam[l] = *ml.Lambda
		}
	}
	return Options{Lambda: lam}
}

// Queries returns the queries the bundle prescribes (one per layer slice).
func (b *Bundle) Queries() [][][]float64 {
	if b.Manifest.QueryReduction == "each" {
		out := make([][][]float64, b.Query.N)
		for q := range out {
			out[q] = b.Query.Query(q)
		}
		return out
	}
	return [][][]float64{b.Query.Mean()}
}

// Groups returns each training row's contribution index and the count.
func (b *Bundle) Groups() ([]int, int) {
	if len(b.Manifest.Contributions) == 0 {
		return nil, 0
	}
	g := make([]int, b.Train.N)
	for c, mc := range b.Manifest.Contributions {
		for _, i := range mc.Samples {
			g[i] = c
		}
	}
	return g, len(b.Manifest.Contributions)
}

func safeRel(dir, p string) (string, error) {
	if p == "" {
		return "", fmt.Errorf("empty path")
	}
	if filepath.IsAbs(p) || strings.HasPrefix(filepath.Clean(p), "..") {
		return "", fmt.Errorf("path %q must be relative and inside the bundle", p)
	}
	return filepath.Join(dir, filepath.Clean(p)), nil
}

// ReadBundle loads a manifest and its gradient files and checks them all:
// unknown format, missing or mistyped fields, shapes that disagree with the
// manifest, NaN/Inf values and empty or overlapping contributions are errors
// naming the file and the field.
func ReadBundle(manifestPath string) (*Bundle, error) {
	raw, err := os.ReadFile(manifestPath)
	if err != nil {
		return nil, err
	}
	mf := manifestPath
	var m Manifest
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("%s: %w", mf, err)
	}
	fe := func(field, format string, a ...any) error {
		return fmt.Errorf("%s: field %q: %s", mf, field, fmt.Sprintf(format, a...))
	}
	if m.Format != ManifestFormat {
		return nil, fe("format", "%q, want %q", m.Format, ManifestFormat)
	}
	if m.Version != ManifestVersion {
		return nil, fe("version", "%d, want %d", m.Version, ManifestVersion)
	}
	var descr string
	switch m.Dtype {
	case "float64":
		descr = "<f8"
	case "float32":
		descr = "<f4"
	default:
		return nil, fe("dtype", "%q, want \"float64\" or \"float32\"", m.Dtype)
	}
	if m.NTrain <= 0 {
		return nil, fe("n_train", "%d, want ≥ 1", m.NTrain)
	}
	if m.NQuery <= 0 {
		return nil, fe("n_query", "%d, want ≥ 1", m.NQuery)
	}
	switch m.QueryReduction {
	case "mean", "each":
	case "":
		m.QueryReduction = "mean"
	default:
		return nil, fe("query_reduction", "%q, want \"mean\" or \"each\"", m.QueryReduction)
	}
	if m.Damping < 0 || math.IsNaN(m.Damping) {
		return nil, fe("damping", "%v, want ≥ 0", m.Damping)
	}
	if len(m.Layers) == 0 {
		return nil, fe("layers", "empty")
	}
	dir := filepath.Dir(manifestPath)
	b := &Bundle{Dir: dir, Manifest: m, Train: &Grads{N: m.NTrain}, Query: &Grads{N: m.NQuery}}
	names := map[string]bool{}
	for l, ml := range m.Layers {
		f := fmt.Sprintf("layers[%d]", l)
		if ml.Name == "" {
			return nil, fe(f+".name", "empty")
		}
		if names[ml.Name] {
			return nil, fe(f+".name", "duplicate layer name %q", ml.Name)
		}
		names[ml.Name] = true
		if ml.Dim <= 0 {
			return nil, fe(f+".dim", "%d, want ≥ 1", ml.Dim)
		}
		p := 1
		for _, s := range ml.Shape {
			p *= s
		}
		if len(ml.Shape) == 0 || p != ml.Dim {
			return nil, fe(f+".shape", "%v has %d entries, dim is %d", ml.Shape, p, ml.Dim)
		}
		if ml.Lambda != nil && (!(*ml.Lambda >= 0) || math.IsInf(*ml.Lambda, 0)) {
			return nil, fe(f+".lambda", "%v, want a finite value ≥ 0", *ml.Lambda)
		}
		tr, err := loadGradFile(dir, ml.TrainFile, descr, m.NTrain, ml.Dim)
		if err != nil {
			return nil, fe(f+".train_file", "%v", err)
		}
		qu, err := loadGradFile(dir, ml.QueryFile, descr, m.NQuery, ml.Dim)
		if err != nil {
			return nil, fe(f+".query_file", "%v", err)
		}
		b.Train.Layers = append(b.Train.Layers, Layer{Name: ml.Name, Shape: append([]int(nil), ml.Shape...), Dim: ml.Dim, Data: tr})
		b.Query.Layers = append(b.Query.Layers, Layer{Name: ml.Name, Shape: append([]int(nil), ml.Shape...), Dim: ml.Dim, Data: qu})
	}
	if len(m.Contributions) > 0 {
		owner := make([]int, m.NTrain)
		for i := range owner {
			owner[i] = -1
		}
		ids := map[string]bool{}
		for c, mc := range m.Contributions {
			f := fmt.Sprintf("contributions[%d]", c)
			if mc.ID == "" {
				return nil, fe(f+".id", "empty")
			}
			if ids[mc.ID] {
				return nil, fe(f+".id", "duplicate contribution id %q", mc.ID)
			}
			ids[mc.ID] = true
			if len(mc.Samples) == 0 {
				return nil, fe(f+".samples", "contribution %q is empty", mc.ID)
			}
			for _, i := range mc.Samples {
				if i < 0 || i >= m.NTrain {
					return nil, fe(f+".samples", "sample %d outside 0..%d", i, m.NTrain-1)
				}
				if owner[i] >= 0 {
					return nil, fe(f+".samples", "sample %d already belongs to contribution %q", i, m.Contributions[owner[i]].ID)
				}
				owner[i] = c
			}
		}
		for i, o := range owner {
			if o < 0 {
				return nil, fe("contributions", "sample %d belongs to no contribution", i)
			}
		}
	}
	return b, nil
}

func loadGradFile(dir, rel, descr string, rows, dim int) ([]float64, error) {
	path, err := safeRel(dir, rel)
	if err != nil {
		return nil, err
	}
	a, err := ReadNPYFile(path)
	if err != nil {
		return nil, err
	}
	if a.Dtype != descr {
		return nil, fmt.Errorf("%s: field \"descr\": %s, manifest dtype needs %s", path, a.Dtype, descr)
	}
	if len(a.Shape) != 2 || a.Shape[0] != rows || a.Shape[1] != dim {
		return nil, fmt.Errorf("%s: field \"shape\": %v, manifest needs (%d, %d)", path, a.Shape, rows, dim)
	}
	if i, j, bad := firstNonFinite(a.Data, dim); bad {
		return nil, fmt.Errorf("%s: field \"data\": non-finite value %v at row %d column %d", path, a.Data[i*dim+j], i, j)
	}
	return a.Data, nil
}

// BundleExtras are the optional arrays WriteBundle stores beside the
// gradients: per-method influences per training row and per contribution,
// and auxiliary per-row arrays.
type BundleExtras struct {
	Scores             map[string][]float64
	ContributionScores map[string][]float64
	Aux                map[string][]float64
}

// WriteBundle writes train and query gradients as float64 .npy files under
// dir (train/<layer>.npy, query/<layer>.npy), the extras, and dir/manifest.json.
// m supplies the optional fields (query reduction, damping, contributions,
// meta); layers, counts, files and lambdas are filled in from the data and
// lambda (one per layer, may be nil).
func WriteBundle(dir string, m Manifest, train, query *Grads, lambda []float64, extra BundleExtras) (string, error) {
	if err := train.Validate(); err != nil {
		return "", fmt.Errorf("write bundle: train: %w", err)
	}
	if err := query.Validate(); err != nil {
		return "", fmt.Errorf("write bundle: query: %w", err)
	}
	if len(train.Layers) != len(query.Layers) {
		return "", fmt.Errorf("write bundle: %d train layers, %d query layers", len(train.Layers), len(query.Layers))
	}
	for _, sub := range []string{"train", "query", "scores"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return "", err
		}
	}
	m.Format, m.Version, m.Dtype = ManifestFormat, ManifestVersion, "float64"
	m.NTrain, m.NQuery = train.N, query.N
	if m.QueryReduction == "" {
		m.QueryReduction = "mean"
	}
	m.Layers = nil
	for l := range train.Layers {
		tl, ql := &train.Layers[l], &query.Layers[l]
		if tl.Dim != ql.Dim {
			return "", fmt.Errorf("write bundle: layer %q: train dim %d, query dim %d", tl.Name, tl.Dim, ql.Dim)
		}
		fname := fileSafe(tl.Name) + ".npy"
		ml := ManifestLayer{Name: tl.Name, Shape: tl.Shape, Dim: tl.Dim, TrainFile: "train/" + fname, QueryFile: "query/" + fname}
		if len(ml.Shape) == 0 {
			ml.Shape = []int{tl.Dim}
		}
		if lambda != nil {
			x := lambda[l]
			ml.Lambda = &x
		}
		if err := WriteNPYFile(filepath.Join(dir, ml.TrainFile), []int{train.N, tl.Dim}, tl.Data); err != nil {
			return "", err
		}
		if err := WriteNPYFile(filepath.Join(dir, ml.QueryFile), []int{query.N, ql.Dim}, ql.Data); err != nil {
			return "", err
		}
		m.Layers = append(m.Layers, ml)
	}
	write := func(kind string, src map[string][]float64) (map[string]string, error) {
		if len(src) == 0 {
			return nil, nil
		}
		out := map[string]string{}
		for name, v := range src {
			rel := "scores/" + kind + fileSafe(name) + ".npy"
			if err := WriteNPYFile(filepath.Join(dir, rel), []int{len(v)}, v); err != nil {
				return nil, err
			}
			out[name] = rel
		}
		return out, nil
	}
	var err error
	if m.Scores, err = write("", extra.Scores); err != nil {
		return "", err
	}
	if m.ContributionScores, err = write("contrib_", extra.ContributionScores); err != nil {
		return "", err
	}
	if m.Aux, err = write("aux_", extra.Aux); err != nil {
		return "", err
	}
	js, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, ManifestName)
	return path, os.WriteFile(path, append(js, '\n'), 0o644)
}

func fileSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '_' || r == '-' {
			return r
		}
		return '_'
	}, s)
}

// ReadVector reads a 1-D float64 .npy named in the bundle (e.g. a score).
func (b *Bundle) ReadVector(rel string) ([]float64, error) {
	path, err := safeRel(b.Dir, rel)
	if err != nil {
		return nil, err
	}
	a, err := ReadNPYFile(path)
	if err != nil {
		return nil, err
	}
	if len(a.Shape) != 1 {
		return nil, fmt.Errorf("%s: field \"shape\": %v, want 1-D", path, a.Shape)
	}
	return a.Data, nil
}
