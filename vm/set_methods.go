package vm

func init() {
	// The methods that do not modify the set, shared by set and frozenset.
	common := []MethodDef{
		{Name: "copy", Style: NoArgs, Fn: func(th *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			s := self.(*Set)
			if s.frozen {
				return s, nil // immutable, so the copy may be the same object, as in CPython
			}
			return s.Copy(), nil
		}},
		{Name: "union", Style: VarArgs, Fn: setFold(opOr)},
		{Name: "intersection", Style: VarArgs, Fn: setFold(opAnd)},
		{Name: "difference", Style: VarArgs, Fn: setFold(opSub)},
		{Name: "symmetric_difference", Style: OneArg, Min: 1, Max: 1, Fn: setFold(opXor)},
		{Name: "issubset", Style: OneArg, Min: 1, Max: 1, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			other, err := asSet(th, a[0])
			if err != nil {
				return nil, err
			}
			sub, err := isSubset(th, self.(*Set), other)
			return Bool(sub), err
		}},
		{Name: "issuperset", Style: OneArg, Min: 1, Max: 1, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			other, err := asSet(th, a[0])
			if err != nil {
				return nil, err
			}
			sup, err := isSubset(th, other, self.(*Set))
			return Bool(sup), err
		}},
		{Name: "isdisjoint", Style: OneArg, Min: 1, Max: 1, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			s := self.(*Set)
			disjoint := true
			err := Iterate(th, a[0], func(x Value) error {
				in, err := s.Contains(th, x)
				if in {
					disjoint = false
					return errStop
				}
				return err
			})
			if err == errStop {
				err = nil
			}
			return Bool(disjoint), err
		}},
	}
	FrozenSetClass.DefineMethods(common)
	SetClass.DefineMethods(append(common,
		MethodDef{Name: "add", Style: OneArg, Min: 1, Max: 1, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			return None, self.(*Set).Add(th, a[0])
		}},
		MethodDef{Name: "discard", Style: OneArg, Min: 1, Max: 1, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			_, err := self.(*Set).Discard(th, a[0])
			return None, err
		}},
		MethodDef{Name: "remove", Style: OneArg, Min: 1, Max: 1, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			found, err := self.(*Set).Discard(th, a[0])
			if err == nil && !found {
				err = NewException(KeyError, a[0])
			}
			return None, err
		}},
		MethodDef{Name: "pop", Style: NoArgs, Fn: func(th *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			s := self.(*Set)
			if members := s.Members(); len(members) > 0 {
				_, err := s.Discard(th, members[0])
				return members[0], err
			}
			return nil, Errorf(KeyError, "pop from an empty set")
		}},
		MethodDef{Name: "clear", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			self.(*Set).Clear()
			return None, nil
		}},
		MethodDef{Name: "update", Style: VarArgs, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			for _, other := range a {
				if err := self.(*Set).Update(th, other); err != nil {
					return nil, err
				}
			}
			return None, nil
		}},
		MethodDef{Name: "intersection_update", Style: VarArgs, Fn: setFoldInPlace(opAnd)},
		MethodDef{Name: "difference_update", Style: VarArgs, Fn: setFoldInPlace(opSub)},
		MethodDef{Name: "symmetric_difference_update", Style: OneArg, Min: 1, Max: 1, Fn: setFoldInPlace(opXor)},
	))
}

// asSet returns an iterable as a set, without copying when it is one already.
func asSet(th *Thread, v Value) (*Set, error) {
	if s, ok := v.(*Set); ok {
		return s, nil
	}
	return newSetFrom(th, v, false)
}

// setCombine applies a set operator between s and each of others in turn; the result is a
// new set of s's kind (set or frozenset).
func setCombine(th *Thread, op int, s *Set, others []Value) (*Set, error) {
	result := s.Copy()
	for _, o := range others {
		if op == opOr {
			// Union adds an iterable's items in order, without making a set of it first.
			if err := result.Update(th, o); err != nil {
				return nil, err
			}
			continue
		}
		other, err := asSet(th, o)
		if err != nil {
			return nil, err
		}
		r, err := setOperator(th, op, result, other)
		if err != nil {
			return nil, err
		}
		result = r.(*Set)
	}
	return result, nil
}

// setFold makes union, intersection, difference and symmetric_difference.
func setFold(op int) MethodFunc {
	return func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		return setCombine(th, op, self.(*Set), a)
	}
}

// setFoldInPlace makes the *_update methods, which replace the set's contents.
func setFoldInPlace(op int) MethodFunc {
	return func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		s := self.(*Set)
		r, err := setCombine(th, op, s, a)
		if err != nil {
			return nil, err
		}
		*s = *r
		return None, nil
	}
}
