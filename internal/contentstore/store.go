// Package contentstore keeps files on local disk addressed by the SHA-256 of their bytes. A file is
// written to a temporary name in the same directory, synced, and renamed into place, and the
// directory is synced after the rename: a crash at any point leaves either no file under the final
// name or the complete, verified file, never half of one. Temporary leftovers of a crash are removed
// by Open.
package contentstore

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Hash is a SHA-256 content hash.
type Hash [32]byte

// String is the lowercase hex form without 0x.
func (h Hash) String() string { return hex.EncodeToString(h[:]) }

// ParseHash reads 64 hex digits, with or without a 0x prefix.
func ParseHash(s string) (Hash, error) {
	var h Hash
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(s) != 64 {
		return h, fmt.Errorf("content hash %q: want 64 hex digits", s)
	}
	if _, err := hex.Decode(h[:], []byte(s)); err != nil {
		return h, fmt.Errorf("content hash %q: %w", s, err)
	}
	return h, nil
}

// ErrNotFound means the store holds no file with the hash.
var ErrNotFound = errors.New("contentstore: not found")

// ErrHashMismatch means the bytes written do not hash to the expected value.
var ErrHashMismatch = errors.New("contentstore: content hash mismatch")

// ErrTooLarge means the content exceeds the size limit given to Put.
var ErrTooLarge = errors.New("contentstore: content too large")

// Store is a directory of content-addressed files: <root>/<first two hex digits>/<hash hex>.
type Store struct {
	root string
}

const tmpPrefix = ".tmp-"

// Open creates the directory if needed and removes temporary files a crash left behind.
func Open(root string) (*Store, error) {
	if root == "" {
		return nil, errors.New("contentstore: empty root directory")
	}
	if err := os.MkdirAll(root, 0o755); err != nil {
		return nil, fmt.Errorf("contentstore: %w", err)
	}
	s := &Store{root: root}
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasPrefix(d.Name(), tmpPrefix) {
			if err := os.Remove(p); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("contentstore: cleaning %s: %w", root, err)
	}
	return s, nil
}

// Root is the store's directory.
func (s *Store) Root() string { return s.root }

// Path is where the file with hash h lives (whether or not it exists).
func (s *Store) Path(h Hash) string {
	x := h.String()
	return filepath.Join(s.root, x[:2], x)
}

// Has reports whether the file is present.
func (s *Store) Has(h Hash) bool {
	_, err := os.Stat(s.Path(h))
	return err == nil
}

// Open returns the file with hash h and its size.
func (s *Store) Open(h Hash) (*os.File, int64, error) {
	f, err := os.Open(s.Path(h))
	if errors.Is(err, os.ErrNotExist) {
		return nil, 0, fmt.Errorf("%w: %s", ErrNotFound, h)
	}
	if err != nil {
		return nil, 0, fmt.Errorf("contentstore: %w", err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, fmt.Errorf("contentstore: %w", err)
	}
	return f, st.Size(), nil
}

// ReadAll returns the whole file with hash h, checking its hash (a file damaged on disk is an error,
// not data).
func (s *Store) ReadAll(h Hash) ([]byte, error) {
	b, err := os.ReadFile(s.Path(h))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", ErrNotFound, h)
	}
	if err != nil {
		return nil, fmt.Errorf("contentstore: %w", err)
	}
	if sha256.Sum256(b) != h {
		return nil, fmt.Errorf("contentstore: %s: stored bytes do not hash to their name (disk damage?)", h)
	}
	return b, nil
}

// Put stores the content read from r, which must hash to want (when want is non-nil) and be at most
// maxSize bytes (when maxSize > 0). It returns the hash and size. Storing content that is already
// present succeeds without rewriting it.
func (s *Store) Put(ctx context.Context, r io.Reader, want *Hash, maxSize int64) (Hash, int64, error) {
	if err := ctx.Err(); err != nil {
		return Hash{}, 0, err
	}
	if err := os.MkdirAll(s.root, 0o755); err != nil {
		return Hash{}, 0, fmt.Errorf("contentstore: %w", err)
	}
	tmp, err := os.CreateTemp(s.root, tmpPrefix+"*")
	if err != nil {
		return Hash{}, 0, fmt.Errorf("contentstore: %w", err)
	}
	committed := false
	defer func() {
		if !committed {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	hw := sha256.New()
	src := r
	if maxSize > 0 {
		src = io.LimitReader(r, maxSize+1)
	}
	n, err := io.Copy(io.MultiWriter(tmp, hw), ctxReader{ctx, src})
	if err != nil {
		return Hash{}, 0, fmt.Errorf("contentstore: writing: %w", err)
	}
	if maxSize > 0 && n > maxSize {
		return Hash{}, 0, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, maxSize)
	}
	var got Hash
	copy(got[:], hw.Sum(nil))
	if want != nil && got != *want {
		return got, n, fmt.Errorf("%w: content hashes to %s, expected %s", ErrHashMismatch, got, *want)
	}
	if s.Has(got) {
		return got, n, nil
	}
	if err := tmp.Sync(); err != nil {
		return Hash{}, 0, fmt.Errorf("contentstore: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return Hash{}, 0, fmt.Errorf("contentstore: %w", err)
	}
	final := s.Path(got)
	if err := os.MkdirAll(filepath.Dir(final), 0o755); err != nil {
		return Hash{}, 0, fmt.Errorf("contentstore: %w", err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return Hash{}, 0, fmt.Errorf("contentstore: %w", err)
	}
	if err := os.Rename(tmp.Name(), final); err != nil {
		return Hash{}, 0, fmt.Errorf("contentstore: %w", err)
	}
	committed = true
	if err := syncDir(filepath.Dir(final)); err != nil {
		return Hash{}, 0, err
	}
	return got, n, nil
}

// PutBytes is Put for an in-memory slice.
func (s *Store) PutBytes(ctx context.Context, b []byte, want *Hash) (Hash, error) {
	h, _, err := s.Put(ctx, bytes.NewReader(b), want, 0)
	return h, err
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("contentstore: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("contentstore: syncing %s: %w", dir, err)
	}
	return nil
}

// ctxReader stops a long copy when the context ends.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}
