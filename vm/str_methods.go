package vm

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func init() {
	StrClass.DefineMethods([]MethodDef{
		{Name: "format", Style: VarKwArgs, Fn: func(th *Thread, self Value, a []Value, kw *Dict) (Value, error) {
			var mapping Value
			if kw != nil {
				mapping = kw
			}
			if a == nil {
				a = []Value{} // non-nil: format has positional arguments, even if none were passed
			}
			s, err := formatString(th, string(self.(Str)), a, mapping, &autoNumber{}, 2)
			return Str(s), err
		}},
		{Name: "format_map", Style: OneArg, Min: 1, Max: 1, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			s, err := formatString(th, string(self.(Str)), nil, a[0], &autoNumber{}, 2)
			return Str(s), err
		}},
		{Name: "join", Style: OneArg, Min: 1, Max: 1, Fn: strJoin},
		{Name: "split", Style: TupleArgs, Max: 2, Kw: []string{"sep", "maxsplit"}, Fn: strSplitMethod(false)},
		{Name: "rsplit", Style: TupleArgs, Max: 2, Kw: []string{"sep", "maxsplit"}, Fn: strSplitMethod(true)},
		{Name: "splitlines", Style: TupleArgs, Max: 1, Kw: []string{"keepends"}, Fn: strSplitlines},
		{Name: "strip", Style: PosArgs, Max: 1, Fn: strStripMethod("strip", true, true)},
		{Name: "lstrip", Style: PosArgs, Max: 1, Fn: strStripMethod("lstrip", true, false)},
		{Name: "rstrip", Style: PosArgs, Max: 1, Fn: strStripMethod("rstrip", false, true)},
		{Name: "upper", Style: NoArgs, Fn: strCaseMethod(true)},
		{Name: "lower", Style: NoArgs, Fn: strCaseMethod(false)},
		{Name: "casefold", Style: NoArgs, Fn: strMapper(strCasefold)},
		{Name: "swapcase", Style: NoArgs, Fn: strMapper(strSwapcase)},
		{Name: "title", Style: NoArgs, Fn: strMapper(strTitle)},
		{Name: "capitalize", Style: NoArgs, Fn: strMapper(strCapitalize)},
		{Name: "startswith", Style: TupleArgs, Min: 1, Max: 3, Fn: affixMatch(strAffixKind, "startswith", strings.HasPrefix)},
		{Name: "endswith", Style: TupleArgs, Min: 1, Max: 3, Fn: affixMatch(strAffixKind, "endswith", strings.HasSuffix)},
		{Name: "replace", Style: PosArgs, Min: 2, Max: 3, Fn: strReplace},
		{Name: "find", Style: TupleArgs, Min: 1, Max: 3, Fn: strFinder(false, false)},
		{Name: "rfind", Style: TupleArgs, Min: 1, Max: 3, Fn: strFinder(true, false)},
		{Name: "index", Style: TupleArgs, Min: 1, Max: 3, Fn: strFinder(false, true)},
		{Name: "rindex", Style: TupleArgs, Min: 1, Max: 3, Fn: strFinder(true, true)},
		{Name: "count", Style: TupleArgs, Min: 1, Max: 3, Fn: strCount},
		{Name: "isdigit", Style: NoArgs, Fn: strAll(isPyDigit)},
		{Name: "isdecimal", Style: NoArgs, Fn: strAll(unicode.IsDigit)},
		{Name: "isnumeric", Style: NoArgs, Fn: strAll(isPyNumeric)},
		{Name: "isalpha", Style: NoArgs, Fn: strAll(unicode.IsLetter)},
		{Name: "isalnum", Style: NoArgs, Fn: strAll(func(r rune) bool { return unicode.IsLetter(r) || isPyNumeric(r) })},
		{Name: "isspace", Style: NoArgs, Fn: strAll(isPySpace)},
		{Name: "isprintable", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			// Unlike the other predicates, the empty string is printable.
			return Bool(strings.IndexFunc(string(self.(Str)), func(r rune) bool { return !unicode.IsPrint(r) }) < 0), nil
		}},
		{Name: "isupper", Style: NoArgs, Fn: strCased(isPyUpper, isPyLower)},
		{Name: "islower", Style: NoArgs, Fn: strCased(isPyLower, isPyUpper)},
		{Name: "istitle", Style: NoArgs, Fn: strIsTitle},
		{Name: "isidentifier", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return Bool(isIdentifier(string(self.(Str)))), nil
		}},
		{Name: "isascii", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return Bool(isASCII(string(self.(Str)))), nil
		}},
		{Name: "zfill", Style: OneArg, Min: 1, Max: 1, Fn: strZfill},
		{Name: "center", Style: PosArgs, Min: 1, Max: 2, Fn: padder(strPadKind, centerLeft)},
		{Name: "ljust", Style: PosArgs, Min: 1, Max: 2, Fn: padder(strPadKind, ljustLeft)},
		{Name: "rjust", Style: PosArgs, Min: 1, Max: 2, Fn: padder(strPadKind, rjustLeft)},
		{Name: "partition", Style: OneArg, Min: 1, Max: 1, Fn: strPartition(false)},
		{Name: "rpartition", Style: OneArg, Min: 1, Max: 1, Fn: strPartition(true)},
		{Name: "expandtabs", Style: TupleArgs, Max: 1, Kw: []string{"tabsize"}, Fn: strExpandtabs},
		{Name: "encode", Style: TupleArgs, Max: 2, Kw: []string{"encoding", "errors"}, Fn: strEncode},
		{Name: "removeprefix", Style: OneArg, Min: 1, Max: 1, Fn: strAffixRemover("removeprefix", strings.TrimPrefix)},
		{Name: "removesuffix", Style: OneArg, Min: 1, Max: 1, Fn: strAffixRemover("removesuffix", strings.TrimSuffix)},
	})
}

