package vm

import "sort"

// AttrGetter is implemented by values with attributes of their own beyond their class's
// methods: an exception's args, a function's __name__, a slice's start.
type AttrGetter interface {
	Attr(name string) (Value, bool)
}

// instanceDict returns the attribute dict of an object that has one.
func instanceDict(obj Value) map[string]Value {
	switch o := obj.(type) {
	case *Instance:
		return o.Dict
	case *Exception:
		return o.Dict
	case *Function:
		if o.Dict == nil {
			o.Dict = map[string]Value{}
		}
		return o.Dict
	}
	return nil
}

// GetAttr is getattr(obj, name).
func GetAttr(th *Thread, obj Value, name string) (Value, error) {
	switch o := obj.(type) {
	case *Class:
		return classAttr(th, o, name)
	case *Module:
		v, ok, err := o.lookup(name)
		if ok || err != nil {
			return v, err
		}
		return nil, Errorf(AttributeError, "module '%s' has no attribute '%s'", o.Name, name)
	case *Super:
		// super() looks past the class it names, so its own class's attributes come last.
		if v, ok := o.Attr(name); ok {
			return v, nil
		}
	}
	cls := obj.Type()
	attr, found := cls.Lookup(name)
	if p, ok := attr.(*Property); found && ok {
		if p.Get == nil {
			return nil, Errorf(AttributeError, "property '%s' of '%s' object has no getter", name, cls.Name)
		}
		return th.Call(p.Get, []Value{obj}, nil)
	}
	if d := instanceDict(obj); d != nil {
		if v, ok := d[name]; ok {
			return v, nil
		}
	}
	if found {
		return bindAttr(obj, cls, attr), nil
	}
	if g, ok := obj.(AttrGetter); ok {
		if v, ok := g.Attr(name); ok {
			return v, nil
		}
	}
	if name == "__class__" {
		return cls, nil
	}
	if name == "__dict__" {
		if d := instanceDict(obj); d != nil {
			if order := attrOrder(obj); order != nil {
				return orderedDict(d, *order), nil
			}
			return mapToDict(d), nil
		}
	}
	if ga, ok := cls.userMethod("__getattr__"); ok {
		return th.Call(ga, []Value{obj, Str(name)}, nil)
	}
	return nil, Errorf(AttributeError, "'%s' object has no attribute '%s'", cls.Name, name)
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

func classAttr(th *Thread, c *Class, name string) (Value, error) {
	if v, ok := c.Lookup(name); ok {
		switch a := v.(type) {
		case *StaticMethod:
			return a.Func, nil
		case *ClassMethod:
			return &BoundMethod{Self: c, Func: a.Func}, nil
		}
		return v, nil
	}
	switch name {
	case "__name__":
		return Str(c.Name), nil
	case "__qualname__":
		return Str(c.QualName), nil
	case "__module__":
		return Str(c.Module), nil
	case "__base__":
		if c.Base == nil {
			return None, nil
		}
		return c.Base, nil
	case "__bases__":
		if c.Base == nil {
			return EmptyTuple, nil
		}
		return Tuple{c.Base}, nil
	case "__mro__":
		t := make(Tuple, len(c.mro))
		for i, k := range c.mro {
			t[i] = k
		}
		return t, nil
	case "__dict__":
		return mapToDict(c.Dict), nil
	case "__class__":
		return TypeClass, nil
	}
	return nil, Errorf(AttributeError, "type object '%s' has no attribute '%s'", c.QualName, name)
}

func mapToDict(m map[string]Value) *Dict {
	d := NewDict()
	for _, k := range sortedKeys(m) {
		d.SetStr(k, m[k])
	}
	return d
}

// loadMethod looks up a method for an immediate call: it returns the function and the
// receiver separately when that saves allocating a bound method, or the attribute and nil.
func loadMethod(th *Thread, obj Value, name string) (Value, Value, error) {
	switch obj.(type) {
	case *Class, *Module, *Super:
		v, err := GetAttr(th, obj, name)
		return v, nil, err
	}
	cls := obj.Type()
	if attr, ok := cls.Lookup(name); ok {
		switch a := attr.(type) {
		case *Function:
			if d := instanceDict(obj); d != nil {
				if v, shadowed := d[name]; shadowed {
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

// SetAttr is setattr(obj, name, v).
func SetAttr(th *Thread, obj Value, name string, v Value) error {
	cls := obj.Type()
	if attr, ok := cls.Lookup(name); ok {
		if p, ok := attr.(*Property); ok {
			if p.Set == nil {
				return Errorf(AttributeError, "can't set attribute '%s'", name)
			}
			_, err := th.Call(p.Set, []Value{obj, v}, nil)
			return err
		}
	}
	switch o := obj.(type) {
	case *Class:
		if o.builtin {
			return Errorf(TypeError, "cannot set '%s' attribute of immutable type '%s'", name, o.Name)
		}
		o.Dict[name] = v
		return nil
	case *Exception:
		if setExceptionAttr(o, name, v) {
			return nil
		}
	case *Module:
		o.Set(name, v)
		return nil
	}
	if d := instanceDict(obj); d != nil {
		if _, exists := d[name]; !exists {
			if order := attrOrder(obj); order != nil {
				*order = append(*order, name)
			}
		}
		d[name] = v
		return nil
	}
	return Errorf(AttributeError, "'%s' object has no attribute '%s'", cls.Name, name)
}

// orderedDict copies attributes into a dict in the order they were set.
func orderedDict(m map[string]Value, order []string) *Dict {
	d := NewDict()
	for _, k := range order {
		if v, ok := m[k]; ok {
			d.SetStr(k, v)
		}
	}
	return d
}

// DelAttr is delattr(obj, name).
func DelAttr(th *Thread, obj Value, name string) error {
	if attr, ok := obj.Type().Lookup(name); ok {
		if p, ok := attr.(*Property); ok {
			if p.Del == nil {
				return Errorf(AttributeError, "can't delete attribute '%s'", name)
			}
			_, err := th.Call(p.Del, []Value{obj}, nil)
			return err
		}
	}
	if c, ok := obj.(*Class); ok && !c.builtin {
		if _, ok := c.Dict[name]; ok {
			delete(c.Dict, name)
			return nil
		}
		return Errorf(AttributeError, "type object '%s' has no attribute '%s'", c.Name, name)
	}
	if d := instanceDict(obj); d != nil {
		if _, ok := d[name]; ok {
			delete(d, name)
			if order := attrOrder(obj); order != nil {
				*order = removeName(*order, name)
			}
			return nil
		}
	}
	return Errorf(AttributeError, "'%s' object has no attribute '%s'", TypeName(obj), name)
}

// Dir lists an object's attribute names, sorted, as dir() does.
func Dir(obj Value) []string {
	seen := map[string]bool{}
	if m, ok := obj.(*Module); ok {
		return m.Names()
	}
	for k := range instanceDict(obj) {
		seen[k] = true
	}
	cls, isClass := obj.(*Class)
	if !isClass {
		cls = obj.Type()
	}
	for _, c := range cls.mro {
		for k := range c.Dict {
			seen[k] = true
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
