package vm

// Call calls any callable value from Go: functions, built-ins, bound methods, classes and
// objects with __call__. kwargs may be nil.
func (th *Thread) Call(fn Value, args []Value, kwargs *Dict) (Value, error) {
	var kwnames Tuple
	if kwargs != nil && kwargs.Len() > 0 {
		all := make([]Value, len(args), len(args)+kwargs.Len())
		copy(all, args)
		for _, kv := range kwargs.Items() {
			k, ok := kv[0].(Str)
			if !ok {
				return nil, Errorf(TypeError, "keywords must be strings")
			}
			kwnames = append(kwnames, k)
			all = append(all, kv[1])
		}
		args = all
	}
	return th.callValue(fn, args, kwnames)
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
		var kwargs *Dict
		if len(kwnames) > 0 {
			kwargs = NewDict()
			npos := len(args) - len(kwnames)
			for i, k := range kwnames {
				kwargs.SetStr(string(k.(Str)), args[npos+i])
			}
			args = args[:npos]
		}
		if f.Self != nil {
			args = append([]Value{f.Self}, args...)
		}
		return f.Fn(th, args, kwargs)
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

// runFrame runs a frame made by enterFunction to completion in a nested dispatch loop.
func (th *Thread) runFrame(fr *Frame) (Value, error) {
	fr.parent = nil
	r, _, err := th.run(fr, fr)
	th.depth--
	th.releaseFrame(fr)
	return r, err
}

// callEx implements f(*args, **kwargs).
func (th *Thread) callEx(fn, args, kwargs Value) (Value, error) {
	var positional []Value
	if t, ok := args.(Tuple); ok {
		positional = t
	} else {
		if _, err := Iter(th, args); err != nil {
			return nil, Errorf(TypeError, "%s argument after * must be an iterable, not %s", FunctionStr(fn), TypeName(args))
		}
		var err error
		if positional, err = ToSlice(th, args); err != nil {
			return nil, err
		}
	}
	var kw *Dict
	if kwargs != None {
		kw = kwargs.(*Dict) // DICT_MERGE has checked it
	}
	return th.Call(fn, positional, kw)
}

// instantiate calls a class: a built-in class constructs its value directly; a user class
// makes an instance and runs __init__.
func (th *Thread) instantiate(cls *Class, args []Value, kwnames Tuple) (Value, error) {
	if cls.construct != nil && cls.builtin {
		return th.callValue(&Builtin{Name: cls.Name, Fn: cls.construct}, args, kwnames)
	}
	if nw := userNew(cls); nw != nil {
		obj, err := th.callValue(nw, append([]Value{cls}, args...), kwnames)
		if err != nil || !obj.Type().IsSubclass(cls) {
			return obj, err // __init__ runs only on an instance of cls
		}
		return th.initInstance(cls, obj, args, kwnames)
	}
	if cls.newInstance == nil {
		return nil, Errorf(TypeError, "cannot create '%s' instances", cls.Name)
	}
	obj, err := th.allocate(cls, args, kwnames)
	if err != nil {
		return nil, err
	}
	return th.initInstance(cls, obj, args, kwnames)
}

// allocate makes an uninitialised instance of a user class, as object.__new__ does.
func (th *Thread) allocate(cls *Class, args []Value, kwnames Tuple) (Value, error) {
	obj := cls.newInstance(cls)
	if exc, ok := obj.(*Exception); ok {
		// BaseException.__new__ keeps every positional argument, whatever __init__ does.
		exc.Args = append([]Value(nil), args[:len(args)-len(kwnames)]...)
		if cls.IsSubclass(BaseExceptionGroup) {
			if err := initExceptionGroup(th, exc); err != nil {
				return nil, err
			}
		}
	}
	return obj, nil
}

// initInstance runs __init__ on a new instance of cls.
func (th *Thread) initInstance(cls *Class, obj Value, args []Value, kwnames Tuple) (Value, error) {
	if init, ok := cls.userMethod("__init__"); ok {
		all := make([]Value, len(args)+1)
		all[0] = obj
		copy(all[1:], args)
		r, err := th.callValue(init, all, kwnames)
		if err != nil {
			return nil, err
		}
		if r != None {
			return nil, Errorf(TypeError, "__init__() should return None, not '%s'", TypeName(r))
		}
		return obj, nil
	}
	if len(kwnames) > 0 {
		return nil, Errorf(TypeError, "%s() takes no keyword arguments", cls.Name)
	}
	if _, isExc := obj.(*Exception); !isExc && len(args) > 0 {
		return nil, Errorf(TypeError, "%s() takes no arguments", cls.Name)
	}
	return obj, nil
}

// buildClass runs a class body and makes the class.
func (th *Thread) buildClass(body *Function, name string, bases []Value) (*Class, error) {
	base := ObjectClass
	if len(bases) > 1 {
		return nil, Errorf(TypeError, "multiple inheritance is not supported")
	}
	if len(bases) == 1 {
		b, ok := bases[0].(*Class)
		if !ok {
			return nil, Errorf(TypeError, "bases must be types")
		}
		base = b
	}
	fr, err := th.enterFunction(body, nil, nil)
	if err != nil {
		return nil, err
	}
	ns := map[string]Value{}
	fr.ns = ns
	cell, err := th.runFrame(fr)
	if err != nil {
		return nil, err
	}
	cls := NewClass(name, base, ns)
	cls.QualName = body.QualName
	cls.Module = body.Globals.Name
	if m, ok := ns["__module__"].(Str); ok {
		cls.Module = string(m) // a class body may say where it belongs (asyncio.queues)
	}
	if c, ok := cell.(*Cell); ok {
		c.Value = cls
	}
	return cls, nil
}
