package vm

import "unsafe"

// List is a mutable sequence. While every element is an Int that fits in 32 bits, the list
// keeps them unboxed in ints: 4 bytes each, where an interface slot costs 16 plus, beyond the
// small-int cache, a boxed int, and memory the collector need not scan. 32 bits rather than
// 64 because a growing slice briefly holds its old and new arrays, which at 8 bytes an
// element already cost a 3 M-element list about 45 MB. Exactly one of the two forms is in use:
// ints is nil or items is empty. The hot paths (append, len, indexing, item assignment,
// iteration, pop) work on either form; other code takes Items, which moves the list to the
// boxed form for good.
type List struct {
	items []Value
	ints  []int32
}

// ListClass is the class of lists.
var ListClass = newBuiltinClass("list", ObjectClass)

// Type implements Value.
func (*List) Type() *Class { return ListClass }

// NewList makes a list holding items (not copied).
func NewList(items []Value) *List { return &List{items: items} }

// Items returns the list's elements as values, which the caller may read and assign in
// place. A list held unboxed is boxed first, and stays so.
func (l *List) Items() []Value {
	if l.ints != nil {
		l.box()
	}
	return l.items
}

// SetItems makes items (not copied) the list's elements.
func (l *List) SetItems(items []Value) { l.items, l.ints = items, nil }

// Len is the number of elements (one of the two forms is always empty).
func (l *List) Len() int { return len(l.items) + len(l.ints) }

// narrowInt is v as an unboxed element, if it is an Int that fits.
func narrowInt(v Value) (int32, bool) {
	n, ok := v.(Int)
	return int32(n), ok && Int(int32(n)) == n
}

// Append adds v at the end. An empty list that receives a narrow Int starts the unboxed form.
func (l *List) Append(v Value) {
	if n, ok := narrowInt(v); ok {
		if l.ints != nil {
			l.ints = append(l.ints, n)
			return
		}
		if len(l.items) == 0 {
			l.items, l.ints = nil, append(make([]int32, 0, 4), n)
			return
		}
	} else if l.ints != nil {
		l.box()
	}
	l.items = append(l.items, v)
}

// at is element i, which must be in range.
func (l *List) at(th *Thread, i int) Value {
	if l.ints == nil {
		return l.items[i]
	}
	return l.intAt(th, i)
}

// intAt is element i of an unboxed list, boxed.
func (l *List) intAt(th *Thread, i int) Value {
	if th == nil {
		return MakeInt(int64(l.ints[i]))
	}
	return th.boxInt(int64(l.ints[i]))
}

// setAt makes v element i, which must be in range.
func (l *List) setAt(i int, v Value) {
	if l.ints != nil {
		if n, ok := narrowInt(v); ok {
			l.ints[i] = n
			return
		}
		l.box()
	}
	l.items[i] = v
}

// boxed is the address of the boxed elements, for the slice operations that rework them.
func (l *List) boxed() *[]Value {
	l.Items()
	return &l.items
}

// concat is a new list of l's elements followed by m's (m may be nil): unboxed when both
// are, or when one is unboxed and the other empty.
func (l *List) concat(m *List) *List {
	if m == nil {
		m = &List{}
	}
	if (l.ints != nil || len(l.items) == 0) && (m.ints != nil || len(m.items) == 0) && (l.ints != nil || m.ints != nil) {
		ints := make([]int32, 0, len(l.ints)+len(m.ints))
		return &List{ints: append(append(ints, l.ints...), m.ints...)}
	}
	items := make([]Value, 0, l.Len()+m.Len())
	return NewList(append(append(items, l.Items()...), m.Items()...))
}

// slice is l[s] as a new list, unboxed when l is.
func (l *List) slice(s *Slice) (Value, error) {
	if l.ints == nil {
		items, err := sliceItems(l.items, s)
		if err != nil {
			return nil, err
		}
		return NewList(items), nil
	}
	start, stop, step, err := s.Indices(len(l.ints))
	if err != nil {
		return nil, err
	}
	out := []int32{}
	if step == 1 {
		if start < stop {
			out = append(out, l.ints[start:stop]...)
		}
	} else {
		for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
			out = append(out, l.ints[i])
		}
	}
	return &List{ints: out}, nil
}

