package influence

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
)

// NPY is a numeric array read from or written to a NumPy .npy file.
// Data is always float64 in C (row-major) order; Dtype records the file's
// element type ("<f8" or "<f4").
type NPY struct {
	Dtype string
	Shape []int
	Data  []float64
}

var npyMagic = []byte("\x93NUMPY")

// WriteNPY writes a little-endian float64 array (.npy format 1.0, header
// padded to a multiple of 64 bytes, C order).
func WriteNPY(w io.Writer, shape []int, data []float64) error {
	n := 1
	for _, s := range shape {
		if s < 0 {
			return fmt.Errorf("npy: negative dimension %d", s)
		}
		n *= s
	}
	if n != len(data) {
		return fmt.Errorf("npy: shape %v holds %d values, have %d", shape, n, len(data))
	}
	var sh strings.Builder
	sh.WriteByte('(')
	for i, s := range shape {
		sh.WriteString(strconv.Itoa(s))
		if len(shape) == 1 || i < len(shape)-1 {
			sh.WriteByte(',')
		}
		if i < len(shape)-1 {
			sh.WriteByte(' ')
		}
	}
	sh.WriteByte(')')
	header := fmt.Sprintf("{'descr': '<f8', 'fortran_order': False, 'shape': %s, }", sh.String())
	total := len(npyMagic) + 2 + 2 + len(header) + 1
	pad := (64 - total%64) % 64
	header += strings.Repeat(" ", pad) + "\n"
	if len(header) > math.MaxUint16 {
		return fmt.Errorf("npy: header too long")
	}
	buf := make([]byte, 0, total+pad+8*len(data))
	buf = append(buf, npyMagic...)
	buf = append(buf, 1, 0)
	buf = binary.LittleEndian.AppendUint16(buf, uint16(len(header)))
	buf = append(buf, header...)
	for _, x := range data {
		buf = binary.LittleEndian.AppendUint64(buf, math.Float64bits(x))
	}
	_, err := w.Write(buf)
	return err
}

