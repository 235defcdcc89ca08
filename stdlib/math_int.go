package stdlib

import (
	"math/big"

	"github.com/asyncscript/asyncscript/vm"
)

func mathGcd(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	ns, err := convertAll(args, intsOf(th))
	if err != nil {
		return nil, err
	}
	g := new(big.Int)
	for _, n := range ns {
		g.GCD(nil, nil, g, n.Abs(n))
	}
	return vm.MakeBigInt(g), nil
}

func mathLcm(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	ns, err := convertAll(args, intsOf(th))
	if err != nil {
		return nil, err
	}
	l := big.NewInt(1)
	for _, n := range ns {
		n.Abs(n)
		if n.Sign() == 0 {
			return vm.MakeInt(0), nil
		}
		g := new(big.Int).GCD(nil, nil, l, n)
		l.Mul(l, n.Quo(n, g))
	}
	return vm.MakeBigInt(l), nil
}

// nonNegative converts an integer argument that must not be negative, raising
// ValueError(msg) when it is.
func nonNegative(th *vm.Thread, v vm.Value, msg string) (*big.Int, error) {
	n, err := mathInt(th, v)
	if err == nil && n.Sign() < 0 {
		err = vm.Errorf(vm.ValueError, "%s", msg)
	}
	return n, err
}

func mathIsqrt(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	n, err := nonNegative(th, args[0], "isqrt() argument must be nonnegative")
	if err != nil {
		return nil, err
	}
	return vm.MakeBigInt(n.Sqrt(n)), nil
}

func mathFactorial(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	n, err := nonNegative(th, args[0], "factorial() not defined for negative values")
	if err != nil {
		return nil, err
	}
	if !n.IsInt64() || n.Int64() > 1<<20 {
		return nil, vm.Errorf(vm.OverflowError, "factorial() argument should not exceed %d", int64(1)<<31-1)
	}
	return vm.MakeBigInt(new(big.Int).MulRange(1, n.Int64())), nil
}

// combArgs converts comb's and perm's arguments, which must be non-negative integers.
func combArgs(th *vm.Thread, args []vm.Value) (n, k *big.Int, err error) {
	ns, err := convertAll(args, intsOf(th))
	if err != nil {
		return nil, nil, err
	}
	if ns[0].Sign() < 0 {
		return nil, nil, vm.Errorf(vm.ValueError, "n must be a non-negative integer")
	}
	if len(ns) > 1 && ns[1].Sign() < 0 {
		return nil, nil, vm.Errorf(vm.ValueError, "k must be a non-negative integer")
	}
	if len(ns) == 1 {
		return ns[0], ns[0], nil
	}
	return ns[0], ns[1], nil
}

// combinatoric is comb or perm, given the count for n and k: both are 0 when k > n, and
// both need n to fit in an int64.
func combinatoric(th *vm.Thread, name string, args []vm.Value, count func(n, k int64) *big.Int) (vm.Value, error) {
	n, k, err := combArgs(th, args)
	if err != nil {
		return nil, err
	}
	if k.Cmp(n) > 0 {
		return vm.MakeInt(0), nil
	}
	if !n.IsInt64() {
		return nil, vm.Errorf(vm.OverflowError, "%s() arguments too large", name)
	}
	return vm.MakeBigInt(count(n.Int64(), k.Int64())), nil
}

func mathComb(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	return combinatoric(th, "comb", args, func(n, k int64) *big.Int { return new(big.Int).Binomial(n, k) })
}

func mathPerm(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	if vm.IsNone(vm.OrNone(args[1])) {
		// As in CPython, perm(n) is factorial(n), errors included.
		return mathFactorial(th, args[:1], nil)
	}
	// n!/(n-k)! is the product n-k+1 .. n, which MulRange makes 1 when k is 0.
	return combinatoric(th, "perm", args, func(n, k int64) *big.Int { return new(big.Int).MulRange(n-k+1, n) })
}
