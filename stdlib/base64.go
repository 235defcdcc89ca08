package stdlib

import (
	"bytes"
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"strings"

	"github.com/asyncscript/asyncscript/vm"
)

const (
	b64Standard = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	b64URL      = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
)

// newBase64Module is base64: the base64, base32 and base16 encodings of RFC 4648.
func newBase64Module(in *vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("base64")
	b64enc := func(alphabet string) vm.BoundFunc {
		return func(th *vm.Thread, v []vm.Value, _ *vm.Dict) (vm.Value, error) {
			b, alt, err := b64Args(v, binaryArg)
			if err != nil {
				return nil, err
			}
			enc := base64.NewEncoding(alphabet)
			if alt != "" {
				enc = base64.NewEncoding(b64Standard[:62] + alt)
			}
			return vm.Bytes(enc.EncodeToString(b)), nil
		}
	}
	b64dec := func(alphabet string) vm.BoundFunc {
		return func(th *vm.Thread, v []vm.Value, _ *vm.Dict) (vm.Value, error) {
			b, alt, err := b64Args(v, asciiArg)
			if err != nil {
				return nil, err
			}
			if alt != "" || alphabet == b64URL {
				if alt == "" {
					alt = "-_"
				}
				b = bytes.Map(func(r rune) rune {
					switch r {
					case rune(alt[0]):
						return '+'
					case rune(alt[1]):
						return '/'
					}
					return r
				}, b)
			}
			strict := false
			if v[2] != nil {
				strict, _ = vm.Truth(th, v[2])
			}
			return base64Decode(th, b, strict)
		}
	}
	encodebytes := func(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
		b, err := binaryArg(a[0])
		if err != nil {
			return nil, err
		}
		s := base64.StdEncoding.EncodeToString(b)
		var out strings.Builder
		for len(s) > 0 {
			n := min(76, len(s))
			out.WriteString(s[:n] + "\n")
			s = s[n:]
		}
		return vm.Bytes(out.String()), nil
	}
	decodebytes := func(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
		b, err := binaryArg(a[0])
		if err != nil {
			return nil, err
		}
		return base64Decode(th, b, false)
	}
	b32encode := func(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
		b, err := binaryArg(a[0])
		return vm.Bytes(base32.StdEncoding.EncodeToString(b)), err
	}
	b16encode := func(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
		b, err := binaryArg(a[0])
		return vm.Bytes(strings.ToUpper(hex.EncodeToString(b))), err
	}
	// base64's functions are defined in Python: the variants that fix an alphabet take s
	// only, the others their options by position or keyword.
	funcs := []struct {
		name   string
		params []string
		f      vm.BoundFunc
	}{
		{"b64encode", []string{"s", "altchars"}, b64enc(b64Standard)},
		{"standard_b64encode", []string{"s"}, b64enc(b64Standard)},
		{"urlsafe_b64encode", []string{"s"}, b64enc(b64URL)},
		{"b64decode", []string{"s", "altchars", "validate"}, b64dec(b64Standard)},
		{"standard_b64decode", []string{"s"}, b64dec(b64Standard)},
		{"urlsafe_b64decode", []string{"s"}, b64dec(b64URL)},
		{"b32encode", []string{"s"}, b32encode},
		{"b32decode", []string{"s", "casefold", "map01"}, b32Decode},
		{"b16encode", []string{"s"}, b16encode},
		{"b16decode", []string{"s", "casefold"}, b16Decode},
		{"encodebytes", []string{"s"}, encodebytes},
		{"decodebytes", []string{"s"}, decodebytes},
	}
	for _, f := range funcs {
		m.Set(f.name, vm.NewFunc(vm.Signature{Name: f.name, Style: vm.PyArgs, Min: 1, Max: len(f.params), Kw: f.params}, padParams(f.f)))
	}
	return m, nil
}

// padParams passes f three bound arguments, nil beyond those its signature has, so that the
// variants of an encoder or decoder share one implementation.
func padParams(f vm.BoundFunc) vm.BoundFunc {
	return func(th *vm.Thread, a []vm.Value, kw *vm.Dict) (vm.Value, error) {
		p := make([]vm.Value, 3)
		copy(p, a)
		return f(th, p, kw)
	}
}

// altChars reads the optional two alternative characters for + and /.
func altChars(v vm.Value) (string, error) {
	if v == nil || vm.IsNone(v) {
		return "", nil
	}
	b, err := asciiArg(v)
	if err != nil {
		return "", err
	}
	if len(b) != 2 {
		return "", vm.Errorf(vm.AssertionError, "%s", vm.Bytes(b))
	}
	return string(b), nil
}