// strArg requires a str argument, with CPython's most common wording.
func strArg(v Value) (string, error) {
	s, ok := unwrap(v).(Str)
	if !ok {
		return "", Errorf(TypeError, "must be str, not %s", TypeName(v))
	}
	return string(s), nil
}

// strWindow resolves the optional start and end arguments of find, count, startswith and
// friends against s: it returns s[start:end] and start, both in code points, or ok false when
// the window is empty because start is past end (where even the empty string is not found).
func strWindow(s string, startV, endV Value) (sub string, start int, ok bool, err error) {
	if startV == nil && endV == nil {
		return s, 0, true, nil // no bounds given: the whole string, without measuring it
	}
	ascii, n, e := strMeasure(s)
	start, err = sliceBound(startV, 0, true)
	if err != nil {
		return "", 0, false, err
	}
	end, err := sliceBound(endV, n, true)
	if err != nil {
		return "", 0, false, err
	}
	start, end = adjustIndices(start, end, n)
	if start > end {
		return "", 0, false, nil
	}
	if ascii {
		return s[start:end], start, true, nil
	}
	return s[byteOffsetIn(s, e, start):byteOffsetIn(s, e, end)], start, true, nil
}

func strJoin(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	items, err := ToSlice(th, a[0])
	if err != nil {
		if _, iterErr := Iter(th, a[0]); iterErr != nil {
			return nil, Errorf(TypeError, "can only join an iterable")
		}
		return nil, err
	}
	size := 0
	for i, it := range items {
		s, ok := unwrap(it).(Str) // a str subclass's instance joins as its text
		if !ok {
			return nil, Errorf(TypeError, "sequence item %d: expected str instance, %s found", i, TypeName(it))
		}
		size += len(s)
	}
	switch len(items) {
	case 0:
		return Str(""), nil
	case 1:
		if _, ok := items[0].(Str); ok {
			return items[0], nil
		}
	}
	sep := string(self.(Str))
	if err := checkSize(growSize(size, len(sep), len(items)-1), maxStrLen); err != nil {
		return nil, err
	}
	v, b := newStrValue(size + len(sep)*(len(items)-1))
	w := 0
	for i, it := range items {
		if i > 0 {
			w += copy(b[w:], sep)
		}
		w += copy(b[w:], unwrap(it).(Str))
	}
	return v, nil
}

// strList wraps strings as a list of str values, boxed in place (see boxStrs): parts must be
// the caller's own and unchanged afterwards.
func strList(parts []string) *List { return NewList(boxStrs(parts)) }

