package indexer

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"github.com/uptrace/bun"

	"github.com/open-attribution/poa/internal/indexer/schema"
)

// A segment of blocks is applied in memory and written in bulk: each mutable row it touches is
// loaded once, changed by any number of events, and upserted once. Inside the unfinalized window
// every first change of a row in a block is journaled (the row as it was, or "absent"), which is
// what lets a reorg restore the rows exactly.

// journal collects the entries of one segment.
type journal struct {
	floor   int64 // blocks at or below it are final: no entries
	entries []schema.JournalEntry
}

func (j *journal) add(block int64, table, key string, row *string) {
	j.entries = append(j.entries, schema.JournalEntry{BlockNumber: block, TableName: table, RowKey: key, Row: row})
}

// tableSpec describes a mutable table keyed by K.
type tableSpec[K comparable, R any] struct {
	name    string
	keyCols []string
	keyOf   func(*R) K
	keyArgs func(K) []any
}

// slot is one row of a mutable table as the segment sees it.
type slot[R any] struct {
	row           *R // nil: absent
	inDB          bool
	dirty         bool
	lastJournaled int64
}

// mutable is the segment-local cache of one mutable table.
type mutable[K comparable, R any] struct {
	spec  tableSpec[K, R]
	j     *journal
	rows  map[K]*slot[R]
	order []K // first-touch order, so writes are deterministic
}

func newMutable[K comparable, R any](spec tableSpec[K, R], j *journal) *mutable[K, R] {
	return &mutable[K, R]{spec: spec, j: j, rows: map[K]*slot[R]{}}
}

// prefetch loads the given keys that are not cached yet, in chunks.
func (m *mutable[K, R]) prefetch(ctx context.Context, db bun.IDB, keys []K) error {
	var missing []K
	seen := map[K]bool{}
	for _, k := range keys {
		if _, ok := m.rows[k]; !ok && !seen[k] {
			seen[k] = true
			missing = append(missing, k)
		}
	}
	const chunk = 500
	for len(missing) > 0 {
		n := min(chunk, len(missing))
		if err := m.load(ctx, db, missing[:n]); err != nil {
			return err
		}
		missing = missing[n:]
	}
	return nil
}

func (m *mutable[K, R]) load(ctx context.Context, db bun.IDB, keys []K) error {
	var found []R
	q := db.NewSelect().Model(&found)
	if len(m.spec.keyCols) == 1 {
		args := make([]any, len(keys))
		for i, k := range keys {
			args[i] = m.spec.keyArgs(k)[0]
		}
		q = q.Where("? IN (?)", bun.Ident(m.spec.keyCols[0]), bun.In(args))
	} else {
		tuples := make([][]any, len(keys))
		for i, k := range keys {
			tuples[i] = m.spec.keyArgs(k)
		}
		q = q.Where("("+strings.Join(m.spec.keyCols, ", ")+") IN (?)", bun.In(tuples))
	}
	if err := q.Scan(ctx); err != nil {
		return fmt.Errorf("indexer: loading %s: %w", m.spec.name, err)
	}
	for i := range found {
		r := &found[i]
		m.rows[m.spec.keyOf(r)] = &slot[R]{row: r, inDB: true, lastJournaled: -1}
	}
	for _, k := range keys {
		if _, ok := m.rows[k]; !ok {
			m.rows[k] = &slot[R]{lastJournaled: -1}
		}
	}
	return nil
}

func (m *mutable[K, R]) slot(ctx context.Context, db bun.IDB, k K) (*slot[R], error) {
	if s, ok := m.rows[k]; ok {
		return s, nil
	}
	// Handlers normally find their rows prefetched; this is the safety net.
	if err := m.load(ctx, db, []K{k}); err != nil {
		return nil, err
	}
	return m.rows[k], nil
}

// get returns the current row for reading, nil when absent. Do not modify it: use edit.
func (m *mutable[K, R]) get(ctx context.Context, db bun.IDB, k K) (*R, error) {
	s, err := m.slot(ctx, db, k)
	if err != nil {
		return nil, err
	}
	return s.row, nil
}

// touch journals the row before its first change in block and marks it for writing.
func (m *mutable[K, R]) touch(s *slot[R], k K, block int64) error {
	if !s.dirty {
		m.order = append(m.order, k)
	}
	s.dirty = true
	if block <= m.j.floor || s.lastJournaled == block {
		return nil
	}
	key, err := json.Marshal(k)
	if err != nil {
		return fmt.Errorf("indexer: journal key of %s: %w", m.spec.name, err)
	}
	var snapshot *string
	if s.row != nil {
		b, err := json.Marshal(s.row)
		if err != nil {
			return fmt.Errorf("indexer: journal row of %s: %w", m.spec.name, err)
		}
		str := string(b)
		snapshot = &str
	}
	m.j.add(block, m.spec.name, string(key), snapshot)
	s.lastJournaled = block
	return nil
}

