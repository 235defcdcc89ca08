package vm

// type's methods that a metaclass may override: __instancecheck__ and __subclasscheck__
// (the class relation itself; abc.ABCMeta changes what isinstance and issubclass answer for
// its classes) and __repr__ (<class 'name'>, which super().__repr__() in a metaclass
// reaches). The defaults are kept so that the hook cache can tell an override from them: a
// class whose metaclass does not override them pays no call.
var typeInstanceCheckFn, typeSubclassCheckFn, typeReprFn Value

// classRepr is type.__repr__: <class 'module.qualname'>, without the module for builtins.
func classRepr(c *Class) string {
	if c.Module == "builtins" {
		return "<class '" + c.QualName + "'>"
	}
	return "<class '" + c.Module + "." + c.QualName + "'>"
}

func init() {
	TypeClass.DefineMethods([]MethodDef{
		{Name: "__repr__", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return Str(classRepr(self.(*Class))), nil
		}},
		{Name: "__instancecheck__", Style: OneArg, Fn: func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			return Bool(IsSubclass(a[0].Type(), self.(*Class))), nil
		}},
		{Name: "__subclasscheck__", Style: OneArg, Fn: func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			c, ok := a[0].(*Class)
			if !ok {
				return nil, Errorf(TypeError, "issubclass() arg 1 must be a class")
			}
			return Bool(IsSubclass(c, self.(*Class))), nil
		}},
	})
	typeInstanceCheckFn = TypeClass.Dict["__instancecheck__"]
	typeSubclassCheckFn = TypeClass.Dict["__subclasscheck__"]
	typeReprFn = TypeClass.Dict["__repr__"]
	// object.__subclasshook__ answers NotImplemented: abc's __subclasscheck__ then falls back
	// to the class relation and the registry.
	ObjectClass.DefineClassMethods([]MethodDef{
		{Name: "__subclasshook__", Style: VarArgs, Fn: func(_ *Thread, _ Value, _ []Value, _ *Dict) (Value, error) {
			return NotImplemented, nil
		}},
	})
}

// metaHook is the metaclass's override of type's default hook def, or nil.
func (c *Class) metaHook(name string, def Value) Value {
	if m := c.override(name); m != def {
		return m
	}
	return nil
}
