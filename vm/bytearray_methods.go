package vm

// The methods only bytearray has: those that change it in place.
func init() {
	ByteArrayClass.DefineMethods([]MethodDef{
		{Name: "append", Style: OneArg, Min: 1, Max: 1, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			c, err := byteValue(th, a[0])
			if err != nil {
				return nil, err
			}
			b := self.(*ByteArray)
			b.B = append(b.B, c)
			return None, nil
		}},
		{Name: "extend", Style: OneArg, Min: 1, Max: 1, Fn: byteArrayExtend},
		{Name: "insert", Style: PosArgs, Min: 2, Max: 2, Fn: byteArrayInsert},
		{Name: "pop", Style: PosArgs, Max: 1, Fn: byteArrayPop},
		{Name: "remove", Style: OneArg, Min: 1, Max: 1, Fn: byteArrayRemove},
		{Name: "reverse", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			b := self.(*ByteArray).B
			for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
				b[i], b[j] = b[j], b[i]
			}
			return None, nil
		}},
		{Name: "clear", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			self.(*ByteArray).B = nil
			return None, nil
		}},
		{Name: "copy", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return NewByteArray(append([]byte(nil), self.(*ByteArray).B...)), nil
		}},
		{Name: "__iadd__", Style: OneArg, Min: 1, Max: 1, Fn: func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			return byteArrayInplace(opAdd, self.(*ByteArray), a[0])
		}},
	})
}

// byteArrayExtend is extend(iterable_of_ints), or of a bytes-like object.
func byteArrayExtend(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	b := self.(*ByteArray)
	if s, ok := bytesText(a[0]); ok {
		b.B = append(b.B, s...)
		return None, nil
	}
	if _, err := Iter(th, a[0]); err != nil {
		return nil, Errorf(TypeError, "can't extend bytearray with %s", TypeName(a[0]))
	}
	items, err := ToSlice(th, a[0])
	if err != nil {
		return nil, err
	}
	vals, err := byteValues(th, items, byteRange)
	if err != nil {
		return nil, err
	}
	b.B = append(b.B, vals...)
	return None, nil
}

func byteArrayInsert(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	b := self.(*ByteArray)
	i, err := IndexArg(th, a[0])
	if err != nil {
		return nil, err
	}
	c, err := byteValue(th, a[1])
	if err != nil {
		return nil, err
	}
	insertAt(&b.B, i, c)
	return None, nil
}

func byteArrayPop(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	b := self.(*ByteArray)
	i, err := popIndex(th, a[0], len(b.B), "bytearray")
	if err != nil {
		return nil, err
	}
	c := b.B[i]
	b.B = append(b.B[:i], b.B[i+1:]...)
	return MakeInt(int64(c)), nil
}

func byteArrayRemove(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	b := self.(*ByteArray)
	c, err := byteValue(th, a[0])
	if err != nil {
		return nil, err
	}
	for i, x := range b.B {
		if x == c {
			b.B = append(b.B[:i], b.B[i+1:]...)
			return None, nil
		}
	}
	return nil, Errorf(ValueError, "value not found in bytearray")
}

// byteArrayInplace is bytearray += and *=, which change the bytearray itself.
func byteArrayInplace(op int, b *ByteArray, y Value) (Value, error) {
	if op == opAdd {
		s, ok := bytesText(y)
		if !ok {
			return nil, Errorf(TypeError, "can't concat %s to bytearray", TypeName(y))
		}
		if err := checkSize(len(b.B)+len(s), maxStrLen); err != nil {
			return nil, err
		}
		b.B = append(b.B, s...)
		return b, nil
	}
	r, err := repeatStr(Str(b.B), y)
	if err != nil {
		return nil, err
	}
	b.B = []byte(r.(Str))
	return b, nil
}

// bytesBinary is + and * of bytes and bytearrays, the result of the left operand's kind, or
// nil when the operation is not defined.
func bytesBinary(op int, x, y Value) (Value, error) {
	s := selfText(x)
	switch op {
	case opAdd:
		if t, ok := bytesText(y); ok {
			if err := checkSize(len(s)+len(t), maxStrLen); err != nil {
				return nil, err
			}
			return sameKind(x, s+t), nil
		}
	case opMul:
		if !isInt(y) {
			return nil, nil // n's __rmul__, then its __index__, may still apply
		}
		r, err := repeatStr(Str(s), y)
		if rs, ok := r.(Str); ok {
			return sameKind(x, string(rs)), err
		}
		return r, err
	case opMod:
		return nil, Errorf(NotImplementedError, "%%-formatting of %s is not supported by asyncscript", TypeName(x))
	}
	return nil, nil
}

// bytesContains is x in b for bytes and bytearray: a bytes-like x is a substring, an int x
// a byte.
func bytesContains(th *Thread, b string, x Value) (bool, error) {
	if sub, ok := bytesText(x); ok {
		return containsStr(b, sub), nil
	}
	if !isInt(unwrap(x)) {
		return false, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(x))
	}
	c, err := byteValue(th, x)
	if err != nil {
		return false, err
	}
	return containsStr(b, string([]byte{c})), nil
}