// edit returns the row to change in block, nil when absent.
func (m *mutable[K, R]) edit(ctx context.Context, db bun.IDB, k K, block int64) (*R, error) {
	s, err := m.slot(ctx, db, k)
	if err != nil || s.row == nil {
		return nil, err
	}
	return s.row, m.touch(s, k, block)
}

// put creates or replaces the row in block.
func (m *mutable[K, R]) put(ctx context.Context, db bun.IDB, r *R, block int64) error {
	k := m.spec.keyOf(r)
	s, err := m.slot(ctx, db, k)
	if err != nil {
		return err
	}
	if err := m.touch(s, k, block); err != nil {
		return err
	}
	s.row = r
	return nil
}

// remove deletes the row in block.
func (m *mutable[K, R]) remove(ctx context.Context, db bun.IDB, k K, block int64) error {
	s, err := m.slot(ctx, db, k)
	if err != nil || s.row == nil {
		return err
	}
	if err := m.touch(s, k, block); err != nil {
		return err
	}
	s.row = nil
	return nil
}

// flush writes the changed rows: upserts for present rows, deletes for removed ones.
func (m *mutable[K, R]) flush(ctx context.Context, db bun.IDB) error {
	var upserts []R
	var deletes []K
	for _, k := range m.order {
		s := m.rows[k]
		switch {
		case s.row != nil:
			upserts = append(upserts, *s.row)
		case s.inDB:
			deletes = append(deletes, k)
		}
	}
	if err := upsertRows(ctx, db, m.spec.name, m.spec.keyCols, upserts); err != nil {
		return err
	}
	for _, k := range deletes {
		if err := deleteByKey(ctx, db, m.spec.name, m.spec.keyCols, m.spec.keyArgs(k)); err != nil {
			return err
		}
	}
	return nil
}

// restore puts a journaled row back (or deletes the row when it was absent).
func (m *mutable[K, R]) restore(ctx context.Context, db bun.IDB, e schema.JournalEntry) error {
	var k K
	if err := json.Unmarshal([]byte(e.RowKey), &k); err != nil {
		return fmt.Errorf("indexer: journal key %s of %s: %w", e.RowKey, m.spec.name, err)
	}
	if e.Row == nil {
		return deleteByKey(ctx, db, m.spec.name, m.spec.keyCols, m.spec.keyArgs(k))
	}
	var r R
	if err := json.Unmarshal([]byte(*e.Row), &r); err != nil {
		return fmt.Errorf("indexer: journal row of %s: %w", m.spec.name, err)
	}
	return upsertRows(ctx, db, m.spec.name, m.spec.keyCols, []R{r})
}

const writeChunk = 400

// upsertRows inserts rows, replacing every non-key column of rows that already exist.
func upsertRows[R any](ctx context.Context, db bun.IDB, table string, keyCols []string, rows []R) error {
	if len(rows) == 0 {
		return nil
	}
	set := upsertSet(db, reflect.TypeOf((*R)(nil)).Elem(), keyCols)
	for len(rows) > 0 {
		n := min(writeChunk, len(rows))
		part := rows[:n]
		if _, err := db.NewInsert().Model(&part).
			On("CONFLICT (" + strings.Join(keyCols, ", ") + ") DO UPDATE").Set(set).Exec(ctx); err != nil {
			return fmt.Errorf("indexer: writing %s: %w", table, err)
		}
		rows = rows[n:]
	}
	return nil
}

// insertRows inserts rows that cannot exist yet (append-only tables).
func insertRows[R any](ctx context.Context, db bun.IDB, table string, rows []R) error {
	for len(rows) > 0 {
		n := min(writeChunk, len(rows))
		part := rows[:n]
		if _, err := db.NewInsert().Model(&part).Exec(ctx); err != nil {
			return fmt.Errorf("indexer: writing %s: %w", table, err)
		}
		rows = rows[n:]
	}
	return nil
}

func upsertSet(db bun.IDB, typ reflect.Type, keyCols []string) string {
	isKey := map[string]bool{}
	for _, c := range keyCols {
		isKey[c] = true
	}
	var parts []string
	for _, f := range db.Dialect().Tables().Get(typ).Fields {
		if !isKey[f.Name] {
			parts = append(parts, string(f.SQLName)+" = EXCLUDED."+string(f.SQLName))
		}
	}
	return strings.Join(parts, ", ")
}

func deleteByKey(ctx context.Context, db bun.IDB, table string, keyCols []string, args []any) error {
	conds := make([]string, len(keyCols))
	for i, c := range keyCols {
		conds[i] = c + " = ?"
	}
	if _, err := db.NewDelete().TableExpr(table).Where(strings.Join(conds, " AND "), args...).Exec(ctx); err != nil {
		return fmt.Errorf("indexer: deleting from %s: %w", table, err)
	}
	return nil
}
