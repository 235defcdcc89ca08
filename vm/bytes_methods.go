package vm

import (
	"encoding/hex"
	"strings"
	"unicode/utf8"
)

// The bytes methods scripts and the text modules (base64, hashlib, json) need.
func init() {
	BytesClass.DefineConstructor(Signature{Style: TupleArgs, Max: 3, Kw: []string{"source", "encoding", "errors"}}, constructBytes)
	BytesClass.DefineMethods([]MethodDef{
		{Name: "decode", Style: TupleArgs, Max: 2, Kw: []string{"encoding", "errors"}, Fn: bytesDecode},
		{Name: "hex", Style: TupleArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return Str(hex.EncodeToString([]byte(self.(Bytes)))), nil
		}},
		{Name: "join", Style: OneArg, Min: 1, Max: 1, Fn: bytesJoin},
		{Name: "startswith", Style: PosArgs, Min: 1, Max: 1, Fn: bytesPredicate(strings.HasPrefix)},
		{Name: "endswith", Style: PosArgs, Min: 1, Max: 1, Fn: bytesPredicate(strings.HasSuffix)},
		{Name: "find", Style: PosArgs, Min: 1, Max: 1, Fn: bytesSearch(strings.Index)},
		{Name: "rfind", Style: PosArgs, Min: 1, Max: 1, Fn: bytesSearch(strings.LastIndex)},
		{Name: "count", Style: PosArgs, Min: 1, Max: 1, Fn: bytesSearch(strings.Count)},
		{Name: "replace", Style: PosArgs, Min: 2, Max: 2, Fn: func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			old, repl, err := ConvertPair(bytesArg, a[0], a[1])
			if err != nil {
				return nil, err
			}
			return Bytes(strings.ReplaceAll(string(self.(Bytes)), old, repl)), nil
		}},
		{Name: "split", Style: TupleArgs, Max: 1, Kw: []string{"sep"}, Fn: bytesSplit},
		{Name: "strip", Style: PosArgs, Max: 1, Fn: bytesStripper(strings.Trim)},
		{Name: "lstrip", Style: PosArgs, Max: 1, Fn: bytesStripper(strings.TrimLeft)},
		{Name: "rstrip", Style: PosArgs, Max: 1, Fn: bytesStripper(strings.TrimRight)},
		{Name: "upper", Style: NoArgs, Fn: bytesMapper(strings.ToUpper)},
		{Name: "lower", Style: NoArgs, Fn: bytesMapper(strings.ToLower)},
	})
	BytesClass.Dict["fromhex"] = &ClassMethod{Func: NewBuiltin("fromhex", bytesFromhex)}
}

// bytesArg requires a bytes argument, with CPython's buffer-protocol wording.
func bytesArg(v Value) (string, error) {
	b, ok := v.(Bytes)
	if !ok {
		return "", Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(v))
	}
	return string(b), nil
}

// constructBytes is bytes(), bytes(n), bytes(iterable of ints), bytes(bytes) and
// bytes(str, encoding).
func constructBytes(th *Thread, a []Value, _ *Dict) (Value, error) {
	src, enc := a[0], a[1]
	if _, isStr := src.(Str); enc != nil && !isStr {
		return nil, Errorf(TypeError, "encoding without a string argument")
	}
	switch s := src.(type) {
	case nil:
		return Bytes(""), nil
	case Str:
		if enc == nil {
			return nil, Errorf(TypeError, "string argument without an encoding")
		}
		return strEncode(th, s, []Value{enc, a[2]}, nil)
	case Bytes:
		return s, nil
	}
	if m, ok := src.Type().userMethod("__bytes__"); ok {
		r, err := th.Call(m, []Value{src}, nil)
		if _, isBytes := r.(Bytes); err == nil && !isBytes {
			err = Errorf(TypeError, "__bytes__ returned non-bytes (type %s)", TypeName(r))
		}
		return r, err
	}
	if _, ok := src.Type().userMethod("__index__"); ok || isInt(src) {
		n, err := IndexArg(th, src)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, Errorf(ValueError, "negative count")
		}
		if err := checkSize(n, maxStrLen); err != nil {
			return nil, err
		}
		return Bytes(make([]byte, n)), nil
	}
	if _, err := Iter(th, src); err != nil {
		return nil, Errorf(TypeError, "cannot convert '%s' object to bytes", TypeName(src))
	}
	items, err := ToSlice(th, src)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(items))
	for i, it := range items {
		n, err := IndexArg(th, it)
		if err != nil {
			return nil, err
		}
		if n < 0 || n > 255 {
			return nil, Errorf(ValueError, "bytes must be in range(0, 256)")
		}
		out[i] = byte(n)
	}
	return Bytes(out), nil
}

