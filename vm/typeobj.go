package vm

import (
	"sort"
)

// The built-ins behind object.__new__ and type.__call__, kept so the construction path can
// recognise them and take its fast route.
// They are filled in by defineObjectMethods and defineTypeMethods, which breaks the
// initialisation cycle through the interpreter.
var objectNewFn, typeCallFn, typeNewFn *Builtin

// instantiate calls a class: its metaclass's __call__ when a metaclass overrides it, else
// type.__call__.
func (th *Thread) instantiate(cls *Class, args []Value, kwnames Tuple) (Value, error) {
	if cls.meta != nil {
		if call := cls.meta.hookSet().call; call != nil {
			return th.callValue(call, prepend(cls, args), kwnames)
		}
	}
	return th.typeCall(cls, args, kwnames)
}

// prepend returns v followed by args, in a new slice.
func prepend(v Value, args []Value) []Value {
	all := make([]Value, len(args)+1)
	all[0] = v
	copy(all[1:], args)
	return all
}

// typeCall is type.__call__(cls, *args): a built-in class constructs its value directly;
// otherwise __new__ makes the object and, when it is an instance of cls, __init__ runs.
func (th *Thread) typeCall(cls *Class, args []Value, kwnames Tuple) (Value, error) {
	if cls.construct != nil && cls.builtin {
		return th.callValue(cls.construct, args, kwnames)
	}
	h := cls.hookSet()
	var obj Value
	if h.newFn != nil {
		r, err := th.callValue(h.newFn, prepend(cls, args), kwnames)
		if err != nil {
			return nil, err
		}
		if !r.Type().IsSubclass(cls) {
			return r, nil
		}
		obj = r
	} else {
		if err := checkAbstract(cls); err != nil {
			return nil, err
		}
		if cls.newInstance == nil {
			return nil, Errorf(TypeError, "cannot create '%s' instances", cls.Name)
		}
		obj = cls.newInstance(cls)
		if exc, ok := obj.(*Exception); ok {
			// BaseException.__new__ keeps every positional argument, whatever __init__ does.
			exc.Args = append([]Value(nil), args[:len(args)-len(kwnames)]...)
			if cls.IsSubclass(BaseExceptionGroup) {
				if err := initExceptionGroup(th, exc); err != nil {
					return nil, err
				}
			}
		} else if h.init == nil && len(args) > 0 {
			return nil, Errorf(TypeError, "%s() takes no arguments", cls.Name)
		}
	}
	if h.init == nil {
		return obj, nil
	}
	r, err := th.callValue(h.init, prepend(obj, args), kwnames)
	if err != nil {
		return nil, err
	}
	if !IsNone(r) {
		return nil, Errorf(TypeError, "__init__() should return None, not '%s'", TypeName(r))
	}
	return obj, nil
}

// checkAbstract refuses to instantiate a class whose __abstractmethods__ (set by abc) is not
// empty, as object.__new__ does.
func checkAbstract(cls *Class) error {
	if !cls.hookSet().abstract {
		return nil
	}
	names := abstractNames(cls)
	method := "method"
	if len(names) > 1 {
		method = "methods"
	}
	return Errorf(TypeError, "Can't instantiate abstract class %s with abstract %s %s", cls.Name, method, joinNames(names))
}

// abstractNames returns the sorted names of the class's own non-empty
// __abstractmethods__, or nil.
func abstractNames(cls *Class) []string {
	am, ok := cls.Dict["__abstractmethods__"]
	if !ok {
		return nil
	}
	s, ok := am.(*Set)
	if !ok || s.Len() == 0 {
		return nil
	}
	names := []string{}
	for _, m := range s.Members() {
		if n, ok := m.(Str); ok {
			names = append(names, string(n))
		}
	}
	sort.Strings(names)
	return names
}

