package vm

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func init() {
	defineMethods(StrClass, []methodDef{
		{"format", varKwArgs, 0, 0, nil, func(th *Thread, self Value, a []Value, kw *Dict) (Value, error) {
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
		{"format_map", oneArg, 1, 1, nil, func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			s, err := formatString(th, string(self.(Str)), nil, a[0], &autoNumber{}, 2)
			return Str(s), err
		}},
		{"join", oneArg, 1, 1, nil, strJoin},
		{"split", tupleArgs, 0, 2, []string{"sep", "maxsplit"}, strSplitMethod(false)},
		{"rsplit", tupleArgs, 0, 2, []string{"sep", "maxsplit"}, strSplitMethod(true)},
		{"splitlines", tupleArgs, 0, 1, []string{"keepends"}, strSplitlines},
		{"strip", posArgs, 0, 1, nil, strStripMethod("strip", true, true)},
		{"lstrip", posArgs, 0, 1, nil, strStripMethod("lstrip", true, false)},
		{"rstrip", posArgs, 0, 1, nil, strStripMethod("rstrip", false, true)},
		{"upper", noArgs, 0, 0, nil, strMapper(strUpper)},
		{"lower", noArgs, 0, 0, nil, strMapper(strLower)},
		{"casefold", noArgs, 0, 0, nil, strMapper(strCasefold)},
		{"swapcase", noArgs, 0, 0, nil, strMapper(strSwapcase)},
		{"title", noArgs, 0, 0, nil, strMapper(strTitle)},
		{"capitalize", noArgs, 0, 0, nil, strMapper(strCapitalize)},
		{"startswith", tupleArgs, 1, 3, nil, strAffixMatch("startswith", strings.HasPrefix)},
		{"endswith", tupleArgs, 1, 3, nil, strAffixMatch("endswith", strings.HasSuffix)},
		{"replace", posArgs, 2, 3, nil, strReplace},
		{"find", tupleArgs, 1, 3, nil, strFinder(false, false)},
		{"rfind", tupleArgs, 1, 3, nil, strFinder(true, false)},
		{"index", tupleArgs, 1, 3, nil, strFinder(false, true)},
		{"rindex", tupleArgs, 1, 3, nil, strFinder(true, true)},
		{"count", tupleArgs, 1, 3, nil, strCount},
		{"isdigit", noArgs, 0, 0, nil, strAll(isPyDigit)},
		{"isdecimal", noArgs, 0, 0, nil, strAll(unicode.IsDigit)},
		{"isnumeric", noArgs, 0, 0, nil, strAll(isPyNumeric)},
		{"isalpha", noArgs, 0, 0, nil, strAll(unicode.IsLetter)},
		{"isalnum", noArgs, 0, 0, nil, strAll(func(r rune) bool { return unicode.IsLetter(r) || isPyNumeric(r) })},
		{"isspace", noArgs, 0, 0, nil, strAll(isPySpace)},
		{"isprintable", noArgs, 0, 0, nil, func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			// Unlike the other predicates, the empty string is printable.
			return Bool(strings.IndexFunc(string(self.(Str)), func(r rune) bool { return !unicode.IsPrint(r) }) < 0), nil
		}},
		{"isupper", noArgs, 0, 0, nil, strCased(isPyUpper, isPyLower)},
		{"islower", noArgs, 0, 0, nil, strCased(isPyLower, isPyUpper)},
		{"istitle", noArgs, 0, 0, nil, strIsTitle},
		{"isidentifier", noArgs, 0, 0, nil, func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return Bool(isIdentifier(string(self.(Str)))), nil
		}},
		{"isascii", noArgs, 0, 0, nil, func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return Bool(isASCII(string(self.(Str)))), nil
		}},
		{"zfill", oneArg, 1, 1, nil, strZfill},
		{"center", posArgs, 1, 2, nil, strPadder(func(marg, width int) int { return marg/2 + (marg & width & 1) })},
		{"ljust", posArgs, 1, 2, nil, strPadder(func(int, int) int { return 0 })},
		{"rjust", posArgs, 1, 2, nil, strPadder(func(marg, _ int) int { return marg })},
		{"partition", oneArg, 1, 1, nil, strPartition(false)},
		{"rpartition", oneArg, 1, 1, nil, strPartition(true)},
		{"expandtabs", tupleArgs, 0, 1, []string{"tabsize"}, strExpandtabs},
		{"encode", tupleArgs, 0, 2, []string{"encoding", "errors"}, strEncode},
		{"removeprefix", oneArg, 1, 1, nil, strAffixRemover("removeprefix", strings.TrimPrefix)},
		{"removesuffix", oneArg, 1, 1, nil, strAffixRemover("removesuffix", strings.TrimSuffix)},
	})
}

