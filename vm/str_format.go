package vm

import (
	"strings"
	"unicode/utf8"
)

// autoNumber tracks str.format's automatic field numbering ({} {}) across a format string
// and its nested specs, since mixing it with explicit numbers ({0}) is an error.
type autoNumber struct {
	state int // 0 unset, 1 automatic, 2 manual
	next  int
}

// formatString implements str.format and format_map: args are the positional arguments (nil
// for format_map), mapping holds the named ones (nil when there are none). depth limits the
// nesting of replacement fields inside format specs, as CPython does.
func formatString(th *Thread, format string, args []Value, mapping Value, auto *autoNumber, depth int) (string, error) {
	if depth <= 0 {
		return "", Errorf(ValueError, "Max string recursion exceeded")
	}
	var b strings.Builder
	s := format
	for s != "" {
		i := strings.IndexAny(s, "{}")
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		c := s[i]
		s = s[i+1:]
		if s != "" && s[0] == c {
			b.WriteByte(c)
			s = s[1:]
			continue
		}
		if c == '}' {
			return "", Errorf(ValueError, "Single '}' encountered in format string")
		}
		if s == "" {
			return "", Errorf(ValueError, "Single '{' encountered in format string")
		}
		f, rest, err := parseFormatField(s)
		if err != nil {
			return "", err
		}
		s = rest
		out, err := renderFormatField(th, f, args, mapping, auto, depth)
		if err != nil {
			return "", err
		}
		b.WriteString(out)
	}
	return b.String(), nil
}

// formatField is one parsed replacement field: {name!conv:spec}.
type formatField struct {
	name, spec string
	conv       rune
	// nested says the spec contains replacement fields of its own.
	nested bool
}

// parseFormatField parses a replacement field after its '{', returning the text after its '}'.
func parseFormatField(s string) (f formatField, rest string, err error) {
	i := 0
	for i < len(s) && s[i] != '}' && s[i] != ':' && s[i] != '!' {
		switch s[i] {
		case '{':
			return f, "", Errorf(ValueError, "unexpected '{' in field name")
		case '[':
			if j := strings.IndexByte(s[i:], ']'); j >= 0 {
				i += j
			} else {
				i = len(s) - 1
			}
		}
		i++
	}
	if i >= len(s) {
		return f, "", Errorf(ValueError, "expected '}' before end of string")
	}
	f.name = s[:i]
	if s[i] == '}' {
		return f, s[i+1:], nil
	}
	if s[i] == '!' {
		i++
		if i >= len(s) {
			return f, "", Errorf(ValueError, "end of string while looking for conversion specifier")
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		f.conv = r
		i += size
		if i < len(s) {
			i++
			if s[i-1] == '}' {
				return f, s[i:], nil
			}
			if s[i-1] != ':' {
				return f, "", Errorf(ValueError, "expected ':' after conversion specifier")
			}
		}
	} else {
		i++
	}
	count := 1
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '{':
			f.nested = true
			count++
		case '}':
			count--
			if count == 0 {
				f.spec = s[i:j]
				return f, s[j+1:], nil
			}
		}
	}
	return f, "", Errorf(ValueError, "unmatched '{' in format spec")
}

// formatFieldIndex parses a field name part made only of digits, or returns -1.
func formatFieldIndex(s string) (int, error) {
	if s == "" {
		return -1, nil
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return -1, nil
		}
		if n > (1<<62)/10 {
			return 0, Errorf(ValueError, "Too many decimal digits in format string")
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, nil
}

// renderFormatField looks up a field's object, converts and formats it.
func renderFormatField(th *Thread, f formatField, args []Value, mapping Value, auto *autoNumber, depth int) (string, error) {
	obj, err := formatFieldObject(th, f.name, args, mapping, auto)
	if err != nil {
		return "", err
	}
	switch f.conv {
	case 0:
	case 'r', 's', 'a':
		var s string
		if f.conv == 's' {
			s, err = ToStr(th, obj)
		} else {
			s, err = Repr(th, obj)
		}
		if f.conv == 'a' {
			s = asciiEscape(s)
		}
		obj = Str(s)
	default:
		if f.conv > 32 && f.conv < 127 {
			return "", Errorf(ValueError, "Unknown conversion specifier %c", f.conv)
		}
		return "", Errorf(ValueError, "Unknown conversion specifier \\x%x", f.conv)
	}
	if err != nil {
		return "", err
	}
	spec := f.spec
	if f.nested {
		if spec, err = formatString(th, spec, args, mapping, auto, depth-1); err != nil {
			return "", err
		}
	}
	return Format(th, obj, spec)
}

// formatFieldObject resolves a field name: an argument (by number, automatic number or
// keyword) followed by .attribute and [index] lookups.
func formatFieldObject(th *Thread, name string, args []Value, mapping Value, auto *autoNumber) (Value, error) {
	end := strings.IndexAny(name, ".[")
	if end < 0 {
		end = len(name)
	}
	first, rest := name[:end], name[end:]
	idx, err := formatFieldIndex(first)
	if err != nil {
		return nil, err
	}
	if first == "" || idx >= 0 {
		want := 2
		if first == "" {
			want = 1
		}
		if auto.state == 0 {
			auto.state = want
		}
		switch {
		case auto.state == 2 && want == 1:
			return nil, Errorf(ValueError, "cannot switch from manual field specification to automatic field numbering")
		case auto.state == 1 && want == 2:
			return nil, Errorf(ValueError, "cannot switch from automatic field numbering to manual field specification")
		}
		if first == "" {
			idx = auto.next
			auto.next++
		}
	}
	var obj Value
	switch {
	case idx < 0 && mapping == nil:
		return nil, NewException(KeyError, Str(first))
	case idx < 0:
		if obj, err = GetItem(th, mapping, Str(first)); err != nil {
			return nil, err
		}
	case args == nil:
		return nil, Errorf(ValueError, "Format string contains positional fields")
	case idx >= len(args):
		return nil, Errorf(IndexError, "Replacement index %d out of range for positional args tuple", idx)
	default:
		obj = args[idx]
	}
	for rest != "" {
		var part string
		isAttr := rest[0] == '.'
		switch rest[0] {
		case '.':
			rest = rest[1:]
			n := strings.IndexAny(rest, ".[")
			if n < 0 {
				n = len(rest)
			}
			part, rest = rest[:n], rest[n:]
		case '[':
			n := strings.IndexByte(rest, ']')
			if n < 0 {
				return nil, Errorf(ValueError, "Missing ']' in format string")
			}
			part, rest = rest[1:n], rest[n+1:]
		default:
			return nil, Errorf(ValueError, "Only '.' or '[' may follow ']' in format field specifier")
		}
		if part == "" {
			return nil, Errorf(ValueError, "Empty attribute in format string")
		}
		if isAttr {
			obj, err = GetAttr(th, obj, part)
		} else {
			var key Value = Str(part)
			n, ierr := formatFieldIndex(part)
			if ierr != nil {
				return nil, ierr
			}
			if n >= 0 {
				key = MakeInt(int64(n))
			}
			obj, err = GetItem(th, obj, key)
		}
		if err != nil {
			return nil, err
		}
	}
	return obj, nil
}
