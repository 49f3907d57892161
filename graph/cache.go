package graph

import (
	"bytes"
	"container/list"
	"crypto/sha256"
	"io"
	"net/http"
	"strings"
	"sync"
)

// responseCache answers repeated queries from memory. Every entry is keyed by the index version it
// was computed at (the indexer bumps the version with each commit), so an entry is served only
// while the data it was computed from is still current: it never serves stale data.
type responseCache struct {
	version  func() int64
	mu       sync.Mutex
	inflight map[flightKey]*flight
	maxItems int
	maxBytes int
	bytes    int
	order    *list.List // of *cacheEntry, most recent first
	items    map[[32]byte]*list.Element
}

// flight is a response being computed; identical requests that arrive meanwhile wait for it instead
// of computing it again (when a commit invalidates the cache, every client of a popular query would
// otherwise miss at once).
type flight struct {
	done  chan struct{}
	entry *cacheEntry // nil when the response was not cacheable
}

type flightKey struct {
	key     [32]byte
	version int64
}

type cacheEntry struct {
	key         [32]byte
	version     int64
	contentType string
	body        []byte
}

func newResponseCache(version func() int64, maxItems, maxBytes int) *responseCache {
	return &responseCache{version: version, maxItems: maxItems, maxBytes: maxBytes, order: list.New(),
		items: map[[32]byte]*list.Element{}, inflight: map[flightKey]*flight{}}
}

// maxBodyBytes bounds a request body; a GraphQL query has no business being larger.
const maxBodyBytes = 1 << 20

func (c *responseCache) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, maxBodyBytes)
		if c == nil || strings.EqualFold(r.Header.Get("Upgrade"), "websocket") ||
			(r.Method != http.MethodPost && r.Method != http.MethodGet) {
			next.ServeHTTP(w, r)
			return
		}
		version := c.version()
		h := sha256.New()
		io.WriteString(h, r.Method+"\n"+r.URL.RawQuery+"\n"+r.Header.Get("Content-Type")+"\n"+r.Header.Get("Accept")+"\n")
		if r.Method == http.MethodPost {
			body, err := io.ReadAll(r.Body)
			if err != nil {
				next.ServeHTTP(w, r) // the transport reports the error
				return
			}
			h.Write(body)
			r.Body = io.NopCloser(bytes.NewReader(body))
		}
		var key [32]byte
		copy(key[:], h.Sum(nil))
		e, f, leader := c.lookup(key, version)
		if e == nil && !leader {
			select {
			case <-f.done:
				e = f.entry
			case <-r.Context().Done():
				return
			}
		}
		if e != nil {
			w.Header().Set("Content-Type", e.contentType)
			w.Header().Set("X-Cache", "hit")
			w.Write(e.body)
			return
		}
		if !leader {
			f = nil // the leader's answer was not cacheable: compute our own, outside its flight
		}
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		var entry *cacheEntry
		defer func() { c.land(flightKey{key, version}, f, entry) }()
		next.ServeHTTP(rec, r)
		if rec.status == http.StatusOK && !rec.streamed && !bytes.Contains(rec.buf.Bytes(), []byte(`"errors"`)) {
			entry = &cacheEntry{key: key, version: version, contentType: rec.Header().Get("Content-Type"), body: rec.buf.Bytes()}
			c.put(entry)
		}
	})
}

// lookup returns a cached entry, or the flight computing it: leader is true when the caller must
// compute it (f is then its own flight, to land), false when it should wait for f.
func (c *responseCache) lookup(key [32]byte, version int64) (e *cacheEntry, f *flight, leader bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e := c.getLocked(key, version); e != nil {
		return e, nil, false
	}
	fk := flightKey{key, version}
	if f, ok := c.inflight[fk]; ok {
		return nil, f, false
	}
	f = &flight{done: make(chan struct{})}
	c.inflight[fk] = f
	return nil, f, true
}

// land ends a flight, handing its entry (nil when the response was not cacheable; waiters then
// compute their own) to the requests waiting for it.
func (c *responseCache) land(fk flightKey, f *flight, e *cacheEntry) {
	if f == nil {
		return
	}
	c.mu.Lock()
	delete(c.inflight, fk)
	c.mu.Unlock()
	f.entry = e
	close(f.done)
}

func (c *responseCache) getLocked(key [32]byte, version int64) *cacheEntry {
	el, ok := c.items[key]
	if !ok {
		return nil
	}
	e := el.Value.(*cacheEntry)
	if e.version != version {
		c.remove(el)
		return nil
	}
	c.order.MoveToFront(el)
	return e
}

func (c *responseCache) put(e *cacheEntry) {
	if len(e.body) > c.maxBytes/16 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[e.key]; ok {
		c.remove(el)
	}
	c.items[e.key] = c.order.PushFront(e)
	c.bytes += len(e.body)
	for c.order.Len() > c.maxItems || c.bytes > c.maxBytes {
		c.remove(c.order.Back())
	}
}

func (c *responseCache) remove(el *list.Element) {
	e := el.Value.(*cacheEntry)
	c.bytes -= len(e.body)
	delete(c.items, e.key)
	c.order.Remove(el)
}

// recorder copies a response while passing it on.
type recorder struct {
	http.ResponseWriter
	status   int
	buf      bytes.Buffer
	streamed bool
}

func (r *recorder) WriteHeader(status int) {
	r.status = status
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(b []byte) (int, error) {
	r.buf.Write(b)
	return r.ResponseWriter.Write(b)
}

// Flush marks streamed responses (multipart, SSE), which are not cached.
func (r *recorder) Flush() {
	r.streamed = true
	if f, ok := r.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}
