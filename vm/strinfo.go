package vm

import (
	"sync/atomic"
	"unicode/utf8"
	"unsafe"
)

// Python indexes str by code point, but a Str is a plain Go string of UTF-8 bytes: knowing
// whether it is all ASCII (then code point i is byte i) or where its code points start takes a
// scan. Str cannot carry that knowledge itself (it is a string type, converted to and from
// freely all over the interpreter), so it lives in a side cache keyed by the string's bytes:
// the data pointer and length. An entry holds the string it describes, which keeps those bytes
// alive and so unchanged (Go strings are immutable): equal pointer and length means equal
// contents. Without it a character-by-character parser rescans its whole input on every s[i]
// and is quadratic; with it s[i], len(s), slicing and the start arguments of the str methods
// cost what they cost in CPython.

const (
	// strScanMax is the longest string scanned on every use rather than cached: a word-at-a-
	// time scan of it costs about as much as a cache probe.
	strScanMax = 256
	// strBigMin is the shortest string also kept in strBig, whose ASCII entries answer for
	// their substrings too (a parser's tokens, the lines split from a text).
	strBigMin = 4096
	// strRuneStride is how many code points apart the byte offsets of a non-ASCII string's
	// index are: s[i] decodes at most strRuneStride-1 code points after a lookup.
	strRuneStride = 32
)

// strInfo is what a scan of one string found. It is immutable once published, but for last.
type strInfo struct {
	s     string
	ascii bool
	runes int   // number of code points
	offs  []int // non-ASCII only: offs[k] is the byte offset of code point k*strRuneStride
	// last is the code point and byte offset strByteOffset found last, packed as
	// index<<32 | offset (strs are shorter than 4 GiB): a parser reading a non-ASCII text a
	// character at a time then decodes one code point per s[i] rather than up to a stride.
	last atomic.Uint64
}

var (
	// strCache is direct-mapped by the string's address and length; a colliding string
	// replaces the entry.
	strCache [256]atomic.Pointer[strInfo]
	// strBig holds the last few long strings seen, replaced round robin.
	strBig     [4]atomic.Pointer[strInfo]
	strBigNext atomic.Uint32
)

// strSlot is the strCache entry for the string at p of length n.
func strSlot(p uintptr, n int) *atomic.Pointer[strInfo] {
	h := p ^ p>>11 ^ uintptr(n)*0x9e3779b1
	return &strCache[(h^h>>8)%uintptr(len(strCache))]
}

// strInfoOf returns what is known about s (len(s) > strScanMax), scanning it on a miss.
func strInfoOf(s string) *strInfo {
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	slot := strSlot(p, len(s))
	if e := slot.Load(); e != nil && len(e.s) == len(s) && uintptr(unsafe.Pointer(unsafe.StringData(e.s))) == p {
		return e
	}
	for i := range strBig {
		e := strBig[i].Load()
		if e == nil {
			continue
		}
		q := uintptr(unsafe.Pointer(unsafe.StringData(e.s)))
		if p == q && len(s) == len(e.s) {
			return e
		}
		if e.ascii && p >= q && p+uintptr(len(s)) <= q+uintptr(len(e.s)) {
			// A substring of an ASCII string is ASCII. It is not cached: it would evict
			// another string, and this check is about as cheap as the probe.
			return &strInfo{s: s, ascii: true, runes: len(s)}
		}
	}
	e := scanStr(s)
	slot.Store(e)
	if len(s) >= strBigMin {
		strBig[strBigNext.Add(1)%uint32(len(strBig))].Store(e)
	}
	return e
}

// scanStr builds the strInfo of s.
func scanStr(s string) *strInfo {
	if asciiPrefix(s) == len(s) {
		return &strInfo{s: s, ascii: true, runes: len(s)}
	}
	e := &strInfo{s: s, offs: make([]int, 0, len(s)/strRuneStride+1)}
	n := 0
	for i := range s {
		if n%strRuneStride == 0 {
			e.offs = append(e.offs, i)
		}
		n++
	}
	e.runes = n
	return e
}

// asciiPrefix is the length of the longest all-ASCII prefix of s, found eight bytes at a time.
func asciiPrefix(s string) int {
	const hi = 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		if (uint64(w[0])|uint64(w[1])<<8|uint64(w[2])<<16|uint64(w[3])<<24|
			uint64(w[4])<<32|uint64(w[5])<<40|uint64(w[6])<<48|uint64(w[7])<<56)&hi != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i
		}
	}
	return i
}

// isASCII reports whether s is all ASCII, so code point i is byte i.
func isASCII(s string) bool {
	if len(s) <= strScanMax {
		return asciiPrefix(s) == len(s)
	}
	return strInfoOf(s).ascii
}

// strLen is len(s) in code points.
func strLen(s string) int {
	_, n := strShape(s)
	return n
}

// strShape reports whether s is all ASCII and its length in code points, with one look at
// the cache.
func strShape(s string) (ascii bool, runes int) {
	if len(s) <= strScanMax {
		if asciiPrefix(s) == len(s) {
			return true, len(s)
		}
		return false, utf8.RuneCountInString(s)
	}
	e := strInfoOf(s)
	return e.ascii, e.runes
}

// strMeasure is strShape that also returns a long string's cache entry (nil for a short
// one), for callers that go on to find offsets in s without looking it up again.
func strMeasure(s string) (ascii bool, runes int, e *strInfo) {
	if len(s) <= strScanMax {
		ascii, runes = strShape(s)
		return ascii, runes, nil
	}
	e = strInfoOf(s)
	return e.ascii, e.runes, e
}

// byteOffsetIn is strByteOffset(s, n) through e, s's entry from strMeasure (nil for a
// short string).
func byteOffsetIn(s string, e *strInfo, n int) int {
	switch {
	case e == nil:
		return strByteOffset(s, n)
	case e.ascii:
		return min(n, len(s))
	case n >= e.runes:
		return len(s)
	}
	return e.offset(n)
}

// strByteOffset is the byte offset in s of code point n (0 <= n <= strLen(s)); len(s) for n
// at or past the end.
func strByteOffset(s string, n int) int {
	i := 0
	if len(s) <= strScanMax {
		if asciiPrefix(s) == len(s) {
			return min(n, len(s))
		}
	} else {
		e := strInfoOf(s)
		if e.ascii {
			return min(n, len(s))
		}
		if n >= e.runes {
			return len(s)
		}
		return e.offset(n)
	}
	return skipRunes(s, i, n)
}

// offset is the byte offset of code point n (0 <= n < e.runes) of a non-ASCII string: from
// the index entry before it, or from the last offset found when that is nearer.
func (e *strInfo) offset(n int) int {
	k := n / strRuneStride
	m, i := k*strRuneStride, e.offs[k]
	if last := e.last.Load(); int(last>>32) <= n && int(last>>32) > m {
		m, i = int(last>>32), int(uint32(last))
	}
	i = skipRunes(e.s, i, n-m)
	e.last.Store(uint64(n)<<32 | uint64(i))
	return i
}

// skipRunes is the byte offset n code points after byte offset i of s, or len(s).
func skipRunes(s string, i, n int) int {
	for ; n > 0 && i < len(s); n-- {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return i
}
