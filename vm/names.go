package vm

// builtin finds a name among the built-ins, or raises NameError.
func (th *Thread) builtin(name string) (Value, error) {
	if v, ok, err := th.interp.Builtins.lookup(name); ok || err != nil {
		return v, err
	}
	return nil, Errorf(NameError, "name '%s' is not defined", name)
}

// missingGlobal resolves a global the module does not hold: a lazily defined part of the
// module, or a built-in.
func (th *Thread) missingGlobal(m *Module, name string) (Value, error) {
	if m.loader != nil {
		if v, ok, err := m.lookup(name); ok || err != nil {
			return v, err
		}
	}
	return th.builtin(name)
}

// loadName reads a name in a class body: the class namespace, then globals, then built-ins.
func (th *Thread) loadName(fr *Frame, name string) (Value, error) {
	if fr.ns != nil {
		if v, ok := fr.ns.GetStr(name); ok {
			return v, nil
		}
	}
	if v, ok := fr.globals.Get(name); ok {
		return v, nil
	}
	return th.builtin(name)
}

func (th *Thread) deleteName(fr *Frame, name string) error {
	if fr.ns != nil {
		if found, _ := fr.ns.Delete(th, Str(name)); found {
			return nil
		}
	} else if _, ok := fr.globals.Get(name); ok {
		fr.globals.Set(name, nil)
		return nil
	}
	return Errorf(NameError, "name '%s' is not defined", name)
}

func importFrom(th *Thread, mod Value, name string) (Value, error) {
	m := mod.(*Module)
	if v, ok, err := m.lookup(name); ok || err != nil {
		return v, err
	}
	return nil, Errorf(ImportError, "cannot import name '%s' from '%s' (unknown location)", name, m.Name)
}

// importStar copies a module's public names into the importing namespace.
func importStar(fr *Frame, m *Module) {
	for _, name := range m.Names() {
		if len(name) > 0 && name[0] == '_' {
			continue
		}
		v, _ := m.Get(name)
		if fr.ns != nil {
			fr.ns.SetStr(name, v)
		} else {
			fr.globals.Set(name, v)
		}
	}
}
