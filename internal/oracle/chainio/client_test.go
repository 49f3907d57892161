package chainio

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/open-attribution/poa/internal/devchain"
)

func TestBackoffDelay(t *testing.T) {
	b := Backoff{Min: 100 * time.Millisecond, Max: time.Second}
	r := rand.New(rand.NewPCG(1, 2))
	for attempt := 0; attempt < 20; attempt++ {
		ceil := min(b.Max, b.Min<<min(attempt, 10))
		for i := 0; i < 50; i++ {
			if d := b.Delay(attempt, r); d < 0 || d > ceil {
				t.Fatalf("attempt %d: delay %v outside [0, %v]", attempt, d, ceil)
			}
		}
	}
}

type jsonErr struct{}

func (jsonErr) Error() string  { return "execution reverted" }
func (jsonErr) ErrorCode() int { return 3 }

func TestRetryable(t *testing.T) {
	for _, c := range []struct {
		err  error
		want bool
	}{
		{errors.New("dial tcp 127.0.0.1:1: connect: connection refused"), true},
		{io.EOF, true},
		{rpc.HTTPError{StatusCode: 502}, true},
		{rpc.HTTPError{StatusCode: 400}, false},
		{jsonErr{}, false},
		{ethereum.NotFound, false},
		{context.Canceled, false},
		{fmt.Errorf("wrapped: %w", context.DeadlineExceeded), false},
	} {
		if got := Retryable(c.err); got != c.want {
			t.Errorf("Retryable(%v) = %v, want %v", c.err, got, c.want)
		}
	}
}

func startAnvilOn(t *testing.T, port int) *exec.Cmd {
	t.Helper()
	bin, err := devchain.FindAnvil()
	if err != nil {
		t.Skipf("anvil unavailable: %v", err)
	}
	cmd := exec.Command(bin, "--host", "127.0.0.1", "--port", strconv.Itoa(port), "--chain-id", "31337", "--silent")
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	return cmd
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// The node goes away and comes back on the same port: calls made meanwhile wait with back-off and
// succeed once it answers again.
func TestReconnectAfterNodeRestart(t *testing.T) {
	port := freePort(t)
	first := startAnvilOn(t, port)
	var reconnects, failures atomic.Int32
	c := New(fmt.Sprintf("http://127.0.0.1:%d", port), Backoff{Min: 20 * time.Millisecond, Max: 200 * time.Millisecond},
		slog.New(slog.NewTextHandler(io.Discard, nil)),
		Hooks{OnReconnect: func() { reconnects.Add(1) }, OnError: func(error) { failures.Add(1) }})
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := c.ChainID(ctx); err != nil { // waits out anvil's start-up too
		t.Fatal(err)
	}
	first.Process.Kill()
	first.Wait()

	done := make(chan error, 1)
	go func() {
		_, err := c.BlockNumber(ctx)
		done <- err
	}()
	time.Sleep(500 * time.Millisecond)
	select {
	case err := <-done:
		t.Fatalf("call returned while the node was down: %v", err)
	default:
	}
	startAnvilOn(t, port)
	if err := <-done; err != nil {
		t.Fatalf("call after restart: %v", err)
	}
	if reconnects.Load() == 0 || failures.Load() == 0 {
		t.Fatalf("reconnects %d, failures %d", reconnects.Load(), failures.Load())
	}

	// A bounded context ends the wait with an error naming the last failure.
	c2 := New("http://127.0.0.1:1", Backoff{Min: time.Millisecond, Max: 5 * time.Millisecond}, slog.New(slog.NewTextHandler(io.Discard, nil)), Hooks{})
	short, cancel2 := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel2()
	if _, err := c2.BlockNumber(short); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("unreachable node: %v", err)
	}
}
