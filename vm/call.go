package vm

// Call calls any callable value from Go: functions, built-ins, bound methods, classes and
// objects with __call__. kwargs may be nil.
func (th *Thread) Call(fn Value, args []Value, kwargs *Dict) (Value, error) {
	args, kwnames, err := withKeywords(args, kwargs)
	if err != nil {
		return nil, err
	}
	return th.callValue(fn, args, kwnames)
}

// withKeywords appends the values of kwargs (which may be nil) to args, as callValue takes
// them, and returns their names.
func withKeywords(args []Value, kwargs *Dict) ([]Value, Tuple, error) {
	if kwargs == nil || kwargs.Len() == 0 {
		return args, nil, nil
	}
	var kwnames Tuple
	all := make([]Value, len(args), len(args)+kwargs.Len())
	copy(all, args)
	for _, kv := range kwargs.Items() {
		k, ok := kv[0].(Str)
		if !ok {
			return nil, nil, Errorf(TypeError, "keywords must be strings")
		}
		kwnames = append(kwnames, k)
		all = append(all, kv[1])
	}
	return all, kwnames, nil
}

// callValue calls fn with positional arguments followed by keyword values named by kwnames.
// args may alias an operand stack: callees copy what they keep.
func (th *Thread) callValue(fn Value, args []Value, kwnames Tuple) (Value, error) {
	switch f := fn.(type) {
	case *Function:
		fr, err := th.enterFunction(f, args, kwnames)
		if err != nil {
			return nil, err
		}
		if f.Code.Flags&generatorFlags != 0 {
			th.depth--
			g := newGenerator(f, fr)
			if g.IsCoroutine() {
				th.noteCoroutine(g)
			}
			return g, nil
		}
		return th.runFrame(fr)
	case *Builtin:
		if f.Self == nil && len(kwnames) == 0 {
			// The commonest built-in call (asyncio.sleep(0) among them) skips a call level.
			return f.Fn(th, args, nil)
		}
		return callNative(th, f.Fn, f.Self, args, kwnames)
	case *BoundMethod:
		all := make([]Value, len(args)+1)
		all[0] = f.Self
		copy(all[1:], args)
		return th.callValue(f.Func, all, kwnames)
	case *Class:
		return th.instantiate(f, args, kwnames)
	}
	if call, ok := fn.Type().userMethod("__call__"); ok {
		all := make([]Value, len(args)+1)
		all[0] = fn
		copy(all[1:], args)
		return th.callValue(call, all, kwnames)
	}
	return nil, Errorf(TypeError, "'%s' object is not callable", TypeName(fn))
}

// callNative calls the Go function of a built-in with positional arguments followed by
// keyword values named by kwnames, after self when it is not nil.
func callNative(th *Thread, fn NativeFunc, self Value, args []Value, kwnames Tuple) (Value, error) {
	var kwargs *Dict
	if len(kwnames) > 0 {
		kwargs = NewDict()
		npos := len(args) - len(kwnames)
		for i, k := range kwnames {
			kwargs.SetStr(string(k.(Str)), args[npos+i])
		}
		args = args[:npos]
	}
	if self != nil {
		args = append([]Value{self}, args...)
	}
	return fn(th, args, kwargs)
}

// runFrame runs a frame made by enterFunction to completion in a nested dispatch loop.
func (th *Thread) runFrame(fr *Frame) (Value, error) {
	fr.parent = nil
	r, _, err := th.run(fr, fr)
	fr.back = nil
	th.depth--
	th.releaseFrame(fr)
	return r, err
}

// exArgs is the arguments of fn(*args, **kwargs) as callValue takes them: the positional
// ones from the iterable args, then the values of kwargs (a dict, or None) and their names.
func (th *Thread) exArgs(fn, args, kwargs Value) ([]Value, Tuple, error) {
	var positional []Value
	if t, ok := args.(Tuple); ok {
		positional = t
	} else {
		if _, err := Iter(th, args); err != nil {
			return nil, nil, Errorf(TypeError, "%s argument after * must be an iterable, not %s", FunctionStr(fn), TypeName(args))
		}
		var err error
		if positional, err = ToSlice(th, args); err != nil {
			return nil, nil, err
		}
	}
	var kw *Dict
	if !IsNone(kwargs) {
		kw = kwargs.(*Dict) // DICT_MERGE has checked it
	}
	return withKeywords(positional, kw)
}

// Callable reports whether v can be called, as callable() does.
func Callable(v Value) bool {
	switch v.(type) {
	case *Function, *Builtin, *BoundMethod, *Class:
		return true
	}
	_, ok := v.Type().Lookup("__call__")
	return ok
}
