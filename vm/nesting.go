package vm

// defaultMaxDepth is the recursion limit of a thread that belongs to no interpreter (see
// detached), the same as NewInterp's default.
const defaultMaxDepth = 1000

// NativeScale is how many times deeper than the recursion limit native code may nest where
// CPython counts no recursion at all (hashing a tuple, the next step of a chain of map or
// filter iterators): only its C stack bounds it, somewhere past 100,000 levels, and nested
// tuples (cons lists) are fair dictionary keys. A level takes about 1 KB of Go stack, so the
// default limit allows 200 MB of it, well within Go's 1 GB.
const NativeScale = 200

// enterNested counts one level of recursion of native code into a nested value (repr, str,
// comparison, hashing) toward the thread's recursion limit, scaled by scale, as CPython's
// Py_EnterRecursiveCall does: a deeply nested or self-referencing value then ends in
// RecursionError instead of exhausting the Go stack. what completes the error message
// (" in comparison"). After a nil error the caller must call leaveNested.
func (th *Thread) enterNested(what string, scale int) error {
	if th == nil {
		return nil
	}
	limit := defaultMaxDepth
	if th.interp != nil {
		limit = th.interp.MaxDepth
	}
	if th.depth >= limit*scale {
		return Errorf(RecursionError, "maximum recursion depth exceeded%s", what)
	}
	th.depth++
	return nil
}

// EnterNested is enterNested for the built-ins outside this package that recurse into
// script data: isinstance over nested tuples, iterators that wrap iterators. After a nil
// error the caller must call LeaveNested.
func (th *Thread) EnterNested(what string, scale int) error { return th.enterNested(what, scale) }

// LeaveNested ends a level counted by EnterNested.
func (th *Thread) LeaveNested() { th.leaveNested() }

// leaveNested ends a level counted by enterNested.
func (th *Thread) leaveNested() {
	if th != nil {
		th.depth--
	}
}

// detached returns th, or when th is nil a thread that belongs to no interpreter, for Go code
// that has no thread at hand (Exception.Error, reprs of tasks): with it Repr and ToStr still
// bound their recursion and show a container that contains itself as [...], but they run no
// Python code, so objects with a __repr__ or __str__ show the default representation.
func detached(th *Thread) *Thread {
	if th == nil {
		return &Thread{}
	}
	return th
}
