package stdlib

import "github.com/asyncscript/asyncscript/vm"

// newSignalCore is _signal, the core of lib/signal.py: default_int_handler, a built-in
// function in CPython too (its repr says so).
func newSignalCore(*vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("_signal")
	m.Set("default_int_handler", vm.NewFunc(vm.Signature{Name: "default_int_handler", Style: vm.VarArgs}, func(*vm.Thread, []vm.Value, *vm.Dict) (vm.Value, error) {
		return nil, vm.NewException(vm.KeyboardInterrupt)
	}))
	return m, nil
}
