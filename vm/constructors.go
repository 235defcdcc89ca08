package vm

import (
	"math"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/asyncscript/asyncscript/vm/pyfmt"
)

func init() {
	IntClass.DefineConstructor(Signature{Style: TupleArgs, Max: 2, Kw: []string{"", "base"}}, constructInt)
	BoolClass.DefineConstructor(Signature{Style: PosArgs, Max: 1}, func(th *Thread, a []Value, _ *Dict) (Value, error) {
		if a[0] == nil {
			return False, nil
		}
		t, err := Truth(th, a[0])
		return Bool(t), err
	})
	FloatClass.DefineConstructor(Signature{Style: PosArgs, Max: 1}, constructFloat)
	StrClass.DefineConstructor(Signature{Style: TupleArgs, Max: 3, Kw: []string{"object", "encoding", "errors"}}, constructStr)
	ListClass.DefineConstructor(Signature{Style: PosArgs, Max: 1}, func(th *Thread, a []Value, _ *Dict) (Value, error) {
		items, err := iterableItems(th, a[0])
		return NewList(items), err
	})
	TupleClass.DefineConstructor(Signature{Style: PosArgs, Max: 1}, func(th *Thread, a []Value, _ *Dict) (Value, error) {
		if t, ok := a[0].(Tuple); ok {
			return t, nil
		}
		items, err := iterableItems(th, a[0])
		return Tuple(items), err
	})
	DictClass.DefineConstructor(Signature{Style: VarKwArgs}, func(th *Thread, a []Value, kw *Dict) (Value, error) {
		d := NewDict()
		return d, dictUpdateArgs(th, d, "dict", a, kw)
	})
	SetClass.DefineConstructor(Signature{Style: PosArgs, Max: 1}, func(th *Thread, a []Value, _ *Dict) (Value, error) {
		return newSetFrom(th, a[0], false)
	})
	FrozenSetClass.DefineConstructor(Signature{Style: PosArgs, Max: 1}, func(th *Thread, a []Value, _ *Dict) (Value, error) {
		if s, ok := a[0].(*Set); ok && s.frozen {
			return s, nil
		}
		return newSetFrom(th, a[0], true)
	})
	RangeClass.DefineConstructor(Signature{Style: PosArgs, Min: 1, Max: 3}, constructRange)
	SliceClass.DefineConstructor(Signature{Style: PosArgs, Min: 1, Max: 3}, func(th *Thread, a []Value, _ *Dict) (Value, error) {
		if a[1] == nil {
			// slice(stop): the single argument is the upper bound (slice(x, None) is not).
			return &Slice{Lower: None, Upper: a[0], Step: None}, nil
		}
		for i := range a {
			if a[i] == nil {
				a[i] = None
			}
		}
		return &Slice{Lower: a[0], Upper: a[1], Step: a[2]}, nil
	})
	ObjectClass.DefineConstructor(Signature{Style: VarKwArgs}, func(th *Thread, a []Value, kw *Dict) (Value, error) {
		if len(a) > 0 || (kw != nil && kw.Len() > 0) {
			return nil, Errorf(TypeError, "object() takes no arguments")
		}
		return &Instance{Class: ObjectClass}, nil
	})
	TypeClass.DefineConstructor(Signature{Style: VarKwArgs}, constructType)
	StaticMethodClass.DefineConstructor(Signature{Style: PosArgs, Min: 1, Max: 1}, func(th *Thread, a []Value, _ *Dict) (Value, error) {
		return &StaticMethod{Func: a[0]}, nil
	})
	ClassMethodClass.DefineConstructor(Signature{Style: PosArgs, Min: 1, Max: 1}, func(th *Thread, a []Value, _ *Dict) (Value, error) {
		return &ClassMethod{Func: a[0]}, nil
	})
	PropertyClass.DefineConstructor(Signature{Style: TupleArgs, Max: 4, Kw: []string{"fget", "fset", "fdel", "doc"}}, func(th *Thread, a []Value, _ *Dict) (Value, error) {
		return &Property{Get: noneToNil(a[0]), Set: noneToNil(a[1]), Del: noneToNil(a[2]), Doc: noneToNil(a[3])}, nil
	})
	SuperClass.DefineConstructor(Signature{Style: PosArgs, Max: 2}, constructSuper)
	defineObjectMethods()
	defineTypeMethods()
}

// iterableItems returns a new slice of an iterable's items (empty for a missing argument).
func iterableItems(th *Thread, v Value) ([]Value, error) {
	if v == nil {
		return []Value{}, nil
	}
	items, err := ToSlice(th, v)
	if err != nil {
		return nil, err
	}
	return append(make([]Value, 0, len(items)), items...), nil
}

