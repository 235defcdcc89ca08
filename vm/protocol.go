package vm

// Iterator is a value that produces items one at a time. Next returns nil (and no error) when
// the iterator is exhausted, so loops need not allocate StopIteration.
type Iterator interface {
	Value
	Next(th *Thread) (Value, error)
}

// UnpackingIterator is an iterator whose items are tuples it builds (zip, enumerate, a dict's
// items): a loop that unpacks each item at once (for k, v in d.items()) asks it for the
// values without the tuple.
type UnpackingIterator interface {
	Iterator
	// NextUnpacked stores the values of the next item in dst, in the order UNPACK_SEQUENCE
	// leaves them (the last value first), and reports true, when that item is a tuple of
	// len(dst) values; otherwise it returns the item itself (nil at the end) for the
	// general path.
	NextUnpacked(th *Thread, dst []Value) (v Value, unpacked bool, err error)
}

// Sized is a value of a built-in class of another package (collections.deque) that counts
// its items natively: len() and truth ask it directly instead of looking up __len__.
type Sized interface {
	Value
	PyLen() int
}

// Truth is bool(v).
func Truth(th *Thread, v Value) (bool, error) {
	switch x := v.(type) {
	case Bool:
		return bool(x), nil
	case NoneType:
		return false, nil
	case Int:
		return x != 0, nil
	case *BigInt:
		return true, nil
	case Float:
		return x != 0, nil
	case Str:
		return x != "", nil
	case *List:
		return x.Len() > 0, nil
	case Tuple:
		return len(x) > 0, nil
	case *Dict:
		return x.Len() > 0, nil
	case *Set:
		return x.Len() > 0, nil
	case *Range:
		return x.Len() > 0, nil
	case *BigRange:
		return x.length().Sign() > 0, nil
	case Bytes:
		return x != "", nil
	case *ByteArray:
		return len(x.B) > 0, nil
	case Sized:
		return x.PyLen() > 0, nil
	}
	cls := v.Type()
	if m, ok := cls.userMethod("__bool__"); ok {
		r, err := th.Call(m, []Value{v}, nil)
		if err != nil {
			return false, err
		}
		b, ok := r.(Bool)
		if !ok {
			return false, Errorf(TypeError, "__bool__ should return bool, returned %s", TypeName(r))
		}
		return bool(b), nil
	}
	if _, ok := cls.userMethod("__len__"); ok {
		n, err := Len(th, v)
		return n > 0, err
	}
	if b, ok := baseOf(v); ok {
		return Truth(th, b)
	}
	return true, nil
}

// Len is len(v).
func Len(th *Thread, v Value) (int, error) {
	switch x := v.(type) {
	case Str:
		return strLen(string(x)), nil
	case *List:
		return x.Len(), nil
	case Tuple:
		return len(x), nil
	case *Dict:
		return x.Len(), nil
	case *Set:
		return x.Len(), nil
	case *Range:
		return int(x.Len()), nil
	case *BigRange:
		if n := x.length(); n.IsInt64() {
			return int(n.Int64()), nil
		}
		return 0, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
	case Bytes:
		return len(x), nil
	case *ByteArray:
		return len(x.B), nil
	case *DictView:
		return x.D.Len(), nil
	case Sized:
		return x.PyLen(), nil
	}
	if m, ok := v.Type().userMethod("__len__"); ok {
		r, err := th.Call(m, []Value{v}, nil)
		if err != nil {
			return 0, err
		}
		if r, err = Index(th, r); err != nil {
			return 0, err
		}
		n, ok := asInt64(r)
		if !ok {
			return 0, Errorf(OverflowError, "cannot fit 'int' into an index-sized integer")
		}
		if n < 0 {
			return 0, Errorf(ValueError, "__len__() should return >= 0")
		}
		return int(n), nil
	}
	if b, ok := baseOf(v); ok {
		return Len(th, b)
	}
	return 0, Errorf(TypeError, "object of type '%s' has no len()", TypeName(v))
}

