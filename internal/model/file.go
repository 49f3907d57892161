package model

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
)

// File format (base and adapter files share it; see docs/influence.md):
//
//	offset 0   8 bytes   magic "POAMODL1"
//	offset 8   uint32 LE header length H
//	offset 12  H bytes   header: compact JSON of FileHeader
//	offset 12+H          tensor data, in header order, little-endian, no padding
//
// Each tensor's byte length follows from its dtype ("f64": 8 bytes, "f32":
// 4, "u8": 1 per element) and shape. The content hash is the SHA-256 of
// the whole file; the writer is deterministic, so a model has exactly one
// base hash and one adapter hash. An adapter file names the hash of the
// base it was trained on and only loads onto that base.
const fileMagic = "POAMODL1"

// Kinds of model file.
const (
	KindBase    = "base"
	KindAdapter = "adapter"
)

// FileHeader is the JSON header of a model file.
type FileHeader struct {
	Kind string `json:"kind"`
	// Base: the architecture and quantisation. Adapter: sizes, rank, alpha.
	Sizes      []int   `json:"sizes"`
	Activation string  `json:"activation"`
	Quant      string  `json:"quant,omitempty"`
	QuantBlock int     `json:"quant_block,omitempty"`
	Rank       int     `json:"rank,omitempty"`
	Alpha      float64 `json:"alpha,omitempty"`
	// BaseHash (adapters only) is the hex SHA-256 of the base file.
	BaseHash string         `json:"base_hash,omitempty"`
	Tensors  []TensorHeader `json:"tensors"`
}

// TensorHeader names one tensor of a model file.
type TensorHeader struct {
	Name  string `json:"name"`
	Dtype string `json:"dtype"`
	Shape []int  `json:"shape"`
}

// Hash is a content hash (SHA-256 of a model file).
type Hash [32]byte

// String is the lower-case hex form.
func (h Hash) String() string { return hex.EncodeToString(h[:]) }

type tensor struct {
	TensorHeader
	f64 []float64
	f32 []float32
	u8  []byte
}

func (t *tensor) nbytes() int {
	n := 1
	for _, s := range t.Shape {
		n *= s
	}
	switch t.Dtype {
	case "f64":
		return 8 * n
	case "f32":
		return 4 * n
	}
	return n
}

func writeFile(w io.Writer, h FileHeader, ts []tensor) (Hash, error) {
	h.Tensors = nil
	for _, t := range ts {
		h.Tensors = append(h.Tensors, t.TensorHeader)
	}
	js, err := json.Marshal(h)
	if err != nil {
		return Hash{}, err
	}
	var buf bytes.Buffer
	buf.WriteString(fileMagic)
	binary.Write(&buf, binary.LittleEndian, uint32(len(js)))
	buf.Write(js)
	for _, t := range ts {
		switch t.Dtype {
		case "f64":
			for _, x := range t.f64 {
				binary.Write(&buf, binary.LittleEndian, math.Float64bits(x))
			}
		case "f32":
			for _, x := range t.f32 {
				binary.Write(&buf, binary.LittleEndian, math.Float32bits(x))
			}
		case "u8":
			buf.Write(t.u8)
		}
	}
	sum := sha256.Sum256(buf.Bytes())
	if _, err := w.Write(buf.Bytes()); err != nil {
		return Hash{}, err
	}
	return sum, nil
}

