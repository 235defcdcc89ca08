package vm

import (
	"encoding/hex"
	"strings"
)

// The bytes and bytearray methods that rewrite bytes through a table or as hex digits.
func init() {
	defs := []MethodDef{
		{Name: "hex", Style: ClinicArgs, Max: 2, Kw: []string{"sep", "bytes_per_sep"}, Fn: bytesHex},
		{Name: "translate", Style: ClinicArgs, Min: 1, Max: 2, Kw: []string{"", "delete"}, Fn: bytesTranslate},
	}
	maketrans := &StaticMethod{Func: NewFunc(Signature{Name: "maketrans", Style: PosArgs, Min: 2, Max: 2}, bytesMaketrans)}
	for _, c := range []*Class{BytesClass, ByteArrayClass} {
		c.DefineMethods(defs)
		c.Dict["maketrans"] = maketrans
	}
}

// bytesHex is hex(sep=None, bytes_per_sep=1): two hex digits a byte, with sep between
// groups of bytes_per_sep bytes counted from the right (from the left when negative).
func bytesHex(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	digits := hex.EncodeToString([]byte(selfText(self)))
	if a[0] == nil {
		return Str(digits), nil
	}
	sep, err := hexSep(th, a[0])
	if err != nil {
		return nil, err
	}
	per, err := OptIndex(th, a[1], 1)
	if err != nil || per == 0 || digits == "" {
		return Str(digits), err
	}
	n := len(digits) / 2
	size := 2 * max(per, -per)
	first := 2 * (n % max(per, -per)) // the short group: on the left when counting from the right
	if per < 0 || first == 0 {
		first = min(size, len(digits))
	}
	var b strings.Builder
	b.WriteString(digits[:first])
	for i := first; i < len(digits); i += size {
		b.WriteString(sep)
		b.WriteString(digits[i:min(i+size, len(digits))])
	}
	return Str(b.String()), nil
}

// hexSep checks hex()'s separator: one ASCII character, as str or bytes.
func hexSep(th *Thread, v Value) (string, error) {
	s, ok := bytesText(v)
	if str, isStr := v.(Str); isStr {
		s, ok = string(str), true
	}
	if !ok {
		if _, err := Len(th, v); err != nil {
			return "", err
		}
		return "", Errorf(TypeError, "sep must be str or bytes.")
	}
	if strLen(s) != 1 {
		return "", Errorf(ValueError, "sep must be length 1.")
	}
	if s[0] >= 0x80 {
		return "", Errorf(ValueError, "sep must be ASCII.")
	}
	return s, nil
}

// bytesMaketrans is maketrans(frm, to): the 256-byte table that maps each byte of frm to
// the byte of to in the same position.
func bytesMaketrans(_ *Thread, a []Value, _ *Dict) (Value, error) {
	frm, to, err := ConvertPair(bytesArg, a[0], a[1])
	if err != nil {
		return nil, err
	}
	if len(frm) != len(to) {
		return nil, Errorf(ValueError, "maketrans arguments must have same length")
	}
	table := make([]byte, 256)
	for i := range table {
		table[i] = byte(i)
	}
	for i := 0; i < len(frm); i++ {
		table[frm[i]] = to[i]
	}
	return Bytes(table), nil
}

// bytesTranslate is translate(table, /, delete=b""): the bytes not in delete, mapped through
// table (None maps each byte to itself).
func bytesTranslate(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	var table string
	if !IsNone(a[0]) {
		var err error
		if table, err = bytesArg(a[0]); err != nil {
			return nil, err
		}
		if len(table) != 256 {
			return nil, Errorf(ValueError, "translation table must be 256 characters long")
		}
	}
	var del string
	if a[1] != nil {
		var err error
		if del, err = bytesArg(a[1]); err != nil {
			return nil, err
		}
	}
	s := selfText(self)
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if strings.IndexByte(del, c) >= 0 {
			continue
		}
		if table != "" {
			c = table[c]
		}
		out = append(out, c)
	}
	return sameKind(self, string(out)), nil
}
