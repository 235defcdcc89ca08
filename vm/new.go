package vm

// userNew is the __new__ a class or one of its bases defines in Python (implicitly a static
// method, as in CPython), or nil when instances are made the built-in way.
func userNew(cls *Class) Value {
	v, ok := cls.Lookup("__new__")
	if !ok {
		return nil
	}
	switch f := v.(type) {
	case *Function:
		return f
	case *StaticMethod:
		return f.Func
	}
	return nil
}

func init() {
	ObjectClass.AddMethods(map[string]NativeFunc{
		// object.__new__(cls, ...) makes an uninitialised instance of cls; what else it is
		// passed is for __init__.
		"__new__": func(th *Thread, args []Value, kw *Dict) (Value, error) {
			if len(args) == 0 {
				return nil, Errorf(TypeError, "object.__new__(): not enough arguments")
			}
			cls, ok := args[0].(*Class)
			if !ok {
				return nil, Errorf(TypeError, "object.__new__(X): X is not a type object (%s)", TypeName(args[0]))
			}
			if cls.builtin || cls.newInstance == nil {
				return nil, Errorf(TypeError, "object.__new__(%s) is not safe, use %s.__new__()", cls.Name, cls.Name)
			}
			return th.allocate(cls, nil, nil)
		},
	})
}