// WriteNPYFile writes an array to path.
func WriteNPYFile(path string, shape []int, data []float64) error {
	var b bytes.Buffer
	if err := WriteNPY(&b, shape, data); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// ReadNPYFile reads a .npy file; errors name the file and the header field.
func ReadNPYFile(path string) (*NPY, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	a, err := ParseNPY(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}

// ParseNPY decodes a .npy file (format 1.0, 2.0 or 3.0) holding '<f8' or
// '<f4' values in C order. Errors name the offending field.
func ParseNPY(b []byte) (*NPY, error) {
	if len(b) < 10 || !bytes.Equal(b[:6], npyMagic) {
		return nil, fmt.Errorf("field \"magic\": not a .npy file")
	}
	major := b[6]
	var hlen, off int
	switch major {
	case 1:
		hlen, off = int(binary.LittleEndian.Uint16(b[8:10])), 10
	case 2, 3:
		if len(b) < 12 {
			return nil, fmt.Errorf("field \"header_len\": truncated")
		}
		hlen, off = int(binary.LittleEndian.Uint32(b[8:12])), 12
	default:
		return nil, fmt.Errorf("field \"version\": unsupported .npy version %d.%d", major, b[7])
	}
	if off+hlen > len(b) {
		return nil, fmt.Errorf("field \"header_len\": header of %d bytes runs past the end of the file", hlen)
	}
	dict, err := parseNPYHeader(string(b[off : off+hlen]))
	if err != nil {
		return nil, err
	}
	descr, ok := dict["descr"]
	if !ok {
		return nil, fmt.Errorf("field \"descr\": missing")
	}
	descr = strings.Trim(descr, "'\"")
	var size int
	switch descr {
	case "<f8":
		size = 8
	case "<f4":
		size = 4
	default:
		return nil, fmt.Errorf("field \"descr\": dtype %q unsupported (want '<f8' or '<f4')", descr)
	}
	fo, ok := dict["fortran_order"]
	if !ok {
		return nil, fmt.Errorf("field \"fortran_order\": missing")
	}
	if fo != "False" {
		return nil, fmt.Errorf("field \"fortran_order\": %s unsupported (want False)", fo)
	}
	shs, ok := dict["shape"]
	if !ok {
		return nil, fmt.Errorf("field \"shape\": missing")
	}
	shape, err := parseShape(shs)
	if err != nil {
		return nil, fmt.Errorf("field \"shape\": %w", err)
	}
	n := 1
	for _, s := range shape {
		if s > 0 && n > math.MaxInt32/s {
			return nil, fmt.Errorf("field \"shape\": %v too large", shape)
		}
		n *= s
	}
	body := b[off+hlen:]
	if len(body) != n*size {
		return nil, fmt.Errorf("field \"data\": %d bytes, shape %v of %s needs %d", len(body), shape, descr, n*size)
	}
	out := &NPY{Dtype: descr, Shape: shape, Data: make([]float64, n)}
	for i := range out.Data {
		if size == 8 {
			out.Data[i] = math.Float64frombits(binary.LittleEndian.Uint64(body[8*i:]))
		} else {
			out.Data[i] = float64(math.Float32frombits(binary.LittleEndian.Uint32(body[4*i:])))
		}
	}
	return out, nil
}

// parseNPYHeader parses the Python dict literal of a .npy header into its
// three raw values.
func parseNPYHeader(h string) (map[string]string, error) {
	h = strings.TrimSpace(h)
	if !strings.HasPrefix(h, "{") || !strings.HasSuffix(h, "}") {
		return nil, fmt.Errorf("field \"header\": not a dict literal: %q", h)
	}
	h = strings.TrimSpace(h[1 : len(h)-1])
	out := map[string]string{}
	for len(h) > 0 {
		h = strings.TrimLeft(h, " ,")
		if h == "" {
			break
		}
		if h[0] != '\'' && h[0] != '"' {
			return nil, fmt.Errorf("field \"header\": bad key at %q", h)
		}
		q := h[0]
		end := strings.IndexByte(h[1:], q)
		if end < 0 {
			return nil, fmt.Errorf("field \"header\": unterminated key")
		}
		key := h[1 : 1+end]
		h = strings.TrimSpace(h[2+end:])
		if !strings.HasPrefix(h, ":") {
			return nil, fmt.Errorf("field %q: missing ':'", key)
		}
		h = strings.TrimSpace(h[1:])
		var val string
		switch {
		case strings.HasPrefix(h, "("):
			e := strings.IndexByte(h, ')')
			if e < 0 {
				return nil, fmt.Errorf("field %q: unterminated tuple", key)
			}
			val, h = h[:e+1], h[e+1:]
		case strings.HasPrefix(h, "'") || strings.HasPrefix(h, "\""):
			e := strings.IndexByte(h[1:], h[0])
			if e < 0 {
				return nil, fmt.Errorf("field %q: unterminated string", key)
			}
			val, h = h[:e+2], h[e+2:]
		default:
			e := strings.IndexAny(h, ",}")
			if e < 0 {
				e = len(h)
			}
			val, h = strings.TrimSpace(h[:e]), h[e:]
		}
		if _, dup := out[key]; dup {
			return nil, fmt.Errorf("field %q: repeated", key)
		}
		out[key] = val
	}
	return out, nil
}

func parseShape(s string) ([]int, error) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "(") || !strings.HasSuffix(s, ")") {
		return nil, fmt.Errorf("not a tuple: %q", s)
	}
	var out []int
	for _, p := range strings.Split(s[1:len(s)-1], ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		v, err := strconv.Atoi(strings.TrimSuffix(p, "L"))
		if err != nil || v < 0 {
			return nil, fmt.Errorf("bad dimension %q", p)
		}
		out = append(out, v)
	}
	return out, nil
}
