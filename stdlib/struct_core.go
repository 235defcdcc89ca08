package stdlib

import (
	"math"
	"math/big"

	"github.com/asyncscript/asyncscript/vm"
)

// unpack unpacks a buffer of exactly the layout's size.
func (l *structLayout) unpack(buf []byte) vm.Tuple {
	out := make(vm.Tuple, 0, l.values)
	_ = l.walk(func(c structCode, size, off int) error {
		field := buf[off : off+size]
		switch c.char {
		case 's':
			out = append(out, vm.Bytes(field))
		case 'p':
			out = append(out, unpackPascal(field))
		default:
			out = append(out, l.unpackOne(c, field))
		}
		return nil
	})
	return out
}

// unpackPascal reads a 'p' item: a length byte, then at most that many bytes.
func unpackPascal(b []byte) vm.Value {
	if len(b) == 0 {
		return vm.Bytes("")
	}
	n := min(int(b[0]), len(b)-1)
	return vm.Bytes(b[1 : 1+n])
}

// unpackOne reads one value of a fixed-size code.
func (l *structLayout) unpackOne(c structCode, b []byte) vm.Value {
	switch c.char {
	case 'c':
		return vm.Bytes(b)
	case '?':
		return vm.Bool(b[0] != 0)
	case 'e':
		return vm.Float(halfValue(l.order.Uint16(b)))
	case 'f':
		return vm.Float(float64(math.Float32frombits(l.order.Uint32(b))))
	case 'd':
		return vm.Float(math.Float64frombits(l.order.Uint64(b)))
	}
	var u uint64
	switch c.size {
	case 1:
		u = uint64(b[0])
	case 2:
		u = uint64(l.order.Uint16(b))
	case 4:
		u = uint64(l.order.Uint32(b))
	default:
		u = l.order.Uint64(b)
	}
	switch c.char {
	case 'B', 'H', 'I', 'L', 'Q', 'N', 'P':
		if u > math.MaxInt64 {
			return vm.MakeBigInt(new(big.Int).SetUint64(u))
		}
		return vm.MakeInt(int64(u))
	}
	shift := 64 - 8*c.size
	return vm.MakeInt(int64(u<<shift) >> shift)
}

// newStructCore is _struct, the core of lib/struct.py: error, calcsize, pack, unpack and
// unpack_from, each taking the format first.
func newStructCore(in *vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("_struct")
	m.Set("error", structErrorKey.Get(in))
	m.Set("calcsize", vm.NewFunc(vm.Signature{Name: "calcsize", Qual: "calcsize", Style: vm.OneArg}, func(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
		l, err := parseStructFormat(th, a[0])
		if err != nil {
			return nil, err
		}
		return vm.MakeInt(int64(l.size)), nil
	}))
	m.Set("pack", vm.NewFunc(vm.Signature{Name: "pack", Style: vm.VarArgs}, func(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
		if len(a) == 0 {
			return nil, vm.Errorf(vm.TypeError, "missing format argument")
		}
		l, err := parseStructFormat(th, a[0])
		if err != nil {
			return nil, err
		}
		b, err := l.pack(th, a[1:])
		return vm.Bytes(b), err
	}))
	m.Set("unpack", vm.NewFunc(vm.Signature{Name: "unpack", Style: vm.PosArgs, Min: 2, Max: 2}, func(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
		l, buf, err := structBuffer(th, a[0], a[1])
		if err != nil {
			return nil, err
		}
		if len(buf) != l.size {
			return nil, structError(th, "unpack requires a buffer of %d bytes", l.size)
		}
		return l.unpack(buf), nil
	}))
	m.Set("unpack_from", vm.NewFunc(vm.Signature{Name: "unpack_from", Style: vm.ClinicArgs, Min: 2, Max: 3, Kw: []string{"", "buffer", "offset"}}, unpackFrom))
	m.Set("_check_iter", vm.NewFunc(vm.Signature{Name: "_check_iter", Style: vm.PosArgs, Min: 2, Max: 2}, func(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
		l, buf, err := structBuffer(th, a[0], a[1])
		if err != nil {
			return nil, err
		}
		if l.size == 0 {
			return nil, structError(th, "cannot iteratively unpack with a struct of length 0")
		}
		if len(buf)%l.size != 0 {
			return nil, structError(th, "iterative unpacking requires a buffer of a multiple of %d bytes", l.size)
		}
		return vm.None, nil
	}))
	return m, nil
}

// structBuffer parses a format and takes the bytes-like argument it applies to.
func structBuffer(th *vm.Thread, format, buffer vm.Value) (*structLayout, []byte, error) {
	l, err := parseStructFormat(th, format)
	if err != nil {
		return nil, nil, err
	}
	buf, err := binaryArg(buffer)
	return l, buf, err
}

// unpackFrom is unpack_from(format, /, buffer, offset=0), with CPython's errors for an
// offset that leaves too few bytes.
func unpackFrom(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
	l, buf, err := structBuffer(th, a[0], a[1])
	if err != nil {
		return nil, err
	}
	offset := 0
	if a[2] != nil {
		if offset, err = vm.IndexArg(th, a[2]); err != nil {
			return nil, err
		}
	}
	if offset < 0 {
		if offset+len(buf) < 0 {
			return nil, structError(th, "offset %d out of range for %d-byte buffer", offset, len(buf))
		}
		if len(buf)+offset < l.size {
			return nil, structError(th, "not enough data to unpack %d bytes at offset %d", l.size, offset)
		}
		offset += len(buf)
	}
	if len(buf)-offset < l.size {
		return nil, structError(th, "unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", l.size+offset, l.size, offset, len(buf))
	}
	return l.unpack(buf[offset : offset+l.size]), nil
}
