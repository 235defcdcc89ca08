package stdlib

import (
	"github.com/asyncscript/asyncscript/lang/bytecode"
	"github.com/asyncscript/asyncscript/vm"
)

// lessThan is a < b as CPython's PyObject_RichCompareBool(a, b, Py_LT) gives it to the C
// cores (_heapq, _bisect): the truth of the rich comparison. Two ints or two strs, the
// commonest heap entries and sort keys, are ordered here without Compare's dispatch and
// the Bool it boxes; their classes are closed, so the result is the one Compare would give.
func lessThan(th *vm.Thread, a, b vm.Value) (bool, error) {
	switch x := a.(type) {
	case vm.Int:
		if y, ok := b.(vm.Int); ok {
			return x < y, nil
		}
	case vm.Str:
		if y, ok := b.(vm.Str); ok {
			return x < y, nil
		}
	}
	r, err := vm.Compare(th, bytecode.CmpLT, a, b)
	if err != nil {
		return false, err
	}
	return vm.Truth(th, r)
}