// newSetFrom makes a set or frozenset of an iterable's items (empty for nil).
func newSetFrom(th *Thread, v Value, frozen bool) (*Set, error) {
	s := NewSet()
	s.frozen = frozen
	if v == nil {
		return s, nil
	}
	return s, setUpdate(th, s, v)
}

// constructInt is int(x=0, base=10).
func constructInt(th *Thread, a []Value, _ *Dict) (Value, error) {
	x, baseV := unwrap(a[0]), a[1]
	if x == nil {
		if baseV != nil {
			return nil, Errorf(TypeError, "int() missing string argument")
		}
		return MakeInt(0), nil
	}
	if baseV != nil {
		base, err := IndexArg(th, baseV)
		if err != nil {
			return nil, err
		}
		if base != 0 && (base < 2 || base > 36) {
			return nil, Errorf(ValueError, "int() base must be >= 2 and <= 36, or 0")
		}
		s, ok := x.(Str)
		if !ok {
			if _, isBytes := bytesText(x); isBytes {
				return bytesNumber(th, x, base)
			} else {
				return nil, Errorf(TypeError, "int() can't convert non-string with explicit base")
			}
		}
		return parseIntValue(string(s), base)
	}
	switch v := x.(type) {
	case Int, *BigInt:
		return v, nil
	case Bool:
		return MakeBigInt(toBig(v)), nil
	case Float:
		return floatToInt(float64(v))
	case Str:
		return parseIntValue(string(v), 10)
	case Bytes, *ByteArray:
		return bytesNumber(th, v, 10)
	}
	for _, name := range [...]string{"__int__", "__index__", "__trunc__"} {
		if m, ok := x.Type().userMethod(name); ok {
			r, err := th.Call(m, []Value{x}, nil)
			if err != nil {
				return nil, err
			}
			if !isInt(r) {
				return nil, Errorf(TypeError, "%s returned non-int (type %s)", name, TypeName(r))
			}
			return MakeBigInt(toBig(r)), nil
		}
	}
	return nil, Errorf(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", TypeName(x))
}

// bytesNumber is int(b, base), or float(b) when base is -1, of bytes or a bytearray. The
// text parses as a str's would; a failure shows the bytes' repr (b'x' for int() even of a
// bytearray, the object's own repr for float()), as CPython's messages do.
func bytesNumber(th *Thread, b Value, base int) (Value, error) {
	s := selfText(b)
	if base < 0 {
		if r, err := parseFloatValue(s); err == nil {
			return r, nil
		}
		shown, err := Repr(th, b)
		if err != nil {
			return nil, err
		}
		return nil, Errorf(ValueError, "could not convert string to float: %s", shown)
	}
	n, err := pyfmt.ParseInt(s, base)
	if e, ok := err.(*pyfmt.Error); ok && strings.HasPrefix(e.Msg, "invalid literal") {
		return nil, Errorf(ValueError, "invalid literal for int() with base %d: %s", base, pyfmt.QuoteBytes([]byte(s)))
	}
	if err != nil {
		return nil, PyError(err)
	}
	return MakeBigInt(n), nil
}

// parseIntValue parses int literal text in the given base.
func parseIntValue(s string, base int) (Value, error) {
	if base == 10 {
		if n, ok := smallDecimal(s); ok {
			return MakeInt(n), nil
		}
	}
	b, err := pyfmt.ParseInt(s, base)
	if err != nil {
		return nil, PyError(err)
	}
	return MakeBigInt(b), nil
}

// smallDecimal parses s when it is nothing but an optional sign and at most 18 ASCII digits,
// which fit an int64: the int(s) of a parser's tokens, without a big.Int. Anything else
// (spaces, underscores, other scripts' digits, longer numbers) gets ok false and the general
// parser.
func smallDecimal(s string) (n int64, ok bool) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg, s = s[0] == '-', s[1:]
	}
	if s == "" || len(s) > 18 {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		d := s[i] - '0'
		if d > 9 {
			return 0, false
		}
		n = n*10 + int64(d)
	}
	if neg {
		n = -n
	}
	return n, true
}

