package vm

import "math/big"

// The int methods converting to and from bytes, and the small numeric-tower ones.

func init() {
	IntClass.DefineMethods([]MethodDef{
		{Name: "to_bytes", Style: ClinicArgs, Max: 2, Kw: []string{"length", "byteorder"}, KwOnly: []string{"signed"}, Fn: intToBytes},
		{Name: "bit_count", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			n := 0
			for _, w := range new(big.Int).Abs(toBig(self)).Bits() {
				for ; w != 0; w &= w - 1 {
					n++
				}
			}
			return MakeInt(int64(n)), nil
		}},
		{Name: "as_integer_ratio", Style: NoArgs, Fn: func(th *Thread, self Value, args []Value, kw *Dict) (Value, error) {
			n, _ := exactInt(th, self, args, kw)
			return Tuple{n, MakeInt(1)}, nil
		}},
	})
	IntClass.DefineClassMethods([]MethodDef{
		{Name: "from_bytes", Style: ClinicArgs, Min: 1, Max: 2, Kw: []string{"bytes", "byteorder"}, KwOnly: []string{"signed"}, Fn: intFromBytes},
	})
}

// byteOrderArg is the byteorder argument of to_bytes and from_bytes: true for "little".
func byteOrderArg(fn string, v Value) (bool, error) {
	if v == nil {
		return false, nil
	}
	s, ok := v.(Str)
	if !ok {
		return false, Errorf(TypeError, "%s() argument 'byteorder' must be str, not %s", fn, TypeName(v))
	}
	switch s {
	case "little":
		return true, nil
	case "big":
		return false, nil
	}
	return false, Errorf(ValueError, "byteorder must be either 'little' or 'big'")
}

// reverseBytes reverses b in place.
func reverseBytes(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}

// intToBytes is int.to_bytes(length=1, byteorder="big", *, signed=False): two's complement
// when signed.
func intToBytes(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	length, err := OptIndex(th, a[0], 1)
	if err != nil {
		return nil, err
	}
	little, err := byteOrderArg("to_bytes", a[1])
	if err != nil {
		return nil, err
	}
	signed, err := flagTruth(th, a[2])
	if err != nil {
		return nil, err
	}
	if length < 0 {
		return nil, Errorf(ValueError, "length argument must be non-negative")
	}
	n := toBig(self)
	if n.Sign() < 0 && !signed {
		return nil, Errorf(OverflowError, "can't convert negative int to unsigned")
	}
	// The range of length bytes: [0, 2**(8*length)) unsigned, [-2**(8*length-1),
	// 2**(8*length-1)) signed; CPython's no bytes take 0, and -1 too when signed.
	hi := new(big.Int).Lsh(big.NewInt(1), uint(8*length))
	lo := new(big.Int)
	switch {
	case signed && length == 0:
		lo.SetInt64(-1)
	case signed:
		hi.Rsh(hi, 1)
		lo.Neg(hi)
	}
	if n.Cmp(hi) >= 0 || n.Cmp(lo) < 0 {
		return nil, Errorf(OverflowError, "int too big to convert")
	}
	v := n
	if n.Sign() < 0 {
		v = new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), uint(8*length)), n)
	}
	out := v.FillBytes(make([]byte, length))
	if little {
		reverseBytes(out)
	}
	return Bytes(out), nil
}

// intFromBytes is int.from_bytes(bytes, byteorder="big", *, signed=False); a subclass of int
// gets cls(value), as in CPython.
func intFromBytes(th *Thread, cls Value, a []Value, _ *Dict) (Value, error) {
	if _, isStr := a[0].(Str); isStr {
		return nil, Errorf(TypeError, "cannot convert 'str' object to bytes")
	}
	src, err := bytesSource(th, []Value{a[0], nil, nil}, "bytes")
	if err != nil {
		return nil, err
	}
	little, err := byteOrderArg("from_bytes", a[1])
	if err != nil {
		return nil, err
	}
	b := []byte(src)
	if little {
		reverseBytes(b)
	}
	n := new(big.Int).SetBytes(b)
	signed, err := flagTruth(th, a[2])
	if err != nil {
		return nil, err
	}
	if signed && len(b) > 0 && b[0]&0x80 != 0 {
		n.Sub(n, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	if cls == Value(IntClass) {
		return MakeBigInt(n), nil
	}
	return th.Call(cls, []Value{MakeBigInt(n)}, nil)
}

// flagTruth is an optional keyword flag (signed=): missing is false, else its truth value.
func flagTruth(th *Thread, v Value) (bool, error) {
	if v == nil {
		return false, nil
	}
	return Truth(th, v)
}
