package stdlib

import (
	"github.com/asyncscript/asyncscript/vm"
)

// The types module (lib/types.py) names the interpreter's own classes; these two can be
// called as in CPython: types.MethodType(func, obj) binds func to obj, and
// types.ModuleType(name, doc=None) makes an empty module.
func init() {
	vm.MethodClass.DefineConstructor(vm.Signature{Style: vm.PosArgs, Min: 2, Max: 2}, func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
		if !vm.Callable(args[0]) {
			return nil, vm.Errorf(vm.TypeError, "first argument must be callable")
		}
		if vm.IsNone(args[1]) {
			return nil, vm.Errorf(vm.TypeError, "instance must not be None")
		}
		return &vm.BoundMethod{Func: args[0], Self: args[1]}, nil
	})
	vm.ModuleClass.DefineConstructor(vm.Signature{Style: vm.ClinicArgs, Min: 1, Max: 2, Kw: []string{"name", "doc"}}, func(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
		name, ok := p[0].(vm.Str)
		if !ok {
			return nil, vm.Errorf(vm.TypeError, "module() argument 'name' must be str, not %s", vm.TypeName(p[0]))
		}
		m := vm.NewModule(string(name))
		m.Set("__doc__", vm.OrNone(p[1]))
		// As CPython's: no import made it, so it has no spec or loader (and prints without
		// "(built-in)").
		for _, attr := range []string{"__package__", "__loader__", "__spec__"} {
			m.Set(attr, vm.None)
		}
		return m, nil
	})
}
