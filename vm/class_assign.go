package vm

// Assigning obj.__class__: an instance of one Python class becomes an instance of another
// (the state pattern, proxies). As in CPython both classes must lay instances out alike:
// here, instances with a __dict__ and no __slots__ anywhere in the classes, of the same
// built-in base (object, list, ...). Two classes with __slots__, which CPython accepts when
// the slots agree, are refused as not supported.

// setClass is obj.__class__ = v.
func setClass(obj, v Value) error {
	cls, ok := v.(*Class)
	if !ok {
		return Errorf(TypeError, "__class__ must be set to a class, not '%s' object", TypeName(v))
	}
	o, isInstance := obj.(*Instance)
	if !isInstance || o.Class.builtin || cls.builtin {
		return Errorf(TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	oldBase, oldPlain := dictLayout(o.Class)
	newBase, newPlain := dictLayout(cls)
	switch {
	case !oldPlain && !newPlain:
		return Errorf(NotImplementedError, "assigning __class__ between classes with __slots__ is not supported by asyncscript")
	case !oldPlain || !newPlain || oldBase != newBase:
		return Errorf(TypeError, "__class__ assignment: '%s' object layout differs from '%s'", cls.Name, o.Class.Name)
	}
	o.Class = cls
	return nil
}

// dictLayout is the built-in base of c's instances, and whether they are laid out plainly:
// with a __dict__ and no __slots__ in c or its bases.
func dictLayout(c *Class) (*Class, bool) {
	if c.noDict {
		return nil, false
	}
	for _, k := range c.mro {
		if _, ok := k.Dict["__slots__"]; ok {
			return nil, false
		}
	}
	return solidBase(c), true
}