// strSplitMethod makes split (fromRight false) and rsplit.
func strSplitMethod(fromRight bool) MethodFunc {
	return func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		s := string(self.(Str))
		maxsplit, err := OptIndex(th, a[1], -1)
		if err != nil {
			return nil, err
		}
		if a[0] == nil || IsNone(a[0]) {
			return strList(splitWhitespace(s, maxsplit, fromRight)), nil
		}
		sep, ok := unwrap(a[0]).(Str)
		if !ok {
			return nil, Errorf(TypeError, "must be str or None, not %s", TypeName(a[0]))
		}
		if sep == "" {
			return nil, Errorf(ValueError, "empty separator")
		}
		if maxsplit < 0 {
			return strList(strings.Split(s, string(sep))), nil
		}
		if !fromRight {
			return strList(strings.SplitN(s, string(sep), maxsplit+1)), nil
		}
		var parts []string
		for ; maxsplit > 0; maxsplit-- {
			i := strings.LastIndex(s, string(sep))
			if i < 0 {
				break
			}
			parts = append(parts, s[i+len(sep):])
			s = s[:i]
		}
		parts = append(parts, s)
		reverseStrings(parts)
		return strList(parts), nil
	}
}

func reverseStrings(p []string) {
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
}

// splitWhitespace is split() without a separator: runs of whitespace separate words, and
// once maxsplit words are split off the rest is kept whole (only stripped on the split side).
func splitWhitespace(s string, maxsplit int, fromRight bool) []string {
	if maxsplit < 0 && isASCII(s) {
		return asciiFields(s)
	}
	parts := []string{}
	if fromRight {
		for maxsplit != 0 {
			s = strings.TrimRightFunc(s, isPySpace)
			if s == "" {
				break
			}
			i := strings.LastIndexFunc(s, isPySpace)
			if i < 0 {
				break
			}
			_, size := utf8.DecodeRuneInString(s[i:])
			parts = append(parts, s[i+size:])
			s = s[:i]
			maxsplit--
		}
		if s = strings.TrimRightFunc(s, isPySpace); s != "" {
			parts = append(parts, s)
		}
		reverseStrings(parts)
		return parts
	}
	for maxsplit != 0 {
		s = strings.TrimLeftFunc(s, isPySpace)
		if s == "" {
			break
		}
		i := strings.IndexFunc(s, isPySpace)
		if i < 0 {
			break
		}
		parts = append(parts, s[:i])
		s = s[i:]
		maxsplit--
	}
	if s = strings.TrimLeftFunc(s, isPySpace); s != "" {
		parts = append(parts, s)
	}
	return parts
}

func strSplitlines(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	keep, err := flagArg(th, a[0])
	if err != nil {
		return nil, err
	}
	s := string(self.(Str))
	parts := []string{}
	for s != "" {
		i := strings.IndexFunc(s, isLineBreak)
		if i < 0 {
			parts = append(parts, s)
			break
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		if s[i] == '\r' && strings.HasPrefix(s[i+1:], "\n") {
			size = 2
		}
		if keep {
			parts = append(parts, s[:i+size])
		} else {
			parts = append(parts, s[:i])
		}
		s = s[i+size:]
	}
	return strList(parts), nil
}

// isLineBreak reports the characters str.splitlines splits at.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// isPySpace is Python's str.isspace for one character: Go's White_Space set plus the ASCII
// information separators, which Python counts as whitespace.
func isPySpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) }

// strStripMethod makes strip, lstrip and rstrip.
func strStripMethod(name string, left, right bool) MethodFunc {
	return func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		s := string(self.(Str))
		cut := isPySpace
		if a[0] != nil && !IsNone(a[0]) {
			chars, ok := unwrap(a[0]).(Str)
			if !ok {
				return nil, Errorf(TypeError, "%s arg must be None or str", name)
			}
			cut = func(r rune) bool { return strings.ContainsRune(string(chars), r) }
		}
		if left {
			s = strings.TrimLeftFunc(s, cut)
		}
		if right {
			s = strings.TrimRightFunc(s, cut)
		}
		return sameStr(self, s), nil
	}
}

// strMapper makes a method that transforms the string.
func strMapper(f func(string) string) MethodFunc {
	return func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
		return sameStr(self, f(string(self.(Str)))), nil
	}
}

// affixKind is what startswith and endswith need of a type: its name in errors, the
// receiver cut to the start and end arguments (ok false when that window is empty because
// start is past end), and the check of one member of a tuple of affixes.
type affixKind struct {
	name   string
	window func(self, startV, endV Value) (sub string, ok bool, err error)
	member func(method string, v Value) (string, error)
}

