package vm

// bytesSource is the content of bytes(...) or bytearray(...) (kind names which): nothing, a
// size, a bytes-like object, an iterable of ints, or a str with an encoding.
func bytesSource(th *Thread, a []Value, kind string) (string, error) {
	src, enc, errs := a[0], a[1], a[2]
	if _, isStr := src.(Str); !isStr {
		switch {
		case enc != nil:
			return "", Errorf(TypeError, "encoding without a string argument")
		case errs != nil:
			return "", Errorf(TypeError, "errors without a string argument")
		}
	}
	switch s := src.(type) {
	case nil:
		return "", nil
	case Str:
		if enc == nil {
			return "", Errorf(TypeError, "string argument without an encoding")
		}
		b, err := strEncode(th, s, []Value{enc, errs}, nil)
		if err != nil {
			return "", err
		}
		return string(b.(Bytes)), nil
	}
	if s, ok := bytesText(unwrap(src)); ok {
		return s, nil
	}
	if m, ok := src.Type().userMethod("__bytes__"); ok && kind == "bytes" {
		r, err := th.Call(m, []Value{src}, nil)
		if err != nil {
			return "", err
		}
		b, ok := r.(Bytes)
		if !ok {
			return "", Errorf(TypeError, "__bytes__ returned non-bytes (type %s)", TypeName(r))
		}
		return string(b), nil
	}
	if _, ok := src.Type().userMethod("__index__"); ok && !isInt(unwrap(src)) {
		// An object with __index__ is a size, as an int is.
		var err error
		if src, err = Index(th, src); err != nil {
			return "", err
		}
	}
	if isInt(unwrap(src)) {
		if _, fits := asInt64(unwrap(src)); !fits {
			return "", Errorf(OverflowError, "cannot fit 'int' into an index-sized integer")
		}
		n, err := IndexArg(th, src)
		if err != nil {
			return "", err
		}
		if n < 0 {
			return "", Errorf(ValueError, "negative count")
		}
		if err := checkSize(n, maxStrLen); err != nil {
			return "", err
		}
		return string(make([]byte, n)), nil
	}
	if _, err := Iter(th, src); err != nil {
		return "", Errorf(TypeError, "cannot convert '%s' object to %s", TypeName(src), kind)
	}
	items, err := ToSlice(th, src)
	if err != nil {
		return "", err
	}
	rangeMsg := byteRange
	if kind == "bytes" {
		rangeMsg = "bytes must be in range(0, 256)" // bytes() says it in the plural
	}
	out, err := byteValues(th, items, rangeMsg)
	return string(out), err
}

// byteValues converts ints to bytes, with rangeMsg for an int out of range.
func byteValues(th *Thread, items []Value, rangeMsg string) ([]byte, error) {
	out := make([]byte, len(items))
	for i, it := range items {
		c, err := byteIn(th, it, rangeMsg)
		if err != nil {
			return nil, err
		}
		out[i] = c
	}
	return out, nil
}
