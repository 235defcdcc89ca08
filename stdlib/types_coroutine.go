package stdlib

import "github.com/asyncscript/asyncscript/vm"

// newTypesCore is _types, what lib/types.py needs from the engine: marking a generator
// function as a generator-based coroutine for types.coroutine.
var newTypesCore = coreModule("_types", vm.NewFunc(vm.Signature{Name: "mark_iterable_coroutine", Style: vm.PosArgs, Min: 1, Max: 1}, markIterableCoroutine))

// markIterableCoroutine is _types.mark_iterable_coroutine(func): whether func is a
// generator function, now marked.
func markIterableCoroutine(_ *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	f, ok := args[0].(*vm.Function)
	return vm.Bool(ok && f.MarkIterableCoroutine()), nil
}
