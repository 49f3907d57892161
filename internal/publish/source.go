package publish

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// ErrNotPublished means no document exists (yet) for a batch.
var ErrNotPublished = errors.New("publish: batch document not published")

// MaxDocumentBytes bounds a fetched document (a model of a million contributions is ~120 MB).
const MaxDocumentBytes = 256 << 20

// RelPath is where a batch's document lives under a publication root (a directory or a URL):
// models/<modelId>/batches/<batchId>.json.
func RelPath(modelID, batchID uint64) string {
	return fmt.Sprintf("models/%d/batches/%d.json", modelID, batchID)
}

// Source fetches batch documents.
type Source interface {
	// Fetch returns the raw document, or an error wrapping ErrNotPublished when there is none.
	Fetch(ctx context.Context, modelID, batchID uint64) ([]byte, error)
	// String names the source in logs.
	String() string
}

// PathSource fetches any document under a publication root by its relative path (RelPath,
// GradientsRelPath, InferencesRelPath). DirSource and HTTPSource are both.
type PathSource interface {
	Source
	// FetchPath returns the raw document at rel, or an error wrapping ErrNotPublished.
	FetchPath(ctx context.Context, rel string) ([]byte, error)
}

// NewPathSource is NewSource for readers of every published document.
func NewPathSource(location string) (PathSource, error) {
	s, err := NewSource(location)
	if err != nil {
		return nil, err
	}
	ps, ok := s.(PathSource)
	if !ok {
		return nil, fmt.Errorf("publish: %s cannot fetch documents by path", s)
	}
	return ps, nil
}

// NewSource reads documents from a directory, or from an http(s) base URL.
func NewSource(location string) (Source, error) {
	if strings.HasPrefix(location, "http://") || strings.HasPrefix(location, "https://") {
		u, err := url.Parse(location)
		if err != nil {
			return nil, fmt.Errorf("publish: bad base URL %q: %w", location, err)
		}
		return &HTTPSource{Base: u, Client: &http.Client{Timeout: 30 * time.Second}}, nil
	}
	if location == "" {
		return nil, errors.New("publish: empty publication location")
	}
	return DirSource(location), nil
}

// DirSource reads documents from a local directory.
type DirSource string

func (d DirSource) String() string { return string(d) }

// Fetch reads <dir>/models/<modelId>/batches/<batchId>.json.
func (d DirSource) Fetch(ctx context.Context, modelID, batchID uint64) ([]byte, error) {
	return d.FetchPath(ctx, RelPath(modelID, batchID))
}

// FetchPath reads <dir>/<rel>.
func (d DirSource) FetchPath(_ context.Context, rel string) ([]byte, error) {
	p := filepath.Join(string(d), filepath.FromSlash(rel))
	f, err := os.Open(p)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", ErrNotPublished, p)
	}
	if err != nil {
		return nil, fmt.Errorf("publish: %w", err)
	}
	defer f.Close()
	return readLimited(f, p)
}

// HTTPSource reads documents from <base>/models/<modelId>/batches/<batchId>.json.
type HTTPSource struct {
	Base   *url.URL
	Client *http.Client
}

func (h *HTTPSource) String() string { return h.Base.String() }

// Fetch gets the document; 404 means not published.
func (h *HTTPSource) Fetch(ctx context.Context, modelID, batchID uint64) ([]byte, error) {
	return h.FetchPath(ctx, RelPath(modelID, batchID))
}

// FetchPath gets <base>/<rel>; 404 means not published.
func (h *HTTPSource) FetchPath(ctx context.Context, rel string) ([]byte, error) {
	u := h.Base.JoinPath(rel)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("publish: %w", err)
	}
	resp, err := h.Client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("publish: fetching %s: %w", u, err)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotFound:
		return nil, fmt.Errorf("%w: %s", ErrNotPublished, u)
	case resp.StatusCode != http.StatusOK:
		return nil, fmt.Errorf("publish: fetching %s: HTTP %s", u, resp.Status)
	}
	return readLimited(resp.Body, u.String())
}

func readLimited(r io.Reader, name string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxDocumentBytes+1))
	if err != nil {
		return nil, fmt.Errorf("publish: reading %s: %w", name, err)
	}
	if len(data) > MaxDocumentBytes {
		return nil, fmt.Errorf("publish: %s exceeds %d bytes", name, MaxDocumentBytes)
	}
	return data, nil
}

// WriteFile writes a document under a publication directory, atomically (write then rename), so
// a reader never sees half a document.
func WriteFile(dir string, b *Batch) error {
	if err := b.Validate(); err != nil {
		return err
	}
	return writeJSON(dir, RelPath(b.ModelID, b.BatchID), b)
}

// writeJSON writes v as JSON to <dir>/<rel> through a temporary file in the same directory and a
// rename. Documents holding feature matrices are written compact: indented, every matrix entry
// would take a line of its own.
func writeJSON(dir, rel string, v any) error {
	var data []byte
	var err error
	if _, ok := v.(*Batch); ok {
		data, err = json.MarshalIndent(v, "", "  ")
	} else {
		data, err = json.Marshal(v)
	}
	if err != nil {
		return fmt.Errorf("publish: encoding %s: %w", rel, err)
	}
	p := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), ".doc-*.json")
	if err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("publish: writing %s: %w", tmp.Name(), err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	if err := os.Rename(tmp.Name(), p); err != nil {
		return fmt.Errorf("publish: %w", err)
	}
	return nil
}
