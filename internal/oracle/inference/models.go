// Package inference answers paid inference requests: it checks the input against the request's
// on-chain hash, runs the model, attributes the prediction to the contributions with the fixed-point
// DataInf the settlement proof recomputes, splits the request's contributor share, signs the answer
// and records it (once: asking again returns the same signed answer).
package inference

import (
	"bytes"
	"container/list"
	"context"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/contentstore"
	"github.com/open-attribution/poa/internal/model"
	"github.com/open-attribution/poa/internal/oracle/attribution"
	"github.com/open-attribution/poa/internal/oracle/state"
)

// Loaded is a model ready to answer.
type Loaded struct {
	Row      state.Model
	Model    *model.Model
	Features *attribution.Features
}

// Cache keeps the most recently used models loaded.
type Cache struct {
	DB     *state.DB
	Models *contentstore.Store
	Size   int

	mu    sync.Mutex
	order *list.List // of int64 model ids, most recent first
	items map[int64]*list.Element
	vals  map[int64]*Loaded
}

// Get returns a loaded model, loading it on first use. state.ErrNotFound means the oracle does not
// serve the model.
func (c *Cache) Get(ctx context.Context, id int64) (*Loaded, error) {
	c.mu.Lock()
	if c.items == nil {
		c.order, c.items, c.vals = list.New(), map[int64]*list.Element{}, map[int64]*Loaded{}
	}
	if e, ok := c.items[id]; ok {
		c.order.MoveToFront(e)
		v := c.vals[id]
		c.mu.Unlock()
		return v, nil
	}
	c.mu.Unlock()
	v, err := c.load(ctx, id)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.items[id]; !ok {
		c.items[id] = c.order.PushFront(id)
		c.vals[id] = v
		for c.order.Len() > max(c.Size, 1) {
			last := c.order.Back()
			c.order.Remove(last)
			delete(c.items, last.Value.(int64))
			delete(c.vals, last.Value.(int64))
		}
	}
	return c.vals[id], nil
}

func (c *Cache) load(ctx context.Context, id int64) (*Loaded, error) {
	row, err := c.DB.GetModel(ctx, id)
	if err != nil {
		return nil, err
	}
	return Load(c.Models, row)
}

// Load reads a model's base, adapter and features from the model store.
func Load(models *contentstore.Store, row *state.Model) (*Loaded, error) {
	read := func(what, hex string) ([]byte, error) {
		b, err := models.ReadAll(contentstore.Hash(common.HexToHash(hex)))
		if err != nil {
			return nil, fmt.Errorf("model %d %s: %w", row.ModelID, what, err)
		}
		return b, nil
	}
	base, err := read("base", row.BaseHash)
	if err != nil {
		return nil, err
	}
	adapter, err := read("adapter", row.AdapterHash)
	if err != nil {
		return nil, err
	}
	fb, err := read("features", row.FeaturesHash)
	if err != nil {
		return nil, err
	}
	m, _, err := model.LoadBase(bytes.NewReader(base), 1, 1)
	if err != nil {
		return nil, fmt.Errorf("model %d base: %w", row.ModelID, err)
	}
	if _, err := m.LoadAdapter(bytes.NewReader(adapter)); err != nil {
		return nil, fmt.Errorf("model %d adapter: %w", row.ModelID, err)
	}
	f, err := attribution.DecodeFeatures(fb)
	if err != nil {
		return nil, fmt.Errorf("model %d: %w", row.ModelID, err)
	}
	if int64(len(f.Rows)) != row.ContributionCount {
		return nil, fmt.Errorf("model %d: %d feature rows for %d contributions", row.ModelID, len(f.Rows), row.ContributionCount)
	}
	return &Loaded{Row: *row, Model: m, Features: f}, nil
}
