package vm

import (
	"encoding/hex"
	"strings"
)

// bytesMethods are the methods bytes and bytearray share. One implementation serves both:
// each reads its receiver with selfText and makes results with sameKind, so
// bytearray(b'a b').split() is a list of bytearrays, as in CPython.
var bytesMethods = []MethodDef{
	{Name: "decode", Style: TupleArgs, Max: 2, Kw: []string{"encoding", "errors"}, Fn: bytesDecode},
	{Name: "join", Style: OneArg, Min: 1, Max: 1, Fn: bytesJoin},
	{Name: "startswith", Style: TupleArgs, Min: 1, Max: 3, Fn: affixMatch(bytesAffixKind, "startswith", strings.HasPrefix)},
	{Name: "endswith", Style: TupleArgs, Min: 1, Max: 3, Fn: affixMatch(bytesAffixKind, "endswith", strings.HasSuffix)},
	{Name: "find", Style: TupleArgs, Min: 1, Max: 3, Fn: bytesFinder(strings.Index, "")},
	{Name: "rfind", Style: TupleArgs, Min: 1, Max: 3, Fn: bytesFinder(strings.LastIndex, "")},
	{Name: "index", Style: TupleArgs, Min: 1, Max: 3, Fn: bytesFinder(strings.Index, "subsection not found")},
	{Name: "rindex", Style: TupleArgs, Min: 1, Max: 3, Fn: bytesFinder(strings.LastIndex, "subsection not found")},
	{Name: "count", Style: TupleArgs, Min: 1, Max: 3, Fn: bytesCount},
	{Name: "replace", Style: PosArgs, Min: 2, Max: 3, Fn: bytesReplace},
	{Name: "split", Style: ClinicArgs, Max: 2, Kw: []string{"sep", "maxsplit"}, Fn: bytesSplitter(false)},
	{Name: "rsplit", Style: ClinicArgs, Max: 2, Kw: []string{"sep", "maxsplit"}, Fn: bytesSplitter(true)},
	{Name: "splitlines", Style: ClinicArgs, Max: 1, Kw: []string{"keepends"}, Fn: bytesSplitlines},
	{Name: "partition", Style: OneArg, Min: 1, Max: 1, Fn: bytesPartition(false)},
	{Name: "rpartition", Style: OneArg, Min: 1, Max: 1, Fn: bytesPartition(true)},
	{Name: "removeprefix", Style: OneArg, Min: 1, Max: 1, Fn: bytesAffixRemover(strings.TrimPrefix)},
	{Name: "removesuffix", Style: OneArg, Min: 1, Max: 1, Fn: bytesAffixRemover(strings.TrimSuffix)},
	{Name: "strip", Style: PosArgs, Max: 1, Fn: bytesStripper(true, true)},
	{Name: "lstrip", Style: PosArgs, Max: 1, Fn: bytesStripper(true, false)},
	{Name: "rstrip", Style: PosArgs, Max: 1, Fn: bytesStripper(false, true)},
}

func init() {
	sig := Signature{Style: TupleArgs, Max: 3, Kw: []string{"source", "encoding", "errors"}}
	BytesClass.DefineConstructor(sig, func(th *Thread, a []Value, _ *Dict) (Value, error) {
		s, err := bytesSource(th, a, "bytes")
		return Bytes(s), err
	})
	ByteArrayClass.DefineConstructor(sig, func(th *Thread, a []Value, _ *Dict) (Value, error) {
		s, err := bytesSource(th, a, "bytearray")
		return NewByteArray([]byte(s)), err
	})
	for _, c := range []*Class{BytesClass, ByteArrayClass} {
		c.DefineMethods(bytesMethods)
		c.DefineMethods(bytesCaseMethods)
		c.DefineClassMethods([]MethodDef{{Name: "fromhex", Style: OneArg, Min: 1, Max: 1, Fn: bytesFromhex}})
	}
}

// bytesArg requires a bytes-like argument, with CPython's buffer-protocol wording.
func bytesArg(v Value) (string, error) {
	s, ok := bytesText(v)
	if !ok {
		return "", Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(v))
	}
	return s, nil
}

func bytesJoin(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	items, err := ToSlice(th, a[0])
	if err != nil {
		return nil, Errorf(TypeError, "can only join an iterable")
	}
	parts := make([]string, len(items))
	for i, it := range items {
		s, ok := bytesText(it)
		if !ok {
			return nil, Errorf(TypeError, "sequence item %d: expected a bytes-like object, %s found", i, TypeName(it))
		}
		parts[i] = s
	}
	return sameKind(self, strings.Join(parts, selfText(self))), nil
}

var bytesAffixKind = affixKind{
	name: "bytes",
	window: func(self, startV, endV Value) (string, bool, error) {
		sub, _, ok, err := bytesWindow(self, startV, endV)
		return sub, ok, err
	},
	member: func(_ string, v Value) (string, error) { return bytesArg(v) },
}

func bytesReplace(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	old, repl, err := ConvertPair(bytesArg, a[0], a[1])
	if err != nil {
		return nil, err
	}
	n, err := OptIndex(th, a[2], -1)
	if err != nil {
		return nil, err
	}
	return sameKind(self, strings.Replace(selfText(self), old, repl, n)), nil
}

// bytesAffixRemover makes removeprefix and removesuffix.
func bytesAffixRemover(trim func(s, affix string) string) MethodFunc {
	return func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		affix, err := bytesArg(a[0])
		if err != nil {
			return nil, err
		}
		return sameKind(self, trim(selfText(self), affix)), nil
	}
}

// bytesStripper makes strip, lstrip and rstrip: ASCII whitespace, or the given bytes.
func bytesStripper(left, right bool) MethodFunc {
	return func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		s, cut := selfText(self), asciiSpace
		if a[0] != nil && !IsNone(a[0]) {
			var err error
			if cut, err = bytesArg(a[0]); err != nil {
				return nil, err
			}
		}
		// Byte by byte: Go's cutsets are UTF-8 text, and these bytes need not be.
		in := func(c byte) bool { return strings.IndexByte(cut, c) >= 0 }
		lo, hi := 0, len(s)
		for left && lo < hi && in(s[lo]) {
			lo++
		}
		for right && hi > lo && in(s[hi-1]) {
			hi--
		}
		return sameKind(self, s[lo:hi]), nil
	}
}

// asciiSpace is the whitespace of bytes methods.
const asciiSpace = " \t\n\r\x0b\x0c"

// bytesFromhex is fromhex(string): pairs of hex digits, whitespace between pairs allowed. It
// makes bytes or a bytearray as its class says.
func bytesFromhex(_ *Thread, cls Value, a []Value, _ *Dict) (Value, error) {
	s, ok := a[0].(Str)
	if !ok {
		return nil, Errorf(TypeError, "fromhex() argument must be str, not %s", TypeName(a[0]))
	}
	var out []byte
	for i := 0; i < len(s); {
		if strings.IndexByte(asciiSpace, s[i]) >= 0 {
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
	if cls == Value(ByteArrayClass) {
		return NewByteArray(out), nil
	}
	return Bytes(out), nil
}
