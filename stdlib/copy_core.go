package stdlib

import "github.com/asyncscript/asyncscript/vm"

// newCopyCore is _copy, what lib/copy.py needs from the engine: making an instance without
// running __init__ and filling its __dict__ without running properties, as CPython's copy
// does through object.__reduce_ex__ and __dict__.update.
var newCopyCore = coreModule("_copy", newInstanceFunc(), vm.NewFunc(vm.Signature{Name: "set_state", Style: vm.PosArgs, Min: 2, Max: 2}, copySetState))

// newInstanceFunc makes new_instance(cls), which _copy and _datetime both have.
func newInstanceFunc() *vm.Builtin {
	return vm.NewFunc(vm.Signature{Name: "new_instance", Style: vm.PosArgs, Min: 1, Max: 1}, copyNewInstance)
}

// copyNewInstance is _copy.new_instance(cls).
func copyNewInstance(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	cls, ok := args[0].(*vm.Class)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "new_instance() argument must be a class, not %s", vm.TypeName(args[0]))
	}
	return cls.NewUninitialized()
}

// copySetState is _copy.set_state(obj, state): obj.__dict__.update(state) for a dict state.
func copySetState(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	state, ok := args[1].(*vm.Dict)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "state is not a dictionary")
	}
	items, err := vm.ToSlice(th, state)
	if err != nil {
		return nil, err
	}
	for _, k := range items {
		name, ok := k.(vm.Str)
		if !ok {
			return nil, vm.Errorf(vm.TypeError, "attribute name must be string, not '%s'", vm.TypeName(k))
		}
		v, err := vm.GetItem(th, state, k)
		if err != nil {
			return nil, err
		}
		if !vm.SetInstanceAttr(args[0], string(name), v) {
			return nil, vm.Errorf(vm.AttributeError, "'%s' object has no attribute '__dict__'", vm.TypeName(args[0]))
		}
	}
	return vm.None, nil
}
