package stdlib

import (
	"strconv"
	"strings"

	"github.com/asyncscript/asyncscript/lang/bytecode"
	"github.com/asyncscript/asyncscript/vm"
)

// dequeMethod adapts a method body that works on the receiver's deque.
func dequeMethod(fn func(th *vm.Thread, d *deque, self vm.Value, a []vm.Value) (vm.Value, error)) vm.MethodFunc {
	return func(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
		d, err := goValue[*deque](self)
		if err != nil {
			return nil, err
		}
		return fn(th, d, self, a)
	}
}

// dequeMethods are deque's methods, with CPython's argument styles (so its wordings of
// argument errors).
var dequeMethods = []vm.MethodDef{
	{Name: "__init__", Style: vm.TupleArgs, Max: 2, Kw: []string{"iterable", "maxlen"}, Qual: "deque", Fn: dequeMethod(func(th *vm.Thread, d *deque, self vm.Value, a []vm.Value) (vm.Value, error) {
		return vm.None, d.init(th, self, a[0], a[1])
	})},
	{Name: "append", Style: vm.OneArg, Qual: "deque.append", Fn: dequeMethod(func(_ *vm.Thread, d *deque, _ vm.Value, a []vm.Value) (vm.Value, error) {
		d.pushBack(a[0])
		return vm.None, nil
	})},
	{Name: "appendleft", Style: vm.OneArg, Qual: "deque.appendleft", Fn: dequeMethod(func(_ *vm.Thread, d *deque, _ vm.Value, a []vm.Value) (vm.Value, error) {
		d.pushFront(a[0])
		return vm.None, nil
	})},
	{Name: "pop", Style: vm.NoArgs, Qual: "deque.pop", Fn: dequeMethod(func(_ *vm.Thread, d *deque, _ vm.Value, _ []vm.Value) (vm.Value, error) {
		if d.n == 0 {
			return nil, vm.Errorf(vm.IndexError, "pop from an empty deque")
		}
		return d.popBack(), nil
	})},
	{Name: "popleft", Style: vm.NoArgs, Qual: "deque.popleft", Fn: dequeMethod(func(_ *vm.Thread, d *deque, _ vm.Value, _ []vm.Value) (vm.Value, error) {
		if d.n == 0 {
			return nil, vm.Errorf(vm.IndexError, "pop from an empty deque")
		}
		return d.popFront(), nil
	})},
	{Name: "extend", Style: vm.OneArg, Qual: "deque.extend", Fn: dequeMethod(func(th *vm.Thread, d *deque, self vm.Value, a []vm.Value) (vm.Value, error) {
		return vm.None, d.extend(th, self, a[0], false)
	})},
	{Name: "extendleft", Style: vm.OneArg, Qual: "deque.extendleft", Fn: dequeMethod(func(th *vm.Thread, d *deque, self vm.Value, a []vm.Value) (vm.Value, error) {
		return vm.None, d.extend(th, self, a[0], true)
	})},
	{Name: "clear", Style: vm.NoArgs, Qual: "deque.clear", Fn: dequeMethod(func(_ *vm.Thread, d *deque, _ vm.Value, _ []vm.Value) (vm.Value, error) {
		d.clear()
		return vm.None, nil
	})},
	{Name: "copy", Style: vm.NoArgs, Qual: "deque.copy", Fn: dequeMethod(dequeCopy)},
	{Name: "__copy__", Style: vm.NoArgs, Qual: "deque.__copy__", Fn: dequeMethod(dequeCopy)},
	{Name: "count", Style: vm.OneArg, Qual: "deque.count", Fn: dequeMethod(func(th *vm.Thread, d *deque, _ vm.Value, a []vm.Value) (vm.Value, error) {
		n := 0
		err := d.search(th, a[0], 0, d.n, func(int) bool { n++; return false })
		return vm.MakeInt(int64(n)), err
	})},
	{Name: "__contains__", Style: vm.OneArg, Qual: "deque.__contains__", Fn: dequeMethod(func(th *vm.Thread, d *deque, _ vm.Value, a []vm.Value) (vm.Value, error) {
		found := false
		err := d.search(th, a[0], 0, d.n, func(int) bool { found = true; return true })
		return vm.Bool(found), err
	})},
	{Name: "index", Style: vm.TupleArgs, Min: 1, Max: 3, Fn: dequeMethod(func(th *vm.Thread, d *deque, _ vm.Value, a []vm.Value) (vm.Value, error) {
		start, stop, err := vm.SearchBounds(a[1], a[2], d.n)
		if err != nil {
			return nil, err
		}
		at := -1
		if err := d.search(th, a[0], start, stop, func(i int) bool { at = i; return true }); err != nil {
			return nil, err
		}
		if at < 0 {
			return nil, notInDeque(th, a[0])
		}
		return vm.MakeInt(int64(at)), nil
	})},
	{Name: "remove", Style: vm.OneArg, Qual: "deque.remove", Fn: dequeMethod(func(th *vm.Thread, d *deque, _ vm.Value, a []vm.Value) (vm.Value, error) {
		n := d.n
		for i := 0; i < n; i++ {
			eq, err := vm.Equal(th, d.at(i), a[0])
			if err != nil {
				return nil, err
			}
			if d.n != n {
				return nil, vm.Errorf(vm.IndexError, "deque mutated during iteration")
			}
			if eq {
				d.deleteAt(i)
				return vm.None, nil
			}
		}
		return nil, notInDeque(th, a[0])
	})},
	{Name: "insert", Style: vm.PosArgs, Min: 2, Max: 2, Fn: dequeMethod(func(th *vm.Thread, d *deque, _ vm.Value, a []vm.Value) (vm.Value, error) {
		i, err := vm.IndexArg(th, a[0])
		if err != nil {
			return nil, err
		}
		if d.n == d.maxlen {
			return nil, vm.Errorf(vm.IndexError, "deque already at its maximum size")
		}
		if i < 0 {
			i = max(i+d.n, 0)
		}
		d.insertAt(min(i, d.n), a[1])
		return vm.None, nil
	})},
	{Name: "reverse", Style: vm.NoArgs, Qual: "deque.reverse", Fn: dequeMethod(func(_ *vm.Thread, d *deque, _ vm.Value, _ []vm.Value) (vm.Value, error) {
		d.reverse()
		return vm.None, nil
	})},
	{Name: "rotate", Style: vm.PosArgs, Max: 1, Fn: dequeMethod(func(th *vm.Thread, d *deque, _ vm.Value, a []vm.Value) (vm.Value, error) {
		k, err := vm.OptIndex(th, a[0], 1)
		if err == nil {
			d.rotate(k)
		}
		return vm.None, err
	})},
	{Name: "__len__", Style: vm.NoArgs, Qual: "deque.__len__", Fn: dequeMethod(func(_ *vm.Thread, d *deque, _ vm.Value, _ []vm.Value) (vm.Value, error) {
		return vm.MakeInt(int64(d.n)), nil
	})},
	{Name: "__iter__", Style: vm.NoArgs, Qual: "deque.__iter__", Fn: dequeMethod(func(_ *vm.Thread, d *deque, _ vm.Value, _ []vm.Value) (vm.Value, error) {
		return newDequeIter(d, false), nil
	})},
	{Name: "__reversed__", Style: vm.NoArgs, Qual: "deque.__reversed__", Fn: dequeMethod(func(_ *vm.Thread, d *deque, _ vm.Value, _ []vm.Value) (vm.Value, error) {
		return newDequeIter(d, true), nil
	})},
	{Name: "__getitem__", Style: vm.OneArg, Qual: "deque.__getitem__", Fn: dequeMethod(func(th *vm.Thread, d *deque, _ vm.Value, a []vm.Value) (vm.Value, error) {
		i, err := d.index(th, a[0])
		if err != nil {
			return nil, err
		}
		return d.at(i), nil
	})},
	{Name: "__setitem__", Style: vm.PosArgs, Min: 2, Max: 2, Fn: dequeMethod(func(th *vm.Thread, d *deque, _ vm.Value, a []vm.Value) (vm.Value, error) {
		i, err := d.index(th, a[0])
		if err != nil {
			return nil, err
		}
		d.set(i, a[1])
		return vm.None, nil
	})},
	{Name: "__delitem__", Style: vm.OneArg, Qual: "deque.__delitem__", Fn: dequeMethod(func(th *vm.Thread, d *deque, _ vm.Value, a []vm.Value) (vm.Value, error) {
		i, err := d.index(th, a[0])
		if err != nil {
			return nil, err
		}
		d.deleteAt(i)
		return vm.None, nil
	})},
	{Name: "__add__", Style: vm.OneArg, Qual: "deque.__add__", Fn: dequeMethod(func(th *vm.Thread, d *deque, self vm.Value, a []vm.Value) (vm.Value, error) {
		other, ok := vm.BuiltinValue(a[0]).(*deque)
		if !ok {
			return nil, vm.Errorf(vm.TypeError, "can only concatenate deque (not \"%s\") to deque", vm.TypeName(a[0]))
		}
		r, err := dequeCopy(th, d, self, nil)
		if err != nil {
			return nil, err
		}
		return r, vm.BuiltinValue(r).(*deque).extend(th, r, other, false)
	})},
	{Name: "__iadd__", Style: vm.OneArg, Qual: "deque.__iadd__", Fn: dequeMethod(func(th *vm.Thread, d *deque, self vm.Value, a []vm.Value) (vm.Value, error) {
		return self, d.extend(th, self, a[0], false)
	})},
	{Name: "__mul__", Style: vm.OneArg, Qual: "deque.__mul__", Fn: dequeMethod(dequeRepeat)},
	{Name: "__rmul__", Style: vm.OneArg, Qual: "deque.__rmul__", Fn: dequeMethod(dequeRepeat)},
	{Name: "__imul__", Style: vm.OneArg, Qual: "deque.__imul__", Fn: dequeMethod(func(th *vm.Thread, d *deque, self vm.Value, a []vm.Value) (vm.Value, error) {
		return self, d.repeat(th, a[0])
	})},
	{Name: "__repr__", Style: vm.NoArgs, Qual: "deque.__repr__", Fn: dequeMethod(dequeRepr)},
	{Name: "__reduce__", Style: vm.NoArgs, Qual: "deque.__reduce__", Fn: dequeMethod(dequeReduce)},
	dequeComparison("__lt__", bytecode.CmpLT),
	dequeComparison("__le__", bytecode.CmpLE),
	dequeComparison("__eq__", bytecode.CmpEQ),
	dequeComparison("__ne__", bytecode.CmpNE),
	dequeComparison("__gt__", bytecode.CmpGT),
	dequeComparison("__ge__", bytecode.CmpGE),
}

