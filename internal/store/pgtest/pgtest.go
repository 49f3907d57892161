// Package pgtest runs throwaway PostgreSQL servers for tests and benchmarks: initdb into a temporary
// directory, a server on 127.0.0.1 at a free port with its unix socket in that directory, one fresh
// database per caller. It needs the server binaries (Debian: apt-get install postgresql); tests skip
// without them locally and fail in CI.
//
// Postgres refuses to run as root, so under root the server runs as the "postgres" OS user (the
// Debian package creates it) through the process credentials, not through su/runuser: the server is
// then our direct child and gets SIGKILL if the test process dies, so no server outlives a test run.
package pgtest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/uptrace/bun/driver/pgdriver"
)

// Options tune a server.
type Options struct {
	// Durable keeps fsync and synchronous commit on (benchmarks); tests turn them off for speed.
	Durable bool
	// Log receives the server's output; nil discards it.
	Log *os.File
}

// Server is a running throwaway Postgres.
type Server struct {
	dir   string
	port  int
	cmd   *exec.Cmd
	done  chan error
	dbSeq atomic.Int64
}

// InCI reports whether tests run in CI (env CI set, non-empty and not "false"), where a missing
// Postgres is a failure rather than a skip.
func InCI() bool {
	v, ok := os.LookupEnv("CI")
	return ok && v != "" && v != "false"
}

// Start starts a server for a test and stops it when the test ends. Without the binaries it skips
// the test, or fails it in CI.
func Start(tb testing.TB) *Server {
	tb.Helper()
	bin, err := FindBin()
	if err != nil {
		if InCI() {
			tb.Fatalf("pgtest: PostgreSQL is required in CI: %v", err)
		}
		tb.Skipf("pgtest: skipping, PostgreSQL server binaries not found (apt-get install postgresql): %v", err)
	}
	s, err := StartServer(bin, Options{})
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	tb.Cleanup(func() {
		if err := s.Stop(); err != nil {
			tb.Errorf("pgtest: %v", err)
		}
	})
	return s
}

// NewDatabase starts a server for the test and returns the DSN of a fresh database on it.
func NewDatabase(tb testing.TB) string {
	tb.Helper()
	return Start(tb).CreateDatabase(tb)
}

// CreateDatabase creates an empty database and returns its DSN.
func (s *Server) CreateDatabase(tb testing.TB) string {
	tb.Helper()
	dsn, err := s.NewDatabase(context.Background())
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	return dsn
}

// NewDatabase creates an empty database and returns its DSN.
func (s *Server) NewDatabase(ctx context.Context) (string, error) {
	name := fmt.Sprintf("test_%d", s.dbSeq.Add(1))
	admin := sql.OpenDB(pgdriver.NewConnector(pgdriver.WithDSN(s.DSN("postgres")), pgdriver.WithTracing(false)))
	defer admin.Close()
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		return "", fmt.Errorf("creating database %s: %w", name, err)
	}
	return s.DSN(name), nil
}

// DSN is the URL of a database on the server.
func (s *Server) DSN(database string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", s.port, database)
}

// FindBin finds the directory holding initdb and postgres: $PG_BIN, the newest
// /usr/lib/postgresql/*/bin, or PATH.
func FindBin() (string, error) {
	if dir := os.Getenv("PG_BIN"); dir != "" {
		return dir, checkBin(dir)
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return versionOf(dirs[i]) > versionOf(dirs[j]) })
	for _, d := range dirs {
		if checkBin(d) == nil {
			return d, nil
		}
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		dir := filepath.Dir(p)
		if resolved, err := filepath.EvalSymlinks(p); err == nil {
			dir = filepath.Dir(resolved)
		}
		if checkBin(dir) == nil {
			return dir, nil
		}
	}
	return "", errors.New("no initdb and postgres in $PG_BIN, /usr/lib/postgresql/*/bin or PATH")
}

func versionOf(binDir string) int {
	v, _ := strconv.Atoi(filepath.Base(filepath.Dir(binDir)))
	return v
}

func checkBin(dir string) error {
	for _, name := range []string{"initdb", "postgres"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			return fmt.Errorf("%s not in %s", name, dir)
		}
	}
	return nil
}

