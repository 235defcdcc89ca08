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
	if isASCII(s) {
		if i < 0 {
			i += len(s)
		}
		if i < 0 || i >= len(s) {
			return nil, Errorf(IndexError, "string index out of range")
		}
		return asciiChars[s[i]], nil
	}
	n := strLen(s)
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, Errorf(IndexError, "string index out of range")
	}
	b := strByteOffset(s, i)
	r, _ := utf8.DecodeRuneInString(s[b:])
	if r < utf8.RuneSelf {
		return asciiChars[r], nil
	}
	return Str(string(r)), nil
}

// asciiChars holds the one-character ASCII strings, so indexing and iterating ASCII text
// does not allocate.
var asciiChars = func() (t [128]Value) {
	for i := range t {
		t[i] = Str(string(rune(i)))
	}
	return
}()

// strSlice is s[lo:hi:step].
func strSlice(s string, sl *Slice) (Value, error) {
	ascii := isASCII(s)
	n := len(s)
	if !ascii {
		n = strLen(s)
	}
	start, stop, step, err := sl.Indices(n)
	if err != nil {
		return nil, err
	}
	switch {
	case step == 1 && start >= stop:
		return Str(""), nil
	case step == 1 && ascii:
		return Str(s[start:stop]), nil
	case step == 1:
		return Str(s[strByteOffset(s, start):strByteOffset(s, stop)]), nil
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
	if r < utf8.RuneSelf {
		return asciiChars[r], nil
	}
	return Str(string(r)), nil
}
