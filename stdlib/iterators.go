package stdlib

import (
	"math"
	"strconv"

	"github.com/asyncscript/asyncscript/lang/bytecode"
	"github.com/asyncscript/asyncscript/vm"
)

// The classes of the iterators the built-ins return.
var (
	enumerateClass = vm.NewBuiltinClass("enumerate", vm.ObjectClass)
	zipClass       = vm.NewBuiltinClass("zip", vm.ObjectClass)
	mapClass       = vm.NewBuiltinClass("map", vm.ObjectClass)
	filterClass    = vm.NewBuiltinClass("filter", vm.ObjectClass)
	// reversed() of a list has its own class in CPython; of any other sequence it is a
	// reversed object.
	listReversedClass = vm.NewBuiltinClass("list_reverseiterator", vm.ObjectClass)
	reversedClass     = vm.NewBuiltinClass("reversed", vm.ObjectClass)
)

// The iterator classes are the built-ins of their names, as in CPython: enumerate(xs) makes
// an enumerate object and isinstance(it, enumerate) holds.
func init() {
	enumerateClass.DefineConstructor(vm.Signature{Style: vm.TupleArgs, Min: 1, Max: 2, Kw: []string{"iterable", "start"}}, builtinEnumerate)
	zipClass.DefineConstructor(vm.Signature{Style: vm.VarArgs, KwOnly: []string{"strict"}}, builtinZip)
	mapClass.DefineConstructor(vm.Signature{Style: vm.VarArgs}, builtinMap)
	filterClass.DefineConstructor(vm.Signature{Style: vm.PosArgs, Min: 2, Max: 2}, builtinFilter)
	reversedClass.DefineConstructor(vm.Signature{Style: vm.PosArgs, Min: 1, Max: 1}, builtinReversed)
}

// funcIterator is an iterator whose next step is a Go closure; the built-in iterators
// differ only in that step and their class.
type funcIterator struct {
	class *vm.Class
	next  func(th *vm.Thread) (vm.Value, error)
	// fields, for an iterator whose items are tuples of width values it builds (zip,
	// enumerate), is the step that stores the next item's values in out in order instead,
	// reporting false at the end; next then builds the tuple from it.
	fields func(th *vm.Thread, out []vm.Value) (bool, error)
	width  int
}

// tupleIterator is a funcIterator whose items are the tuples fields fills.
func tupleIterator(class *vm.Class, width int, fields func(th *vm.Thread, out []vm.Value) (bool, error)) *funcIterator {
	it := &funcIterator{class: class, fields: fields, width: width}
	it.next = func(th *vm.Thread) (vm.Value, error) {
		t := make(vm.Tuple, width)
		if ok, err := fields(th, t); !ok || err != nil {
			return nil, err
		}
		return t, nil
	}
	return it
}

// Type implements vm.Value.
func (it *funcIterator) Type() *vm.Class { return it.class }

// Next implements vm.Iterator. Most of these iterators draw from another iterator, and a
// script can wrap one in millions of others, so each step counts as a level of nesting:
// the chain ends in RecursionError rather than exhausting the Go stack.
func (it *funcIterator) Next(th *vm.Thread) (vm.Value, error) {
	if err := th.EnterNested("", vm.NativeScale); err != nil {
		return nil, err
	}
	defer th.LeaveNested()
	return it.next(th)
}

// NextUnpacked implements vm.UnpackingIterator for the iterators of tuples.
func (it *funcIterator) NextUnpacked(th *vm.Thread, dst []vm.Value) (vm.Value, bool, error) {
	if it.fields == nil || len(dst) != it.width {
		v, err := it.Next(th)
		return v, false, err
	}
	if err := th.EnterNested("", vm.NativeScale); err != nil {
		return nil, false, err
	}
	defer th.LeaveNested()
	ok, err := it.fields(th, dst)
	if !ok || err != nil {
		return nil, false, err
	}
	for i, j := 0, len(dst)-1; i < j; i, j = i+1, j-1 {
		dst[i], dst[j] = dst[j], dst[i] // the last value first, as UNPACK_SEQUENCE leaves them
	}
	return nil, true, nil
}

func builtinEnumerate(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	var count vm.Value = vm.MakeInt(0)
	if args[1] != nil {
		if _, ok := bigOf(args[1]); !ok {
			return nil, notAnInteger(args[1])
		}
		count = args[1]
	}
	it, err := vm.Iter(th, args[0])
	if err != nil {
		return nil, err
	}
	return tupleIterator(enumerateClass, 2, func(th *vm.Thread, out []vm.Value) (bool, error) {
		v, err := vm.Next(th, it)
		if v == nil || err != nil {
			return false, err
		}
		out[0], out[1] = count, v
		if n, ok := count.(vm.Int); ok && n < math.MaxInt64 {
			count = th.IntValue(int64(n) + 1)
		} else {
			count, err = vm.BinaryOp(th, int(bytecode.OpAdd), count, vm.MakeInt(1))
		}
		return true, err
	}), nil
}

