package vm

func init() {
	PropertyClass.DefineMethods([]MethodDef{
		{"getter", OneArg, 1, 1, nil, propertyCopier(func(p *Property, f Value) { p.Get = f })},
		{"setter", OneArg, 1, 1, nil, propertyCopier(func(p *Property, f Value) { p.Set = f })},
		{"deleter", OneArg, 1, 1, nil, propertyCopier(func(p *Property, f Value) { p.Del = f })},
	})
}

// noneToNil maps None to nil, how Property marks a missing accessor.
func noneToNil(v Value) Value {
	if v == None {
		return nil
	}
	return v
}

// propertyCopier makes the decorator methods (@p.setter): each returns a new property with
// one accessor replaced, leaving the original unchanged as Python does.
func propertyCopier(set func(p *Property, f Value)) MethodFunc {
	return func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		p := *self.(*Property)
		set(&p, noneToNil(a[0]))
		return &p, nil
	}
}
