package failpoint

import (
	"bytes"
	"context"
	"testing"
	"time"
)

func TestFailpoints(t *testing.T) {
	var nilSet *Set
	nilSet.Hit(context.Background(), "anything") // no-op
	if FromEnv(func(string) string { return "" }) != nil {
		t.Fatal("empty spec gave a set")
	}
	s := FromEnv(func(string) string { return "a, b=exit" })
	var out bytes.Buffer
	code := -1
	s.out, s.exit = &out, func(c int) { code = c }
	s.Hit(context.Background(), "c")
	if out.Len() != 0 {
		t.Fatal("unconfigured point fired")
	}
	s.Hit(context.Background(), "b")
	if code != ExitCode || out.String() != "FAILPOINT b\n" {
		t.Fatalf("exit point: code %d, out %q", code, out.String())
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	s.Hit(ctx, "a")
	if time.Since(start) < 40*time.Millisecond {
		t.Fatal("pause point did not block")
	}
}
