package stdlib

import "github.com/asyncscript/asyncscript/vm"

// moduleErrorKey makes the key of a module's own exception class (binascii.Error,
// struct.error): each interpreter gets its own, because scripts may change a class, as in
// CPython, and interpreters share nothing a script can change.
func moduleErrorKey(module, name string, base *vm.Class) *vm.Key[vm.Class] {
	return vm.NewKey(func(*vm.Interp) *vm.Class {
		c := vm.NewClass(name, base, nil)
		c.Module = module
		return c
	})
}
