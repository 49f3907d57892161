// Package intake checks uploaded contribution content against what the datanet registry recorded
// and against the datanet's kind, and parses tabular content into training samples.
//
// Tabular content (kind 3, the reference model's format) is a CSV file of rows
//
//	f1,f2,...,f64,label
//
// in the UCI digits layout: 64 integer pixel values 0..16 and an integer label 0..9, no header, one
// row per line (LF or CRLF), optionally ending with a newline. Anything else is refused with the
// line and column of the first problem.
package intake

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	_ "image/gif" // registers GIF for image datanets
	_ "image/jpeg"
	_ "image/png"
	"strconv"
	"unicode/utf8"
)

// Kind is IDatanetRegistry.Kind.
type Kind uint8

// Datanet kinds, numbered as on chain.
const (
	Text Kind = iota
	Image
	Audio
	Tabular
)

func (k Kind) String() string {
	switch k {
	case Text:
		return "text"
	case Image:
		return "image"
	case Audio:
		return "audio"
	case Tabular:
		return "tabular"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// Tabular layout of the reference model.
const (
	TabularFeatures = 64
	TabularMaxValue = 16
	TabularClasses  = 10
	// MaxImageSide bounds an image datanet's pictures in either dimension.
	MaxImageSide = 16384
)

// ContentError is malformed content; Line and Column are 1-based, 0 when not applicable.
type ContentError struct {
	Kind   Kind
	Line   int
	Column int
	Msg    string
}

func (e *ContentError) Error() string {
	switch {
	case e.Line > 0 && e.Column > 0:
		return fmt.Sprintf("%s content: line %d, column %d: %s", e.Kind, e.Line, e.Column, e.Msg)
	case e.Line > 0:
		return fmt.Sprintf("%s content: line %d: %s", e.Kind, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s content: %s", e.Kind, e.Msg)
}

// Validate checks content against its datanet's kind.
func Validate(kind Kind, data []byte) error {
	if len(data) == 0 {
		return &ContentError{Kind: kind, Msg: "empty file"}
	}
	switch kind {
	case Tabular:
		_, _, err := ParseTabular(data)
		return err
	case Text:
		return validateText(data)
	case Image:
		return validateImage(data)
	case Audio:
		return validateAudio(data)
	}
	return &ContentError{Kind: kind, Msg: "unknown datanet kind"}
}

// ParseTabular parses digits-layout CSV. Features are returned scaled to [0, 1] (value/16), row-major,
// exactly as dataset.Digits scales them.
func ParseTabular(data []byte) (x []float64, y []int, err error) {
	if len(data) == 0 {
		return nil, nil, &ContentError{Kind: Tabular, Msg: "empty file"}
	}
	if !utf8.Valid(data) {
		return nil, nil, &ContentError{Kind: Tabular, Msg: "not UTF-8 text"}
	}
	rest := data
	line := 0
	for len(rest) > 0 {
		line++
		var row []byte
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			row, rest = rest[:i], rest[i+1:]
		} else {
			row, rest = rest, nil
		}
		row = bytes.TrimSuffix(row, []byte{'\r'})
		if len(row) == 0 {
			return nil, nil, &ContentError{Kind: Tabular, Line: line, Msg: "empty line"}
		}
		fields := bytes.Split(row, []byte{','})
		if len(fields) != TabularFeatures+1 {
			return nil, nil, &ContentError{Kind: Tabular, Line: line, Column: min(len(fields), TabularFeatures+2),
				Msg: fmt.Sprintf("%d fields, want %d (64 pixel values and a label)", len(fields), TabularFeatures+1)}
		}
		for j, f := range fields {
			v, perr := parseSmallInt(f)
			if j < TabularFeatures {
				if perr != nil || v < 0 || v > TabularMaxValue {
					return nil, nil, &ContentError{Kind: Tabular, Line: line, Column: j + 1,
						Msg: fmt.Sprintf("pixel value %q is not an integer in 0..%d", f, TabularMaxValue)}
				}
				x = append(x, float64(v)/TabularMaxValue)
				continue
			}
			if perr != nil || v < 0 || v >= TabularClasses {
				return nil, nil, &ContentError{Kind: Tabular, Line: line, Column: j + 1,
					Msg: fmt.Sprintf("label %q is not an integer in 0..%d", f, TabularClasses-1)}
			}
			y = append(y, v)
		}
	}
	return x, y, nil
}

// ParseTabularInput parses one inference input: the 64 pixel values of a row without its label.
func ParseTabularInput(data []byte) ([]float64, error) {
	row := bytes.TrimSuffix(bytes.TrimSuffix(data, []byte{'\n'}), []byte{'\r'})
	if len(row) == 0 {
		return nil, &ContentError{Kind: Tabular, Msg: "empty input"}
	}
	fields := bytes.Split(row, []byte{','})
	if len(fields) != TabularFeatures {
		return nil, &ContentError{Kind: Tabular, Line: 1, Column: min(len(fields), TabularFeatures+1),
			Msg: fmt.Sprintf("%d fields, want %d pixel values", len(fields), TabularFeatures)}
	}
	x := make([]float64, TabularFeatures)
	for j, f := range fields {
		v, err := parseSmallInt(f)
		if err != nil || v < 0 || v > TabularMaxValue {
			return nil, &ContentError{Kind: Tabular, Line: 1, Column: j + 1,
				Msg: fmt.Sprintf("pixel value %q is not an integer in 0..%d", f, TabularMaxValue)}
		}
		x[j] = float64(v) / TabularMaxValue
	}
	return x, nil
}

var errNotInt = errors.New("not an integer")

// parseSmallInt accepts 1..3 ASCII digits (no sign, no spaces).
func parseSmallInt(b []byte) (int, error) {
	if len(b) == 0 || len(b) > 3 {
		return 0, errNotInt
	}
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, errNotInt
		}
	}
	return strconv.Atoi(string(b))
}

func validateText(data []byte) error {
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:firstInvalidUTF8(data)], []byte{'\n'})
		return &ContentError{Kind: Text, Line: line, Msg: "invalid UTF-8"}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return &ContentError{Kind: Text, Line: 1 + bytes.Count(data[:i], []byte{'\n'}), Msg: "NUL byte in text"}
	}
	return nil
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

func validateImage(data []byte) error {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return &ContentError{Kind: Image, Msg: "not a PNG, JPEG or GIF image: " + err.Error()}
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width > MaxImageSide || cfg.Height > MaxImageSide {
		return &ContentError{Kind: Image, Msg: fmt.Sprintf("%s image of %d×%d pixels (each side must be 1..%d)",
			format, cfg.Width, cfg.Height, MaxImageSide)}
	}
	return nil
}

// validateAudio accepts RIFF/WAVE, FLAC, Ogg and MP3 (ID3 tag or MPEG frame sync) by their headers.
func validateAudio(data []byte) error {
	switch {
	case len(data) >= 12 && string(data[:4]) == "RIFF" && string(data[8:12]) == "WAVE":
		return nil
	case bytes.HasPrefix(data, []byte("fLaC")), bytes.HasPrefix(data, []byte("OggS")), bytes.HasPrefix(data, []byte("ID3")):
		return nil
	case len(data) >= 2 && data[0] == 0xFF && data[1]&0xE0 == 0xE0:
		return nil
	}
	return &ContentError{Kind: Audio, Msg: "not a WAV, FLAC, Ogg or MP3 file (unrecognised header)"}
}
