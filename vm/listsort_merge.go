package vm

// initialMinGallop is the number of wins in a row of one run that first switches a merge to
// galloping, and the threshold for staying in it.
const initialMinGallop = 7

// mergeAt merges the runs i and i+1 of the stack. The keys of the left run that are not
// greater than the right run's first, and the right run's keys not less than the left's
// last, are already in place: galloping finds them, and only the rest is merged, from the
// shorter side.
func (s *runSorter) mergeAt(i int) error {
	a, na := s.runs[i].base, s.runs[i].len
	b, nb := s.runs[i+1].base, s.runs[i+1].len
	s.runs[i].len = na + nb
	s.runs = append(s.runs[:i+1], s.runs[i+2:]...)
	k, err := s.gallopRight(s.keys[b], s.keys[a:a+na], 0)
	if err != nil {
		return err
	}
	a, na = a+k, na-k
	if na == 0 {
		return nil
	}
	nb, err = s.gallopLeft(s.keys[a+na-1], s.keys[b:b+nb], nb-1)
	if err != nil || nb == 0 {
		return err
	}
	if na <= nb {
		return s.mergeLo(a, na, b, nb)
	}
	return s.mergeHi(a, na, b, nb)
}

// gallopLeft returns where key goes in the sorted keys, before the ones equal to it: the k
// with keys[k-1] < key <= keys[k]. It searches out from hint by doubling steps, then
// bisects the last step.
func (s *runSorter) gallopLeft(key Value, keys []Value, hint int) (int, error) {
	lastOfs, ofs := 0, 1
	lt, err := s.less(keys[hint], key)
	if err != nil {
		return 0, err
	}
	if lt { // keys[hint] < key: look right of hint
		maxOfs := len(keys) - hint
		for ofs < maxOfs {
			if lt, err = s.less(keys[hint+ofs], key); err != nil {
				return 0, err
			}
			if !lt {
				break
			}
			lastOfs, ofs = ofs, ofs<<1+1
		}
		ofs = min(ofs, maxOfs)
		lastOfs, ofs = lastOfs+hint, ofs+hint
	} else { // key <= keys[hint]: look left of it
		maxOfs := hint + 1
		for ofs < maxOfs {
			if lt, err = s.less(keys[hint-ofs], key); err != nil {
				return 0, err
			}
			if lt {
				break
			}
			lastOfs, ofs = ofs, ofs<<1+1
		}
		ofs = min(ofs, maxOfs)
		lastOfs, ofs = hint-ofs, hint-lastOfs
	}
	// keys[lastOfs] < key <= keys[ofs]: bisect between them.
	for lastOfs++; lastOfs < ofs; {
		m := lastOfs + (ofs-lastOfs)/2
		if lt, err = s.less(keys[m], key); err != nil {
			return 0, err
		}
		if lt {
			lastOfs = m + 1
		} else {
			ofs = m
		}
	}
	return ofs, nil
}

// gallopRight is gallopLeft placing key after the keys equal to it: the k with
// keys[k-1] <= key < keys[k].
func (s *runSorter) gallopRight(key Value, keys []Value, hint int) (int, error) {
	lastOfs, ofs := 0, 1
	lt, err := s.less(key, keys[hint])
	if err != nil {
		return 0, err
	}
	if lt { // key < keys[hint]: look left of hint
		maxOfs := hint + 1
		for ofs < maxOfs {
			if lt, err = s.less(key, keys[hint-ofs]); err != nil {
				return 0, err
			}
			if !lt {
				break
			}
			lastOfs, ofs = ofs, ofs<<1+1
		}
		ofs = min(ofs, maxOfs)
		lastOfs, ofs = hint-ofs, hint-lastOfs
	} else { // keys[hint] <= key: look right of it
		maxOfs := len(keys) - hint
		for ofs < maxOfs {
			if lt, err = s.less(key, keys[hint+ofs]); err != nil {
				return 0, err
			}
			if lt {
				break
			}
			lastOfs, ofs = ofs, ofs<<1+1
		}
		ofs = min(ofs, maxOfs)
		lastOfs, ofs = lastOfs+hint, ofs+hint
	}
	for lastOfs++; lastOfs < ofs; {
		m := lastOfs + (ofs-lastOfs)/2
		if lt, err = s.less(key, keys[m]); err != nil {
			return 0, err
		}
		if lt {
			ofs = m
		} else {
			lastOfs = m + 1
		}
	}
	return ofs, nil
}

// oneByOne is the plain part of a merge: it compares the runs' next keys with less and has
// take move the one that goes first (take(true) when less reported true), until one run has
// won minGallop times in a row or take reports the end of the merge (and whether the rest
// is left to copy). It returns the wins in a row of each side.
func oneByOne(minGallop int, less func() (bool, error), take func(bool) (end, rest bool)) (lessWins, otherWins int, end, rest bool, err error) {
	for lessWins < minGallop && otherWins < minGallop {
		lt, err := less()
		if err != nil {
			return 0, 0, true, false, err
		}
		if lt {
			lessWins, otherWins = lessWins+1, 0
		} else {
			lessWins, otherWins = 0, otherWins+1
		}
		if end, rest = take(lt); end {
			return lessWins, otherWins, true, rest, nil
		}
	}
	return lessWins, otherWins, false, false, nil
}

