//go:build linux && cgo

package gpu

import (
	"fmt"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
)

const defaultLibrary = "libnvidia-ml.so.1"

type nvmlDriver struct{ lib nvml.Interface }

func openDriver(path string) (driver, error) {
	var opts []nvml.LibraryOption
	if path != "" {
		opts = append(opts, nvml.WithLibraryPath(path))
	} else {
		path = defaultLibrary
	}
	lib := nvml.New(opts...)
	if ret := lib.Init(); ret != nvml.SUCCESS {
		if ret == nvml.ERROR_LIBRARY_NOT_FOUND {
			return nil, fmt.Errorf("NVML library %s could not be loaded (%v)", path, ret)
		}
		return nil, fmt.Errorf("NVML init: %v", ret)
	}
	return &nvmlDriver{lib: lib}, nil
}

func (d *nvmlDriver) driverVersion() (string, error) {
	v, ret := d.lib.SystemGetDriverVersion()
	if ret != nvml.SUCCESS {
		return "", fmt.Errorf("NVML driver version: %v", ret)
	}
	return v, nil
}

func (d *nvmlDriver) devices() ([]Device, error) {
	n, ret := d.lib.DeviceGetCount()
	if ret != nvml.SUCCESS {
		return nil, fmt.Errorf("NVML device count: %v", ret)
	}
	out := make([]Device, 0, n)
	for i := 0; i < n; i++ {
		h, ret := d.lib.DeviceGetHandleByIndex(i)
		if ret != nvml.SUCCESS {
			return nil, fmt.Errorf("NVML device %d: %v", i, ret)
		}
		dev := Device{Index: i}
		if name, ret := h.GetName(); ret == nvml.SUCCESS {
			dev.Name = name
		}
		if uuid, ret := h.GetUUID(); ret == nvml.SUCCESS {
			dev.UUID = uuid
		}
		if mem, ret := h.GetMemoryInfo(); ret == nvml.SUCCESS {
			dev.MemoryTotal, dev.MemoryUsed = mem.Total, mem.Used
		}
		if u, ret := h.GetUtilizationRates(); ret == nvml.SUCCESS {
			dev.Utilization, dev.MemoryUtilization = u.Gpu, u.Memory
		}
		out = append(out, dev)
	}
	return out, nil
}

func (d *nvmlDriver) shutdown() { d.lib.Shutdown() }
