package publish_test

import (
	"context"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/publish"
)

func sampleGradients() *publish.Gradients {
	return &publish.Gradients{Version: publish.GradientsVersion, ChainID: 31337, RewardVault: vault, ModelID: 1,
		GradientCommitment: common.HexToHash("0x1234"), ProjectionSeed: 1, Layers: []int{2, 1},
		Contributions: []publish.ContributionFeatures{
			{Index: 0, ContributionID: 4, Contributor: alice, Features: []int64{1, -2, 8388607}},
			{Index: 1, ContributionID: 9, Contributor: carol, Features: []int64{0, -8388607, 5}},
		}}
}

func sampleInferences() *publish.Inferences {
	return &publish.Inferences{Version: publish.InferencesVersion, ChainID: 31337, RewardVault: vault, ModelID: 1, BatchID: 2, Epoch: 7,
		InferenceCommitment: common.HexToHash("0x99"), Layers: []int{3},
		Requests: []publish.InferenceGradient{{RequestID: 5, InputHash: common.HexToHash("0x05"), Query: []int64{7, 8, -9}},
			{RequestID: 3, InputHash: common.HexToHash("0x03"), Query: []int64{0, 0, 1}}}}
}

// Both documents round-trip through a directory and an HTTP publication root at their paths.
func TestGradientsAndInferencesRoundTrip(t *testing.T) {
	g, in := sampleGradients(), sampleInferences()
	dir := t.TempDir()
	if err := publish.WriteGradientsFile(dir, g); err != nil {
		t.Fatal(err)
	}
	if err := publish.WriteInferencesFile(dir, in); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	defer srv.Close()
	for _, loc := range []string{dir, srv.URL} {
		src, err := publish.NewPathSource(loc)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := src.FetchPath(context.Background(), "models/1/gradients.json")
		if err != nil {
			t.Fatal(err)
		}
		if got, err := publish.ParseGradients(raw); err != nil || !reflect.DeepEqual(got, g) {
			t.Fatalf("%s: gradients %+v, %v", loc, got, err)
		}
		raw, err = src.FetchPath(context.Background(), publish.InferencesRelPath(1, 2))
		if err != nil {
			t.Fatal(err)
		}
		if got, err := publish.ParseInferences(raw); err != nil || !reflect.DeepEqual(got, in) {
			t.Fatalf("%s: inferences %+v, %v", loc, got, err)
		}
		if _, err := src.FetchPath(context.Background(), publish.GradientsRelPath(2)); !errors.Is(err, publish.ErrNotPublished) {
			t.Fatalf("%s: got %v, want ErrNotPublished", loc, err)
		}
	}
}

func TestGradientsAndInferencesRejectMalformed(t *testing.T) {
	dir := t.TempDir()
	if err := publish.WriteGradientsFile(dir, sampleGradients()); err != nil {
		t.Fatal(err)
	}
	if err := publish.WriteInferencesFile(dir, sampleInferences()); err != nil {
		t.Fatal(err)
	}
	read := func(rel string) string {
		b, err := os.ReadFile(filepath.Join(dir, rel))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	g, in := read("models/1/gradients.json"), read("models/1/batches/2.inferences.json")
	for name, doc := range map[string]string{
		"unknown field":      strings.Replace(g, `"projectionSeed"`, `"projectionSead"`, 1),
		"version":            strings.Replace(g, `"version":1`, `"version":2`, 1),
		"no model":           strings.Replace(g, `"modelId":1`, `"modelId":0`, 1),
		"index out of order": strings.Replace(g, `"index":1`, `"index":2`, 1),
		"short row":          strings.Replace(g, `[1,-2,8388607]`, `[1,-2]`, 1),
		"entry out of range": strings.Replace(g, `8388607`, `8388608`, 1),
		"minimum entry":      strings.Replace(g, `-8388607`, `-8388608`, 1),
		"fractional entry":   strings.Replace(g, `[1,-2,`, `[1.5,-2,`, 1),
		"no layers":          strings.Replace(g, `"layers":[2,1]`, `"layers":[]`, 1),
		"zero layer":         strings.Replace(g, `"layers":[2,1]`, `"layers":[3,0]`, 1),
		"no contributions":   g[:strings.Index(g, `"contributions"`)] + `"contributions":[]}`,
		"trailing data":      g + "{}",
	} {
		if _, err := publish.ParseGradients([]byte(doc)); err == nil {
			t.Errorf("gradients, %s: accepted", name)
		}
	}
	for name, doc := range map[string]string{
		"unknown field":     strings.Replace(in, `"epoch"`, `"epok"`, 1),
		"version":           strings.Replace(in, `"version":1`, `"version":0`, 1),
		"duplicate request": strings.Replace(in, `"requestId":3`, `"requestId":5`, 1),
		"long query":        strings.Replace(in, `[0,0,1]`, `[0,0,1,1]`, 1),
		"no requests":       in[:strings.Index(in, `"requests"`)] + `"requests":[]}`,
		"string entry":      strings.Replace(in, `[7,8,-9]`, `["7",8,-9]`, 1),
		"trailing data":     in + "[]",
	} {
		if _, err := publish.ParseInferences([]byte(doc)); err == nil {
			t.Errorf("inferences, %s: accepted", name)
		}
	}
}

func TestScoreValueRoundTrip(t *testing.T) {
	for _, v := range []int64{0, 1, -1, 65536, -32768, 98304, 1 << 40, -(1 << 50) - 3} {
		s := publish.ScoreValue(big.NewInt(v))
		back, err := publish.ParseScore(s)
		if err != nil || back.Int64() != v {
			t.Errorf("%d → %q → %v, %v", v, s, back, err)
		}
	}
	for _, s := range []string{"0.00001", "1e3", "", "0x10", "1.", "--1"} {
		if _, err := publish.ParseScore(s); err == nil {
			t.Errorf("%q accepted", s)
		}
	}
}
