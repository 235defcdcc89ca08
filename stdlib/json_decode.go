package stdlib

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/asyncscript/asyncscript/vm"
	"github.com/asyncscript/asyncscript/vm/pyfmt"
)

// maxJSONDepth bounds nesting while decoding and encoding, where CPython would hit its
// recursion limit.
const maxJSONDepth = 990

// jsonKeywords are the literal values of JSON.
var jsonKeywords = [...]struct {
	text string
	v    vm.Value
}{{"null", vm.None}, {"true", vm.True}, {"false", vm.False}}

// jsonEscapes maps the one-letter escapes to the bytes they stand for.
var jsonEscapes = map[byte]byte{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

// jsonDecoder is one json.loads call: the document, the position, and the hooks.
type jsonDecoder struct {
	th                                  *vm.Thread
	s                                   string
	objectHook, pairsHook               vm.Value
	parseFloat, parseInt, parseConstant vm.Value
	strict                              bool
	errorClass                          vm.Value
	depth                               int
	// pairs is a stack of the key/value pairs of the objects being decoded: an object's pairs
	// are the top of it while its members are read (a nested object pushes and pops its own
	// on top), so objects do not each grow a slice of their own.
	pairs [][2]vm.Value
}

// fail raises json.JSONDecodeError(msg, doc, pos) with pos counted in code points, as CPython
// counts it.
func (d *jsonDecoder) fail(msg string, pos int) error {
	cp := utf8.RuneCountInString(d.s[:pos])
	e, err := d.th.Call(d.errorClass, []vm.Value{vm.Str(msg), vm.Str(d.s), vm.MakeInt(int64(cp))}, nil)
	if err != nil {
		return err
	}
	if exc, ok := e.(*vm.Exception); ok {
		return exc
	}
	return vm.Errorf(vm.TypeError, "JSONDecodeError is not an exception")
}

func (d *jsonDecoder) skipSpace(i int) int {
	for i < len(d.s) {
		switch d.s[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// decodeDocument is json.loads' core: one value, surrounded only by whitespace.
func (d *jsonDecoder) decodeDocument() (vm.Value, error) {
	v, end, err := d.value(d.skipSpace(0))
	if err != nil {
		return nil, err
	}
	if end = d.skipSpace(end); end != len(d.s) {
		return nil, d.fail("Extra data", end)
	}
	return v, nil
}

// rawDecode is JSONDecoder.raw_decode: the value starting at the code point idx (no
// whitespace skipped) and the code point index after it.
func (d *jsonDecoder) rawDecode(idx int) (vm.Value, error) {
	if idx < 0 {
		return nil, vm.Errorf(vm.ValueError, "idx cannot be negative")
	}
	start := len(d.s)
	for cp := range d.s {
		if idx == 0 {
			start = cp
			break
		}
		idx--
	}
	if idx > 0 {
		return nil, d.fail("Expecting value", len(d.s))
	}
	v, end, err := d.value(start)
	if err != nil {
		return nil, err
	}
	return vm.Tuple{v, vm.MakeInt(int64(utf8.RuneCountInString(d.s[:end])))}, nil
}

// value decodes the value starting at i and returns it with the position after it.
func (d *jsonDecoder) value(i int) (vm.Value, int, error) {
	if i >= len(d.s) {
		return nil, 0, d.fail("Expecting value", i)
	}
	switch c := d.s[i]; {
	case c == '"':
		s, end, err := d.str(i + 1)
		return vm.Str(s), end, err
	case c == '{':
		return d.nested(i, d.object)
	case c == '[':
		return d.nested(i, d.array)
	case c == '-' || c >= '0' && c <= '9':
		if strings.HasPrefix(d.s[i:], "-Infinity") {
			return d.constant("-Infinity", i)
		}
		return d.number(i)
	}
	for _, k := range jsonKeywords {
		if strings.HasPrefix(d.s[i:], k.text) {
			return k.v, i + len(k.text), nil
		}
	}
	for _, lit := range [...]string{"NaN", "Infinity"} {
		if strings.HasPrefix(d.s[i:], lit) {
			return d.constant(lit, i)
		}
	}
	return nil, 0, d.fail("Expecting value", i)
}

// nested decodes an object or array, guarding the depth.
func (d *jsonDecoder) nested(i int, parse func(int) (vm.Value, int, error)) (vm.Value, int, error) {
	if d.depth++; d.depth > maxJSONDepth {
		return nil, 0, vm.Errorf(vm.RecursionError, "maximum recursion depth exceeded while decoding a JSON document")
	}
	defer func() { d.depth-- }()
	return parse(i + 1)
}

// constant is NaN, Infinity or -Infinity, through parse_constant when given.
func (d *jsonDecoder) constant(lit string, i int) (vm.Value, int, error) {
	end := i + len(lit)
	if d.parseConstant != nil {
		v, err := d.th.Call(d.parseConstant, []vm.Value{vm.Str(lit)}, nil)
		return v, end, err
	}
	f, _ := strconv.ParseFloat(lit, 64)
	return vm.Float(f), end, nil
}

// number decodes -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?.
func (d *jsonDecoder) number(i int) (vm.Value, int, error) {
	s := d.s
	j := i
	if s[j] == '-' {
		j++
	}
	digits := func(k int) int {
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		return k
	}
	switch {
	case j < len(s) && s[j] == '0':
		j++
	case j < len(s) && s[j] >= '1' && s[j] <= '9':
		j = digits(j)
	default:
		return nil, 0, d.fail("Expecting value", i)
	}
	isFloat := false
	if j+1 < len(s) && s[j] == '.' && s[j+1] >= '0' && s[j+1] <= '9' {
		j, isFloat = digits(j+1), true
	}
	if j < len(s) && (s[j] == 'e' || s[j] == 'E') {
		k := j + 1
		if k < len(s) && (s[k] == '+' || s[k] == '-') {
			k++
		}
		if e := digits(k); e > k {
			j, isFloat = e, true
		}
	}
	text := s[i:j]
	hook := d.parseInt
	if isFloat {
		hook = d.parseFloat
	}
	if hook != nil {
		v, err := d.th.Call(hook, []vm.Value{vm.Str(text)}, nil)
		return v, j, err
	}
	if isFloat {
		f, err := pyfmt.ParseFloat(text)
		return vm.Float(f), j, vm.PyError(err)
	}
	if n, err := strconv.ParseInt(text, 10, 64); err == nil {
		return vm.MakeInt(n), j, nil
	}
	b, err := pyfmt.ParseInt(text, 10)
	if err != nil {
		return nil, 0, vm.PyError(err)
	}
	return vm.MakeBigInt(b), j, nil
}

// str decodes a string whose opening quote is just before i.
func (d *jsonDecoder) str(i int) (string, int, error) {
	s := d.s
	start := i - 1
	var b strings.Builder
	for {
		j := i
		for j < len(s) && s[j] != '"' && s[j] != '\\' && (s[j] >= 0x20 || !d.strict) {
			j++
		}
		if j >= len(s) {
			return "", 0, d.fail("Unterminated string starting at", start)
		}
		if s[j] == '"' && b.Len() == 0 {
			return s[i:j], j + 1, nil
		}
		b.WriteString(s[i:j])
		switch s[j] {
		case '"':
			return b.String(), j + 1, nil
		case '\\':
		default:
			return "", 0, d.fail("Invalid control character at", j)
		}
		if j+1 >= len(s) {
			return "", 0, d.fail("Unterminated string starting at", start)
		}
		esc := s[j+1]
		if r, ok := jsonEscapes[esc]; ok {
			b.WriteByte(r)
			i = j + 2
			continue
		}
		if esc != 'u' {
			return "", 0, d.fail("Invalid \\escape", j)
		}
		r, ok := hex4(s, j+2)
		if !ok {
			return "", 0, d.fail("Invalid \\uXXXX escape", j+1)
		}
		i = j + 6
		if utf16.IsSurrogate(r) {
			if r2, ok := hex4(s, i+2); ok && r < 0xDC00 && strings.HasPrefix(s[i:], "\\u") && r2 >= 0xDC00 && r2 <= 0xDFFF {
				r = utf16.DecodeRune(r, r2)
				i += 6
			} else {
				return "", 0, vm.Errorf(vm.NotImplementedError, "asyncscript does not support lone surrogates in strings")
			}
		}
		b.WriteRune(r)
	}
}

// hex4 reads four hex digits at s[i:].
func hex4(s string, i int) (rune, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	n, err := strconv.ParseUint(s[i:i+4], 16, 32)
	if err != nil || strings.ContainsAny(s[i:i+4], "+-_") {
		return 0, false
	}
	return rune(n), true
}

// object decodes the members of an object whose brace is just before i.
func (d *jsonDecoder) object(i int) (vm.Value, int, error) {
	start := len(d.pairs)
	i = d.skipSpace(i)
	if i < len(d.s) && d.s[i] == '}' {
		return d.finishObject(start, i+1)
	}
	for {
		if i >= len(d.s) || d.s[i] != '"' {
			return nil, 0, d.fail("Expecting property name enclosed in double quotes", i)
		}
		key, end, err := d.str(i + 1)
		if err != nil {
			return nil, 0, err
		}
		i = d.skipSpace(end)
		if i >= len(d.s) || d.s[i] != ':' {
			return nil, 0, d.fail("Expecting ':' delimiter", i)
		}
		v, end, err := d.value(d.skipSpace(i + 1))
		if err != nil {
			return nil, 0, err
		}
		d.pairs = append(d.pairs, [2]vm.Value{vm.Str(key), v})
		i = d.skipSpace(end)
		if i < len(d.s) && d.s[i] == '}' {
			return d.finishObject(start, i+1)
		}
		if i >= len(d.s) || d.s[i] != ',' {
			return nil, 0, d.fail("Expecting ',' delimiter", i)
		}
		i = d.skipSpace(i + 1)
	}
}

// finishObject builds the decoded object from the pairs stacked from start (which it pops): a
// dict, or what the hooks make of it.
func (d *jsonDecoder) finishObject(start, end int) (vm.Value, int, error) {
	pairs := d.pairs[start:]
	defer func() { d.pairs = d.pairs[:start] }()
	if d.pairsHook != nil {
		items := make([]vm.Value, len(pairs))
		for k, p := range pairs {
			items[k] = vm.Tuple{p[0], p[1]}
		}
		v, err := d.th.Call(d.pairsHook, []vm.Value{vm.NewList(items)}, nil)
		return v, end, err
	}
	obj := vm.NewDictSize(len(pairs))
	for _, p := range pairs {
		if err := obj.Set(d.th, p[0], p[1]); err != nil {
			return nil, 0, err
		}
	}
	if d.objectHook != nil {
		v, err := d.th.Call(d.objectHook, []vm.Value{obj}, nil)
		return v, end, err
	}
	return obj, end, nil
}

// array decodes the items of an array whose bracket is just before i.
func (d *jsonDecoder) array(i int) (vm.Value, int, error) {
	var items []vm.Value
	i = d.skipSpace(i)
	if i < len(d.s) && d.s[i] == ']' {
		return vm.NewList(items), i + 1, nil
	}
	for {
		v, end, err := d.value(i)
		if err != nil {
			return nil, 0, err
		}
		items = append(items, v)
		i = d.skipSpace(end)
		if i < len(d.s) && d.s[i] == ']' {
			return vm.NewList(items), i + 1, nil
		}
		if i >= len(d.s) || d.s[i] != ',' {
			return nil, 0, d.fail("Expecting ',' delimiter", i)
		}
		i = d.skipSpace(i + 1)
	}
}
