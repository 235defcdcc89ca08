package vm

// NewUninitialized makes an instance of c without running __init__, as object.__new__(c)
// does in CPython; copy uses it to rebuild instances. Classes whose instances cannot be
// made by calling them (most built-in classes) give a TypeError.
func (c *Class) NewUninitialized() (Value, error) {
	if c.newInstance == nil || c.builtin {
		return nil, Errorf(TypeError, "cannot create '%s' instances", c.Name)
	}
	return c.newInstance(c), nil
}

// SetInstanceAttr stores v as obj's own attribute name, bypassing properties, as assigning
// to obj.__dict__[name] does. It reports whether obj has an attribute dictionary.
func SetInstanceAttr(obj Value, name string, v Value) bool {
	a := ownAttrs(obj)
	if a == nil {
		return false
	}
	a.set(name, v)
	return true
}
