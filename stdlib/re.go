package stdlib

import (
	"errors"

	"github.com/dlclark/regexp2/v2"

	"github.com/asyncscript/asyncscript/vm"
)

// regexClass is the class of _re's compiled programs, which lib/re.py wraps in Pattern.
var regexClass = vm.NewBuiltinClass("_Regex", vm.ObjectClass)

// Scan modes: where a match may start and end.
const (
	scanSearch = iota
	scanMatch
	scanFullmatch
	// scanAdvance matches at the start position only, and not empty: where finditer goes
	// on after an empty match.
	scanAdvance
)

// regex is a compiled pattern: the translation and one regexp2 program per scan mode,
// compiled on first use.
type regex struct {
	prog    *reProgram
	options regexp2.RegexOptions
	engines [4]*regexp2.Regexp
	// text and runes cache the last subject's code points: finditer and sub scan one string
	// many times.
	text  string
	runes []rune
}

// Type implements vm.Value.
func (*regex) Type() *vm.Class { return regexClass }

// engine returns the regexp2 program for a scan mode: the pattern itself, anchored at the
// start position (\G), anchored at both ends, or anchored and ending elsewhere than it
// started ((?!\G): \G is the start position).
func (r *regex) engine(mode int) (*regexp2.Regexp, error) {
	if e := r.engines[mode]; e != nil {
		return e, nil
	}
	expr := [...]string{r.prog.expr, `\G(?:` + r.prog.expr + `)`, `\G(?:` + r.prog.expr + `)\z`, `\G(?:` + r.prog.expr + `)(?!\G)`}[mode]
	e, err := regexp2.Compile(expr, r.options)
	if err != nil {
		return nil, vm.Errorf(vm.NotImplementedError, "asyncscript cannot compile this pattern: %s", err)
	}
	r.engines[mode] = e
	return e, nil
}

// subject returns s as code points, reusing the last conversion.
func (r *regex) subject(s string) []rune {
	if s != r.text || r.runes == nil {
		r.text, r.runes = s, []rune(s)
	}
	return r.runes
}

func init() {
	regexClass.Module = "_re"
	// The programs' methods, called by lib/re.py only, take their arguments by position.
	regexClass.DefineMethods([]vm.MethodDef{
		{Name: "scan", Style: vm.PosArgs, Min: 4, Max: 4, Fn: regexScan},
		{Name: "scanall", Style: vm.PosArgs, Min: 4, Max: 4, Fn: regexScanAll},
		{Name: "findall", Style: vm.PosArgs, Min: 3, Max: 3, Fn: regexFindall},
		{Name: "split", Style: vm.PosArgs, Min: 2, Max: 2, Fn: regexSplit},
		{Name: "subn", Style: vm.PosArgs, Min: 4, Max: 4, Fn: regexSubn},
	})
}

// newRegexCore is _re, the engine under lib/re.py.
var newRegexCore = coreModule("_re", vm.NewFunc(vm.Signature{Name: "compile", Style: vm.PosArgs, Min: 3, Max: 3}, regexCompile))

// regexCompile is _re.compile(pattern, flags, error) -> (program, groups, groupindex, flags):
// error is re.error, raised as error(msg, pattern, pos) for a bad pattern.
func regexCompile(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
	pattern, ok := a[0].(vm.Str)
	if !ok {
		return nil, vm.Errorf(vm.NotImplementedError, "asyncscript supports str patterns only, not %s", vm.TypeName(a[0]))
	}
	flags, ok := a[1].(vm.Int)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "flags must be an int, not %s", vm.TypeName(a[1]))
	}
	prog, err := translateRegex(string(pattern), int(flags))
	var syn *reSyntaxError
	if errors.As(err, &syn) {
		e, err := th.Call(a[2], []vm.Value{vm.Str(syn.msg), pattern, syn.posValue()}, nil)
		if err != nil {
			return nil, err
		}
		if exc, ok := e.(*vm.Exception); ok {
			return nil, exc
		}
	}
	if err != nil {
		return nil, vm.Errorf(vm.NotImplementedError, "%s", err.Error())
	}
	r, err := newRegex(prog)
	if err != nil {
		return nil, err
	}
	index := vm.NewDict()
	for _, name := range prog.nameOrder {
		index.SetStr(name, vm.MakeInt(int64(prog.names[name])))
	}
	return vm.Tuple{r, vm.MakeInt(int64(prog.groups)), index, vm.MakeInt(int64(prog.flags))}, nil
}

// newRegex prepares a translated program for matching, compiling its search form now so
// that engine errors surface at re.compile.
func newRegex(prog *reProgram) (*regex, error) {
	if prog.flags&reASCII == 0 {
		prog.flags |= reUnicode
	}
	r := &regex{prog: prog, options: regexp2.None}
	for bit, opt := range map[int]regexp2.RegexOptions{reIgnoreCase: regexp2.IgnoreCase, reMultiline: regexp2.Multiline, reDotAll: regexp2.Singleline} {
		if prog.flags&bit != 0 {
			r.options |= opt
		}
	}
	_, err := r.engine(scanSearch)
	return r, err
}

