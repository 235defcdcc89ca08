package stdlib

import (
	"math"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/asyncscript/asyncscript/vm"
	"github.com/asyncscript/asyncscript/vm/pyfmt"
)

// jsonEncoder is one json.dumps call: its options and the output so far.
type jsonEncoder struct {
	th                    *vm.Thread
	out                   strings.Builder
	indent                vm.Value // None, or the str repeated per level
	itemSep, keySep       string
	sortKeys, ensureASCII bool
	skipKeys, allowNaN    bool
	checkCircular         bool
	defaultFn             vm.Value
	inProgress            map[uintptr]bool
	depth                 int
}

const jsonHex = "0123456789abcdef"

// writeString writes s as a JSON string literal.
func (e *jsonEncoder) writeString(s string) {
	b := &e.out
	b.WriteByte('"')
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		at := i
		i += size
		if r >= 0x20 && r != '"' && r != '\\' && (r < 0x7f || !e.ensureASCII) {
			continue
		}
		b.WriteString(s[start:at])
		start = i
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			if r > 0xFFFF {
				r1, r2 := utf16.EncodeRune(r)
				writeU(b, r1)
				writeU(b, r2)
			} else {
				writeU(b, r)
			}
		}
	}
	b.WriteString(s[start:])
	b.WriteByte('"')
}

// writeU writes the \uXXXX escape of a UTF-16 unit.
func writeU(b *strings.Builder, r rune) {
	b.WriteString(`\u`)
	for shift := 12; shift >= 0; shift -= 4 {
		b.WriteByte(jsonHex[(r>>shift)&0xF])
	}
}

// floatText is a float as JSON (and Python's float repr), or an error when it is not finite
// and allow_nan is off.
func (e *jsonEncoder) floatText(f float64) (string, error) {
	var text string
	switch {
	case math.IsNaN(f):
		text = "NaN"
	case math.IsInf(f, 1):
		text = "Infinity"
	case math.IsInf(f, -1):
		text = "-Infinity"
	default:
		return pyfmt.FloatRepr(f), nil
	}
	if e.allowNaN {
		return text, nil
	}
	if !vm.IsNone(e.indent) {
		// CPython encodes with indent in Python (json.encoder), whose message names the value.
		return "", vm.Errorf(vm.ValueError, "Out of range float values are not JSON compliant: %s", pyfmt.FloatRepr(f))
	}
	return "", vm.Errorf(vm.ValueError, "Out of range float values are not JSON compliant")
}

// encode writes v at the given nesting level. An instance of a subclass of a built-in type
// (a Counter, a namedtuple, an IntEnum member) is written as the built-in value it holds,
// as CPython's encoder does.
func (e *jsonEncoder) encode(v vm.Value, level int) error {
	switch x := vm.BuiltinValue(v).(type) {
	case vm.Str:
		e.writeString(string(x))
		return nil
	case vm.NoneType:
		e.out.WriteString("null")
		return nil
	case vm.Bool:
		if x {
			e.out.WriteString("true")
		} else {
			e.out.WriteString("false")
		}
		return nil
	case vm.Int, *vm.BigInt:
		s, err := vm.Repr(e.th, x)
		e.out.WriteString(s)
		return err
	case vm.Float:
		s, err := e.floatText(float64(x))
		e.out.WriteString(s)
		return err
	case *vm.List:
		return e.container(v, level, func() error { return e.array(x.Items(), level) })
	case vm.Tuple:
		return e.container(v, level, func() error { return e.array(x, level) })
	case *vm.Dict:
		return e.container(v, level, func() error { return e.object(x, level) })
	}
	if e.defaultFn == nil || vm.IsNone(e.defaultFn) {
		return vm.Errorf(vm.TypeError, "Object of type %s is not JSON serializable", vm.TypeName(v))
	}
	return e.container(v, level, func() error {
		r, err := e.th.Call(e.defaultFn, []vm.Value{v}, nil)
		if err != nil {
			return err
		}
		return e.encode(r, level)
	})
}

// container runs body for a list, dict or defaulted object, detecting cycles and bounding
// the depth.
func (e *jsonEncoder) container(v vm.Value, level int, body func() error) error {
	if e.depth++; e.depth > maxJSONDepth {
		return vm.Errorf(vm.RecursionError, "maximum recursion depth exceeded while encoding a JSON object")
	}
	defer func() { e.depth-- }()
	if e.checkCircular {
		id := vm.ID(v)
		if e.inProgress[id] {
			return vm.Errorf(vm.ValueError, "Circular reference detected")
		}
		e.inProgress[id] = true
		defer delete(e.inProgress, id)
	}
	return body()
}

// newline starts a line at the given level when indenting.
func (e *jsonEncoder) newline(level int) {
	if ind, ok := e.indent.(vm.Str); ok {
		e.out.WriteByte('\n')
		for i := 0; i < level; i++ {
			e.out.WriteString(string(ind))
		}
	}
}

func (e *jsonEncoder) array(items []vm.Value, level int) error {
	if len(items) == 0 {
		e.out.WriteString("[]")
		return nil
	}
	e.out.WriteByte('[')
	for i, it := range items {
		if i > 0 {
			e.out.WriteString(e.itemSep)
		}
		e.newline(level + 1)
		if err := e.encode(it, level+1); err != nil {
			return err
		}
	}
	e.newline(level)
	e.out.WriteByte(']')
	return nil
}

// keyText converts a dict key to its JSON string, or reports ok false for a key skipkeys
// drops. A key of a subclass of str, int or float (an IntEnum member) is written as the
// built-in value it holds, as CPython does.
func (e *jsonEncoder) keyText(k vm.Value) (string, bool, error) {
	switch x := vm.BuiltinValue(k).(type) {
	case vm.Str:
		return string(x), true, nil
	case vm.Float:
		s, err := e.floatText(float64(x))
		return s, true, err
	case vm.Bool:
		if x {
			return "true", true, nil
		}
		return "false", true, nil
	case vm.NoneType:
		return "null", true, nil
	case vm.Int, *vm.BigInt:
		s, err := vm.Repr(e.th, x)
		return s, true, err
	}
	if e.skipKeys {
		return "", false, nil
	}
	return "", false, vm.Errorf(vm.TypeError, "keys must be str, int, float, bool or None, not %s", vm.TypeName(k))
}

func (e *jsonEncoder) object(d *vm.Dict, level int) error {
	if d.Len() == 0 {
		e.out.WriteString("{}")
		return nil
	}
	keys := d.Keys()
	if e.sortKeys {
		var err error
		if keys, err = vm.SortValues(e.th, keys, nil, false); err != nil {
			return err
		}
	}
	e.out.WriteByte('{')
	first := true
	for _, k := range keys {
		text, ok, err := e.keyText(k)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if !first {
			e.out.WriteString(e.itemSep)
		}
		first = false
		e.newline(level + 1)
		e.writeString(text)
		e.out.WriteString(e.keySep)
		v, _, err := d.Get(e.th, k)
		if err != nil {
			return err
		}
		if err := e.encode(v, level+1); err != nil {
			return err
		}
	}
	e.newline(level)
	e.out.WriteByte('}')
	return nil
}
