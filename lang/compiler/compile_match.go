package compiler

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/asyncscript/asyncscript/lang/ast"
	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// A match statement keeps its subject on the stack while the case clauses try it in order.
// Each clause pushes the values its pattern compares with, and MATCH_PATTERN (run by the vm)
// matches the subject against the clause's bytecode.Pattern:
//
//	COPY 1; <n values>; LOAD_CONST p; MATCH_PATTERN n,k   subject c1..ck ok
//	POP_JUMP_IF_FALSE fail
//	STORE name_k ... STORE name_1                        subject (names bound only on success)
//	<guard>; POP_JUMP_IF_FALSE next
//	POP_TOP; <body>; JUMP end
//	fail: POP_TOP × k                                    subject
//	next: <the next clause>
//	POP_TOP                                              (no clause matched)
//	end:

func (c *compiler) matchStmt(s *ast.Match) {
	c.expr(s.Subject)
	end := c.newLabel()
	for i, mc := range s.Cases {
		pc := &patternCompiler{c: c, slots: map[string]int{}}
		root := pc.pattern(mc.Pattern, mc.Guard != nil || i == len(s.Cases)-1, map[string]bool{})
		old := c.setSpan(mc.Pattern)
		c.emit(bytecode.COPY, 1)
		for _, v := range pc.values {
			c.expr(v)
		}
		k := len(pc.names)
		if len(pc.values) >= bytecode.MaxMatchItems || k >= bytecode.MaxMatchItems {
			c.errorf(mc.Pattern, "too many sub-patterns in one pattern")
		}
		c.emitConst(root)
		c.emit(bytecode.MATCH_PATTERN, bytecode.MatchArg(len(pc.values), k))
		fail, next := c.newLabel(), c.newLabel()
		c.emitJump(bytecode.POP_JUMP_IF_FALSE, fail)
		for i := k - 1; i >= 0; i-- {
			c.storeName(pc.names[i])
		}
		if mc.Guard != nil {
			c.expr(mc.Guard)
			c.emitJump(bytecode.POP_JUMP_IF_FALSE, next)
		}
		c.emit(bytecode.POP_TOP, 0)
		c.stmts(mc.Body)
		c.setSpan(mc.Pattern)
		c.emitJump(bytecode.JUMP, end)
		c.place(fail)
		c.adjust(1 + k) // the jump to fail leaves the subject and the captures
		for i := 0; i < k; i++ {
			c.emit(bytecode.POP_TOP, 0)
		}
		c.place(next)
		c.restoreSpan(old)
	}
	c.emit(bytecode.POP_TOP, 0)
	c.place(end)
}

// patternCompiler builds one clause's bytecode.MatchPattern: it collects the values the
// pattern compares with and the names it captures (each name's slot is its index in names),
// and reports the errors CPython's compiler reports for patterns.
type patternCompiler struct {
	c      *compiler
	values []ast.Expr
	names  []string
	slots  map[string]int
	// last is the pattern compiled last, where CPython reports the errors found once a
	// pattern is done (a repeated name, alternatives that bind different names).
	last ast.Pattern
}

func (pc *patternCompiler) value(x ast.Expr) int {
	pc.values = append(pc.values, x)
	return len(pc.values) - 1
}

// capture returns the slot of a captured name ("" for none), checking that the pattern binds
// it once; bound collects the names bound so far by the enclosing alternative.
func (pc *patternCompiler) capture(name string, bound map[string]bool) int {
	if name == "" {
		return -1
	}
	if bound[name] {
		pc.c.errorf(pc.last, "multiple assignments to name '%s' in pattern", name)
	}
	bound[name] = true
	if slot, ok := pc.slots[name]; ok {
		return slot
	}
	pc.names = append(pc.names, name)
	pc.slots[name] = len(pc.names) - 1
	return len(pc.names) - 1
}

