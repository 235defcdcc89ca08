package vm

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"

	"github.com/asyncscript/asyncscript/lang/bytecode"
	"github.com/asyncscript/asyncscript/vm/pyfmt"
)

// Int is an int that fits in 64 bits; arithmetic that overflows moves to *BigInt, and results
// that fit again come back to Int, so every int value has exactly one representation.
type Int int64

// BigInt is an int too large for Int. It is never mutated after creation.
type BigInt struct{ v big.Int }

// The int and bool classes.
var (
	IntClass  = newBuiltinClass("int", ObjectClass)
	BoolClass = newBuiltinClass("bool", IntClass)
)

// Type implements Value.
func (Int) Type() *Class { return IntClass }

// Type implements Value.
func (*BigInt) Type() *Class { return IntClass }

const (
	smallIntMin = -5
	smallIntMax = 1024
)

// smallInts holds boxed Ints so the common small results cost no allocation.
var smallInts = func() (t [smallIntMax - smallIntMin + 1]Value) {
	for i := range t {
		t[i] = Int(i + smallIntMin)
	}
	return
}()

// MakeInt boxes an int64, reusing preallocated values for small numbers.
func MakeInt(i int64) Value {
	if i >= smallIntMin && i <= smallIntMax {
		return smallInts[i-smallIntMin]
	}
	return Int(i)
}

// MakeBigInt returns the int value of b: an Int when it fits, otherwise a *BigInt. b must not
// be modified afterwards.
func MakeBigInt(b *big.Int) Value {
	if b.IsInt64() {
		return MakeInt(b.Int64())
	}
	r := &BigInt{}
	r.v.Set(b)
	return r
}

// Big returns the value as a new *big.Int the caller may modify.
func (b *BigInt) Big() *big.Int { return new(big.Int).Set(&b.v) }

