package stdlib

import "github.com/asyncscript/asyncscript/vm"

// funcModule makes a module that holds only the given built-in functions, each under its
// own name: the shape of the private cores (_re, _json, _logging, ...) that modules in
// lib/ build on.
func funcModule(name string, funcs ...*vm.Builtin) *vm.Module {
	m := vm.NewModule(name)
	for _, f := range funcs {
		m.Set(f.Name, f)
	}
	return m
}
