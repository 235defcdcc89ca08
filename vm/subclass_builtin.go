package vm

// Instances of a class deriving from list, dict, set, str, int, float or tuple are plain
// Instances holding the built-in value they extend (instanceExt.base). The interpreter's
// native fast paths match only the built-in Go types, so they never see such an instance:
// every protocol reaches the subclass's own dunders first, then the dunders registered here
// kept for the built-in class (baseDunders), which work on the value inside (and serve
// super().__getitem__ and friends). Operators, comparison, hashing, str() and format() fall back to the value inside
// through baseOf. Results of inherited methods are built-in values, as in CPython
// (MyList([1]) + [2] is a list).

// instanceExt holds what only some instances have: __slots__ values and the built-in value
// a subclass of a built-in type extends.
type instanceExt struct {
	// slots holds the __slots__ values by their descriptors' indexes; nil marks one unset.
	slots []Value
	base  Value
}

// ext returns the instance's extension, making it on first use.
func (o *Instance) extension() *instanceExt {
	if o.ext == nil {
		o.ext = &instanceExt{}
	}
	return o.ext
}

// baseOf returns the built-in value inside an instance of a subclass of a built-in type.
func baseOf(v Value) (Value, bool) {
	if o, ok := v.(*Instance); ok && o.ext != nil && o.ext.base != nil {
		return o.ext.base, true
	}
	return nil, false
}

// BuiltinValue returns the built-in value inside an instance of a subclass of a built-in
// type (a list inside a list subclass's instance), or v itself, for library functions that
// work on the built-in types' Go representations.
func BuiltinValue(v Value) Value { return unwrap(v) }

// unwrap returns the built-in value inside v, or v itself.
func unwrap(v Value) Value {
	if b, ok := baseOf(v); ok {
		return b
	}
	return v
}

// subclassableBuiltins are the built-in classes scripts may derive from this way, with the
// empty value a new instance starts from.
var subclassableBuiltins = map[*Class]func() Value{
	ListClass:  func() Value { return NewList(nil) },
	DictClass:  func() Value { return NewDict() },
	SetClass:   func() Value { return NewSet() },
	StrClass:   func() Value { return Str("") },
	IntClass:   func() Value { return Int(0) },
	FloatClass: func() Value { return Float(0) },
	TupleClass: func() Value { return EmptyTuple },
}

// builtinLayout is the subclassable built-in class c derives from, or nil.
func builtinLayout(c *Class) *Class {
	for _, k := range c.mro {
		if _, ok := subclassableBuiltins[k]; ok {
			return k
		}
	}
	return nil
}

