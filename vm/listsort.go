package vm

// runSorter is the stable merge sort behind list.sort and sorted(), which makes the same
// comparisons as CPython 3.11's: it compares with < only, takes the runs already present in
// the data (reversing strictly descending ones, which keeps it stable), extends short runs
// to a minimum length by binary insertion, keeps the runs on a stack merged by their
// powersort powers, and gallops through a merge while one run keeps winning (see
// listsort_merge.go). Making the very same comparisons matters beyond their count (each may
// be a call to a Python __lt__): with an order that is not total (NaN keys) the result
// depends on which pairs were compared, and has to be CPython's.
type runSorter struct {
	th *Thread
	// keys are compared; items, when not nil, are moved along with them.
	keys, items []Value
	// tmpKeys and tmpItems hold the shorter run of a merge.
	tmpKeys, tmpItems []Value
	// runs are the sorted runs not merged yet, left to right.
	runs []sortRun
	// minGallop is how many wins in a row of one run switch a merge to galloping; it adapts
	// over the sort.
	minGallop int
}

// sortRun is a sorted stretch [base, base+len) of the keys. power, set once the next run
// is known, is the depth of the boundary after it in the powersort tree: a run merges with
// its right neighbour before a boundary of lower power forms.
type sortRun struct{ base, len, power int }

// sortRuns sorts s.keys (and s.items with them) in place, stopping at the first error.
func (s *runSorter) sortRuns() error {
	n := len(s.keys)
	if n < 2 {
		return nil
	}
	s.minGallop = initialMinGallop
	minRun := minRunLength(n)
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
		if len(s.runs) > 0 {
			top := s.runs[len(s.runs)-1]
			power := boundaryPower(top.base, top.len, run, n)
			for len(s.runs) > 1 && s.runs[len(s.runs)-2].power > power {
				if err := s.mergeAt(len(s.runs) - 2); err != nil {
					return err
				}
			}
			s.runs[len(s.runs)-1].power = power
		}
		s.runs = append(s.runs, sortRun{base: lo, len: run})
		lo += run
	}
	for len(s.runs) > 1 {
		i := len(s.runs) - 2
		if i > 0 && s.runs[i-1].len < s.runs[i+1].len {
			i--
		}
		if err := s.mergeAt(i); err != nil {
			return err
		}
	}
	return nil
}

// boundaryPower is the powersort power of the boundary between the run [s1, s1+n1) and the
// run of n2 keys after it, in a list of n: the first binary digit at which the two runs'
// midpoints, as fractions of n, differ.
func boundaryPower(s1, n1, n2, n int) int {
	a := 2*s1 + n1 // twice the first midpoint
	b := a + n1 + n2
	power := 0
	for {
		power++
		if a >= n { // both digits are 1
			a -= n
			b -= n
		} else if b >= n { // they differ here
			return power
		}
		a <<= 1
		b <<= 1
	}
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

func (s *runSorter) less(a, b Value) (bool, error) { return Less(s.th, a, b) }

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

// reverseValues reverses vs in place.
func reverseValues(vs []Value) {
	for i, j := 0, len(vs)-1; i < j; i, j = i+1, j-1 {
		vs[i], vs[j] = vs[j], vs[i]
	}
}
