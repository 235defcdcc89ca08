package stdlib

import (
	"encoding/binary"
	"math"
	"math/big"

	"github.com/asyncscript/asyncscript/vm"
)

// namedRanges are the integer codes whose range errors CPython words with the C type's name.
var namedRanges = map[byte]string{'b': "byte", 'B': "ubyte", 'h': "short", 'H': "ushort"}

// pack packs values by the layout into a new buffer.
func (l *structLayout) pack(th *vm.Thread, values []vm.Value) ([]byte, error) {
	if len(values) != l.values {
		return nil, structError(th, "pack expected %d items for packing (got %d)", l.values, len(values))
	}
	buf := make([]byte, l.size)
	i := 0
	err := l.walk(func(c structCode, size, off int) error {
		v := values[i]
		i++
		if c.char == 's' || c.char == 'p' {
			return packString(th, c.char, buf[off:off+size], v)
		}
		return l.packOne(th, c, buf[off:off+size], v)
	})
	return buf, err
}

// packString packs an 's' or 'p' item: bytes truncated or padded with zeros, after a length
// byte for 'p'.
func packString(th *vm.Thread, char byte, dst []byte, v vm.Value) error {
	b, ok := v.(vm.Bytes)
	if !ok {
		return structError(th, "argument for '%c' must be a bytes object", char)
	}
	if char == 's' {
		copy(dst, b)
		return nil
	}
	if len(dst) == 0 {
		return nil
	}
	n := min(len(b), len(dst)-1, 255)
	dst[0] = byte(n)
	copy(dst[1:], b[:n])
	return nil
}

// packOne packs one value of a fixed-size code into dst.
func (l *structLayout) packOne(th *vm.Thread, c structCode, dst []byte, v vm.Value) error {
	switch c.char {
	case 'c':
		b, ok := v.(vm.Bytes)
		if !ok || len(b) != 1 {
			return structError(th, "char format requires a bytes object of length 1")
		}
		dst[0] = b[0]
		return nil
	case '?':
		t, err := vm.Truth(th, v)
		if t {
			dst[0] = 1
		}
		return err
	case 'e', 'f', 'd':
		return l.packFloat(th, c, dst, v)
	}
	n, err := structInt(th, v)
	if err != nil {
		return err
	}
	u, err := l.checkRange(th, c, n)
	if err != nil {
		return err
	}
	switch c.size {
	case 1:
		dst[0] = byte(u)
	case 2:
		l.order.PutUint16(dst, uint16(u))
	case 4:
		l.order.PutUint32(dst, uint32(u))
	default:
		l.order.PutUint64(dst, u)
	}
	return nil
}

// structInt converts an integer argument (an int or an object with __index__).
func structInt(th *vm.Thread, v vm.Value) (*big.Int, error) {
	if b, ok := bigOf(v); ok {
		return b, nil
	}
	i, err := vm.Index(th, v)
	if err != nil {
		if e, ok := err.(*vm.Exception); ok && e.Class == vm.TypeError {
			return nil, structError(th, "required argument is not an integer")
		}
		return nil, err
	}
	b, _ := bigOf(i)
	return b, nil
}

var (
	minInt64  = big.NewInt(math.MinInt64)
	maxInt64  = big.NewInt(math.MaxInt64)
	maxUint64 = new(big.Int).SetUint64(math.MaxUint64)
)

