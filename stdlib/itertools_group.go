package stdlib

import "github.com/asyncscript/asyncscript/vm"

// groupby and tee, whose iterators share state with the ones they hand out.
var (
	groupbyClass = newIterClass("groupby")
	grouperClass = newIterClass("_grouper")
	teeClass     = newIterClass("_tee")
)

// groupbyIter is itertools.groupby. It holds the item it last drew and that item's key
// (nil once a group has handed the item out), the key of the current group, and that
// group's iterator: an older group is exhausted.
type groupbyIter struct {
	it, keyFunc vm.Value
	value, key  vm.Value
	target      vm.Value
	current     *grouperIter
}

// Type implements vm.Value.
func (*groupbyIter) Type() *vm.Class { return groupbyClass }

// step draws the next item and computes its key; it reports false at the end.
func (g *groupbyIter) step(th *vm.Thread) (bool, error) {
	v, err := nestedNext(th, g.it)
	if v == nil || err != nil {
		return false, err
	}
	k := v
	if !vm.IsNone(g.keyFunc) {
		if k, err = th.Call(g.keyFunc, []vm.Value{v}, nil); err != nil {
			return false, err
		}
	}
	g.value, g.key = v, k
	return true, nil
}

// Next implements vm.Iterator: it skips what is left of the current group and returns the
// next key with a new group.
func (g *groupbyIter) Next(th *vm.Thread) (vm.Value, error) {
	g.current = nil
	for {
		if g.key != nil {
			if g.target == nil {
				break
			}
			same, err := vm.Equal(th, g.target, g.key)
			if err != nil {
				return nil, err
			}
			if !same {
				break
			}
		}
		if err := th.Step(); err != nil {
			return nil, err
		}
		if ok, err := g.step(th); !ok || err != nil {
			return nil, err
		}
	}
	g.target = g.key
	g.current = &grouperIter{parent: g, key: g.key}
	return vm.Tuple{g.key, g.current}, nil
}

// grouperIter is one group of a groupby: the items while their key equals its key, as long
// as it is the groupby's current group.
type grouperIter struct {
	parent *groupbyIter
	key    vm.Value
}

// Type implements vm.Value.
func (*grouperIter) Type() *vm.Class { return grouperClass }

// Next implements vm.Iterator.
func (gr *grouperIter) Next(th *vm.Thread) (vm.Value, error) {
	g := gr.parent
	if g.current != gr {
		return nil, nil
	}
	if g.key == nil {
		if ok, err := g.step(th); !ok || err != nil {
			return nil, err
		}
	}
	same, err := vm.Equal(th, gr.key, g.key)
	if !same || err != nil {
		return nil, err
	}
	v := g.value
	g.value, g.key = nil, nil
	return v, nil
}

// teeLink is one item of a tee's shared buffer, linked to the next one drawn; the readers
// behind every other drop their links, and the garbage collector the items all have read.
type teeLink struct {
	value vm.Value
	next  *teeLink
}

// teeSource is the iterator the readers of one tee share.
type teeSource struct {
	it vm.Value
}

// teeIter is one reader of a tee: at is the link before its next item, the newest link
// when it has read everything drawn so far.
type teeIter struct {
	src *teeSource
	at  *teeLink
}

// Type implements vm.Value.
func (*teeIter) Type() *vm.Class { return teeClass }

// Next implements vm.Iterator.
func (t *teeIter) Next(th *vm.Thread) (vm.Value, error) {
	if t.at.next == nil {
		v, err := nestedNext(th, t.src.it)
		if v == nil || err != nil {
			return nil, err
		}
		t.at.next = &teeLink{value: v}
	}
	t.at = t.at.next
	return t.at.value, nil
}

// copy is a new reader at the same place.
func (t *teeIter) copy() *teeIter { return &teeIter{src: t.src, at: t.at} }

// teeFunc is itertools.tee(iterable, n=2): n readers of one iterator. Readers of a tee are
// copied rather than wrapped, so tee(tee(x)[0]) shares the first tee's buffer, as in CPython.
var teeFunc = vm.NewFunc(vm.Signature{Name: "tee", Qual: "itertools.tee", Style: vm.PosArgs, Min: 1, Max: 2}, func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	n, err := vm.OptIndex(th, args[1], 2)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, vm.Errorf(vm.ValueError, "n must be >= 0")
	}
	it, err := vm.Iter(th, args[0])
	if err != nil {
		return nil, err
	}
	out := make(vm.Tuple, n)
	if n == 0 {
		return out, nil
	}
	first, ok := it.(*teeIter)
	if !ok {
		first = &teeIter{src: &teeSource{it: it}, at: &teeLink{}}
	}
	out[0] = first
	for i := 1; i < n; i++ {
		out[i] = first.copy()
	}
	return out, nil
})

func init() {
	groupbyClass.DefineConstructor(vm.Signature{Style: vm.ClinicArgs, Min: 1, Max: 2, Kw: []string{"iterable", "key"}}, func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
		it, err := vm.Iter(th, args[0])
		if err != nil {
			return nil, err
		}
		return &groupbyIter{it: it, keyFunc: vm.OrNone(args[1])}, nil
	})
	teeClass.DefineMethods([]vm.MethodDef{{Name: "__copy__", Style: vm.NoArgs, Fn: func(_ *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
		return self.(*teeIter).copy(), nil
	}}})
	// CPython's groups and tee readers are final types.
	grouperClass.ForbidSubclasses()
	teeClass.ForbidSubclasses()
}

// nestedNext is vm.Next counted as a level of nesting, as funcIterator's steps are, for the
// iterators that draw from another one without being funcIterators: a script can nest
// millions of groupbys, and the chain must end in RecursionError, not exhaust the Go stack.
func nestedNext(th *vm.Thread, it vm.Value) (vm.Value, error) {
	if err := th.EnterNested("", vm.NativeScale); err != nil {
		return nil, err
	}
	defer th.LeaveNested()
	return vm.Next(th, it)
}
