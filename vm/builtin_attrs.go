package vm

// Attr implements AttrGetter: a function's introspection attributes.
func (f *Function) Attr(name string) (Value, bool) {
	switch name {
	case "__name__":
		return Str(f.Name), true
	case "__qualname__":
		return Str(f.QualName), true
	case "__module__":
		return Str(f.Globals.Name), true
	case "__doc__":
		if doc, ok := f.Code.Doc.(string); ok {
			return Str(doc), true
		}
		return None, true
	case "__defaults__":
		if len(f.Defaults) == 0 {
			return None, true
		}
		return Tuple(append([]Value(nil), f.Defaults...)), true
	case "__kwdefaults__":
		if f.KwDefaults == nil || f.KwDefaults.Len() == 0 {
			return None, true
		}
		return f.KwDefaults.Copy(), true
	case "__code__":
		return f.Code, true
	case "__globals__":
		// A snapshot of the defining module's namespace, which get_type_hints resolves
		// string annotations in.
		return moduleDict(f.Globals), true
	case "__annotations__":
		// A function without annotations gets an empty dict on first use, kept from then on.
		d := NewDict()
		f.set("__annotations__", d)
		return d, true
	}
	return nil, false
}

// moduleDict is a snapshot of a module's names and values.
func moduleDict(m *Module) *Dict {
	d := NewDict()
	for _, name := range m.Names() {
		if v, ok := m.Get(name); ok {
			d.SetStr(name, v)
		}
	}
	return d
}

// Attr implements AttrGetter: a bound method's receiver and function, and the function's
// attributes.
func (m *BoundMethod) Attr(name string) (Value, bool) {
	switch name {
	case "__self__":
		return m.Self, true
	case "__func__":
		return m.Func, true
	}
	if g, ok := m.Func.(AttrGetter); ok {
		return g.Attr(name)
	}
	return nil, false
}

// Attr implements AttrGetter: a built-in function's or method's names.
func (b *Builtin) Attr(name string) (Value, bool) {
	switch name {
	case "__name__":
		return Str(b.Name), true
	case "__qualname__":
		if b.qualPrefix != "" {
			return Str(b.qualPrefix + "." + b.Name), true
		}
		return Str(b.Name), true
	case "__module__":
		if b.qualPrefix != "" {
			return None, true // methods of built-in types have no module, as in CPython
		}
		return Str("builtins"), true
	case "__doc__":
		return None, true
	case "__self__":
		if b.Self == nil {
			return None, true
		}
		return b.Self, true
	}
	return nil, false
}

// Attr implements AttrGetter: start, stop and step.
func (r *Range) Attr(name string) (Value, bool) {
	switch name {
	case "start":
		return MakeInt(r.Start), true
	case "stop":
		return MakeInt(r.Stop), true
	case "step":
		return MakeInt(r.Step), true
	}
	return nil, false
}

// Attr implements AttrGetter: start, stop and step.
func (s *Slice) Attr(name string) (Value, bool) {
	switch name {
	case "start":
		return s.Lower, true
	case "stop":
		return s.Upper, true
	case "step":
		return s.Step, true
	}
	return nil, false
}

// Attr implements AttrGetter: the wrapped function.
func (s *StaticMethod) Attr(name string) (Value, bool) {
	if name == "__func__" {
		return s.Func, true
	}
	return nil, false
}

// Attr implements AttrGetter: the wrapped function.
func (c *ClassMethod) Attr(name string) (Value, bool) {
	if name == "__func__" {
		return c.Func, true
	}
	return nil, false
}

// Attr implements AttrGetter: the accessor functions, None where missing.
func (p *Property) Attr(name string) (Value, bool) {
	switch name {
	case "fget":
		return OrNone(p.Get), true
	case "fset":
		return OrNone(p.Set), true
	case "fdel":
		return OrNone(p.Del), true
	case "__doc__":
		if p.Doc != nil {
			return p.Doc, true
		}
		if g, ok := p.Get.(AttrGetter); ok {
			return g.Attr("__doc__")
		}
		return None, true
	}
	return nil, false
}
