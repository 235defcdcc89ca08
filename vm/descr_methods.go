package vm

// The descriptor protocol's dunders on the built-in descriptor types (function, property,
// classmethod, staticmethod), so that f.__get__(obj), hasattr(property, '__set__') and
// explicit descriptor calls work as in CPython. Attribute lookup itself does not go through
// these methods: it handles the built-in descriptors directly.

func init() {
	FunctionClass.DefineMethods([]MethodDef{
		{Name: "__get__", Style: PosArgs, Min: 1, Max: 2, Fn: func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			if IsNone(a[0]) {
				return self, nil
			}
			return &BoundMethod{Self: a[0], Func: self}, nil
		}},
	})
	ClassMethodClass.DefineMethods([]MethodDef{
		{Name: "__get__", Style: PosArgs, Min: 1, Max: 2, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			return classDescrGet(th, self, descrOwner(a))
		}},
	})
	StaticMethodClass.DefineMethods([]MethodDef{
		{Name: "__get__", Style: PosArgs, Min: 1, Max: 2, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			return classDescrGet(th, self, descrOwner(a))
		}},
	})
	PropertyClass.DefineMethods([]MethodDef{
		{Name: "__get__", Style: PosArgs, Min: 1, Max: 2, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			if IsNone(a[0]) {
				return self, nil
			}
			return descrGet(th, self, a[0], a[0].Type())
		}},
		{Name: "__set__", Style: PosArgs, Min: 2, Max: 2, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			return None, self.(*Property).set(th, a[0], a[1])
		}},
		{Name: "__delete__", Style: OneArg, Min: 1, Max: 1, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			return None, self.(*Property).delete(th, a[0])
		}},
	})
}

// descrOwner is the class a __get__(obj, owner=None) call binds to: owner when given,
// else obj's type.
func descrOwner(a []Value) *Class {
	if len(a) > 1 && a[1] != nil && !IsNone(a[1]) {
		if c, ok := a[1].(*Class); ok {
			return c
		}
	}
	return a[0].Type()
}

// set is the property's setter applied to obj, or the error for a property without one.
func (p *Property) set(th *Thread, obj, v Value) error {
	if p.Set == nil {
		return Errorf(AttributeError, "property '%s' of '%s' object has no setter", p.name(), TypeName(obj))
	}
	_, err := th.Call(p.Set, []Value{obj, v}, nil)
	return err
}

// delete is the property's deleter applied to obj, or the error for a property without one.
func (p *Property) delete(th *Thread, obj Value) error {
	if p.Del == nil {
		return Errorf(AttributeError, "property '%s' of '%s' object has no deleter", p.name(), TypeName(obj))
	}
	_, err := th.Call(p.Del, []Value{obj}, nil)
	return err
}