// constructFloat is float(x=0.0).
func constructFloat(th *Thread, a []Value, _ *Dict) (Value, error) {
	a[0] = unwrap(a[0])
	switch v := a[0].(type) {
	case nil:
		return Float(0), nil
	case Float:
		return v, nil
	case Str:
		return parseFloatValue(string(v))
	case Bytes, *ByteArray:
		return bytesNumber(th, v, -1)
	case Int, *BigInt, Bool:
		f, _, err := asFloat(v)
		return Float(f), err
	}
	x := a[0]
	if m, ok := x.Type().userMethod("__float__"); ok {
		r, err := th.Call(m, []Value{x}, nil)
		if err != nil {
			return nil, err
		}
		if _, ok := r.(Float); !ok {
			return nil, Errorf(TypeError, "%s.__float__ returned non-float (type %s)", TypeName(x), TypeName(r))
		}
		return r, nil
	}
	if m, ok := x.Type().userMethod("__index__"); ok {
		r, err := th.Call(m, []Value{x}, nil)
		if err != nil {
			return nil, err
		}
		f, ok, err := asFloat(r)
		if !ok || isFloat(r) {
			return nil, Errorf(TypeError, "__index__ returned non-int (type %s)", TypeName(r))
		}
		return Float(f), err
	}
	return nil, Errorf(TypeError, "float() argument must be a string or a real number, not '%s'", TypeName(x))
}

func parseFloatValue(s string) (Value, error) {
	f, err := pyfmt.ParseFloat(s)
	if err != nil {
		return nil, PyError(err)
	}
	if math.IsNaN(f) {
		return freshNaN(math.Signbit(f)), nil
	}
	return Float(f), nil
}

// nanSerial numbers the NaNs float() makes. Each gets its own payload bits, so two NaNs
// from two calls are different objects to `is` (see Is), as in CPython.
var nanSerial atomic.Uint64

func freshNaN(negative bool) Value {
	const quietNaN = 0x7FF8000000000000
	bits := uint64(quietNaN) | nanSerial.Add(1)&(1<<51-1)
	if negative {
		bits |= 1 << 63
	}
	return Float(math.Float64frombits(bits))
}

// constructStr is str(object=”), or str(bytes, encoding, errors) decoding UTF-8.
func constructStr(th *Thread, a []Value, _ *Dict) (Value, error) {
	x, enc, errs := a[0], a[1], a[2]
	if enc == nil && errs == nil {
		switch v := x.(type) {
		case nil:
			return Str(""), nil
		case Str:
			return x, nil
		case Int:
			// The commonest conversion, without an intermediate Go string.
			var digits [20]byte
			return strFromBytes(strconv.AppendInt(digits[:0], int64(v), 10)), nil
		}
		s, err := ToStr(th, x)
		return Str(s), err
	}
	b, ok := bytesText(x)
	if !ok {
		if _, isStr := x.(Str); isStr {
			return nil, Errorf(TypeError, "decoding str is not supported")
		}
		return nil, Errorf(TypeError, "decoding to str: need a bytes-like object, %s found", TypeName(x))
	}
	if enc != nil {
		if _, err := encodingName(enc, "str"); err != nil {
			return nil, err
		}
	}
	return bytesDecode(th, Bytes(b), []Value{enc, errs}, nil)
}

// constructRange is range(stop) or range(start, stop[, step]).
func constructRange(th *Thread, a []Value, _ *Dict) (Value, error) {
	var nums [3]Value
	for i, v := range a {
		if v == nil {
			continue
		}
		n, err := intArgument(th, v)
		if err != nil {
			return nil, err
		}
		nums[i] = n
	}
	switch {
	case a[1] == nil:
		return newRange(MakeInt(0), nums[0], MakeInt(1))
	case a[2] == nil:
		return newRange(nums[0], nums[1], MakeInt(1))
	}
	return newRange(nums[0], nums[1], nums[2])
}

// dictUpdateArgs implements dict(...) and d.update(...): at most one positional mapping or
// iterable of pairs, then the keyword arguments.
func dictUpdateArgs(th *Thread, d *Dict, name string, args []Value, kwargs *Dict) error {
	if len(args) > 1 {
		return Errorf(TypeError, "%s expected at most 1 argument, got %d", name, len(args))
	}
	if len(args) == 1 {
		if err := dictMerge(th, d, args[0]); err != nil {
			return err
		}
	}
	if kwargs != nil {
		for _, kv := range kwargs.Items() {
			if err := d.Set(th, kv[0], kv[1]); err != nil {
				return err
			}
		}
	}
	return nil
}

// dictMerge adds a mapping's items (a dict, or an object with keys() and __getitem__) or an
// iterable of key-value pairs to d.
func dictMerge(th *Thread, d *Dict, src Value) error {
	if ok, err := eachMappingItem(th, src, func(k, v Value) error { return d.Set(th, k, v) }); ok {
		return err
	}
	i := 0
	return Iterate(th, src, func(item Value) error {
		pair, err := ToSlice(th, item)
		if err != nil {
			if _, iterErr := Iter(th, item); iterErr != nil {
				return Errorf(TypeError, "cannot convert dictionary update sequence element #%d to a sequence", i)
			}
			return err
		}
		if len(pair) != 2 {
			return Errorf(ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		i++
		return d.Set(th, pair[0], pair[1])
	})
}
