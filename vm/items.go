package vm

import (
	"strings"

	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// GetItem is x[i].
func GetItem(th *Thread, x, i Value) (Value, error) {
	if needsIndex(i) {
		var err error
		if i, err = sequenceIndex(th, x, i); err != nil {
			return nil, err
		}
	}
	switch c := x.(type) {
	case *List:
		if s, ok := i.(*Slice); ok {
			return c.slice(s)
		}
		j, err := seqIndex(i, c.Len(), "list")
		if err != nil {
			return nil, err
		}
		return c.at(th, j), nil
	case Tuple:
		if s, ok := i.(*Slice); ok {
			items, err := sliceItems(c, s)
			return Tuple(items), err
		}
		j, err := seqIndex(i, len(c), "tuple")
		if err != nil {
			return nil, err
		}
		return c[j], nil
	case Str:
		if s, ok := i.(*Slice); ok {
			return strSlice(string(c), s)
		}
		return strIndex(string(c), i)
	case *Dict:
		v, ok, err := c.Get(th, i)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, NewException(KeyError, i)
		}
		return v, nil
	case *Range:
		return rangeItem(c, i)
	case *BigRange:
		return c.item(i)
	case Bytes, *ByteArray:
		return bytesItem(c, i)
	case *Class:
		return classGetItem(th, c, i)
	}
	if m, ok := x.Type().userMethod("__getitem__"); ok {
		return th.Call(m, []Value{x, i}, nil)
	}
	if m, ok := baseDunder(x, "__getitem__"); ok {
		if d, isDict := unwrap(x).(*Dict); isDict {
			return dictSubscript(th, x, d, i) // defaultdict, Counter: without the call
		}
		return th.Call(m, []Value{x, i}, nil)
	}
	return nil, Errorf(TypeError, "'%s' object is not subscriptable", TypeName(x))
}

func rangeItem(r *Range, i Value) (Value, error) {
	n := r.Len()
	if s, ok := i.(*Slice); ok {
		start, stop, step, err := s.Indices(int(n))
		if err != nil {
			return nil, err
		}
		return &Range{Start: r.Start + int64(start)*r.Step, Stop: r.Start + int64(stop)*r.Step, Step: r.Step * int64(step)}, nil
	}
	j, err := seqIndex(i, int(n), "range object")
	if err != nil {
		return nil, err
	}
	return MakeInt(r.Start + int64(j)*r.Step), nil
}

// SetItem is x[i] = v.
func SetItem(th *Thread, x, i, v Value) error { return assignItem(th, x, i, v) }

// DelItem is del x[i].
func DelItem(th *Thread, x, i Value) error { return assignItem(th, x, i, nil) }

// assignItem is x[i] = v, or del x[i] when v is nil. As in CPython's mp_ass_subscript slot,
// assignment and deletion share the index conversion, the dispatch and the fallbacks.
func assignItem(th *Thread, x, i, v Value) error {
	if done, err := tryAssignItem(th, x, i, v); done {
		return err
	}
	return unsupportedItem(th, x, i, v == nil)
}

// tryAssignItem is assignItem on x or, for an instance of a subclass, its built-in base;
// it reports false when neither supports the operation.
func tryAssignItem(th *Thread, x, i, v Value) (bool, error) {
	if needsIndex(i) {
		var err error
		if i, err = sequenceIndex(th, x, i); err != nil {
			return true, err
		}
	}
	switch c := x.(type) {
	case *List:
		return true, listAssignItem(th, c, i, v)
	case *Dict:
		if v != nil {
			return true, c.Set(th, i, v)
		}
		ok, err := c.Delete(th, i)
		if err == nil && !ok {
			err = NewException(KeyError, i)
		}
		return true, err
	case *ByteArray:
		if v != nil {
			return true, byteArraySetItem(th, c, i, v)
		}
		return true, byteArrayDelItem(c, i)
	}
	method := "__setitem__"
	if v == nil {
		method = "__delitem__"
	}
	if m, ok := x.Type().userMethod(method); ok {
		args := []Value{x, i, v}
		if v == nil {
			args = args[:2]
		}
		_, err := th.Call(m, args, nil)
		return true, err
	}
	if b, ok := baseOf(x); ok {
		return tryAssignItem(th, b, i, v)
	}
	return false, nil
}

