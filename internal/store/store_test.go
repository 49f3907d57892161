package store_test

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/uptrace/bun"

	"github.com/open-attribution/poa/internal/store"
	"github.com/open-attribution/poa/internal/store/pgtest"
)

func TestParseDSN(t *testing.T) {
	cases := []struct {
		dsn  string
		kind store.Kind
		path string
		bad  bool
	}{
		{dsn: "indexer.db", kind: store.SQLite, path: "indexer.db"},
		{dsn: "/var/lib/poa/indexer.db", kind: store.SQLite, path: "/var/lib/poa/indexer.db"},
		{dsn: "sqlite:data/x.db", kind: store.SQLite, path: "data/x.db"},
		{dsn: "sqlite:///abs/x.db", kind: store.SQLite, path: "/abs/x.db"},
		{dsn: "postgres://u:p@localhost/db?sslmode=disable", kind: store.Postgres},
		{dsn: "postgresql://localhost/db", kind: store.Postgres},
		{dsn: "", bad: true},
		{dsn: "sqlite:", bad: true},
		{dsn: "mysql://localhost/db", bad: true},
		{dsn: "x.db?mode=ro", bad: true},
	}
	for _, c := range cases {
		got, err := store.ParseDSN(c.dsn)
		if c.bad {
			if err == nil {
				t.Errorf("ParseDSN(%q) = %+v, want an error", c.dsn, got)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseDSN(%q): %v", c.dsn, err)
			continue
		}
		if got.Kind != c.kind || (c.kind == store.SQLite && got.Path != c.path) {
			t.Errorf("ParseDSN(%q) = %+v, want kind %v path %q", c.dsn, got, c.kind, c.path)
		}
	}
	if got := store.Redact("postgres://user:secret@host/db"); got != "postgres://user:***@host/db" {
		t.Errorf("Redact = %q", got)
	}
}

func TestNumericParse(t *testing.T) {
	for _, bad := range []string{"", "-1", "1.5", "0x10", "1e3",
		"115792089237316195423570985008687907853269984665640564039457584007913129639936"} {
		if _, err := store.ParseNumeric(bad); err == nil {
			t.Errorf("ParseNumeric(%q) accepted", bad)
		}
	}
	n, err := store.ParseNumeric("000123")
	if err != nil || n.String() != "123" {
		t.Fatalf("ParseNumeric(000123) = %v, %v", n, err)
	}
	if _, err := store.NumericFromUint64(1).Sub(store.NumericFromUint64(2)); err == nil {
		t.Fatal("1 - 2 did not fail")
	}
}

type numRow struct {
	bun.BaseModel `bun:"table:nums"`
	ID            int64         `bun:"id,pk"`
	N             store.Numeric `bun:"n"`
}

var numMigrations = []store.Migration{
	store.SQLMigration("0001_nums", `CREATE TABLE nums (id BIGINT PRIMARY KEY, n {{numeric}} NOT NULL);
CREATE INDEX nums_n ON nums (n);`),
}

// exerciseNumeric stores values that text order would sort wrongly and checks both engines sort,
// compare and aggregate them as numbers, and that migrations are idempotent.
func exerciseNumeric(t *testing.T, dsn string) {
	ctx := context.Background()
	db, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i := 0; i < 2; i++ {
		if err := store.Migrate(ctx, db, "storetest", numMigrations); err != nil {
			t.Fatalf("migrate #%d: %v", i+1, err)
		}
	}
	max256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	values := []*big.Int{big.NewInt(9), big.NewInt(10), big.NewInt(0), max256, new(big.Int).Lsh(big.NewInt(1), 200)}
	rows := make([]numRow, len(values))
	for i, v := range values {
		rows[i] = numRow{ID: int64(i), N: store.MustNumeric(v)}
	}
	if _, err := db.NewInsert().Model(&rows).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	var got []numRow
	if err := db.NewSelect().Model(&got).Where("n > ?", store.NumericFromUint64(9)).OrderExpr("n DESC").Scan(ctx); err != nil {
		t.Fatal(err)
	}
	want := []string{max256.String(), new(big.Int).Lsh(big.NewInt(1), 200).String(), "10"}
	if len(got) != len(want) {
		t.Fatalf("got %d rows above 9, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i].N.String() != want[i] {
			t.Errorf("row %d = %s, want %s", i, got[i].N, want[i])
		}
	}
	var top store.Numeric
	if err := db.NewSelect().Model((*numRow)(nil)).ColumnExpr("MAX(n)").Scan(ctx, &top); err != nil {
		t.Fatal(err)
	}
	if top.String() != max256.String() {
		t.Errorf("MAX = %s", top)
	}
}

func TestNumericSQLite(t *testing.T) {
	exerciseNumeric(t, "sqlite:"+filepath.Join(t.TempDir(), "n.db"))
}

func TestNumericPostgres(t *testing.T) {
	exerciseNumeric(t, pgtest.NewDatabase(t))
}

func TestMigrateRejectsBadSets(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := store.Migrate(ctx, db, "Bad-Name", nil); err == nil {
		t.Error("accepted a set name with capitals and a dash")
	}
	dup := []store.Migration{store.SQLMigration("1", "SELECT 1"), store.SQLMigration("1", "SELECT 1")}
	if err := store.Migrate(ctx, db, "dup", dup); err == nil {
		t.Error("accepted a migration registered twice")
	}
	failing := []store.Migration{store.SQLMigration("0001_bad", "CREATE TABLE t (a INT);\nNOT SQL;")}
	if err := store.Migrate(ctx, db, "failing", failing); err == nil {
		t.Fatal("a broken migration succeeded")
	}
	// The failed step rolled back: its table does not exist, so a fixed migration can run.
	fixed := []store.Migration{store.SQLMigration("0001_bad", "CREATE TABLE t (a INT);")}
	if err := store.Migrate(ctx, db, "failing", fixed); err != nil {
		t.Fatalf("rerun after failure: %v", err)
	}
}
