package vm

import "unsafe"

// A Str stored in a Value is boxed: Go puts the string's header (data pointer and length) in
// a 16-byte allocation of its own and the interface points to it, beside the allocation that
// holds the text. Text-heavy code makes strs at the rate CPython makes objects, so these
// helpers save the header's allocation where they can:
//
//   - newStrValue gives text the interpreter writes itself (a concatenation, a join) one
//     allocation holding header then bytes. It is allocated as bytes, so the collector does
//     not scan it: that is sound because the header's one pointer points into the same
//     allocation, which is alive whenever the header is reachable.
//   - boxStrs boxes the pieces of a split in place: their headers are already in the slice
//     the split returned, and each box points to its element of that slice.
//   - sameStr reuses the receiver's box when a method returns its text unchanged (a replace
//     that found nothing): strs compare by value, so that cannot be observed.
//
// Boxes are never written after they are made, which is what Go assumes of the interface
// data of a non-pointer type.

// iface is the layout of a non-empty interface value such as Value.
type iface struct {
	tab  unsafe.Pointer
	data unsafe.Pointer
}

// strTab is the interface table of Str as a Value.
var strTab = func() unsafe.Pointer {
	var v Value = Str("x")
	return (*iface)(unsafe.Pointer(&v)).tab
}()

// boxStrAt makes the Value of type Str whose box is *p.
func boxStrAt(p *string) Value {
	var v Value
	e := (*iface)(unsafe.Pointer(&v))
	e.tab, e.data = strTab, unsafe.Pointer(p)
	return v
}

// strHeader is the size of a string header.
const strHeader = unsafe.Sizeof("")

// newStrValue returns a str of n bytes whose box and text are one allocation, and those n
// bytes for the caller to fill before the value is used.
func newStrValue(n int) (Value, []byte) {
	if n == 0 {
		return Str(""), nil
	}
	buf := make([]byte, int(strHeader)+n)
	text := buf[strHeader:]
	hdr := (*string)(unsafe.Pointer(&buf[0]))
	*hdr = unsafe.String(&text[0], n)
	return boxStrAt(hdr), text
}

// strFromBytes is the str of a copy of b (built on the caller's stack, say), in one
// allocation; a one-character ASCII result is the shared one.
func strFromBytes(b []byte) Value {
	if len(b) == 1 && b[0] < 0x80 {
		return asciiChars[b[0]]
	}
	v, text := newStrValue(len(b))
	copy(text, b)
	return v
}

// boxStrs makes the str values of parts, boxed in place: parts must not change afterwards.
func boxStrs(parts []string) []Value {
	items := make([]Value, len(parts))
	for i := range parts {
		if len(parts[i]) == 1 && parts[i][0] < 0x80 {
			items[i] = asciiChars[parts[i][0]]
			continue
		}
		items[i] = boxStrAt(&parts[i])
	}
	return items
}

// sameStr is the str value of s, the result of a method of self (a Str): self itself when s
// is self's text unchanged.
func sameStr(self Value, s string) Value {
	if t := string(self.(Str)); len(t) == len(s) && unsafe.StringData(t) == unsafe.StringData(s) {
		return self
	}
	return Str(s)
}