// mergeCursor is the state of a merge: the next place written (dest) and the next key of
// each run, pa in the left run's storage and pb in the right's, with the counts left.
type mergeCursor struct{ dest, pa, na, pb, nb int }

// mergeLo merges the runs [a, a+na) and [b, b+nb), b = a+na, na <= nb, from the left, the
// left run moved to tmp. The right run's first key is known to go first and the left run's
// last key last. When it stops, by an error included, every item is back in the list.
func (s *runSorter) mergeLo(a, na, b, nb int) error {
	s.saveTmp(a, na)
	m := mergeCursor{dest: a, na: na, pb: b, nb: nb}
	lastOfA, err := s.mergeLoSteps(&m)
	if lastOfA { // one key of the left run is left: it follows the rest of the right run
		s.moveRange(m.dest, m.pb, m.nb)
		s.fromTmpRange(m.dest+m.nb, m.pa, 1)
		return nil
	}
	s.fromTmpRange(m.dest, m.pa, m.na)
	return err
}

// mergeLoSteps does mergeLo's merging. It reports true when the left run is down to its last
// key, which goes after the rest of the right run.
func (s *runSorter) mergeLoSteps(m *mergeCursor) (bool, error) {
	takeB := func() { s.moveRange(m.dest, m.pb, 1); m.dest, m.pb, m.nb = m.dest+1, m.pb+1, m.nb-1 }
	takeA := func() { s.fromTmpRange(m.dest, m.pa, 1); m.dest, m.pa, m.na = m.dest+1, m.pa+1, m.na-1 }
	first, take := plainMoves(takeB, takeA, func() bool { return m.nb == 0 }, func() bool { return m.na == 1 })
	return s.mergeSteps(mergeMoves{
		first: first,
		less:  func() (bool, error) { return s.less(s.keys[m.pb], s.tmpKeys[m.pa]) },
		take:  take,
		bWins: true,
		findA: func() (int, error) { return s.gallopRight(s.keys[m.pb], s.tmpKeys[m.pa:m.pa+m.na], 0) },
		advanceA: func(k int) (bool, bool) {
			s.fromTmpRange(m.dest, m.pa, k)
			m.dest, m.pa, m.na = m.dest+k, m.pa+k, m.na-k
			return m.na <= 1, m.na == 1 // none left only with an inconsistent order
		},
		findB: func() (int, error) { return s.gallopLeft(s.tmpKeys[m.pa], s.keys[m.pb:m.pb+m.nb], 0) },
		advanceB: func(k int) (bool, bool) {
			s.moveRange(m.dest, m.pb, k)
			m.dest, m.pb, m.nb = m.dest+k, m.pb+k, m.nb-k
			return m.nb == 0, false
		},
	})
}

// mergeHi is mergeLo from the right, for na > nb: the right run is moved to tmp, and m.dest,
// m.pa and m.pb go down.
func (s *runSorter) mergeHi(a, na, b, nb int) error {
	s.saveTmp(b, nb)
	m := mergeCursor{dest: b + nb - 1, pa: a + na - 1, na: na, pb: nb - 1, nb: nb}
	firstOfB, err := s.mergeHiSteps(&m, a)
	if firstOfB { // one key of the right run is left: it precedes the rest of the left run
		m.dest, m.pa = m.dest-m.na, m.pa-m.na
		s.moveRange(m.dest+1, m.pa+1, m.na)
		s.fromTmpRange(m.dest, m.pb, 1)
		return nil
	}
	s.fromTmpRange(m.dest-m.nb+1, 0, m.nb)
	return err
}

// mergeHiSteps does mergeHi's merging; a is where the left run starts. It reports true when
// the right run is down to its first key, which goes before the rest of the left run.
func (s *runSorter) mergeHiSteps(m *mergeCursor, a int) (bool, error) {
	takeA := func() { s.moveRange(m.dest, m.pa, 1); m.dest, m.pa, m.na = m.dest-1, m.pa-1, m.na-1 }
	takeB := func() { s.fromTmpRange(m.dest, m.pb, 1); m.dest, m.pb, m.nb = m.dest-1, m.pb-1, m.nb-1 }
	first, take := plainMoves(takeA, takeB, func() bool { return m.na == 0 }, func() bool { return m.nb == 1 })
	return s.mergeSteps(mergeMoves{
		first: first,
		less:  func() (bool, error) { return s.less(s.tmpKeys[m.pb], s.keys[m.pa]) },
		take:  take,
		findA: func() (int, error) {
			k, err := s.gallopRight(s.tmpKeys[m.pb], s.keys[a:a+m.na], m.na-1)
			return m.na - k, err
		},
		advanceA: func(k int) (bool, bool) {
			m.dest, m.pa, m.na = m.dest-k, m.pa-k, m.na-k
			s.moveRange(m.dest+1, m.pa+1, k)
			return m.na == 0, false
		},
		findB: func() (int, error) {
			k, err := s.gallopLeft(s.keys[m.pa], s.tmpKeys[:m.nb], m.nb-1)
			return m.nb - k, err
		},
		advanceB: func(k int) (bool, bool) {
			m.dest, m.pb, m.nb = m.dest-k, m.pb-k, m.nb-k
			s.fromTmpRange(m.dest+1, m.pb+1, k)
			return m.nb <= 1, m.nb == 1 // none left only with an inconsistent order
		},
	})
}