// box moves an unboxed list to the boxed form. The ints beyond the small-int cache share
// one backing array, one allocation for the whole list.
func (l *List) box() {
	items := make([]Value, len(l.ints), cap(l.ints))
	big := 0
	for _, n := range l.ints {
		if !isSmallInt(n) {
			big++
		}
	}
	var cells []Int
	if big > 0 && intItab != nil {
		cells = make([]Int, big)
	}
	for i, n := range l.ints {
		switch {
		case isSmallInt(n):
			items[i] = smallInts[n-smallIntMin]
		case cells != nil:
			cells[0] = Int(n)
			items[i] = makeBoxed(intItab, unsafe.Pointer(&cells[0]))
			cells = cells[1:]
		default:
			items[i] = Int(n)
		}
	}
	l.items, l.ints = items, nil
}

// isSmallInt reports whether n is in the cache of boxed small ints.
func isSmallInt(n int32) bool { return n >= smallIntMin && n <= smallIntMax }

// Values converts a slice of one kind of value (tasks, frames) to the []Value that lists,
// tuples and calls hold.
func Values[T Value](xs []T) []Value {
	vals := make([]Value, len(xs))
	for i, x := range xs {
		vals[i] = x
	}
	return vals
}

// Tuple is an immutable sequence.
type Tuple []Value

// TupleClass is the class of tuples.
var TupleClass = newBuiltinClass("tuple", ObjectClass)

// Type implements Value.
func (Tuple) Type() *Class { return TupleClass }

// EmptyTuple is the () value.
var EmptyTuple Value = Tuple(nil)

// seqIter iterates over a list or tuple by position, so a list that grows while it is
// iterated yields the new items too, as in Python.
type seqIter struct {
	list  *List
	tuple Tuple
	pos   int
}

// ListIteratorClass and TupleIteratorClass are the classes of sequence iterators.
var (
	ListIteratorClass  = newBuiltinClass("list_iterator", ObjectClass)
	TupleIteratorClass = newBuiltinClass("tuple_iterator", ObjectClass)
)

// Type implements Value.
func (it *seqIter) Type() *Class {
	if it.list != nil {
		return ListIteratorClass
	}
	return TupleIteratorClass
}

// left is the number of items the iterator has not yet given.
func (it *seqIter) left() int {
	if it.list != nil {
		return it.list.Len() - it.pos
	}
	return len(it.tuple) - it.pos
}

// Next implements Iterator.
func (it *seqIter) Next(th *Thread) (Value, error) {
	items := it.tuple
	if l := it.list; l != nil {
		if l.ints != nil {
			if it.pos >= len(l.ints) {
				return nil, nil
			}
			it.pos++
			return l.intAt(th, it.pos-1), nil
		}
		items = l.items
	}
	if it.pos >= len(items) {
		return nil, nil
	}
	v := items[it.pos]
	it.pos++
	return v, nil
}

// sliceItems returns items[lo:hi:step] as a new slice.
func sliceItems(items []Value, sl *Slice) ([]Value, error) {
	start, stop, step, err := sl.Indices(len(items))
	if err != nil {
		return nil, err
	}
	if step == 1 {
		if start >= stop {
			return []Value{}, nil
		}
		return append([]Value(nil), items[start:stop]...), nil
	}
	var out []Value
	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
		out = append(out, items[i])
	}
	if out == nil {
		out = []Value{}
	}
	return out, nil
}

// seqIndex resolves a subscript index against a sequence length, with Python's negative
// indices, or returns IndexError naming the sequence kind ("list", "tuple").
func seqIndex(iv Value, n int, kind string) (int, error) {
	i, err := indexArg(iv, kind)
	if err != nil {
		return 0, err
	}
	return boundIndex(i, n, kind)
}

