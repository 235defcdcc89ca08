package stdlib

import "github.com/asyncscript/asyncscript/vm"

// importSignature is __import__'s: CPython's, keywords allowed.
var importSignature = vm.Signature{Name: "__import__", Style: vm.TupleArgs, Min: 1, Max: 5,
	Kw: []string{"name", "globals", "locals", "fromlist", "level"}}

// builtinImport is __import__(name, globals=None, locals=None, fromlist=(), level=0): what an
// import statement does, for programs that import a module named at run time.
func builtinImport(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
	name, ok := a[0].(vm.Str)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "module name must be a string")
	}
	var globals *vm.Module
	if d, isDict := a[1].(*vm.Dict); isDict {
		globals = vm.ModuleOfDict(d)
	}
	var fromlist []string
	if a[3] != nil && !vm.IsNone(a[3]) {
		err := vm.Iterate(th, a[3], func(v vm.Value) error {
			s, ok := v.(vm.Str)
			if !ok {
				return vm.Errorf(vm.TypeError, "Item in from list must be str, not %s", vm.TypeName(v))
			}
			fromlist = append(fromlist, string(s))
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	level, err := vm.OptIndex(th, a[4], 0)
	if err != nil {
		return nil, err
	}
	if level < 0 {
		return nil, vm.Errorf(vm.ValueError, "level must be >= 0")
	}
	return th.ImportModule(string(name), globals, fromlist, level)
}
