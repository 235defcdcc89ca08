package vm

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
)

// percentFormat implements printf-style `format % args` for str.
func percentFormat(th *Thread, format string, args Value) (Value, error) {
	var items []Value
	var mapping *Dict
	switch a := args.(type) {
	case Tuple:
		items = a
	case *Dict:
		mapping = a
		items = []Value{a}
	default:
		items = []Value{a}
	}
	next := 0
	take := func() (Value, error) {
		if next >= len(items) {
			return nil, Errorf(TypeError, "not enough arguments for format string")
		}
		next++
		return items[next-1], nil
	}
	// The result is built on the stack, then copied into a str that shares its box's
	// allocation (see newStrValue): short results cost one allocation.
	var room [256]byte
	b := room[:0]
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b = append(b, c)
			continue
		}
		i++
		if i >= len(format) {
			return nil, Errorf(ValueError, "incomplete format")
		}
		var arg Value
		if format[i] == '(' && mapping != nil {
			end := strings.IndexByte(format[i:], ')')
			if end < 0 {
				return nil, Errorf(ValueError, "incomplete format key")
			}
			key := format[i+1 : i+end]
			v, ok := mapping.GetStr(key)
			if !ok {
				return nil, NewException(KeyError, Str(key))
			}
			arg = v
			i += end + 1
		}
		// Flags, width and precision become a format spec.
		flagStart := i
		for i < len(format) && strings.IndexByte("-+ #0", format[i]) >= 0 {
			i++
		}
		flags := format[flagStart:i]
		// A width or precision of * takes its value from the arguments, before the value.
		widthPrec, leftAlign, next, err := percentWidthPrec(format, i, take)
		if err != nil {
			return nil, err
		}
		if leftAlign {
			flags += "-"
		}
		i = next
		if i >= len(format) {
			return nil, Errorf(ValueError, "incomplete format")
		}
		conv := format[i]
		if conv == '%' {
			b = append(b, '%')
			continue
		}
		if arg == nil {
			var err error
			if arg, err = take(); err != nil {
				return nil, err
			}
		}
		if flags == "" && widthPrec == "" {
			// The common plain %d of an int and %s of a str, without a detour through
			// format specs and intermediate strings.
			if n, ok := arg.(Int); ok && (conv == 'd' || conv == 'i') {
				b = strconv.AppendInt(b, int64(n), 10)
				continue
			}
			if s, ok := arg.(Str); ok && conv == 's' {
				b = append(b, s...)
				continue
			}
		}
		s, err := percentOne(th, conv, flags, widthPrec, arg)
		if err == errBadConversion {
			return nil, badConversion(format, i)
		}
		if err != nil {
			return nil, err
		}
		b = append(b, s...)
	}
	if mapping == nil && next < len(items) {
		return nil, Errorf(TypeError, "not all arguments converted during string formatting")
	}
	return strFromBytes(b), nil
}

// percentWidthPrec reads the width and precision of a conversion from format[i:]: their
// text, with each * replaced by the int it takes from the arguments; leftAlign reports a
// negative * width, which left-aligns as CPython's does. next is the index after them.
func percentWidthPrec(format string, i int, take func() (Value, error)) (widthPrec string, leftAlign bool, next int, err error) {
	var room [24]byte
	wp := room[:0]
	for part := 0; part < 2 && i < len(format); part++ {
		if part == 1 {
			if format[i] != '.' {
				break
			}
			wp = append(wp, '.')
			i++
		}
		if i < len(format) && format[i] == '*' {
			n, err := starArg(take)
			if err != nil {
				return "", false, i, err
			}
			if n < 0 && part == 0 {
				leftAlign = true
				n = -n
			}
			wp = strconv.AppendInt(wp, int64(max(n, 0)), 10)
			i++
			continue
		}
		for i < len(format) && format[i] >= '0' && format[i] <= '9' {
			wp = append(wp, format[i])
			i++
		}
	}
	return string(wp), leftAlign, i, nil
}

// starArg takes the argument of a * width or precision, which must be an int.
func starArg(take func() (Value, error)) (int, error) {
	v, err := take()
	if err != nil {
		return 0, err
	}
	n, ok := asInt64(v)
	if _, isBool := v.(Bool); !ok && !isBool || v.Type() == FloatClass {
		return 0, Errorf(TypeError, "* wants int")
	}
	return int(n), nil
}