// plainMoves makes mergeMoves' first and take from the moves of one key: takeX moves the
// key of the run that wins when less reports true (the right run's, merging from the left),
// takeY the other's; xDone reports that run X is used up, yDone that run Y is down to the
// key that goes last.
func plainMoves(takeX, takeY func(), xDone, yDone func() bool) (first func() (bool, bool), take func(bool) (bool, bool)) {
	first = func() (bool, bool) {
		takeX()
		return xDone() || yDone(), yDone() && !xDone()
	}
	take = func(x bool) (bool, bool) {
		if x {
			takeX()
			return xDone(), false
		}
		takeY()
		return yDone(), true
	}
	return first, take
}

// mergeMoves are the steps of a merge in one direction. Each move reports whether the merge
// is over (end) and, if so, whether the last key of one run is left to place after (or,
// from the right, before) the rest of the other (rest). first takes the key known to go
// first; less and take are oneByOne's, and take(bWins) takes the right run's next key.
// Galloping, findA counts the keys of the left run that go before the right run's next
// one and advanceA moves them; findB and advanceB do the same the other way round.
type mergeMoves struct {
	first              func() (end, rest bool)
	less               func() (bool, error)
	take               func(bool) (end, rest bool)
	bWins              bool
	findA, findB       func() (int, error)
	advanceA, advanceB func(int) (end, rest bool)
}

// mergeSteps runs a merge: pair by pair until one run wins minGallop times in a row, then
// galloping for as long as it moves initialMinGallop keys or more at a time. minGallop falls
// while galloping pays and rises on leaving it.
func (s *runSorter) mergeSteps(d mergeMoves) (bool, error) {
	if end, rest := d.first(); end {
		return rest, nil
	}
	minGallop := s.minGallop
	for {
		wins1, wins2, end, rest, err := oneByOne(minGallop, d.less, d.take)
		if end || err != nil {
			return rest, err
		}
		minGallop++
		for first := true; first || wins1 >= initialMinGallop || wins2 >= initialMinGallop; first = false {
			minGallop -= min(minGallop-1, 1)
			s.minGallop = minGallop
			if wins1, end, rest, err = gallopStep(d.findA, d.advanceA, func() (bool, bool) { return d.take(d.bWins) }); end || err != nil {
				return rest, err
			}
			if wins2, end, rest, err = gallopStep(d.findB, d.advanceB, func() (bool, bool) { return d.take(!d.bWins) }); end || err != nil {
				return rest, err
			}
		}
		minGallop++ // leaving galloping costs
		s.minGallop = minGallop
	}
}

// gallopStep is half a round of galloping: find counts the keys of one run that go before
// the other run's next key, advance moves them, and take moves that next key. It returns the
// count and whether the merge is over.
func gallopStep(find func() (int, error), advance func(int) (end, rest bool), take func() (end, rest bool)) (int, bool, bool, error) {
	k, err := find()
	if err != nil {
		return 0, true, false, err
	}
	if k > 0 {
		if end, rest := advance(k); end {
			return k, true, rest, nil
		}
	}
	end, rest := take()
	return k, end, rest, nil
}

// saveTmp copies the n keys (and items) from lo into tmp.
func (s *runSorter) saveTmp(lo, n int) {
	s.tmpKeys = append(s.tmpKeys[:0], s.keys[lo:lo+n]...)
	if s.items != nil {
		s.tmpItems = append(s.tmpItems[:0], s.items[lo:lo+n]...)
	}
}

// moveRange moves n keys (and items) from src to dest; the ranges may overlap.
func (s *runSorter) moveRange(dest, src, n int) { s.place(dest, s.keys, s.items, src, n) }

// fromTmpRange copies n of tmp's keys (and items) from t to dest.
func (s *runSorter) fromTmpRange(dest, t, n int) { s.place(dest, s.tmpKeys, s.tmpItems, t, n) }

// place copies n keys from keys[src:] (and n items from items[src:], when the sort moves
// items) to dest.
func (s *runSorter) place(dest int, keys, items []Value, src, n int) {
	copy(s.keys[dest:dest+n], keys[src:src+n])
	if s.items != nil {
		copy(s.items[dest:dest+n], items[src:src+n])
	}
}
