package vm

import "unicode/utf8"

// The built-in iterators report how many items they have left through __length_hint__,
// which operator.length_hint asks for, as CPython's iterators do.
func init() {
	def := []MethodDef{{Name: "__length_hint__", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
		return iterLengthHint(self)
	}}}
	classes := []*Class{ListIteratorClass, TupleIteratorClass, RangeIteratorClass, LongRangeIteratorClass, StrIteratorClass, SetIteratorClass}
	for _, cs := range DictIteratorClasses {
		classes = append(classes, cs[:]...)
	}
	for _, c := range classes {
		c.DefineMethods(def)
	}
}

// iterLengthHint is the number of items a built-in iterator has left.
func iterLengthHint(it Value) (Value, error) {
	n := 0
	switch it := it.(type) {
	case *seqIter:
		n = it.left()
	case *rangeIter:
		return MakeInt(max(it.left, 0)), nil
	case *bigRangeIter:
		if !it.left.IsInt64() {
			return nil, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
		}
		return MakeInt(max(it.left.Int64(), 0)), nil
	case *strIter:
		n = utf8.RuneCountInString(it.s[it.pos:])
	case *dictIter:
		if it.d != nil && it.d.live == it.size {
			n = it.left
		}
	case *setIter:
		if it.s != nil && it.s.used == it.used {
			for _, e := range it.s.table[it.pos:] {
				if e.key != nil && e.key != deletedKey {
					n++
				}
			}
		}
	}
	return MakeInt(int64(max(n, 0))), nil
}
