package vm

// Namespace is a module's globals seen as a dict, as globals() and exec() see them: a live
// view, so `globals()["x"] = 1` assigns the global x. It is not a *Dict (the module keeps
// its globals in slots that compiled code addresses directly), so isinstance(globals(),
// dict) is False here; reading methods work on a snapshot in the module's order.
type Namespace struct {
	M *Module
}

// NamespaceClass is the class of Namespace views. It is named dict after what it stands for.
var NamespaceClass = newBuiltinClass("dict", ObjectClass)

// Type implements Value.
func (*Namespace) Type() *Class { return NamespaceClass }

// Namespace returns the module's globals seen as a dict; every call returns the same view,
// as globals() returns the same dict.
func (m *Module) Namespace() *Namespace {
	if m.ns == nil {
		m.ns = &Namespace{M: m}
	}
	return m.ns
}

// Snapshot copies the module's globals into a dict, in the order they were first set.
func (n *Namespace) Snapshot() *Dict {
	d := NewDict()
	for _, name := range n.M.order {
		if v := n.M.slots[name].Value; v != nil {
			d.SetStr(name, v)
		}
	}
	return d
}

// nsKey checks that a key of a namespace is a str: a module's globals can hold no other.
func nsKey(k Value) (string, error) {
	s, ok := k.(Str)
	if !ok {
		return "", Errorf(TypeError, "asyncscript does not support non-str keys in a module's globals (got %s)", TypeName(k))
	}
	return string(s), nil
}

// viaSnapshot makes a read-only method that runs the dict method of the same name on a
// snapshot.
func viaSnapshot(name string) MethodFunc {
	return func(th *Thread, self Value, a []Value, kw *Dict) (Value, error) {
		d := self.(*Namespace).Snapshot()
		m, err := GetAttr(th, d, name)
		if err != nil {
			return nil, err
		}
		return th.Call(m, a, kw)
	}
}

// keyedMethod makes a method whose first argument names a global: the key is checked with
// nsKey, and fn gets the module with the name.
func keyedMethod(fn func(m *Module, name string, a []Value) (Value, error)) MethodFunc {
	return func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		name, err := nsKey(a[0])
		if err != nil {
			return nil, err
		}
		return fn(self.(*Namespace).M, name, a)
	}
}

func init() {
	get := keyedMethod(func(m *Module, name string, a []Value) (Value, error) {
		if v, ok := m.Get(name); ok {
			return v, nil
		}
		if len(a) > 1 {
			return OrNone(a[1]), nil
		}
		return nil, NewException(KeyError, a[0])
	})
	NamespaceClass.DefineMethods([]MethodDef{
		{Name: "__getitem__", Style: OneArg, Fn: get},
		{Name: "get", Style: PosArgs, Min: 1, Max: 2, Fn: func(th *Thread, self Value, a []Value, kw *Dict) (Value, error) {
			return get(th, self, []Value{a[0], OrNone(a[1])}, kw)
		}},
		{Name: "__setitem__", Style: PosArgs, Min: 2, Max: 2, Fn: keyedMethod(func(m *Module, name string, a []Value) (Value, error) {
			m.Set(name, a[1])
			return None, nil
		})},
		{Name: "__delitem__", Style: OneArg, Fn: keyedMethod(func(m *Module, name string, a []Value) (Value, error) {
			if _, ok := m.Get(name); !ok {
				return nil, NewException(KeyError, a[0])
			}
			m.Set(name, nil)
			return None, nil
		})},
		{Name: "pop", Style: PosArgs, Min: 1, Max: 2, Fn: keyedMethod(func(m *Module, name string, a []Value) (Value, error) {
			if v, ok := m.Get(name); ok {
				m.Set(name, nil)
				return v, nil
			}
			if a[1] != nil {
				return a[1], nil
			}
			return nil, NewException(KeyError, a[0])
		})},
		{Name: "setdefault", Style: PosArgs, Min: 1, Max: 2, Fn: keyedMethod(func(m *Module, name string, a []Value) (Value, error) {
			if v, ok := m.Get(name); ok {
				return v, nil
			}
			m.Set(name, OrNone(a[1]))
			return OrNone(a[1]), nil
		})},
		{Name: "update", Style: VarKwArgs, Fn: func(th *Thread, self Value, a []Value, kw *Dict) (Value, error) {
			d := NewDict()
			if err := dictUpdateArgs(th, d, "update", a, kw); err != nil {
				return nil, err
			}
			for _, kv := range d.Items() {
				name, err := nsKey(kv[0])
				if err != nil {
					return nil, err
				}
				self.(*Namespace).M.Set(name, kv[1])
			}
			return None, nil
		}},
		{Name: "__contains__", Style: OneArg, Fn: func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			s, ok := a[0].(Str)
			if !ok {
				return False, nil
			}
			_, found := self.(*Namespace).M.Get(string(s))
			return Bool(found), nil
		}},
		{Name: "__len__", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return MakeInt(int64(self.(*Namespace).Snapshot().Len())), nil
		}},
		{Name: "__iter__", Style: NoArgs, Fn: func(th *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return Iter(th, self.(*Namespace).Snapshot())
		}},
		{Name: "__repr__", Style: NoArgs, Fn: func(th *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			s, err := Repr(th, self.(*Namespace).Snapshot())
			return Str(s), err
		}},
		{Name: "keys", Style: VarKwArgs, Fn: viaSnapshot("keys")},
		{Name: "values", Style: VarKwArgs, Fn: viaSnapshot("values")},
		{Name: "items", Style: VarKwArgs, Fn: viaSnapshot("items")},
		{Name: "copy", Style: VarKwArgs, Fn: viaSnapshot("copy")},
	})
}
