package vm

// bytesItem is x[i] of bytes (self a Bytes) or a bytearray: an int, or for a slice a value of
// the same kind.
func bytesItem(self Value, i Value) (Value, error) {
	s := selfText(self)
	if sl, ok := i.(*Slice); ok {
		start, stop, step, err := sl.Indices(len(s))
		if err != nil {
			return nil, err
		}
		if step == 1 {
			return sameKind(self, s[start:max(start, stop)]), nil
		}
		out := make([]byte, 0, sliceLen(start, stop, step))
		for k := start; (step > 0 && k < stop) || (step < 0 && k > stop); k += step {
			out = append(out, s[k])
		}
		return sameKind(self, string(out)), nil
	}
	j, err := bytesIndex(self, i, len(s))
	if err != nil {
		return nil, err
	}
	return MakeInt(int64(s[j])), nil
}

// bytesIndex checks a subscript of bytes or a bytearray of length n, with the wording of
// each: "byte indices must be integers or slices, not str" but "index out of range" for
// bytes, "bytearray" in both for a bytearray.
func bytesIndex(self Value, i Value, n int) (int, error) {
	if _, ok := self.(*ByteArray); ok {
		return seqIndex(i, n, "bytearray")
	}
	j, err := indexArg(i, "byte")
	if err != nil {
		return 0, err
	}
	if j < 0 {
		j += n
	}
	if j < 0 || j >= n {
		return 0, Errorf(IndexError, "index out of range")
	}
	return j, nil
}

// byteArraySetItem is b[i] = v.
func byteArraySetItem(th *Thread, b *ByteArray, i, v Value) error {
	if sl, ok := i.(*Slice); ok {
		vals, err := assignedBytes(th, v)
		if err != nil {
			return err
		}
		return assignSlice(&b.B, sl, vals, "bytes")
	}
	j, err := bytesIndex(b, i, len(b.B))
	if err != nil {
		return err
	}
	c, err := byteValue(th, v)
	if err != nil {
		return err
	}
	b.B[j] = c
	return nil
}

// assignedBytes is the value of b[i:j] = v as bytes: bytes-like (copied, so b[:] = b works)
// or an iterable of ints; not an int or a str.
func assignedBytes(th *Thread, v Value) ([]byte, error) {
	if s, ok := bytesText(v); ok {
		return []byte(s), nil
	}
	notBytes := Errorf(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	if _, isStr := v.(Str); isStr || isInt(unwrap(v)) {
		return nil, notBytes
	}
	if _, err := Iter(th, v); err != nil {
		return nil, notBytes
	}
	items, err := ToSlice(th, v)
	if err != nil {
		return nil, err
	}
	return byteValues(th, items, byteRange)
}

// byteArrayDelItem is del b[i].
func byteArrayDelItem(b *ByteArray, i Value) error {
	if sl, ok := i.(*Slice); ok {
		return deleteSlice(&b.B, sl)
	}
	j, err := bytesIndex(b, i, len(b.B))
	if err != nil {
		return err
	}
	b.B = append(b.B[:j], b.B[j+1:]...)
	return nil
}
