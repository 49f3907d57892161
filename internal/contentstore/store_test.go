package contentstore

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPutGet(t *testing.T) {
	ctx := context.Background()
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	data := []byte("1,2,3\n")
	want := Hash(sha256.Sum256(data))
	h, n, err := s.Put(ctx, bytes.NewReader(data), &want, 100)
	if err != nil || h != want || n != int64(len(data)) {
		t.Fatalf("Put = %s, %d, %v", h, n, err)
	}
	got, err := s.ReadAll(h)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("ReadAll = %q, %v", got, err)
	}
	// Idempotent.
	if _, _, err := s.Put(ctx, bytes.NewReader(data), &want, 100); err != nil {
		t.Fatal(err)
	}
	f, size, err := s.Open(h)
	if err != nil || size != int64(len(data)) {
		t.Fatalf("Open: %d %v", size, err)
	}
	f.Close()
}

func TestPutRefusals(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	s, err := Open(root)
	if err != nil {
		t.Fatal(err)
	}
	other := Hash(sha256.Sum256([]byte("other")))
	if _, _, err := s.Put(ctx, strings.NewReader("data"), &other, 0); !errors.Is(err, ErrHashMismatch) {
		t.Fatalf("mismatch: %v", err)
	}
	if _, _, err := s.Put(ctx, strings.NewReader("0123456789"), nil, 5); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("too large: %v", err)
	}
	if _, err := s.ReadAll(other); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing: %v", err)
	}
	// Nothing but empty directories may be left behind.
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if !d.IsDir() {
			t.Errorf("leftover file %s", p)
		}
		return nil
	})
}

// failingReader returns some bytes and then an error, as a dropped upload does.
type failingReader struct{ n int }

func (f *failingReader) Read(p []byte) (int, error) {
	if f.n > 0 {
		k := copy(p, bytes.Repeat([]byte("x"), f.n))
		f.n -= k
		return k, nil
	}
	return 0, io.ErrUnexpectedEOF
}

func TestInterruptedWriteLeavesNothing(t *testing.T) {
	root := t.TempDir()
	s, err := Open(root)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Put(context.Background(), &failingReader{n: 1000}, nil, 0); err == nil {
		t.Fatal("want an error")
	}
	// A crash leaves a temporary file; Open removes it and it never counts as content.
	if err := os.WriteFile(filepath.Join(root, tmpPrefix+"123"), []byte("half"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(root); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		if !e.IsDir() {
			t.Errorf("leftover %s", e.Name())
		}
	}
}

func TestDamagedFileIsAnError(t *testing.T) {
	s, _ := Open(t.TempDir())
	h, err := s.PutBytes(context.Background(), []byte("good"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(s.Path(h), []byte("evil"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ReadAll(h); err == nil {
		t.Fatal("damaged file read without error")
	}
}

func TestParseHash(t *testing.T) {
	h := Hash(sha256.Sum256([]byte("x")))
	for _, s := range []string{h.String(), "0x" + h.String()} {
		if got, err := ParseHash(s); err != nil || got != h {
			t.Fatalf("ParseHash(%q) = %s, %v", s, got, err)
		}
	}
	for _, s := range []string{"", "0x12", strings.Repeat("g", 64)} {
		if _, err := ParseHash(s); err == nil {
			t.Fatalf("ParseHash(%q) accepted", s)
		}
	}
}
