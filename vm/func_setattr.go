package vm

// setSpecial assigns (v) or deletes (v == nil) one of the function attributes that live
// in the function object itself rather than in its __dict__, as CPython keeps them; it
// reports false for any other name.
func (f *Function) setSpecial(name string, v Value) (bool, error) {
	switch name {
	case "__annotations__":
		switch v.(type) {
		case nil, NoneType: // read back as a fresh empty dict next time
			f.annotations = nil
		case *Dict:
			f.annotations = v
		default:
			return true, Errorf(TypeError, "__annotations__ must be set to a dict object")
		}
	case "__name__", "__qualname__":
		s, ok := v.(Str)
		if !ok {
			return true, Errorf(TypeError, "%s must be set to a string object", name)
		}
		if name == "__name__" {
			f.Name = string(s)
		} else {
			f.QualName = string(s)
		}
	case "__defaults__":
		switch d := v.(type) {
		case nil, NoneType:
			f.Defaults = nil
		case Tuple:
			f.Defaults = d
		default:
			return true, Errorf(TypeError, "__defaults__ must be set to a tuple object")
		}
	case "__kwdefaults__":
		switch d := v.(type) {
		case nil, NoneType:
			f.KwDefaults = nil
		case *Dict:
			f.KwDefaults = d
		default:
			return true, Errorf(TypeError, "__kwdefaults__ must be set to a dict object")
		}
	case "__doc__", "__module__":
		if v == nil {
			v = None
		}
		if f.overrides == nil {
			f.overrides = map[string]Value{}
		}
		f.overrides[name] = v
	default:
		return false, nil
	}
	return true, nil
}
