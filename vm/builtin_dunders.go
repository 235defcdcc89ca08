package vm

import "github.com/asyncscript/asyncscript/lang/bytecode"

// The rich comparisons, hashing, text conversions and container protocols of the built-in
// classes as special methods that explicit lookups find (super().__eq__(other),
// list.__getitem__(self, i), map(str.__len__, words)); the protocols themselves keep their
// native paths (see DefineSpecialMethods).

// comparable lists, for each built-in class with comparisons of its own, the operands its
// comparison slots take; the others get NotImplemented (int.__eq__(1, 1.0)).
var comparable = map[*Class]func(Value) bool{
	IntClass:   isIntOperand,
	FloatClass: func(v Value) bool { _, f := unwrap(v).(Float); return f || isIntOperand(v) },
	StrClass:   func(v Value) bool { _, ok := unwrap(v).(Str); return ok },
	BytesClass: func(v Value) bool { _, ok := unwrap(v).(Bytes); return ok }, // bytearray's own reflected method answers

	ByteArrayClass: isBytesOperand,
	TupleClass:     func(v Value) bool { _, ok := unwrap(v).(Tuple); return ok },
	ListClass:      func(v Value) bool { _, ok := unwrap(v).(*List); return ok },
	DictClass:      func(v Value) bool { _, ok := unwrap(v).(*Dict); return ok },
	SetClass:       isSetOperand,
	FrozenSetClass: isSetOperand,
	RangeClass:     func(v Value) bool { _, ok := v.(*Range); return ok },
}

// slotCompare is the comparison slot op of the built-in class cls, which takes the operands
// accept allows, applied to self (a value of cls) and other: NotImplemented for others.
func slotCompare(th *Thread, cls *Class, accept func(Value) bool, op bytecode.CompareOp, self, other Value) (Value, error) {
	if !accept(other) {
		return NotImplemented, nil
	}
	r, err := builtinCompareOp(th, op, numberSelf(cls, self), numberSelf(cls, unwrap(other)))
	if r == nil || err != nil {
		return NotImplemented, err
	}
	return r, nil
}

// builtinSlotCompare is compareMethod for a built-in value x: its class's own comparison
// slot, which goes before the reflected method of an unrelated class's instance y
// (1.5 < MyInt(3) asks float first). It returns nil for classes without comparisons.
func builtinSlotCompare(th *Thread, op bytecode.CompareOp, x, y Value) (Value, error) {
	cls := x.Type()
	if cls == BoolClass {
		cls = IntClass
	}
	accept, ok := comparable[cls]
	if !ok {
		return nil, nil
	}
	return slotCompare(th, cls, accept, op, x, y)
}

// isBytesOperand reports whether v is bytes or a bytearray.
func isBytesOperand(v Value) bool {
	switch unwrap(v).(type) {
	case Bytes, *ByteArray:
		return true
	}
	return false
}

// isSetOperand reports whether v is a set or a frozenset.
func isSetOperand(v Value) bool { _, ok := unwrap(v).(*Set); return ok }

// hashable are the built-in classes with a hash of their own (the mutable ones have
// __hash__ None already).
var hashable = []*Class{IntClass, FloatClass, StrClass, BytesClass, TupleClass, FrozenSetClass, RangeClass}

func init() {
	for cls, accept := range comparable {
		cls, accept := cls, accept
		defs := make([]MethodDef, 0, len(compareDunders))
		for op, name := range compareDunders {
			op := bytecode.CompareOp(op)
			defs = append(defs, MethodDef{Name: name, Style: OneArg, Min: 1, Max: 1, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
				return slotCompare(th, cls, accept, op, self, a[0])
			}})
		}
		cls.DefineSpecialMethods(defs)
	}
	for _, cls := range hashable {
		defineBaseDunder(cls, "__hash__", 0, func(th *Thread, self Value, _ []Value) (Value, error) {
			h, err := Hash(th, self)
			return MakeInt(h), err
		})
	}
	for _, cls := range []*Class{NoneClass, BoolClass, RangeClass} {
		defineBaseDunder(cls, "__repr__", 0, textDunder(Repr))
	}
	for _, cls := range []*Class{IntClass, FloatClass, StrClass} {
		defineBaseDunder(cls, "__format__", 1, func(th *Thread, self Value, a []Value) (Value, error) {
			spec, ok := a[0].(Str)
			if !ok {
				return nil, Errorf(TypeError, "__format__() argument must be str, not %s", TypeName(a[0]))
			}
			s, err := Format(th, self, string(spec))
			return Str(s), err
		})
	}
	defineBaseDunder(ObjectClass, "__format__", 1, func(th *Thread, self Value, a []Value) (Value, error) {
		spec, ok := a[0].(Str)
		switch {
		case !ok:
			return nil, Errorf(TypeError, "__format__() argument must be str, not %s", TypeName(a[0]))
		case spec != "":
			return nil, Errorf(TypeError, "unsupported format string passed to %s.__format__", TypeName(self))
		}
		s, err := ToStr(th, self)
		return Str(s), err
	})
}
