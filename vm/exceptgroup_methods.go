package vm

// ExceptionGroup's split, subgroup and derive, as BaseExceptionGroup's in CPython 3.11.

// groupMatcher is the condition of split and subgroup: an exception class, a tuple of
// them, or a predicate called with each exception.
func groupMatcher(th *Thread, cond Value) (func(e *Exception) (bool, error), error) {
	switch c := cond.(type) {
	case *Class:
		if c.IsSubclass(BaseException) {
			return func(e *Exception) (bool, error) { return exceptionMatch(e, c) }, nil
		}
	case Tuple:
		for _, x := range c {
			if k, ok := x.(*Class); !ok || !k.IsSubclass(BaseException) {
				return nil, Errorf(TypeError, "expected a function, exception type or tuple of exception types")
			}
		}
		return func(e *Exception) (bool, error) { return exceptionMatch(e, c) }, nil
	default:
		if Callable(cond) {
			return func(e *Exception) (bool, error) {
				v, err := th.Call(cond, []Value{e}, nil)
				if err != nil {
					return false, err
				}
				return Truth(th, v)
			}, nil
		}
	}
	return nil, Errorf(TypeError, "expected a function, exception type or tuple of exception types")
}

// deriveGroup is g.derive(excs) with g's traceback, cause, context and notes copied, as
// split and subgroup make their parts.
func deriveGroup(g *Exception, excs []*Exception) *Exception {
	d := NewExceptionGroup(groupMessage(g), excs)
	d.Traceback, d.Cause, d.Context, d.SuppressContext = g.Traceback, g.Cause, g.Context, g.SuppressContext
	if notes, ok := g.get("__notes__"); ok {
		d.set("__notes__", notes)
	}
	return d
}

// groupMessage is a group's message argument.
func groupMessage(g *Exception) string {
	if len(g.Args) > 0 {
		if s, ok := g.Args[0].(Str); ok {
			return string(s)
		}
	}
	return ""
}

// splitGroup splits exc by match into the part that matches and the rest (nil for none).
// A group that matches as a whole is returned as it is; members are tested depth first,
// and nested groups are split in turn. Each level counts toward the recursion limit, with
// CPython's message, so a group nested millions deep ends in RecursionError.
func splitGroup(th *Thread, exc *Exception, match func(*Exception) (bool, error)) (matched, rest *Exception, err error) {
	if err := th.enterNested(" in exceptiongroup_split_recursive", 1); err != nil {
		return nil, nil, err
	}
	defer th.leaveNested()
	ok, err := match(exc)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return exc, nil, nil
	}
	if exc.Exceptions == nil {
		return nil, exc, nil
	}
	var ms, rs []*Exception
	for _, e := range exc.Exceptions {
		m, r, err := splitGroup(th, e, match)
		if err != nil {
			return nil, nil, err
		}
		if m != nil {
			ms = append(ms, m)
		}
		if r != nil {
			rs = append(rs, r)
		}
	}
	if len(ms) > 0 {
		matched = deriveGroup(exc, ms)
	}
	if len(rs) > 0 {
		rest = deriveGroup(exc, rs)
	}
	return matched, rest, nil
}

// orNoneExc is e, or None when e is nil.
func orNoneExc(e *Exception) Value {
	if e == nil {
		return None
	}
	return e
}

// splitGroupBy is the work of split(condition) and subgroup(condition) on the group g:
// the matching and the rest, either nil when empty.
func splitGroupBy(th *Thread, g, condition Value) (match, rest *Exception, err error) {
	matcher, err := groupMatcher(th, condition)
	if err != nil {
		return nil, nil, err
	}
	return splitGroup(th, g.(*Exception), matcher)
}

func init() {
	BaseExceptionGroup.DefineMethods([]MethodDef{
		{Name: "split", Style: OneArg, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			m, r, err := splitGroupBy(th, self, a[0])
			if err != nil {
				return nil, err
			}
			return Tuple{orNoneExc(m), orNoneExc(r)}, nil
		}},
		{Name: "subgroup", Style: OneArg, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			m, _, err := splitGroupBy(th, self, a[0])
			if err != nil {
				return nil, err
			}
			return orNoneExc(m), nil
		}},
		{Name: "derive", Style: OneArg, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			g := NewException(BaseExceptionGroup, Str(groupMessage(self.(*Exception))), a[0])
			if err := initExceptionGroup(th, g); err != nil {
				return nil, err
			}
			return g, nil
		}},
	})
}
