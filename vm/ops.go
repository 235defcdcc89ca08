package vm

import (
	"math"

	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// Binary operator numbers, as BINARY_OP carries them.
const (
	opAdd      = int(bytecode.OpAdd)
	opSub      = int(bytecode.OpSub)
	opMul      = int(bytecode.OpMul)
	opTrueDiv  = int(bytecode.OpTrueDiv)
	opFloorDiv = int(bytecode.OpFloorDiv)
	opMod      = int(bytecode.OpMod)
	opPow      = int(bytecode.OpPow)
	opMatMul   = int(bytecode.OpMatMul)
	opLShift   = int(bytecode.OpLShift)
	opRShift   = int(bytecode.OpRShift)
	opAnd      = int(bytecode.OpAnd)
	opOr       = int(bytecode.OpOr)
	opXor      = int(bytecode.OpXor)
	inplace    = int(bytecode.InplaceOffset)
)

// binaryDunders names the method and its reflected form for each operator.
var binaryDunders = [...][3]string{
	opAdd: {"__add__", "__radd__", "__iadd__"}, opSub: {"__sub__", "__rsub__", "__isub__"},
	opMul: {"__mul__", "__rmul__", "__imul__"}, opTrueDiv: {"__truediv__", "__rtruediv__", "__itruediv__"},
	opFloorDiv: {"__floordiv__", "__rfloordiv__", "__ifloordiv__"}, opMod: {"__mod__", "__rmod__", "__imod__"},
	opPow: {"__pow__", "__rpow__", "__ipow__"}, opMatMul: {"__matmul__", "__rmatmul__", "__imatmul__"},
	opLShift: {"__lshift__", "__rlshift__", "__ilshift__"}, opRShift: {"__rshift__", "__rrshift__", "__irshift__"},
	opAnd: {"__and__", "__rand__", "__iand__"}, opOr: {"__or__", "__ror__", "__ior__"},
	opXor: {"__xor__", "__rxor__", "__ixor__"},
}

// BinaryOp applies a binary operator (an in-place one when op >= the in-place offset).
func BinaryOp(th *Thread, op int, x, y Value) (Value, error) {
	r, err := binaryOp(th, op, x, y)
	if r == nil && err == nil {
		// The error names the operands' own types, a subclass of a built-in one included.
		return nil, binaryTypeError(op%inplace, op >= inplace, x, y)
	}
	return r, err
}

// binaryOp is BinaryOp returning nil, nil when no operator applies.
func binaryOp(th *Thread, op int, x, y Value) (Value, error) {
	isInplace := op >= inplace
	if isInplace {
		op -= inplace
		if l, ok := x.(*List); ok && (op == opAdd || op == opMul && isInt(y)) {
			if r, err := callReflected(th, binaryDunders[op][1], x, y); r != nil || err != nil {
				return r, err // list has no + slot of its own: y's __radd__ goes before extending
			}
			return listInplace(th, op, l, y)
		}
		if b, ok := x.(*ByteArray); ok && (op == opAdd || op == opMul && isInt(y)) {
			if r, err := callReflected(th, binaryDunders[op][1], x, y); r != nil || err != nil {
				return r, err
			}
			return byteArrayInplace(op, b, y)
		}
		if d, ok := x.(*Dict); ok && op == opOr {
			return d, dictMerge(th, d, y) // dict |= takes any mapping or iterable of pairs
		}
		// int, float, str and tuple define no in-place methods: no lookup for total += x.
		if !closedScalar(x) {
			if m, ok := x.Type().userMethod(binaryDunders[op][2]); ok {
				r, err := th.Call(m, []Value{x, y}, nil)
				if err != nil || r != NotImplemented {
					return r, err
				}
			}
		}
	}
	name, rname := binaryDunders[op][0], binaryDunders[op][1]
	r, reflectedTried, err := reflectedFirst(th, rname, x, y)
	if r != nil || err != nil {
		return r, err
	}
	if r, err := builtinBinary(th, op, x, y); r != nil || err != nil {
		return r, err
	}
	if r, err := baseSlotFirst(th, op, x, y); r != nil || err != nil {
		return r, err
	}
	// User-defined operators: x.__op__(y), then y.__rop__(x).
	if r, err := binarySpecial(th, name, rname, x, y, reflectedTried); r != nil || err != nil {
		return r, err
	}
	if bx, by, ok := unwrapPair(x, y); ok {
		// A subclass of a built-in type without the operator: the built-in one applies.
		// In place, a list stays the subclass's instance.
		if isInplace {
			op += inplace
		}
		r, err := binaryOp(th, op, bx, by)
		if isInplace && sameContainer(r, bx) {
			return x, err // list += and dict |= keep the subclass's instance
		}
		return r, err
	}
	if op == opMul {
		seq, n, err := repeatByIndex(th, x, y)
		if seq == nil || err != nil {
			return nil, err
		}
		if isInplace {
			op += inplace
		}
		return binaryOp(th, op, seq, n)
	}
	return nil, nil
}

// repeatByIndex is the last resort of seq * n and n * seq, after every __mul__ and
// __rmul__ declined: it returns the sequence and the count n's __index__ gives, a
// TypeError when n has none, or nils when neither operand is a sequence.
func repeatByIndex(th *Thread, x, y Value) (Value, Value, error) {
	seq, n := x, y
	if !isRepeatable(seq) {
		seq, n = y, x
		if !isRepeatable(seq) {
			return nil, nil, nil
		}
	}
	if _, ok := n.Type().userMethod("__index__"); !ok {
		return nil, nil, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(n))
	}
	c, err := Index(th, n)
	return seq, c, err
}