// search calls found with the index of each item in [start, stop) equal to x, until found
// returns true. A comparison that changes the deque ends the search with CPython's error.
func (d *deque) search(th *vm.Thread, x vm.Value, start, stop int, found func(int) bool) error {
	state := d.state
	for i := start; i < stop && i < d.n; i++ {
		eq, err := vm.Equal(th, d.at(i), x)
		if err != nil {
			return err
		}
		if d.state != state {
			return vm.Errorf(vm.RuntimeError, "deque mutated during iteration")
		}
		if eq && found(i) {
			return nil
		}
	}
	return nil
}

// notInDeque is index's and remove's ValueError for x.
func notInDeque(th *vm.Thread, x vm.Value) error {
	r, err := vm.Repr(th, x)
	if err != nil {
		return err
	}
	return vm.Errorf(vm.ValueError, "%s is not in deque", r)
}

// index converts a subscript to an item's position, as CPython's sequence protocol does.
func (d *deque) index(th *vm.Thread, v vm.Value) (int, error) {
	b := vm.BuiltinValue(v)
	if _, big := b.(*vm.BigInt); big {
		return 0, vm.Errorf(vm.IndexError, "cannot fit 'int' into an index-sized integer")
	}
	if _, ok := smallInt(b); !ok {
		if _, ok := v.Type().Lookup("__index__"); !ok {
			return 0, vm.Errorf(vm.TypeError, "sequence index must be integer, not '%s'", vm.TypeName(v))
		}
	}
	i, err := vm.IndexArg(th, v)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += d.n
	}
	if i < 0 || i >= d.n {
		return 0, vm.Errorf(vm.IndexError, "deque index out of range")
	}
	return i, nil
}

