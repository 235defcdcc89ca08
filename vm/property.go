package vm

func init() {
	PropertyClass.DefineMethods([]MethodDef{
		{Name: "getter", Style: OneArg, Min: 1, Max: 1, Fn: propertyCopier(func(p *Property, f Value) { p.Get = f })},
		{Name: "setter", Style: OneArg, Min: 1, Max: 1, Fn: propertyCopier(func(p *Property, f Value) { p.Set = f })},
		{Name: "deleter", Style: OneArg, Min: 1, Max: 1, Fn: propertyCopier(func(p *Property, f Value) { p.Del = f })},
	})
}

// noneToNil maps None to nil, how Property marks a missing accessor.
func noneToNil(v Value) Value {
	if IsNone(v) {
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
