package stdlib

import "github.com/asyncscript/asyncscript/vm"

// coreModule returns the loader of a module that holds only the given built-in functions,
// each under its own name: the shape of the private cores (_re, _json, _logging, ...) that
// modules in lib/ build on. The functions are made once and shared by every interpreter,
// as the math module's are.
func coreModule(name string, funcs ...*vm.Builtin) func(*vm.Interp) (*vm.Module, error) {
	return func(*vm.Interp) (*vm.Module, error) {
		m := vm.NewModule(name)
		for _, f := range funcs {
			m.Set(f.Name, f)
		}
		return m, nil
	}
}

// newCoreClass makes a class of a core module's own values (_collections._tuplegetter): a
// built-in class of that module that scripts cannot derive from, as the C types are.
func newCoreClass(module, name string) *vm.Class {
	c := vm.NewBuiltinClass(name, vm.ObjectClass)
	c.Module = module
	c.ForbidSubclasses()
	return c
}