// dequeCopy is d.copy(): a deque of d's class with d's items and bound. A subclass is
// called with the deque (and its maxlen) as CPython does, so its __init__ decides.
func dequeCopy(th *vm.Thread, d *deque, self vm.Value, _ []vm.Value) (vm.Value, error) {
	if self.Type() == dequeClass {
		c := newDeque(d.maxlen)
		for i := 0; i < d.n; i++ {
			c.pushBack(d.at(i))
		}
		return c, nil
	}
	args := []vm.Value{self}
	if d.maxlen >= 0 {
		args = append(args, vm.MakeInt(int64(d.maxlen)))
	}
	return th.Call(self.Type(), args, nil)
}

// repeat is d *= n: the items n times over (none for n <= 0), the first ones dropped when
// a maxlen bounds the result.
func (d *deque) repeat(th *vm.Thread, nv vm.Value) error {
	if _, ok := smallInt(vm.BuiltinValue(nv)); !ok {
		if _, ok := nv.Type().Lookup("__index__"); !ok {
			return vm.Errorf(vm.TypeError, "can't multiply sequence by non-int of type '%s'", vm.TypeName(nv))
		}
	}
	n, err := vm.IndexArg(th, nv)
	if err != nil {
		return err
	}
	if n <= 0 || d.n == 0 {
		d.clear()
		return nil
	}
	items := d.items()
	if n > 1<<40/len(items) {
		return vm.Errorf(vm.MemoryError, "")
	}
	// The result is the last maxlen items of the repeated sequence: those before them
	// would only be dropped again.
	total, from := len(items)*n, len(items)
	if d.maxlen >= 0 && total-d.maxlen > from {
		from = total - d.maxlen
		d.clear()
	}
	for k := from; k < total; k++ {
		d.pushBack(items[k%len(items)])
	}
	return nil
}

