package vm

// BinarySpecial calls a binary operator's special methods in CPython's order: x.name(y),
// then y.rname(x) when y is of another type; but when y's type is a proper subclass of
// x's that overrides rname, y.rname(x) goes first, so a subclass can take over the
// operators of its base. It returns nil, nil when every method is missing or returns
// NotImplemented. divmod() uses it for __divmod__ and __rdivmod__.
func BinarySpecial(th *Thread, name, rname string, x, y Value) (Value, error) {
	r, tried, err := reflectedFirst(th, rname, x, y)
	if r != nil || err != nil {
		return r, err
	}
	return binarySpecial(th, name, rname, x, y, tried)
}

// reflectedFirst calls y.rname(x) when y's type is a proper subclass of x's that overrides
// rname (defines it, or inherits one other than x's type's): CPython lets such a subclass
// answer before x's own method or built-in operator. tried reports whether it was called;
// r is nil when it was not or returned NotImplemented.
func reflectedFirst(th *Thread, rname string, x, y Value) (r Value, tried bool, err error) {
	xt, yt := x.Type(), y.Type()
	if yt == xt || !yt.IsSubclass(xt) {
		return nil, false, nil
	}
	rm, ok := yt.userMethod(rname)
	if !ok {
		return nil, false, nil
	}
	if base, _ := xt.userMethod(rname); base == rm {
		return nil, false, nil
	}
	r, err = th.Call(rm, []Value{y, x}, nil)
	if r == NotImplemented {
		r = nil
	}
	return r, true, err
}

// binarySpecial is BinarySpecial after reflectedFirst: x.name(y), then y.rname(x) unless
// reflectedTried.
func binarySpecial(th *Thread, name, rname string, x, y Value, reflectedTried bool) (Value, error) {
	if m, ok := x.Type().userMethod(name); ok {
		if r, err := th.Call(m, []Value{x, y}, nil); err != nil || r != NotImplemented {
			return r, err
		}
	}
	if reflectedTried {
		return nil, nil
	}
	return callReflected(th, rname, x, y)
}

// callReflected is y.rname(x) when y's class, not x's, defines rname; nil, nil when it
// does not or the method returns NotImplemented.
func callReflected(th *Thread, rname string, x, y Value) (Value, error) {
	yt := y.Type()
	if yt == x.Type() {
		return nil, nil
	}
	rm, ok := yt.userMethod(rname)
	if !ok {
		return nil, nil
	}
	r, err := th.Call(rm, []Value{y, x}, nil)
	if r == NotImplemented {
		r = nil
	}
	return r, err
}
