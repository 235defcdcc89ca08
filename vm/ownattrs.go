package vm

// attrs is the namespace of an object's own attributes (an instance's, an exception's, a
// function's). Objects have few attributes, so they are kept as a slice of name-value pairs
// in the order they were first set (which is also what __dict__ shows), searched linearly,
// with a name index once there are many. When a script asks for obj.__dict__ the attributes
// move into a dict object, which from then on is the namespace, so writes through
// obj.__dict__ are seen by attribute access and the other way round.
type attrs struct {
	pairs []attrPair
	index map[string]int // positions in pairs, once len(pairs) > attrIndexMin
	live  *Dict
}

// attrPair is one attribute.
type attrPair struct {
	name  string
	value Value
}

// attrIndexMin is the number of attributes above which a map finds names faster than a scan.
const attrIndexMin = 8

// find returns the position of name in pairs, or -1.
func (a *attrs) find(name string) int {
	if a.index != nil {
		if i, ok := a.index[name]; ok {
			return i
		}
		return -1
	}
	for i := range a.pairs {
		if a.pairs[i].name == name {
			return i
		}
	}
	return -1
}

// get reads an attribute.
func (a *attrs) get(name string) (Value, bool) {
	if a.live != nil {
		return a.live.GetStr(name)
	}
	if i := a.find(name); i >= 0 {
		return a.pairs[i].value, true
	}
	return nil, false
}

// set writes an attribute.
func (a *attrs) set(name string, v Value) {
	if a.live != nil {
		a.live.SetStr(name, v)
		return
	}
	if i := a.find(name); i >= 0 {
		a.pairs[i].value = v
		return
	}
	if a.pairs == nil {
		a.pairs = make([]attrPair, 0, 4)
	}
	a.pairs = append(a.pairs, attrPair{name, v})
	if a.index != nil {
		a.index[name] = len(a.pairs) - 1
	} else if len(a.pairs) > attrIndexMin {
		a.reindex()
	}
}

// reindex rebuilds the name index.
func (a *attrs) reindex() {
	a.index = make(map[string]int, len(a.pairs))
	for i, p := range a.pairs {
		a.index[p.name] = i
	}
}

// del removes an attribute, reporting whether it was there.
func (a *attrs) del(name string) bool {
	if a.live != nil {
		found, _ := a.live.Delete(nil, Str(name))
		return found
	}
	i := a.find(name)
	if i < 0 {
		return false
	}
	a.pairs = append(a.pairs[:i], a.pairs[i+1:]...)
	if a.index != nil {
		a.reindex()
	}
	return true
}

// dict returns the namespace as a dict object, moving it there on first use.
func (a *attrs) dict() *Dict {
	if a.live == nil {
		d := NewDict()
		for _, p := range a.pairs {
			d.SetStr(p.name, p.value)
		}
		a.live, a.pairs, a.index = d, nil, nil
	}
	return a.live
}

// names lists the string names of the attributes, in insertion order.
func (a *attrs) names() []string {
	var out []string
	if a.live == nil {
		for _, p := range a.pairs {
			out = append(out, p.name)
		}
		return out
	}
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
