package demo

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"time"
)

// Proc is a child process the demo started; its output goes to a log file.
type Proc struct {
	Name string
	Log  string
	cmd  *exec.Cmd
	done chan struct{}
	err  error
}

// Exited is closed when the process has exited.
func (p *Proc) Exited() <-chan struct{} { return p.done }

// Err is the exit error once Exited is closed.
func (p *Proc) Err() error { return p.err }

// Supervisor starts child processes and stops every one of them, newest first.
type Supervisor struct {
	LogDir string
	mu     sync.Mutex
	procs  []*Proc
}

// Start runs bin with args (and extra environment), logging to LogDir/name.log. Each child gets its
// own process group, so a Ctrl-C on the terminal reaches only the demo, which then stops the children
// in order (and the kernel stops them if the demo itself dies: Pdeathsig).
func (s *Supervisor) Start(name, bin string, args, env []string) (*Proc, error) {
	if err := os.MkdirAll(s.LogDir, 0o755); err != nil {
		return nil, err
	}
	logPath := filepath.Join(s.LogDir, name+".log")
	f, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = f, f
	cmd.Env = append(os.Environ(), env...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGTERM}
	if err := cmd.Start(); err != nil {
		f.Close()
		return nil, fmt.Errorf("starting %s: %w", name, err)
	}
	p := &Proc{Name: name, Log: logPath, cmd: cmd, done: make(chan struct{})}
	go func() {
		p.err = cmd.Wait()
		f.Close()
		close(p.done)
	}()
	s.mu.Lock()
	s.procs = append(s.procs, p)
	s.mu.Unlock()
	return p, nil
}

// StopAll sends SIGTERM to every child's process group, newest first, waits up to grace for each,
// then kills what is left.
func (s *Supervisor) StopAll(grace time.Duration) {
	s.mu.Lock()
	procs := s.procs
	s.procs = nil
	s.mu.Unlock()
	for i := len(procs) - 1; i >= 0; i-- {
		p := procs[i]
		select {
		case <-p.done:
			continue
		default:
		}
		_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGTERM)
		select {
		case <-p.done:
		case <-time.After(grace):
			_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
			<-p.done
		}
	}
}

// Died reports the first child that exited while it should run.
func (s *Supervisor) Died() <-chan *Proc {
	out := make(chan *Proc, 1)
	s.mu.Lock()
	procs := append([]*Proc(nil), s.procs...)
	s.mu.Unlock()
	for _, p := range procs {
		go func() {
			<-p.done
			select {
			case out <- p:
			default:
			}
		}()
	}
	return out
}

// portFree reports whether nothing listens on the loopback port.
func portFree(port int) bool {
	c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", port), 300*time.Millisecond)
	if err != nil {
		return true
	}
	c.Close()
	return false
}

// tail returns the last n bytes of a log file, for error messages.
func tail(path string, n int64) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return ""
	}
	off := max(st.Size()-n, 0)
	b := make([]byte, st.Size()-off)
	if _, err := f.ReadAt(b, off); err != nil && !errors.Is(err, os.ErrClosed) && len(b) == 0 {
		return ""
	}
	return string(b)
}
