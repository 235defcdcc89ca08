package stdlib

import "github.com/asyncscript/asyncscript/vm"

// complexClass and memoryviewClass are the names of built-in types asyncscript does not
// have: classes, so isinstance(x, complex) is simply False, that refuse to make instances.
var (
	complexClass    = refusingClass("complex", vm.ComplexUnsupported)
	memoryviewClass = refusingClass("memoryview", func() *vm.Exception {
		return vm.Errorf(vm.NotImplementedError, "memoryview is not supported by asyncscript (use bytes or bytearray)")
	})
)

// refusingClass is a built-in class whose every call, whatever its arguments, raises refuse's
// error.
func refusingClass(name string, refuse func() *vm.Exception) *vm.Class {
	c := vm.NewBuiltinClass(name, vm.ObjectClass)
	c.DefineConstructor(vm.Signature{Style: vm.VarKwArgs}, func(*vm.Thread, []vm.Value, *vm.Dict) (vm.Value, error) {
		return nil, refuse()
	})
	return c
}
