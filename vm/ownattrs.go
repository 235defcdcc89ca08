package vm

// attrs is the namespace of an object's own attributes (an instance's, an exception's, a
// function's). It starts as a Go map plus the names' insertion order, the cheapest form for
// self.x; when a script asks for obj.__dict__ the attributes move into a dict object, which
// from then on is the namespace, so writes through obj.__dict__ are seen by attribute
// access and the other way round.
type attrs struct {
	m     map[string]Value
	order []string
	live  *Dict
}

// get reads an attribute.
func (a *attrs) get(name string) (Value, bool) {
	if a.live != nil {
		return a.live.GetStr(name)
	}
	v, ok := a.m[name]
	return v, ok
}

// set writes an attribute.
func (a *attrs) set(name string, v Value) {
	if a.live != nil {
		a.live.SetStr(name, v)
		return
	}
	if a.m == nil {
		a.m = map[string]Value{}
	}
	if _, exists := a.m[name]; !exists {
		a.order = append(a.order, name)
	}
	a.m[name] = v
}

// del removes an attribute, reporting whether it was there.
func (a *attrs) del(name string) bool {
	if a.live != nil {
		found, _ := a.live.Delete(nil, Str(name))
		return found
	}
	if _, ok := a.m[name]; !ok {
		return false
	}
	delete(a.m, name)
	a.order = removeName(a.order, name)
	return true
}

// dict returns the namespace as a dict object, moving it there on first use.
func (a *attrs) dict() *Dict {
	if a.live == nil {
		d := NewDict()
		for _, k := range a.order {
			d.SetStr(k, a.m[k])
		}
		a.live, a.m, a.order = d, nil, nil
	}
	return a.live
}

// names lists the string names of the attributes, in insertion order.
func (a *attrs) names() []string {
	if a.live == nil {
		return append([]string(nil), a.order...)
	}
	var out []string
	for _, k := range a.live.Keys() {
		if s, ok := k.(Str); ok {
			out = append(out, string(s))
		}
	}
	return out
}

// ownAttrs returns the namespace of an object that has one, or nil.
func ownAttrs(obj Value) *attrs {
	switch o := obj.(type) {
	case *Instance:
		return &o.attrs
	case *Exception:
		return &o.attrs
	case *Function:
		return &o.attrs
	}
	return nil
}