// subjectArg is the string a pattern scans, with CPython's errors for anything else: a
// (str) pattern never scans bytes.
func subjectArg(v vm.Value) (vm.Str, error) {
	switch x := v.(type) {
	case vm.Str:
		return x, nil
	case vm.Bytes, *vm.ByteArray:
		return "", vm.Errorf(vm.TypeError, "cannot use a string pattern on a bytes-like object")
	}
	return "", vm.Errorf(vm.TypeError, "expected string or bytes-like object, got '%s'", vm.TypeName(v))
}

// scanArgs reads self and (string, pos, endpos) and clamps the window as CPython does; runes
// is nil when the window is empty.
func scanArgs(self vm.Value, a []vm.Value) (r *regex, runes []rune, w window, err error) {
	r = self.(*regex)
	s, err := subjectArg(a[0])
	if err != nil {
		return nil, nil, w, err
	}
	runes = r.subject(string(s))
	w = window{clampIndex(a[1], len(runes)), clampIndex(a[2], len(runes))}
	if w.pos > w.endpos {
		return r, nil, w, nil
	}
	return r, runes[:w.endpos], w, nil
}

// window is the part of the subject a scan looks at: Match.pos and Match.endpos.
type window struct{ pos, endpos int }

// clampIndex reads a position argument, clamped to [0, n].
func clampIndex(v vm.Value, n int) int {
	f, _ := vm.ToFloat(v)
	switch {
	case f < 0:
		return 0
	case f > float64(n):
		return n
	}
	return int(f)
}

// regexScan is program.scan(string, pos, endpos, mode): the match (see result), or None.
func regexScan(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
	r, runes, w, err := scanArgs(self, a)
	if err != nil || runes == nil {
		return vm.None, err
	}
	mode := int(a[3].(vm.Int))
	e, err := r.engine(mode)
	if err != nil {
		return nil, err
	}
	m, err := e.FindRunesMatchStartingAt(runes, w.pos)
	if err != nil || m == nil {
		return vm.None, err
	}
	return r.result(m, w), nil
}

// result converts a match to what re.Match is built from: (spans, lastindex, groups, pos,
// endpos), where spans holds the start and end of every group (-1 for the groups that did
// not take part) and groups their text (None for those). Go slices the text: slicing a str
// in the interpreter costs a scan of the whole string.
func (r *regex) result(m *regexp2.Match, w window) vm.Value {
	n := r.prog.groups + 1
	spans := make(vm.Tuple, 2*n)
	groups := make(vm.Tuple, n)
	last, lastEnd, lastClose := vm.Value(vm.None), -1, -1
	for i := 0; i < n; i++ {
		g := m.GroupByNumber(i)
		if g == nil || len(g.Captures) == 0 {
			spans[2*i], spans[2*i+1], groups[i] = vm.MakeInt(-1), vm.MakeInt(-1), vm.None
			continue
		}
		end := g.RuneIndex + g.RuneLength
		spans[2*i], spans[2*i+1] = vm.MakeInt(int64(g.RuneIndex)), vm.MakeInt(int64(end))
		groups[i] = vm.Str(string(g.Runes()))
		if i > 0 && (end > lastEnd || end == lastEnd && r.prog.closeAt[i] > lastClose) {
			last, lastEnd, lastClose = vm.MakeInt(int64(i)), end, r.prog.closeAt[i]
		}
	}
	return vm.Tuple{spans, last, groups, vm.MakeInt(int64(w.pos)), vm.MakeInt(int64(w.endpos))}
}

// groupText is the text of group i of m, or None when it did not take part.
func groupText(m *regexp2.Match, i int, unmatched vm.Value) vm.Value {
	g := m.GroupByNumber(i)
	if g == nil || len(g.Captures) == 0 {
		return unmatched
	}
	return vm.Str(string(g.Runes()))
}

// regexScanAll is program.scanall(string, pos, endpos, count): the successive
// non-overlapping matches as findall, finditer, sub and split see them.
func regexScanAll(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
	r, runes, w, err := scanArgs(self, a)
	if err != nil {
		return nil, err
	}
	var out []vm.Value
	if runes == nil {
		return vm.NewList(out), nil
	}
	count := int(a[3].(vm.Int))
	err = r.each(runes, w.pos, count, func(m *regexp2.Match) { out = append(out, r.result(m, w)) })
	if err != nil {
		return nil, err
	}
	return vm.NewList(out), nil
}

// each calls yield for the successive non-overlapping matches in runes from pos (at most
// count when count > 0). After an empty match the next may not be empty at the same place:
// as in CPython, a non-empty match there is tried first, then the search moves on.
func (r *regex) each(runes []rune, pos, count int, yield func(*regexp2.Match)) error {
	e, err := r.engine(scanSearch)
	if err != nil {
		return err
	}
	prevEmptyAt := -1
	for n := 0; pos <= len(runes) && (count <= 0 || n < count); {
		m, err := e.FindRunesMatchStartingAt(runes, pos)
		if err != nil || m == nil {
			return err
		}
		if m.RuneLength == 0 && m.RuneIndex == prevEmptyAt {
			adv, err := r.engine(scanAdvance)
			if err != nil {
				return err
			}
			if m, err = adv.FindRunesMatchStartingAt(runes, pos); err != nil {
				return err
			}
			if m == nil {
				pos++
				prevEmptyAt = -1
				continue
			}
		}
		yield(m)
		n++
		pos = m.RuneIndex + m.RuneLength
		prevEmptyAt = -1
		if m.RuneLength == 0 {
			prevEmptyAt = pos
		}
	}
	return nil
}