// strArg requires a str argument, with CPython's most common wording.
func strArg(v Value) (string, error) {
	s, ok := v.(Str)
	if !ok {
		return "", Errorf(TypeError, "must be str, not %s", TypeName(v))
	}
	return string(s), nil
}

// strWindow resolves the optional start and end arguments of find, count, startswith and
// friends against s: it returns s[start:end] and start, both in code points, or ok false when
// the window is empty because start is past end (where even the empty string is not found).
func strWindow(s string, startV, endV Value) (sub string, start int, ok bool, err error) {
	n := strLen(s)
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
	if isASCII(s) {
		return s[start:end], start, true, nil
	}
	return s[strByteOffset(s, start):strByteOffset(s, end)], start, true, nil
}

func strJoin(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	items, err := ToSlice(th, a[0])
	if err != nil {
		if _, iterErr := Iter(th, a[0]); iterErr != nil {
			return nil, Errorf(TypeError, "can only join an iterable")
		}
		return nil, err
	}
	parts := make([]string, len(items))
	size := 0
	for i, it := range items {
		s, ok := unwrap(it).(Str) // a str subclass's instance joins as its text
		if !ok {
			return nil, Errorf(TypeError, "sequence item %d: expected str instance, %s found", i, TypeName(it))
		}
		parts[i] = string(s)
		size += len(s)
	}
	sep := string(self.(Str))
	if len(parts) > 0 {
		if err := checkSize(growSize(size, len(sep), len(parts)-1), maxStrLen); err != nil {
			return nil, err
		}
	}
	return Str(strings.Join(parts, sep)), nil
}

// strList wraps strings as a list of str values.
func strList(parts []string) *List {
	items := make([]Value, len(parts))
	for i, p := range parts {
		items[i] = Str(p)
	}
	return NewList(items)
}

// strSplitMethod makes split (fromRight false) and rsplit.
func strSplitMethod(fromRight bool) methodFunc {
	return func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		s := string(self.(Str))
		maxsplit, err := optIndex(th, a[1], -1)
		if err != nil {
			return nil, err
		}
		if a[0] == nil || a[0] == None {
			return strList(splitWhitespace(s, maxsplit, fromRight)), nil
		}
		sep, ok := a[0].(Str)
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
	keep := false
	if a[0] != nil {
		k, err := indexValue(th, a[0])
		if err != nil {
			return nil, err
		}
		keep = k != 0
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
func strStripMethod(name string, left, right bool) methodFunc {
	return func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		s := string(self.(Str))
		cut := isPySpace
		if a[0] != nil && a[0] != None {
			chars, ok := a[0].(Str)
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
		return Str(s), nil
	}
}

// strMapper makes a method that transforms the string.
func strMapper(f func(string) string) methodFunc {
	return func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
		return Str(f(string(self.(Str)))), nil
	}
}

// strAffixMatch makes startswith and endswith.
func strAffixMatch(name string, match func(s, affix string) bool) methodFunc {
	return func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		var affixes []Value
		switch x := a[0].(type) {
		case Str:
			affixes = []Value{x}
		case Tuple:
			affixes = x
		default:
			return nil, Errorf(TypeError, "%s first arg must be str or a tuple of str, not %s", name, TypeName(a[0]))
		}
		sub, _, ok, err := strWindow(string(self.(Str)), a[1], a[2])
		if err != nil {
			return nil, err
		}
		for _, v := range affixes {
			affix, isStr := v.(Str)
			if !isStr {
				return nil, Errorf(TypeError, "tuple for %s must only contain str, not %s", name, TypeName(v))
			}
			if ok && match(sub, string(affix)) {
				return True, nil
			}
		}
		return False, nil
	}
}

func strReplace(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	for i := 0; i < 2; i++ {
		if _, ok := a[i].(Str); !ok {
			return nil, Errorf(TypeError, "replace() argument %d must be str, not %s", i+1, TypeName(a[i]))
		}
	}
	count, err := optIndex(th, a[2], -1)
	if err != nil {
		return nil, err
	}
	s, old, repl := string(self.(Str)), string(a[0].(Str)), string(a[1].(Str))
	if len(repl) > len(old) {
		n := strings.Count(s, old) // for an empty old, one more than the code points
		if count >= 0 && count < n {
			n = count
		}
		if err := checkSize(growSize(len(s), len(repl)-len(old), n), maxStrLen); err != nil {
			return nil, err
		}
	}
	return Str(strings.Replace(s, old, repl, count)), nil
}

// strFinder makes find, rfind (fromRight), index and rindex (mustFind).
func strFinder(fromRight, mustFind bool) methodFunc {
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
func strAll(pred func(rune) bool) methodFunc {
	return func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
		s := string(self.(Str))
		return Bool(s != "" && strings.IndexFunc(s, func(r rune) bool { return !pred(r) }) < 0), nil
	}
}