// objectNew is object.__new__(cls, *args, **kwargs).
func objectNew(_ *Thread, args []Value, kwargs *Dict) (Value, error) {
	if len(args) == 0 {
		return nil, Errorf(TypeError, "object.__new__(): not enough arguments")
	}
	cls, ok := args[0].(*Class)
	if !ok {
		return nil, Errorf(TypeError, "object.__new__(X): X is not a type object (%s)", TypeName(args[0]))
	}
	if len(args) > 1 || (kwargs != nil && kwargs.Len() > 0) {
		h := cls.hookSet()
		if h.newFn != nil {
			return nil, Errorf(TypeError, "object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if h.init == nil {
			return nil, Errorf(TypeError, "%s() takes no arguments", cls.Name)
		}
	}
	if err := checkAbstract(cls); err != nil {
		return nil, err
	}
	if cls.newInstance == nil || cls.builtin && cls != ObjectClass {
		return nil, Errorf(TypeError, "object.__new__(%s) is not safe, use %s.__new__()", cls.Name, cls.Name)
	}
	return cls.newInstance(cls), nil
}

// defineObjectMethods installs object's special methods, so that explicit calls such as
// object.__setattr__(self, k, v) and super().__init__() reach the default behaviour.
func defineObjectMethods() {
	ObjectClass.noDict = true // object() instances take no attributes
	objectNewFn = &Builtin{Name: "__new__", Fn: objectNew}
	ObjectClass.Dict["__new__"] = &StaticMethod{Func: objectNewFn}
	// __init_subclass__ words its errors with the class it is called on ("C.__init_subclass__()
	// takes no arguments"), so it checks its arguments itself.
	initSubclass := classReceiver(ObjectClass, &Signature{Name: "__init_subclass__", Style: VarKwArgs})
	ObjectClass.Dict["__init_subclass__"] = &ClassMethod{Func: &Builtin{Name: "__init_subclass__", Fn: func(_ *Thread, a []Value, kw *Dict) (Value, error) {
		self, err := initSubclass(a)
		if err != nil {
			return nil, err
		}
		if kw != nil && kw.Len() > 0 {
			return nil, Errorf(TypeError, "%s.__init_subclass__() takes no keyword arguments", self.(*Class).QualName)
		}
		if len(a) > 1 {
			return nil, Errorf(TypeError, "%s.__init_subclass__() takes no arguments (%d given)", self.(*Class).QualName, len(a)-1)
		}
		return None, nil
	}}}
	ObjectClass.DefineMethods([]MethodDef{
		{Name: "__init__", Style: VarKwArgs, Fn: func(_ *Thread, self Value, a []Value, kw *Dict) (Value, error) {
			if len(a) > 0 || (kw != nil && kw.Len() > 0) {
				h := self.Type().hookSet()
				if h.init != nil {
					return nil, Errorf(TypeError, "object.__init__() takes exactly one argument (the instance to initialize)")
				}
				if h.newFn == nil {
					return nil, Errorf(TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)", self.Type().Name)
				}
			}
			return None, nil
		}},
		{Name: "__getattribute__", Style: OneArg, Min: 1, Max: 1, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			name, err := attrName(a[0])
			if err != nil {
				return nil, err
			}
			if c, ok := self.(*Class); ok {
				return classAttr(th, c, name)
			}
			return objectGetAttr(th, self, self.Type(), name)
		}},
		{Name: "__setattr__", Style: PosArgs, Min: 2, Max: 2, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			name, err := attrName(a[0])
			if err != nil {
				return nil, err
			}
			return None, objectSetAttr(th, self, self.Type(), name, a[1])
		}},
		{Name: "__delattr__", Style: OneArg, Min: 1, Max: 1, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			name, err := attrName(a[0])
			if err != nil {
				return nil, err
			}
			return None, objectDelAttr(th, self, self.Type(), name)
		}},
	})
}

// attrName checks an attribute name argument.
func attrName(v Value) (string, error) {
	s, ok := v.(Str)
	if !ok {
		return "", Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(v))
	}
	return string(s), nil
}

// constructType is type(obj) and type(name, bases, dict, **kwargs).
func constructType(th *Thread, a []Value, kw *Dict) (Value, error) {
	if len(a) == 1 && (kw == nil || kw.Len() == 0) {
		return a[0].Type(), nil
	}
	if len(a) != 3 {
		return nil, Errorf(TypeError, "type() takes 1 or 3 arguments")
	}
	return typeNewMethod(th, prepend(TypeClass, a), kw)
}

