package vm

// ImportError and ModuleNotFoundError carry the name of the module that could not be
// imported (or imported from) and its file, as CPython's name and path attributes.

// NewImportError makes an ImportError (or subclass) about the module name, whose file is
// path ("" for none), with the message msg.
func NewImportError(cls *Class, name, path, msg string) *Exception {
	e := NewException(cls, Str(msg))
	e.set("name", Str(name))
	if path != "" {
		e.set("path", Str(path))
	}
	return e
}

// NoModuleNamed is the ModuleNotFoundError for a module that is nowhere to be found; for a
// module of CPython's standard library the message adds that asyncscript does not support it.
func NoModuleNamed(name string) *Exception {
	msg := "No module named '" + name + "'"
	if cpythonStdlib[name] {
		msg += " (CPython's " + name + " module is not supported by asyncscript)"
	}
	return NewImportError(ModuleNotFoundError, name, "", msg)
}

// importErrorAttr is the name or path of an ImportError: None when unset.
func importErrorAttr(e *Exception, name string) (Value, bool) {
	if name != "name" && name != "path" {
		return nil, false
	}
	if v, ok := e.get(name); ok {
		return v, true
	}
	return None, true
}

func init() {
	ImportError.DefineMethods([]MethodDef{
		{Name: "__init__", Style: VarKwArgs, Fn: func(_ *Thread, self Value, a []Value, kwargs *Dict) (Value, error) {
			e := self.(*Exception)
			e.Args = append([]Value(nil), a...)
			if kwargs == nil {
				return None, nil
			}
			for _, kv := range kwargs.Items() {
				k, _ := kv[0].(Str)
				if k != "name" && k != "path" {
					return nil, Errorf(TypeError, "'%s' is an invalid keyword argument for ImportError()", k)
				}
				e.set(string(k), kv[1])
			}
			return None, nil
		}},
	})
}
