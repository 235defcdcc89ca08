package vm

import (
	"fmt"
	"strings"
)

// bytesDecode is decode(encoding='utf-8', errors='strict') for the codecs str.encode knows,
// with the error handlers strict, ignore, replace and backslashreplace.
func bytesDecode(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	b := selfText(self)
	enc := "utf-8"
	if a[0] != nil {
		var err error
		if enc, err = encodingName(a[0], "decode"); err != nil {
			return nil, err
		}
	}
	handler := "strict"
	if a[1] != nil {
		h, ok := a[1].(Str)
		if !ok {
			return nil, Errorf(TypeError, "decode() argument 'errors' must be str, not %s", TypeName(a[1]))
		}
		handler = string(h)
	}
	if enc == "latin-1" {
		r := make([]rune, len(b))
		for i := 0; i < len(b); i++ {
			r[i] = rune(b[i])
		}
		return Str(string(r)), nil
	}
	var out strings.Builder
	for i := 0; i < len(b); {
		n, reason := utf8Unit(b, i)
		if enc == "ascii" {
			n, reason = 1, ""
			if b[i] >= 0x80 {
				reason = "ordinal not in range(128)"
			}
		}
		if reason == "" {
			out.WriteString(b[i : i+n])
			i += n
			continue
		}
		switch handler {
		case "strict":
			return nil, decodeError(enc, b, i, n, reason)
		case "ignore":
		case "replace":
			out.WriteString("\uFFFD")
		case "backslashreplace":
			for k := i; k < i+n; k++ {
				fmt.Fprintf(&out, `\x%02x`, b[k])
			}
		case "surrogateescape", "surrogatepass", "xmlcharrefreplace", "namereplace":
			return nil, Errorf(NotImplementedError, "the '%s' error handler is not supported by asyncscript", handler)
		default:
			return nil, Errorf(LookupError, "unknown error handler name '%s'", handler)
		}
		i += n
	}
	return Str(out.String()), nil
}

// utf8Unit measures the UTF-8 sequence at b[i]: its length and "", or the length of the
// invalid part CPython reports as one error and why it is invalid.
func utf8Unit(b string, i int) (int, string) {
	c := b[i]
	need, lo, hi := 0, byte(0x80), byte(0xBF)
	switch {
	case c < 0x80:
		return 1, ""
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c >= 0xE0 && c <= 0xEF:
		need = 2
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F // no surrogates
		}
	case c >= 0xF0 && c <= 0xF4:
		need = 3
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F // nothing past U+10FFFF
		}
	default:
		return 1, "invalid start byte"
	}
	n := 1
	for ; need > 0; need-- {
		if i+n >= len(b) {
			return n, "unexpected end of data"
		}
		if d := b[i+n]; d < lo || d > hi {
			return n, "invalid continuation byte"
		}
		lo, hi = 0x80, 0xBF
		n++
	}
	return n, ""
}

// decodeError is the UnicodeDecodeError for the n bytes at b[i].
func decodeError(enc, b string, i, n int, reason string) error {
	if n == 1 {
		return Errorf(UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %d: %s", enc, b[i], i, reason)
	}
	return Errorf(UnicodeDecodeError, "'%s' codec can't decode bytes in position %d-%d: %s", enc, i, i+n-1, reason)
}
