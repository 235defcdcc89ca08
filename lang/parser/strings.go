package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/asyncscript/asyncscript/lang/ast"
)

// strLit is a string token taken apart: its prefix flags, body (between the quotes) and the
// byte offset of the body in the source.
type strLit struct {
	tok                token
	raw, bytes, format bool
	body               string
	bodyOff            int
}

func splitStrLit(t token) strLit {
	i := strings.IndexAny(t.text, `'"`)
	prefix := strings.ToLower(t.text[:i])
	q := 1
	if len(t.text)-i >= 6 && t.text[i+1] == t.text[i] && t.text[i+2] == t.text[i] {
		q = 3
	}
	return strLit{
		tok: t, raw: strings.Contains(prefix, "r"), bytes: strings.Contains(prefix, "b"),
		format: strings.Contains(prefix, "f"), body: t.text[i+q : len(t.text)-q], bodyOff: t.off + i + q,
	}
}

// strings converts adjacent string literals into one Const (str or bytes) or, when an
// f-string is among them, a JoinedStr whose adjacent constant parts are merged.
func (c *converter) strings(strs []*strG, sp ast.Span) ast.Expr {
	var parts []ast.Expr
	var data []byte
	isBytes, isFormat := false, false
	for i, s := range strs {
		lit := splitStrLit(c.tok(s.At))
		if i == 0 {
			isBytes = lit.bytes
		} else if lit.bytes != isBytes {
			c.errorAt(ast.Span{Start: sp.End, End: sp.End}, "cannot mix bytes and nonbytes literals")
			return &ast.Const{Span: sp, Value: ""}
		}
		tsp := ast.Span{Start: lit.tok.start, End: lit.tok.end}
		switch {
		case lit.bytes:
			for j := 0; j < len(lit.body); j++ {
				if lit.body[j] >= 0x80 {
					c.errorAt(tsp, "bytes can only contain ASCII literal characters")
					return &ast.Const{Span: sp, Value: []byte{}}
				}
			}
			data = append(data, c.decode(lit.body, lit, true)...)
		case lit.format:
			isFormat = true
			parts = append(parts, c.fstring(lit)...)
		default:
			parts = append(parts, &ast.Const{Span: tsp, Value: c.decode(lit.body, lit, false)})
		}
	}
	if isBytes {
		return &ast.Const{Span: sp, Value: data}
	}
	parts = mergeConsts(parts)
	if !isFormat {
		if len(parts) == 0 {
			return &ast.Const{Span: sp, Value: ""}
		}
		return &ast.Const{Span: sp, Value: parts[0].(*ast.Const).Value}
	}
	return &ast.JoinedStr{Span: sp, Values: parts}
}

// mergeConsts joins runs of string constants and drops empty ones, as CPython does.
func mergeConsts(parts []ast.Expr) []ast.Expr {
	out := parts[:0]
	// A run of adjacent constants is joined once, at its end, so thousands of literals in
	// a row cost linear time.
	var run []*ast.Const
	flush := func() {
		switch len(run) {
		case 0:
			return
		case 1:
			out = append(out, run[0])
		default:
			var b strings.Builder
			for _, k := range run {
				b.WriteString(k.Value.(string))
			}
			out = append(out, &ast.Const{Span: ast.Span{Start: run[0].Start, End: run[len(run)-1].End}, Value: b.String()})
		}
		run = run[:0]
	}
	for _, p := range parts {
		k, ok := p.(*ast.Const)
		if !ok {
			flush()
			out = append(out, p)
			continue
		}
		if k.Value.(string) != "" {
			run = append(run, k)
		}
	}
	flush()
	return out
}

// decode interprets the escapes of a (non-raw) literal body. Unknown escapes are kept
// verbatim, as Python does; \N{...} needs the Unicode name database and is rejected.
func (c *converter) decode(body string, lit strLit, isBytes bool) string {
	if lit.raw || strings.IndexByte(body, '\\') < 0 {
		return body
	}
	var b strings.Builder
	for i := 0; i < len(body); {
		ch := body[i]
		if ch != '\\' || i+1 >= len(body) {
			b.WriteByte(ch)
			i++
			continue
		}
		n, msg := decodeEscape(&b, body[i:], isBytes)
		if msg != "" {
			codec := "unicodeescape"
			if isBytes {
				codec = "bytes"
			}
			end := ast.Span{Start: lit.tok.end, End: lit.tok.end}
			c.errorAt(end, "(unicode error) '%s' codec can't decode bytes in position %d-%d: %s", codec, i, i+n-1, msg)
			return ""
		}
		i += n
	}
	return b.String()
}

var simpleEscapes = map[byte]string{
	'\n': "", '\\': "\\", '\'': "'", '"': "\"", 'a': "\a", 'b': "\b", 'f': "\f", 'n': "\n",
	'r': "\r", 't': "\t", 'v': "\v",
}

// decodeEscape decodes the escape sequence at the start of s (which begins with a backslash),
// writes its value to b and returns its length, or an error message.
func decodeEscape(b *strings.Builder, s string, isBytes bool) (int, string) {
	ch := s[1]
	if v, ok := simpleEscapes[ch]; ok {
		b.WriteString(v)
		return 2, ""
	}
	switch {
	case ch >= '0' && ch <= '7':
		n, v := 1, 0
		for n < 4 && n < len(s) && s[n] >= '0' && s[n] <= '7' {
			v = v*8 + int(s[n]-'0')
			n++
		}
		writeCode(b, v, isBytes)
		return n, ""
	case ch == 'x':
		return hexEscape(b, s, 2, isBytes, `truncated \xXX escape`)
	case ch == 'u' && !isBytes:
		return hexEscape(b, s, 4, false, `truncated \uXXXX escape`)
	case ch == 'U' && !isBytes:
		return hexEscape(b, s, 8, false, `truncated \UXXXXXXXX escape`)
	case ch == 'N' && !isBytes:
		n := strings.IndexByte(s, '}') + 1
		if n == 0 {
			n = 2
		}
		return n, `\N{...} escapes are not supported`
	}
	b.WriteByte('\\')
	return 1, ""
}

func hexEscape(b *strings.Builder, s string, digits int, isBytes bool, truncated string) (int, string) {
	v := 0
	for i := 2; i < 2+digits; i++ {
		if i >= len(s) || !isHex(s[i]) {
			return i, truncated
		}
		v = v*16 + hexVal(s[i])
	}
	if v > utf8.MaxRune {
		return 2 + digits, "illegal Unicode character"
	}
	writeCode(b, v, isBytes)
	return 2 + digits, ""
}

// writeCode writes a code point, or a byte in a bytes literal (octal escapes beyond 0o377
// wrap, as in CPython).
func writeCode(b *strings.Builder, v int, isBytes bool) {
	if isBytes {
		b.WriteByte(byte(v))
		return
	}
	b.WriteRune(rune(v))
}

func isHex(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

func hexVal(c byte) int {
	switch {
	case c >= 'a':
		return int(c-'a') + 10
	case c >= 'A':
		return int(c-'A') + 10
	}
	return int(c - '0')
}