// strCased makes isupper (want isPyUpper, reject isPyLower) and islower: there must be a
// cased character, and none of the opposite case or titlecase.
func strCased(want, reject func(rune) bool) methodFunc {
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
	cased, prevCased := false, false
	for _, r := range string(self.(Str)) {
		switch {
		case isPyUpper(r) || unicode.IsTitle(r):
			if prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		case isPyLower(r):
			if !prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return Bool(cased), nil
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
	width, err := indexValue(th, a[0])
	if err != nil {
		return nil, err
	}
	s := string(self.(Str))
	fill := width - strLen(s)
	if fill <= 0 {
		return self, nil
	}
	if err := checkSize(growSize(len(s), 1, fill), maxStrLen); err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(s)+fill)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		out = append(out, s[0])
		s = s[1:]
	}
	out = appendRepeat(out, "0", fill)
	return bytesStr(append(out, s...)), nil
}

// strPadder makes center, ljust and rjust; left gives the padding on the left from the
// total padding and the width (center's odd split follows CPython's formula).
func strPadder(left func(marg, width int) int) methodFunc {
	return func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		width, err := indexValue(th, a[0])
		if err != nil {
			return nil, err
		}
		fill := " "
		if a[1] != nil {
			f, ok := a[1].(Str)
			if !ok {
				return nil, Errorf(TypeError, "The fill character must be a unicode character, not %s", TypeName(a[1]))
			}
			if strLen(string(f)) != 1 {
				return nil, Errorf(TypeError, "The fill character must be exactly one character long")
			}
			fill = string(f)
		}
		s := string(self.(Str))
		marg := width - strLen(s)
		if marg <= 0 {
			return self, nil
		}
		if err := checkSize(growSize(len(s), len(fill), marg), maxStrLen); err != nil {
			return nil, err
		}
		l := left(marg, width)
		out := make([]byte, 0, len(s)+len(fill)*marg)
		out = appendRepeat(out, fill, l)
		out = append(out, s...)
		return bytesStr(appendRepeat(out, fill, marg-l)), nil
	}
}

// strPartition makes partition and rpartition (fromRight).
func strPartition(fromRight bool) methodFunc {
	return func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		sep, err := strArg(a[0])
		if err != nil {
			return nil, err
		}
		if sep == "" {
			return nil, Errorf(ValueError, "empty separator")
		}
		s := string(self.(Str))
		i := strings.Index(s, sep)
		if fromRight {
			i = strings.LastIndex(s, sep)
		}
		switch {
		case i >= 0:
			return Tuple{Str(s[:i]), Str(sep), Str(s[i+len(sep):])}, nil
		case fromRight:
			return Tuple{Str(""), Str(""), self}, nil
		}
		return Tuple{self, Str(""), Str("")}, nil
	}
}

func strExpandtabs(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
	tab, err := optIndex(th, a[0], 8)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	col := 0
	for _, r := range string(self.(Str)) {
		switch r {
		case '\t':
			if tab > 0 {
				n := tab - col%tab
				if err := checkSize(growSize(b.Len(), 1, n), maxStrLen); err != nil {
					return nil, err
				}
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return Str(b.String()), nil
}

// encodingName checks an encoding argument of encode or str(): asyncscript strings are
// UTF-8, so that is the one codec besides the ASCII-compatible ones of the same text.
func encodingName(v Value, fn string) (string, error) {
	s, ok := v.(Str)
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
func strAffixRemover(name string, trim func(s, affix string) string) methodFunc {
	return func(_ *Thread, self Value, a []Value, _ *Dict) (Value, error) {
		affix, ok := a[0].(Str)
		if !ok {
			return nil, Errorf(TypeError, "%s() argument must be str, not %s", name, TypeName(a[0]))
		}
		return Str(trim(string(self.(Str)), string(affix))), nil
	}
}

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

// isPyUpper and isPyLower are Python's Uppercase and Lowercase properties, which include
// the Other_Uppercase/Other_Lowercase characters (ª, ʰ, Ⓐ) beyond Go's letter categories.
func isPyUpper(r rune) bool { return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r) }

func isPyLower(r rune) bool { return unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r) }

// isCased is Unicode's Cased property, which decides title() boundaries and final sigma.
func isCased(r rune) bool { return isPyUpper(r) || isPyLower(r) || unicode.IsTitle(r) }

// isCaseIgnorable approximates Unicode's Case_Ignorable property: marks, format characters,
// modifiers and the apostrophes and dots that may sit inside a word.
func isCaseIgnorable(r rune) bool {
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk) ||
		strings.ContainsRune("'.:\u00b7\u0387\u055f\u05f4\u2018\u2019\u2024\u2027\ufe13\ufe52\ufe55\uff07\uff0e\uff1a", r)
}

// isPyDigit is str.isdigit for one character: decimal digits and the other digits.
func isPyDigit(r rune) bool {
	if unicode.IsDigit(r) {
		return true
	}
	for _, rg := range digitRanges {
		if r >= rg[0] && r <= rg[1] {
			return true
		}
	}
	return false
}

// isPyNumeric is str.isnumeric for one character.
func isPyNumeric(r rune) bool {
	return unicode.In(r, unicode.Nd, unicode.Nl, unicode.No) || (r >= 0x3400 && strings.ContainsRune(numericIdeographs, r))
}

func upperRune(r rune) string {
	if s, ok := upperSpecial[r]; ok {
		return s
	}
	return string(unicode.ToUpper(r))
}

func titleRune(r rune) string {
	if s, ok := titleSpecial[r]; ok {
		return s
	}
	return string(unicode.ToTitle(r))
}

// lowerAt lowercases rs[i], which needs its neighbours: a capital sigma ending a word becomes
// the final form ς.
func lowerAt(rs []rune, i int) string {
	switch rs[i] {
	case 0x130: // İ lowercases to i with a combining dot above.
		return "i\u0307"
	case 0x3a3:
		if isFinalSigma(rs, i) {
			return "\u03c2"
		}
	}
	return string(unicode.ToLower(rs[i]))
}

// isFinalSigma follows CPython's handle_capital_sigma: a cased letter (skipping
// case-ignorable characters) comes before, and none comes after.
func isFinalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && isCaseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !isCased(rs[j]) {
		return false
	}
	j = i + 1
	for j < len(rs) && isCaseIgnorable(rs[j]) {
		j++
	}
	return j == len(rs) || !isCased(rs[j])
}

