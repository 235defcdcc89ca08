package vm

// IndexArg converts an argument that must be an integer (a count, a position, a width),
// calling a user __index__ if there is one, with CPython's errors.
func IndexArg(th *Thread, v Value) (int, error) {
	v = unwrap(v)
	if m, ok := v.Type().userMethod("__index__"); ok && !isInt(v) {
		r, err := th.Call(m, []Value{v}, nil)
		if err != nil {
			return 0, err
		}
		if !isInt(r) {
			return 0, Errorf(TypeError, "__index__ returned non-int (type %s)", TypeName(r))
		}
		v = r
	}
	if i, ok := asInt64(v); ok {
		return int(i), nil
	}
	if _, ok := v.(*BigInt); ok {
		return 0, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
	}
	return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(v))
}

// flagArg converts an optional flag argument that CPython declares as a C int used as a
// truth value (sort's reverse, splitlines' keepends): missing (nil) is false, otherwise
// the integer from IndexArg, true when non-zero, and OverflowError past a C int's range.
func flagArg(th *Thread, v Value) (bool, error) {
	if v == nil {
		return false, nil
	}
	_, big := unwrap(v).(*BigInt)
	n, err := 0, error(nil)
	if !big {
		n, err = IndexArg(th, v)
	}
	if big || err == nil && n != int(int32(n)) {
		return false, Errorf(OverflowError, "Python int too large to convert to C int")
	}
	return n != 0, err
}

// intArgument converts an argument that must be an int of any size, calling a user
// __index__ if there is one.
func intArgument(th *Thread, v Value) (Value, error) {
	if isInt(v) {
		if b, ok := v.(Bool); ok {
			return MakeInt(map[Bool]int64{true: 1, false: 0}[b]), nil
		}
		return v, nil
	}
	n, err := IndexArg(th, v)
	return MakeInt(int64(n)), err
}

// OptIndex is IndexArg for an optional argument, giving def when it was not passed (v nil).
func OptIndex(th *Thread, v Value, def int) (int, error) {
	if v == nil {
		return def, nil
	}
	return IndexArg(th, v)
}

// sliceBound converts a start or end argument of find, index, count and friends: ints clamp
// instead of overflowing, as in CPython's _PyEval_SliceIndex; None (when allowed) and a
// missing argument give def.
func sliceBound(v Value, def int, allowNone bool) (int, error) {
	if v == nil || (allowNone && IsNone(v)) {
		return def, nil
	}
	if i, ok := asInt64(v); ok {
		return int(i), nil
	}
	if b, ok := v.(*BigInt); ok {
		if b.v.Sign() < 0 {
			return -1 << 62, nil
		}
		return 1 << 62, nil
	}
	if allowNone {
		return 0, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	return 0, Errorf(TypeError, "slice indices must be integers or have an __index__ method")
}

// SearchBounds converts the optional start and stop arguments of a search in a sequence of
// n items (list.index(x, start, stop) and its likes) to the range to search: the bounds clamp,
// and negative ones count from the end.
func SearchBounds(startV, stopV Value, n int) (start, stop int, err error) {
	if start, err = sliceBound(startV, 0, false); err != nil {
		return 0, 0, err
	}
	if stop, err = sliceBound(stopV, n, false); err != nil {
		return 0, 0, err
	}
	start, stop = adjustIndices(start, stop, n)
	return start, stop, nil
}

// adjustIndices resolves start and end against a length n as CPython's ADJUST_INDICES does:
// negative values count from the end, and both are clamped to [0, n].
func adjustIndices(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end = max(end+n, 0)
	}
	if start < 0 {
		start = max(start+n, 0)
	}
	return start, end
}
