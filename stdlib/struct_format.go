package stdlib

import (
	"encoding/binary"

	"github.com/asyncscript/asyncscript/vm"
)

// structErrorKey holds each interpreter's struct.error.
var structErrorKey = moduleErrorKey("struct", "error", vm.ExceptionType)

// structError is struct.error with CPython's message.
func structError(th *vm.Thread, format string, args ...any) error {
	return vm.Errorf(structErrorKey.Get(th.Interp()), format, args...)
}

// structCode describes one format character in one mode (native or standard).
type structCode struct {
	char  byte
	size  int
	align int // 1 in the standard modes
}

// structItem is a format character with its repeat count.
type structItem struct {
	structCode
	count int
}

// structLayout is a parsed format: its byte order, items and total size.
type structLayout struct {
	order  binary.ByteOrder
	native bool
	items  []structItem
	size   int
	// values is how many values pack takes and unpack returns.
	values int
}

// nativeSizes and standardSizes are the sizes of the format characters on 64-bit Linux
// (native, '@') and in the standard modes ('=', '<', '>', '!'), where n, N and P do not exist.
var (
	nativeSizes = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4,
		'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1,
		'p': 1, 'P': 8}
	standardSizes = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4,
		'I': 4, 'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
)

// parseStructFormat parses a format given as str or bytes, with CPython's errors.
func parseStructFormat(th *vm.Thread, v vm.Value) (*structLayout, error) {
	var format string
	switch f := v.(type) {
	case vm.Str:
		format = string(f)
	case vm.Bytes:
		format = string(f)
	default:
		return nil, vm.Errorf(vm.TypeError, "Struct() argument 1 must be a str or bytes object, not %s", vm.TypeName(v))
	}
	l := &structLayout{order: binary.LittleEndian, native: true}
	if format != "" {
		switch format[0] {
		case '@':
			format = format[1:]
		case '=', '<':
			l.native, format = false, format[1:]
		case '>', '!':
			l.native, l.order, format = false, binary.BigEndian, format[1:]
		}
	}
	sizes := nativeSizes
	if !l.native {
		sizes = standardSizes
	}
	for i := 0; i < len(format); {
		c := format[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			i++
			continue
		}
		count := 1
		if c >= '0' && c <= '9' {
			count = 0
			for ; i < len(format) && format[i] >= '0' && format[i] <= '9'; i++ {
				count = count*10 + int(format[i]-'0')
				if count > 1<<40 {
					return nil, structError(th, "total struct size too long")
				}
			}
			if i == len(format) {
				return nil, structError(th, "repeat count given without format specifier")
			}
			c = format[i]
		}
		i++
		size, ok := sizes[c]
		if !ok {
			return nil, structError(th, "bad char in struct format")
		}
		code := structCode{char: c, size: size, align: 1}
		if l.native {
			code.align = size
		}
		l.size = (l.size + code.align - 1) / code.align * code.align
		switch c {
		case 's', 'p':
			l.size += count
			l.values++
		case 'x':
			l.size += count
		default:
			l.size += count * size
			l.values += count
		}
		l.items = append(l.items, structItem{code, count})
	}
	return l, nil
}

// walk visits the layout's fields at their offsets: each 's' or 'p' item once, with its
// count as its size, and each value of the other codes once; pad bytes are skipped.
func (l *structLayout) walk(visit func(c structCode, size, off int) error) error {
	off := 0
	for _, it := range l.items {
		off = (off + it.align - 1) / it.align * it.align
		switch it.char {
		case 'x':
			off += it.count
		case 's', 'p':
			if err := visit(it.structCode, it.count, off); err != nil {
				return err
			}
			off += it.count
		default:
			for i := 0; i < it.count; i++ {
				if err := visit(it.structCode, it.size, off); err != nil {
					return err
				}
				off += it.size
			}
		}
	}
	return nil
}
