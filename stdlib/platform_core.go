package stdlib

import (
	"runtime"

	"github.com/asyncscript/asyncscript/vm"
)

// goosSystems and goarchMachines name Go's targets as platform.system() and
// platform.machine() name them (uname's sysname and machine).
var (
	goosSystems    = map[string]string{"linux": "Linux", "darwin": "Darwin", "windows": "Windows", "freebsd": "FreeBSD", "openbsd": "OpenBSD", "netbsd": "NetBSD"}
	goarchMachines = map[string]string{"amd64": "x86_64", "arm64": "aarch64", "386": "i686", "arm": "armv7l", "riscv64": "riscv64", "ppc64le": "ppc64le", "s390x": "s390x"}
)

// newPlatformCore is _platform, the core of lib/platform.py: the system and machine the
// interpreter was built for.
func newPlatformCore(*vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("_platform")
	name := func(table map[string]string, key string) vm.Value {
		if v, ok := table[key]; ok {
			return vm.Str(v)
		}
		return vm.Str(key)
	}
	m.Set("system", name(goosSystems, runtime.GOOS))
	m.Set("machine", name(goarchMachines, runtime.GOARCH))
	return m, nil
}
