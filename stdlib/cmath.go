package stdlib

import "github.com/asyncscript/asyncscript/vm"

// newCmathModule refuses `import cmath`: asyncscript has no complex numbers (a 1j literal
// is a SyntaxError and complex() a NotImplementedError saying so), so the module of their
// functions says it is not supported rather than being merely missing.
func newCmathModule(*vm.Interp) (*vm.Module, error) {
	return nil, vm.Errorf(vm.NotImplementedError, "the cmath module is not supported by asyncscript: complex numbers are not supported")
}