func init() {
	for cls, zero := range subclassableBuiltins {
		zero := zero
		cls.newInstance = func(c *Class) Value {
			o := newInstanceOf(c)
			o.ext = &instanceExt{base: zero()}
			return o
		}
	}
	for _, cls := range []*Class{StrClass, IntClass, FloatClass, TupleClass} {
		cls.Dict["__new__"] = &StaticMethod{Func: &Builtin{Name: "__new__", Fn: immutableNew(cls)}}
	}
	for _, cls := range []*Class{ListClass, DictClass, SetClass, StrClass, TupleClass, BytesClass, ByteArrayClass, FrozenSetClass, RangeClass} {
		defineBaseDunder(cls, "__len__", 0, func(th *Thread, self Value, _ []Value) (Value, error) {
			n, err := Len(th, self)
			return MakeInt(int64(n)), err
		})
		defineBaseDunder(cls, "__iter__", 0, func(th *Thread, self Value, _ []Value) (Value, error) {
			return Iter(th, self)
		})
		defineBaseDunder(cls, "__contains__", 1, func(th *Thread, self Value, a []Value) (Value, error) {
			ok, err := Contains(th, self, a[0])
			return Bool(ok), err
		})
	}
	for _, cls := range []*Class{ListClass, DictClass, StrClass, TupleClass, BytesClass, ByteArrayClass, RangeClass} {
		defineBaseDunder(cls, "__getitem__", 1, func(th *Thread, self Value, a []Value) (Value, error) {
			return GetItem(th, self, a[0])
		})
	}
	for _, cls := range []*Class{ListClass, DictClass, ByteArrayClass} {
		defineBaseDunder(cls, "__setitem__", 2, func(th *Thread, self Value, a []Value) (Value, error) {
			return None, SetItem(th, self, a[0], a[1])
		})
		defineBaseDunder(cls, "__delitem__", 1, func(th *Thread, self Value, a []Value) (Value, error) {
			return None, DelItem(th, self, a[0])
		})
	}
	for cls := range subclassableBuiltins {
		cls := cls
		defineBaseDunder(cls, "__repr__", 0, func(th *Thread, self Value, _ []Value) (Value, error) {
			return textDunder(Repr)(th, numberSelf(cls, self), nil) // int.__repr__(True) is '1'
		})
	}
	// Their own __repr__ (not object's) tells these apart where code dispatches on
	// type(x).__repr__, as pprint does.
	for _, cls := range []*Class{FrozenSetClass, BytesClass, ByteArrayClass} {
		defineBaseDunder(cls, "__repr__", 0, textDunder(Repr))
	}
	// str.__str__ is the string itself; the other built-ins' str() is object's (their repr).
	defineBaseDunder(StrClass, "__str__", 0, textDunder(ToStr))
	defineObjectDunders()
	baseDunders[DictClass]["__getitem__"] = &Builtin{Name: "__getitem__", Fn: dictSubclassGetItem, isMethod: true, qualPrefix: "dict"}
	baseDunders[SetClass]["__repr__"] = &Builtin{Name: "__repr__", Fn: setSubclassRepr, isMethod: true, qualPrefix: "set"}
	ListClass.DefineMethods([]MethodDef{{Name: "__init__", Style: PosArgs, Max: 1, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		l := unwrap(self).(*List)
		l.SetItems(nil)
		if a[0] == nil {
			return None, nil
		}
		return None, listExtend(th, l, a[0])
	}}})
	DictClass.DefineMethods([]MethodDef{{Name: "__init__", Style: VarKwArgs, Fn: func(th *Thread, self Value, a []Value, kw *Dict) (Value, error) {
		return None, dictUpdateArgs(th, unwrap(self).(*Dict), "dict", a, kw)
	}}})
	SetClass.DefineMethods([]MethodDef{{Name: "__init__", Style: PosArgs, Max: 1, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		s := unwrap(self).(*Set)
		s.Clear()
		if a[0] == nil {
			return None, nil
		}
		return None, setUpdate(th, s, a[0])
	}}})
}

// baseDunders holds the special methods of the subclassable built-in classes. They are kept
// out of the classes' namespaces, where the interpreter's protocols would find them for the
// built-in values themselves; super() and the fallbacks for subclass instances use them.
var baseDunders = map[*Class]map[string]Value{}

// defineBaseDunder registers a special method of a built-in class taking nargs arguments,
// which applies the interpreter's own protocol to the built-in value (self is unwrapped).
// textDunder makes the body of a special method that converts self to text, such as
// __repr__ from Repr.
func textDunder(convert func(*Thread, Value) (string, error)) func(*Thread, Value, []Value) (Value, error) {
	return func(th *Thread, self Value, _ []Value) (Value, error) {
		s, err := convert(th, self)
		return Str(s), err
	}
}

func defineBaseDunder(cls *Class, name string, nargs int, fn func(th *Thread, self Value, args []Value) (Value, error)) {
	cls.DefineSpecialMethods([]MethodDef{{Name: name, Style: [...]ArgStyle{NoArgs, OneArg, PosArgs}[nargs], Min: nargs, Max: nargs,
		Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			return fn(th, self, a)
		}}})
}

// DefineSpecialMethods installs special methods on a built-in class, as DefineMethods does
// methods, where explicit lookups find them ((3).__add__, int.__add__, super().__eq__,
// hasattr and dir) but the interpreter's protocols do not: those keep their native paths,
// and a subclass that does not define the name behaves as if the method were not there.
func (c *Class) DefineSpecialMethods(defs []MethodDef) {
	if baseDunders[c] == nil {
		baseDunders[c] = map[string]Value{}
	}
	for _, d := range defs {
		baseDunders[c][d.Name] = c.methodBuiltin(&d)
	}
}

// inheritedDunder finds a special method of a built-in class in cls's MRO, for attribute
// lookups that miss (super().__repr__(), object.__eq__, hasattr(x, "__len__")).
func inheritedDunder(cls *Class, name string) (Value, bool) {
	if len(name) < 5 || name[0] != '_' || name[1] != '_' {
		return nil, false
	}
	for _, k := range cls.mro {
		if m, ok := baseDunders[k][name]; ok {
			return m, true
		}
	}
	return nil, false
}

// baseDunder finds a special method of the built-in class an instance's class derives
// from, for the protocols' fallbacks.
func baseDunder(v Value, name string) (Value, bool) {
	if _, ok := baseOf(v); !ok {
		return nil, false
	}
	m, ok := baseDunders[builtinLayout(v.Type())][name]
	return m, ok
}

