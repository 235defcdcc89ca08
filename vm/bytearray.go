package vm

import (
	"strings"

	"github.com/asyncscript/asyncscript/vm/pyfmt"
)

// ByteArray is a bytearray: a mutable sequence of bytes. Its methods shared with bytes run
// the same code as bytes' (see bytes_methods.go), which reads the receiver through
// bytesText and builds results of the receiver's kind through sameKind.
type ByteArray struct {
	B []byte
}

// ByteArrayClass is the class of bytearray.
var ByteArrayClass = newBuiltinClass("bytearray", ObjectClass)

// Type implements Value.
func (*ByteArray) Type() *Class { return ByteArrayClass }

// NewByteArray returns a bytearray holding b (not a copy).
func NewByteArray(b []byte) *ByteArray { return &ByteArray{B: b} }

// BytesLike returns the contents of a bytes-like object (bytes or bytearray), for the library
// functions CPython lets take any buffer. The result of a bytearray is its live storage:
// copy it before keeping it past a call that may run script code.
func BytesLike(v Value) ([]byte, bool) {
	switch b := unwrap(v).(type) {
	case Bytes:
		return []byte(b), true
	case *ByteArray:
		return b.B, true
	}
	return nil, false
}

// bytesText is BytesLike as a string (a snapshot, for a bytearray).
func bytesText(v Value) (string, bool) {
	switch b := v.(type) {
	case Bytes:
		return string(b), true
	case *ByteArray:
		return string(b.B), true
	}
	return "", false
}

// selfText is the receiver of a method shared by bytes and bytearray. For a bytearray it is
// a view of the live storage, not a copy, so that b[i] and b.find(x) do not copy the whole
// bytearray: callers read it, and anything they keep is copied first (sameKind copies for
// a bytearray receiver; a bytes receiver's text is immutable anyway).
func selfText(self Value) string {
	if b, ok := self.(*ByteArray); ok {
		return string(bytesStr(b.B))
	}
	s, _ := bytesText(self)
	return s
}

// sameKind makes a result of the receiver's kind: bytes from bytes, a new bytearray from a
// bytearray, as CPython's methods shared by the two types do.
func sameKind(self Value, s string) Value {
	if _, ok := self.(*ByteArray); ok {
		return NewByteArray([]byte(s))
	}
	return Bytes(s)
}

// byteArrayRepr is repr of a bytearray: bytes' repr inside bytearray(...), except that a
// single quote is escaped even between double quotes, as CPython's bytearray_repr does.
func byteArrayRepr(b []byte) string {
	q := pyfmt.QuoteBytes(b)
	if q[1] == '"' {
		q = `b"` + strings.ReplaceAll(q[2:len(q)-1], "'", `\'`) + `"`
	}
	return "bytearray(" + q + ")"
}

// byteRange is bytearray's error for an int that is not a byte.
const byteRange = "byte must be in range(0, 256)"

// byteValue converts an int to a byte, with bytearray's errors: "'str' object cannot be
// interpreted as an integer", "byte must be in range(0, 256)".
func byteValue(th *Thread, v Value) (byte, error) { return byteIn(th, v, byteRange) }

// byteIn is byteValue with rangeMsg for an int out of range.
func byteIn(th *Thread, v Value, rangeMsg string) (byte, error) {
	if !isInt(unwrap(v)) {
		if _, ok := v.Type().userMethod("__index__"); !ok {
			return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(v))
		}
	}
	n, err := IndexArg(th, v)
	if err != nil {
		if isInt(unwrap(v)) {
			return 0, Errorf(ValueError, "%s", rangeMsg)
		}
		return 0, err
	}
	if n < 0 || n > 255 {
		return 0, Errorf(ValueError, "%s", rangeMsg)
	}
	return byte(n), nil
}

// byteArrayIter iterates a bytearray by position, so it sees the bytearray change as
// CPython's iterator does (appending while iterating makes the loop go on).
type byteArrayIter struct {
	b   *ByteArray
	pos int
}

// ByteArrayIteratorClass is the class of bytearray iterators.
var ByteArrayIteratorClass = newBuiltinClass("bytearray_iterator", ObjectClass)

// Type implements Value.
func (*byteArrayIter) Type() *Class { return ByteArrayIteratorClass }

// Next implements Iterator.
func (it *byteArrayIter) Next(*Thread) (Value, error) {
	if it.b == nil || it.pos >= len(it.b.B) {
		it.b = nil // an exhausted iterator stays exhausted
		return nil, nil
	}
	c := it.b.B[it.pos]
	it.pos++
	return MakeInt(int64(c)), nil
}
