package influence

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestNPYRoundTrip(t *testing.T) {
	for _, shape := range [][]int{{3}, {2, 3}, {0, 4}, {1, 1}} {
		n := 1
		for _, s := range shape {
			n *= s
		}
		data := make([]float64, n)
		for i := range data {
			data[i] = float64(i)*1.5 - 2
		}
		var b bytes.Buffer
		if err := WriteNPY(&b, shape, data); err != nil {
			t.Fatal(err)
		}
		hl := int(binary.LittleEndian.Uint16(b.Bytes()[8:10]))
		if (10+hl)%64 != 0 {
			t.Fatalf("header not 64-byte aligned: %d", 10+hl)
		}
		a, err := ParseNPY(b.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		if a.Dtype != "<f8" || len(a.Shape) != len(shape) || len(a.Data) != n {
			t.Fatalf("shape %v: read %v %v", shape, a.Dtype, a.Shape)
		}
		for i := range data {
			if a.Data[i] != data[i] {
				t.Fatal("data changed")
			}
		}
	}
	// A header as NumPy writes it for float32, version 2.0.
	hdr := "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }"
	hdr += strings.Repeat(" ", 64-(12+len(hdr)+1)%64) + "\n"
	var b bytes.Buffer
	b.WriteString("\x93NUMPY\x02\x00")
	binary.Write(&b, binary.LittleEndian, uint32(len(hdr)))
	b.WriteString(hdr)
	for _, x := range []float32{1, -2, 3.5, 0.25} {
		binary.Write(&b, binary.LittleEndian, math.Float32bits(x))
	}
	a, err := ParseNPY(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if a.Dtype != "<f4" || a.Data[2] != 3.5 {
		t.Fatalf("float32 v2: %+v", a)
	}
}

func npyWith(header string, body int) []byte {
	header += strings.Repeat(" ", 64-(10+len(header)+1)%64) + "\n"
	var b bytes.Buffer
	b.WriteString("\x93NUMPY\x01\x00")
	binary.Write(&b, binary.LittleEndian, uint16(len(header)))
	b.WriteString(header)
	b.Write(make([]byte, body))
	return b.Bytes()
}

func TestNPYMalformed(t *testing.T) {
	for _, tc := range []struct {
		name  string
		data  []byte
		field string
	}{
		{"magic", []byte("PK\x03\x04 not npy at all"), `"magic"`},
		{"version", append([]byte("\x93NUMPY\x09\x00"), 0, 0), `"version"`},
		{"dtype", npyWith("{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }", 16), `"descr"`},
		{"big-endian", npyWith("{'descr': '>f8', 'fortran_order': False, 'shape': (2,), }", 16), `"descr"`},
		{"fortran", npyWith("{'descr': '<f8', 'fortran_order': True, 'shape': (2, 2), }", 32), `"fortran_order"`},
		{"shape", npyWith("{'descr': '<f8', 'fortran_order': False, 'shape': (2, x), }", 32), `"shape"`},
		{"missing shape", npyWith("{'descr': '<f8', 'fortran_order': False, }", 32), `"shape"`},
		{"truncated", npyWith("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 2), }", 31), `"data"`},
		{"header_len", append([]byte("\x93NUMPY\x01\x00"), 0xff, 0x00, '{'), `"header_len"`},
	} {
		_, err := ParseNPY(tc.data)
		if err == nil || !strings.Contains(err.Error(), tc.field) {
			t.Errorf("%s: error %v does not name field %s", tc.name, err, tc.field)
		}
	}
}

// writeTestBundle writes a small valid bundle and returns its manifest path.
func writeTestBundle(t *testing.T) (string, *Grads, *Grads) {
	t.Helper()
	dir := t.TempDir()
	tr := randGrads(6, []int{4, 3}, 40)
	tr.Layers[0].Name, tr.Layers[1].Name = "layers.0.lora_A", "layers.0.lora_B"
	tr.Layers[0].Shape, tr.Layers[1].Shape = []int{2, 2}, []int{3, 1}
	qu := randGrads(2, []int{4, 3}, 41)
	qu.Layers[0].Name, qu.Layers[1].Name = tr.Layers[0].Name, tr.Layers[1].Name
	m := Manifest{Contributions: []ManifestContribution{{ID: "a.csv", Samples: []int{0, 1, 2}}, {ID: "b.csv", Samples: []int{3, 4, 5}}}}
	p, err := WriteBundle(dir, m, tr, qu, Lambdas(tr, 0), BundleExtras{Scores: map[string][]float64{"datainf": make([]float64, 6)}})
	if err != nil {
		t.Fatal(err)
	}
	return p, tr, qu
}

func TestBundleRoundTrip(t *testing.T) {
	p, tr, qu := writeTestBundle(t)
	b, err := ReadBundle(p)
	if err != nil {
		t.Fatal(err)
	}
	if b.Train.N != 6 || b.Query.N != 2 || len(b.Train.Layers) != 2 {
		t.Fatalf("bundle shape %d/%d/%d", b.Train.N, b.Query.N, len(b.Train.Layers))
	}
	for l := range tr.Layers {
		for k := range tr.Layers[l].Data {
			if b.Train.Layers[l].Data[k] != tr.Layers[l].Data[k] {
				t.Fatal("train data changed")
			}
		}
		for k := range qu.Layers[l].Data {
			if b.Query.Layers[l].Data[k] != qu.Layers[l].Data[k] {
				t.Fatal("query data changed")
			}
		}
	}
	lam := Lambdas(tr, 0)
	if o := b.Options(); o.Lambda[1] != lam[1] {
		t.Fatal("lambda not carried")
	}
	g, n := b.Groups()
	if n != 2 || g[4] != 1 {
		t.Fatalf("groups %v", g)
	}
	if q := b.Queries(); len(q) != 1 {
		t.Fatal("mean query")
	}
}

// TestBundleMalformed: each defect gives an error naming the file and field.
func TestBundleMalformed(t *testing.T) {
	edit := func(t *testing.T, f func(m map[string]any, dir string)) string {
		p, _, _ := writeTestBundle(t)
		raw, _ := os.ReadFile(p)
		var m map[string]any
		json.Unmarshal(raw, &m)
		f(m, filepath.Dir(p))
		out, _ := json.Marshal(m)
		os.WriteFile(p, out, 0o644)
		return p
	}
	layer := func(m map[string]any, i int) map[string]any { return m["layers"].([]any)[i].(map[string]any) }
	for _, tc := range []struct {
		name string
		f    func(m map[string]any, dir string)
		want []string
	}{
		{"format", func(m map[string]any, _ string) { m["format"] = "other" }, []string{"manifest.json", `"format"`}},
		{"unknown field", func(m map[string]any, _ string) { m["colour"] = "blue" }, []string{"manifest.json", "colour"}},
		{"dtype", func(m map[string]any, _ string) { m["dtype"] = "int8" }, []string{`"dtype"`}},
		{"dim", func(m map[string]any, _ string) { layer(m, 1)["dim"] = 0 }, []string{`"layers[1].dim"`}},
		{"shape", func(m map[string]any, _ string) { layer(m, 0)["shape"] = []int{3, 2} }, []string{`"layers[0].shape"`}},
		{"lambda", func(m map[string]any, _ string) { layer(m, 0)["lambda"] = -1 }, []string{`"layers[0].lambda"`}},
		{"missing file", func(m map[string]any, _ string) { layer(m, 1)["train_file"] = "train/nope.npy" }, []string{`"layers[1].train_file"`, "nope.npy"}},
		{"escape", func(m map[string]any, _ string) { layer(m, 1)["train_file"] = "../x.npy" }, []string{`"layers[1].train_file"`, "inside the bundle"}},
		{"rows", func(m map[string]any, _ string) { m["n_train"] = 7 }, []string{"layers[0].train_file", `"shape"`, "(7, 4)"}},
		{"query dim", func(m map[string]any, dir string) {
			WriteNPYFile(filepath.Join(dir, "query/layers.0.lora_B.npy"), []int{2, 2}, make([]float64, 4))
		}, []string{"layers[1].query_file", "query/layers.0.lora_B.npy", `"shape"`}},
		{"nan", func(m map[string]any, dir string) {
			d := make([]float64, 18)
			d[7] = math.NaN()
			WriteNPYFile(filepath.Join(dir, "train/layers.0.lora_B.npy"), []int{6, 3}, d)
		}, []string{"train/layers.0.lora_B.npy", `"data"`, "NaN", "row 2 column 1"}},
		{"inf", func(m map[string]any, dir string) {
			d := make([]float64, 8)
			d[0] = math.Inf(-1)
			WriteNPYFile(filepath.Join(dir, "query/layers.0.lora_A.npy"), []int{2, 4}, d)
		}, []string{"query/layers.0.lora_A.npy", "-Inf"}},
		{"empty contribution", func(m map[string]any, _ string) {
			m["contributions"] = []any{map[string]any{"id": "a", "samples": []int{0, 1, 2, 3, 4, 5}}, map[string]any{"id": "b", "samples": []int{}}}
		}, []string{`"contributions[1].samples"`, `"b" is empty`}},
		{"overlap", func(m map[string]any, _ string) {
			m["contributions"] = []any{map[string]any{"id": "a", "samples": []int{0, 1, 2, 3}}, map[string]any{"id": "b", "samples": []int{3, 4, 5}}}
		}, []string{`"contributions[1].samples"`, "sample 3 already"}},
		{"unassigned", func(m map[string]any, _ string) {
			m["contributions"] = []any{map[string]any{"id": "a", "samples": []int{0, 1, 2, 3, 4}}}
		}, []string{`"contributions"`, "sample 5 belongs to no contribution"}},
		{"out of range", func(m map[string]any, _ string) {
			m["contributions"] = []any{map[string]any{"id": "a", "samples": []int{0, 1, 2, 3, 4, 5, 6}}}
		}, []string{`"contributions[0].samples"`, "sample 6 outside"}},
		{"wrong dtype file", func(m map[string]any, _ string) { m["dtype"] = "float32" }, []string{`"descr"`, "<f8"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := edit(t, tc.f)
			_, err := ReadBundle(p)
			if err == nil {
				t.Fatal("accepted")
			}
			for _, w := range append(tc.want, "manifest.json") {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %s", err, w)
				}
			}
		})
	}
}
