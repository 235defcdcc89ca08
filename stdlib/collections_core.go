package stdlib

import "github.com/asyncscript/asyncscript/vm"

// newCollectionsCore is _collections, what lib/collections.py needs from the engine: deque,
// namedtuple's field descriptor, and the name of the module calling namedtuple(), for the new class's __module__ (CPython
// reads it from sys._getframe(1)).
func newCollectionsCore(in *vm.Interp) (*vm.Module, error) {
	m, err := coreModule("_collections", vm.NewFunc(vm.Signature{Name: "caller_module", Style: vm.PosArgs, Min: 1, Max: 1}, collectionsCallerModule))(in)
	if err == nil {
		m.Set("deque", dequeClass)
		m.Set("_tuplegetter", tupleGetterClass)
	}
	return m, err
}

// collectionsCallerModule is _collections.caller_module(depth): the __name__ of the module
// depth frames out from the Python function calling it, or None when that is unknown.
func collectionsCallerModule(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	depth, ok := args[0].(vm.Int)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "caller_module() argument must be int, not %s", vm.TypeName(args[0]))
	}
	name, ok := th.CallerModuleName(int(depth))
	if !ok {
		return vm.None, nil
	}
	return vm.Str(name), nil
}
