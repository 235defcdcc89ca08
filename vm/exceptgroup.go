package vm

// NewExceptionGroup makes an ExceptionGroup (or BaseExceptionGroup when a member is not an
// Exception) holding excs.
func NewExceptionGroup(msg string, excs []*Exception) *Exception {
	cls := ExceptionGroup
	for _, e := range excs {
		if !e.Class.IsSubclass(ExceptionType) && !e.Class.IsSubclass(ExceptionGroup) {
			cls = BaseExceptionGroup
		}
	}
	members := make(Tuple, len(excs))
	for i, e := range excs {
		members[i] = e
	}
	g := NewException(cls, Str(msg), NewList(members))
	g.Exceptions = excs
	return g
}

// initExceptionGroup checks the arguments of ExceptionGroup(message, exceptions) and
// records the members, as BaseExceptionGroup.__new__ does. A BaseExceptionGroup whose
// members are all Exceptions becomes an ExceptionGroup.
func initExceptionGroup(th *Thread, g *Exception) error {
	name := g.Class.Name
	if len(g.Args) != 2 {
		return Errorf(TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(g.Args))
	}
	if _, ok := g.Args[0].(Str); !ok {
		return Errorf(TypeError, "argument 1 must be str, not %s", TypeName(g.Args[0]))
	}
	var items []Value
	switch seq := g.Args[1].(type) {
	case *List:
		items = seq.Items()
	case Tuple:
		items = seq
	default:
		return Errorf(TypeError, "second argument (exceptions) must be a sequence")
	}
	if len(items) == 0 {
		return Errorf(ValueError, "second argument (exceptions) must be a non-empty sequence")
	}
	allExceptions := true
	g.Exceptions = make([]*Exception, len(items))
	for i, item := range items {
		e, ok := item.(*Exception)
		if !ok {
			return Errorf(ValueError, "Item %d of second argument (exceptions) is not an exception", i)
		}
		g.Exceptions[i] = e
		if !e.Class.IsSubclass(ExceptionType) && !e.Class.IsSubclass(ExceptionGroup) {
			allExceptions = false
		}
	}
	switch {
	case g.Class == BaseExceptionGroup && allExceptions:
		g.Class = ExceptionGroup
	case g.Class.IsSubclass(ExceptionGroup) && !allExceptions:
		return Errorf(TypeError, "Cannot nest BaseExceptions in an %s", name)
	}
	return nil
}

// splitExceptionGroup implements one except* clause: it splits exc into the part matching t
// and the rest. A naked exception that matches is wrapped in a group, as Python does. Each
// level of nested groups counts toward the recursion limit, as in CPython.
func splitExceptionGroup(th *Thread, excValue, t Value) (rest, match Value, err error) {
	if IsNone(excValue) {
		return None, None, nil
	}
	exc := excValue.(*Exception)
	if exc.Exceptions == nil {
		m, err := exceptionMatch(exc, t)
		if err != nil {
			return nil, nil, err
		}
		if m {
			g := NewExceptionGroup("", []*Exception{exc})
			g.Args[1] = Tuple{exc} // CPython wraps a naked exception with a tuple
			return None, g, nil
		}
		return exc, None, nil
	}
	if err := th.enterNested(" in exceptiongroup_split_recursive", 1); err != nil {
		return nil, nil, err
	}
	defer th.leaveNested()
	var matched, others []*Exception
	for _, e := range exc.Exceptions {
		r, m, err := splitExceptionGroup(th, e, t)
		if err != nil {
			return nil, nil, err
		}
		if !IsNone(m) {
			if e.Exceptions == nil {
				matched = append(matched, e)
			} else {
				matched = append(matched, m.(*Exception))
			}
		}
		if !IsNone(r) {
			others = append(others, r.(*Exception))
		}
	}
	msg := ""
	if len(exc.Args) > 0 {
		msg, _ = ToStr(nil, exc.Args[0])
	}
	derive := func(list []*Exception) Value {
		if len(list) == 0 {
			return None
		}
		g := NewExceptionGroup(msg, list)
		g.Traceback, g.Cause, g.Context = exc.Traceback, exc.Cause, exc.Context
		return g
	}
	return derive(others), derive(matched), nil
}

// prepReraiseStar decides what a try/except* statement raises at its end: nothing if every
// part was handled, else the unhandled rest together with what the clauses raised.
func prepReraiseStar(orig *Exception, raised *List) Value {
	var excs []*Exception
	for _, v := range raised.Items() {
		if e, ok := v.(*Exception); ok {
			excs = append(excs, e)
		}
	}
	switch len(excs) {
	case 0:
		return None
	case 1:
		return excs[0]
	}
	msg := ""
	if len(orig.Args) > 0 {
		msg, _ = ToStr(nil, orig.Args[0])
	}
	return NewExceptionGroup(msg, excs)
}
