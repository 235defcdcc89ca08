package stdlib

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/asyncscript/asyncscript/vm"
)

// Python regex flag bits, as re.IGNORECASE and friends.
const (
	reIgnoreCase = 2
	reLocale     = 4
	reMultiline  = 8
	reDotAll     = 16
	reUnicode    = 32
	reVerbose    = 64
	reASCII      = 256
)

// reSyntaxError is a re.error: CPython's message and the position in the pattern.
type reSyntaxError struct {
	msg string
	pos int
}

func (e *reSyntaxError) Error() string { return fmt.Sprintf("%s at position %d", e.msg, e.pos) }

// posValue is the position as re.error takes it: None for errors without one.
func (e *reSyntaxError) posValue() vm.Value {
	if e.pos < 0 {
		return vm.None
	}
	return vm.MakeInt(int64(e.pos))
}

// reProgram is a Python pattern translated to regexp2's (.NET) syntax, with what Python's
// Match needs to know about its groups.
type reProgram struct {
	// expr is the translated pattern; flags are the Python flags, inline ones included.
	expr  string
	flags int
	// groups counts the capturing groups; names maps group names to numbers. Every group is
	// unnamed in expr, so regexp2 numbers them left to right as Python does (.NET would
	// number named groups after the unnamed ones).
	groups int
	names  map[string]int
	// names in order of definition, for groupindex.
	nameOrder []string
	// closeAt is, per group, the pattern offset of its closing parenthesis: of two groups
	// ending at the same place, the one closed later is Match.lastindex.
	closeAt []int
}

// asciiClasses are the ASCII meanings of \d \w \s (and their negations) under re.ASCII.
var asciiClasses = map[byte][2]string{
	'd': {"0-9", "[^0-9]"},
	'w': {"a-zA-Z0-9_", "[^a-zA-Z0-9_]"},
	's': {" \\t\\n\\r\\f\\v", "[^ \\t\\n\\r\\f\\v]"},
}

// reTranslator walks a Python pattern once, copying it to .NET syntax.
type reTranslator struct {
	p     string
	i     int
	out   strings.Builder
	prog  *reProgram
	open  []int // group numbers (0 for non-capturing) of the open parentheses
	start []int // pattern offsets of the open parentheses
	// canRepeat is whether the last item may take a quantifier.
	canRepeat bool
	// repeated is whether the last item is already quantified.
	repeated bool
	// widths has a frame for the whole pattern and one per open group.
	widths []groupWidth
	// asciiScope is the nesting depth (len(open)) of the innermost open (?a:...) group
	// outside which re.ASCII is off, or 0 when none is open.
	asciiScope int
}

// ascii is whether re.ASCII governs the pattern at the current position: given as a flag,
// or inside a (?a:...) group.
func (t *reTranslator) ascii() bool { return t.prog.flags&reASCII != 0 || t.asciiScope > 0 }

// translateRegex converts pattern with the given flags.
func translateRegex(pattern string, flags int) (*reProgram, error) {
	t := &reTranslator{p: pattern, prog: &reProgram{flags: flags, names: map[string]int{}, closeAt: []int{-1}}, widths: []groupWidth{{}}}
	if err := t.run(); err != nil {
		return nil, err
	}
	t.prog.expr = t.out.String()
	return t.prog, nil
}

func (t *reTranslator) fail(msg string, pos int) error { return &reSyntaxError{msg, pos} }

func (t *reTranslator) verbose() bool { return t.prog.flags&reVerbose != 0 }

