package stdlib

import (
	"math"
	"math/big"

	"github.com/asyncscript/asyncscript/lang/bytecode"
	"github.com/asyncscript/asyncscript/vm"
)

// exactPrec is enough bits to hold any sum of float64s exactly: the span from the smallest
// subnormal to the largest finite value, plus room for carries.
const exactPrec = 2300

// mathFsum is fsum(iterable): the exact sum of the floats, rounded once (half to even).
func mathFsum(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	sum := new(big.Float).SetPrec(exactPrec)
	var special float64 // the sum of the infinities and NaNs seen, in float arithmetic
	haveSpecial := false
	err := vm.Iterate(th, args[0], func(v vm.Value) error {
		x, err := mathFloat(th, v)
		if err != nil {
			return err
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			special += x
			haveSpecial = true
			return nil
		}
		sum.Add(sum, new(big.Float).SetFloat64(x))
		return nil
	})
	if err != nil {
		return nil, err
	}
	if haveSpecial {
		if math.IsNaN(special) {
			return nil, vm.Errorf(vm.ValueError, "-inf + inf in fsum")
		}
		return vm.Float(special), nil
	}
	r, _ := sum.Float64()
	if math.IsInf(r, 0) {
		return nil, vm.Errorf(vm.OverflowError, "intermediate overflow in fsum")
	}
	return vm.Float(r), nil
}

// vectorNorm is the Euclidean norm, computed exactly and rounded once, which is what
// CPython's carefully compensated algorithm achieves.
func vectorNorm(xs []float64) float64 {
	sum := new(big.Float).SetPrec(exactPrec)
	for _, x := range xs {
		if math.IsInf(x, 0) {
			return math.Inf(1)
		}
	}
	for _, x := range xs {
		if math.IsNaN(x) {
			return math.NaN()
		}
		f := new(big.Float).SetPrec(exactPrec).SetFloat64(x)
		sum.Add(sum, f.Mul(f, f))
	}
	r, _ := sum.Sqrt(sum).Float64()
	return r
}

func mathHypot(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	xs, err := convertAll(args, floatsOf(th))
	if err != nil {
		return nil, err
	}
	return vm.Float(vectorNorm(xs)), nil
}

func mathDist(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	var pts [2][]float64
	for i, a := range args {
		t, ok := a.(vm.Tuple)
		if !ok {
			l, isList := a.(*vm.List)
			if !isList {
				return nil, vm.Errorf(vm.TypeError, "dist(): argument %d must be tuple, not %s", i+1, vm.TypeName(a))
			}
			t = vm.Tuple(l.Items())
		}
		xs, err := convertAll(t, floatsOf(th))
		if err != nil {
			return nil, err
		}
		pts[i] = xs
	}
	if len(pts[0]) != len(pts[1]) {
		return nil, vm.Errorf(vm.ValueError, "both points must have the same number of dimensions")
	}
	diffs := make([]float64, len(pts[0]))
	for i := range diffs {
		diffs[i] = math.Abs(pts[0][i] - pts[1][i])
	}
	return vm.Float(vectorNorm(diffs)), nil
}

// mathProd is prod(iterable, *, start=1), multiplying with the * operator.
func mathProd(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	acc := args[1]
	if acc == nil {
		acc = vm.MakeInt(1)
	}
	err := vm.Iterate(th, args[0], func(v vm.Value) (err error) {
		acc, err = vm.BinaryOp(th, int(bytecode.OpMul), acc, v)
		return err
	})
	return acc, err
}
