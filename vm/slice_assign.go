package vm

// assignSlice is items[s] = vals for a mutable sequence of any element type (list,
// bytearray): a plain slice may change the length, an extended one must match it exactly;
// what names the sequence kind in the size mismatch error. It returns the new items.
func assignSlice[T any](items []T, s *Slice, vals []T, what string) ([]T, error) {
	start, stop, step, err := s.Indices(len(items))
	if err != nil {
		return nil, err
	}
	if step == 1 {
		stop = max(stop, start)
		out := make([]T, 0, len(items)-(stop-start)+len(vals))
		out = append(out, items[:start]...)
		out = append(out, vals...)
		return append(out, items[stop:]...), nil
	}
	n := sliceLen(start, stop, step)
	if n != len(vals) {
		return nil, Errorf(ValueError, "attempt to assign %s of size %d to extended slice of size %d", what, len(vals), n)
	}
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		items[i] = vals[k]
	}
	return items, nil
}

// deleteSlice is del items[s]; it returns the remaining items.
func deleteSlice[T any](items []T, s *Slice) ([]T, error) {
	start, stop, step, err := s.Indices(len(items))
	if err != nil {
		return nil, err
	}
	if step < 0 { // the same items, walked forwards
		n := sliceLen(start, stop, step)
		start, stop, step = start+(n-1)*step, start+1, -step
	}
	out := make([]T, 0, len(items))
	for i, v := range items {
		if i < start || i >= stop || (i-start)%step != 0 {
			out = append(out, v)
		}
	}
	return out, nil
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