// Iter is iter(v).
func Iter(th *Thread, v Value) (Value, error) {
	switch x := v.(type) {
	case *List:
		return &seqIter{list: x}, nil
	case Tuple:
		return &seqIter{tuple: x}, nil
	case Str:
		return &strIter{s: string(x), ascii: isASCII(string(x))}, nil
	case *Range:
		return &rangeIter{next: x.Start, step: x.Step, left: x.Len()}, nil
	case *BigRange:
		return &bigRangeIter{next: x.Start, step: x.Step, left: x.length()}, nil
	case *Dict:
		return newDictIter(x, 0), nil
	case *DictView:
		return newDictIter(x.D, x.Kind), nil
	case *Set:
		return newSetIter(x), nil
	case Bytes:
		items := make(Tuple, len(x))
		for i := range items {
			items[i] = MakeInt(int64(x[i]))
		}
		return &seqIter{tuple: items}, nil
	case *ByteArray:
		return &byteArrayIter{b: x}, nil
	case Iterator:
		return x, nil
	}
	cls := v.Type()
	if m, ok := cls.userMethod("__iter__"); ok {
		if IsNone(m) {
			// __iter__ = None opts out of iteration, the __getitem__ fallback included.
			return nil, Errorf(TypeError, "'%s' object is not iterable", TypeName(v))
		}
		it, err := th.Call(m, []Value{v}, nil)
		if err != nil {
			return nil, err
		}
		if _, isIter := it.(Iterator); !isIter {
			if _, ok := it.Type().userMethod("__next__"); !ok {
				return nil, Errorf(TypeError, "iter() returned non-iterator of type '%s'", TypeName(it))
			}
		}
		return it, nil
	}
	if b, ok := baseOf(v); ok {
		return Iter(th, b) // the built-in's iterator, whatever __getitem__ the subclass defines
	}
	if _, ok := cls.userMethod("__getitem__"); ok {
		return &getitemIter{obj: v}, nil
	}
	return nil, Errorf(TypeError, "'%s' object is not iterable", TypeName(v))
}

// Next advances an iterator: it returns nil when the iterator is exhausted.
func Next(th *Thread, it Value) (Value, error) {
	if i, ok := it.(Iterator); ok {
		return i.Next(th)
	}
	if m, ok := it.Type().userMethod("__next__"); ok {
		v, err := th.Call(m, []Value{it}, nil)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Class.IsSubclass(StopIteration) {
				return nil, nil
			}
			return nil, err
		}
		return v, nil
	}
	return nil, Errorf(TypeError, "'%s' object is not an iterator", TypeName(it))
}

// getitemIter iterates an object that has __getitem__ but no __iter__, by index until
// IndexError, as Python's old sequence protocol does.
type getitemIter struct {
	obj Value
	i   int64
}

// IteratorClass is the class of the sequence-protocol iterator.
var IteratorClass = newBuiltinClass("iterator", ObjectClass)

// Type implements Value.
func (*getitemIter) Type() *Class { return IteratorClass }

// Next implements Iterator.
func (g *getitemIter) Next(th *Thread) (Value, error) {
	v, err := GetItem(th, g.obj, MakeInt(g.i))
	if err != nil {
		if e, ok := err.(*Exception); ok && (e.Class.IsSubclass(IndexError) || e.Class.IsSubclass(StopIteration)) {
			return nil, nil
		}
		return nil, err
	}
	g.i++
	return v, nil
}

// Iterate calls fn for each item of an iterable, stopping at the first error. Each item is a
// step (see Thread.Step).
func Iterate(th *Thread, iterable Value, fn func(Value) error) error {
	it, err := Iter(th, iterable)
	if err != nil {
		return err
	}
	for {
		if err := th.Step(); err != nil {
			return err
		}
		v, err := Next(th, it)
		if err != nil {
			return err
		}
		if v == nil {
			return nil
		}
		if err := fn(v); err != nil {
			return err
		}
	}
}