func builtinZip(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	strict := false
	if s := args[len(args)-1]; s != nil {
		strict, _ = vm.Truth(th, s)
	}
	args = args[:len(args)-1]
	its := make([]vm.Value, len(args))
	for i, a := range args {
		it, err := vm.Iter(th, a)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	done := len(its) == 0
	return tupleIterator(zipClass, len(its), func(th *vm.Thread, out []vm.Value) (bool, error) {
		if done {
			return false, nil
		}
		for i, it := range its {
			v, err := vm.Next(th, it)
			if err != nil {
				return false, err
			}
			if v == nil {
				done = true
				if strict && i > 0 {
					return false, vm.Errorf(vm.ValueError, "zip() argument %d is shorter than %s", i+1, zipArgsBefore(i))
				}
				if strict {
					return false, zipLonger(th, its[1:])
				}
				return false, nil
			}
			out[i] = v
		}
		return true, nil
	}), nil
}

// zipArgsBefore names the arguments before the (i+1)th of zip: "argument 1", "arguments 1-2".
func zipArgsBefore(i int) string {
	if i == 1 {
		return "argument 1"
	}
	return "arguments 1-" + strconv.Itoa(i)
}

// zipLonger is zip(strict=True)'s check when its first iterable is exhausted: the others
// must be exhausted too, else the first that is not is "longer".
func zipLonger(th *vm.Thread, rest []vm.Value) error {
	for j, it := range rest {
		v, err := vm.Next(th, it)
		if err != nil {
			return err
		}
		if v != nil {
			return vm.Errorf(vm.ValueError, "zip() argument %d is longer than %s", j+2, zipArgsBefore(j+1))
		}
	}
	return nil
}

func builtinMap(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if len(args) < 2 {
		return nil, vm.Errorf(vm.TypeError, "map() must have at least two arguments.")
	}
	f := args[0]
	its := make([]vm.Value, len(args)-1)
	for i, a := range args[1:] {
		it, err := vm.Iter(th, a)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	return &funcIterator{class: mapClass, next: func(th *vm.Thread) (vm.Value, error) {
		var room [4]vm.Value // CallLent copies: most maps' arguments stay on the stack
		callArgs := room[:0]
		for _, it := range its {
			v, err := vm.Next(th, it)
			if v == nil || err != nil {
				return nil, err
			}
			callArgs = append(callArgs, v)
		}
		return th.CallLent(f, callArgs)
	}}, nil
}

func builtinFilter(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	pred, it, err := predicateArgs(th, args)
	if err != nil {
		return nil, err
	}
	return &funcIterator{class: filterClass, next: filterStep(pred, it, true)}, nil
}

// predicateArgs takes the arguments of filter and of the itertools called as
// f(predicate, iterable): the predicate, and an iterator over the iterable.
func predicateArgs(th *vm.Thread, args []vm.Value) (pred, it vm.Value, err error) {
	it, err = vm.Iter(th, args[1])
	return args[0], it, err
}

// filterStep is the step of filter (keep true) and itertools.filterfalse (keep false): the
// next item of it whose truth under pred, or its own truth when pred is None, is keep.
func filterStep(pred, it vm.Value, keep bool) func(*vm.Thread) (vm.Value, error) {
	return func(th *vm.Thread) (vm.Value, error) {
		for {
			// Skipping items is a loop of its own, bounded like the caller's.
			if err := th.Step(); err != nil {
				return nil, err
			}
			v, err := vm.Next(th, it)
			if v == nil || err != nil {
				return nil, err
			}
			var t bool
			if vm.IsNone(pred) {
				t, err = vm.Truth(th, v)
			} else {
				t, err = callTruth(th, pred, v)
			}
			if err != nil || t == keep {
				return v, err
			}
		}
	}
}

// callTruth is the truth of f(x).
func callTruth(th *vm.Thread, f, x vm.Value) (bool, error) {
	r, err := th.Call(f, []vm.Value{x}, nil)
	if err != nil {
		return false, err
	}
	return vm.Truth(th, r)
}

func builtinReversed(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	seq := args[0]
	if m, ok := seq.Type().Lookup("__reversed__"); ok {
		if vm.IsNone(m) {
			return nil, notReversible(seq) // __reversed__ = None opts out
		}
		return th.Call(m, []vm.Value{seq}, nil)
	}
	switch s := vm.BuiltinValue(seq).(type) {
	case *vm.List, vm.Tuple, vm.Str, vm.Bytes, *vm.ByteArray:
		items, err := vm.ToSlice(th, s)
		if err != nil {
			return nil, err
		}
		list, isList := seq.(*vm.List)
		class := reversedClass
		if isList {
			class = listReversedClass
		}
		i := len(items) - 1
		return &funcIterator{class: class, next: func(*vm.Thread) (vm.Value, error) {
			if isList && i >= list.Len() {
				i = list.Len() - 1
			}
			if i < 0 {
				return nil, nil
			}
			i--
			if isList {
				return list.Items()[i+1], nil
			}
			return items[i+1], nil
		}}, nil
	case *vm.Dict:
		return vm.ReversedDict(s), nil
	case *vm.DictView:
		return vm.ReversedView(s), nil
	}
	return reversedSequence(th, seq)
}

// reversedSequence is reversed() of an object with __len__ and __getitem__: it asks for
// the items from len-1 down to 0 as it goes, and stops early at an IndexError or a
// StopIteration, as CPython's reversed does.
func reversedSequence(th *vm.Thread, seq vm.Value) (vm.Value, error) {
	if m, ok := seq.Type().Lookup("__getitem__"); !ok || vm.IsNone(m) {
		return nil, notReversible(seq)
	}
	n, err := vm.Len(th, seq)
	if err != nil {
		return nil, err
	}
	i := n - 1
	return &funcIterator{class: reversedClass, next: func(th *vm.Thread) (vm.Value, error) {
		if i < 0 {
			return nil, nil
		}
		v, err := vm.GetItem(th, seq, vm.MakeInt(int64(i)))
		i--
		if e, ok := err.(*vm.Exception); ok && (e.Class.IsSubclass(vm.IndexError) || e.Class.IsSubclass(vm.StopIteration)) {
			i = -1
			return nil, nil
		}
		return v, err
	}}, nil
}

func notReversible(seq vm.Value) error {
	return vm.Errorf(vm.TypeError, "'%s' object is not reversible", vm.TypeName(seq))
}