var strAffixKind = affixKind{
	name: "str",
	window: func(self, startV, endV Value) (string, bool, error) {
		sub, _, ok, err := strWindow(string(self.(Str)), startV, endV)
		return sub, ok, err
	},
	member: func(method string, v Value) (string, error) {
		affix, isStr := unwrap(v).(Str)
		if !isStr {
			return "", Errorf(TypeError, "tuple for %s must only contain str, not %s", method, TypeName(v))
		}
		return string(affix), nil
	},
}

// affixMatch makes startswith and endswith (affix[, start[, end]]), the affix one value or
// a tuple of them.
func affixMatch(k affixKind, name string, match func(s, affix string) bool) MethodFunc {
	return func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		if a[1] == nil && a[2] == nil {
			// The common s.endswith("x"): no window to cut and one affix to check, which
			// the general path below spends most of its time getting to.
			if s, ok := self.(Str); ok {
				if affix, ok := a[0].(Str); ok {
					return Bool(match(string(s), string(affix))), nil
				}
			}
		}
		affixes, isTuple := a[0].(Tuple)
		if !isTuple {
			if _, err := k.member(name, a[0]); err != nil {
				return nil, Errorf(TypeError, "%s first arg must be %s or a tuple of %s, not %s", name, k.name, k.name, TypeName(a[0]))
			}
			affixes = Tuple(a[:1]) // a view, not a new one-element tuple: no allocation
		}
		sub, ok, err := k.window(self, a[1], a[2])
		if err != nil {
			return nil, err
		}
		for _, v := range affixes {
			affix, err := k.member(name, v)
			if err != nil {
				return nil, err
			}
			if ok && match(sub, affix) {
				return True, nil
			}
		}
		return False, nil
	}
}

func strReplace(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	var args [2]string
	for i := range args {
		arg, ok := unwrap(a[i]).(Str)
		if !ok {
			return nil, Errorf(TypeError, "replace() argument %d must be str, not %s", i+1, TypeName(a[i]))
		}
		args[i] = string(arg)
	}
	count, err := OptIndex(th, a[2], -1)
	if err != nil {
		return nil, err
	}
	s, old, repl := string(self.(Str)), args[0], args[1]
	n := strings.Count(s, old) // for an empty old, one more than the code points
	if count >= 0 && count < n {
		n = count
	}
	if n == 0 {
		return self, nil
	}
	if len(repl) > len(old) {
		if err := checkSize(growSize(len(s), len(repl)-len(old), n), maxStrLen); err != nil {
			return nil, err
		}
	}
	if old == "" {
		return Str(strings.Replace(s, old, repl, n)), nil
	}
	v, b := newStrValue(len(s) + n*(len(repl)-len(old)))
	w := 0
	for ; n > 0; n-- {
		i := strings.Index(s, old)
		w += copy(b[w:], s[:i])
		w += copy(b[w:], repl)
		s = s[i+len(old):]
	}
	copy(b[w:], s)
	return v, nil
}

// strFinder makes find, rfind (fromRight), index and rindex (mustFind).
func strFinder(fromRight, mustFind bool) MethodFunc {
	return func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		x, err := strArg(a[0])
		if err != nil {
			return nil, err
		}
		sub, start, ok, err := strWindow(string(self.(Str)), a[1], a[2])
		if err != nil {
			return nil, err
		}
		i := -1
		if ok {
			if fromRight {
				i = strings.LastIndex(sub, x)
			} else {
				i = strings.Index(sub, x)
			}
		}
		if i < 0 {
			if mustFind {
				return nil, Errorf(ValueError, "substring not found")
			}
			return MakeInt(-1), nil
		}
		return MakeInt(int64(start + strLen(sub[:i]))), nil
	}
}

func strCount(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	x, err := strArg(a[0])
	if err != nil {
		return nil, err
	}
	sub, _, ok, err := strWindow(string(self.(Str)), a[1], a[2])
	if err != nil || !ok {
		return MakeInt(0), err
	}
	return MakeInt(int64(strings.Count(sub, x))), nil
}

// strAll makes the is* predicates that hold when the string is non-empty and every
// character satisfies pred.
func strAll(pred func(rune) bool) MethodFunc {
	return func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
		s := string(self.(Str))
		return Bool(s != "" && strings.IndexFunc(s, func(r rune) bool { return !pred(r) }) < 0), nil
	}
}