func readFile(r io.Reader, kind string) (FileHeader, map[string]*tensor, Hash, error) {
	var h FileHeader
	raw, err := io.ReadAll(r)
	if err != nil {
		return h, nil, Hash{}, err
	}
	sum := sha256.Sum256(raw)
	if len(raw) < 12 || string(raw[:8]) != fileMagic {
		return h, nil, sum, fmt.Errorf("model file: bad magic (not a %s file)", fileMagic)
	}
	hl := int(binary.LittleEndian.Uint32(raw[8:12]))
	if 12+hl > len(raw) {
		return h, nil, sum, fmt.Errorf("model file: header length %d runs past the end (%d bytes)", hl, len(raw))
	}
	dec := json.NewDecoder(strings.NewReader(string(raw[12 : 12+hl])))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&h); err != nil {
		return h, nil, sum, fmt.Errorf("model file: header: %w", err)
	}
	if h.Kind != kind {
		return h, nil, sum, fmt.Errorf("model file: kind %q, want %q", h.Kind, kind)
	}
	if h.Activation != "tanh" {
		return h, nil, sum, fmt.Errorf("model file: activation %q unsupported", h.Activation)
	}
	off := 12 + hl
	ts := map[string]*tensor{}
	for _, th := range h.Tensors {
		t := &tensor{TensorHeader: th}
		n := 1
		for _, s := range th.Shape {
			if s < 0 || s > 1<<28 {
				return h, nil, sum, fmt.Errorf("model file: tensor %q: bad shape %v", th.Name, th.Shape)
			}
			n *= s
			if n > 1<<30 {
				return h, nil, sum, fmt.Errorf("model file: tensor %q: too large", th.Name)
			}
		}
		if th.Dtype != "f64" && th.Dtype != "f32" && th.Dtype != "u8" {
			return h, nil, sum, fmt.Errorf("model file: tensor %q: dtype %q", th.Name, th.Dtype)
		}
		nb := t.nbytes()
		if off+nb > len(raw) {
			return h, nil, sum, fmt.Errorf("model file: tensor %q truncated", th.Name)
		}
		b := raw[off : off+nb]
		switch th.Dtype {
		case "f64":
			t.f64 = make([]float64, n)
			for i := range t.f64 {
				t.f64[i] = math.Float64frombits(binary.LittleEndian.Uint64(b[8*i:]))
				if math.IsNaN(t.f64[i]) || math.IsInf(t.f64[i], 0) {
					return h, nil, sum, fmt.Errorf("model file: tensor %q: non-finite value at %d", th.Name, i)
				}
			}
		case "f32":
			t.f32 = make([]float32, n)
			for i := range t.f32 {
				t.f32[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
				if x := float64(t.f32[i]); math.IsNaN(x) || math.IsInf(x, 0) {
					return h, nil, sum, fmt.Errorf("model file: tensor %q: non-finite value at %d", th.Name, i)
				}
			}
		case "u8":
			t.u8 = append([]byte(nil), b...)
		}
		if _, dup := ts[th.Name]; dup {
			return h, nil, sum, fmt.Errorf("model file: tensor %q repeated", th.Name)
		}
		ts[th.Name] = t
		off += nb
	}
	if off != len(raw) {
		return h, nil, sum, fmt.Errorf("model file: %d trailing bytes", len(raw)-off)
	}
	return h, ts, sum, nil
}

func need(ts map[string]*tensor, name, dtype string, shape ...int) (*tensor, error) {
	t, ok := ts[name]
	if !ok {
		return nil, fmt.Errorf("model file: tensor %q missing", name)
	}
	if t.Dtype != dtype || fmt.Sprint(t.Shape) != fmt.Sprint(shape) {
		return nil, fmt.Errorf("model file: tensor %q is %s%v, want %s%v", name, t.Dtype, t.Shape, dtype, shape)
	}
	delete(ts, name)
	return t, nil
}

// SaveBase writes the frozen base (architecture, weights — float64 or the
// 4-bit codes and float32 scales — and biases) and returns its hash.
func (m *Model) SaveBase(w io.Writer) (Hash, error) {
	h := FileHeader{Kind: KindBase, Sizes: m.Config.Sizes, Activation: "tanh", Quant: m.Config.Quant, QuantBlock: m.Config.QuantBlock}
	var ts []tensor
	for l, ly := range m.Layers {
		p := fmt.Sprintf("layers.%d.", l)
		if ly.Q == nil {
			ts = append(ts, tensor{TensorHeader: TensorHeader{Name: p + "weight", Dtype: "f64", Shape: []int{ly.Out, ly.In}}, f64: ly.W})
		} else {
			ts = append(ts,
				tensor{TensorHeader: TensorHeader{Name: p + "weight.codes", Dtype: "u8", Shape: []int{len(ly.Q.Codes)}}, u8: ly.Q.Codes},
				tensor{TensorHeader: TensorHeader{Name: p + "weight.scales", Dtype: "f32", Shape: []int{len(ly.Q.Scales)}}, f32: ly.Q.Scales})
		}
		ts = append(ts, tensor{TensorHeader: TensorHeader{Name: p + "bias", Dtype: "f64", Shape: []int{ly.Out}}, f64: ly.Bias})
	}
	return writeFile(w, h, ts)
}

// BaseHash returns the hash SaveBase would write.
func (m *Model) BaseHash() Hash {
	h, _ := m.SaveBase(io.Discard)
	return h
}

// AdapterHash returns the hash SaveAdapter would write.
func (m *Model) AdapterHash() Hash {
	h, _ := m.SaveAdapter(io.Discard)
	return h
}