// ToSlice collects an iterable's items. Lists and tuples are returned without copying:
// callers must not modify the result.
func ToSlice(th *Thread, iterable Value) ([]Value, error) {
	switch x := iterable.(type) {
	case *List:
		return x.Items(), nil
	case Tuple:
		return x, nil
	case *BigRange:
		if n := x.length(); !n.IsInt64() || checkSize(int(n.Int64()), maxItems) != nil {
			return nil, Errorf(MemoryError, "")
		}
	}
	var out []Value
	if n, known := sizeHint(iterable); known {
		if err := checkSize(n, maxItems); err != nil {
			return nil, err
		}
		out = make([]Value, 0, n) // the length is known: no growing while filling
	}
	err := Iterate(th, iterable, func(v Value) error {
		out = append(out, v)
		return nil
	})
	return out, err
}

// sizeHint is the number of items iterating v gives, for the built-in containers that know
// it without running code; known is false for others.
func sizeHint(v Value) (n int, known bool) {
	switch x := v.(type) {
	case *Range:
		return int(x.Len()), true
	case *Dict:
		return x.Len(), true
	case *Set:
		return x.Len(), true
	case *DictView:
		return x.D.Len(), true
	case Str:
		return strLen(string(x)), true
	}
	return 0, false
}

// Contains is `x in container`.
func Contains(th *Thread, container, x Value) (bool, error) {
	switch c := container.(type) {
	case Str:
		s, ok := unwrap(x).(Str)
		if !ok {
			return false, Errorf(TypeError, "'in <string>' requires string as left operand, not %s", TypeName(x))
		}
		return containsStr(string(c), string(s)), nil
	case *Dict:
		_, ok, err := c.Get(th, x)
		return ok, err
	case *Set:
		return c.Contains(th, x)
	case *Range:
		n, ok := asInt64(x)
		if !ok {
			break
		}
		if c.Step > 0 {
			return n >= c.Start && n < c.Stop && (n-c.Start)%c.Step == 0, nil
		}
		return n <= c.Start && n > c.Stop && (c.Start-n)%(-c.Step) == 0, nil
	case *BigRange:
		return c.contains(x), nil
	case Bytes, *ByteArray:
		return bytesContains(th, selfText(c), x)
	case *DictView:
		if c.Kind == 0 {
			_, ok, err := c.D.Get(th, x)
			return ok, err
		}
	}
	if m, ok := container.Type().userMethod("__contains__"); ok {
		if IsNone(m) {
			return false, Errorf(TypeError, "'%s' object is not a container", TypeName(container))
		}
		r, err := th.Call(m, []Value{container, x}, nil)
		if err != nil {
			return false, err
		}
		return Truth(th, r)
	}
	if b, ok := baseOf(container); ok {
		return Contains(th, b, x)
	}
	if _, err := Iter(th, container); err != nil {
		return false, Errorf(TypeError, "argument of type '%s' is not iterable", TypeName(container))
	}
	found := false
	err := Iterate(th, container, func(v Value) error {
		eq, err := Equal(th, v, x)
		if eq {
			found = true
			return errStop
		}
		return err
	})
	if err == errStop {
		err = nil
	}
	return found, err
}

// errStop ends an Iterate early without being an error to the caller.
var errStop = &Exception{}

// Index is operator.index(v): an int as it is (the int inside an int subclass's instance),
// else the result of the object's __index__.
func Index(th *Thread, v Value) (Value, error) {
	v = unwrap(v)
	if isInt(v) {
		return v, nil
	}
	if m, ok := v.Type().userMethod("__index__"); ok {
		r, err := th.Call(m, []Value{v}, nil)
		if err != nil {
			return nil, err
		}
		if !isInt(unwrap(r)) {
			return nil, Errorf(TypeError, "__index__ returned non-int (type %s)", TypeName(r))
		}
		return unwrap(r), nil
	}
	return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(v))
}
