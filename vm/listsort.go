package vm

// runSorter is the stable merge sort behind list.sort and sorted(). Like CPython's it compares
// with < only, takes the runs already present in the data (reversing strictly descending
// ones, which keeps it stable), extends short runs to a minimum length by binary insertion
// and then merges neighbouring runs, so it makes about n·log2(n) comparisons. Every one may
// be a call to a Python __lt__: sort.SliceStable (insertion sort plus in-place symmerge) made
// 40 % more of them on random data.
type runSorter struct {
	th *Thread
	// keys are compared; items, when not nil, are moved along with them.
	keys, items []Value
	// tmpKeys and tmpItems hold the left run of a merge.
	tmpKeys, tmpItems []Value
}

// sortRuns sorts s.keys (and s.items with them) in place, stopping at the first error.
func (s *runSorter) sortRuns() error {
	n := len(s.keys)
	if n < 2 {
		return nil
	}
	minRun := minRunLength(n)
	bounds := []int{0}
	for lo := 0; lo < n; {
		run, err := s.countRun(lo, n)
		if err != nil {
			return err
		}
		if run < minRun {
			forced := min(minRun, n-lo)
			if err := s.binaryInsert(lo, lo+forced, lo+run); err != nil {
				return err
			}
			run = forced
		}
		lo += run
		bounds = append(bounds, lo)
	}
	for len(bounds) > 2 {
		merged := bounds[:1]
		for i := 0; i+2 < len(bounds); i += 2 {
			if err := s.merge(bounds[i], bounds[i+1], bounds[i+2]); err != nil {
				return err
			}
			merged = append(merged, bounds[i+2])
		}
		if len(bounds)%2 == 0 { // an odd number of runs: the last one waits for the next round
			merged = append(merged, bounds[len(bounds)-1])
		}
		bounds = merged
	}
	return nil
}

// minRunLength is CPython's choice of the shortest run: between 32 and 64, such that n
// divided by it is a power of two or a little less, so the merges stay balanced.
func minRunLength(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

func (s *runSorter) less(a, b Value) (bool, error) { return compareLess(s.th, a, b) }

// countRun returns the length of the run starting at lo: the longest non-descending one, or
// the longest strictly descending one, which it reverses in place.
func (s *runSorter) countRun(lo, hi int) (int, error) {
	if hi-lo == 1 {
		return 1, nil
	}
	descending, err := s.less(s.keys[lo+1], s.keys[lo])
	if err != nil {
		return 0, err
	}
	n := 2
	for ; lo+n < hi; n++ {
		lt, err := s.less(s.keys[lo+n], s.keys[lo+n-1])
		if err != nil {
			return 0, err
		}
		if lt != descending {
			break
		}
	}
	if descending {
		s.reverseRange(lo, lo+n)
	}
	return n, nil
}

// reverse reverses the keys and items.
func (s *runSorter) reverse() { s.reverseRange(0, len(s.keys)) }

// reverseRange reverses [lo, hi) of the keys and items.
func (s *runSorter) reverseRange(lo, hi int) {
	reverseValues(s.keys[lo:hi])
	if s.items != nil {
		reverseValues(s.items[lo:hi])
	}
}

// binaryInsert sorts [lo, hi) given that [lo, start) is sorted, inserting each later element
// after the equal ones before it.
func (s *runSorter) binaryInsert(lo, hi, start int) error {
	for i := start; i < hi; i++ {
		pivot := s.keys[i]
		l, r := lo, i
		for l < r {
			p := l + (r-l)/2
			lt, err := s.less(pivot, s.keys[p])
			if err != nil {
				return err
			}
			if lt {
				r = p
			} else {
				l = p + 1
			}
		}
		copy(s.keys[l+1:i+1], s.keys[l:i])
		s.keys[l] = pivot
		if s.items != nil {
			item := s.items[i]
			copy(s.items[l+1:i+1], s.items[l:i])
			s.items[l] = item
		}
	}
	return nil
}

// merge merges the sorted runs [lo, mid) and [mid, hi), taking from the left run on ties.
func (s *runSorter) merge(lo, mid, hi int) error {
	s.tmpKeys = append(s.tmpKeys[:0], s.keys[lo:mid]...)
	if s.items != nil {
		s.tmpItems = append(s.tmpItems[:0], s.items[lo:mid]...)
	}
	i, j, k := 0, mid, lo
	for i < len(s.tmpKeys) && j < hi {
		fromRight, err := s.less(s.keys[j], s.tmpKeys[i])
		if err != nil {
			return err
		}
		if fromRight {
			s.keys[k] = s.keys[j]
			if s.items != nil {
				s.items[k] = s.items[j]
			}
			j++
		} else {
			s.keys[k] = s.tmpKeys[i]
			if s.items != nil {
				s.items[k] = s.tmpItems[i]
			}
			i++
		}
		k++
	}
	copy(s.keys[k:], s.tmpKeys[i:])
	if s.items != nil {
		copy(s.items[k:], s.tmpItems[i:])
	}
	return nil
}

// reverseValues reverses vs in place.
func reverseValues(vs []Value) {
	for i, j := 0, len(vs)-1; i < j; i, j = i+1, j-1 {
		vs[i], vs[j] = vs[j], vs[i]
	}
}