// immutableNew is str.__new__, int.__new__, float.__new__ and tuple.__new__: the built-in
// constructor, its result wrapped for a subclass.
func immutableNew(base *Class) NativeFunc {
	return func(th *Thread, a []Value, kw *Dict) (Value, error) {
		if len(a) == 0 {
			return nil, Errorf(TypeError, "%s.__new__(): not enough arguments", base.Name)
		}
		cls, ok := a[0].(*Class)
		if !ok {
			return nil, Errorf(TypeError, "%s.__new__(X): X is not a type object (%s)", base.Name, TypeName(a[0]))
		}
		if !cls.IsSubclass(base) {
			return nil, Errorf(TypeError, "%s.__new__(%s): %s is not a subtype of %s", base.Name, cls.Name, cls.Name, base.Name)
		}
		v, err := base.construct.Fn(th, a[1:], kw)
		if err != nil || cls == base {
			return v, err
		}
		o := newInstanceOf(cls)
		o.ext = &instanceExt{base: v}
		return o, nil
	}
}

// dictSubclassGetItem is dict.__getitem__, which calls the subclass's __missing__ for a key
// that is not there.
func dictSubclassGetItem(th *Thread, a []Value, _ *Dict) (Value, error) {
	if len(a) != 2 {
		return nil, Errorf(TypeError, "dict.__getitem__() takes exactly one argument (%d given)", len(a)-1)
	}
	self, key := a[0], a[1]
	d, ok := unwrap(self).(*Dict)
	if !ok {
		return nil, Errorf(TypeError, "descriptor '__getitem__' for 'dict' objects doesn't apply to a '%s' object", TypeName(self))
	}
	return dictSubscript(th, self, d, key)
}

// dictSubscript is self[key] for self, an instance of a dict subclass holding d: the item,
// else what the subclass's __missing__ makes of the key.
func dictSubscript(th *Thread, self Value, d *Dict, key Value) (Value, error) {
	v, found, err := d.Get(th, key)
	if err != nil || found {
		return v, err
	}
	if m, ok := self.Type().Lookup("__missing__"); ok {
		return th.Call(m, []Value{self, key}, nil)
	}
	return GetItem(th, d, key)
}

// setSubclassRepr is set.__repr__, which names the subclass: MySet({1, 2}).
func setSubclassRepr(th *Thread, a []Value, _ *Dict) (Value, error) {
	s, ok := unwrap(a[0]).(*Set)
	if !ok || len(a) != 1 {
		return nil, Errorf(TypeError, "descriptor '__repr__' for 'set' objects doesn't apply to a '%s' object", TypeName(a[0]))
	}
	inner, err := reprSet(th, s)
	if err != nil || a[0] == Value(s) {
		return Str(inner), err
	}
	if s.Len() == 0 {
		return Str(TypeName(a[0]) + "()"), nil
	}
	return Str(TypeName(a[0]) + "(" + inner + ")"), nil
}

// defineObjectDunders registers object's default special methods, which explicit calls such
// as super().__repr__() and object.__eq__(a, b) reach.
func defineObjectDunders() {
	defineBaseDunder(ObjectClass, "__repr__", 0, textDunder(reprObject))
	defineBaseDunder(ObjectClass, "__str__", 0, textDunder(Repr))
	defineBaseDunder(ObjectClass, "__hash__", 0, func(_ *Thread, self Value, _ []Value) (Value, error) {
		return MakeInt(int64(ID(self) >> 4)), nil
	})
	defineBaseDunder(ObjectClass, "__eq__", 1, func(_ *Thread, self Value, a []Value) (Value, error) {
		if Is(self, a[0]) {
			return True, nil
		}
		return NotImplemented, nil
	})
	defineBaseDunder(ObjectClass, "__ne__", 1, func(th *Thread, self Value, a []Value) (Value, error) {
		// self.__eq__(other), inverted unless it is NotImplemented.
		var eq Value = NotImplemented
		if Is(self, a[0]) {
			eq = True
		}
		if m, ok := self.Type().userMethod("__eq__"); ok {
			r, err := th.Call(m, []Value{self, a[0]}, nil)
			if err != nil {
				return nil, err
			}
			eq = r
		}
		if eq == NotImplemented {
			return eq, nil
		}
		t, err := Truth(th, eq)
		return Bool(!t), err
	})
	for _, name := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		defineBaseDunder(ObjectClass, name, 1, func(*Thread, Value, []Value) (Value, error) {
			return NotImplemented, nil
		})
	}
}