// unsupportedItem is CPython's error for x[i] = v or del x[i] on an x that supports
// neither. Objects with CPython's sequence slots (built-in sequences, sets, instances of
// classes) first convert an index key, as PySequence_SetItem and PySequence_DelItem do,
// and word deletion their own way.
func unsupportedItem(th *Thread, x, i Value, deleting bool) error {
	what := "does not support item assignment"
	if deleting {
		what = "does not support item deletion"
	}
	switch x.(type) {
	case Tuple, Str, Bytes, *Range, *Set, *Instance:
		if _, ok := i.Type().userMethod("__index__"); ok || isInt(unwrap(i)) {
			n, err := Index(th, i)
			if err != nil {
				return err
			}
			if _, big := n.(*BigInt); big {
				return Errorf(IndexError, "cannot fit 'int' into an index-sized integer")
			}
			if deleting {
				what = "doesn't support item deletion"
			}
		}
	}
	return Errorf(TypeError, "'%s' object %s", TypeName(x), what)
}

// listAssignItem is l[i] = v, or del l[i] when v is nil, for an index or a slice.
func listAssignItem(th *Thread, l *List, i, v Value) error {
	if s, ok := i.(*Slice); ok {
		if v == nil {
			return listDelSlice(l, s)
		}
		return listSetSlice(th, l, s, v)
	}
	// CPython words a bad index's type for lists, and only its range for assignment.
	j, err := indexArg(i, "list")
	if err == nil {
		j, err = boundIndex(j, l.Len(), "list assignment")
	}
	if err != nil {
		return err
	}
	if v == nil {
		l.removeAt(j)
	} else {
		l.setAt(j, v)
	}
	return nil
}

// listSetSlice is l[a:b:c] = v.
func listSetSlice(th *Thread, l *List, s *Slice, v Value) error {
	items, err := ToSlice(th, v)
	if err != nil {
		return Errorf(TypeError, "can only assign an iterable")
	}
	return assignSlice(l.boxed(), s, append([]Value(nil), items...), "sequence")
}

// listDelSlice is del l[a:b:c].
func listDelSlice(l *List, s *Slice) error { return deleteSlice(l.boxed(), s) }

// unpackSequence unpacks v into exactly len(out) items, stored in reverse so the first item
// ends up on top of the stack.
func unpackSequence(th *Thread, v Value, out []Value) error {
	n := len(out)
	var items []Value
	switch x := v.(type) {
	case Tuple:
		items = x
	case *List:
		items = x.Items()
	default:
		it, err := Iter(th, v)
		if err != nil {
			return Errorf(TypeError, "cannot unpack non-iterable %s object", TypeName(v))
		}
		for len(items) <= n {
			x, err := Next(th, it)
			if err != nil {
				return err
			}
			if x == nil {
				break
			}
			items = append(items, x)
		}
		if len(items) > n {
			return Errorf(ValueError, "too many values to unpack (expected %d)", n)
		}
	}
	if len(items) < n {
		return Errorf(ValueError, "not enough values to unpack (expected %d, got %d)", n, len(items))
	}
	if len(items) > n {
		return Errorf(ValueError, "too many values to unpack (expected %d)", n)
	}
	for i, x := range items {
		out[n-1-i] = x
	}
	return nil
}

// forNext is FOR_ITER's step for an iterator the dispatch loop has no case of: the next
// item, or nil at the end. When next, the instruction after FOR_ITER, unpacks each item
// (for a, b in it) and it is an UnpackingIterator, the item's values may go straight to
// room, as UNPACK_SEQUENCE would leave them: n is then their number.
func forNext(th *Thread, it Value, room []Value, next uint32) (v Value, n int, err error) {
	if u, ok := it.(UnpackingIterator); ok && bytecode.Opcode(next&0xff) == bytecode.UNPACK_SEQUENCE {
		n = int(next >> 8)
		v, unpacked, err := u.NextUnpacked(th, room[:n])
		if unpacked {
			return nil, n, nil
		}
		return v, 0, err
	}
	v, err = Next(th, it)
	return v, 0, err
}