// strCased makes isupper (want isPyUpper, reject isPyLower) and islower: there must be a
// cased character, and none of the opposite case or titlecase.
func strCased(want, reject func(rune) bool) MethodFunc {
	return func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
		found := false
		for _, r := range string(self.(Str)) {
			if reject(r) || unicode.IsTitle(r) {
				return False, nil
			}
			found = found || want(r)
		}
		return Bool(found), nil
	}
}

func strIsTitle(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
	return Bool(isTitled(string(self.(Str)), func(r rune) bool { return isPyUpper(r) || unicode.IsTitle(r) }, isPyLower)), nil
}

// isTitled is istitle() of str and bytes, with their case predicates: upper case only after
// an uncased character, lower case only after a cased one, and some cased character.
func isTitled(s string, upper, lower func(rune) bool) bool {
	cased, prevCased := false, false
	for _, r := range s {
		switch {
		case upper(r):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case lower(r):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// isIdentifier approximates Python's identifier rule (XID_Start then XID_Continue) with
// Go's categories.
func isIdentifier(s string) bool {
	for i, r := range s {
		start := r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
		if !start && (i == 0 || !(unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc) || unicode.Is(unicode.Other_ID_Continue, r))) {
			return false
		}
	}
	return s != ""
}

func strZfill(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	width, err := IndexArg(th, a[0])
	if err != nil {
		return nil, err
	}
	s := string(self.(Str))
	fill := width - strLen(s)
	if fill <= 0 {
		return self, nil
	}
	r, err := zeroFilled(s, fill)
	return Str(r), err
}

// zeroFilled is s with fill zeros after its sign (zfill of str and bytes).
func zeroFilled(s string, fill int) (string, error) {
	if err := checkSize(growSize(len(s), 1, fill), maxStrLen); err != nil {
		return "", err
	}
	out := make([]byte, 0, len(s)+fill)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		out = append(out, s[0])
		s = s[1:]
	}
	out = appendRepeat(out, "0", fill)
	return string(bytesStr(append(out, s...))), nil
}

// strPadKind is what center, ljust and rjust of str need: the receiver's text and length in
// characters, a one-character fill.
var strPadKind = padKind{
	text:  func(self Value) string { return string(self.(Str)) },
	width: strLen,
	fill: func(v Value) (string, error) {
		f, ok := unwrap(v).(Str)
		if !ok {
			return "", Errorf(TypeError, "The fill character must be a unicode character, not %s", TypeName(v))
		}
		if strLen(string(f)) != 1 {
			return "", Errorf(TypeError, "The fill character must be exactly one character long")
		}
		return string(f), nil
	},
	make: func(_ Value, s string) Value { return Str(s) },
}

// padKind describes a type for padder: its text, how wide a text is, how a fill argument is
// checked, and how a result of the receiver's type is made.
type padKind struct {
	text  func(self Value) string
	width func(s string) int
	fill  func(v Value) (string, error)
	make  func(self Value, s string) Value
}

// padder makes center, ljust and rjust of str, bytes and bytearray (width[, fill]); left
// gives the padding on the left from the total padding and the width.
func padder(k padKind, left func(marg, width int) int) MethodFunc {
	return func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		width, err := IndexArg(th, a[0])
		if err != nil {
			return nil, err
		}
		fill := " "
		if a[1] != nil {
			if fill, err = k.fill(a[1]); err != nil {
				return nil, err
			}
		}
		s := k.text(self)
		marg := max(width-k.width(s), 0)
		r, err := padded(s, fill, left(marg, width), marg)
		return k.make(self, r), err
	}
}

// centerLeft, ljustLeft and rjustLeft give the padding center, ljust and rjust put on the
// left from the total padding and the width (center's odd split follows CPython's formula).
func centerLeft(marg, width int) int { return marg/2 + (marg & width & 1) }
func ljustLeft(int, int) int         { return 0 }
func rjustLeft(marg, _ int) int      { return marg }

// padded is s with l copies of fill before it and marg-l after (center, ljust and rjust of
// str and bytes).
func padded(s, fill string, l, marg int) (string, error) {
	if err := checkSize(growSize(len(s), len(fill), marg), maxStrLen); err != nil {
		return "", err
	}
	out := make([]byte, 0, len(s)+len(fill)*marg)
	out = appendRepeat(out, fill, l)
	out = append(out, s...)
	return string(bytesStr(appendRepeat(out, fill, marg-l))), nil
}

