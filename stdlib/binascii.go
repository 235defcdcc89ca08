package stdlib

import (
	"encoding/hex"

	"github.com/asyncscript/asyncscript/vm"
)

// binasciiErrorKey holds each interpreter's binascii.Error, which base64 raises for
// malformed input.
var binasciiErrorKey = moduleErrorKey("binascii", "Error", vm.ValueError)

// binasciiError is the running interpreter's binascii.Error.
func binasciiError(th *vm.Thread) *vm.Class { return binasciiErrorKey.Get(th.Interp()) }

// newBinasciiModule is binascii: its Error class and the hex conversions.
func newBinasciiModule(in *vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("binascii")
	m.Set("Error", binasciiErrorKey.Get(in))
	hexlify := func(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
		if a[1] != nil || a[2] != nil {
			return nil, vm.Errorf(vm.TypeError, "hexlify() with a separator is not supported")
		}
		b, err := binaryArg(a[0])
		return vm.Bytes(hex.EncodeToString(b)), err
	}
	unhexlify := func(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
		b, err := asciiArg(a[0])
		if err != nil {
			return nil, err
		}
		return base16Decode(th, b)
	}
	for _, name := range []string{"hexlify", "b2a_hex"} {
		m.Set(name, vm.NewFunc(vm.Signature{Name: name, Style: vm.ClinicArgs, Min: 1, Max: 3, Kw: []string{"data", "sep", "bytes_per_sep"}}, hexlify))
	}
	for _, name := range []string{"unhexlify", "a2b_hex"} {
		m.Set(name, vm.NewFunc(vm.Signature{Name: name, Qual: "binascii." + name, Style: vm.OneArg}, unhexlify))
	}
	return m, nil
}

// base16Decode decodes hex digits of either case, with binascii's errors.
func base16Decode(th *vm.Thread, b []byte) (vm.Value, error) {
	if len(b)%2 != 0 {
		return nil, vm.Errorf(binasciiError(th), "Odd-length string")
	}
	out, err := hex.DecodeString(string(b))
	if err != nil {
		return nil, vm.Errorf(binasciiError(th), "Non-hexadecimal digit found")
	}
	return vm.Bytes(out), nil
}

// binaryArg is a bytes-like argument (bytes or bytearray), copied: a caller may keep it.
func binaryArg(v vm.Value) ([]byte, error) {
	if b, ok := vm.BytesLike(v); ok {
		return append([]byte(nil), b...), nil
	}
	return nil, vm.Errorf(vm.TypeError, "a bytes-like object is required, not '%s'", vm.TypeName(v))
}

// asciiArg is the argument of a decoder: bytes-like, or a str of ASCII characters only.
func asciiArg(v vm.Value) ([]byte, error) {
	s, ok := v.(vm.Str)
	if !ok {
		if _, ok := vm.BytesLike(v); ok {
			return binaryArg(v)
		}
		return nil, vm.Errorf(vm.TypeError, "argument should be a bytes-like object or ASCII string, not '%s'", vm.TypeName(v))
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return nil, vm.Errorf(vm.ValueError, "string argument should contain only ASCII characters")
		}
	}
	return []byte(s), nil
}
