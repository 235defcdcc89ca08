package vm

import (
	"fmt"
	"math/big"
)

// BigRange is a range whose bounds do not all fit in 64 bits, such as range(10**20). It is
// rare, so it lives apart from Range and its fast iteration: it supports what CPython's does
// except len(), which overflows there too.
type BigRange struct {
	Start, Stop, Step *big.Int
}

// Type implements Value: it is a range to scripts.
func (*BigRange) Type() *Class { return RangeClass }

// Repr implements repr(): range(0, 100000000000000000000).
func (r *BigRange) Repr() string {
	if r.Step.Cmp(big.NewInt(1)) == 0 {
		return fmt.Sprintf("range(%s, %s)", r.Start, r.Stop)
	}
	return fmt.Sprintf("range(%s, %s, %s)", r.Start, r.Stop, r.Step)
}

// length is the number of values, as a big int.
func (r *BigRange) length() *big.Int {
	n := new(big.Int)
	one := big.NewInt(1)
	if r.Step.Sign() > 0 && r.Start.Cmp(r.Stop) < 0 {
		n.Sub(r.Stop, r.Start)
		n.Add(n, r.Step).Sub(n, one).Quo(n, r.Step)
	} else if r.Step.Sign() < 0 && r.Start.Cmp(r.Stop) > 0 {
		n.Sub(r.Start, r.Stop)
		n.Sub(n, r.Step).Sub(n, one).Quo(n, new(big.Int).Neg(r.Step))
	}
	return n
}

// item is r[i], with Python's negative indices.
func (r *BigRange) item(iv Value) (Value, error) {
	if !isInt(iv) {
		return nil, Errorf(TypeError, "range indices must be integers or slices, not %s", TypeName(iv))
	}
	i, n := toBig(iv), r.length()
	if i.Sign() < 0 {
		i.Add(i, n)
	}
	if i.Sign() < 0 || i.Cmp(n) >= 0 {
		return nil, Errorf(IndexError, "range object index out of range")
	}
	v := i.Mul(i, r.Step)
	return MakeBigInt(v.Add(v, r.Start)), nil
}

// contains is `x in r` for an int x.
func (r *BigRange) contains(x Value) bool {
	if !isInt(x) {
		return false
	}
	v := toBig(x)
	if r.Step.Sign() > 0 {
		if v.Cmp(r.Start) < 0 || v.Cmp(r.Stop) >= 0 {
			return false
		}
	} else if v.Cmp(r.Start) > 0 || v.Cmp(r.Stop) <= 0 {
		return false
	}
	d := v.Sub(v, r.Start)
	return d.Mod(d, new(big.Int).Abs(r.Step)).Sign() == 0
}

// bigRangeIter iterates over a BigRange.
type bigRangeIter struct {
	next, left *big.Int
	step       *big.Int
}

// LongRangeIteratorClass is the class of the iterators over a BigRange, named as CPython
// names those of a range beyond a C long.
var LongRangeIteratorClass = newBuiltinClass("longrange_iterator", ObjectClass)

// Type implements Value.
func (*bigRangeIter) Type() *Class { return LongRangeIteratorClass }

// Next implements Iterator.
func (it *bigRangeIter) Next(*Thread) (Value, error) {
	if it.left.Sign() <= 0 {
		return nil, nil
	}
	v := MakeBigInt(it.next)
	it.next = new(big.Int).Add(it.next, it.step)
	it.left.Sub(it.left, big.NewInt(1))
	return v, nil
}

// newRange makes range(start, stop, step) from int values, choosing the 64-bit form when
// every bound fits.
func newRange(start, stop, step Value) (Value, error) {
	a, aok := asInt64(start)
	b, bok := asInt64(stop)
	c, cok := asInt64(step)
	if aok && bok && cok {
		if c == 0 {
			return nil, Errorf(ValueError, "range() arg 3 must not be zero")
		}
		return &Range{Start: a, Stop: b, Step: c}, nil
	}
	r := &BigRange{Start: toBig(start), Stop: toBig(stop), Step: toBig(step)}
	if r.Step.Sign() == 0 {
		return nil, Errorf(ValueError, "range() arg 3 must not be zero")
	}
	return r, nil
}