// SaveAdapter writes the LoRA adapters (rank, alpha, A and B of every
// layer) bound to the base's hash, and returns the adapter hash (the one
// the model registry stores as adapterHash).
func (m *Model) SaveAdapter(w io.Writer) (Hash, error) {
	h := FileHeader{Kind: KindAdapter, Sizes: m.Config.Sizes, Activation: "tanh", Rank: m.Config.Rank, Alpha: m.Config.Alpha, BaseHash: m.BaseHash().String()}
	var ts []tensor
	for l, ly := range m.Layers {
		p := fmt.Sprintf("layers.%d.", l)
		ts = append(ts,
			tensor{TensorHeader: TensorHeader{Name: p + "lora_A", Dtype: "f64", Shape: []int{m.Config.Rank, ly.In}}, f64: ly.A},
			tensor{TensorHeader: TensorHeader{Name: p + "lora_B", Dtype: "f64", Shape: []int{ly.Out, m.Config.Rank}}, f64: ly.B})
	}
	return writeFile(w, h, ts)
}

// LoadBase reads a base file and returns a model with LoRA rank and alpha
// as given (adapters zero until LoadAdapter or Train) and the file's hash.
func LoadBase(r io.Reader, rank int, alpha float64) (*Model, Hash, error) {
	h, ts, sum, err := readFile(r, KindBase)
	if err != nil {
		return nil, sum, err
	}
	cfg := Config{Sizes: h.Sizes, Rank: rank, Alpha: alpha, Quant: h.Quant, QuantBlock: h.QuantBlock}
	if err := cfg.Validate(); err != nil {
		return nil, sum, fmt.Errorf("model file: %w", err)
	}
	if cfg.Quant != QuantNone && cfg.QuantBlock <= 0 {
		return nil, sum, fmt.Errorf("model file: quant block %d", cfg.QuantBlock)
	}
	m := &Model{Config: cfg}
	for l := 0; l+1 < len(h.Sizes); l++ {
		in, out := h.Sizes[l], h.Sizes[l+1]
		p := fmt.Sprintf("layers.%d.", l)
		ly := Layer{In: in, Out: out, A: make([]float64, rank*in), B: make([]float64, out*rank)}
		if cfg.Quant == QuantNone {
			t, err := need(ts, p+"weight", "f64", out, in)
			if err != nil {
				return nil, sum, err
			}
			ly.W = t.f64
		} else {
			n := in * out
			c, err := need(ts, p+"weight.codes", "u8", (n+1)/2)
			if err != nil {
				return nil, sum, err
			}
			s, err := need(ts, p+"weight.scales", "f32", (n+cfg.QuantBlock-1)/cfg.QuantBlock)
			if err != nil {
				return nil, sum, err
			}
			lv, err := levelsFor(cfg.Quant)
			if err != nil {
				return nil, sum, fmt.Errorf("model file: %w", err)
			}
			ly.Q = &Quant4{Mode: cfg.Quant, Block: cfg.QuantBlock, N: n, Codes: c.u8, Scales: s.f32, levels: lv}
		}
		b, err := need(ts, p+"bias", "f64", out)
		if err != nil {
			return nil, sum, err
		}
		ly.Bias = b.f64
		m.Layers = append(m.Layers, ly)
	}
	for name := range ts {
		return nil, sum, fmt.Errorf("model file: unexpected tensor %q", name)
	}
	return m, sum, nil
}

// LoadAdapter reads an adapter file onto m, which must be the base the
// adapter names (same hash) and the same architecture. It sets rank and
// alpha from the file and returns the adapter hash.
func (m *Model) LoadAdapter(r io.Reader) (Hash, error) {
	h, ts, sum, err := readFile(r, KindAdapter)
	if err != nil {
		return sum, err
	}
	if bh := m.BaseHash().String(); h.BaseHash != bh {
		return sum, fmt.Errorf("adapter file: trained on base %s, this base is %s", h.BaseHash, bh)
	}
	if fmt.Sprint(h.Sizes) != fmt.Sprint(m.Config.Sizes) {
		return sum, fmt.Errorf("adapter file: sizes %v, model %v", h.Sizes, m.Config.Sizes)
	}
	cfg := m.Config
	cfg.Rank, cfg.Alpha = h.Rank, h.Alpha
	if err := cfg.Validate(); err != nil {
		return sum, fmt.Errorf("adapter file: %w", err)
	}
	As, Bs := make([][]float64, len(m.Layers)), make([][]float64, len(m.Layers))
	for l, ly := range m.Layers {
		p := fmt.Sprintf("layers.%d.", l)
		a, err := need(ts, p+"lora_A", "f64", h.Rank, ly.In)
		if err != nil {
			return sum, err
		}
		b, err := need(ts, p+"lora_B", "f64", ly.Out, h.Rank)
		if err != nil {
			return sum, err
		}
		As[l], Bs[l] = a.f64, b.f64
	}
	for name := range ts {
		return sum, fmt.Errorf("adapter file: unexpected tensor %q", name)
	}
	m.Config = cfg
	for l := range m.Layers {
		m.Layers[l].A, m.Layers[l].B = As[l], Bs[l]
	}
	return sum, nil
}
