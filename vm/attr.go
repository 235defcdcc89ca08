package vm

import "sort"

// AttrGetter is implemented by values with attributes of their own beyond their class's
// methods: an exception's args, a function's __name__, a slice's start.
type AttrGetter interface {
	Attr(name string) (Value, bool)
}

// GetAttr is getattr(obj, name): the class's __getattribute__ (object's unless overridden),
// then __getattr__ when that raised AttributeError.
func GetAttr(th *Thread, obj Value, name string) (Value, error) {
	switch o := obj.(type) {
	case *Class:
		return classAttr(th, o, name)
	case *Module:
		return moduleGetAttr(th, o, name)
	case *Super:
		v, ok, err := o.attr(th, name)
		if ok || err != nil {
			return v, err
		}
	}
	cls := obj.Type()
	if cls.builtin {
		return objectGetAttr(th, obj, cls, name)
	}
	h := cls.hookSet()
	var v Value
	var err error
	if h.getattribute != nil {
		v, err = th.Call(h.getattribute, []Value{obj, Str(name)}, nil)
	} else {
		v, err = objectGetAttr(th, obj, cls, name)
	}
	if err != nil && h.getattr != nil && isAttributeError(err) {
		return th.Call(h.getattr, []Value{obj, Str(name)}, nil)
	}
	return v, err
}

// isAttributeError reports whether err is an AttributeError, which sends a lookup on to
// __getattr__.
func isAttributeError(err error) bool {
	e, ok := err.(*Exception)
	return ok && e.Type().IsSubclass(AttributeError)
}

// objectGetAttr is object.__getattribute__: data descriptors of the class, then the
// instance's own attributes, then the other class attributes, bound.
func objectGetAttr(th *Thread, obj Value, cls *Class, name string) (Value, error) {
	attr, found := cls.cachedLookup(name)
	if found && isDataDescriptor(attr) {
		return descrGet(th, attr, obj, cls)
	}
	if d := ownAttrs(obj); d != nil {
		if v, ok := d.get(name); ok {
			return v, nil
		}
	}
	if found {
		return descrGet(th, attr, obj, cls)
	}
	if g, ok := unwrap(obj).(AttrGetter); ok {
		// An instance of a subclass of int or float has the value's attributes (real,
		// imag, numerator, ...), as CPython's subclasses inherit their getters.
		if v, ok := g.Attr(name); ok {
			return v, nil
		}
	}
	switch name {
	case "__class__":
		return cls, nil
	case "__dict__":
		if d := ownAttrs(obj); d != nil && !cls.noDict {
			return d.dict(), nil
		}
	}
	if m, ok := inheritedDunder(cls, name); ok {
		return bindAttr(obj, cls, m), nil
	}
	if m, ok := iteratorDunder(obj, cls, name); ok {
		return m, nil
	}
	return nil, Errorf(AttributeError, "'%s' object has no attribute '%s'", TypeName(obj), name)
}

// isDataDescriptor reports whether a class attribute takes precedence over an instance's own
// attribute of the same name: a property, a slot, or an object whose class defines
// __set__ or __delete__.
func isDataDescriptor(attr Value) bool {
	switch a := attr.(type) {
	case *Property, *memberDescriptor, GoDescriptor:
		return true
	case *Instance:
		_, set := a.Class.cachedLookup("__set__")
		_, del := a.Class.cachedLookup("__delete__")
		return set || del
	}
	return false
}

// GoDescriptor is a data descriptor of a built-in class of another package, as a C type with
// tp_descr_get and tp_descr_set (collections' _tuplegetter): reading or writing the attribute
// of an instance whose class holds one calls it directly, without a __get__ method call.
type GoDescriptor interface {
	Value
	// DescrGet is the attribute of obj, an instance of cls; obj is None for a read from
	// the class itself.
	DescrGet(th *Thread, obj Value, cls *Class) (Value, error)
	// DescrSet sets the attribute of obj to v, or deletes it when v is nil.
	DescrSet(th *Thread, obj, v Value) error
}

