package vm

// memberDescriptor is what __slots__ puts in the class for each slot name: a data descriptor
// that stores the value in the instance's slots.
type memberDescriptor struct {
	name string
	cls  *Class
}

// MemberDescriptorClass is the class of slot descriptors.
var MemberDescriptorClass = newBuiltinClass("member_descriptor", ObjectClass)

// Type implements Value.
func (*memberDescriptor) Type() *Class { return MemberDescriptorClass }

// Repr gives <member 'x' of 'P' objects>.
func (m *memberDescriptor) Repr() string {
	return "<member '" + m.name + "' of '" + m.cls.Name + "' objects>"
}

func (m *memberDescriptor) instance(obj Value) (*Instance, error) {
	o, ok := obj.(*Instance)
	if !ok || !o.Class.IsSubclass(m.cls) {
		return nil, Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.name, m.cls.Name, TypeName(obj))
	}
	return o, nil
}

func (m *memberDescriptor) get(obj Value) (Value, error) {
	o, err := m.instance(obj)
	if err != nil {
		return nil, err
	}
	if v, ok := o.extension().slots[m.name]; ok {
		return v, nil
	}
	return nil, Errorf(AttributeError, "'%s' object has no attribute '%s'", o.Class.Name, m.name)
}

func (m *memberDescriptor) set(obj, v Value) error {
	o, err := m.instance(obj)
	if err != nil {
		return err
	}
	e := o.extension()
	if e.slots == nil {
		e.slots = map[string]Value{}
	}
	e.slots[m.name] = v
	return nil
}

func (m *memberDescriptor) del(obj Value) error {
	o, err := m.instance(obj)
	if err != nil {
		return err
	}
	e := o.extension()
	if _, ok := e.slots[m.name]; !ok {
		return Errorf(AttributeError, "'%s' object has no attribute '%s'", o.Class.Name, m.name)
	}
	delete(e.slots, m.name)
	return nil
}

// makeSlots installs a descriptor per name in __slots__ and marks the class's instances as
// having no __dict__ when neither it nor a base provides one.
func (c *Class) makeSlots(th *Thread) error {
	spec, ok := c.Dict["__slots__"]
	if !ok {
		return nil
	}
	var names []Value
	if s, isStr := spec.(Str); isStr {
		names = []Value{s}
	} else {
		var err error
		if names, err = ToSlice(th, spec); err != nil {
			return err
		}
	}
	hasDict := false
	for _, n := range names {
		s, ok := n.(Str)
		if !ok {
			return Errorf(TypeError, "__slots__ items must be strings, not '%s'", TypeName(n))
		}
		name := string(s)
		if name == "__dict__" {
			hasDict = true
			continue
		}
		if name == "__weakref__" {
			continue
		}
		if _, clash := c.Dict[name]; clash {
			return Errorf(ValueError, "'%s' in __slots__ conflicts with class variable", name)
		}
		c.setDictEntry(name, &memberDescriptor{name: name, cls: c})
	}
	c.noDict = !hasDict
	for _, b := range c.Bases {
		if basesGiveDict(b) {
			c.noDict = false
		}
	}
	return nil
}

// basesGiveDict reports whether instances of a subclass of b have a __dict__ through b. Of
// the built-in classes only exceptions' instances have one: a tuple or int subclass with
// __slots__ has only its slots, as in CPython.
func basesGiveDict(b *Class) bool {
	if b.builtin {
		return b.IsSubclass(BaseException)
	}
	return !b.noDict
}
