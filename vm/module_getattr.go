package vm

// moduleGetattr asks a module's own __getattr__ function (PEP 562) for a name it lacks, as
// CPython does for module.name and `from module import name`: ok is false when the module
// defines none. Lookups of the module's globals from its own code never come here.
func moduleGetattr(th *Thread, m *Module, name string) (v Value, ok bool, err error) {
	hook, ok := m.Get("__getattr__")
	if !ok {
		return nil, false, nil
	}
	if v, err = th.Call(hook, []Value{Str(name)}, nil); err != nil {
		return nil, false, err
	}
	return v, true, nil
}
