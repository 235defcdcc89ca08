package vm

import "strings"

// subArg is the sub argument of the bytes search methods: bytes-like, or an int naming one
// byte.
func subArg(th *Thread, v Value) (string, error) {
	if s, ok := bytesText(v); ok {
		return s, nil
	}
	if !isInt(unwrap(v)) {
		return "", Errorf(TypeError, "argument should be integer or bytes-like object, not '%s'", TypeName(v))
	}
	c, err := byteValue(th, v)
	return string([]byte{c}), err
}

// bytesWindow is the receiver cut to the optional start and end arguments, and where the
// cut begins; ok is false when the window lies outside the receiver.
func bytesWindow(self Value, startV, endV Value) (s string, start int, ok bool, err error) {
	s = selfText(self)
	start, err = sliceBound(startV, 0, true)
	if err != nil {
		return "", 0, false, err
	}
	end, err := sliceBound(endV, len(s), true)
	if err != nil {
		return "", 0, false, err
	}
	start, end = adjustIndices(start, end, len(s))
	if start > len(s) || start > end {
		return "", start, false, nil
	}
	return s[start:end], start, true, nil
}

// bytesFinder makes find and rfind (notFound empty: -1 when missing) and index and rindex
// (a ValueError notFound when missing).
func bytesFinder(search func(s, sub string) int, notFound string) MethodFunc {
	return func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		sub, err := subArg(th, a[0])
		if err != nil {
			return nil, err
		}
		s, start, ok, err := bytesWindow(self, a[1], a[2])
		if err != nil {
			return nil, err
		}
		i := -1
		if ok {
			i = search(s, sub)
		}
		if i < 0 {
			if notFound != "" {
				return nil, Errorf(ValueError, "%s", notFound)
			}
			return MakeInt(-1), nil
		}
		return MakeInt(int64(start + i)), nil
	}
}

func bytesCount(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	sub, err := subArg(th, a[0])
	if err != nil {
		return nil, err
	}
	s, _, ok, err := bytesWindow(self, a[1], a[2])
	if err != nil || !ok {
		return MakeInt(0), err
	}
	return MakeInt(int64(strings.Count(s, sub))), nil
}

// bytesPartition makes partition and rpartition.
func bytesPartition(fromRight bool) MethodFunc {
	return func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		sep, err := bytesArg(a[0])
		if err != nil {
			return nil, err
		}
		head, mid, tail, err := partitionText(selfText(self), sep, fromRight)
		if err != nil {
			return nil, err
		}
		// bytes hands back the separator object itself, as CPython's does.
		midV := sameKind(self, mid)
		if _, ok := self.(*ByteArray); !ok && mid != "" {
			midV = a[0]
		}
		return Tuple{sameKind(self, head), midV, sameKind(self, tail)}, nil
	}
}

// bytesSplitter makes split and rsplit(sep=None, maxsplit=-1).
func bytesSplitter(fromRight bool) MethodFunc {
	return func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		limit, err := OptIndex(th, a[1], -1)
		if err != nil {
			return nil, err
		}
		s := selfText(self)
		var parts []string
		if a[0] == nil || IsNone(a[0]) {
			parts = splitSpace(s, limit, fromRight)
		} else {
			sep, err := bytesArg(a[0])
			if err != nil {
				return nil, err
			}
			if sep == "" {
				return nil, Errorf(ValueError, "empty separator")
			}
			parts = splitSep(s, sep, limit, fromRight)
		}
		items := make([]Value, len(parts))
		for i, p := range parts {
			items[i] = sameKind(self, p)
		}
		return NewList(items), nil
	}
}

// splitSep splits s at sep at most limit times (no limit when negative), from the right
// when fromRight.
func splitSep(s, sep string, limit int, fromRight bool) []string {
	if limit < 0 {
		return strings.Split(s, sep)
	}
	if !fromRight {
		return strings.SplitN(s, sep, limit+1)
	}
	var rev []string
	for ; limit > 0; limit-- {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		rev = append(rev, s[i+len(sep):])
		s = s[:i]
	}
	return reversedWith(s, rev)
}

// splitSpace splits s at runs of ASCII whitespace at most limit times, dropping the
// whitespace at the ends split from.
func splitSpace(s string, limit int, fromRight bool) []string {
	isSpace := func(c byte) bool { return strings.IndexByte(asciiSpace, c) >= 0 }
	var out []string
	if !fromRight {
		for i := 0; ; {
			for i < len(s) && isSpace(s[i]) {
				i++
			}
			if i == len(s) {
				return out
			}
			if limit == 0 {
				return append(out, s[i:])
			}
			j := i
			for j < len(s) && !isSpace(s[j]) {
				j++
			}
			out = append(out, s[i:j])
			i, limit = j, limit-1
		}
	}
	for j := len(s); ; {
		for j > 0 && isSpace(s[j-1]) {
			j--
		}
		if j == 0 {
			return reversedWith("", out)[1:]
		}
		if limit == 0 {
			return reversedWith(s[:j], out)
		}
		i := j
		for i > 0 && !isSpace(s[i-1]) {
			i--
		}
		out = append(out, s[i:j])
		j, limit = i, limit-1
	}
}

// reversedWith is first followed by rev in reverse order: the parts rsplit gathered from
// the right.
func reversedWith(first string, rev []string) []string {
	out := make([]string, 0, len(rev)+1)
	out = append(out, first)
	for i := len(rev) - 1; i >= 0; i-- {
		out = append(out, rev[i])
	}
	return out
}

// bytesSplitlines is splitlines(keepends=False): lines end at \n, \r or \r\n.
func bytesSplitlines(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	keep, err := flagArg(th, a[0])
	if err != nil {
		return nil, err
	}
	s := selfText(self)
	var items []Value
	for len(s) > 0 {
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			items = append(items, sameKind(self, s))
			break
		}
		end := i + 1
		if s[i] == '\r' && end < len(s) && s[end] == '\n' {
			end++
		}
		line := s[:i]
		if keep {
			line = s[:end]
		}
		items = append(items, sameKind(self, line))
		s = s[end:]
	}
	return NewList(items), nil
}
