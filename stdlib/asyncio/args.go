package asyncio

import "github.com/asyncscript/asyncscript/vm"

// params binds a call's arguments to named parameters (see vm.BindParams).
func params(fname string, args []vm.Value, kwargs *vm.Dict, names ...string) ([]vm.Value, error) {
	return vm.BindParams(fname, args, kwargs, names...)
}

// required reports a missing required argument as CPython does.
func required(fname string, v vm.Value, name string) error {
	if v == nil {
		return vm.Errorf(vm.TypeError, "%s() missing 1 required positional argument: '%s'", fname, name)
	}
	return nil
}

// orNone turns a parameter that was not passed into None.
func orNone(v vm.Value) vm.Value {
	if v == nil {
		return vm.None
	}
	return v
}
