package stdlib

import (
	"strings"

	"github.com/dlclark/regexp2/v2"

	"github.com/asyncscript/asyncscript/vm"
)

// The whole-string operations of re, in Go: each slices the subject once per match, which
// the interpreter cannot do cheaply.

// regexFindall is program.findall(string, pos, endpos): the whole matches when the pattern
// has no groups, the text of group 1 when it has one, tuples of all groups otherwise (empty
// strings for groups that did not take part).
func regexFindall(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
	r, runes, w, err := scanArgs(self, a)
	if err != nil {
		return nil, err
	}
	out := []vm.Value{}
	if runes == nil {
		return vm.NewList(out), nil
	}
	n := r.prog.groups
	err = r.each(runes, w.pos, 0, func(m *regexp2.Match) {
		switch n {
		case 0:
			out = append(out, groupText(m, 0, vm.Str("")))
		case 1:
			out = append(out, groupText(m, 1, vm.Str("")))
		default:
			t := make(vm.Tuple, n)
			for i := range t {
				t[i] = groupText(m, i+1, vm.Str(""))
			}
			out = append(out, t)
		}
	})
	return vm.NewList(out), err
}

// regexSplit is program.split(string, maxsplit): the text between matches, with the groups
// of each separator in between (None for groups that did not take part).
func regexSplit(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
	r, runes, maxsplit, err := wholeSubject(th, self, a)
	if err != nil {
		return nil, err
	}
	if maxsplit < 0 {
		return vm.NewList([]vm.Value{a[0]}), nil
	}
	var out []vm.Value
	last := 0
	err = r.each(runes, 0, maxsplit, func(m *regexp2.Match) {
		out = append(out, vm.Str(string(runes[last:m.RuneIndex])))
		for i := 1; i <= r.prog.groups; i++ {
			out = append(out, groupText(m, i, vm.None))
		}
		last = m.RuneIndex + m.RuneLength
	})
	out = append(out, vm.Str(string(runes[last:])))
	return vm.NewList(out), err
}

// wholeSubject reads self, the string argument and the count that limits the matches, for
// the operations that scan the whole string (split and subn).
func wholeSubject(th *vm.Thread, self vm.Value, a []vm.Value) (r *regex, subject []rune, limit int, err error) {
	r = self.(*regex)
	s, err := subjectArg(a[0])
	if err != nil {
		return nil, nil, 0, err
	}
	if limit, err = vm.IndexArg(th, a[1]); err != nil {
		return nil, nil, 0, err
	}
	return r, r.subject(string(s)), limit, nil
}

// regexSubn is program.subn(string, count, literal, fn): string with its matches replaced
// by literal, or (when literal is None) by fn(result) for each match's result tuple, and the
// number of replacements.
func regexSubn(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
	r, runes, count, err := wholeSubject(th, self, a)
	if err != nil {
		return nil, err
	}
	literal, isLiteral := a[2].(vm.Str)
	fn := a[3]
	var b strings.Builder
	last, n, pieces := 0, 0, 0
	var fnErr error
	w := window{0, len(runes)}
	err = r.each(runes, 0, count, func(m *regexp2.Match) {
		if fnErr != nil {
			return
		}
		if m.RuneIndex > last {
			b.WriteString(string(runes[last:m.RuneIndex]))
			pieces++
		}
		piece := literal
		if !isLiteral {
			v, err := th.Call(fn, []vm.Value{r.result(m, w)}, nil)
			if err != nil {
				fnErr = err
				return
			}
			s, ok := v.(vm.Str)
			if !ok {
				fnErr = vm.Errorf(vm.TypeError, "sequence item %d: expected str instance, %s found", pieces, vm.TypeName(v))
				return
			}
			piece = s
		}
		if piece != "" {
			b.WriteString(string(piece))
			pieces++
		}
		last = m.RuneIndex + m.RuneLength
		n++
	})
	if fnErr != nil {
		return nil, fnErr
	}
	if err != nil {
		return nil, err
	}
	b.WriteString(string(runes[last:]))
	return vm.Tuple{vm.Str(b.String()), vm.MakeInt(int64(n))}, nil
}