// boundIndex resolves an int index against a sequence length, with Python's negative
// indices, or returns IndexError naming the sequence kind.
func boundIndex(i, n int, kind string) (int, error) {
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, Errorf(IndexError, "%s index out of range", kind)
	}
	return i, nil
}

// indexArg converts a subscript to an int, or raises CPython's TypeError for the sequence kind.
func indexArg(iv Value, kind string) (int, error) {
	if i, ok := asInt64(iv); ok {
		return int(i), nil
	}
	if b, ok := baseOf(iv); ok && isInt(b) {
		return indexArg(b, kind) // an instance of an int subclass
	}
	if _, ok := iv.(*BigInt); ok {
		return 0, Errorf(IndexError, "cannot fit 'int' into an index-sized integer")
	}
	if kind == "string" {
		return 0, Errorf(TypeError, "string indices must be integers, not '%s'", TypeName(iv))
	}
	return 0, Errorf(TypeError, "%s indices must be integers or slices, not %s", kind, TypeName(iv))
}

// Slice is a slice object, x[lo:hi:step].
type Slice struct {
	Lower, Upper, Step Value
}

// SliceClass is the class of slice objects.
var SliceClass = newBuiltinClass("slice", ObjectClass)

// Type implements Value.
func (*Slice) Type() *Class { return SliceClass }

// Indices resolves the slice against a sequence of length n, as slice.indices does.
func (s *Slice) Indices(n int) (start, stop, step int, err error) {
	step = 1
	if !IsNone(s.Step) {
		st, ok := asInt64(s.Step)
		if !ok {
			return 0, 0, 0, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		if st == 0 {
			return 0, 0, 0, Errorf(ValueError, "slice step cannot be zero")
		}
		step = int(st)
	}
	bound := func(v Value, def int) (int, error) {
		if IsNone(v) {
			return def, nil
		}
		i, ok := asInt64(v)
		if !ok {
			if b, isBig := v.(*BigInt); isBig {
				if b.v.Sign() < 0 {
					i = -int64(n) - 1
				} else {
					i = int64(n) + 1
				}
			} else {
				return 0, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
			}
		}
		x := int(i)
		if x < 0 {
			x += n
			if x < 0 {
				if step < 0 {
					x = -1
				} else {
					x = 0
				}
			}
		} else if x >= n {
			if step < 0 {
				x = n - 1
			} else {
				x = n
			}
		}
		return x, nil
	}
	if step > 0 {
		if start, err = bound(s.Lower, 0); err != nil {
			return
		}
		stop, err = bound(s.Upper, n)
	} else {
		if start, err = bound(s.Lower, n-1); err != nil {
			return
		}
		stop, err = bound(s.Upper, -1)
	}
	return
}

// Range is a range object.
type Range struct {
	Start, Stop, Step int64
}

// RangeClass is the class of ranges.
var RangeClass = newBuiltinClass("range", ObjectClass)

// Type implements Value.
func (*Range) Type() *Class { return RangeClass }

// Len is the number of values in the range.
func (r *Range) Len() int64 {
	if r.Step > 0 && r.Start < r.Stop {
		return (r.Stop - r.Start + r.Step - 1) / r.Step
	}
	if r.Step < 0 && r.Start > r.Stop {
		return (r.Start - r.Stop - r.Step - 1) / -r.Step
	}
	return 0
}

// rangeIter iterates over a range.
type rangeIter struct {
	next, step, left int64
}

// RangeIteratorClass is the class of range iterators.
var RangeIteratorClass = newBuiltinClass("range_iterator", ObjectClass)

// Type implements Value.
func (*rangeIter) Type() *Class { return RangeIteratorClass }

// Next implements Iterator.
func (it *rangeIter) Next(th *Thread) (Value, error) {
	if it.left <= 0 {
		return nil, nil
	}
	v := it.next
	it.next += it.step
	it.left--
	if th != nil {
		return th.boxInt(v), nil // from the thread's slab, as the dispatch loop's own loop does
	}
	return MakeInt(v), nil
}
