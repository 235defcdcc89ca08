package vm

import (
	"math"
	"math/big"
	"sync"
)

// powPrec is the working precision of accuratePow: enough that rounding the result to a
// float64 gives the correctly rounded power, as glibc's pow (and so CPython) does. Go's
// math.Pow can be one unit in the last place off (8 ** (1/3) gives 1.9999999999999998).
const powPrec = 160

// accuratePow computes x**y correctly rounded, for builds without the C library's pow.
func accuratePow(x, y float64) float64 {
	if x <= 0 || math.IsInf(x, 0) || math.IsNaN(x) || math.IsInf(y, 0) || math.IsNaN(y) {
		if x < 0 && y == math.Trunc(y) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
			// A negative base with an integral exponent: the magnitude, signed by the parity.
			r := accuratePow(-x, y)
			if math.Mod(y, 2) != 0 {
				r = -r
			}
			return r
		}
		return math.Pow(x, y)
	}
	switch y {
	case 0:
		return 1
	case 1:
		return x
	case 2:
		return x * x
	case 0.5:
		return math.Sqrt(x)
	}
	if x == 1 {
		return 1
	}
	// Results that overflow or underflow are left to math.Pow, which gets inf and 0 right.
	if r := math.Pow(x, y); r == 0 || math.IsInf(r, 0) || r < 1e-300 || r > 1e300 {
		return r
	}
	t := new(big.Float).SetPrec(powPrec).Mul(bigLog(x), new(big.Float).SetPrec(powPrec).SetFloat64(y))
	r, _ := bigExp(t).Float64()
	return r
}

var (
	ln2Once sync.Once
	ln2     *big.Float
)

// bigLn2 returns ln 2 to powPrec bits: 2·atanh(1/3).
func bigLn2() *big.Float {
	ln2Once.Do(func() {
		third := new(big.Float).SetPrec(powPrec).Quo(big.NewFloat(1).SetPrec(powPrec), big.NewFloat(3).SetPrec(powPrec))
		ln2 = bigAtanh2(third)
	})
	return ln2
}

// bigAtanh2 is 2·atanh(z) = 2·(z + z³/3 + z⁵/5 + ...), for |z| <= 1/3.
func bigAtanh2(z *big.Float) *big.Float {
	sum := new(big.Float).SetPrec(powPrec).Set(z)
	z2 := new(big.Float).SetPrec(powPrec).Mul(z, z)
	term := new(big.Float).SetPrec(powPrec).Set(z)
	eps := new(big.Float).SetPrec(powPrec).SetMantExp(big.NewFloat(1), -powPrec-4)
	for k := int64(3); ; k += 2 {
		term.Mul(term, z2)
		q := new(big.Float).SetPrec(powPrec).Quo(term, new(big.Float).SetPrec(powPrec).SetInt64(k))
		sum.Add(sum, q)
		if q.Sign() == 0 || new(big.Float).Abs(q).Cmp(eps) < 0 {
			break
		}
	}
	return sum.Mul(sum, big.NewFloat(2))
}

// bigLog is ln x for x > 0: with x = m·2^e and m in [0.5, 1), ln x = 2·atanh((m-1)/(m+1)) + e·ln 2.
func bigLog(x float64) *big.Float {
	m, e := math.Frexp(x)
	bm := new(big.Float).SetPrec(powPrec).SetFloat64(m)
	num := new(big.Float).SetPrec(powPrec).Sub(bm, big.NewFloat(1))
	den := new(big.Float).SetPrec(powPrec).Add(bm, big.NewFloat(1))
	r := bigAtanh2(num.Quo(num, den))
	return r.Add(r, new(big.Float).SetPrec(powPrec).Mul(bigLn2(), new(big.Float).SetInt64(int64(e))))
}

// bigExp is e**t: with t = k·ln 2 + r and |r| <= ln 2 / 2, e**t = 2^k · (1 + r + r²/2! + ...).
func bigExp(t *big.Float) *big.Float {
	kf, _ := new(big.Float).Quo(t, bigLn2()).Float64()
	k := math.Round(kf)
	r := new(big.Float).SetPrec(powPrec).Sub(t, new(big.Float).SetPrec(powPrec).Mul(bigLn2(), big.NewFloat(k)))
	sum := new(big.Float).SetPrec(powPrec).SetInt64(1)
	term := new(big.Float).SetPrec(powPrec).SetInt64(1)
	eps := new(big.Float).SetPrec(powPrec).SetMantExp(big.NewFloat(1), -powPrec-4)
	for n := int64(1); ; n++ {
		term.Mul(term, r)
		term.Quo(term, new(big.Float).SetPrec(powPrec).SetInt64(n))
		sum.Add(sum, term)
		if term.Sign() == 0 || new(big.Float).Abs(term).Cmp(eps) < 0 {
			break
		}
	}
	return sum.SetMantExp(sum, int(k))
}
