package vm

// The attributes of a module object beyond its globals: __dict__ and __class__, the
// module-level __getattr__ of PEP 562 consulted for a name the module lacks, and deletion.

// moduleGetAttr is getattr(m, name).
func moduleGetAttr(th *Thread, m *Module, name string) (Value, error) {
	v, ok, err := m.lookup(name)
	if ok || err != nil {
		return v, err
	}
	switch name {
	case "__dict__":
		return m.Dict(), nil
	case "__class__":
		return ModuleClass, nil
	}
	if v, ok, err := moduleGetattrHook(th, m, name); ok || err != nil {
		return v, err
	}
	if th.interp.initializing[m.Name] {
		return nil, Errorf(AttributeError, "partially initialized module '%s' has no attribute '%s' (most likely due to a circular import)", m.Name, name)
	}
	return nil, Errorf(AttributeError, "module '%s' has no attribute '%s'", m.Name, name)
}

// moduleDelAttr is del m.name: the global is emptied.
func moduleDelAttr(m *Module, name string) error {
	if _, ok := m.Get(name); !ok {
		return Errorf(AttributeError, "'module' object has no attribute '%s'", name)
	}
	m.Set(name, nil)
	return nil
}

// moduleGetattrHook asks a module's own __getattr__ function (PEP 562) for a name it lacks,
// as CPython does for module.name and `from module import name`: ok is false when the
// module defines none. Lookups of the module's globals from its own code never come here.
func moduleGetattrHook(th *Thread, m *Module, name string) (v Value, ok bool, err error) {
	hook, ok := m.Get("__getattr__")
	if !ok {
		return nil, false, nil
	}
	if v, err = th.Call(hook, []Value{Str(name)}, nil); err != nil {
		return nil, false, err
	}
	return v, true, nil
}
