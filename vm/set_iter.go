package vm

// setIter iterates over a set's hash table live, as CPython's set iterator does: it fails
// once the set's size differs from its size at the start, and keeps failing after that.
// Mutations that keep the size (a discard and an add) go unnoticed and the iteration goes
// on over the changed table, which, laid out as CPython's, yields what CPython yields.
type setIter struct {
	s    *Set
	pos  int
	used int
}

// SetIteratorClass is the class of set iterators.
var SetIteratorClass = newBuiltinClass("set_iterator", ObjectClass)

func newSetIter(s *Set) *setIter { return &setIter{s: s, used: s.used} }

// Type implements Value.
func (*setIter) Type() *Class { return SetIteratorClass }

// Next implements Iterator.
func (it *setIter) Next(*Thread) (Value, error) {
	if it.s == nil {
		return nil, nil
	}
	if it.s.used != it.used {
		it.used = -1
		return nil, Errorf(RuntimeError, "Set changed size during iteration")
	}
	for ; it.pos < len(it.s.table); it.pos++ {
		if k := it.s.table[it.pos].key; k != nil && k != deletedKey {
			it.pos++
			return k, nil
		}
	}
	it.s = nil
	return nil, nil
}
