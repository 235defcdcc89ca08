package vm

import (
	"unsafe"
	"weak"
)

// A loop that builds a str with s += piece copies s on every turn in a plain implementation:
// quadratic, where CPython resizes s in place because nothing else refers to it. Without
// reference counts the same effect comes from spare room: when a concatenation's left operand
// is itself the result of one, the new result is given a buffer twice its size, and the
// thread remembers the buffer with how much of it is used. A later concatenation whose left
// operand is exactly that used prefix writes the right operand into the spare room and
// returns a longer string over the same bytes. That is safe because no byte a string already
// covers ever changes: the left operand keeps its length and text, and any other
// concatenation onto it finds the used length past its end and copies as usual. Each piece
// appended then costs its own length, as in CPython, and a one-off concatenation costs
// what it did.

const (
	// strGrowMin is the shortest concatenation considered for growing: shorter ones are
	// copied, which costs little, and most are never grown again.
	strGrowMin = 256
	// strGrowWays is how many buffers a thread follows at once (strings built side by side).
	strGrowWays = 4
)

// strGrowth is one buffer a thread is building strings in. The buffer is held weakly: the
// strings over it keep it alive, and once they are gone the thread does not.
type strGrowth struct {
	start     weak.Pointer[byte]
	used, cap int
}

// concatGrow is a + b for exact strs (b not empty, a + b at least strGrowMin bytes and no
// longer than a str may be).
func (th *Thread) concatGrow(a, b string) Value {
	n := len(a) + len(b)
	p := unsafe.StringData(a)
	grow := uintptr(unsafe.Pointer(p)) == th.lastConcat && len(a) == th.lastConcatLen
	for i := range th.grown {
		if g := &th.grown[i]; g.used == len(a) && len(a) > 0 && g.start.Value() == p {
			if n > g.cap {
				grow = true
				break
			}
			copy(unsafe.Slice(p, g.cap)[len(a):], b)
			g.used = n
			return Str(unsafe.String(p, n))
		}
	}
	if !grow {
		// Only the address is kept, as a hint that the next concatenation onto this
		// result is a loop building a string: if the memory is freed and reused, a false
		// match merely grows a string that did not need it.
		v, text := newStrValue(n)
		copy(text[copy(text, a):], b)
		th.lastConcat, th.lastConcatLen = uintptr(unsafe.Pointer(unsafe.SliceData(text))), n
		return v
	}
	buf := make([]byte, n, 2*n)
	copy(buf[copy(buf, a):], b)
	start := unsafe.SliceData(buf)
	th.grown[th.grownNext] = strGrowth{start: weak.Make(start), used: n, cap: cap(buf)}
	th.grownNext = (th.grownNext + 1) % strGrowWays
	return Str(unsafe.String(start, n))
}