// StartServer runs initdb and starts a server from the binaries in bin.
func StartServer(bin string, opts Options) (_ *Server, err error) {
	cred, uid, gid, err := serverCredential()
	if err != nil {
		return nil, err
	}
	// os.MkdirTemp in the shared temp directory (world-traversable), not t.TempDir(): a test's temp
	// directory is private to root, and the server may run as another user.
	dir, err := os.MkdirTemp("", "pgtest-")
	if err != nil {
		return nil, fmt.Errorf("creating server directory: %w", err)
	}
	defer func() {
		if err != nil {
			os.RemoveAll(dir)
		}
	}()
	if cred != nil {
		if err := os.Chown(dir, uid, gid); err != nil {
			return nil, fmt.Errorf("handing %s to the postgres user: %w", dir, err)
		}
	}
	data := filepath.Join(dir, "data")
	initdb := exec.Command(filepath.Join(bin, "initdb"), "-D", data, "-U", "postgres", "--auth=trust",
		"-E", "UTF8", "--locale=C", "--no-sync")
	initdb.Dir = dir
	initdb.SysProcAttr = &syscall.SysProcAttr{Credential: cred, Pdeathsig: syscall.SIGKILL}
	if out, err := initdb.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("initdb: %w\n%s", err, out)
	}

	port, err := freePort()
	if err != nil {
		return nil, err
	}
	args := []string{"-D", data, "-h", "127.0.0.1", "-p", strconv.Itoa(port), "-k", dir,
		"-c", "max_connections=200", "-c", "shared_buffers=128MB"}
	if !opts.Durable {
		args = append(args, "-F", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")
	}
	cmd := exec.Command(filepath.Join(bin, "postgres"), args...)
	cmd.Dir = dir
	if opts.Log != nil {
		cmd.Stdout, cmd.Stderr = opts.Log, opts.Log
	}
	// Our own child, killed with us: a crashed test leaves no server behind.
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting postgres: %w", err)
	}
	s := &Server{dir: dir, port: port, cmd: cmd, done: make(chan error, 1)}
	go func() { s.done <- cmd.Wait() }()
	if err := s.waitReady(30 * time.Second); err != nil {
		s.Stop()
		return nil, err
	}
	return s, nil
}

// serverCredential is nil when we are not root, else the postgres user's ids.
func serverCredential() (*syscall.Credential, int, int, error) {
	if os.Geteuid() != 0 {
		return nil, 0, 0, nil
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		return nil, 0, 0, fmt.Errorf("running as root, and Postgres refuses root; no \"postgres\" user to run it as: %w", err)
	}
	uid, err1 := strconv.Atoi(u.Uid)
	gid, err2 := strconv.Atoi(u.Gid)
	if err1 != nil || err2 != nil {
		return nil, 0, 0, fmt.Errorf("postgres user has non-numeric ids %q/%q", u.Uid, u.Gid)
	}
	return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid), NoSetGroups: true}, uid, gid, nil
}

func (s *Server) waitReady(timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	db := sql.OpenDB(pgdriver.NewConnector(pgdriver.WithDSN(s.DSN("postgres")), pgdriver.WithTracing(false),
		pgdriver.WithDialTimeout(time.Second)))
	defer db.Close()
	var lastErr error
	for time.Now().Before(deadline) {
		select {
		case err := <-s.done:
			s.done <- err
			return fmt.Errorf("postgres exited during startup: %v (set Options.Log to see its output)", err)
		default:
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		lastErr = db.PingContext(ctx)
		cancel()
		if lastErr == nil {
			return nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Errorf("postgres did not accept connections within %s: %v", timeout, lastErr)
}

// Stop shuts the server down (fast shutdown) and removes its directory.
func (s *Server) Stop() error {
	var stopErr error
	if s.cmd.Process != nil {
		_ = s.cmd.Process.Signal(syscall.SIGINT)
		select {
		case <-s.done:
		case <-time.After(15 * time.Second):
			_ = s.cmd.Process.Kill()
			<-s.done
			stopErr = errors.New("postgres ignored a fast shutdown for 15s and was killed")
		}
	}
	if err := os.RemoveAll(s.dir); err != nil && stopErr == nil {
		stopErr = fmt.Errorf("removing %s: %w", s.dir, err)
	}
	return stopErr
}

// Port is the server's TCP port on 127.0.0.1.
func (s *Server) Port() int { return s.port }

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("finding a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
