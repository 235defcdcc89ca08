package vm

// The changes list and bytearray make to themselves, written once for any element type.

// assignSlice is (*items)[s] = vals: a plain slice may change the length, an extended one
// must match it exactly; what names the sequence kind in the size mismatch error.
func assignSlice[T any](items *[]T, s *Slice, vals []T, what string) error {
	old := *items
	start, stop, step, err := s.Indices(len(old))
	if err != nil {
		return err
	}
	if step == 1 {
		stop = max(stop, start)
		out := make([]T, 0, len(old)-(stop-start)+len(vals))
		out = append(out, old[:start]...)
		out = append(out, vals...)
		*items = append(out, old[stop:]...)
		return nil
	}
	n := sliceLen(start, stop, step)
	if n != len(vals) {
		return Errorf(ValueError, "attempt to assign %s of size %d to extended slice of size %d", what, len(vals), n)
	}
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		old[i] = vals[k]
	}
	return nil
}

// deleteSlice is del (*items)[s].
func deleteSlice[T any](items *[]T, s *Slice) error {
	old := *items
	start, stop, step, err := s.Indices(len(old))
	if err != nil {
		return err
	}
	if step == 1 {
		if start < stop {
			// In place, as CPython's memmove; dropping a prefix only moves the start, so a
			// buffer consumed from the front (del buf[:n]) costs O(1) a time, as in CPython.
			if start == 0 {
				clear(old[:stop])
				*items = old[stop:]
			} else {
				n := copy(old[start:], old[stop:])
				clear(old[start+n:])
				*items = old[:start+n]
			}
		}
		return nil
	}
	if step < 0 { // the same items, walked forwards
		n := sliceLen(start, stop, step)
		start, stop, step = start+(n-1)*step, start+1, -step
	}
	out := make([]T, 0, len(old))
	for i, v := range old {
		if i < start || i >= stop || (i-start)%step != 0 {
			out = append(out, v)
		}
	}
	*items = out
	return nil
}

// insertAt is insert(i, v): i counts from the end when negative and is clamped to the items.
func insertAt[T any](items *[]T, i int, v T) {
	_, i = adjustIndices(0, i, len(*items))
	var zero T
	*items = append(*items, zero)
	copy((*items)[i+1:], (*items)[i:])
	(*items)[i] = v
}

// popIndex is the index pop(i) (pop() when iv is nil) takes from n items of the given kind
// ("list"), with CPython's errors.
func popIndex(th *Thread, iv Value, n int, kind string) (int, error) {
	i, err := OptIndex(th, iv, -1)
	if err != nil {
		return 0, err
	}
	if n == 0 {
		return 0, Errorf(IndexError, "pop from empty %s", kind)
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, Errorf(IndexError, "pop index out of range")
	}
	return i, nil
}

// sliceLen is the number of indices a resolved slice selects.
func sliceLen(start, stop, step int) int {
	switch {
	case step > 0 && start < stop:
		return (stop - start + step - 1) / step
	case step < 0 && start > stop:
		return (start - stop - step - 1) / -step
	}
	return 0
}