func (t *reTranslator) run() error {
	for t.i < len(t.p) {
		c := t.p[t.i]
		switch {
		case c == '\\':
			at := t.i
			if err := t.escape(false); err != nil {
				return err
			}
			t.item(escapeWidth(t.p[at+1]))
		case c == '[':
			if err := t.class(); err != nil {
				return err
			}
			t.item(1)
		case c == '(':
			if err := t.group(); err != nil {
				return err
			}
		case c == ')':
			if len(t.open) == 0 {
				return t.fail("unbalanced parenthesis", t.i)
			}
			if g := t.open[len(t.open)-1]; g > 0 {
				t.prog.closeAt[g] = t.i
			}
			w, err := t.closeWidth()
			if err != nil {
				return err
			}
			if len(t.open) == t.asciiScope {
				t.asciiScope = 0
			}
			t.open, t.start = t.open[:len(t.open)-1], t.start[:len(t.start)-1]
			t.out.WriteByte(')')
			t.i++
			t.item(w)
		case c == '*' || c == '+' || c == '?' || c == '{':
			if err := t.quantifier(); err != nil {
				return err
			}
		case c == '|':
			t.top().alternative()
			t.out.WriteByte('|')
			t.i++
			t.canRepeat = false
		case c == '^' || c == '$':
			t.out.WriteByte(c)
			t.i++
			t.canRepeat = false
		case t.verbose() && c == '#':
			for t.i < len(t.p) && t.p[t.i] != '\n' {
				t.i++
			}
		case t.verbose() && strings.IndexByte(" \t\n\r\f\v", c) >= 0:
			t.i++
		default:
			t.out.WriteByte(c)
			t.i++
			t.item(1)
		}
	}
	if len(t.open) > 0 {
		return t.fail("missing ), unterminated subpattern", t.start[len(t.start)-1])
	}
	return nil
}

// item records that a repeatable item matching width characters (-1: a varying number)
// was just written.
func (t *reTranslator) item(width int) {
	t.canRepeat, t.repeated = true, false
	f := t.top()
	f.last = width
	if width < 0 {
		f.variable = true
	} else {
		f.cur += width
	}
}

// groupWidth follows how many characters the innermost open group matches, so that a
// lookbehind that is not of fixed width is rejected as Python rejects it.
type groupWidth struct {
	// cur is the width of the current alternative so far, alt that of the earlier ones.
	cur, alt int
	altSet   bool
	// last is the width of the last item, which a {n} repeat multiplies.
	last     int
	variable bool
}

// alternative starts the next alternative of a group at a '|'.
func (f *groupWidth) alternative() {
	if f.altSet && f.alt != f.cur {
		f.variable = true
	}
	f.alt, f.altSet, f.cur = f.cur, true, 0
}

// top is the width frame of the innermost open group (or of the whole pattern).
func (t *reTranslator) top() *groupWidth {
	return &t.widths[len(t.widths)-1]
}

// pushWidth opens the width frame of a group.
func (t *reTranslator) pushWidth() { t.widths = append(t.widths, groupWidth{}) }

// closeWidth closes the innermost group's frame and returns the width the group matches
// (0 for lookarounds, -1 when it varies); a lookbehind must have a fixed width.
func (t *reTranslator) closeWidth() (int, error) {
	f := t.top()
	f.alternative()
	t.widths = t.widths[:len(t.widths)-1]
	src := t.p[t.start[len(t.start)-1]:]
	if strings.HasPrefix(src, "(?<=") || strings.HasPrefix(src, "(?<!") {
		if f.variable {
			return 0, t.lookbehindError()
		}
		return 0, nil
	}
	if strings.HasPrefix(src, "(?=") || strings.HasPrefix(src, "(?!") {
		return 0, nil
	}
	if f.variable {
		return -1, nil
	}
	return f.cur, nil
}

// escapeWidth is how many characters the escape \c matches: none for the anchors, a varying
// number for a backreference.
func escapeWidth(c byte) int {
	switch {
	case strings.IndexByte("bBAZ", c) >= 0:
		return 0
	case c >= '1' && c <= '9':
		return -1
	}
	return 1
}

