// Package failpoint is a test hook for crash-safety tests: named points in the oracle where a test
// can make the process stop, so that it can be killed (SIGKILL) exactly there and restarted.
//
// The points are configured only through the environment variable POA_ORACLE_FAILPOINTS, a
// comma-separated list of names, each optionally suffixed with "=exit" (exit at once with status
// 3) instead of the default "=pause" (print "FAILPOINT <name>" on stderr and block until the
// context ends or the process is killed). With the variable unset — always in production — every
// Hit is a no-op that costs one nil check.
package failpoint

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
)

// EnvVar configures the failpoints.
const EnvVar = "POA_ORACLE_FAILPOINTS"

// ExitCode is the status of an "=exit" failpoint.
const ExitCode = 3

// Set is the configured failpoints; the nil Set has none.
type Set struct {
	actions map[string]string
	out     io.Writer
	exit    func(int)
}

// FromEnv reads POA_ORACLE_FAILPOINTS; it returns nil when the variable is empty.
func FromEnv(getenv func(string) string) *Set {
	spec := strings.TrimSpace(getenv(EnvVar))
	if spec == "" {
		return nil
	}
	s := &Set{actions: map[string]string{}, out: os.Stderr, exit: os.Exit}
	for _, p := range strings.Split(spec, ",") {
		name, action, _ := strings.Cut(strings.TrimSpace(p), "=")
		if action == "" {
			action = "pause"
		}
		if name != "" {
			s.actions[name] = action
		}
	}
	return s
}

// Hit stops the process at a named point when the point is configured.
func (s *Set) Hit(ctx context.Context, name string) {
	if s == nil {
		return
	}
	action, ok := s.actions[name]
	if !ok {
		return
	}
	fmt.Fprintf(s.out, "FAILPOINT %s\n", name)
	if f, ok := s.out.(interface{ Sync() error }); ok {
		f.Sync()
	}
	switch action {
	case "exit":
		s.exit(ExitCode)
	default:
		<-ctx.Done()
	}
}