// checkRange checks an integer against its code's range with CPython's two wordings: the C
// conversion to a long (or unsigned long) fails with "argument out of range", a value that
// converts but does not fit the code's size names the range. It returns the value's bits.
//
// Big-endian standard mode ('>', '!') has CPython's own packers on a little-endian host, with
// other words: 8-byte codes say "int too large to convert", 'H' converts as unsigned, and
// 'h' and 'H' name the code rather than the C type.
func (l *structLayout) checkRange(th *vm.Thread, c structCode, n *big.Int) (uint64, error) {
	bigEndian := !l.native && l.order == binary.BigEndian
	unsigned := c.char == 'I' || c.char == 'L' || c.char == 'Q' || c.char == 'N' ||
		(c.char == 'P' && n.Sign() >= 0) || bigEndian && c.char == 'H'
	if unsigned && (n.Sign() < 0 || n.Cmp(maxUint64) > 0) ||
		!unsigned && (n.Cmp(minInt64) < 0 || n.Cmp(maxInt64) > 0) {
		if bigEndian && c.size == 8 {
			return 0, structError(th, "int too large to convert")
		}
		return 0, structError(th, "argument out of range")
	}
	if c.size == 8 {
		if unsigned {
			return n.Uint64(), nil
		}
		return uint64(n.Int64()), nil
	}
	bits := uint(8 * c.size)
	lo, hi := -(int64(1) << (bits - 1)), int64(1)<<(bits-1)-1
	if c.char == 'B' || c.char == 'H' || unsigned {
		lo, hi = 0, int64(1)<<bits-1
	}
	x := n.Int64()
	if x < lo || x > hi {
		if name, ok := namedRanges[c.char]; ok && !(bigEndian && (c.char == 'h' || c.char == 'H')) {
			return 0, structError(th, "%s format requires %d <= number <= %d", name, lo, hi)
		}
		return 0, structError(th, "'%c' format requires %d <= number <= %d", c.char, lo, hi)
	}
	return uint64(x), nil
}

// packFloat packs an 'e', 'f' or 'd' value; the standard modes refuse a finite value too
// large for the size, the native 'f' stores it as infinity (a C cast), as CPython does.
func (l *structLayout) packFloat(th *vm.Thread, c structCode, dst []byte, v vm.Value) error {
	x, ok := vm.ToFloat(v)
	if !ok {
		return structError(th, "required argument is not a float")
	}
	switch c.char {
	case 'e':
		h, ok := halfBits(x)
		if !ok {
			return vm.Errorf(vm.OverflowError, "float too large to pack with e format")
		}
		l.order.PutUint16(dst, h)
	case 'f':
		f := float32(x)
		if !l.native && math.IsInf(float64(f), 0) && !math.IsInf(x, 0) {
			return vm.Errorf(vm.OverflowError, "float too large to pack with f format")
		}
		l.order.PutUint32(dst, math.Float32bits(f))
	default:
		l.order.PutUint64(dst, math.Float64bits(x))
	}
	return nil
}

// halfBits rounds x to IEEE 754 binary16, to nearest with ties to even; ok is false when a
// finite x is too large.
func halfBits(x float64) (uint16, bool) {
	var sign uint16
	if math.Signbit(x) {
		sign = 0x8000
	}
	switch {
	case math.IsNaN(x):
		return sign | 0x7e00, true
	case math.IsInf(x, 0):
		return sign | 0x7c00, true
	case x == 0:
		return sign, true
	}
	f, e := math.Frexp(math.Abs(x))
	f, e = f*2, e-1 // 1 <= f < 2
	switch {
	case e >= 16:
		return 0, false
	case e < -25:
		f, e = 0, 0 // too small even for a subnormal: zero
	case e < -14:
		f, e = math.Ldexp(f, 14+e), 0 // subnormal
	default:
		f, e = f-1, e+15
	}
	f *= 1024
	bits := uint16(f)
	if rest := f - float64(bits); rest > 0.5 || rest == 0.5 && bits%2 == 1 {
		bits++
		if bits == 1024 {
			bits, e = 0, e+1
			if e == 31 {
				return 0, false
			}
		}
	}
	return sign | uint16(e)<<10 | bits, true
}

// halfValue is the value of IEEE 754 binary16 bits.
func halfValue(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e, m := int(h>>10&0x1f), float64(h&0x3ff)
	switch e {
	case 0:
		return sign * math.Ldexp(m, -24)
	case 0x1f:
		if m != 0 {
			return math.NaN()
		}
		return math.Inf(int(sign))
	}
	return sign * math.Ldexp(1+m/1024, e-15)
}
