//go:build !(linux && cgo)

package gpu

import "errors"

func openDriver(string) (driver, error) {
	return nil, errors.New("this build has no NVML support (built without cgo or not for linux)")
}