func percentOne(th *Thread, conv byte, flags, widthPrec string, arg Value) (string, error) {
	align := ">"
	if strings.Contains(flags, "-") {
		align = "<"
	}
	sign := ""
	if strings.Contains(flags, "+") {
		sign = "+"
	} else if strings.Contains(flags, " ") {
		sign = " "
	}
	zero := strings.Contains(flags, "0") && align == ">"
	alt := strings.Contains(flags, "#")
	switch conv {
	case 's', 'r', 'a':
		var s string
		var err error
		if conv == 's' {
			s, err = ToStr(th, arg)
		} else {
			s, err = Repr(th, arg)
			if conv == 'a' {
				s = asciiEscape(s)
			}
		}
		if err != nil {
			return "", err
		}
		return Format(th, Str(s), align+widthPrec)
	case 'd', 'i', 'u', 'x', 'X', 'o', 'e', 'E', 'f', 'F', 'g', 'G', 'c':
		if conv == 'c' {
			if _, isStr := arg.(Str); !isStr {
				var err error
				if arg, err = indexIfAny(th, arg); err != nil {
					return "", err
				}
			}
			if n, ok := asInt64(arg); ok {
				arg = Str(string(rune(n)))
			}
			return Format(th, arg, align+widthPrec)
		}
		num := arg
		if f, isFloat := arg.(Float); isFloat && strings.IndexByte("dixXou", conv) >= 0 {
			if conv != 'd' && conv != 'i' && conv != 'u' {
				return "", Errorf(TypeError, "%%%c format: an integer is required, not float", conv)
			}
			n, err := floatToInt(float64(f))
			if err != nil {
				return "", err
			}
			num = n
		}
		if !isInt(num) && !isFloat(num) {
			var err error
			if num, err = percentNumber(th, conv, num); err != nil {
				return "", err
			}
		}
		if !isInt(num) && !isFloat(num) {
			kind := "a real number is required"
			if conv != 'd' && conv != 'i' && conv != 'u' {
				kind = "an integer is required"
			}
			return "", Errorf(TypeError, "%%%c format: %s, not %s", conv, kind, TypeName(arg))
		}
		if b, ok := num.(Bool); ok {
			num = MakeInt(map[Bool]int64{true: 1, false: 0}[b])
		}
		t := string(conv)
		if conv == 'i' || conv == 'u' {
			t = "d"
		}
		if w, prec, ok := strings.Cut(widthPrec, "."); ok && isInt(num) && strings.IndexByte("dxXo", t[0]) >= 0 {
			return percentIntPrecision(th, num, t, sign, align, zero, alt, w, prec)
		}
		spec := align + sign
		if zero {
			spec = sign + "0"
		}
		if alt {
			spec += "#"
		}
		return Format(th, num, spec+widthPrec+t)
	}
	return "", errBadConversion
}

// errBadConversion is percentOne's report of a conversion character it does not know;
// percentFormat, which knows where it is, turns it into CPython's ValueError.
var errBadConversion = errors.New("unsupported format character")

// badConversion is CPython's error for the unknown conversion character at byte offset i of
// format: it shows the character when it is printable ASCII, and its index in code points.
func badConversion(format string, i int) error {
	r, _ := utf8.DecodeRuneInString(format[i:])
	shown := r
	if r < 32 || r > 126 {
		shown = '?'
	}
	return Errorf(ValueError, "unsupported format character '%c' (0x%x) at index %d", shown, r, utf8.RuneCountInString(format[:i]))
}

// percentIntPrecision formats an int conversion with a precision, which format specs do not
// have for ints: the precision is the least number of digits, as in C's printf.
func percentIntPrecision(th *Thread, num Value, t, sign, align string, zero, alt bool, width, prec string) (string, error) {
	n := toBig(num)
	neg := n.Sign() < 0
	digits, err := Format(th, MakeBigInt(n.Abs(n)), t)
	if err != nil {
		return "", err
	}
	p, _ := strconv.Atoi(prec)
	d := digits
	if len(d) < p {
		d = strings.Repeat("0", p-len(d)) + d
	}
	head := sign
	if neg {
		head = "-"
	}
	if alt && t != "d" {
		head += "0" + t
	}
	w, _ := strconv.Atoi(width)
	switch pad := w - len(head) - len(d); {
	case pad <= 0:
	case align == "<":
		d += strings.Repeat(" ", pad)
	case zero:
		d = strings.Repeat("0", pad) + d
	default:
		head = strings.Repeat(" ", pad) + head
	}
	return head + d, nil
}

// percentNumber converts an object for a numeric % conversion as CPython does: %d takes
// what int() takes (__int__, else __index__), %x and %o only __index__, and the float
// conversions what float() takes (__float__, else __index__). An object with none of
// these is returned as it is for the caller's error, except by the float conversions,
// which word their own.
func percentNumber(th *Thread, conv byte, num Value) (Value, error) {
	hooks := []string{"__int__", "__index__"}
	switch conv {
	case 'x', 'X', 'o':
		hooks = hooks[1:]
	case 'e', 'E', 'f', 'F', 'g', 'G':
		_, hasFloat := num.Type().userMethod("__float__")
		_, hasIndex := num.Type().userMethod("__index__")
		if !hasFloat && !hasIndex {
			return nil, Errorf(TypeError, "must be real number, not %s", TypeName(num))
		}
		return constructFloat(th, []Value{num}, nil)
	}
	for _, name := range hooks {
		if m, ok := num.Type().userMethod(name); ok {
			return th.Call(m, []Value{num}, nil)
		}
	}
	return num, nil
}