// unpackEx unpacks v into before items, a list of the middle, and after items (a, *b, c = v).
func unpackEx(th *Thread, v Value, before, after int, out []Value) error {
	items, err := ToSlice(th, v)
	if err != nil {
		if _, iterErr := Iter(th, v); iterErr != nil {
			return Errorf(TypeError, "cannot unpack non-iterable %s object", TypeName(v))
		}
		return err
	}
	if len(items) < before+after {
		return Errorf(ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
	}
	n := len(out)
	vals := make([]Value, 0, n)
	vals = append(vals, items[:before]...)
	vals = append(vals, NewList(append([]Value(nil), items[before:len(items)-after]...)))
	vals = append(vals, items[len(items)-after:]...)
	for i, x := range vals {
		out[n-1-i] = x
	}
	return nil
}

func listExtend(th *Thread, l *List, v Value) error {
	if src, ok := v.(*List); ok && src.ints != nil && (l.ints != nil || len(l.items) == 0) {
		l.items, l.ints = nil, append(l.ints, src.ints...)
		return nil
	}
	items, err := ToSlice(th, v)
	if err != nil {
		return err
	}
	l.SetItems(append(l.Items(), items...))
	return nil
}

func setUpdate(th *Thread, s *Set, v Value) error { return s.Update(th, v) }

// dictUpdate merges m into d: {**m} in a display, or f(**m) when strict (repeated keys are a
// TypeError naming the function fn).
func dictUpdate(th *Thread, d *Dict, m Value, strict bool, fn Value) error {
	ok, err := eachMappingItem(th, m, func(k, v Value) error {
		if strict {
			if _, dup, _ := d.Get(th, k); dup {
				return Errorf(TypeError, "%s got multiple values for keyword argument '%s'", FunctionStr(fn), k)
			}
		}
		return d.Set(th, k, v)
	})
	switch {
	case ok:
		return err
	case strict:
		return Errorf(TypeError, "%s argument after ** must be a mapping, not %s", FunctionStr(fn), TypeName(m))
	}
	return Errorf(TypeError, "'%s' object is not a mapping", TypeName(m))
}

// FunctionStr names a callable as CPython's argument errors do: "__main__.f()", "print()".
func FunctionStr(fn Value) string {
	qual, module := "", ""
	switch f := fn.(type) {
	case *Function:
		qual, module = f.QualName, f.Globals.Name
	case *BoundMethod:
		return FunctionStr(f.Func)
	case *Builtin:
		qual = f.Name
	case *Class:
		qual, module = f.QualName, f.Module
	default:
		return TypeName(fn) + " object"
	}
	if module == "" || module == "builtins" {
		return qual + "()"
	}
	return module + "." + qual + "()"
}

func containsStr(s, sub string) bool { return strings.Contains(s, sub) }

// setOperator applies | & - ^ to two sets, building the result in the order CPython does so
// the result iterates in the same order.
func setOperator(th *Thread, op int, a, b *Set) (Value, error) {
	var out *Set
	var err error
	switch op {
	case opOr:
		out = a.Copy()
		err = out.merge(th, b)
	case opAnd:
		small, big := b, a
		if b.Len() > a.Len() {
			small, big = a, b
		}
		out = NewSet()
		for _, m := range small.Members() {
			in, cerr := big.Contains(th, m)
			if cerr != nil {
				return nil, cerr
			}
			if in {
				if err = out.Add(th, m); err != nil {
					break
				}
			}
		}
	case opSub:
		if a.Len()>>2 > b.Len() {
			out = a.Copy()
			for _, m := range b.Members() {
				if _, err = out.Discard(th, m); err != nil {
					break
				}
			}
		} else {
			out = NewSet()
			for _, m := range a.Members() {
				in, cerr := b.Contains(th, m)
				if cerr != nil {
					return nil, cerr
				}
				if !in {
					if err = out.Add(th, m); err != nil {
						break
					}
				}
			}
		}
	case opXor:
		out = b.Copy()
		for _, m := range a.Members() {
			removed, derr := out.Discard(th, m)
			if derr != nil {
				return nil, derr
			}
			if !removed {
				if err = out.Add(th, m); err != nil {
					break
				}
			}
		}
	default:
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	out.frozen = a.frozen
	return out, nil
}

// classGetItem is cls[i]: the metaclass's __getitem__ (as Enum's Color['RED']), then the
// class's __class_getitem__ (list's makes list[int], a types.GenericAlias). type itself has
// no __class_getitem__ in CPython, yet type[int] is an alias too.
func classGetItem(th *Thread, c *Class, i Value) (Value, error) {
	if c.meta != nil {
		if m := c.meta.override("__getitem__"); m != nil {
			return th.Call(m, []Value{c, i}, nil)
		}
	}
	if c == TypeClass {
		return NewGenericAlias(th, c, i)
	}
	if m, ok := c.Lookup("__class_getitem__"); ok {
		f, err := classDescrGet(th, m, c)
		if err != nil {
			return nil, err
		}
		return th.Call(f, []Value{i}, nil)
	}
	return nil, Errorf(TypeError, "type '%s' is not subscriptable", c.Name)
}

// plainSlice is x[lo:hi] when x is a str, list or tuple and the bounds are ints or None,
// with the slice on the Go stack; ok false for anything else, which needs a slice object.
func plainSlice(x, lo, hi Value) (r Value, ok bool, err error) {
	if !plainBound(lo) || !plainBound(hi) {
		return nil, false, nil
	}
	sl := Slice{Lower: lo, Upper: hi, Step: None}
	switch c := x.(type) {
	case Str:
		r, err = strSlice(string(c), &sl)
	case *List:
		r, err = c.slice(&sl)
	case Tuple:
		var items []Value
		items, err = sliceItems(c, &sl)
		r = Tuple(items)
	default:
		return nil, false, nil
	}
	return r, true, err
}

// needsIndex reports whether a subscript may need __index__ conversions: an instance,
// or a slice with an instance among its bounds.
// plainBound reports whether a slice bound is an int or None, which GetItem uses as it is.
func plainBound(v Value) bool {
	switch v.(type) {
	case Int, NoneType:
		return true
	}
	return false
}

func needsIndex(i Value) bool {
	switch k := i.(type) {
	case *Instance:
		return true
	case *Slice:
		_, lo := k.Lower.(*Instance)
		_, hi := k.Upper.(*Instance)
		_, st := k.Step.(*Instance)
		return lo || hi || st
	}
	return false
}

// sequenceIndex converts an object used as a built-in sequence's index, or the bounds of
// a slice, through its __index__ method; a dict key, or an object without __index__,
// stays as it is (and a slice keeps its objects for a user __getitem__).
func sequenceIndex(th *Thread, x, i Value) (Value, error) {
	switch x.(type) {
	case *List, Tuple, Str, Bytes, *ByteArray, *Range:
	default:
		return i, nil
	}
	if s, ok := i.(*Slice); ok {
		return indexBounds(th, s)
	}
	return indexIfAny(th, i)
}

// indexIfAny is v's __index__() when it has one, else v itself.
func indexIfAny(th *Thread, v Value) (Value, error) {
	if _, ok := v.Type().userMethod("__index__"); !ok {
		return v, nil
	}
	return Index(th, v)
}

// indexBounds is s with each bound that has an __index__ method replaced by its result,
// so that Slice.Indices sees ints.
func indexBounds(th *Thread, s *Slice) (*Slice, error) {
	var err error
	r := *s
	for _, b := range []*Value{&r.Lower, &r.Upper, &r.Step} {
		if *b, err = indexIfAny(th, *b); err != nil {
			return nil, err
		}
	}
	return &r, nil
}
