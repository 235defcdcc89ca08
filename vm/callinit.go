package vm

// plainInit prepares the common class call for the dispatch loop: a class whose instances
// come from object.__new__ (no __new__ override, no metaclass __call__, not a built-in or an
// exception) and whose __init__ is a Python function. It makes the instance and returns it
// with that __init__, which the caller runs as a frame of its own loop rather than in a
// nested one; it returns a nil init when typeCall must handle the call instead, having made
// nothing.
func plainInit(cls *Class) (Value, *Function) {
	if cls.builtin || cls.newInstance == nil {
		return nil, nil
	}
	if cls.meta != nil && cls.meta.hookSet().call != nil {
		return nil, nil
	}
	h := cls.hookSet()
	init, ok := h.init.(*Function)
	if !ok || h.newFn != nil || init.Code.Flags&generatorFlags != 0 {
		return nil, nil
	}
	if h.abstract || cls.IsSubclass(BaseException) {
		// BaseException.__new__ keeps the arguments, and abstract classes fail: typeCall
		// knows how.
		return nil, nil
	}
	return cls.newInstance(cls), init
}

// initResult is what a class call whose __init__ ran as a frame of the dispatch loop gives
// back, as typeCall does: the instance, or a TypeError when __init__ returned something else
// than None.
func initResult(obj, r Value) (Value, error) {
	if !IsNone(r) {
		return nil, Errorf(TypeError, "__init__() should return None, not '%s'", TypeName(r))
	}
	return obj, nil
}
