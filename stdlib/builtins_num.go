package stdlib

import (
	"math"
	"math/big"
	"strings"

	"github.com/asyncscript/asyncscript/lang/bytecode"
	"github.com/asyncscript/asyncscript/vm"
	"github.com/asyncscript/asyncscript/vm/pyfmt"
)

func builtinAbs(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	switch x := args[0].(type) {
	case vm.Int:
		if x < 0 && x != math.MinInt64 {
			return th.IntValue(int64(-x)), nil
		}
		if x < 0 {
			return vm.BinaryOp(th, int(bytecode.OpSub), vm.MakeInt(0), x) // -MinInt64 is a big int
		}
		return args[0], nil // already boxed: returning x would box it again
	case vm.Bool:
		if x {
			return vm.MakeInt(1), nil
		}
		return vm.MakeInt(0), nil
	case *vm.BigInt:
		return vm.MakeBigInt(new(big.Int).Abs(x.Big())), nil
	case vm.Float:
		return vm.Float(math.Abs(float64(x))), nil
	}
	if m, ok := args[0].Type().Lookup("__abs__"); ok {
		return th.Call(m, []vm.Value{args[0]}, nil)
	}
	if b := vm.BuiltinValue(args[0]); b != args[0] {
		return builtinAbs(th, []vm.Value{b}, nil) // an int or float subclass
	}
	return nil, vm.Errorf(vm.TypeError, "bad operand type for abs(): '%s'", vm.TypeName(args[0]))
}

func builtinDivmod(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	x, y := args[0], args[1]
	if r, err := vm.BinarySpecial(th, "__divmod__", "__rdivmod__", x, y); r != nil || err != nil {
		return r, err
	}
	// Past the special methods, an int or float subclass divides as its base does: its
	// own __rfloordiv__ or __rmod__ are not divmod's to call.
	if bx, by := vm.BuiltinValue(x), vm.BuiltinValue(y); isBuiltinNumber(bx) && isBuiltinNumber(by) {
		x, y = bx, by
	}
	if f, ok := y.(vm.Float); ok && f == 0 {
		return nil, vm.Errorf(vm.ZeroDivisionError, "float divmod()")
	}
	if _, ok := x.(vm.Float); ok && isZero(y) {
		return nil, vm.Errorf(vm.ZeroDivisionError, "float divmod()")
	}
	q, err := binaryOpNamed(th, bytecode.OpFloorDiv, x, y, "divmod()")
	if err != nil {
		return nil, err
	}
	r, err := vm.BinaryOp(th, int(bytecode.OpMod), x, y)
	if err != nil {
		return nil, err
	}
	return vm.Tuple{q, r}, nil
}

// isBuiltinNumber reports whether v is a built-in int, bool or float.
func isBuiltinNumber(v vm.Value) bool {
	switch v.(type) {
	case vm.Int, vm.Bool, vm.Float, *vm.BigInt:
		return true
	}
	return false
}

func isZero(v vm.Value) bool {
	switch x := v.(type) {
	case vm.Int:
		return x == 0
	case vm.Bool:
		return !bool(x)
	}
	return false
}

// binaryOpNamed applies an operator, naming the built-in in a type error as CPython does
// ("unsupported operand type(s) for divmod(): ...").
func binaryOpNamed(th *vm.Thread, op bytecode.BinaryOp, x, y vm.Value, name string) (vm.Value, error) {
	r, err := vm.BinaryOp(th, int(op), x, y)
	if e, ok := err.(*vm.Exception); ok && e.Class == vm.TypeError {
		msg := vm.ExceptionLine(th, e)
		sym := "for " + bytecode.BinaryOpSymbols[op] + ":"
		if strings.Contains(msg, sym) {
			return nil, vm.Errorf(vm.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", name, vm.TypeName(x), vm.TypeName(y))
		}
	}
	return r, err
}

func builtinPow(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if args[2] == nil || vm.IsNone(args[2]) {
		return vm.BinaryOp(th, int(bytecode.OpPow), args[0], args[1])
	}
	base, bok := bigOf(args[0])
	exp, eok := bigOf(args[1])
	mod, mok := bigOf(args[2])
	if !bok || !eok || !mok {
		return ternaryPow(th, args[0], args[1], args[2])
	}
	if mod.Sign() == 0 {
		return nil, vm.Errorf(vm.ValueError, "pow() 3rd argument cannot be 0")
	}
	if exp.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(base, new(big.Int).Abs(mod)), new(big.Int).Abs(mod))
		if inv == nil {
			return nil, vm.Errorf(vm.ValueError, "base is not invertible for the given modulus")
		}
		base, exp = inv, new(big.Int).Neg(exp)
	}
	// Each bit of the exponent costs a product of numbers the size of the modulus, which
	// math/big multiplies in about quadratic time here: refuse what would take seconds.
	if words := int64(mod.BitLen()/64 + 1); int64(exp.BitLen())*words*words > 1<<29 {
		return nil, vm.Errorf(vm.OverflowError, "exponent too large")
	}
	r := new(big.Int).Exp(base, exp, new(big.Int).Abs(mod))
	if mod.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, mod)
	}
	return vm.MakeBigInt(r), nil
}