func (t *reTranslator) quantifier() error {
	at := t.i
	c := t.p[t.i]
	if c == '{' {
		j := t.i + 1
		for j < len(t.p) && (t.p[j] >= '0' && t.p[j] <= '9' || t.p[j] == ',') {
			j++
		}
		body := t.p[t.i+1 : min(j, len(t.p))]
		if j >= len(t.p) || t.p[j] != '}' || body == "" || strings.Count(body, ",") > 1 || body == "," {
			t.out.WriteString(`\{`) // not a repeat: a literal brace, as Python reads it
			t.i++
			t.item(1)
			return nil
		}
		if strings.HasPrefix(body, ",") {
			body = "0" + body
		}
		lo, hi, bounded := strings.Cut(body, ",")
		minRep, _ := strconv.Atoi(lo)
		maxRep, errMax := strconv.Atoi(hi)
		if bounded && errMax == nil && minRep > maxRep {
			return t.fail("min repeat greater than max repeat", at+1)
		}
		if t.inLookbehind() && (bounded && lo != hi) {
			return t.lookbehindError()
		}
		if f := t.top(); bounded && lo != hi || f.last < 0 {
			f.variable = true
		} else {
			f.cur += f.last * (minRep - 1)
		}
		if !t.canRepeat {
			return t.fail("nothing to repeat", at)
		}
		if t.repeated {
			return t.fail("multiple repeat", at)
		}
		t.out.WriteString("{" + body + "}")
		t.i = j + 1
	} else {
		if !t.canRepeat {
			return t.fail("nothing to repeat", at)
		}
		if t.repeated {
			return t.fail("multiple repeat", at)
		}
		if t.inLookbehind() {
			return t.lookbehindError()
		}
		t.top().variable = true
		t.out.WriteByte(c)
		t.i++
	}
	if t.i < len(t.p) && t.p[t.i] == '?' {
		t.out.WriteByte('?')
		t.i++
	} else if t.i < len(t.p) && t.p[t.i] == '+' {
		return fmt.Errorf("asyncscript does not support possessive quantifiers (at position %d)", t.i)
	}
	t.repeated = true
	return nil
}

// inLookbehind is whether a lookbehind group is open, where Python needs a fixed width.
func (t *reTranslator) inLookbehind() bool {
	for _, at := range t.start {
		if strings.HasPrefix(t.p[at:], "(?<=") || strings.HasPrefix(t.p[at:], "(?<!") {
			return true
		}
	}
	return false
}

// lookbehindError is CPython's error for a variable-width lookbehind, which has no position.
func (t *reTranslator) lookbehindError() error {
	return &reSyntaxError{msg: "look-behind requires fixed-width pattern", pos: -1}
}

// escape copies the escape at t.i; inClass is whether it is inside [...].
func (t *reTranslator) escape(inClass bool) error {
	at := t.i
	if at+1 >= len(t.p) {
		return t.fail("bad escape (end of pattern)", at)
	}
	c := t.p[at+1]
	t.i += 2
	switch {
	case strings.IndexByte("dwsDWS", c) >= 0:
		if t.ascii() {
			cl := asciiClasses[c|0x20]
			switch {
			case c >= 'a' && inClass:
				t.out.WriteString(cl[0])
			case c >= 'a':
				t.out.WriteString("[" + cl[0] + "]")
			case inClass:
				return fmt.Errorf("asyncscript does not support \\%c inside a set with re.ASCII", c)
			default:
				t.out.WriteString(cl[1])
			}
			return nil
		}
		t.out.WriteString(t.p[at:t.i])
	case c == 'Z' && !inClass:
		t.out.WriteString(`\z`)
	case c == 'A' || c == 'b' || c == 'B':
		if inClass && c != 'b' {
			return t.fail("bad escape \\"+string(c), at)
		}
		t.out.WriteString(t.p[at:t.i])
	case c >= '1' && c <= '9' && !inClass:
		j := t.i
		for j < len(t.p) && j < at+3 && t.p[j] >= '0' && t.p[j] <= '9' {
			j++
		}
		var n int
		fmt.Sscan(t.p[at+1:j], &n)
		if n > t.prog.groups {
			return t.fail(fmt.Sprintf("invalid group reference %d", n), at+1)
		}
		if t.isOpen(n) {
			return t.fail("cannot refer to an open group", at)
		}
		t.i = j
		fmt.Fprintf(&t.out, `(?:\%d)`, n)
	case c == 'x' || c == 'u' || c == 'U' || c == '0' || strings.IndexByte("afnrtv", c) >= 0:
		t.out.WriteString(t.p[at:t.i])
	case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		return t.fail("bad escape \\"+string(c), at)
	default:
		t.out.WriteString(t.p[at:t.i])
	}
	return nil
}

