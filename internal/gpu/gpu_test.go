package gpu

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
)

// The machines that run these tests have no NVIDIA driver: detection must fall back to the CPU with
// exactly one log line that says why.
func TestFallbackWithoutDriver(t *testing.T) {
	for _, opts := range []Options{{LibraryPath: "/nonexistent/libnvidia-ml.so.1"}, {Disable: true}} {
		var buf bytes.Buffer
		m := Detect(context.Background(), slog.New(slog.NewTextHandler(&buf, nil)), opts)
		if m.Available() {
			t.Fatalf("%+v: GPU reported available", opts)
		}
		lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
		if len(lines) != 1 || !strings.Contains(lines[0], "no NVIDIA GPU: ") || !strings.Contains(lines[0], "; using CPU") {
			t.Fatalf("%+v: log %q, want one 'no NVIDIA GPU: <reason>; using CPU' line", opts, buf.String())
		}
		if m.Info().Reason == "" {
			t.Fatal("no reason recorded")
		}
		if devs, err := m.Sample(); devs != nil || err != nil {
			t.Fatalf("Sample on CPU = %v, %v", devs, err)
		}
		m.Close()
	}
}

// The default library path: on a machine with a driver this finds the GPUs; here it falls back.
func TestDetectDefault(t *testing.T) {
	var buf bytes.Buffer
	m := Detect(context.Background(), slog.New(slog.NewTextHandler(&buf, nil)), Options{})
	defer m.Close()
	if m.Available() {
		t.Logf("GPUs: %+v", m.Info().Devices)
		devs, err := m.Sample()
		if err != nil || len(devs) == 0 {
			t.Fatalf("Sample = %v, %v", devs, err)
		}
		return
	}
	if !strings.Contains(buf.String(), "no NVIDIA GPU") {
		t.Fatalf("fallback without the log line: %q", buf.String())
	}
}

type fakeDriver struct {
	devs []Device
	err  error
	shut bool
}

func (f *fakeDriver) driverVersion() (string, error) { return "999.1", nil }
func (f *fakeDriver) devices() ([]Device, error)     { return f.devs, f.err }
func (f *fakeDriver) shutdown()                      { f.shut = true }

func TestMonitorWithDevices(t *testing.T) {
	f := &fakeDriver{devs: []Device{{Index: 0, Name: "NVIDIA H100", MemoryTotal: 80 << 30, MemoryUsed: 1 << 30, Utilization: 7}}}
	m := &Monitor{drv: f, info: Info{Available: true, Devices: f.devs}}
	devs, err := m.Sample()
	if err != nil || len(devs) != 1 || devs[0].Name != "NVIDIA H100" {
		t.Fatalf("Sample = %v, %v", devs, err)
	}
	f.err = errors.New("gone")
	if _, err := m.Sample(); err == nil {
		t.Fatal("driver error swallowed")
	}
	m.Close()
	if !f.shut {
		t.Fatal("Close did not shut NVML down")
	}
}