// isRepeatable reports whether v is a built-in sequence that * repeats.
func isRepeatable(v Value) bool {
	switch v.(type) {
	case Str, *List, Tuple, Bytes, *ByteArray:
		return true
	}
	return false
}

// sameContainer reports whether r is the very list or dict c (an in-place operator's result).
func sameContainer(r, c Value) bool {
	switch c := c.(type) {
	case *List:
		return r == Value(c)
	case *Dict:
		return r == Value(c)
	}
	return false
}

// unwrapPair returns the built-in values inside x and y, and whether either was an
// instance of a subclass of a built-in type.
func unwrapPair(x, y Value) (Value, Value, bool) {
	bx, okx := baseOf(x)
	by, oky := baseOf(y)
	if !okx {
		bx = x
	}
	if !oky {
		by = y
	}
	return bx, by, okx || oky
}

// listInplace is list += and list *=, which change the list itself.
func listInplace(th *Thread, op int, l *List, y Value) (Value, error) {
	if op == opAdd {
		return l, listExtend(th, l, y)
	}
	items, err := repeatItems(l.Items(), y)
	if items == nil {
		return nil, err
	}
	l.SetItems(items)
	return l, err
}

func binaryTypeError(op int, isInplace bool, x, y Value) error {
	sym := bytecode.BinaryOpSymbols[op]
	switch {
	case isInplace:
		sym += "="
	case op == opPow:
		sym = "** or pow()"
	}
	if op == opAdd {
		// The built-in concatenation of x's base type raises, naming that base type.
		bx, _, _ := unwrapPair(x, x)
		switch bx.(type) {
		case Str, *List, Tuple:
			return Errorf(TypeError, "can only concatenate %s (not \"%s\") to %s", TypeName(bx), TypeName(y), TypeName(bx))
		case Bytes, *ByteArray:
			return Errorf(TypeError, "can't concat %s to %s", TypeName(y), TypeName(bx))
		}
	}
	return Errorf(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, TypeName(x), TypeName(y))
}