// dequeRepeat is d * n and n * d.
func dequeRepeat(th *vm.Thread, d *deque, self vm.Value, a []vm.Value) (vm.Value, error) {
	r, err := dequeCopy(th, d, self, nil)
	if err != nil {
		return nil, err
	}
	return r, vm.BuiltinValue(r).(*deque).repeat(th, a[0])
}

// dequeRepr is deque([items]) or deque([items], maxlen=n), under the subclass's name for an
// instance of one; a deque inside itself shows as [...].
func dequeRepr(th *vm.Thread, d *deque, self vm.Value, _ []vm.Value) (vm.Value, error) {
	seen, done := th.ReprGuard(self)
	defer done()
	if seen {
		return vm.Str("[...]"), nil
	}
	items, err := vm.Repr(th, vm.NewList(d.items()))
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	b.WriteString(self.Type().Name)
	b.WriteString("(")
	b.WriteString(items)
	if d.maxlen >= 0 {
		b.WriteString(", maxlen=")
		b.WriteString(strconv.Itoa(d.maxlen))
	}
	b.WriteString(")")
	return vm.Str(b.String()), nil
}

// dequeReduce is what copy and pickle rebuild a deque from: its class called with no items
// (and its maxlen), the instance's attributes if any, and an iterator over the items to
// extend it with.
func dequeReduce(th *vm.Thread, d *deque, self vm.Value, _ []vm.Value) (vm.Value, error) {
	var state vm.Value = vm.None
	if self.Type() != dequeClass {
		if attrs, err := vm.GetAttr(th, self, "__dict__"); err == nil {
			if n, err := vm.Len(th, attrs); err == nil && n > 0 {
				state = attrs
			}
		}
	}
	args := vm.Tuple{}
	if d.maxlen >= 0 {
		args = vm.Tuple{vm.Tuple{}, vm.MakeInt(int64(d.maxlen))}
	}
	return vm.Tuple{self.Type(), args, state, newDequeIter(d, false)}, nil
}

// dequeComparison is a deque's rich comparison op, against another deque only: the first
// items that differ decide, else the lengths, as for lists.
func dequeComparison(name string, op bytecode.CompareOp) vm.MethodDef {
	return vm.MethodDef{Name: name, Style: vm.OneArg, Qual: "deque." + name, Fn: dequeMethod(func(th *vm.Thread, d *deque, self vm.Value, a []vm.Value) (vm.Value, error) {
		e, ok := vm.BuiltinValue(a[0]).(*deque)
		if !ok {
			return vm.NotImplemented, nil
		}
		if op == bytecode.CmpEQ || op == bytecode.CmpNE {
			// The same deque is equal to itself, and deques of different lengths are not.
			if d == e || d.n != e.n {
				return vm.Bool((d == e) == (op == bytecode.CmpEQ)), nil
			}
		}
		x, y := newDequeIter(d, false), newDequeIter(e, false)
		for {
			xv, err := x.Next(th)
			if err != nil {
				return nil, err
			}
			yv, err := y.Next(th)
			if err != nil {
				return nil, err
			}
			if xv == nil || yv == nil {
				break
			}
			eq, err := vm.Equal(th, xv, yv)
			if err != nil {
				return nil, err
			}
			if !eq {
				return vm.Compare(th, op, xv, yv)
			}
		}
		return vm.Compare(th, op, vm.MakeInt(int64(d.n)), vm.MakeInt(int64(e.n)))
	})}
}
