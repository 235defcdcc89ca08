package vm

// raise implements the raise statement: args is empty for a bare re-raise, [exc] or
// [exc, cause]. It returns the exception to raise and whether it is a re-raise.
func (th *Thread) raise(args []Value) (error, bool) {
	if len(args) == 0 {
		if th.handled == nil {
			return Errorf(RuntimeError, "No active exception to reraise"), false
		}
		return th.handled, true
	}
	exc, err := th.MakeException(args[0])
	if err != nil {
		return err, false
	}
	if len(args) == 2 {
		switch c := args[1].(type) {
		case NoneType:
			exc.Cause = nil
		default:
			cause, err := th.MakeException(c)
			if err != nil {
				return Errorf(TypeError, "exception causes must derive from BaseException"), false
			}
			exc.Cause = cause
		}
		exc.SuppressContext = true
	}
	return exc, false
}

// MakeException turns the operand of raise into an exception: an instance as is, a class
// called with no arguments.
func (th *Thread) MakeException(v Value) (*Exception, error) {
	switch x := v.(type) {
	case *Exception:
		return x, nil
	case *Class:
		if x.IsSubclass(BaseException) {
			obj, err := th.instantiate(x, nil, nil)
			if err != nil {
				return nil, err
			}
			return obj.(*Exception), nil
		}
	}
	return nil, Errorf(TypeError, "exceptions must derive from BaseException")
}

// exceptionMatch is the test of an except clause: t is a class or a flat tuple of classes.
// As in CPython every member is checked before any is matched, and a nested tuple is not a
// class, so the test never recurses however deep the tuple is.
func exceptionMatch(exc *Exception, t Value) (bool, error) {
	classes, ok := t.(Tuple)
	if !ok {
		classes = Tuple{t}
	}
	for _, c := range classes {
		if x, ok := c.(*Class); !ok || !x.IsSubclass(BaseException) {
			return false, Errorf(TypeError, "catching classes that do not inherit from BaseException is not allowed")
		}
	}
	for _, c := range classes {
		if exceptionMatches(exc.Class, c.(*Class)) {
			return true, nil
		}
	}
	return false, nil
}

// beforeWith enters a context manager: it returns the bound __exit__ and __enter__'s result.
func (th *Thread) beforeWith(mgr Value) (Value, Value, error) {
	return th.enterManager(mgr, &syncManager)
}

// managerProtocol is what `with` or `async with` looks up on a context manager, and how
// CPython names the protocol when one of the methods is missing.
type managerProtocol struct {
	enter, exit, name string
}

var (
	syncManager  = managerProtocol{"__enter__", "__exit__", "context manager protocol"}
	asyncManager = managerProtocol{"__aenter__", "__aexit__", "asynchronous context manager protocol"}
)

// enterManager enters mgr under protocol p: it returns the bound exit method and what the
// enter method returned (for async with, the awaitable still to be awaited).
func (th *Thread) enterManager(mgr Value, p *managerProtocol) (Value, Value, error) {
	cls := mgr.Type()
	enter, ok := cls.userMethod(p.enter)
	if !ok {
		return nil, nil, Errorf(TypeError, "'%s' object does not support the %s", cls.Name, p.name)
	}
	exit, ok := cls.userMethod(p.exit)
	if !ok {
		return nil, nil, Errorf(TypeError, "'%s' object does not support the %s (missed %s method)", cls.Name, p.name, p.exit)
	}
	var r Value
	var err error
	if f, plain := enter.(*Function); plain {
		r, err = th.CallLent(f, []Value{mgr}) // no bound method for a call made at once
	} else {
		r, err = th.Call(bindAttr(mgr, cls, enter), nil, nil)
	}
	if err != nil {
		return nil, nil, err
	}
	return bindAttr(mgr, cls, exit), r, nil
}