// mapRunes applies f to each character of a non-ASCII string; f sees the whole string so it
// can look at neighbours.
func mapRunes(s string, f func(rs []rune, i int) string) string {
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i := range rs {
		b.WriteString(f(rs, i))
	}
	return b.String()
}

func strUpper(s string) string {
	if isASCII(s) {
		return strings.ToUpper(s)
	}
	return mapRunes(s, func(rs []rune, i int) string { return upperRune(rs[i]) })
}

func strLower(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	return mapRunes(s, lowerAt)
}

func strCasefold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	return mapRunes(s, func(rs []rune, i int) string {
		if f, ok := foldSpecial[rs[i]]; ok {
			return f
		}
		if rs[i] == 0x130 {
			return "i\u0307"
		}
		return string(unicode.ToLower(rs[i]))
	})
}

func strSwapcase(s string) string {
	return mapRunes(s, func(rs []rune, i int) string {
		switch r := rs[i]; {
		case isPyUpper(r):
			return lowerAt(rs, i)
		case isPyLower(r):
			return upperRune(r)
		default:
			return string(r)
		}
	})
}

// strTitle capitalizes each word: a character after a cased one is lowercased, any other
// is titlecased (so "they're" becomes "They'Re", as in Python).
func strTitle(s string) string {
	return mapRunes(s, func(rs []rune, i int) string {
		if i > 0 && isCased(rs[i-1]) {
			return lowerAt(rs, i)
		}
		return titleRune(rs[i])
	})
}

func strCapitalize(s string) string {
	return mapRunes(s, func(rs []rune, i int) string {
		if i == 0 {
			return titleRune(rs[0])
		}
		return lowerAt(rs, i)
	})
}