// pattern compiles p. An irrefutable pattern (a capture or the wildcard, alone or through
// `as` and `|`) is an error where it would make later patterns unreachable, that is unless
// irrefutableOK.
func (pc *patternCompiler) pattern(p ast.Pattern, irrefutableOK bool, bound map[string]bool) *bytecode.Pattern {
	pc.last = p
	switch p := p.(type) {
	case *ast.MatchAs:
		out := &bytecode.Pattern{Kind: bytecode.PatAs}
		if p.Pattern == nil {
			if !irrefutableOK {
				if p.Name == "" {
					pc.c.errorf(p, "wildcard makes remaining patterns unreachable")
				}
				pc.c.errorf(p, "name capture '%s' makes remaining patterns unreachable", p.Name)
			}
		} else {
			out.Sub = []*bytecode.Pattern{pc.pattern(p.Pattern, irrefutableOK, bound)}
		}
		out.Capture = pc.capture(p.Name, bound)
		return out
	case *ast.MatchValue:
		return &bytecode.Pattern{Kind: bytecode.PatValue, Value: pc.value(p.Value)}
	case *ast.MatchSingleton:
		return &bytecode.Pattern{Kind: bytecode.PatIdentity, Value: pc.value(p.Value)}
	case *ast.MatchStar:
		return &bytecode.Pattern{Kind: bytecode.PatStar, Capture: pc.capture(p.Name, bound)}
	case *ast.MatchSequence:
		out := &bytecode.Pattern{Kind: bytecode.PatSequence, Star: -1}
		for i, sub := range p.Patterns {
			if _, ok := sub.(*ast.MatchStar); ok {
				out.Star = i
			}
			out.Sub = append(out.Sub, pc.pattern(sub, true, bound))
		}
		return out
	case *ast.MatchMapping:
		pc.checkKeys(p)
		out := &bytecode.Pattern{Kind: bytecode.PatMapping}
		for i, k := range p.Keys {
			out.Keys = append(out.Keys, pc.value(k))
			out.Sub = append(out.Sub, pc.pattern(p.Patterns[i], true, bound))
		}
		out.Capture = pc.capture(p.Rest, bound)
		return out
	case *ast.MatchClass:
		out := &bytecode.Pattern{Kind: bytecode.PatClass, Value: pc.value(p.Cls), KwAttrs: p.KwdAttrs}
		for _, sub := range append(append([]ast.Pattern(nil), p.Patterns...), p.KwdPatterns...) {
			out.Sub = append(out.Sub, pc.pattern(sub, true, bound))
		}
		return out
	case *ast.MatchOr:
		return pc.or(p, irrefutableOK, bound)
	}
	panic(fmt.Sprintf("compiler: unknown pattern %T", p))
}

// or compiles an or-pattern: every alternative must bind the same names, and only the last
// may be irrefutable.
func (pc *patternCompiler) or(p *ast.MatchOr, irrefutableOK bool, bound map[string]bool) *bytecode.Pattern {
	out := &bytecode.Pattern{Kind: bytecode.PatOr}
	var first map[string]bool
	for i, alt := range p.Patterns {
		names := map[string]bool{}
		for name := range bound {
			names[name] = true
		}
		out.Sub = append(out.Sub, pc.pattern(alt, irrefutableOK && i == len(p.Patterns)-1, names))
		if i == 0 {
			first = names
		} else if !sameNames(first, names) {
			pc.c.errorf(pc.last, "alternative patterns bind different names")
		}
	}
	for name := range first {
		bound[name] = true
	}
	return out
}

func sameNames(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for name := range a {
		if !b[name] {
			return false
		}
	}
	return true
}

// checkKeys rejects a mapping pattern with the same literal key twice, as CPython's compiler
// does (keys that are dotted names are checked when the pattern runs).
func (pc *patternCompiler) checkKeys(p *ast.MatchMapping) {
	seen := map[string]bool{}
	for _, k := range p.Keys {
		lit, ok := literalKey(k)
		if !ok {
			continue
		}
		// True and False are the keys 1 and 0.
		same := map[string]string{"True": "1", "False": "0"}[lit]
		if same == "" {
			same = lit
		}
		if seen[same] {
			pc.c.errorf(p, "mapping pattern checks duplicate key (%s)", lit)
		}
		seen[same] = true
	}
}

// literalKey renders a literal key as Python's repr does, for the duplicate check and its
// message; ok is false for a key that is not a literal.
func literalKey(k ast.Expr) (string, bool) {
	neg := false
	if u, ok := k.(*ast.UnaryOp); ok {
		k, neg = u.X, true
	}
	kc, ok := k.(*ast.Const)
	if !ok {
		return "", false
	}
	switch v := kc.Value.(type) {
	case string:
		return pyQuote(v), true
	case []byte:
		return "b" + pyQuote(string(v)), true
	case *big.Int:
		if neg {
			return new(big.Int).Neg(v).String(), true
		}
		return v.String(), true
	case bool:
		if v {
			return "True", true
		}
		return "False", true
	case nil:
		return "None", true
	}
	return "", false // floats are left to the run-time check
}

// pyQuote quotes s the way Python's repr quotes a plain string.
func pyQuote(s string) string {
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, "\"") {
		q = "\""
	}
	r := strings.NewReplacer("\\", "\\\\", "\n", "\\n", "\t", "\\t", "\r", "\\r", q, "\\"+q)
	return q + r.Replace(s) + q
}
