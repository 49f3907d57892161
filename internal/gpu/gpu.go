// Package gpu detects NVIDIA GPUs through NVML (go-nvml) and samples their name, memory and
// utilisation for logs and metrics. Without the driver library (libnvidia-ml.so.1), or in a build
// without cgo, Detect logs one line, "no NVIDIA GPU: <reason>; using CPU", and the oracle runs on
// the CPU; nothing else changes.
package gpu

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
)

// Device is one GPU as NVML reports it.
type Device struct {
	Index       int    `json:"index"`
	Name        string `json:"name"`
	UUID        string `json:"uuid"`
	MemoryTotal uint64 `json:"memoryTotalBytes"`
	MemoryUsed  uint64 `json:"memoryUsedBytes"`
	// Utilization is the percentage of time a kernel ran over NVML's last sample period (0..100).
	Utilization uint32 `json:"utilizationPercent"`
	// MemoryUtilization is the percentage of time memory was read or written (0..100).
	MemoryUtilization uint32 `json:"memoryUtilizationPercent"`
}

// Info is what Detect found.
type Info struct {
	Available bool     `json:"available"`
	Reason    string   `json:"reason,omitempty"` // why no GPU is used, when Available is false
	Driver    string   `json:"driver,omitempty"`
	Devices   []Device `json:"devices,omitempty"`
}

// driver is the NVML surface the monitor uses; nvml.go implements it with go-nvml.
type driver interface {
	driverVersion() (string, error)
	devices() ([]Device, error)
	shutdown()
}

// Options configure Detect.
type Options struct {
	// LibraryPath overrides the NVML library (default libnvidia-ml.so.1 on the loader path).
	LibraryPath string
	// Disable skips detection (the CPU is used); Reason says why in the log line.
	Disable bool
}

// Monitor holds an initialised NVML session, or none when the oracle runs on the CPU.
type Monitor struct {
	mu   sync.Mutex
	drv  driver
	info Info
}

// Detect initialises NVML and lists the GPUs. It never fails: when no GPU can be used it logs one
// line and returns a Monitor on the CPU.
func Detect(ctx context.Context, logger *slog.Logger, opts Options) *Monitor {
	m := &Monitor{}
	var err error
	if opts.Disable {
		err = fmt.Errorf("disabled by configuration")
	} else {
		m.drv, err = openDriver(opts.LibraryPath)
	}
	if err == nil {
		var devs []Device
		if devs, err = m.drv.devices(); err == nil && len(devs) == 0 {
			err = fmt.Errorf("NVML reports no devices")
		}
		if err == nil {
			ver, _ := m.drv.driverVersion()
			m.info = Info{Available: true, Driver: ver, Devices: devs}
		} else {
			m.drv.shutdown()
			m.drv = nil
		}
	}
	if err != nil {
		m.info = Info{Reason: err.Error()}
		logger.InfoContext(ctx, fmt.Sprintf("no NVIDIA GPU: %s; using CPU", err), "component", "gpu")
		return m
	}
	for _, d := range m.info.Devices {
		logger.InfoContext(ctx, "NVIDIA GPU", "component", "gpu", "index", d.Index, "name", d.Name,
			"memory_total_bytes", d.MemoryTotal, "memory_used_bytes", d.MemoryUsed,
			"utilization_percent", d.Utilization, "driver", m.info.Driver)
	}
	return m
}

// Info returns what Detect found (devices as of detection).
func (m *Monitor) Info() Info {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.info
}

// Available reports whether a GPU was found.
func (m *Monitor) Available() bool { return m.Info().Available }

// Sample reads the devices' current memory and utilisation; nil on the CPU.
func (m *Monitor) Sample() ([]Device, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.drv == nil {
		return nil, nil
	}
	return m.drv.devices()
}

// Close ends the NVML session.
func (m *Monitor) Close() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.drv != nil {
		m.drv.shutdown()
		m.drv = nil
	}
}