// typeNewMethod is type.__new__(meta, name, bases, dict, **kwargs). When a base's metaclass
// derives from meta, that metaclass makes the class instead, as CPython does.
func typeNewMethod(th *Thread, a []Value, kw *Dict) (Value, error) {
	if len(a) == 0 {
		return nil, Errorf(TypeError, "type.__new__(): not enough arguments")
	}
	meta, ok := a[0].(*Class)
	if !ok || !meta.IsSubclass(TypeClass) {
		return nil, Errorf(TypeError, "type.__new__(X): X is not a type object (%s)", TypeName(a[0]))
	}
	if len(a) != 4 {
		return nil, Errorf(TypeError, "type.__new__() takes exactly 3 arguments (%d given)", len(a)-1)
	}
	name, ok := a[1].(Str)
	if !ok {
		return nil, Errorf(TypeError, "type.__new__() argument 1 must be str, not %s", TypeName(a[1]))
	}
	bases, ok := a[2].(Tuple)
	if !ok {
		return nil, Errorf(TypeError, "type.__new__() argument 2 must be tuple, not %s", TypeName(a[2]))
	}
	ns, ok := a[3].(*Dict)
	if !ok {
		return nil, Errorf(TypeError, "type.__new__() argument 3 must be dict, not %s", TypeName(a[3]))
	}
	winner, err := calculateMeta(meta, bases)
	if err != nil {
		return nil, err
	}
	if winner != meta && winner.hookSet().newFn != typeNewFn {
		return th.Call(winner, []Value{name, bases, ns}, kw)
	}
	return th.typeNew(winner, string(name), bases, ns, kw)
}

// typeCallReceiver checks the receiver of type.__call__, which takes any arguments.
var typeCallReceiver = instanceReceiver(TypeClass, &Signature{Name: "__call__", Style: VarKwArgs})

// typeCallMethod is type.__call__(cls, *args, **kwargs), for metaclasses that override
// __call__ and call super().__call__.
func typeCallMethod(th *Thread, a []Value, kw *Dict) (Value, error) {
	self, err := typeCallReceiver(a)
	if err != nil {
		return nil, err
	}
	cls := self.(*Class)
	args := append([]Value(nil), a[1:]...)
	var kwnames Tuple
	if kw != nil {
		for _, kv := range kw.Items() {
			kwnames = append(kwnames, kv[0])
			args = append(args, kv[1])
		}
	}
	return th.typeCall(cls, args, kwnames)
}

// defineTypeMethods installs type's methods: __new__, __init__, __call__, mro() and
// __subclasses__().
func defineTypeMethods() {
	typeNewFn = &Builtin{Name: "__new__", Fn: typeNewMethod}
	typeCallFn = &Builtin{Name: "__call__", Fn: typeCallMethod, isMethod: true, qualPrefix: "type"}
	TypeClass.Dict["__new__"] = &StaticMethod{Func: typeNewFn}
	TypeClass.Dict["__call__"] = typeCallFn
	TypeClass.DefineMethods([]MethodDef{
		{Name: "__init__", Style: VarKwArgs, Fn: func(_ *Thread, _ Value, a []Value, kw *Dict) (Value, error) {
			if len(a) != 1 && len(a) != 3 {
				return nil, Errorf(TypeError, "type.__init__() takes 1 or 3 arguments")
			}
			return None, nil
		}},
		{Name: "mro", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return NewList(classTuple(self.(*Class).mro)), nil
		}},
		{Name: "__subclasses__", Style: NoArgs, Fn: func(th *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return NewList(classTuple(th.subclassesOf(self.(*Class)))), nil
		}},
	})
}

// InstanceCheck is isinstance(obj, cls) for one class: the metaclass's __instancecheck__
// when it defines one (as abc.ABCMeta does), else the class relation.
func InstanceCheck(th *Thread, obj Value, cls *Class) (bool, error) {
	if obj.Type() == cls {
		return true, nil
	}
	return metaCheck(th, cls, func(h *classHooks) Value { return h.instancecheck }, obj, func() bool { return IsSubclass(obj.Type(), cls) })
}

// SubclassCheck is issubclass(c, cls) for one class, through the metaclass's
// __subclasscheck__ when it defines one.
func SubclassCheck(th *Thread, c, cls *Class) (bool, error) {
	return metaCheck(th, cls, func(h *classHooks) Value { return h.subclasscheck }, c, func() bool { return IsSubclass(c, cls) })
}

// metaCheck calls the metaclass's hook (picked from its cached hooks) on cls with arg, or
// answers with fallback. A class whose metaclass is type has no hook to look for.
func metaCheck(th *Thread, cls *Class, hook func(*classHooks) Value, arg Value, fallback func() bool) (bool, error) {
	if cls.meta != nil {
		if m := hook(cls.meta.hookSet()); m != nil {
			r, err := th.Call(m, []Value{cls, arg}, nil)
			if err != nil {
				return false, err
			}
			return Truth(th, r)
		}
	}
	return fallback(), nil
}
