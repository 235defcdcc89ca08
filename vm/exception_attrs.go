package vm

// Attr implements AttrGetter: the attributes every exception has besides its instance dict.
func (e *Exception) Attr(name string) (Value, bool) {
	switch name {
	case "args":
		return Tuple(append([]Value(nil), e.Args...)), true
	case "__cause__":
		return exceptionOrNone(e.Cause), true
	case "__context__":
		return exceptionOrNone(e.Context), true
	case "__suppress_context__":
		return Bool(e.SuppressContext), true
	case "__traceback__":
		return tracebackOf(e), true
	}
	if name == "value" && e.Class.IsSubclass(StopIteration) {
		// The value a generator or coroutine returned.
		if len(e.Args) > 0 {
			return e.Args[0], true
		}
		return None, true
	}
	if name == "code" && e.Class.IsSubclass(SystemExit) {
		switch len(e.Args) {
		case 0:
			return None, true
		case 1:
			return e.Args[0], true
		}
		return Tuple(append([]Value(nil), e.Args...)), true
	}
	if e.Class.IsSubclass(ImportError) {
		if v, ok := importErrorAttr(e, name); ok {
			return v, true
		}
	}
	if e.Class.IsSubclass(OSError) {
		switch name {
		case "errno", "strerror", "filename", "filename2":
			if v, ok := e.get(name); ok {
				return v, true
			}
			return None, true
		}
	}
	if e.Exceptions != nil {
		switch name {
		case "exceptions":
			t := make(Tuple, len(e.Exceptions))
			for i, x := range e.Exceptions {
				t[i] = x
			}
			return t, true
		case "message":
			if len(e.Args) > 0 {
				return e.Args[0], true
			}
			return Str(""), true
		}
	}
	return nil, false
}

func exceptionOrNone(e *Exception) Value {
	if e == nil {
		return None
	}
	return e
}

// setExceptionAttr assigns the exception attributes kept in Go fields; it reports false for
// other names, which go to the instance dict.
func setExceptionAttr(e *Exception, name string, v Value) bool {
	switch name {
	case "args":
		// CPython accepts any iterable here; the subset takes tuples and lists.
		switch x := v.(type) {
		case Tuple:
			e.Args = append([]Value(nil), x...)
		case *List:
			e.Args = append([]Value(nil), x.Items()...)
		default:
			e.Args = []Value{v}
		}
		return true
	case "__cause__", "__context__":
		x, _ := v.(*Exception)
		if name == "__cause__" {
			e.Cause = x
			// Setting __cause__ also sets __suppress_context__, as `raise ... from` does.
			e.SuppressContext = true
		} else {
			e.Context, e.contextAssigned = x, true
		}
		return true
	case "__suppress_context__":
		t, _ := Truth(nil, v)
		e.SuppressContext = t
		return true
	case "__traceback__":
		return setTraceback(e, v)
	}
	return false
}

// setTraceback makes tb (None, or a traceback object) e's traceback. A traceback taken from
// e earlier drops the entries added since, as contextlib needs after rethrowing e through a
// generator.
func setTraceback(e *Exception, tb Value) bool {
	switch t := tb.(type) {
	case NoneType:
		e.Traceback = nil
	case *Traceback:
		e.Traceback = append([]TraceEntry(nil), t.entries[:t.index+1]...)
	default:
		return false
	}
	return true
}

func init() {
	BaseException.DefineMethods([]MethodDef{
		// __init__ runs only through super().__init__(...) or Exception.__init__(self, ...):
		// instantiating an exception class sets Args already.
		{Name: "__init__", Style: VarArgs, Fn: func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			self.(*Exception).Args = a
			return None, nil
		}},
		{Name: "with_traceback", Style: OneArg, Fn: func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			if !setTraceback(self.(*Exception), a[0]) {
				return nil, Errorf(TypeError, "__traceback__ must be a traceback or None")
			}
			return self, nil
		}},
		{Name: "add_note", Style: OneArg, Min: 1, Max: 1, Fn: func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			if _, ok := a[0].(Str); !ok {
				return nil, Errorf(TypeError, "note must be a str, not '%s'", TypeName(a[0]))
			}
			e := self.(*Exception)
			v, _ := e.get("__notes__")
			notes, ok := v.(*List)
			if !ok {
				notes = NewList(nil)
				e.set("__notes__", notes)
			}
			notes.Append(a[0])
			return None, nil
		}},
	})
}

// Traceback is one entry of a raised exception's traceback, as __traceback__ and __exit__
// see it: tb_frame and tb_lineno describe it, tb_next leads toward where it was raised.
type Traceback struct {
	// entries are the exception's entries when the object was made, innermost first: later
	// propagation appends to the exception's list, and assigning __traceback__ replaces it.
	entries []TraceEntry
	index   int
}

// TracebackClass is the class of traceback objects.
var TracebackClass = newBuiltinClass("traceback", ObjectClass)

// Type implements Value.
func (*Traceback) Type() *Class { return TracebackClass }

// Attr implements AttrGetter: tb_frame, tb_lineno, tb_lasti, tb_next.
func (t *Traceback) Attr(name string) (Value, bool) {
	e := t.entries[t.index]
	switch name {
	case "tb_frame":
		return &FrameInfo{Code: e.Code, Line: e.Code.Line(e.PC)}, true
	case "tb_lineno":
		return MakeInt(int64(e.Code.Line(e.PC))), true
	case "tb_lasti":
		return MakeInt(int64(2 * e.PC)), true
	case "tb_next":
		if t.index == 0 {
			return None, true
		}
		return &Traceback{entries: t.entries, index: t.index - 1}, true
	}
	return nil, false
}

// tracebackOf returns an exception's traceback object (its outermost entry), or None if it
// was never raised.
func tracebackOf(e *Exception) Value {
	if len(e.Traceback) == 0 {
		return None
	}
	return &Traceback{entries: e.Traceback, index: len(e.Traceback) - 1}
}
