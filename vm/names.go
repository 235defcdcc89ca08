package vm

// builtin finds a name among the built-ins of module m (the interpreter's, unless exec()
// gave m others), or raises NameError.
func (th *Thread) builtin(m *Module, name string) (Value, error) {
	if v, ok, err := th.builtinsOf(m).lookup(name); ok || err != nil {
		return v, err
	}
	return nil, Errorf(NameError, "name '%s' is not defined", name)
}

// builtinsOf is the built-ins module of module m: the interpreter's, unless exec() gave m
// others.
func (th *Thread) builtinsOf(m *Module) *Module {
	if m.builtins != nil {
		return m.builtins
	}
	return th.interp.Builtins
}

// missingGlobal resolves the global Names[i] of fr's code, which the module does not hold: a
// lazily defined part of the module, or a built-in. A built-in is read through the code's
// module-attribute cache, so calling isinstance or len in a loop skips the built-ins' map.
func (th *Thread) missingGlobal(fr *Frame, i int) (Value, error) {
	m, name := fr.globals, fr.code.Names[i]
	if m.lazy != nil {
		if v, ok, err := m.lookup(name); ok || err != nil {
			return v, err
		}
	}
	if v := fr.code.moduleAttr(th.builtinsOf(m), i); v != nil {
		return v, nil
	}
	return th.builtin(m, name)
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
	return th.builtin(fr.globals, name)
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

// importStar copies a module's public names into the importing namespace: those its
// __all__ lists, or else every name not starting with an underscore.
func importStar(th *Thread, fr *Frame, m *Module) error {
	names, err := publicNames(th, m)
	if err != nil {
		return err
	}
	for _, name := range names {
		v, ok, err := moduleMember(th, m, name)
		if err != nil {
			return err
		}
		if !ok {
			return Errorf(AttributeError, "module '%s' has no attribute '%s'", m.Name, name)
		}
		if fr.ns != nil {
			fr.ns.SetStr(name, v)
		} else {
			fr.globals.Set(name, v)
		}
	}
	return nil
}

// publicNames is what `from m import *` imports: m.__all__, or the names of m that do not
// start with an underscore.
func publicNames(th *Thread, m *Module) ([]string, error) {
	all, ok, err := m.lookup("__all__")
	if err != nil || !ok {
		var names []string
		for _, name := range m.Names() {
			if name != "" && name[0] != '_' {
				names = append(names, name)
			}
		}
		return names, err
	}
	var names []string
	err = Iterate(th, all, func(v Value) error {
		s, ok := v.(Str)
		if !ok {
			return Errorf(TypeError, "Item in %s.__all__ must be str, not %s", m.Name, TypeName(v))
		}
		names = append(names, string(s))
		return nil
	})
	return names, err
}
