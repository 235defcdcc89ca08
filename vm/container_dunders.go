package vm

// The container special methods of the built-in classes beyond the item and length
// protocols (see subclass_builtin.go): the sequences' concatenation, repetition and
// formatting, the set and dict operators, and the built-in iterators'
// __iter__ and __next__. Like the others they serve explicit lookups only.

// sequenceClasses are the built-in sequences with + and *.
var sequenceClasses = []*Class{StrClass, BytesClass, ByteArrayClass, ListClass, TupleClass}

// iteratorClasses are the classes of the built-in iterators.
var iteratorClasses = []*Class{ListIteratorClass, TupleIteratorClass, RangeIteratorClass, LongRangeIteratorClass, StrIteratorClass,
	IteratorClass, SetIteratorClass, ByteArrayIteratorClass}

func init() {
	for _, cls := range sequenceClasses {
		defineBaseDunder(cls, "__add__", 1, func(th *Thread, self Value, a []Value) (Value, error) {
			return BinaryOp(th, opAdd, self, unwrap(a[0]))
		})
		// seq.__mul__(n) takes any n with __index__, and only such n: the count's
		// TypeError is __index__'s ("'str' object cannot be interpreted as an integer").
		repeat := func(th *Thread, self Value, a []Value) (Value, error) {
			n, err := Index(th, a[0])
			if err != nil {
				return nil, err
			}
			return BinaryOp(th, opMul, self, n)
		}
		defineBaseDunder(cls, "__mul__", 1, repeat)
		defineBaseDunder(cls, "__rmul__", 1, repeat)
	}
	// %-formatting: fmt.__mod__(args), and fmt.__rmod__(other) only for another format of
	// the same type (then other % fmt).
	for cls, sameType := range map[*Class]func(Value) bool{
		StrClass:       func(v Value) bool { _, ok := unwrap(v).(Str); return ok },
		BytesClass:     func(v Value) bool { _, ok := unwrap(v).(Bytes); return ok },
		ByteArrayClass: func(v Value) bool { _, ok := unwrap(v).(*ByteArray); return ok },
	} {
		sameType := sameType
		defineBaseDunder(cls, "__mod__", 1, func(th *Thread, self Value, a []Value) (Value, error) {
			return BinaryOp(th, opMod, self, a[0])
		})
		defineBaseDunder(cls, "__rmod__", 1, func(th *Thread, self Value, a []Value) (Value, error) {
			if !sameType(a[0]) {
				return NotImplemented, nil
			}
			return BinaryOp(th, opMod, unwrap(a[0]), self)
		})
	}
	// The immutable values' __getnewargs__ is the arguments that remake them: (value,).
	for _, cls := range []*Class{IntClass, FloatClass, StrClass, BytesClass, TupleClass} {
		cls := cls
		defineBaseDunder(cls, "__getnewargs__", 0, func(_ *Thread, self Value, _ []Value) (Value, error) {
			return Tuple{numberSelf(cls, self)}, nil
		})
	}
	defineBaseDunder(BytesClass, "__bytes__", 0, func(_ *Thread, self Value, _ []Value) (Value, error) {
		return self, nil
	})
	// list += and *=, set |= &= -= ^= and dict |=: the interpreter's in-place operators.
	inplaceOp := func(cls *Class, op int, accept func(Value) bool) {
		defineBaseDunder(cls, binaryDunders[op][2], 1, func(th *Thread, self Value, a []Value) (Value, error) {
			if !accept(a[0]) {
				return NotImplemented, nil
			}
			return BinaryOp(th, op+inplace, self, unwrap(a[0]))
		})
	}
	anyOperand := func(Value) bool { return true }
	inplaceOp(ListClass, opAdd, anyOperand)
	inplaceOp(ListClass, opMul, anyOperand)
	inplaceOp(DictClass, opOr, anyOperand)
	inplaceOp(ByteArrayClass, opMul, anyOperand)
	for _, op := range []int{opOr, opAnd, opSub, opXor} {
		op := op
		apply := func(th *Thread, x, y Value) (Value, error) { return BinaryOp(th, op, unwrap(x), unwrap(y)) }
		for _, cls := range []*Class{SetClass, FrozenSetClass} {
			cls.DefineSpecialMethods(reflectedPair(binaryDunders[op][0], binaryDunders[op][1], isSetOperand, apply))
		}
		inplaceOp(SetClass, op, isSetOperand)
	}
	isDict := func(v Value) bool { _, ok := unwrap(v).(*Dict); return ok }
	DictClass.DefineSpecialMethods(reflectedPair("__or__", "__ror__", isDict, func(th *Thread, x, y Value) (Value, error) {
		return BinaryOp(th, opOr, unwrap(x), unwrap(y))
	}))
	iteratorDunders = []MethodDef{
		{Name: "__iter__", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return self, nil
		}},
		{Name: "__next__", Style: NoArgs, Fn: func(th *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			v, err := Next(th, self)
			if v == nil && err == nil {
				return nil, NewException(StopIteration)
			}
			return v, err
		}},
	}
	iterators := append(iteratorClasses, DictIteratorClasses[0][:]...)
	for _, cls := range append(iterators, DictIteratorClasses[1][:]...) {
		cls.DefineSpecialMethods(iteratorDunders)
	}
}

// iteratorDunders are __iter__ and __next__ of the built-in iterators (set by init: Next
// reaches attribute lookup, which reaches iteratorDunder).
var iteratorDunders []MethodDef

// iteratorDunder is __iter__ or __next__ of a built-in iterator whose class does not have
// them registered (the iterators of the library's modules: enumerate, zip, map, ...),
// bound to it; generators and coroutines have their own methods.
func iteratorDunder(obj Value, cls *Class, name string) (Value, bool) {
	if _, gen := obj.(*Generator); gen || !cls.builtin || !isIteratorDunder(name) {
		return nil, false
	}
	if _, ok := obj.(Iterator); !ok {
		return nil, false
	}
	d := iteratorDunders[0]
	if name == "__next__" {
		d = iteratorDunders[1]
	}
	return bindAttr(obj, cls, cls.methodBuiltin(&d)), true
}

// isIteratorDunder reports whether name is __iter__ or __next__.
func isIteratorDunder(name string) bool { return name == "__iter__" || name == "__next__" }
