package vm

// The container special methods of the built-in classes beyond the item and length
// protocols (see subclass_builtin.go): the sequences' concatenation, repetition and
// formatting, the set and dict operators, and the built-in iterators'
// __iter__ and __next__. Like the others they serve explicit lookups only.

// sequenceClasses are the built-in sequences with + and *.
var sequenceClasses = []*Class{StrClass, BytesClass, ByteArrayClass, ListClass, TupleClass}

// iteratorClasses are the classes of the built-in iterators.
var iteratorClasses = []*Class{ListIteratorClass, TupleIteratorClass, RangeIteratorClass, StrIteratorClass,
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
	for _, cls := range []*Class{StrClass, BytesClass, ByteArrayClass} {
		defineBaseDunder(cls, "__mod__", 1, func(th *Thread, self Value, a []Value) (Value, error) {
			return BinaryOp(th, opMod, self, a[0])
		})
	}
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
	iterators := append(iteratorClasses, DictIteratorClasses[0][:]...)
	for _, cls := range append(iterators, DictIteratorClasses[1][:]...) {
		defineBaseDunder(cls, "__iter__", 0, func(_ *Thread, self Value, _ []Value) (Value, error) {
			return self, nil
		})
		defineBaseDunder(cls, "__next__", 0, func(th *Thread, self Value, _ []Value) (Value, error) {
			v, err := Next(th, self)
			if v == nil && err == nil {
				return nil, NewException(StopIteration)
			}
			return v, err
		})
	}
}
