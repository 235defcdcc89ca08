package vm

import (
	"strings"
	"unicode/utf8"

	"github.com/asyncscript/asyncscript/vm/pyfmt"
)

// Str is a str value, held as UTF-8. Python indexes strings by code point; isASCII lets the
// common all-ASCII case index bytes directly, and strinfo.go caches what a scan found.
type Str string

// StrClass is the class of str.
var StrClass = newBuiltinClass("str", ObjectClass)

// Type implements Value.
func (Str) Type() *Class { return StrClass }

// strRepr is Python's repr of a str.
func strRepr(s string) string { return pyfmt.QuoteStr(s) }

// strIndex is s[i].
func strIndex(s string, iv Value) (Value, error) {
	i, err := indexArg(iv, "string")
	if err != nil {
		return nil, err
	}
	ascii, n, e := strMeasure(s)
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, Errorf(IndexError, "string index out of range")
	}
	if ascii {
		return asciiChars[s[i]], nil
	}
	r, _ := utf8.DecodeRuneInString(s[byteOffsetIn(s, e, i):])
	return runeStr(r), nil
}

// asciiChars holds the one-character ASCII strings, so indexing and iterating ASCII text
// does not allocate.
var asciiChars = oneCharStrs(0)

// latin1Chars holds the one-character strings of U+0080 to U+00FF, as CPython keeps its
// one-character Latin-1 strings.
var latin1Chars = oneCharStrs(0x80)

// oneCharStrs makes the one-character strings of the 128 code points from first, slices of
// one string so that they cost one allocation between them while the program starts.
func oneCharStrs(first rune) (t [128]Value) {
	var all strings.Builder
	all.Grow(2 * len(t)) // at most two bytes each
	for i := range t {
		all.WriteRune(first + rune(i))
	}
	chars := all.String()
	for i := range t {
		_, n := utf8.DecodeRuneInString(chars)
		t[i], chars = Str(chars[:n]), chars[n:]
	}
	return
}

// runeStr is the one-character str of r: a shared one below U+0100, else a fresh one in a
// single allocation.
func runeStr(r rune) Value {
	switch {
	case r < utf8.RuneSelf:
		return asciiChars[r]
	case r < 0x100:
		return latin1Chars[r-0x80]
	}
	v, b := newStrValue(utf8.RuneLen(r))
	utf8.EncodeRune(b, r)
	return v
}

// strSlice is s[lo:hi:step].
func strSlice(s string, sl *Slice) (Value, error) {
	ascii, n, e := strMeasure(s)
	start, stop, step, err := sl.Indices(n)
	if err != nil {
		return nil, err
	}
	switch {
	case step == 1 && start >= stop:
		return Str(""), nil
	case step == 1 && ascii && stop-start == 1:
		return asciiChars[s[start]], nil
	case step == 1 && ascii:
		return Str(s[start:stop]), nil
	case step == 1:
		return Str(s[byteOffsetIn(s, e, start):byteOffsetIn(s, e, stop)]), nil
	case ascii:
		var b strings.Builder
		for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
			b.WriteByte(s[i])
		}
		return Str(b.String()), nil
	}
	rs := []rune(s)
	var out []rune
	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
		out = append(out, rs[i])
	}
	return Str(string(out)), nil
}

// strIter iterates over the characters of a str.
type strIter struct {
	s     string
	pos   int
	ascii bool
}

// StrIteratorClass is the class of str iterators.
var StrIteratorClass = newBuiltinClass("str_ascii_iterator", ObjectClass)

// Type implements Value.
func (*strIter) Type() *Class { return StrIteratorClass }

// Next implements Iterator.
func (it *strIter) Next(*Thread) (Value, error) {
	if it.pos >= len(it.s) {
		return nil, nil
	}
	if it.ascii {
		c := it.s[it.pos]
		it.pos++
		return asciiChars[c], nil
	}
	r, n := utf8.DecodeRuneInString(it.s[it.pos:])
	it.pos += n
	return runeStr(r), nil
}
