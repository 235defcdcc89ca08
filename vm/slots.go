package vm

// memberDescriptor is what __slots__ puts in the class for each slot name: a data descriptor
// that stores the value in the instance's slots.
type memberDescriptor struct {
	name string
	cls  *Class
	// index is the slot's position in the instances' slot values.
	index int
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
	if e := o.ext; e != nil && m.index < len(e.slots) && e.slots[m.index] != nil {
		return e.slots[m.index], nil
	}
	return nil, Errorf(AttributeError, "'%s' object has no attribute '%s'", o.Class.Name, m.name)
}

func (m *memberDescriptor) set(obj, v Value) error {
	o, err := m.instance(obj)
	if err != nil {
		return err
	}
	e := o.extension()
	if m.index >= len(e.slots) {
		e.slots = append(e.slots, make([]Value, o.Class.slotCount-len(e.slots))...)
	}
	e.slots[m.index] = v
	return nil
}

func (m *memberDescriptor) del(obj Value) error {
	o, err := m.instance(obj)
	if err != nil {
		return err
	}
	e := o.extension()
	if m.index >= len(e.slots) || e.slots[m.index] == nil {
		return Errorf(AttributeError, "%s", m.name) // CPython's words: the name alone
	}
	e.slots[m.index] = nil
	return nil
}

// makeSlots installs a descriptor per name in __slots__, numbered after the slots of layout
// (the solid base of the class's bases), and marks the class's instances as having no
// __dict__ when neither it nor a base provides one.
func (c *Class) makeSlots(th *Thread, layout *Class) error {
	c.solid, c.slotCount = layout, layout.slotCount
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
	if layout == IntClass || layout == TupleClass || layout == BytesClass {
		// Their instances hold their items inline in CPython, leaving no room for slots.
		for _, n := range names {
			if s, ok := n.(Str); ok && s != "__dict__" && s != "__weakref__" {
				return Errorf(TypeError, "nonempty __slots__ not supported for subtype of '%s'", layout.Name)
			}
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
		c.setDictEntry(name, &memberDescriptor{name: name, cls: c, index: c.slotCount})
		c.slotCount++
		c.solid = c
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

func init() {
	// The descriptor protocol's methods, for explicit calls (A.x.__get__(obj)); attribute
	// access calls get, set and del directly.
	MemberDescriptorClass.DefineMethods([]MethodDef{
		{Name: "__get__", Style: PosArgs, Min: 1, Max: 2, Fn: func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			if IsNone(a[0]) {
				return self, nil
			}
			return self.(*memberDescriptor).get(a[0])
		}},
		{Name: "__set__", Style: PosArgs, Min: 2, Max: 2, Fn: func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			return None, self.(*memberDescriptor).set(a[0], a[1])
		}},
		{Name: "__delete__", Style: OneArg, Qual: "member_descriptor.__delete__", Fn: func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			return None, self.(*memberDescriptor).del(a[0])
		}},
	})
}
