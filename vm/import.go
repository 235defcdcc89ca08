package vm

import "strings"

// Import returns the module of that name, loading it on first use. As in CPython, a dotted
// name imports its parent package first and the submodule then becomes an attribute of
// the parent; the ModuleFinder is asked before the registered importers, so a file next to
// the script can shadow a standard module (the finder decides which ones it may shadow).
func (in *Interp) Import(name string) (*Module, error) {
	if m, ok := in.modules[name]; ok {
		return m, nil
	}
	var parent *Module
	dot := strings.LastIndexByte(name, '.')
	if dot >= 0 {
		p, ok := in.modules[name[:dot]]
		if !ok && !in.initializing[name[:dot]] {
			var err error
			if p, err = in.Import(name[:dot]); err != nil {
				return nil, err
			}
			if m, ok := in.modules[name]; ok {
				return m, nil // the parent's body imported it
			}
		}
		// (A parent still being built by a Go importer that imports its own submodule, as
		// os imports os.path, is not recorded yet: the submodule is then loaded alone.)
		parent = p
	}
	load, err := in.findModule(name, parent)
	if err != nil {
		return nil, err
	}
	in.initializing[name] = true
	m, err := load(in)
	delete(in.initializing, name)
	if err != nil {
		return nil, err
	}
	if _, ok := m.slots["__doc__"]; !ok {
		m.Set("__doc__", None) // as CPython's modules, each has one, None without a docstring
	}
	in.modules[name] = m
	if parent != nil {
		parent.Set(name[dot+1:], m)
	}
	return m, nil
}

// findModule returns the loader of a module not yet imported, or ModuleNotFoundError.
func (in *Interp) findModule(name string, parent *Module) (func(*Interp) (*Module, error), error) {
	if in.ModuleFinder != nil {
		load, err := in.ModuleFinder(name, parent)
		if load != nil || err != nil {
			return load, err
		}
	}
	if load, ok := in.importers[name]; ok {
		return load, nil
	}
	return nil, NoModuleNamed(name)
}

// importName is IMPORT_NAME and IMPORT_MODULE in a module whose globals are globals. For
// `from a.b import x` and `import a.b as c` (itself) it is the module a.b itself; for
// `import a.b` it is the top-level package a, as CPython's __import__ without a fromlist.
// A name with leading dots is relative to the importing module's package.
func (in *Interp) importName(globals *Module, name string, itself bool) (*Module, error) {
	if strings.HasPrefix(name, ".") {
		var err error
		if name, err = resolveRelative(globals, name); err != nil {
			return nil, err
		}
	}
	m, err := in.Import(name)
	if err != nil || itself {
		return m, err
	}
	top, _, dotted := strings.Cut(name, ".")
	if !dotted {
		return m, nil
	}
	return in.Import(top)
}

// resolveRelative turns a relative module name (leading dots, then an optional name) into
// an absolute one, as CPython's importlib resolves it against the importing module's
// __package__ (or, without one, its __name__, less the last part unless it is a package).
func resolveRelative(globals *Module, name string) (string, error) {
	level := len(name) - len(strings.TrimLeft(name, "."))
	rest := name[level:]
	var pkg string
	switch p, _ := globals.Get("__package__"); p := p.(type) {
	case Str:
		pkg = string(p)
	case nil, NoneType:
		n, _ := globals.Get("__name__")
		s, ok := n.(Str)
		if !ok {
			return "", Errorf(KeyError, "'__name__' not in globals")
		}
		pkg = string(s)
		if _, isPkg := globals.Get("__path__"); !isPkg {
			pkg, _, _ = cutLast(pkg, ".")
		}
	default:
		return "", Errorf(TypeError, "__package__ not set to a string")
	}
	if pkg == "" {
		return "", Errorf(ImportError, "attempted relative import with no known parent package")
	}
	base := pkg
	for i := 1; i < level; i++ {
		var ok bool
		if base, _, ok = cutLast(base, "."); !ok {
			return "", Errorf(ImportError, "attempted relative import beyond top-level package")
		}
	}
	if rest == "" {
		return base, nil
	}
	return base + "." + rest, nil
}

// cutLast splits s around the last sep, as str.rpartition; ok is false (and before "")
// when sep does not occur.
func cutLast(s, sep string) (before, after string, ok bool) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return "", s, false
}

// importFrom is IMPORT_FROM: the attribute name of the module, or else its submodule of
// that name, imported on demand when the module is a package (as CPython's fromlist
// handling does) or found in the modules already imported (a circular import).
func importFrom(th *Thread, mod Value, name string) (Value, error) {
	m := mod.(*Module)
	v, ok, err := moduleMember(th, m, name)
	if ok || err != nil {
		return v, err
	}
	var file string
	if f, ok := m.Get("__file__"); ok {
		if s, ok := f.(Str); ok {
			file = string(s)
		}
	}
	where := file
	if where == "" {
		if cpythonStdlib[m.Name+"."+name] {
			// A submodule of a standard package asyncscript provides only in part.
			return nil, NoModuleNamed(m.Name + "." + name)
		}
		where = "unknown location"
	}
	module := "'" + m.Name + "'"
	if th.interp.initializing[m.Name] {
		module = "partially initialized module " + module + " (most likely due to a circular import)"
	}
	return nil, NewImportError(ImportError, m.Name, file, "cannot import name '"+name+"' from "+module+" ("+where+")")
}

// moduleMember is a global of m, what m's __getattr__ makes of name, or its submodule name
// (see importFrom).
func moduleMember(th *Thread, m *Module, name string) (Value, bool, error) {
	if v, ok, err := m.lookup(name); ok || err != nil {
		return v, ok, err
	}
	if v, ok, err := moduleGetattrHook(th, m, name); ok || (err != nil && !isAttributeError(err)) {
		return v, ok, err
	}
	in := th.interp
	full := m.Name + "." + name
	if sub, ok := in.modules[full]; ok {
		return sub, true, nil
	}
	if _, isPkg := m.Get("__path__"); !isPkg {
		return nil, false, nil
	}
	if _, err := in.findModule(full, m); err != nil {
		return nil, false, nil // no such submodule: the caller reports the missing name
	}
	sub, err := in.Import(full)
	if err != nil {
		return nil, false, err
	}
	return sub, true, nil
}

// ImportModule is the built-in __import__(name, globals, locals, fromlist, level): name,
// level dots up from the package of globals (the caller's globals when nil), imported as an
// import statement would. With a fromlist it returns the module itself and imports the
// submodules the fromlist names that are not attributes yet; without, the top-level package.
func (th *Thread) ImportModule(name string, globals *Module, fromlist []string, level int) (*Module, error) {
	if globals == nil {
		globals = th.CallerGlobals()
	}
	if level > 0 {
		name = strings.Repeat(".", level) + name
	} else if name == "" {
		return nil, Errorf(ValueError, "Empty module name")
	}
	m, err := th.interp.importName(globals, name, len(fromlist) > 0)
	if err != nil {
		return nil, err
	}
	for _, sub := range fromlist {
		if sub == "*" {
			continue
		}
		if _, _, err := moduleMember(th, m, sub); err != nil {
			return nil, err
		}
	}
	return m, nil
}
