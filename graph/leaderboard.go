package graph

import (
	"context"
	"database/sql"
	"fmt"
	"sync"

	"github.com/uptrace/bun"

	"github.com/open-attribution/poa/internal/indexer/schema"
	"github.com/open-attribution/poa/internal/store"
)

// boardQueries reads leaderboard pages through prepared statements: the leaderboard is the API's
// hottest query, and preparing once spares SQLite re-parsing the same SQL on every request (bun
// writes arguments into the SQL text, so its statements are never reused).
type boardQueries struct {
	db        *bun.DB
	mu        sync.Mutex
	pageStmt  *sql.Stmt
	countStmt *sql.Stmt
}

const (
	boardColumns = "datanet_id, address, submitted, accepted, rejected, score, rank_key, first_block, updated_block, updated_time"
	boardPage    = "SELECT " + boardColumns + " FROM contributors WHERE datanet_id = %s AND rank_key > %s ORDER BY rank_key LIMIT %s"
	boardAhead   = "SELECT COUNT(*) FROM contributors WHERE datanet_id = %s AND rank_key < %s"
)

// prepare prepares the statements once (again after a failure).
func (b *boardQueries) prepare(ctx context.Context) (page, count *sql.Stmt, err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.pageStmt != nil {
		return b.pageStmt, b.countStmt, nil
	}
	p := []any{"?", "?", "?"}
	if store.KindOf(b.db) == store.Postgres {
		p = []any{"$1", "$2", "$3"}
	}
	if page, err = b.db.DB.PrepareContext(ctx, fmt.Sprintf(boardPage, p...)); err != nil {
		return nil, nil, err
	}
	if count, err = b.db.DB.PrepareContext(ctx, fmt.Sprintf(boardAhead, p[:2]...)); err != nil {
		page.Close()
		return nil, nil, err
	}
	b.pageStmt, b.countStmt = page, count
	return page, count, nil
}

// page returns up to limit rows after the rank key from, and the rank of the first of them (counted
// when the page does not start at the top).
func (b *boardQueries) page(ctx context.Context, datanet int64, from string, limit int, count bool) ([]schema.Contributor, int64, error) {
	pageStmt, countStmt, err := b.prepare(ctx)
	if err != nil {
		return nil, 0, err
	}
	rows, err := pageStmt.QueryContext(ctx, datanet, from, limit)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	var out []schema.Contributor
	for rows.Next() {
		var c schema.Contributor
		if err := rows.Scan(&c.DatanetID, &c.Address, &c.Submitted, &c.Accepted, &c.Rejected, &c.Score, &c.RankKey,
			&c.FirstBlock, &c.UpdatedBlock, &c.UpdatedTime); err != nil {
			return nil, 0, err
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, err
	}
	rank := int64(1)
	if count && len(out) > 0 {
		if err := countStmt.QueryRowContext(ctx, datanet, out[0].RankKey).Scan(&rank); err != nil {
			return nil, 0, err
		}
		rank++
	}
	return out, rank, nil
}