// b64Args reads the data and altchars arguments of the base64 encoders and decoders: data
// converts the first, and altchars is "" when absent.
func b64Args(v []vm.Value, data func(vm.Value) ([]byte, error)) ([]byte, string, error) {
	b, err := data(v[0])
	if err != nil {
		return nil, "", err
	}
	alt, err := altChars(v[1])
	return b, alt, err
}

// base64Decode decodes as binascii.a2b_base64: in the default mode characters outside the
// alphabet are skipped and decoding stops at the padding that completes a quantum; strict
// mode (validate=True) rejects stray characters, data after padding and leading padding.
func base64Decode(th *vm.Thread, in []byte, strict bool) (vm.Value, error) {
	var data []byte
	pads := 0
	padding, done := false, false
	for i, c := range in {
		if c == '=' {
			if strict && i == 0 {
				return nil, vm.Errorf(binasciiError(th), "Leading padding not allowed")
			}
			padding = true
			if quad := len(data) % 4; quad >= 2 {
				pads++
				if quad+pads >= 4 {
					if strict && i+1 < len(in) {
						return nil, vm.Errorf(binasciiError(th), "Excess data after padding")
					}
					done = true
					break
				}
			}
			continue
		}
		if strings.IndexByte(b64Standard, c) < 0 {
			if strict {
				return nil, vm.Errorf(binasciiError(th), "Only base64 data is allowed")
			}
			continue
		}
		if strict && padding {
			return nil, vm.Errorf(binasciiError(th), "Discontinuous padding not allowed")
		}
		data = append(data, c)
	}
	switch len(data) % 4 {
	case 1:
		return nil, vm.Errorf(binasciiError(th), "Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", len(data))
	case 2, 3:
		if !done {
			return nil, vm.Errorf(binasciiError(th), "Incorrect padding")
		}
	}
	out, err := base64.RawStdEncoding.DecodeString(string(data))
	if err != nil {
		return nil, vm.Errorf(binasciiError(th), "Incorrect padding")
	}
	return vm.Bytes(out), nil
}

// b32Decode is base64.b32decode(s, casefold=False, map01=None).
func b32Decode(th *vm.Thread, v []vm.Value, _ *vm.Dict) (vm.Value, error) {
	b, err := asciiArg(v[0])
	if err != nil {
		return nil, err
	}
	if len(b)%8 != 0 {
		return nil, vm.Errorf(binasciiError(th), "Incorrect padding")
	}
	if v[2] != nil && !vm.IsNone(v[2]) {
		m, err := asciiArg(v[2])
		if err != nil {
			return nil, err
		}
		b = bytes.ReplaceAll(bytes.ReplaceAll(b, []byte("0"), []byte("O")), []byte("1"), m)
	}
	if b, err = caseFold(th, b, v[1]); err != nil {
		return nil, err
	}
	out, err := base32.StdEncoding.DecodeString(string(b))
	if err != nil {
		if bytes.IndexFunc(b, func(r rune) bool { return !strings.ContainsRune("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567=", r) }) >= 0 {
			return nil, vm.Errorf(binasciiError(th), "Non-base32 digit found")
		}
		return nil, vm.Errorf(binasciiError(th), "Incorrect padding")
	}
	return vm.Bytes(out), nil
}

// b16Decode is base64.b16decode(s, casefold=False): upper-case digits unless casefold.
func b16Decode(th *vm.Thread, v []vm.Value, _ *vm.Dict) (vm.Value, error) {
	b, err := asciiArg(v[0])
	if err != nil {
		return nil, err
	}
	if b, err = caseFold(th, b, v[1]); err != nil {
		return nil, err
	}
	if bytes.IndexFunc(b, func(r rune) bool { return !strings.ContainsRune("0123456789ABCDEF", r) }) >= 0 {
		return nil, vm.Errorf(binasciiError(th), "Non-base16 digit found")
	}
	return base16Decode(th, b)
}

// caseFold applies the casefold flag of b32decode and b16decode, False when absent: when it
// is true, lower-case digits are accepted.
func caseFold(th *vm.Thread, b []byte, flag vm.Value) ([]byte, error) {
	if flag == nil {
		return b, nil
	}
	fold, err := vm.Truth(th, flag)
	if fold {
		b = bytes.ToUpper(b)
	}
	return b, err
}
