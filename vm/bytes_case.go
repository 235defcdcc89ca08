package vm

// The bytes and bytearray methods that look at ASCII letters, digits and spaces only, as
// CPython's bytes_methods.c does: bytes >= 0x80 are neither letters nor spaces.
var bytesCaseMethods = []MethodDef{
	{Name: "upper", Style: NoArgs, Fn: bytesMapper(asciiUpper)},
	{Name: "lower", Style: NoArgs, Fn: bytesMapper(asciiLower)},
	{Name: "swapcase", Style: NoArgs, Fn: bytesMapper(func(c byte, _ bool) byte {
		if isASCIILower(c) {
			return asciiUpper(c, false)
		}
		return asciiLower(c, false)
	})},
	{Name: "capitalize", Style: NoArgs, Fn: bytesMapper(func(c byte, first bool) byte {
		if first {
			return asciiUpper(c, false)
		}
		return asciiLower(c, false)
	})},
	{Name: "title", Style: NoArgs, Fn: bytesTitle},
	{Name: "isalnum", Style: NoArgs, Fn: bytesAll(func(c byte) bool { return isASCIIAlpha(c) || isASCIIDigit(c) })},
	{Name: "isalpha", Style: NoArgs, Fn: bytesAll(isASCIIAlpha)},
	{Name: "isdigit", Style: NoArgs, Fn: bytesAll(isASCIIDigit)},
	{Name: "isspace", Style: NoArgs, Fn: bytesAll(func(c byte) bool { return c == ' ' || (c >= '\t' && c <= '\r') })},
	{Name: "isascii", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
		return Bool(isASCII(selfText(self))), nil
	}},
	{Name: "istitle", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
		ascii := func(test func(byte) bool) func(rune) bool {
			return func(r rune) bool { return r < 0x80 && test(byte(r)) }
		}
		return Bool(isTitled(selfText(self), ascii(isASCIIUpper), ascii(isASCIILower))), nil
	}},
	{Name: "expandtabs", Style: ClinicArgs, Max: 1, Kw: []string{"tabsize"}, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		r, err := expandTabs(th, selfText(self), a[0], func(string, int) int { return 1 })
		return sameKind(self, r), err
	}},
	{Name: "islower", Style: NoArgs, Fn: bytesCased(isASCIILower, isASCIIUpper)},
	{Name: "isupper", Style: NoArgs, Fn: bytesCased(isASCIIUpper, isASCIILower)},
	{Name: "center", Style: PosArgs, Min: 1, Max: 2, Fn: padder(bytesPadKind("center"), centerLeft)},
	{Name: "ljust", Style: PosArgs, Min: 1, Max: 2, Fn: padder(bytesPadKind("ljust"), ljustLeft)},
	{Name: "rjust", Style: PosArgs, Min: 1, Max: 2, Fn: padder(bytesPadKind("rjust"), rjustLeft)},
	{Name: "zfill", Style: OneArg, Min: 1, Max: 1, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		width, err := IndexArg(th, a[0])
		if err != nil {
			return nil, err
		}
		s := selfText(self)
		r, err := zeroFilled(s, max(width-len(s), 0))
		return sameKind(self, r), err
	}},
}

func isASCIILower(c byte) bool { return c >= 'a' && c <= 'z' }
func isASCIIUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isASCIIAlpha(c byte) bool { return isASCIILower(c) || isASCIIUpper(c) }
func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// asciiUpper and asciiLower change the case of an ASCII letter; the flag (the first byte,
// for capitalize) is unused.
func asciiUpper(c byte, _ bool) byte {
	if isASCIILower(c) {
		return c - 'a' + 'A'
	}
	return c
}

func asciiLower(c byte, _ bool) byte {
	if isASCIIUpper(c) {
		return c - 'A' + 'a'
	}
	return c
}

// bytesMapper makes the methods that map each byte, given whether it is the first.
func bytesMapper(f func(c byte, first bool) byte) MethodFunc {
	return func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
		s := selfText(self)
		out := make([]byte, len(s))
		for i := range out {
			out[i] = f(s[i], i == 0)
		}
		return sameKind(self, string(out)), nil
	}
}

// bytesTitle is title(): a letter after a letter is lower case, any other letter upper case.
func bytesTitle(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
	s := selfText(self)
	out := make([]byte, len(s))
	prevCased := false
	for i := range out {
		c := s[i]
		if prevCased {
			out[i] = asciiLower(c, false)
		} else {
			out[i] = asciiUpper(c, false)
		}
		prevCased = isASCIIAlpha(c)
	}
	return sameKind(self, string(out)), nil
}

// bytesAll makes the is* predicates true when the receiver is not empty and every byte passes.
func bytesAll(test func(byte) bool) MethodFunc {
	return func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
		s := selfText(self)
		for i := 0; i < len(s); i++ {
			if !test(s[i]) {
				return False, nil
			}
		}
		return Bool(s != ""), nil
	}
}

// bytesCased makes islower and isupper: some byte is in the case, none in the other case.
func bytesCased(in, other func(byte) bool) MethodFunc {
	return func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
		s := selfText(self)
		found := false
		for i := 0; i < len(s); i++ {
			if other(s[i]) {
				return False, nil
			}
			found = found || in(s[i])
		}
		return Bool(found), nil
	}
}

// bytesPadKind makes center, ljust and rjust of bytes and bytearray, whose fill is one byte;
// name is the method's, for the fill's error.
func bytesPadKind(name string) padKind {
	return padKind{
		text:  selfText,
		width: func(s string) int { return len(s) },
		fill: func(v Value) (string, error) {
			f, ok := bytesText(v)
			if !ok || len(f) != 1 {
				return "", Errorf(TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, TypeName(v))
			}
			return f, nil
		},
		make: sameKind,
	}
}
