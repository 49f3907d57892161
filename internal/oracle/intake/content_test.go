package intake

import (
	"bytes"
	"errors"
	"image"
	"image/png"
	"strings"
	"testing"
)

func row(label string, pixels ...string) string {
	p := make([]string, TabularFeatures)
	for i := range p {
		p[i] = "0"
	}
	copy(p, pixels)
	return strings.Join(p, ",") + "," + label
}

func TestParseTabular(t *testing.T) {
	data := row("3", "16", "5") + "\r\n" + row("9") + "\n"
	x, y, err := ParseTabular([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(y) != 2 || y[0] != 3 || y[1] != 9 || len(x) != 128 || x[0] != 1 || x[1] != 5.0/16 {
		t.Fatalf("parsed %v %v", y, x[:2])
	}
	// No trailing newline is fine too.
	if _, y, err := ParseTabular([]byte(row("0"))); err != nil || len(y) != 1 {
		t.Fatalf("%v %v", y, err)
	}
}

func TestParseTabularErrors(t *testing.T) {
	for _, c := range []struct {
		name, data string
		line, col  int
	}{
		{"empty", "", 0, 0},
		{"blank line", row("1") + "\n\n" + row("2"), 2, 0},
		{"too few fields", "1,2,3\n", 1, 3},
		{"too many fields", row("1") + ",4\n", 1, 66},
		{"pixel too big", row("1") + "\n" + row("1", "0", "17") + "\n", 2, 2},
		{"negative pixel", row("1", "-1"), 1, 1},
		{"float pixel", row("1", "1.5"), 1, 1},
		{"space", row("1", " 1"), 1, 1},
		{"label too big", row("10"), 1, 65},
		{"label text", row("x"), 1, 65},
		{"header", "a" + strings.Repeat(",b", 64) + "\n" + row("1"), 1, 1},
	} {
		_, _, err := ParseTabular([]byte(c.data))
		var ce *ContentError
		if !errors.As(err, &ce) {
			t.Fatalf("%s: got %v, want a ContentError", c.name, err)
		}
		if ce.Line != c.line || ce.Column != c.col {
			t.Errorf("%s: error at line %d column %d (%v), want %d/%d", c.name, ce.Line, ce.Column, err, c.line, c.col)
		}
	}
}

func TestParseTabularInput(t *testing.T) {
	in := strings.TrimSuffix(row("0", "16"), ",0")
	x, err := ParseTabularInput([]byte(in))
	if err != nil || x[0] != 1 {
		t.Fatalf("%v %v", x, err)
	}
	if _, err := ParseTabularInput([]byte(row("0"))); err == nil {
		t.Fatal("65 fields accepted as an input")
	}
	if _, err := ParseTabularInput(nil); err == nil {
		t.Fatal("empty input accepted")
	}
}

func TestValidateOtherKinds(t *testing.T) {
	var pngBuf bytes.Buffer
	if err := png.Encode(&pngBuf, image.NewGray(image.Rect(0, 0, 4, 3))); err != nil {
		t.Fatal(err)
	}
	ok := []struct {
		kind Kind
		data []byte
	}{
		{Text, []byte("hello\nworld")},
		{Image, pngBuf.Bytes()},
		{Audio, append([]byte("RIFF\x00\x00\x00\x00WAVE"), make([]byte, 8)...)},
		{Audio, []byte("fLaC....")},
	}
	for _, c := range ok {
		if err := Validate(c.kind, c.data); err != nil {
			t.Errorf("%s: %v", c.kind, err)
		}
	}
	bad := []struct {
		kind Kind
		data []byte
	}{
		{Text, []byte("ok\n\xff\xfe")},
		{Text, []byte("nul\x00")},
		{Image, []byte("not an image")},
		{Audio, []byte("not audio")},
		{Kind(9), []byte("x")},
		{Text, nil},
	}
	for _, c := range bad {
		var ce *ContentError
		if err := Validate(c.kind, c.data); !errors.As(err, &ce) {
			t.Errorf("%s %q: got %v, want a ContentError", c.kind, c.data, err)
		}
	}
}
