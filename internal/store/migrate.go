package store

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/migrate"
)

// Migration is one schema step. Up runs inside a transaction (both engines have transactional DDL),
// so a failed step leaves nothing behind and is retried on the next start.
type Migration struct {
	// Name orders migrations (lexically) and identifies them once applied: never rename one.
	Name string
	Up   func(ctx context.Context, tx bun.Tx) error
}

// SQLMigration is a Migration that runs DDL written with the placeholders ExpandDDL knows.
func SQLMigration(name, ddl string) Migration {
	return Migration{Name: name, Up: func(ctx context.Context, tx bun.Tx) error { return ExecDDL(ctx, tx, ddl) }}
}

var setName = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// Migrate applies the migrations of one set (for example "indexer" or "oracle") that are not applied
// yet. Each set keeps its own bookkeeping tables (<set>_migrations), so several programs can share a
// database without seeing each other's migrations.
func Migrate(ctx context.Context, db *bun.DB, set string, migrations []Migration) error {
	if !setName.MatchString(set) {
		return fmt.Errorf("store: migration set name %q must match %s", set, setName)
	}
	ms := migrate.NewMigrations()
	seen := map[string]bool{}
	for _, m := range migrations {
		if m.Name == "" || m.Up == nil {
			return fmt.Errorf("store: %s migration %q needs a name and an Up function", set, m.Name)
		}
		if seen[m.Name] {
			return fmt.Errorf("store: %s migration %q registered twice", set, m.Name)
		}
		seen[m.Name] = true
		up := m.Up
		ms.Add(migrate.Migration{
			Name: m.Name,
			Up: func(ctx context.Context, mg *migrate.Migrator, _ *migrate.Migration) error {
				return mg.DB().RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error { return up(ctx, tx) })
			},
		})
	}
	// Marking a migration applied only after it succeeded keeps a failed one pending.
	mg := migrate.NewMigrator(db, ms,
		migrate.WithTableName(set+"_migrations"),
		migrate.WithLocksTableName(set+"_migration_locks"),
		migrate.WithMarkAppliedOnSuccess(true))
	if err := mg.Init(ctx); err != nil {
		return fmt.Errorf("store: creating %s migration tables: %w", set, err)
	}
	if _, err := mg.Migrate(ctx); err != nil {
		return fmt.Errorf("store: applying %s migrations: %w", set, err)
	}
	return nil
}

// ExpandDDL replaces the type placeholders that differ between the engines:
//
//	{{numeric}}  an unsigned integer below 2^256: NUMERIC(78,0) on Postgres, TEXT on SQLite (written
//	             zero-padded by Numeric, so that text order is numeric order)
//	{{text}}     text compared byte by byte: TEXT COLLATE "C" on Postgres (whose default collation
//	             is locale-dependent), TEXT on SQLite (already binary)
func ExpandDDL(db bun.IDB, ddl string) string {
	numeric, text := "TEXT", "TEXT"
	if KindOf(db) == Postgres {
		numeric, text = "NUMERIC(78,0)", `TEXT COLLATE "C"`
	}
	return strings.NewReplacer("{{numeric}}", numeric, "{{text}}", text).Replace(ddl)
}

// ExecDDL expands and runs a script of statements separated by semicolons at line ends.
func ExecDDL(ctx context.Context, db bun.IDB, ddl string) error {
	for _, stmt := range splitStatements(ExpandDDL(db, ddl)) {
		if _, err := db.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("store: %w in\n%s", err, stmt)
		}
	}
	return nil
}

func splitStatements(script string) []string {
	var out []string
	var cur strings.Builder
	for _, line := range strings.Split(script, "\n") {
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "--") {
			continue
		}
		cur.WriteString(line)
		cur.WriteString("\n")
		if strings.HasSuffix(trimmed, ";") {
			if s := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(cur.String()), ";")); s != "" {
				out = append(out, s)
			}
			cur.Reset()
		}
	}
	if s := strings.TrimSpace(cur.String()); s != "" {
		out = append(out, s)
	}
	return out
}
