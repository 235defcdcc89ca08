package vm

// Built-in classes of other packages (the itertools iterators) that scripts may derive from,
// as CPython's C types with Py_TPFLAGS_BASETYPE. An instance of such a subclass is a plain
// Instance holding a value of the built-in class, made by its constructor from the
// arguments of the subclass call, as for tuple; the class's methods find that value with
// BuiltinValue.

// AllowSubclasses lets scripts derive from c, whose constructor DefineConstructor set.
func (c *Class) AllowSubclasses() {
	c.Dict["__new__"] = &StaticMethod{Func: &Builtin{Name: "__new__", Fn: immutableNew(c)}}
	// What object.__new__(Sub) makes: an instance holding no value, which the class's
	// methods must refuse.
	c.newInstance = func(cls *Class) Value { return newInstanceOf(cls) }
}

// WrapBuiltin returns v, a value of a class that allows subclasses, as a value of cls: v
// itself when cls is v's class, else an instance of the subclass cls holding v (what a
// class method such as chain.from_iterable returns when called on a subclass).
func WrapBuiltin(cls *Class, v Value) Value {
	if cls == v.Type() {
		return v
	}
	o := newInstanceOf(cls)
	o.ext = &instanceExt{base: v}
	return o
}

// ForbidSubclasses makes c refuse to be a base class, with CPython's TypeError: "type
// 'itertools._grouper' is not an acceptable base type".
func (c *Class) ForbidSubclasses() { c.final = true }
