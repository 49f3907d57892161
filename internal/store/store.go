// Package store opens the project's SQL databases through bun and runs their migrations. It knows
// nothing about any one schema: the indexer and the oracle each keep their own tables and migrations
// and share only this code, so that both run unchanged on SQLite (the default, one file) and Postgres.
package store

import (
	"context"
	"database/sql"
	"fmt"
	"runtime"
	"strings"
	"time"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect"
	"github.com/uptrace/bun/dialect/pgdialect"
	"github.com/uptrace/bun/dialect/sqlitedialect"
	"github.com/uptrace/bun/driver/pgdriver"
	"github.com/uptrace/bun/driver/sqliteshim"
)

// Kind is the database engine behind a *bun.DB.
type Kind int

const (
	SQLite Kind = iota + 1
	Postgres
)

func (k Kind) String() string {
	switch k {
	case SQLite:
		return "sqlite"
	case Postgres:
		return "postgres"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// KindOf reports which engine a database or transaction talks to.
func KindOf(db bun.IDB) Kind {
	if db.Dialect().Name() == dialect.PG {
		return Postgres
	}
	return SQLite
}

// Target is a parsed DSN.
type Target struct {
	Kind Kind
	// Path is the SQLite file (SQLite only).
	Path string
	// URL is the Postgres connection URL (Postgres only).
	URL string
}

// ParseDSN accepts "postgres://…" or "postgresql://…" for Postgres, and "sqlite:PATH", "sqlite://PATH"
// or a bare file path for SQLite.
func ParseDSN(dsn string) (Target, error) {
	dsn = strings.TrimSpace(dsn)
	switch {
	case dsn == "":
		return Target{}, fmt.Errorf("store: empty DSN (want a SQLite file path, sqlite:PATH or postgres://…)")
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		return Target{Kind: Postgres, URL: dsn}, nil
	case strings.HasPrefix(dsn, "sqlite://"):
		return sqliteTarget(strings.TrimPrefix(dsn, "sqlite://"))
	case strings.HasPrefix(dsn, "sqlite:"):
		return sqliteTarget(strings.TrimPrefix(dsn, "sqlite:"))
	case strings.Contains(dsn, "://"):
		return Target{}, fmt.Errorf("store: unsupported DSN scheme in %q (want sqlite: or postgres://)", redact(dsn))
	}
	return sqliteTarget(dsn)
}

func sqliteTarget(path string) (Target, error) {
	if path == "" {
		return Target{}, fmt.Errorf("store: sqlite DSN without a file path")
	}
	if strings.ContainsAny(path, "?#") {
		// The driver reads its options from the query string; a path with '?' would be cut short.
		return Target{}, fmt.Errorf("store: sqlite path %q must not contain '?' or '#'", path)
	}
	return Target{Kind: SQLite, Path: path}, nil
}

// Open connects to the database a DSN names (see ParseDSN) and checks that it answers. SQLite files
// are created when missing and run in WAL mode, so readers (the API) never wait for the writer.
func Open(ctx context.Context, dsn string) (*bun.DB, error) {
	t, err := ParseDSN(dsn)
	if err != nil {
		return nil, err
	}
	var db *bun.DB
	switch t.Kind {
	case Postgres:
		connector := pgdriver.NewConnector(pgdriver.WithDSN(t.URL), pgdriver.WithTracing(false),
			pgdriver.WithTimeout(30*time.Second))
		sqldb := sql.OpenDB(connector)
		sqldb.SetMaxOpenConns(4 * runtime.GOMAXPROCS(0))
		sqldb.SetMaxIdleConns(4 * runtime.GOMAXPROCS(0))
		db = bun.NewDB(sqldb, pgdialect.New())
	case SQLite:
		sqldb, err := sql.Open(sqliteshim.ShimName, sqliteURI(t.Path))
		if err != nil {
			return nil, fmt.Errorf("store: opening sqlite %s: %w", t.Path, err)
		}
		// The pure-Go driver is CPU-bound: more connections than cores only adds contention.
		conns := max(4, 2*runtime.GOMAXPROCS(0))
		sqldb.SetMaxOpenConns(conns)
		sqldb.SetMaxIdleConns(conns)
		sqldb.SetConnMaxIdleTime(0)
		db = bun.NewDB(sqldb, sqlitedialect.New())
	}
	pingCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := db.PingContext(pingCtx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: connecting to %s database %s: %w", t.Kind, redact(dsn), err)
	}
	return db, nil
}

// sqliteURI sets, per connection: WAL (concurrent readers), a busy timeout (a reader checkpointing
// never fails the writer), NORMAL sync (durable at checkpoints; WAL keeps the file consistent after a
// crash, and the indexer resumes from its last committed checkpoint anyway), and IMMEDIATE write
// transactions so two writers queue instead of failing on lock upgrade.
func sqliteURI(path string) string {
	return "file:" + path + "?_pragma=busy_timeout(30000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)" +
		"&_pragma=foreign_keys(0)&_pragma=cache_size(-32000)&_txlock=immediate"
}

// redact hides a password in a Postgres URL so DSNs can be logged.
func redact(dsn string) string {
	at := strings.LastIndex(dsn, "@")
	scheme := strings.Index(dsn, "://")
	if at < 0 || scheme < 0 || at < scheme {
		return dsn
	}
	userinfo := dsn[scheme+3 : at]
	if i := strings.Index(userinfo, ":"); i >= 0 {
		return dsn[:scheme+3] + userinfo[:i] + ":***" + dsn[at:]
	}
	return dsn
}

// Redact returns the DSN with any password replaced, for logs.
func Redact(dsn string) string { return redact(dsn) }