// upperSpecial holds the characters whose uppercase is several characters (SpecialCasing.txt).
var upperSpecial = map[rune]string{
	0xdf: "SS", 0x149: "\u02bcN", 0x1f0: "J\u030c", 0x390: "\u0399\u0308\u0301", 0x3b0: "\u03a5\u0308\u0301", 0x587: "\u0535\u0552",
	0x1e96: "H\u0331", 0x1e97: "T\u0308", 0x1e98: "W\u030a", 0x1e99: "Y\u030a", 0x1e9a: "A\u02be", 0x1f50: "\u03a5\u0313",
	0x1f52: "\u03a5\u0313\u0300", 0x1f54: "\u03a5\u0313\u0301", 0x1f56: "\u03a5\u0313\u0342", 0x1f80: "\u1f08\u0399", 0x1f81: "\u1f09\u0399", 0x1f82: "\u1f0a\u0399",
	0x1f83: "\u1f0b\u0399", 0x1f84: "\u1f0c\u0399", 0x1f85: "\u1f0d\u0399", 0x1f86: "\u1f0e\u0399", 0x1f87: "\u1f0f\u0399", 0x1f88: "\u1f08\u0399",
	0x1f89: "\u1f09\u0399", 0x1f8a: "\u1f0a\u0399", 0x1f8b: "\u1f0b\u0399", 0x1f8c: "\u1f0c\u0399", 0x1f8d: "\u1f0d\u0399", 0x1f8e: "\u1f0e\u0399",
	0x1f8f: "\u1f0f\u0399", 0x1f90: "\u1f28\u0399", 0x1f91: "\u1f29\u0399", 0x1f92: "\u1f2a\u0399", 0x1f93: "\u1f2b\u0399", 0x1f94: "\u1f2c\u0399",
	0x1f95: "\u1f2d\u0399", 0x1f96: "\u1f2e\u0399", 0x1f97: "\u1f2f\u0399", 0x1f98: "\u1f28\u0399", 0x1f99: "\u1f29\u0399", 0x1f9a: "\u1f2a\u0399",
	0x1f9b: "\u1f2b\u0399", 0x1f9c: "\u1f2c\u0399", 0x1f9d: "\u1f2d\u0399", 0x1f9e: "\u1f2e\u0399", 0x1f9f: "\u1f2f\u0399", 0x1fa0: "\u1f68\u0399",
	0x1fa1: "\u1f69\u0399", 0x1fa2: "\u1f6a\u0399", 0x1fa3: "\u1f6b\u0399", 0x1fa4: "\u1f6c\u0399", 0x1fa5: "\u1f6d\u0399", 0x1fa6: "\u1f6e\u0399",
	0x1fa7: "\u1f6f\u0399", 0x1fa8: "\u1f68\u0399", 0x1fa9: "\u1f69\u0399", 0x1faa: "\u1f6a\u0399", 0x1fab: "\u1f6b\u0399", 0x1fac: "\u1f6c\u0399",
	0x1fad: "\u1f6d\u0399", 0x1fae: "\u1f6e\u0399", 0x1faf: "\u1f6f\u0399", 0x1fb2: "\u1fba\u0399", 0x1fb3: "\u0391\u0399", 0x1fb4: "\u0386\u0399",
	0x1fb6: "\u0391\u0342", 0x1fb7: "\u0391\u0342\u0399", 0x1fbc: "\u0391\u0399", 0x1fc2: "\u1fca\u0399", 0x1fc3: "\u0397\u0399", 0x1fc4: "\u0389\u0399",
	0x1fc6: "\u0397\u0342", 0x1fc7: "\u0397\u0342\u0399", 0x1fcc: "\u0397\u0399", 0x1fd2: "\u0399\u0308\u0300", 0x1fd3: "\u0399\u0308\u0301", 0x1fd6: "\u0399\u0342",
	0x1fd7: "\u0399\u0308\u0342", 0x1fe2: "\u03a5\u0308\u0300", 0x1fe3: "\u03a5\u0308\u0301", 0x1fe4: "\u03a1\u0313", 0x1fe6: "\u03a5\u0342", 0x1fe7: "\u03a5\u0308\u0342",
	0x1ff2: "\u1ffa\u0399", 0x1ff3: "\u03a9\u0399", 0x1ff4: "\u038f\u0399", 0x1ff6: "\u03a9\u0342", 0x1ff7: "\u03a9\u0342\u0399", 0x1ffc: "\u03a9\u0399",
	0xfb00: "FF", 0xfb01: "FI", 0xfb02: "FL", 0xfb03: "FFI", 0xfb04: "FFL", 0xfb05: "ST",
	0xfb06: "ST", 0xfb13: "\u0544\u0546", 0xfb14: "\u0544\u0535", 0xfb15: "\u0544\u053b", 0xfb16: "\u054e\u0546", 0xfb17: "\u0544\u053d",
}

// titleSpecial holds the characters whose titlecase is several characters.
var titleSpecial = map[rune]string{
	0xdf: "Ss", 0x149: "\u02bcN", 0x1f0: "J\u030c", 0x390: "\u0399\u0308\u0301", 0x3b0: "\u03a5\u0308\u0301", 0x587: "\u0535\u0582",
	0x1e96: "H\u0331", 0x1e97: "T\u0308", 0x1e98: "W\u030a", 0x1e99: "Y\u030a", 0x1e9a: "A\u02be", 0x1f50: "\u03a5\u0313",
	0x1f52: "\u03a5\u0313\u0300", 0x1f54: "\u03a5\u0313\u0301", 0x1f56: "\u03a5\u0313\u0342", 0x1fb2: "\u1fba\u0345", 0x1fb4: "\u0386\u0345", 0x1fb6: "\u0391\u0342",
	0x1fb7: "\u0391\u0342\u0345", 0x1fc2: "\u1fca\u0345", 0x1fc4: "\u0389\u0345", 0x1fc6: "\u0397\u0342", 0x1fc7: "\u0397\u0342\u0345", 0x1fd2: "\u0399\u0308\u0300",
	0x1fd3: "\u0399\u0308\u0301", 0x1fd6: "\u0399\u0342", 0x1fd7: "\u0399\u0308\u0342", 0x1fe2: "\u03a5\u0308\u0300", 0x1fe3: "\u03a5\u0308\u0301", 0x1fe4: "\u03a1\u0313",
	0x1fe6: "\u03a5\u0342", 0x1fe7: "\u03a5\u0308\u0342", 0x1ff2: "\u1ffa\u0345", 0x1ff4: "\u038f\u0345", 0x1ff6: "\u03a9\u0342", 0x1ff7: "\u03a9\u0342\u0345",
	0xfb00: "Ff", 0xfb01: "Fi", 0xfb02: "Fl", 0xfb03: "Ffi", 0xfb04: "Ffl", 0xfb05: "St",
	0xfb06: "St", 0xfb13: "\u0544\u0576", 0xfb14: "\u0544\u0565", 0xfb15: "\u0544\u056b", 0xfb16: "\u054e\u0576", 0xfb17: "\u0544\u056d",
}

