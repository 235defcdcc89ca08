package vm

// BinarySpecial calls a binary operator's special methods in CPython's order: x.name(y),
// then y.rname(x) when y is of another type; but when y's type is a proper subclass of
// x's that overrides rname, y.rname(x) goes first, so a subclass can take over the
// operators of its base. It returns nil, nil when every method is missing or returns
// NotImplemented. divmod() uses it for __divmod__ and __rdivmod__.
func BinarySpecial(th *Thread, name, rname string, x, y Value) (Value, error) {
	xt, yt := x.Type(), y.Type()
	var rm Value
	if yt != xt {
		rm, _ = yt.userMethod(rname)
	}
	if rm != nil && yt.IsSubclass(xt) {
		if base, _ := xt.userMethod(rname); base != rm {
			if r, err := th.Call(rm, []Value{y, x}, nil); err != nil || r != NotImplemented {
				return r, err
			}
			rm = nil
		}
	}
	if m, ok := xt.userMethod(name); ok {
		if r, err := th.Call(m, []Value{x, y}, nil); err != nil || r != NotImplemented {
			return r, err
		}
	}
	if rm != nil {
		if r, err := th.Call(rm, []Value{y, x}, nil); err != nil || r != NotImplemented {
			return r, err
		}
	}
	return nil, nil
}
