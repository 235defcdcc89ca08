package vm

// MethodFunc implements a built-in method defined by DefineMethod: self is the checked
// receiver, args the bound parameters (nil where not passed).
type MethodFunc func(th *Thread, self Value, args []Value) (Value, error)

// DefineMethod installs a method of cls for packages outside vm, checked as vm's own
// methods are: the receiver must be a cls, and the arguments are checked with CPython's
// wording for the convention the parameters imply: METH_NOARGS when max is 0, METH_O for
// one positional-only parameter (kw nil), otherwise PyArg_ParseTupleAndKeywords with
// min..max parameters, the ones named in kw also by keyword.
func DefineMethod(cls *Class, name string, min, max int, kw []string, fn MethodFunc) {
	style := tupleArgs
	switch {
	case max == 0:
		style = noArgs
	case min == 1 && max == 1 && kw == nil:
		style = oneArg
	}
	defineMethods(cls, []methodDef{{name: name, style: style, min: min, max: max, kw: kw,
		fn: func(th *Thread, self Value, args []Value, _ *Dict) (Value, error) { return fn(th, self, args) }}})
}

// IndexArg converts an argument that must be an integer (a count, a limit), calling a
// user __index__ if there is one, with CPython's errors.
func IndexArg(th *Thread, v Value) (int, error) { return indexValue(th, v) }
