package vm

func init() {
	ListClass.DefineMethods([]MethodDef{
		{Name: "append", Style: OneArg, Min: 1, Max: 1, Fn: func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			self.(*List).Append(a[0])
			return None, nil
		}},
		{Name: "extend", Style: OneArg, Min: 1, Max: 1, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			return None, listExtend(th, self.(*List), a[0])
		}},
		{Name: "insert", Style: PosArgs, Min: 2, Max: 2, Fn: listInsert},
		{Name: "pop", Style: PosArgs, Max: 1, Fn: listPop},
		{Name: "remove", Style: OneArg, Min: 1, Max: 1, Fn: listRemove},
		{Name: "index", Style: PosArgs, Min: 1, Max: 3, Fn: seqIndexMethod},
		{Name: "count", Style: OneArg, Min: 1, Max: 1, Fn: seqCountMethod},
		{Name: "sort", Style: KwOnlyArgs, Max: 2, Kw: []string{"key", "reverse"}, Fn: listSort},
		{Name: "reverse", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			items := self.(*List).Items()
			for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
				items[i], items[j] = items[j], items[i]
			}
			return None, nil
		}},
		{Name: "copy", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return self.(*List).concat(nil), nil
		}},
		{Name: "clear", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			self.(*List).SetItems(nil)
			return None, nil
		}},
	})
	TupleClass.DefineMethods([]MethodDef{
		{Name: "index", Style: PosArgs, Min: 1, Max: 3, Fn: seqIndexMethod},
		{Name: "count", Style: OneArg, Min: 1, Max: 1, Fn: seqCountMethod},
	})
}

// seqItems returns the items of a list or tuple receiver.
func seqItems(v Value) []Value {
	if l, ok := v.(*List); ok {
		return l.Items()
	}
	return v.(Tuple)
}

func listInsert(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	l := self.(*List)
	i, err := IndexArg(th, a[0])
	if err != nil {
		return nil, err
	}
	items := l.Items()
	insertAt(&items, i, a[1])
	l.SetItems(items)
	return None, nil
}

func listPop(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	l := self.(*List)
	i, err := popIndex(th, a[0], l.Len(), "list")
	if err != nil {
		return nil, err
	}
	v := l.at(th, i)
	l.removeAt(i)
	return v, nil
}

// removeAt deletes item i in place. Removing the first item only moves the slice's start,
// so a list used as a FIFO queue (pop(0), remove of the oldest) costs O(1) per removal.
func (l *List) removeAt(i int) {
	if l.ints != nil {
		if i == 0 {
			l.ints = l.ints[1:]
			return
		}
		l.ints = append(l.ints[:i], l.ints[i+1:]...)
		return
	}
	n := len(l.items)
	if i == 0 {
		l.items[0] = nil
		l.items = l.items[1:]
		return
	}
	copy(l.items[i:], l.items[i+1:])
	l.items[n-1] = nil // drop the reference left in the spare capacity
	l.items = l.items[:n-1]
}

func listRemove(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	l := self.(*List)
	for i, v := range l.Items() {
		eq, err := Equal(th, v, a[0])
		if err != nil {
			return nil, err
		}
		if eq {
			l.removeAt(i)
			return None, nil
		}
	}
	return nil, Errorf(ValueError, "list.remove(x): x not in list")
}

// seqIndexMethod is list.index and tuple.index: index(x[, start[, stop]]).
func seqIndexMethod(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	items := seqItems(self)
	start, stop, err := SearchBounds(a[1], a[2], len(items))
	if err != nil {
		return nil, err
	}
	// The list may shrink while __eq__ runs, so the bound is checked on every step.
	for i := start; i < stop && i < len(seqItems(self)); i++ {
		eq, err := Equal(th, seqItems(self)[i], a[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return MakeInt(int64(i)), nil
		}
	}
	if _, isTuple := self.(Tuple); isTuple {
		return nil, Errorf(ValueError, "tuple.index(x): x not in tuple")
	}
	r, err := Repr(th, a[0])
	if err != nil {
		return nil, err
	}
	return nil, Errorf(ValueError, "%s is not in list", r)
}

// seqCountMethod is list.count and tuple.count.
func seqCountMethod(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	n := 0
	for i := 0; i < len(seqItems(self)); i++ {
		eq, err := Equal(th, seqItems(self)[i], a[0])
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return MakeInt(int64(n)), nil
}

// listSort is list.sort(*, key=None, reverse=False): a stable sort using only <, which
// stops at the first comparison (or key) error. As in CPython, a comparison error leaves the
// list as far as it got (a permutation of its items), a key error leaves it as it was, and a
// list modified during the sort gets back the sorted items before the ValueError.
func listSort(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	l := self.(*List)
	reverse, err := flagArg(th, a[1])
	if err != nil {
		return nil, err
	}
	items := l.Items()
	// As in CPython, the list looks empty while it is sorted, so a key function or __lt__
	// that modifies it can be detected.
	l.SetItems(nil)
	sorted, err := sortValues(th, items, a[0], reverse)
	modified := l.Len() != 0
	copy(items, sorted)
	l.SetItems(items)
	if err != nil {
		return nil, err
	}
	if modified {
		return nil, Errorf(ValueError, "list modified during sort")
	}
	return None, nil
}

// sortValues returns items sorted stably by key (None or nil for the items themselves),
// descending when reverse is set; equal items keep their order either way. When a comparison
// fails it returns the items in the order the sort had reached with the error; when a key
// fails, no items.
func sortValues(th *Thread, items []Value, key Value, reverse bool) ([]Value, error) {
	s := runSorter{th: th, keys: append([]Value(nil), items...)}
	if key != nil && !IsNone(key) {
		s.items = s.keys
		s.keys = make([]Value, len(items))
		for i, v := range items {
			k, err := th.CallLent(key, []Value{v})
			if err != nil {
				return nil, err
			}
			s.keys[i] = k
		}
	}
	src := s.keys
	if s.items != nil {
		src = s.items
	}
	if sorted, ok := sortTotal(s.keys, src, reverse); ok {
		return sorted, nil
	}
	// As CPython does for reverse, sort the reversed input ascending and reverse the result:
	// equal items keep their order and __lt__ sees its operands the same way round.
	if reverse {
		s.reverse()
	}
	err := s.sortRuns()
	if reverse {
		s.reverse()
	}
	if s.items != nil {
		return s.items, err
	}
	return s.keys, err
}