// builtinBinary handles operators on built-in types; it returns nil, nil when it does not apply.
func builtinBinary(th *Thread, op int, x, y Value) (Value, error) {
	if bx, ok := x.(Bool); ok {
		if by, ok := y.(Bool); ok {
			switch op {
			case opAnd:
				return bx && by, nil
			case opOr:
				return bx || by, nil
			case opXor:
				return Bool(bx != by), nil
			}
		}
	}
	if isInt(x) && isInt(y) {
		if op == opPow {
			if b, ok := asInt64(y); ok && b >= 0 {
				if a, ok := asInt64(x); ok {
					if r, ok := powInt64(a, b); ok {
						return MakeInt(r), nil
					}
				}
			}
			return intPow(toBig(x), toBig(y))
		}
		if op == opTrueDiv {
			return intTrueDiv(toBig(x), toBig(y))
		}
		if op == opMatMul {
			return nil, nil
		}
		return intArith(th, op, x, y)
	}
	if a, aok, err := asFloat(x); aok {
		if b, bok, err2 := asFloat(y); bok {
			if err != nil {
				return nil, err
			}
			if err2 != nil {
				return nil, err2
			}
			return floatArith(op, a, b)
		}
	}
	switch a := x.(type) {
	case Bytes, *ByteArray:
		return bytesBinary(op, a, y)
	case Str:
		switch op {
		case opAdd:
			if _, ok := y.(Str); ok {
				return concatStr(x, y)
			}
		case opMul:
			if isInt(y) {
				return repeatStr(a, y)
			}
		case opMod:
			return percentFormat(th, string(a), y)
		}
	case *List:
		switch op {
		case opAdd:
			if b, ok := y.(*List); ok {
				if err := checkSize(a.Len()+b.Len(), maxItems); err != nil {
					return nil, err
				}
				return a.concat(b), nil
			}
		case opMul:
			if isInt(y) {
				items, err := repeatItems(a.Items(), y)
				if items == nil {
					return nil, err
				}
				return NewList(items), err
			}
		}
	case Tuple:
		switch op {
		case opAdd:
			if b, ok := y.(Tuple); ok {
				if err := checkSize(len(a)+len(b), maxItems); err != nil {
					return nil, err
				}
				t := make(Tuple, 0, len(a)+len(b))
				return append(append(t, a...), b...), nil
			}
		case opMul:
			if isInt(y) {
				items, err := repeatItems(a, y)
				if items == nil {
					return nil, err
				}
				return Tuple(items), err
			}
		}
	case *Set, *DictView:
		sa, aok, err := setLike(th, x)
		if err != nil || !aok {
			return nil, err
		}
		if sb, ok, err := setLike(th, y); ok || err != nil {
			if err != nil {
				return nil, err
			}
			r, err := setOperator(th, op, sa, sb)
			if s, isSet := r.(*Set); isSet && err == nil {
				s.frozen = false // an operation on views makes a plain set
				if xs, ok := x.(*Set); ok {
					s.frozen = xs.frozen
				}
			}
			return r, err
		}
	case *Dict:
		if b, ok := y.(*Dict); ok && op == opOr {
			d := a.Copy()
			return d, dictUpdate(th, d, b, false, nil)
		}
	}
	switch b := y.(type) {
	case Str:
		if op == opMul && isInt(x) {
			return repeatStr(b, x)
		}
	case Bytes, *ByteArray:
		if op == opMul && isInt(x) {
			return bytesBinary(op, b, x)
		}
	case *List:
		if op == opMul && isInt(x) {
			items, err := repeatItems(b.Items(), x)
			if items == nil {
				return nil, err
			}
			return NewList(items), err
		}
	case Tuple:
		if op == opMul && isInt(x) {
			items, err := repeatItems(b, x)
			if items == nil {
				return nil, err
			}
			return Tuple(items), err
		}
	}
	return nil, nil
}

// powInt64 computes a**b when it fits in an int64.
func powInt64(a, b int64) (int64, bool) {
	r := int64(1)
	for b > 0 {
		if b&1 == 1 {
			hi, lo := mulCheck(r, a)
			if !hi {
				return 0, false
			}
			r = lo
		}
		b >>= 1
		if b > 0 {
			ok, sq := mulCheck(a, a)
			if !ok {
				return 0, false
			}
			a = sq
		}
	}
	return r, true
}

// mulCheck multiplies two int64s, reporting whether the product fits.
func mulCheck(a, b int64) (bool, int64) {
	if a == 0 || b == 0 {
		return true, 0
	}
	p := a * b
	if p/b != a || (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64) {
		return false, 0
	}
	return true, p
}