// foldSpecial holds the characters whose case folding differs from their lowercase.
var foldSpecial = map[rune]string{
	0xb5: "\u03bc", 0xdf: "ss", 0x149: "\u02bcn", 0x17f: "s", 0x1f0: "j\u030c", 0x345: "\u03b9",
	0x390: "\u03b9\u0308\u0301", 0x3b0: "\u03c5\u0308\u0301", 0x3c2: "\u03c3", 0x3d0: "\u03b2", 0x3d1: "\u03b8", 0x3d5: "\u03c6",
	0x3d6: "\u03c0", 0x3f0: "\u03ba", 0x3f1: "\u03c1", 0x3f5: "\u03b5", 0x587: "\u0565\u0582", 0x13a0: "\u13a0",
	0x13a1: "\u13a1", 0x13a2: "\u13a2", 0x13a3: "\u13a3", 0x13a4: "\u13a4", 0x13a5: "\u13a5", 0x13a6: "\u13a6",
	0x13a7: "\u13a7", 0x13a8: "\u13a8", 0x13a9: "\u13a9", 0x13aa: "\u13aa", 0x13ab: "\u13ab", 0x13ac: "\u13ac",
	0x13ad: "\u13ad", 0x13ae: "\u13ae", 0x13af: "\u13af", 0x13b0: "\u13b0", 0x13b1: "\u13b1", 0x13b2: "\u13b2",
	0x13b3: "\u13b3", 0x13b4: "\u13b4", 0x13b5: "\u13b5", 0x13b6: "\u13b6", 0x13b7: "\u13b7", 0x13b8: "\u13b8",
	0x13b9: "\u13b9", 0x13ba: "\u13ba", 0x13bb: "\u13bb", 0x13bc: "\u13bc", 0x13bd: "\u13bd", 0x13be: "\u13be",
	0x13bf: "\u13bf", 0x13c0: "\u13c0", 0x13c1: "\u13c1", 0x13c2: "\u13c2", 0x13c3: "\u13c3", 0x13c4: "\u13c4",
	0x13c5: "\u13c5", 0x13c6: "\u13c6", 0x13c7: "\u13c7", 0x13c8: "\u13c8", 0x13c9: "\u13c9", 0x13ca: "\u13ca",
	0x13cb: "\u13cb", 0x13cc: "\u13cc", 0x13cd: "\u13cd", 0x13ce: "\u13ce", 0x13cf: "\u13cf", 0x13d0: "\u13d0",
	0x13d1: "\u13d1", 0x13d2: "\u13d2", 0x13d3: "\u13d3", 0x13d4: "\u13d4", 0x13d5: "\u13d5", 0x13d6: "\u13d6",
	0x13d7: "\u13d7", 0x13d8: "\u13d8", 0x13d9: "\u13d9", 0x13da: "\u13da", 0x13db: "\u13db", 0x13dc: "\u13dc",
	0x13dd: "\u13dd", 0x13de: "\u13de", 0x13df: "\u13df", 0x13e0: "\u13e0", 0x13e1: "\u13e1", 0x13e2: "\u13e2",
	0x13e3: "\u13e3", 0x13e4: "\u13e4", 0x13e5: "\u13e5", 0x13e6: "\u13e6", 0x13e7: "\u13e7", 0x13e8: "\u13e8",
	0x13e9: "\u13e9", 0x13ea: "\u13ea", 0x13eb: "\u13eb", 0x13ec: "\u13ec", 0x13ed: "\u13ed", 0x13ee: "\u13ee",
	0x13ef: "\u13ef", 0x13f0: "\u13f0", 0x13f1: "\u13f1", 0x13f2: "\u13f2", 0x13f3: "\u13f3", 0x13f4: "\u13f4",
	0x13f5: "\u13f5", 0x13f8: "\u13f0", 0x13f9: "\u13f1", 0x13fa: "\u13f2", 0x13fb: "\u13f3", 0x13fc: "\u13f4",
	0x13fd: "\u13f5", 0x1c80: "\u0432", 0x1c81: "\u0434", 0x1c82: "\u043e", 0x1c83: "\u0441", 0x1c84: "\u0442",
	0x1c85: "\u0442", 0x1c86: "\u044a", 0x1c87: "\u0463", 0x1c88: "\ua64b", 0x1e96: "h\u0331", 0x1e97: "t\u0308",
	0x1e98: "w\u030a", 0x1e99: "y\u030a", 0x1e9a: "a\u02be", 0x1e9b: "\u1e61", 0x1e9e: "ss", 0x1f50: "\u03c5\u0313",
	0x1f52: "\u03c5\u0313\u0300", 0x1f54: "\u03c5\u0313\u0301", 0x1f56: "\u03c5\u0313\u0342", 0x1f80: "\u1f00\u03b9", 0x1f81: "\u1f01\u03b9", 0x1f82: "\u1f02\u03b9",
	0x1f83: "\u1f03\u03b9", 0x1f84: "\u1f04\u03b9", 0x1f85: "\u1f05\u03b9", 0x1f86: "\u1f06\u03b9", 0x1f87: "\u1f07\u03b9", 0x1f88: "\u1f00\u03b9",
	0x1f89: "\u1f01\u03b9", 0x1f8a: "\u1f02\u03b9", 0x1f8b: "\u1f03\u03b9", 0x1f8c: "\u1f04\u03b9", 0x1f8d: "\u1f05\u03b9", 0x1f8e: "\u1f06\u03b9",
	0x1f8f: "\u1f07\u03b9", 0x1f90: "\u1f20\u03b9", 0x1f91: "\u1f21\u03b9", 0x1f92: "\u1f22\u03b9", 0x1f93: "\u1f23\u03b9", 0x1f94: "\u1f24\u03b9",
	0x1f95: "\u1f25\u03b9", 0x1f96: "\u1f26\u03b9", 0x1f97: "\u1f27\u03b9", 0x1f98: "\u1f20\u03b9", 0x1f99: "\u1f21\u03b9", 0x1f9a: "\u1f22\u03b9",
	0x1f9b: "\u1f23\u03b9", 0x1f9c: "\u1f24\u03b9", 0x1f9d: "\u1f25\u03b9", 0x1f9e: "\u1f26\u03b9", 0x1f9f: "\u1f27\u03b9", 0x1fa0: "\u1f60\u03b9",
	0x1fa1: "\u1f61\u03b9", 0x1fa2: "\u1f62\u03b9", 0x1fa3: "\u1f63\u03b9", 0x1fa4: "\u1f64\u03b9", 0x1fa5: "\u1f65\u03b9", 0x1fa6: "\u1f66\u03b9",
	0x1fa7: "\u1f67\u03b9", 0x1fa8: "\u1f60\u03b9", 0x1fa9: "\u1f61\u03b9", 0x1faa: "\u1f62\u03b9", 0x1fab: "\u1f63\u03b9", 0x1fac: "\u1f64\u03b9",
	0x1fad: "\u1f65\u03b9", 0x1fae: "\u1f66\u03b9", 0x1faf: "\u1f67\u03b9", 0x1fb2: "\u1f70\u03b9", 0x1fb3: "\u03b1\u03b9", 0x1fb4: "\u03ac\u03b9",
	0x1fb6: "\u03b1\u0342", 0x1fb7: "\u03b1\u0342\u03b9", 0x1fbc: "\u03b1\u03b9", 0x1fbe: "\u03b9", 0x1fc2: "\u1f74\u03b9", 0x1fc3: "\u03b7\u03b9",
	0x1fc4: "\u03ae\u03b9", 0x1fc6: "\u03b7\u0342", 0x1fc7: "\u03b7\u0342\u03b9", 0x1fcc: "\u03b7\u03b9", 0x1fd2: "\u03b9\u0308\u0300", 0x1fd3: "\u03b9\u0308\u0301",
	0x1fd6: "\u03b9\u0342", 0x1fd7: "\u03b9\u0308\u0342", 0x1fe2: "\u03c5\u0308\u0300", 0x1fe3: "\u03c5\u0308\u0301", 0x1fe4: "\u03c1\u0313", 0x1fe6: "\u03c5\u0342",
	0x1fe7: "\u03c5\u0308\u0342", 0x1ff2: "\u1f7c\u03b9", 0x1ff3: "\u03c9\u03b9", 0x1ff4: "\u03ce\u03b9", 0x1ff6: "\u03c9\u0342", 0x1ff7: "\u03c9\u0342\u03b9",
	0x1ffc: "\u03c9\u03b9", 0xab70: "\u13a0", 0xab71: "\u13a1", 0xab72: "\u13a2", 0xab73: "\u13a3", 0xab74: "\u13a4",
	0xab75: "\u13a5", 0xab76: "\u13a6", 0xab77: "\u13a7", 0xab78: "\u13a8", 0xab79: "\u13a9", 0xab7a: "\u13aa",
	0xab7b: "\u13ab", 0xab7c: "\u13ac", 0xab7d: "\u13ad", 0xab7e: "\u13ae", 0xab7f: "\u13af", 0xab80: "\u13b0",
	0xab81: "\u13b1", 0xab82: "\u13b2", 0xab83: "\u13b3", 0xab84: "\u13b4", 0xab85: "\u13b5", 0xab86: "\u13b6",
	0xab87: "\u13b7", 0xab88: "\u13b8", 0xab89: "\u13b9", 0xab8a: "\u13ba", 0xab8b: "\u13bb", 0xab8c: "\u13bc",
	0xab8d: "\u13bd", 0xab8e: "\u13be", 0xab8f: "\u13bf", 0xab90: "\u13c0", 0xab91: "\u13c1", 0xab92: "\u13c2",
	0xab93: "\u13c3", 0xab94: "\u13c4", 0xab95: "\u13c5", 0xab96: "\u13c6", 0xab97: "\u13c7", 0xab98: "\u13c8",
	0xab99: "\u13c9", 0xab9a: "\u13ca", 0xab9b: "\u13cb", 0xab9c: "\u13cc", 0xab9d: "\u13cd", 0xab9e: "\u13ce",
	0xab9f: "\u13cf", 0xaba0: "\u13d0", 0xaba1: "\u13d1", 0xaba2: "\u13d2", 0xaba3: "\u13d3", 0xaba4: "\u13d4",
	0xaba5: "\u13d5", 0xaba6: "\u13d6", 0xaba7: "\u13d7", 0xaba8: "\u13d8", 0xaba9: "\u13d9", 0xabaa: "\u13da",
	0xabab: "\u13db", 0xabac: "\u13dc", 0xabad: "\u13dd", 0xabae: "\u13de", 0xabaf: "\u13df", 0xabb0: "\u13e0",
	0xabb1: "\u13e1", 0xabb2: "\u13e2", 0xabb3: "\u13e3", 0xabb4: "\u13e4", 0xabb5: "\u13e5", 0xabb6: "\u13e6",
	0xabb7: "\u13e7", 0xabb8: "\u13e8", 0xabb9: "\u13e9", 0xabba: "\u13ea", 0xabbb: "\u13eb", 0xabbc: "\u13ec",
	0xabbd: "\u13ed", 0xabbe: "\u13ee", 0xabbf: "\u13ef", 0xfb00: "ff", 0xfb01: "fi", 0xfb02: "fl",
	0xfb03: "ffi", 0xfb04: "ffl", 0xfb05: "st", 0xfb06: "st", 0xfb13: "\u0574\u0576", 0xfb14: "\u0574\u0565",
	0xfb15: "\u0574\u056b", 0xfb16: "\u057e\u0576", 0xfb17: "\u0574\u056d",
}

