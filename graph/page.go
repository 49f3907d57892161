package graph

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/uptrace/bun"

	"github.com/open-attribution/poa/graph/model"
	"github.com/open-attribution/poa/internal/store"
)

// Page sizes: first defaults to DefaultPageSize and may not exceed MaxPageSize.
const (
	DefaultPageSize = 20
	MaxPageSize     = 100
)

// colKind says how a sort column's values are compared and carried in cursors.
type colKind int

const (
	intCol colKind = iota
	numericCol
	textCol
)

// ordering is a keyset order: a sort column, then a unique tie-break column (an integer), both in
// the same direction. Cursors carry the last row's values, so a page costs an index range scan
// however deep it is, and a row inserted meanwhile neither repeats nor hides rows.
type ordering struct {
	name string // identifies the ordering inside cursors
	col  string
	kind colKind
	tie  string
	desc bool
}

type cursor struct {
	Order string `json:"o"`
	Key   string `json:"k"`
	Tie   int64  `json:"t"`
}

// argError is a problem with a query's arguments: clients see its message as is.
type argError struct{ msg string }

func (e *argError) Error() string { return e.msg }

func argErrorf(format string, args ...any) error { return &argError{fmt.Sprintf(format, args...)} }

func pageSize(first *int) (int, error) {
	if first == nil {
		return DefaultPageSize, nil
	}
	if *first < 1 || *first > MaxPageSize {
		return 0, argErrorf("first must be between 1 and %d, got %d", MaxPageSize, *first)
	}
	return *first, nil
}

func (o ordering) id() string {
	if o.desc {
		return o.name + ":desc"
	}
	return o.name + ":asc"
}

func (o ordering) encode(key string, tie int64) string {
	b, _ := json.Marshal(cursor{Order: o.id(), Key: key, Tie: tie})
	return base64.RawURLEncoding.EncodeToString(b)
}

func (o ordering) decode(after *string) (*cursor, error) {
	if after == nil || *after == "" {
		return nil, nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(*after)
	var c cursor
	if err == nil {
		err = json.Unmarshal(raw, &c)
	}
	if err != nil {
		return nil, argErrorf("after: %q is not a cursor issued by this API", *after)
	}
	if c.Order != o.id() {
		return nil, argErrorf("after: the cursor belongs to ordering %s, this query orders by %s", c.Order, o.id())
	}
	return &c, nil
}

// keyArg converts a cursor's key back to a value of the column's type.
func (o ordering) keyArg(key string) (any, error) {
	switch o.kind {
	case intCol:
		v, err := strconv.ParseInt(key, 10, 64)
		if err != nil {
			return nil, argErrorf("after: corrupt cursor")
		}
		return v, nil
	case numericCol:
		v, err := store.ParseNumeric(key)
		if err != nil {
			return nil, argErrorf("after: corrupt cursor")
		}
		return v, nil
	}
	return key, nil
}

// apply adds the cursor condition, the order and the limit (one row more than the page, to know
// whether there is a next page).
func (o ordering) apply(q *bun.SelectQuery, c *cursor, size int) (*bun.SelectQuery, error) {
	dir, cmp := "ASC", ">"
	if o.desc {
		dir, cmp = "DESC", "<"
	}
	if c != nil {
		k, err := o.keyArg(c.Key)
		if err != nil {
			return nil, err
		}
		if o.col == o.tie {
			q = q.Where("? "+cmp+" ?", bun.Ident(o.tie), c.Tie)
		} else {
			q = q.Where("(? "+cmp+" ? OR (? = ? AND ? "+cmp+" ?))", bun.Ident(o.col), k, bun.Ident(o.col), k, bun.Ident(o.tie), c.Tie)
		}
	}
	q = q.OrderExpr("? "+dir, bun.Ident(o.col))
	if o.col != o.tie {
		q = q.OrderExpr("? "+dir, bun.Ident(o.tie))
	}
	return q.Limit(int64(size + 1)), nil
}

// page runs a keyed query and returns the rows of one page with their cursors.
func page[R any](ctx context.Context, q *bun.SelectQuery, rows *[]R, o ordering, first *int, after *string,
	keyOf func(*R) (string, int64)) ([]*R, []string, *model.PageInfo, error) {
	size, err := pageSize(first)
	if err != nil {
		return nil, nil, nil, err
	}
	c, err := o.decode(after)
	if err != nil {
		return nil, nil, nil, err
	}
	if q, err = o.apply(q, c, size); err != nil {
		return nil, nil, nil, err
	}
	if err := q.Scan(ctx); err != nil {
		return nil, nil, nil, err
	}
	info := &model.PageInfo{HasPreviousPage: c != nil}
	if len(*rows) > size {
		*rows = (*rows)[:size]
		info.HasNextPage = true
	}
	out := make([]*R, len(*rows))
	cursors := make([]string, len(*rows))
	for i := range *rows {
		out[i] = &(*rows)[i]
		k, t := keyOf(out[i])
		cursors[i] = o.encode(k, t)
	}
	if len(cursors) > 0 {
		info.StartCursor, info.EndCursor = &cursors[0], &cursors[len(cursors)-1]
	}
	return out, cursors, info, nil
}

func direction(d *model.OrderDirection, def bool) bool {
	if d == nil {
		return def
	}
	return *d == model.OrderDirectionDesc
}

func i64(v int64) string { return strconv.FormatInt(v, 10) }
