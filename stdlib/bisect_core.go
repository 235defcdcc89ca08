package stdlib

import "github.com/asyncscript/asyncscript/vm"

// newBisectCore is _bisect, which lib/bisect.py re-exports, after CPython's
// _bisectmodule.c: binary search over any sequence (a list read directly, anything else
// through len() and [i]), comparing only with <.
var newBisectCore = coreModule("_bisect",
	vm.NewFunc(bisectSignature("bisect_right"), bisectFunc(true)),
	vm.NewFunc(bisectSignature("bisect_left"), bisectFunc(false)),
	vm.NewFunc(bisectSignature("insort_right"), insortFunc(true)),
	vm.NewFunc(bisectSignature("insort_left"), insortFunc(false)),
)

// bisectSignature is the Argument Clinic signature all four share:
// name(a, x, lo=0, hi=None, *, key=None).
func bisectSignature(name string) vm.Signature {
	return vm.Signature{Name: name, Style: vm.ClinicArgs, Min: 2, Max: 4, Kw: []string{"a", "x", "lo", "hi"}, KwOnly: []string{"key"}}
}

// bisectArgs are a bound call's arguments, lo and hi converted; hi is -1 for len(a), as
// in the C code, where an explicit -1 means the same.
type bisectArgs struct {
	a, x, key vm.Value // key is nil for none
	lo, hi    int
}

// bindBisect converts the bound arguments a, x, lo, hi, key.
func bindBisect(th *vm.Thread, args []vm.Value) (bisectArgs, error) {
	b := bisectArgs{a: args[0], x: args[1], hi: -1}
	if args[2] != nil {
		lo, err := vm.IndexArg(th, args[2])
		if err != nil {
			return b, err
		}
		b.lo = lo
	}
	if hi := args[3]; hi != nil && !vm.IsNone(hi) {
		n, err := optionalSsize(th, hi)
		if err != nil {
			return b, err
		}
		b.hi = n
	}
	if key := args[4]; key != nil && !vm.IsNone(key) {
		b.key = key
	}
	return b, nil
}

// optionalSsize is CPython's _Py_convert_optional_to_ssize_t for an argument that is not
// None: an integer, or an object with __index__, that fits in a Py_ssize_t.
func optionalSsize(th *vm.Thread, v vm.Value) (int, error) {
	if _, ok := vm.BuiltinValue(v).Type().Lookup("__index__"); !ok {
		return 0, vm.Errorf(vm.TypeError, "argument should be integer or None, not '%s'", vm.TypeName(v))
	}
	r, err := vm.Index(th, v)
	if err != nil {
		return 0, err
	}
	if n, ok := smallInt(r); ok {
		return int(n), nil
	}
	return 0, vm.Errorf(vm.OverflowError, "cannot fit 'int' into an index-sized integer")
}

// search is the C code's internal_bisect_right (right) or internal_bisect_left: the index
// in a[lo:hi] at which x would go after (before) the items equal to it; with a key, x is
// compared with key(item).
func (b *bisectArgs) search(th *vm.Thread, x vm.Value, right bool) (int, error) {
	lo, hi := b.lo, b.hi
	if lo < 0 {
		return 0, vm.Errorf(vm.ValueError, "lo must be non-negative")
	}
	if hi == -1 {
		n, err := sequenceLen(th, b.a)
		if err != nil {
			return 0, err
		}
		hi = n
	}
	for lo < hi {
		mid := int(uint(lo+hi) / 2)
		item, err := sequenceItem(th, b.a, mid)
		if err != nil {
			return 0, err
		}
		if b.key != nil {
			if item, err = th.CallLent(b.key, []vm.Value{item}); err != nil {
				return 0, err
			}
		}
		// Whether x's place is at mid or before it: x < item for the right search, and
		// not item < x for the left one.
		var left bool
		if right {
			left, err = vm.Less(th, x, item)
		} else {
			left, err = vm.Less(th, item, x)
			left = !left
		}
		if err != nil {
			return 0, err
		}
		if left {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}

// sequenceLen is PySequence_Size(a).
func sequenceLen(th *vm.Thread, a vm.Value) (int, error) {
	if _, ok := a.(*vm.Dict); ok {
		return 0, vm.Errorf(vm.TypeError, "dict is not a sequence")
	}
	return vm.Len(th, a)
}

// sequenceItem is PySequence_GetItem(a, i) for i >= 0: a plain list's item read directly
// (and checked, since a key or __lt__ may have shortened the list), anything else's
// through its [i] (CPython's wording when it has none). A list subclass's instance goes the
// general way, as its __getitem__ may be its own.
func sequenceItem(th *vm.Thread, a vm.Value, i int) (vm.Value, error) {
	switch x := a.(type) {
	case *vm.List:
		if items := x.Items(); i < len(items) {
			return items[i], nil
		}
		return nil, vm.Errorf(vm.IndexError, "list index out of range")
	case *vm.Dict:
		return nil, vm.Errorf(vm.TypeError, "dict is not a sequence")
	}
	item, err := vm.GetItem(th, a, vm.MakeInt(int64(i)))
	if err != nil {
		if _, missing := vm.GetAttr(th, a.Type(), "__getitem__"); missing != nil {
			return nil, vm.Errorf(vm.TypeError, "'%s' object does not support indexing", vm.TypeName(a))
		}
	}
	return item, err
}

// bisectFunc is bisect_right (right) or bisect_left.
func bisectFunc(right bool) vm.BoundFunc {
	return func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
		b, err := bindBisect(th, args)
		if err != nil {
			return nil, err
		}
		i, err := b.search(th, b.x, right)
		if err != nil {
			return nil, err
		}
		return vm.MakeInt(int64(i)), nil
	}
}

// insortFunc is insort_right (right) or insort_left: x goes where the search for key(x)
// (x itself without a key) puts it, by a list's own insertion for a plain list and by
// a.insert(i, x) for anything else, list subclasses included, as in CPython.
func insortFunc(right bool) vm.BoundFunc {
	return func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
		b, err := bindBisect(th, args)
		if err != nil {
			return nil, err
		}
		k := b.x
		if b.key != nil {
			if k, err = th.CallLent(b.key, []vm.Value{b.x}); err != nil {
				return nil, err
			}
		}
		i, err := b.search(th, k, right)
		if err != nil {
			return nil, err
		}
		if l, ok := b.a.(*vm.List); ok {
			listInsert(l, i, b.x)
			return vm.None, nil
		}
		insert, err := vm.GetAttr(th, b.a, "insert")
		if err != nil {
			return nil, err
		}
		if _, err := th.Call(insert, []vm.Value{vm.MakeInt(int64(i)), b.x}, nil); err != nil {
			return nil, err
		}
		return vm.None, nil
	}
}

// listInsert is PyList_Insert(l, i, v) for i >= 0: v goes before item i, or at the end
// when i is past it (a key may have shortened the list since the search).
func listInsert(l *vm.List, i int, v vm.Value) {
	if i >= l.Len() {
		l.Append(v)
		return
	}
	items := append(l.Items(), nil)
	copy(items[i+1:], items[i:])
	items[i] = v
	l.SetItems(items)
}
