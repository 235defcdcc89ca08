package vm

// attrs is the namespace of an object's own attributes (an instance's, an exception's, a
// function's). Most objects are given the same few attributes in the same order as others
// of their class, so the names are kept once, in a shape shared by those objects, and the
// object keeps the values in the shape's order, which is the order they were first set and
// what __dict__ shows (see shape.go). When a script asks for obj.__dict__ the attributes
// move into a dict object, which from then on is the namespace, so writes through
// obj.__dict__ are seen by attribute access and the other way round; an object that loses
// an attribute, or has too many, moves to a dict too.
type attrs struct {
	// shape names the values; nil for an object without attributes yet whose class has
	// no shape tree, and for one whose namespace is live.
	shape  *shape
	values []Value
	live   *Dict
}

// get reads an attribute.
func (a *attrs) get(name string) (Value, bool) {
	if a.live != nil {
		return a.live.GetStr(name)
	}
	if i := a.shape.find(name); i >= 0 {
		return a.values[i], true
	}
	return nil, false
}

// set writes an attribute.
func (a *attrs) set(name string, v Value) {
	if a.live != nil {
		a.live.SetStr(name, v)
		return
	}
	if i := a.shape.find(name); i >= 0 {
		a.values[i] = v
		return
	}
	s := a.shape
	if s == nil {
		s = sharedRoot
	}
	if t := s.add(name); t != nil {
		a.grow(t, v)
		return
	}
	a.dict().SetStr(name, v)
}

// grow appends the value of the name that shape t adds to the object's shape.
func (a *attrs) grow(t *shape, v Value) {
	if a.values == nil {
		a.values = make([]Value, 0, 4)
	}
	a.values = append(a.values, v)
	a.shape = t
}

// del removes an attribute, reporting whether it was there.
func (a *attrs) del(name string) bool {
	if a.live == nil && a.shape.find(name) < 0 {
		return false
	}
	found, _ := a.dict().Delete(nil, Str(name))
	return found
}

// dict returns the namespace as a dict object, moving it there on first use.
func (a *attrs) dict() *Dict {
	if a.live == nil {
		d := NewDict()
		if a.shape != nil {
			for i, n := range a.shape.names {
				d.SetStr(n, a.values[i])
			}
		}
		a.live, a.shape, a.values = d, nil, nil
	}
	return a.live
}

// names lists the string names of the attributes, in insertion order.
func (a *attrs) names() []string {
	if a.live == nil {
		if a.shape == nil {
			return nil
		}
		return append([]string(nil), a.shape.names...)
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