// toBig returns any int value (or bool) as a *big.Int the caller may modify.
func toBig(v Value) *big.Int {
	switch v := v.(type) {
	case Int:
		return big.NewInt(int64(v))
	case Bool:
		if v {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	case *BigInt:
		return v.Big()
	}
	return nil
}

// isInt reports whether v is an int (bool included).
func isInt(v Value) bool {
	switch v.(type) {
	case Int, *BigInt, Bool:
		return true
	}
	return false
}

// asInt64 returns v as an int64 when it is an int (or bool) that fits.
func asInt64(v Value) (int64, bool) {
	switch v := v.(type) {
	case Int:
		return int64(v), true
	case Bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// intString is str(v) for an int (an Int or a *BigInt). Like CPython it refuses ints of more
// than pyfmt.MaxStrDigits digits, which also bounds the time the conversion takes.
func intString(v Value) (string, error) {
	if b, ok := v.(*BigInt); ok {
		s, err := pyfmt.IntToDecimal(&b.v)
		return s, PyError(err)
	}
	return strconv.FormatInt(int64(v.(Int)), 10), nil
}

// intArith does an int operation on two int operands; ok is false for operators it does not
// handle on ints (true division, which gives a float, is handled here too).
func intArith(th *Thread, op int, x, y Value) (Value, error) {
	a, aok := asInt64(x)
	b, bok := asInt64(y)
	if aok && bok {
		switch op {
		case opAdd:
			s := a + b
			if (s > a) == (b > 0) {
				return MakeInt(s), nil
			}
		case opSub:
			s := a - b
			if (s < a) == (b > 0) {
				return MakeInt(s), nil
			}
		case opMul:
			if a == 0 || b == 0 {
				return MakeInt(0), nil
			}
			hi, lo := bits.Mul64(uint64(abs64(a)), uint64(abs64(b)))
			if hi == 0 && lo <= math.MaxInt64 && a != math.MinInt64 && b != math.MinInt64 {
				if (a < 0) != (b < 0) {
					return MakeInt(-int64(lo)), nil
				}
				return MakeInt(int64(lo)), nil
			}
		case opFloorDiv:
			if b == 0 {
				return nil, Errorf(ZeroDivisionError, "integer division or modulo by zero")
			}
			if !(a == math.MinInt64 && b == -1) {
				q := a / b
				if (a%b != 0) && ((a < 0) != (b < 0)) {
					q--
				}
				return MakeInt(q), nil
			}
		case opMod:
			if b == 0 {
				return nil, Errorf(ZeroDivisionError, "integer modulo by zero")
			}
			if b == -1 {
				return MakeInt(0), nil
			}
			m := a % b
			if m != 0 && ((m < 0) != (b < 0)) {
				m += b
			}
			return MakeInt(m), nil
		case opAnd:
			return MakeInt(a & b), nil
		case opOr:
			return MakeInt(a | b), nil
		case opXor:
			return MakeInt(a ^ b), nil
		case opLShift:
			if b < 0 {
				return nil, Errorf(ValueError, "negative shift count")
			}
			if b < 63 && a == (a<<b)>>b {
				return MakeInt(a << b), nil
			}
		case opRShift:
			if b < 0 {
				return nil, Errorf(ValueError, "negative shift count")
			}
			if b > 63 {
				b = 63
			}
			return MakeInt(a >> b), nil
		}
	}
	return bigArith(th, op, toBig(x), toBig(y))
}

// smallIntOp computes the int operators whose result stays within int64 without calling
// into the general arithmetic; ok is false when the slow path must decide (overflow, zero
// divisors, true division, powers).
func (th *Thread) smallIntOp(op bytecode.BinaryOp, a, b Int) (Value, bool) {
	if op >= bytecode.InplaceOffset {
		op -= bytecode.InplaceOffset
	}
	switch op {
	case bytecode.OpMul:
		const limit = 1 << 31
		if a > -limit && a < limit && b > -limit && b < limit {
			return th.boxInt(int64(a * b)), true
		}
	case bytecode.OpFloorDiv:
		if b > 0 && a >= 0 {
			return th.boxInt(int64(a / b)), true
		}
	case bytecode.OpMod:
		if b > 0 && a >= 0 {
			return th.boxInt(int64(a % b)), true
		}
	case bytecode.OpAnd:
		return th.boxInt(int64(a & b)), true
	case bytecode.OpOr:
		return th.boxInt(int64(a | b)), true
	case bytecode.OpXor:
		return th.boxInt(int64(a ^ b)), true
	}
	return nil, false
}

func abs64(a int64) int64 {
	if a < 0 {
		return -a
	}
	return a
}

// bigArith does an int operation with arbitrary precision.
func bigArith(th *Thread, op int, a, b *big.Int) (Value, error) {
	r := new(big.Int)
	switch op {
	case opAdd:
		r.Add(a, b)
	case opSub:
		r.Sub(a, b)
	case opMul:
		if a.BitLen()+b.BitLen() > maxIntBits+1 {
			return nil, Errorf(OverflowError, "too many digits in integer")
		}
		r.Mul(a, b)
	case opFloorDiv, opMod:
		if b.Sign() == 0 {
			if op == opMod {
				return nil, Errorf(ZeroDivisionError, "integer modulo by zero")
			}
			return nil, Errorf(ZeroDivisionError, "integer division or modulo by zero")
		}
		q, m := new(big.Int).DivMod(a, b, new(big.Int))
		// big.Int's DivMod is Euclidean (m >= 0); Python floors toward negative infinity,
		// so the remainder takes the sign of b.
		if m.Sign() != 0 && b.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
			m.Add(m, b)
		}
		if op == opMod {
			return MakeBigInt(m), nil
		}
		return MakeBigInt(q), nil
	case opAnd:
		r.And(a, b)
	case opOr:
		r.Or(a, b)
	case opXor:
		r.Xor(a, b)
	case opLShift:
		if b.Sign() < 0 {
			return nil, Errorf(ValueError, "negative shift count")
		}
		if a.Sign() == 0 {
			return MakeInt(0), nil
		}
		if !b.IsInt64() || b.Int64() > maxIntBits || a.BitLen()+int(b.Int64()) > maxIntBits {
			return nil, Errorf(OverflowError, "too many digits in integer")
		}
		r.Lsh(a, uint(b.Int64()))
	case opRShift:
		if b.Sign() < 0 {
			return nil, Errorf(ValueError, "negative shift count")
		}
		if !b.IsInt64() {
			if a.Sign() < 0 {
				return MakeInt(-1), nil
			}
			return MakeInt(0), nil
		}
		r.Rsh(a, uint(b.Int64()))
	case opPow:
		return intPow(a, b)
	case opTrueDiv:
		return intTrueDiv(a, b)
	default:
		return nil, nil
	}
	return MakeBigInt(r), nil
}

// maxIntBits bounds the size of the result of *, ** and <<, the operations that can grow an
// int without limit (x = x * x doubles it per step). Multiplication and division cost more
// than linear time: at this size (1 MiB, some 2.5 million digits) a product of two dense ints
// takes about half a second, and each doubling of the size makes it three or four times slower.
const maxIntBits = 1 << 23

func intPow(a, b *big.Int) (Value, error) {
	if b.Sign() < 0 {
		fa, _ := new(big.Float).SetInt(a).Float64()
		fb, _ := new(big.Float).SetInt(b).Float64()
		if fa == 0 {
			return nil, Errorf(ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
		return Float(math.Pow(fa, fb)), nil
	}
	// Only 0, 1 and -1 keep their size; other bases grow by their length per unit of b.
	if a.BitLen() > 1 && (!b.IsInt64() || b.Int64() > maxIntBits || a.BitLen()*int(b.Int64()) > maxIntBits) {
		return nil, Errorf(OverflowError, "exponent too large")
	}
	return MakeBigInt(new(big.Int).Exp(a, b, nil)), nil
}

// intTrueDiv divides two ints exactly rounded to the nearest float, as Python does.
func intTrueDiv(a, b *big.Int) (Value, error) {
	if b.Sign() == 0 {
		return nil, Errorf(ZeroDivisionError, "division by zero")
	}
	if a.IsInt64() && b.IsInt64() {
		x, y := a.Int64(), b.Int64()
		if x > -1<<53 && x < 1<<53 && y > -1<<53 && y < 1<<53 {
			return Float(float64(x) / float64(y)), nil
		}
	}
	q := new(big.Rat).SetFrac(a, b)
	f, _ := q.Float64()
	if math.IsInf(f, 0) {
		return nil, Errorf(OverflowError, "integer division result too large for a float")
	}
	return Float(f), nil
}

// intItab is the interface word that marks a Value as holding an Int; boxInt pairs it with a
// pointer into a slab of Ints to build the interface without a separate allocation (see
// slabItab).
var intItab = slabItab[Int](1<<40, -1<<50)

// boxInt is MakeInt for the interpreter's arithmetic fast paths: ints outside the cached
// range are carved out of a per-thread slab, one allocation per slabSize results instead
// of one each. A slab stays alive while any of its ints does, a bounded cost.
func (th *Thread) boxInt(i int64) Value {
	if uint64(i-smallIntMin) <= smallIntMax-smallIntMin { // one compare keeps boxInt inlinable
		return smallInts[i-smallIntMin]
	}
	if intItab == nil {
		return Int(i)
	}
	return th.boxWord(intItab, uint64(i))
}

// IntValue is MakeInt for built-ins that return ints often (abs, len of big containers):
// like the interpreter's own arithmetic it boxes from the thread's slab.
func (th *Thread) IntValue(i int64) Value { return th.boxInt(i) }
