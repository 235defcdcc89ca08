package parser

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/asyncscript/asyncscript/lang/ast"
)

// Source decoding, as CPython's tokenizer does it before it reads a token (PEP 263): a UTF-8
// byte order mark, or a coding declaration in a comment on the first or second line, names
// the encoding; without either the source must be UTF-8. The result is UTF-8 text without
// NUL bytes, so the lexer never meets bytes that do not stand for characters.

// The regular expressions are compiled when first needed, not at every start: most sources
// declare no encoding, and a line without "coding" declares none.

// codingLine matches a PEP 263 declaration: `# -*- coding: latin-1 -*-`, `# vim: set
// fileencoding=utf-8 :`.
var codingLine = lazyRegexp(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)

// blankOrComment reports whether line is blank or a comment (^[ \t\f]*(#.*)?$): a first
// line after which a declaration on the second line counts.
func blankOrComment(line []byte) bool {
	line = bytes.TrimLeft(line, " \t\f")
	return len(line) == 0 || line[0] == '#'
}

// otherCodecs matches the names of encodings CPython has but asyncscript does not decode, so
// they are reported as unsupported rather than unknown.
var otherCodecs = lazyRegexp(`^(cp\d+|iso-?8859-\d+|latin-?\d+|l\d|utf-?(16|32|7)|koi8.*|mac.*|shift.?jis|euc.*|gb.*|big5.*|windows-\d+|utf-8-sig|idna|punycode|hz|johab|ptcp154|tis-620)([-_].*)?$`)

// lazyRegexp compiles expr on its first use.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

const pep263 = "see https://peps.python.org/pep-0263/ for details"

// decodeSource returns src as UTF-8 text, or the SyntaxError CPython reports for it.
func decodeSource(filename string, src []byte) ([]byte, error) {
	bom := bytes.HasPrefix(src, []byte("\ufeff"))
	if bom {
		src = src[3:]
	}
	fail := func(line int, text, format string, args ...any) error {
		return &ast.Error{Kind: "SyntaxError", Filename: filename, Pos: ast.Pos{Line: line},
			Line: text, Msg: fmt.Sprintf(format, args...)}
	}
	enc, declared := declaredEncoding(src)
	name := declaredName(src)
	if enc == "iso-8859-1" {
		name = enc // CPython reports the latin-1 family, like UTF-8, by its normal name
	}
	switch {
	case !declared:
		enc = "utf-8"
	case enc == "" && unsupportedEncoding(name):
		return nil, fail(0, "", "encoding problem: %s (not supported: asyncscript reads only utf-8, latin-1 and ascii source)", name)
	case enc == "":
		return nil, fail(0, "", "encoding problem: %s", name)
	case bom && enc != "utf-8":
		return nil, fail(0, "", "encoding problem: %s with BOM", name)
	}
	switch enc {
	case "iso-8859-1":
		src = latin1ToUTF8(src)
	case "ascii":
		for _, c := range src {
			if c >= 0x80 {
				return nil, fail(0, "", "encoding problem: %s", name)
			}
		}
	default:
		if i := invalidUTF8(src); i >= 0 {
			line := 1 + bytes.Count(src[:i], []byte("\n"))
			if declared {
				start := bytes.LastIndexByte(src[:i], '\n') + 1
				return nil, fail(line, "", "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", src[i], i-start)
			}
			return nil, fail(0, "", "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; %s", src[i], filename, line, pep263)
		}
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		start := bytes.LastIndexByte(src[:i], '\n') + 1
		return nil, fail(1+bytes.Count(src[:i], []byte("\n")), string(src[start:i]), "source code cannot contain null bytes")
	}
	return src, nil
}

// declaredEncoding returns the normalized name of the encoding declared on the first two
// lines, "" when a declared encoding is not one asyncscript decodes, and whether there is
// a declaration at all.
func declaredEncoding(src []byte) (string, bool) {
	name := declaredName(src)
	if name == "" {
		return "", false
	}
	n := strings.ReplaceAll(strings.ToLower(name), "_", "-")
	switch n {
	case "utf-8", "utf8":
		return "utf-8", true
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "iso-latin-1", "l1", "8859", "cp819", "latin":
		return "iso-8859-1", true
	case "ascii", "us-ascii", "646", "us":
		return "ascii", true
	}
	if strings.HasPrefix(n, "utf-8-") && n != "utf-8-sig" {
		return "utf-8", true
	}
	if strings.HasPrefix(n, "latin-1-") || strings.HasPrefix(n, "iso-8859-1-") || strings.HasPrefix(n, "iso-latin-1-") {
		return "iso-8859-1", true
	}
	return "", true
}

// declaredName is the encoding named by a coding declaration on the first two lines, or "".
func declaredName(src []byte) string {
	lines := bytes.SplitN(src, []byte("\n"), 3)
	for i, line := range lines {
		if i == 2 {
			break
		}
		line = bytes.TrimSuffix(line, []byte("\r"))
		if bytes.Contains(line, []byte("coding")) {
			if m := codingLine().FindSubmatch(line); m != nil {
				return string(m[1])
			}
		}
		if !blankOrComment(line) {
			break
		}
	}
	return ""
}

// unsupportedEncoding reports whether name is an encoding CPython knows but asyncscript
// does not decode.
func unsupportedEncoding(name string) bool {
	return otherCodecs().MatchString(strings.ReplaceAll(strings.ToLower(name), "_", "-"))
}

// invalidUTF8 is the offset of the first byte of src that is not valid UTF-8, or -1.
func invalidUTF8(src []byte) int {
	for i := 0; i < len(src); {
		if src[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// latin1ToUTF8 decodes ISO-8859-1, where every byte is the code point of its value.
func latin1ToUTF8(src []byte) []byte {
	out := make([]byte, 0, len(src)+len(src)/8)
	for _, c := range src {
		out = utf8.AppendRune(out, rune(c))
	}
	return out
}
