package vm

import "strings"

// GetItem is x[i].
func GetItem(th *Thread, x, i Value) (Value, error) {
	if _, ok := i.(*Instance); ok {
		var err error
		if i, err = sequenceIndex(th, x, i); err != nil {
			return nil, err
		}
	}
	switch c := x.(type) {
	case *List:
		if s, ok := i.(*Slice); ok {
			items, err := sliceItems(c.Items, s)
			if err != nil {
				return nil, err
			}
			return NewList(items), nil
		}
		j, err := seqIndex(i, len(c.Items), "list")
		if err != nil {
			return nil, err
		}
		return c.Items[j], nil
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
func SetItem(th *Thread, x, i, v Value) error {
	if _, ok := i.(*Instance); ok {
		var err error
		if i, err = sequenceIndex(th, x, i); err != nil {
			return err
		}
	}
	switch c := x.(type) {
	case *List:
		if s, ok := i.(*Slice); ok {
			return listSetSlice(th, c, s, v)
		}
		j, err := seqIndex(i, len(c.Items), "list assignment")
		if err != nil {
			return err
		}
		c.Items[j] = v
		return nil
	case *Dict:
		return c.Set(th, i, v)
	case *ByteArray:
		return byteArraySetItem(th, c, i, v)
	}
	if m, ok := x.Type().userMethod("__setitem__"); ok {
		_, err := th.Call(m, []Value{x, i, v}, nil)
		return err
	}
	if b, ok := baseOf(x); ok {
		return SetItem(th, b, i, v)
	}
	return Errorf(TypeError, "'%s' object does not support item assignment", TypeName(x))
}

// listSetSlice is l[a:b:c] = v.
func listSetSlice(th *Thread, l *List, s *Slice, v Value) error {
	items, err := ToSlice(th, v)
	if err != nil {
		return Errorf(TypeError, "can only assign an iterable")
	}
	return assignSlice(&l.Items, s, append([]Value(nil), items...), "sequence")
}

// DelItem is del x[i].
func DelItem(th *Thread, x, i Value) error {
	if _, ok := i.(*Instance); ok {
		var err error
		if i, err = sequenceIndex(th, x, i); err != nil {
			return err
		}
	}
	switch c := x.(type) {
	case *List:
		if s, ok := i.(*Slice); ok {
			return deleteSlice(&c.Items, s)
		}
		j, err := seqIndex(i, len(c.Items), "list assignment")
		if err != nil {
			return err
		}
		c.removeAt(j)
		return nil
	case *Dict:
		ok, err := c.Delete(th, i)
		if err != nil {
			return err
		}
		if !ok {
			return NewException(KeyError, i)
		}
		return nil
	case *ByteArray:
		return byteArrayDelItem(c, i)
	}
	if m, ok := x.Type().userMethod("__delitem__"); ok {
		_, err := th.Call(m, []Value{x, i}, nil)
		return err
	}
	if b, ok := baseOf(x); ok {
		return DelItem(th, b, i)
	}
	return Errorf(TypeError, "'%s' object doesn't support item deletion", TypeName(x))
}

// unpackSequence unpacks v into exactly len(out) items, stored in reverse so the first item
// ends up on top of the stack.
func unpackSequence(th *Thread, v Value, out []Value) error {
	n := len(out)
	var items []Value
	switch x := v.(type) {
	case Tuple:
		items = x
	case *List:
		items = x.Items
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
	items, err := ToSlice(th, v)
	if err != nil {
		return err
	}
	l.Items = append(l.Items, items...)
	return nil
}

func setUpdate(th *Thread, s *Set, v Value) error { return s.Update(th, v) }

// dictUpdate merges m into d: {**m} in a display, or f(**m) when strict (repeated keys are a
// TypeError naming the function fn).
func dictUpdate(th *Thread, d *Dict, m Value, strict bool, fn Value) error {
	if ns, isNS := m.(*Namespace); isNS {
		m = ns.Snapshot()
	}
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
// class's __class_getitem__. For built-in classes (list[int] in annotations) the generic
// alias is the class itself here.
func classGetItem(th *Thread, c *Class, i Value) (Value, error) {
	if c.meta != nil {
		if m := c.meta.override("__getitem__"); m != nil {
			return th.Call(m, []Value{c, i}, nil)
		}
	}
	if c.builtin {
		return c, nil
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

// sequenceIndex converts an object used as a built-in sequence's index through its
// __index__ method; a dict key, or an object without __index__, stays as it is.
func sequenceIndex(th *Thread, x, i Value) (Value, error) {
	switch x.(type) {
	case *List, Tuple, Str, Bytes, *ByteArray, *Range:
	default:
		return i, nil
	}
	if _, ok := i.Type().userMethod("__index__"); !ok {
		return i, nil
	}
	return Index(th, i)
}
