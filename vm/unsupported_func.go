package vm

// UnsupportedFunc is a function named name standing for one of CPython's that asyncscript
// does not have: calling it, with any arguments, raises NotImplementedError(msg), so a
// program using it fails clearly where it calls it rather than with an AttributeError.
func UnsupportedFunc(name, msg string) *Builtin {
	return NewFunc(Signature{Name: name, Style: VarKwArgs}, func(*Thread, []Value, *Dict) (Value, error) {
		return nil, Errorf(NotImplementedError, "%s", msg)
	})
}