// ternaryPow is pow(x, y, mod) when not all three are ints: only x's own __pow__ is
// asked (three-argument power never calls __rpow__), and floats refuse a modulus.
func ternaryPow(th *vm.Thread, x, y, mod vm.Value) (vm.Value, error) {
	if m, ok := x.Type().Lookup("__pow__"); ok {
		r, err := th.Call(m, []vm.Value{x, y, mod}, nil)
		if err != nil || r != vm.NotImplemented {
			return r, err
		}
	}
	if isRealNumber(x) && isRealNumber(y) && isRealNumber(mod) {
		return nil, vm.Errorf(vm.TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	return nil, vm.Errorf(vm.TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
		vm.TypeName(x), vm.TypeName(y), vm.TypeName(mod))
}

// isRealNumber reports whether v is an int, a bool or a float.
func isRealNumber(v vm.Value) bool {
	_, f := v.(vm.Float)
	return f || isIntValue(v)
}

func builtinRound(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	x, ndigits := args[0], vm.OrNone(args[1])
	var nd int64
	if !vm.IsNone(ndigits) {
		n, err := mathInt(th, ndigits)
		if err != nil {
			return nil, err
		}
		nd = n.Int64()
	}
	switch v := x.(type) {
	case vm.Float:
		f := float64(v)
		if vm.IsNone(ndigits) {
			b, err := pyfmt.RoundToInt(f)
			if err != nil {
				return nil, vm.PyError(err)
			}
			return vm.MakeBigInt(b), nil
		}
		r, err := pyfmt.Round(f, int(nd))
		if err != nil {
			return nil, vm.PyError(err)
		}
		return vm.Float(r), nil
	case vm.Int, vm.Bool, *vm.BigInt:
		n, _ := bigOf(v)
		if vm.IsNone(ndigits) || nd >= 0 {
			return vm.MakeBigInt(n), nil
		}
		return vm.MakeBigInt(pyfmt.RoundInt(n, int(nd))), nil
	}
	if m, ok := x.Type().Lookup("__round__"); ok {
		callArgs := []vm.Value{x}
		if !vm.IsNone(ndigits) {
			callArgs = append(callArgs, ndigits)
		}
		return th.Call(m, callArgs, nil)
	}
	if b := vm.BuiltinValue(x); b != x {
		return builtinRound(th, []vm.Value{b, ndigits}, nil) // an int or float subclass
	}
	return nil, vm.Errorf(vm.TypeError, "type %s doesn't define __round__ method", vm.TypeName(x))
}

func builtinChr(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	n, err := mathInt(th, args[0])
	if err != nil {
		return nil, err
	}
	if !n.IsInt64() || n.Int64() < 0 || n.Int64() >= 0x110000 {
		return nil, vm.Errorf(vm.ValueError, "chr() arg not in range(0x110000)")
	}
	return vm.Str(string(rune(n.Int64()))), nil
}

func builtinOrd(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if b, isBytes := vm.BytesLike(args[0]); isBytes {
		if len(b) != 1 {
			return nil, vm.Errorf(vm.TypeError, "ord() expected a character, but string of length %d found", len(b))
		}
		return vm.MakeInt(int64(b[0])), nil
	}
	s, ok := args[0].(vm.Str)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "ord() expected string of length 1, but %s found", vm.TypeName(args[0]))
	}
	rs := []rune(string(s))
	if len(rs) != 1 {
		return nil, vm.Errorf(vm.TypeError, "ord() expected a character, but string of length %d found", len(rs))
	}
	return vm.MakeInt(int64(rs[0])), nil
}

// intDigits formats an int in a base with Python's prefix, for hex(), oct() and bin().
func intDigits(th *vm.Thread, v vm.Value, base int, prefix string) (vm.Value, error) {
	v, err := vm.Index(th, v)
	if err != nil {
		return nil, err
	}
	n, _ := bigOf(v)
	sign := ""
	if n.Sign() < 0 {
		sign = "-"
		n.Neg(n)
	}
	return vm.Str(sign + prefix + n.Text(base)), nil
}

func builtinHex(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	return intDigits(th, args[0], 16, "0x")
}

func builtinOct(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	return intDigits(th, args[0], 8, "0o")
}

func builtinBin(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	return intDigits(th, args[0], 2, "0b")
}
