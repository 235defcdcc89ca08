package pyfmt

import (
	"math"
	"math/big"
	"strconv"
)

// Beyond these ndigits a float always rounds to itself (every double is a
// multiple of 2**-1074, so 1074*log10(2) decimals hold it exactly) or to a
// zero (no double reaches 10**309). CPython uses the same bounds.
const (
	roundDigitsMax = 323
	roundDigitsMin = -308
)

// Round returns Python's round(f, ndigits) for a float: the exact binary
// value rounded half to even at the ndigits-th decimal place (so
// round(2.675, 2) == 2.67 because 2.675 is really 2.67499999...), keeping
// the sign of zero results. NaN and infinities round to themselves. The one
// error is CPython's OverflowError when the rounded value is too large for
// a float. round(x) without ndigits is RoundToInt.
func Round(f float64, ndigits int) (float64, error) {
	switch {
	case math.IsInf(f, 0) || f != f || ndigits > roundDigitsMax:
		return f, nil
	case ndigits < roundDigitsMin:
		return math.Copysign(0, f), nil
	case ndigits >= 0:
		// strconv rounds the exact value half to even, which is what
		// CPython's correctly rounded dtoa does; parsing back is exact.
		// The text is a plain decimal within float range, so parsing
		// cannot fail.
		r, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'f', ndigits, 64), 64)
		return r, nil
	}
	whole, acc := new(big.Float).SetFloat64(math.Abs(f)).Int(nil)
	unit := pow10(-ndigits)
	q, rem := whole.QuoRem(whole, unit, new(big.Int))
	// Round up past the half, or at exactly the half when the quotient
	// is odd; a fraction dropped from the whole part makes a tie a win.
	switch rem.Lsh(rem, 1).Cmp(unit) {
	case 1:
		q.Add(q, big.NewInt(1))
	case 0:
		if acc != big.Exact || q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
	}
	r, _ := new(big.Float).SetInt(q.Mul(q, unit)).Float64()
	if math.IsInf(r, 0) {
		return 0, overflowError("rounded value too large to represent")
	}
	return math.Copysign(r, f), nil
}

// RoundInt returns Python's round(n, ndigits) for an int: n itself when
// ndigits >= 0, else n rounded half to even to a multiple of 10**-ndigits
// (round(1250, -2) == 1200, round(-1350, -2) == -1400). The result never
// aliases n.
func RoundInt(n *big.Int, ndigits int) *big.Int {
	if ndigits >= 0 {
		return new(big.Int).Set(n)
	}
	// 10**k with k above n's digit count is more than twice |n|, so
	// everything rounds to zero; skip building an enormous power.
	if -ndigits > n.BitLen()*30103/100000+1 {
		return new(big.Int)
	}
	unit := pow10(-ndigits)
	q, rem := new(big.Int).QuoRem(new(big.Int).Abs(n), unit, new(big.Int))
	if c := rem.Lsh(rem, 1).Cmp(unit); c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	q.Mul(q, unit)
	if n.Sign() < 0 {
		q.Neg(q)
	}
	return q
}

// RoundToInt returns Python's round(f) with no ndigits: the nearest integer,
// ties to even, with CPython's errors for NaN and infinities.
func RoundToInt(f float64) (*big.Int, error) {
	switch {
	case f != f:
		return nil, valueError("cannot convert float NaN to integer")
	case math.IsInf(f, 0):
		return nil, overflowError("cannot convert float infinity to integer")
	}
	r := math.RoundToEven(f)
	if r >= -(1<<63) && r < 1<<63 {
		return big.NewInt(int64(r)), nil
	}
	n, _ := new(big.Float).SetFloat64(r).Int(nil)
	return n, nil
}

func pow10(k int) *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil)
}
