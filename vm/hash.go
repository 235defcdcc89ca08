package vm

import (
	"hash/maphash"
	"math"
	"math/big"
)

// hashModulus is the prime CPython reduces numeric hashes by, so equal ints and floats hash
// alike and hash(n) == n for small n.
const hashModulus = 1<<61 - 1

var strSeed = maphash.MakeSeed()

// Hash is hash(v). Values that compare equal hash equal: 1, 1.0 and True share a hash.
func Hash(th *Thread, v Value) (int64, error) {
	switch x := v.(type) {
	case Str:
		return hashString(string(x)), nil
	case Int:
		return hashInt64(int64(x)), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		m := new(big.Int).Mod(new(big.Int).Abs(&x.v), big.NewInt(hashModulus)).Int64()
		if x.v.Sign() < 0 {
			m = -m
		}
		if m == -1 {
			m = -2
		}
		return m, nil
	case Float:
		return hashFloat(float64(x)), nil
	case NoneType:
		return 0x5f3759df, nil
	case Tuple:
		return hashTuple(th, x)
	case Bytes:
		return hashString(string(x)), nil
	case *Set:
		if x.frozen {
			return hashFrozenSet(th, x)
		}
	case *List, *Dict, *Slice, *ByteArray:
		return 0, Errorf(TypeError, "unhashable type: '%s'", TypeName(v))
	}
	cls := v.Type()
	m, native := hashMethod(cls)
	if IsNone(m) {
		return 0, Errorf(TypeError, "unhashable type: '%s'", TypeName(v))
	}
	if m != nil {
		r, err := th.Call(m, []Value{v}, nil)
		if err != nil {
			return 0, err
		}
		if !isInt(r) {
			return 0, Errorf(TypeError, "__hash__ method should return an integer")
		}
		if n, small := r.(Int); small {
			// An int that fits is the hash itself, as in CPython (hash(obj) equals
			// hash(tuple) when __hash__ returns hash(tuple)); -1 is reserved.
			if n == -1 {
				return -2, nil
			}
			return int64(n), nil
		}
		return Hash(th, r)
	}
	if b, ok := baseOf(v); ok && native {
		return Hash(th, b)
	}
	return int64(ID(v) >> 4), nil
}

// hashMethod finds what hashes instances of cls, following its MRO exactly: the first
// class whose namespace has __hash__ gives it (None: unhashable); a class before it that
// defines only __eq__ makes instances unhashable (None); a built-in class before either
// hashes natively (nil, true); (nil, false) means object's identity hash.
func hashMethod(cls *Class) (Value, bool) {
	for _, k := range cls.mro {
		if m, ok := k.Dict["__hash__"]; ok {
			return m, false
		}
		if _, ok := k.Dict["__eq__"]; ok {
			return None, false
		}
		if k.builtin && k != ObjectClass {
			return nil, true
		}
	}
	return nil, false
}

func init() {
	// The mutable containers are unhashable: their __hash__ is None, as in CPython.
	for _, c := range []*Class{ListClass, DictClass, SetClass, ByteArrayClass} {
		c.Dict["__hash__"] = None
	}
}

// hashString hashes the text of a str or bytes.
func hashString(s string) int64 {
	return int64(maphash.String(strSeed, s) >> 1)
}

func hashInt64(n int64) int64 {
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-n)
	}
	h := int64(u % hashModulus)
	if neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// hashFloat is CPython's hash of a float: the value's exact rational reduced modulo
// 2**61 - 1, so a float that equals an int hashes like it, and sets of floats iterate in
// CPython's order.
func hashFloat(f float64) int64 {
	const bits = 61
	switch {
	case math.IsNaN(f):
		return int64(math.Float64bits(f) >> 3)
	case math.IsInf(f, 1):
		return 314159
	case math.IsInf(f, -1):
		return -314159
	}
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign, m = -1, -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(bits-28)
		m *= 1 << 28
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e %= bits
	} else {
		e = bits - 1 - ((-1 - e) % bits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(bits-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

func hashTuple(th *Thread, t Tuple) (int64, error) {
	// The xxHash-style mixing CPython uses for tuples, over 64-bit lanes.
	const (
		prime1 = 11400714785074694791
		prime2 = 14029467366897019727
		prime5 = 2870177450012600261
	)
	if err := th.enterNested("", NativeScale); err != nil {
		return 0, err
	}
	defer th.leaveNested()
	acc := uint64(prime5)
	for _, x := range t {
		h, err := Hash(th, x)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * prime2
		acc = acc<<31 | acc>>33
		acc *= prime1
	}
	acc += uint64(len(t)) ^ (prime5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796, nil
	}
	return int64(acc), nil
}

// hashFrozenSet hashes the members of a frozenset independently of their order: each member's
// hash is scrambled before the members are combined by xor, so that members with close or
// equal hashes do not cancel out, and the size is mixed in, so nested singletons differ.
func hashFrozenSet(th *Thread, s *Set) (int64, error) {
	if s.hash != 0 {
		return s.hash, nil
	}
	if err := th.enterNested("", NativeScale); err != nil {
		return 0, err
	}
	defer th.leaveNested()
	var h uint64
	for _, m := range s.Members() {
		mh, err := Hash(th, m)
		if err != nil {
			return 0, err
		}
		u := uint64(mh)
		h ^= (u ^ u<<17 ^ 0x5bd1e995) * 0x9e3779b97f4a7c15
	}
	h ^= uint64(s.used+1) * 0xc2b2ae3d27d4eb4f
	h ^= h>>29 ^ h>>43
	if r := int64(h); r != 0 && r != -1 {
		s.hash = r
	} else {
		s.hash = 590923713
	}
	return s.hash, nil
}
