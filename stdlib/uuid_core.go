package stdlib

import (
	"crypto/rand"

	"github.com/asyncscript/asyncscript/vm"
)

// newUUIDCore is _uuid, the host half of lib/uuid.py: random bytes for uuid4, from the
// operating system's generator as CPython's os.urandom.
func newUUIDCore(in *vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("_uuid")
	m.Set("random_bytes", vm.NewFunc(vm.Signature{Name: "random_bytes", Style: vm.OneArg}, func(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
		n, ok := a[0].(vm.Int)
		if !ok || n < 0 || n > 1<<20 {
			return nil, vm.Errorf(vm.ValueError, "random_bytes needs a count between 0 and 2**20")
		}
		b := make([]byte, n)
		if _, err := rand.Read(b); err != nil {
			return nil, vm.Errorf(vm.OSError, "%s", err.Error())
		}
		return vm.Bytes(b), nil
	}))
	return m, nil
}