// bytesDecode is bytes.decode(encoding='utf-8', errors='strict') for the codecs str.encode
// knows.
func bytesDecode(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	b := []byte(self.(Bytes))
	enc := "utf-8"
	if a[0] != nil {
		var err error
		if enc, err = encodingName(a[0], "decode"); err != nil {
			return nil, err
		}
	}
	switch enc {
	case "latin-1":
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return Str(string(r)), nil
	case "ascii":
		for i, c := range b {
			if c >= 0x80 {
				return nil, Errorf(UnicodeDecodeError, "'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", c, i)
			}
		}
		return Str(b), nil
	}
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			reason := "invalid start byte"
			if b[i] >= 0xC2 && b[i] <= 0xF4 {
				reason = "unexpected end of data"
				if i+1 < len(b) {
					reason = "invalid continuation byte"
				}
			}
			return nil, Errorf(UnicodeDecodeError, "'utf-8' codec can't decode byte 0x%02x in position %d: %s", b[i], i, reason)
		}
		i += size
	}
	return Str(b), nil
}

func bytesJoin(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	items, err := ToSlice(th, a[0])
	if err != nil {
		return nil, Errorf(TypeError, "can only join an iterable")
	}
	parts := make([]string, len(items))
	for i, it := range items {
		b, ok := it.(Bytes)
		if !ok {
			return nil, Errorf(TypeError, "sequence item %d: expected a bytes-like object, %s found", i, TypeName(it))
		}
		parts[i] = string(b)
	}
	return Bytes(strings.Join(parts, string(self.(Bytes)))), nil
}

// bytesPredicate makes startswith and endswith.
func bytesPredicate(test func(s, affix string) bool) MethodFunc {
	return func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		affix, err := bytesArg(a[0])
		if err != nil {
			return nil, err
		}
		return Bool(test(string(self.(Bytes)), affix)), nil
	}
}

// bytesSearch makes find, rfind and count.
func bytesSearch(search func(s, sub string) int) MethodFunc {
	return func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		sub, err := bytesArg(a[0])
		if err != nil {
			return nil, err
		}
		return MakeInt(int64(search(string(self.(Bytes)), sub))), nil
	}
}

// bytesMapper makes the methods that transform the whole value.
func bytesMapper(f func(string) string) MethodFunc {
	return func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
		return Bytes(f(string(self.(Bytes)))), nil
	}
}

// bytesStripper makes strip, lstrip and rstrip: ASCII whitespace, or the given bytes.
func bytesStripper(trim func(s, cutset string) string) MethodFunc {
	return func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		cut := " \t\n\r\x0b\x0c"
		if a[0] != nil && a[0] != None {
			var err error
			if cut, err = bytesArg(a[0]); err != nil {
				return nil, err
			}
		}
		return Bytes(trim(string(self.(Bytes)), cut)), nil
	}
}

func bytesSplit(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	s := string(self.(Bytes))
	var parts []string
	if a[0] == nil || a[0] == None {
		parts = strings.Fields(s)
	} else {
		sep, err := bytesArg(a[0])
		if err != nil {
			return nil, err
		}
		if sep == "" {
			return nil, Errorf(ValueError, "empty separator")
		}
		parts = strings.Split(s, sep)
	}
	items := make([]Value, len(parts))
	for i, p := range parts {
		items[i] = Bytes(p)
	}
	return NewList(items), nil
}

// bytesFromhex is bytes.fromhex(string): pairs of hex digits, spaces between pairs allowed.
func bytesFromhex(_ *Thread, args []Value, _ *Dict) (Value, error) {
	if len(args) != 2 {
		return nil, Errorf(TypeError, "fromhex() takes exactly one argument (%d given)", len(args)-1)
	}
	s, ok := args[1].(Str)
	if !ok {
		return nil, Errorf(TypeError, "fromhex() argument must be str, not %s", TypeName(args[1]))
	}
	var out []byte
	for i := 0; i < len(s); {
		if s[i] == ' ' {
			i++
			continue
		}
		if i+1 >= len(s) {
			return nil, Errorf(ValueError, "non-hexadecimal number found in fromhex() arg at position %d", i+1)
		}
		b, err := hex.DecodeString(string(s[i : i+2]))
		if err != nil {
			pos := i
			if _, err1 := hex.DecodeString(string(s[i]) + "0"); err1 == nil {
				pos = i + 1
			}
			return nil, Errorf(ValueError, "non-hexadecimal number found in fromhex() arg at position %d", pos)
		}
		out = append(out, b...)
		i += 2
	}
	return Bytes(out), nil
}

// bytesBinary is bytes + bytes and bytes * n, or nil when the operation is not defined.
func bytesBinary(op int, x Bytes, y Value) (Value, error) {
	switch op {
	case opAdd:
		if b, ok := y.(Bytes); ok {
			return concatText(x, b)
		}
	case opMul:
		if !isInt(y) {
			return nil, nil // n's __rmul__, then its __index__, may still apply
		}
		r, err := repeatStr(Str(x), y)
		if s, ok := r.(Str); ok {
			return Bytes(s), err
		}
		return r, err
	}
	return nil, nil
}
