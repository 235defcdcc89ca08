package vm

// List is a mutable sequence.
type List struct {
	Items []Value
}

// ListClass is the class of lists.
var ListClass = newBuiltinClass("list", ObjectClass)

// Type implements Value.
func (*List) Type() *Class { return ListClass }

// NewList makes a list holding items (not copied).
func NewList(items []Value) *List { return &List{Items: items} }

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

// Next implements Iterator.
func (it *seqIter) Next(*Thread) (Value, error) {
	items := it.tuple
	if it.list != nil {
		items = it.list.Items
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
	if s.Step != None {
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
		if v == None {
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
func (it *rangeIter) Next(*Thread) (Value, error) {
	if it.left <= 0 {
		return nil, nil
	}
	v := it.next
	it.next += it.step
	it.left--
	return MakeInt(v), nil
}
