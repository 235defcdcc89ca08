package stdlib

import (
	"github.com/asyncscript/asyncscript/vm"
)

// The types module (lib/types.py) names the interpreter's own classes; these two can be
// called as in CPython: types.MethodType(func, obj) binds func to obj, and
// types.ModuleType(name, doc=None) makes an empty module.
func init() {
	vm.MethodClass.SetConstructor(func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		if err := noKwargs("method", kwargs); err != nil {
			return nil, err
		}
		if err := checkArgs("method", args, 2, 2); err != nil {
			return nil, err
		}
		if !isCallable(args[0]) {
			return nil, vm.Errorf(vm.TypeError, "first argument must be callable")
		}
		if args[1] == vm.None {
			return nil, vm.Errorf(vm.TypeError, "instance must not be None")
		}
		return &vm.BoundMethod{Func: args[0], Self: args[1]}, nil
	})
	vm.ModuleClass.SetConstructor(func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		p, err := vm.BindParams("module", args, kwargs, "name", "doc")
		if err != nil {
			return nil, err
		}
		if p[0] == nil {
			return nil, vm.Errorf(vm.TypeError, "module.__init__() missing required argument 'name' (pos 1)")
		}
		name, ok := p[0].(vm.Str)
		if !ok {
			return nil, vm.Errorf(vm.TypeError, "module.__init__() argument 'name' must be str, not %s", vm.TypeName(p[0]))
		}
		m := vm.NewModule(string(name))
		doc := p[1]
		if doc == nil {
			doc = vm.None
		}
		m.Set("__doc__", doc)
		return m, nil
	})
}