// descrGet is what a class attribute found through obj (an instance of cls) gives: functions
// become bound methods and descriptors run their __get__.
func descrGet(th *Thread, attr, obj Value, cls *Class) (Value, error) {
	switch a := attr.(type) {
	case *Property:
		if a.Get == nil {
			return nil, Errorf(AttributeError, "property '%s' of '%s' object has no getter", a.name(), cls.Name)
		}
		return th.Call(a.Get, []Value{obj}, nil)
	case *memberDescriptor:
		return a.get(obj)
	case GoDescriptor:
		return a.DescrGet(th, obj, cls)
	case *Instance:
		if get, ok := a.Class.cachedLookup("__get__"); ok {
			return th.Call(get, []Value{a, obj, cls}, nil)
		}
	}
	return bindAttr(obj, cls, attr), nil
}

// callSpecial calls the method name of v's class (not of v itself, as for special methods),
// bound to v, without arguments; found is false when the class has none.
func (th *Thread) callSpecial(v Value, name string) (r Value, found bool, err error) {
	cls := v.Type()
	m, ok := cls.cachedLookup(name)
	if !ok {
		return nil, false, nil
	}
	r, err = th.Call(bindAttr(v, cls, m), nil, nil)
	return r, true, err
}

// callRequired is callSpecial for a method the protocol requires: its absence is the
// TypeError missing words, with v's type name for its one verb.
func (th *Thread) callRequired(v Value, name, missing string) (Value, error) {
	r, found, err := th.callSpecial(v, name)
	if !found {
		return nil, Errorf(TypeError, missing, TypeName(v))
	}
	return r, err
}

// bindAttr turns a class attribute found through an instance into what attribute access
// returns: functions become bound methods.
func bindAttr(obj Value, cls *Class, attr Value) Value {
	switch a := attr.(type) {
	case *Function:
		return &BoundMethod{Self: obj, Func: a}
	case *Builtin:
		if a.isMethod {
			return &Builtin{Name: a.Name, Fn: a.Fn, Self: obj, qualPrefix: a.qualPrefix}
		}
	case *StaticMethod:
		return a.Func
	case *ClassMethod:
		return &BoundMethod{Self: cls, Func: a.Func}
	}
	return attr
}

// loadMethod looks up a method for an immediate call: it returns the function and the
// receiver separately when that saves allocating a bound method, or the attribute and nil.
func loadMethod(th *Thread, obj Value, name string) (Value, Value, error) {
	switch o := obj.(type) {
	case *Super:
		if f := o.method(name); f != nil {
			return f, o.Obj, nil
		}
		v, err := GetAttr(th, obj, name)
		return v, nil, err
	case *Class, *Module:
		v, err := GetAttr(th, obj, name)
		return v, nil, err
	}
	cls := obj.Type()
	if !cls.builtin && cls.hookSet().getattribute != nil {
		v, err := GetAttr(th, obj, name)
		return v, nil, err
	}
	if attr, ok := cls.cachedLookup(name); ok {
		switch a := attr.(type) {
		case *Function:
			if d := ownAttrs(obj); d != nil {
				if v, shadowed := d.get(name); shadowed {
					return v, nil, nil
				}
			}
			return a, obj, nil
		case *Builtin:
			if a.isMethod {
				return a, obj, nil
			}
		}
	}
	v, err := GetAttr(th, obj, name)
	return v, nil, err
}

// SetAttr is setattr(obj, name, v): the class's __setattr__, object's unless overridden.
func SetAttr(th *Thread, obj Value, name string, v Value) error {
	cls := obj.Type()
	if !cls.builtin {
		if f := cls.hookSet().setattr; f != nil {
			_, err := th.Call(f, []Value{obj, Str(name), v}, nil)
			return err
		}
	}
	return objectSetAttr(th, obj, cls, name, v)
}

// objectSetAttr is object.__setattr__ (and type.__setattr__ for classes): a data descriptor
// of the class handles the assignment, else the object's own namespace takes it.
func objectSetAttr(th *Thread, obj Value, cls *Class, name string, v Value) error {
	if attr, ok := cls.cachedLookup(name); ok {
		switch a := attr.(type) {
		case *Property:
			return a.set(th, obj, v)
		case *memberDescriptor:
			return a.set(obj, v)
		case GoDescriptor:
			return a.DescrSet(th, obj, v)
		case *Instance:
			if set, ok := a.Class.cachedLookup("__set__"); ok {
				_, err := th.Call(set, []Value{a, obj, v}, nil)
				return err
			}
			if _, ok := a.Class.cachedLookup("__delete__"); ok {
				return Errorf(AttributeError, "__set__")
			}
		}
	}
	if name == "__class__" {
		return setClass(obj, v)
	}
	switch o := obj.(type) {
	case *Class:
		if o.builtin {
			return Errorf(TypeError, "cannot set '%s' attribute of immutable type '%s'", name, o.Name)
		}
		return setClassAttr(o, name, v)
	case *Exception:
		if setExceptionAttr(o, name, v) {
			return nil
		}
	case *Module:
		o.Set(name, v)
		return nil
	case *Function:
		if ok, err := o.setSpecial(name, v); ok {
			return err
		}
	}
	if cls.noDict {
		return noAttribute(obj, cls, name)
	}
	if d := ownAttrs(obj); d != nil {
		d.set(name, v)
		return nil
	}
	return noAttribute(obj, cls, name)
}

