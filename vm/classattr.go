package vm

// classAttr is type.__getattribute__: the attributes a class has of its own (its name, bases
// and MRO), data descriptors of its metaclass, the class's namespace along its MRO with
// descriptors' __get__(None, cls) and built-in special methods, then the metaclass's other
// attributes bound to the class.
func classAttr(th *Thread, c *Class, name string) (Value, error) {
	if v, ok := c.typeAttr(name); ok {
		return v, nil
	}
	meta := c.Type()
	metaAttr, metaFound := meta.Lookup(name)
	if metaFound && isDataDescriptor(metaAttr) {
		return descrGet(th, metaAttr, c, meta)
	}
	if v, ok := c.Lookup(name); ok {
		return classDescrGet(th, v, c)
	}
	// The special methods of built-in classes belong to the class's MRO, so they come
	// before the metaclass's attributes: int.__or__ is int's, not type's.
	if m, ok := inheritedDunder(c, name); ok {
		return m, nil
	}
	if metaFound {
		return descrGet(th, metaAttr, c, meta)
	}
	if name == "__doc__" {
		return None, nil
	}
	if c.meta != nil {
		if ga := c.meta.override("__getattr__"); ga != nil {
			return th.Call(ga, []Value{c, Str(name)}, nil)
		}
	}
	return nil, Errorf(AttributeError, "type object '%s' has no attribute '%s'", c.QualName, name)
}

// classDescrGet is what an attribute of a class's namespace gives when read from the class:
// a descriptor's __get__(None, cls).
func classDescrGet(th *Thread, v Value, c *Class) (Value, error) {
	switch a := v.(type) {
	case *StaticMethod:
		return a.Func, nil
	case *ClassMethod:
		return &BoundMethod{Self: c, Func: a.Func}, nil
	case GoDescriptor:
		return a.DescrGet(th, None, c)
	case *Instance:
		if get, ok := a.Class.cachedLookup("__get__"); ok {
			return th.Call(get, []Value{a, None, c}, nil)
		}
	}
	return v, nil
}

// typeAttr gives the attributes every class has as a type object.
func (c *Class) typeAttr(name string) (Value, bool) {
	switch name {
	case "__name__":
		return Str(c.Name), true
	case "__qualname__":
		return Str(c.QualName), true
	case "__module__":
		if v, ok := c.Dict["__module__"]; ok {
			return v, true
		}
		return Str(c.Module), true
	case "__base__":
		if c.Base == nil {
			return None, true
		}
		return c.Base, true
	case "__bases__":
		return classTuple(c.Bases), true
	case "__mro__":
		return classTuple(c.mro), true
	case "__dict__":
		return &MappingProxy{cls: c}, true
	case "__class__":
		return c.Type(), true
	case "__annotations__":
		// Each class has its own annotations, never its bases': an empty dict when the
		// body annotated nothing, kept from then on.
		if v, ok := c.Dict[name]; ok || c.builtin {
			return v, ok
		}
		d := NewDict()
		c.setDictEntry(name, d)
		return d, true
	}
	return nil, false
}

// classTuple makes a tuple of classes.
func classTuple(cs []*Class) Tuple {
	t := make(Tuple, len(cs))
	for i, k := range cs {
		t[i] = k
	}
	return t
}

// setClassAttr is type.__setattr__ for a user class; assigning a dunder may change which
// hooks the class and its subclasses use, so the hook caches are invalidated.
func setClassAttr(c *Class, name string, v Value) error {
	switch name {
	case "__name__", "__qualname__":
		s, ok := v.(Str)
		if !ok {
			return Errorf(TypeError, "can only assign string to %s.%s, not '%s'", c.Name, name, TypeName(v))
		}
		if name == "__name__" {
			c.Name = string(s)
		} else {
			c.QualName = string(s)
		}
		return nil
	case "__bases__", "__mro__", "__dict__":
		return Errorf(NotImplementedError, "assigning %s of a class is not supported by asyncscript", name)
	}
	c.setDictEntry(name, v)
	return nil
}

// namespaceCopy is what C.__dict__ shows, through a read-only MappingProxy: the class
// namespace in definition order. It is a snapshot, where CPython's view is live.
func (c *Class) namespaceCopy() *Dict {
	d := NewDict()
	for _, k := range c.dictNames() {
		d.SetStr(k, c.Dict[k])
	}
	// A built-in class's special methods belong to its namespace too ("__add__" in
	// int.__dict__), though they are kept apart (see DefineSpecialMethods).
	for _, k := range sortedKeys(baseDunders[c]) {
		if _, ok := c.Dict[k]; !ok {
			d.SetStr(k, baseDunders[c][k])
		}
	}
	return d
}