// concatStr is str + str, refusing results beyond the size limit.
func concatStr(x, y Value) (Value, error) {
	a, b := x.(Str), y.(Str)
	switch {
	case len(b) == 0:
		return x, nil
	case len(a) == 0:
		return y, nil
	}
	if err := checkSize(len(a)+len(b), maxStrLen); err != nil {
		return nil, err
	}
	v, buf := newStrValue(len(a) + len(b))
	copy(buf[copy(buf, a):], b)
	return v, nil
}

// repeatCount checks n in a repetition s * n of a sequence of length items: it must be an
// int (a negative one counts as 0) whose result holds at most limit items.
func repeatCount(n Value, length, limit int) (int, error) {
	if !isInt(n) {
		return 0, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(n))
	}
	c, ok := asInt64(n)
	if !ok {
		return 0, Errorf(OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	if c < 0 || length == 0 {
		c = 0 // the result is empty, however large n is
	}
	if c > 1<<31 {
		return 0, Errorf(MemoryError, "")
	}
	return int(c), checkSize(growSize(0, length, int(c)), limit)
}

func repeatStr(s Str, n Value) (Value, error) {
	c, err := repeatCount(n, len(s), maxStrLen)
	if err != nil {
		return nil, err
	}
	return bytesStr(appendRepeat(make([]byte, 0, len(s)*c), string(s), c)), nil
}

// repeatItems repeats a sequence's items n times; nil with a nil error means n is not an int.
func repeatItems(items []Value, n Value) ([]Value, error) {
	c, err := repeatCount(n, len(items), maxItems)
	if err != nil {
		return nil, err
	}
	out := make([]Value, 0, len(items)*c)
	for i := 0; i < c; i++ {
		out = append(out, items...)
	}
	return out, nil
}

// unaryOp applies -x, +x or ~x.
func unaryOp(th *Thread, op bytecode.Opcode, x Value) (Value, error) {
	switch v := x.(type) {
	case Int:
		switch op {
		case bytecode.UNARY_NEGATIVE:
			if v != math.MinInt64 {
				return MakeInt(-int64(v)), nil
			}
		case bytecode.UNARY_POSITIVE:
			return v, nil
		case bytecode.UNARY_INVERT:
			return MakeInt(^int64(v)), nil
		}
		return unaryOp(th, op, &BigInt{v: *toBig(v)})
	case Bool:
		n := int64(0)
		if v {
			n = 1
		}
		return unaryOp(th, op, Int(n))
	case *BigInt:
		r := v.Big()
		switch op {
		case bytecode.UNARY_NEGATIVE:
			r.Neg(r)
		case bytecode.UNARY_INVERT:
			r.Not(r)
		}
		return MakeBigInt(r), nil
	case Float:
		switch op {
		case bytecode.UNARY_NEGATIVE:
			return -v, nil
		case bytecode.UNARY_POSITIVE:
			return v, nil
		}
		return nil, Errorf(TypeError, "bad operand type for unary ~: 'float'")
	}
	names := map[bytecode.Opcode][2]string{bytecode.UNARY_NEGATIVE: {"__neg__", "-"},
		bytecode.UNARY_POSITIVE: {"__pos__", "+"}, bytecode.UNARY_INVERT: {"__invert__", "~"}}[op]
	if m, ok := x.Type().userMethod(names[0]); ok {
		return th.Call(m, []Value{x}, nil)
	}
	if b, ok := baseOf(x); ok {
		return unaryOp(th, op, b)
	}
	return nil, Errorf(TypeError, "bad operand type for unary %s: '%s'", names[1], TypeName(x))
}

// Is is Python's `is`: the same object. Values Go holds directly (ints, floats, strs) are the
// same when equal, which matches CPython for the small ints and interned strings scripts meet.
func Is(a, b Value) bool {
	if x, ok := a.(Float); ok {
		// Floats are Go values, not objects: the same NaN bits stand for the same object,
		// so `nan is nan` and `nan in [nan]` hold as in CPython.
		y, ok := b.(Float)
		return ok && math.Float64bits(float64(x)) == math.Float64bits(float64(y))
	}
	if x, ok := a.(Tuple); ok {
		// Tuples are slices, which Go cannot compare: identical means the same backing array.
		y, ok := b.(Tuple)
		return ok && len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	}
	return a == b
}