// strPartition makes partition and rpartition (fromRight).
func strPartition(fromRight bool) MethodFunc {
	return func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		sep, err := strArg(a[0])
		if err != nil {
			return nil, err
		}
		head, mid, tail, err := partitionText(string(self.(Str)), sep, fromRight)
		if err != nil {
			return nil, err
		}
		return Tuple{Str(head), Str(mid), Str(tail)}, nil
	}
}

// partitionText is the core of str's and bytes' partition and rpartition: s split around
// the first (fromRight: the last) sep. Without a match the whole of s is the head (the tail
// for rpartition) and mid is empty; an empty sep is a ValueError.
func partitionText(s, sep string, fromRight bool) (head, mid, tail string, err error) {
	if sep == "" {
		return "", "", "", Errorf(ValueError, "empty separator")
	}
	i := strings.Index(s, sep)
	if fromRight {
		i = strings.LastIndex(s, sep)
	}
	switch {
	case i >= 0:
		return s[:i], sep, s[i+len(sep):], nil
	case fromRight:
		return "", "", s, nil
	}
	return s, "", "", nil
}

func strExpandtabs(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	r, err := expandTabs(th, string(self.(Str)), a[0], func(s string, i int) int {
		_, size := utf8.DecodeRuneInString(s[i:])
		return size
	})
	return Str(r), err
}

// expandTabs is expandtabs(tabsize=8) of str and bytes: unit gives the size of the character
// (or byte) at s[i], each of which takes one column.
func expandTabs(th *Thread, s string, tabV Value, unit func(s string, i int) int) (string, error) {
	tab, err := OptIndex(th, tabV, 8)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	col := 0
	for i := 0; i < len(s); {
		switch s[i] {
		case '\t':
			if tab > 0 {
				n := tab - col%tab
				if err := checkSize(growSize(b.Len(), 1, n), maxStrLen); err != nil {
					return "", err
				}
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
			i++
			continue
		case '\n', '\r':
			col = -1
		}
		size := unit(s, i)
		b.WriteString(s[i : i+size])
		i += size
		col++
	}
	return b.String(), nil
}

// encodingName checks an encoding argument of encode or str(): asyncscript strings are
// UTF-8, so that is the one codec besides the ASCII-compatible ones of the same text.
func encodingName(v Value, fn string) (string, error) {
	s, ok := unwrap(v).(Str)
	if !ok {
		return "", Errorf(TypeError, "%s() argument 'encoding' must be str, not %s", fn, TypeName(v))
	}
	name := strings.ReplaceAll(strings.ToLower(string(s)), "_", "-")
	switch name {
	case "utf-8", "utf8", "u8", "utf":
		return "utf-8", nil
	case "ascii", "us-ascii":
		return "ascii", nil
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1":
		return "latin-1", nil
	}
	return "", Errorf(LookupError, "unknown encoding: %s", s)
}

func strEncode(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	s := string(self.(Str))
	enc := "utf-8"
	if a[0] != nil {
		var err error
		if enc, err = encodingName(a[0], "encode"); err != nil {
			return nil, err
		}
	}
	if enc == "utf-8" {
		return Bytes(s), nil
	}
	limit, codec := rune(0x80), "ascii"
	if enc == "latin-1" {
		limit, codec = 0x100, "latin-1"
	}
	out := make([]byte, 0, len(s))
	pos := 0
	for _, r := range s {
		if r >= limit {
			return nil, Errorf(UnicodeEncodeError, "'%s' codec can't encode character %s in position %d: ordinal not in range(%d)",
				codec, asciiEscape(strRepr(string(r))), pos, limit)
		}
		out = append(out, byte(r))
		pos++
	}
	return Bytes(out), nil
}

// strAffixRemover makes removeprefix and removesuffix.
func strAffixRemover(name string, trim func(s, affix string) string) MethodFunc {
	return func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		affix, ok := unwrap(a[0]).(Str)
		if !ok {
			return nil, Errorf(TypeError, "%s() argument must be str, not %s", name, TypeName(a[0]))
		}
		return Str(trim(string(self.(Str)), string(affix))), nil
	}
}