// isOpen is whether group n is still open (a reference to it cannot match).
func (t *reTranslator) isOpen(n int) bool {
	for _, g := range t.open {
		if g == n {
			return true
		}
	}
	return false
}

// class copies a character set [...].
func (t *reTranslator) class() error {
	at := t.i
	t.out.WriteByte('[')
	t.i++
	if t.i < len(t.p) && t.p[t.i] == '^' {
		t.out.WriteByte('^')
		t.i++
	}
	first := true
	// regexp2 stops testing a set's classes at the first negated one (\W \S \D) that the
	// character belongs to, so [\W\d] would miss digits: the negated ones go last, where
	// that is right, and two of them in one set are refused.
	var negated []string
	for {
		if t.i >= len(t.p) {
			return t.fail("unterminated character set", at)
		}
		c := t.p[t.i]
		switch {
		case c == ']' && !first:
			if len(negated) > 1 {
				return fmt.Errorf("asyncscript does not support two of \\W \\S \\D in one set (%s)", t.p[at:t.i+1])
			}
			t.out.WriteString(strings.Join(negated, ""))
			t.out.WriteByte(']')
			t.i++
			return nil
		case c == '\\' && t.i+1 < len(t.p) && strings.IndexByte("DWS", t.p[t.i+1]) >= 0 && !t.ascii():
			negated = append(negated, t.p[t.i:t.i+2])
			t.i += 2
		case c == '\\':
			if err := t.escape(true); err != nil {
				return err
			}
		case c == '[' || c == ']':
			t.out.WriteString(`\` + string(c))
			t.i++
		default:
			if t.i+2 < len(t.p) && t.p[t.i+1] == '-' && t.p[t.i+2] != ']' && t.p[t.i+2] != '\\' && t.p[t.i+2] < c {
				return t.fail(fmt.Sprintf("bad character range %s", t.p[t.i:t.i+3]), t.i)
			}
			t.out.WriteByte(c)
			t.i++
		}
		first = false
	}
}

// group copies an opening parenthesis and what Python puts after it.
func (t *reTranslator) group() error {
	at := t.i
	rest := t.p[at+1:]
	t.canRepeat = false
	push := func(g int, text string, skip int) {
		t.pushWidth()
		t.open = append(t.open, g)
		t.start = append(t.start, at)
		t.out.WriteString(text)
		t.i = at + 1 + skip
	}
	newGroup := func() int {
		t.prog.groups++
		t.prog.closeAt = append(t.prog.closeAt, -1)
		return t.prog.groups
	}
	if !strings.HasPrefix(rest, "?") {
		push(newGroup(), "(", 0)
		return nil
	}
	switch {
	case strings.HasPrefix(rest, "?P<"):
		end := strings.IndexByte(rest, '>')
		if end < 0 {
			return t.fail("missing >, unterminated name", at+4)
		}
		name := rest[3:end]
		if !isIdentifier(name) {
			return t.fail(fmt.Sprintf("bad character in group name '%s'", name), at+4)
		}
		if _, dup := t.prog.names[name]; dup {
			return t.fail(fmt.Sprintf("redefinition of group name '%s' as group %d; was group %d", name, t.prog.groups+1, t.prog.names[name]), at+4)
		}
		g := newGroup()
		t.prog.names[name] = g
		t.prog.nameOrder = append(t.prog.nameOrder, name)
		push(g, "(", end+1)
	case strings.HasPrefix(rest, "?P="):
		end := strings.IndexByte(rest, ')')
		if end < 0 {
			return t.fail("missing ), unterminated name", at+4)
		}
		name := rest[3:end]
		g, ok := t.prog.names[name]
		if !ok {
			return t.fail(fmt.Sprintf("unknown group name '%s'", name), at+4)
		}
		fmt.Fprintf(&t.out, `(?:\%d)`, g)
		t.i = at + 1 + end + 1
		t.item(-1)
	case strings.HasPrefix(rest, "?#"):
		end := strings.IndexByte(rest, ')')
		if end < 0 {
			return t.fail("missing ), unterminated comment", at)
		}
		t.i = at + 1 + end + 1
	case strings.HasPrefix(rest, "?:"), strings.HasPrefix(rest, "?="), strings.HasPrefix(rest, "?!"),
		strings.HasPrefix(rest, "?<="), strings.HasPrefix(rest, "?<!"), strings.HasPrefix(rest, "?>"):
		n := 2
		if rest[1] == '<' {
			n = 3
		}
		push(0, "("+rest[:n], n)
	case strings.HasPrefix(rest, "?("):
		end := strings.IndexByte(rest, ')')
		if end < 0 {
			return t.fail("missing ), unterminated name", at+3)
		}
		ref := rest[2:end]
		if g, ok := t.prog.names[ref]; ok {
			ref = fmt.Sprint(g)
		}
		push(0, "(?("+ref+")", end+1)
	default:
		return t.inlineFlags(at, rest)
	}
	return nil
}

// inlineFlags handles (?aiLmsux) and (?aiLmsux-imsx:...).
func (t *reTranslator) inlineFlags(at int, rest string) error {
	bits := map[byte]int{'a': reASCII, 'i': reIgnoreCase, 'L': reLocale, 'm': reMultiline, 's': reDotAll, 'u': reUnicode, 'x': reVerbose}
	j := 1
	var on, off strings.Builder
	neg := false
	for j < len(rest) && (bits[rest[j]] != 0 || rest[j] == '-') {
		switch {
		case rest[j] == '-':
			neg = true
		case neg:
			off.WriteByte(rest[j])
		default:
			on.WriteByte(rest[j])
		}
		j++
	}
	if j >= len(rest) {
		return t.fail("missing -, : or )", at+1+j)
	}
	netFlags := func(s string) string {
		return strings.NewReplacer("a", "", "u", "", "L", "").Replace(s)
	}
	switch rest[j] {
	case ')':
		if neg {
			return t.fail("missing :", at+1+j)
		}
		if at != 0 {
			return t.fail("global flags not at the start of the expression", at)
		}
		for k := 0; k < on.Len(); k++ {
			t.prog.flags |= bits[on.String()[k]]
		}
		if f := strings.ReplaceAll(netFlags(on.String()), "x", ""); f != "" {
			t.out.WriteString("(?" + f + ")")
		}
		t.i = at + 1 + j + 1
	case ':':
		f := netFlags(on.String())
		if off.Len() > 0 {
			f += "-" + off.String()
		}
		t.pushWidth()
		t.open = append(t.open, 0)
		t.start = append(t.start, at)
		if strings.Contains(on.String(), "a") && t.asciiScope == 0 {
			t.asciiScope = len(t.open)
		}
		if f == "" {
			t.out.WriteString("(?:")
		} else {
			t.out.WriteString("(?" + f + ":")
		}
		t.i = at + 1 + j + 1
	default:
		if neg {
			return t.fail("unknown flag", at+1+j)
		}
		return t.fail("unknown extension ?"+string(rest[j]), at+1)
	}
	return nil
}

// isIdentifier is whether s is a Python identifier (ASCII letters, digits, underscores and
// any non-ASCII letter).
func isIdentifier(s string) bool {
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return s != ""
}