// digitRanges lists the digits that are not decimal digits (superscripts, circled digits), which
// str.isdigit accepts.
var digitRanges = [][2]rune{
	{0xb2, 0xb3}, {0xb9, 0xb9}, {0x1369, 0x1371}, {0x19da, 0x19da}, {0x2070, 0x2070}, {0x2074, 0x2079},
	{0x2080, 0x2089}, {0x2460, 0x2468}, {0x2474, 0x247c}, {0x2488, 0x2490}, {0x24ea, 0x24ea}, {0x24f5, 0x24fd},
	{0x24ff, 0x24ff}, {0x2776, 0x277e}, {0x2780, 0x2788}, {0x278a, 0x2792}, {0x10a40, 0x10a43}, {0x10e60, 0x10e68},
	{0x11052, 0x1105a}, {0x1f100, 0x1f10a},
}

// numericIdeographs are the CJK ideographs with a numeric value, which str.isnumeric accepts.
const numericIdeographs = "\u3405\u3483\u382a\u3b4d\u4e00\u4e03\u4e07\u4e09\u4e5d\u4e8c\u4e94\u4e96\u4ebf\u4ec0\u4edf\u4ee8\u4f0d\u4f70\u5104\u5146\u5169\u516b\u516d\u5341\u5343\u5344\u5345\u534c\u53c1\u53c2\u53c3\u53c4\u56db\u58f1\u58f9\u5e7a\u5efe\u5eff\u5f0c\u5f0d\u5f0e\u5f10\u62fe\u634c\u67d2\u6f06\u7396\u767e\u8086\u842c\u8cae\u8cb3\u8d30\u9621\u9646\u964c\u9678\u96f6\uf96b\uf973\uf978\uf9b2\uf9d1\uf9d3\uf9fd\U00020001\U00020064\U000200e2\U00020121\U0002092a\U00020983\U0002098c\U0002099c\U00020aea\U00020afd\U00020b19\U00022390\U00022998\U00023b1b\U0002626d\U0002f890"