// noAttribute is the error for setting an attribute an object has no room for.
func noAttribute(obj Value, cls *Class, name string) error {
	if _, ok := cls.cachedLookup(name); ok && !cls.noDict {
		return Errorf(AttributeError, "'%s' object attribute '%s' is read-only", cls.Name, name)
	}
	return Errorf(AttributeError, "'%s' object has no attribute '%s'", cls.Name, name)
}

// DelAttr is delattr(obj, name): the class's __delattr__, object's unless overridden.
func DelAttr(th *Thread, obj Value, name string) error {
	if m, ok := obj.(*Module); ok {
		return moduleDelAttr(m, name)
	}
	cls := obj.Type()
	if !cls.builtin {
		if f := cls.hookSet().delattr; f != nil {
			_, err := th.Call(f, []Value{obj, Str(name)}, nil)
			return err
		}
	}
	return objectDelAttr(th, obj, cls, name)
}

// objectDelAttr is object.__delattr__: a data descriptor's deleter, else the object's own
// namespace.
func objectDelAttr(th *Thread, obj Value, cls *Class, name string) error {
	if attr, ok := cls.cachedLookup(name); ok {
		switch a := attr.(type) {
		case *Property:
			return a.delete(th, obj)
		case *memberDescriptor:
			return a.del(obj)
		case GoDescriptor:
			return a.DescrSet(th, obj, nil)
		case *Instance:
			if del, ok := a.Class.cachedLookup("__delete__"); ok {
				_, err := th.Call(del, []Value{a, obj}, nil)
				return err
			}
			if _, ok := a.Class.cachedLookup("__set__"); ok {
				return Errorf(AttributeError, "__delete__")
			}
		}
	}
	if c, ok := obj.(*Class); ok {
		if c.builtin {
			return Errorf(TypeError, "cannot delete '%s' attribute of immutable type '%s'", name, c.Name)
		}
		if _, ok := c.Dict[name]; ok {
			delete(c.Dict, name)
			c.order = removeName(c.order, name)
			c.modified(name)
			return nil
		}
		return Errorf(AttributeError, "type object '%s' has no attribute '%s'", c.Name, name)
	}
	if f, ok := obj.(*Function); ok {
		if ok, err := f.setSpecial(name, nil); ok {
			return err
		}
	}
	if d := ownAttrs(obj); d != nil && d.del(name) {
		return nil
	}
	return Errorf(AttributeError, "'%s' object has no attribute '%s'", TypeName(obj), name)
}

// Dir lists an object's attribute names, sorted, as dir() does.
func Dir(obj Value) []string {
	seen := map[string]bool{}
	if m, ok := obj.(*Module); ok {
		return m.Names()
	}
	if d := ownAttrs(obj); d != nil {
		for _, k := range d.names() {
			seen[k] = true
		}
	}
	cls, isClass := obj.(*Class)
	if !isClass {
		cls = obj.Type()
	}
	for _, c := range cls.mro {
		for k := range c.Dict {
			seen[k] = true
		}
		for k := range baseDunders[c] {
			seen[k] = true
		}
	}
	seen["__class__"] = true // every object has one (objectGetAttr)
	for _, name := range [...]string{"__iter__", "__next__"} {
		if _, ok := iteratorDunder(obj, cls, name); ok && !isClass {
			seen[name] = true
		}
	}
	names := make([]string, 0, len(seen))
	for k := range seen {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

func removeName(names []string, name string) []string {
	for i, n := range names {
		if n == name {
			return append(names[:i], names[i+1:]...)
		}
	}
	return names
}
