package parser

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/asyncscript/asyncscript/lang/ast"
)

// converter turns participle's grammar tree into ast nodes and performs the checks the grammar
// leaves out (assignment targets, parameter order, literal values). It records the first error
// and keeps going with placeholder nodes, which keeps every conversion function free of error
// plumbing; the caller discards the tree when err is set.
type converter struct {
	filename   string
	src        string
	toks       []token
	lineStarts []int // byte offset of each line, built on first use by posOf
	err        *ast.Error
	inFString  bool // converting an f-string field's expression, which is implicitly bracketed
}

func newConverter(filename, src string, toks []token) *converter {
	return &converter{filename: filename, src: src, toks: toks}
}

// span maps a grammar node's token range to source positions. A node ending with a block
// ends with the block's last real token, not with the NEWLINE and DEDENTs closing it.
func (c *converter) span(a At) ast.Span {
	last := a.EndPos.Offset - 1
	for last > a.Pos.Offset {
		if k := c.toks[last].kind; k != tokNewline && k != tokDedent && k != tokIndent {
			break
		}
		last--
	}
	return ast.Span{Start: c.toks[a.Pos.Offset].start, End: c.toks[last].end}
}

// tok returns the token a grammar position refers to.
func (c *converter) tok(p At) token { return c.toks[p.Pos.Offset] }

// errorAt records an error covering sp unless one is already recorded.
func (c *converter) errorAt(sp ast.Span, format string, args ...any) {
	if c.err != nil {
		return
	}
	c.err = &ast.Error{Kind: "SyntaxError", Msg: fmt.Sprintf(format, args...), Filename: c.filename,
		Pos: sp.Start, End: sp.End, Line: c.line(sp.Start.Line)}
}

// compilerErrorAt is errorAt for an error CPython's compiler finds, not its parser (see
// ast.Error.Compiler).
func (c *converter) compilerErrorAt(sp ast.Span, format string, args ...any) {
	if c.err == nil {
		c.errorAt(sp, format, args...)
		c.err.Compiler = true
	}
}

func (c *converter) line(n int) string { return lineText(c.src, n) }

// posOf returns the position of a byte offset in the source.
func (c *converter) posOf(off int) ast.Pos {
	if c.lineStarts == nil {
		c.lineStarts = []int{0}
		for i := 0; i < len(c.src); i++ {
			if c.src[i] == '\n' {
				c.lineStarts = append(c.lineStarts, i+1)
			}
		}
	}
	line := sort.Search(len(c.lineStarts), func(i int) bool { return c.lineStarts[i] > off })
	start := c.lineStarts[line-1]
	return ast.Pos{Line: line, Col: utf8.RuneCountInString(c.src[start:off]) + 1}
}

func (c *converter) file(f *fileG) []ast.Stmt {
	var out []ast.Stmt
	for _, s := range f.Stmts {
		out = append(out, c.stmt(s)...)
	}
	return out
}

func (c *converter) stmt(s *stmtG) []ast.Stmt {
	if s.Compound != nil {
		return []ast.Stmt{c.compound(s.Compound)}
	}
	out := make([]ast.Stmt, 0, len(s.Simple.Stmts))
	for _, sm := range s.Simple.Stmts {
		out = append(out, c.small(sm))
	}
	return out
}

func (c *converter) block(b *blockG) []ast.Stmt {
	if b.Simple != nil {
		return c.stmt(&stmtG{Simple: b.Simple})
	}
	var out []ast.Stmt
	for _, s := range b.Stmts {
		out = append(out, c.stmt(s)...)
	}
	return out
}

func (c *converter) elseBody(e *elseG) []ast.Stmt {
	if e == nil {
		return nil
	}
	return c.block(e.Body)
}

func (c *converter) small(s *smallG) ast.Stmt {
	sp := c.span(s.At)
	switch {
	case s.Expr != nil:
		return c.exprStmt(s.Expr, sp)
	case s.Pass:
		return &ast.Pass{Span: sp}
	case s.Break:
		return &ast.Break{Span: sp}
	case s.Continue:
		return &ast.Continue{Span: sp}
	case s.Return:
		r := &ast.Return{Span: sp}
		if s.RetValue != nil {
			r.Value = c.exprList(s.RetValue)
		}
		return r
	case s.Raise:
		r := &ast.Raise{Span: sp}
		if s.Exc != nil {
			r.Exc = c.test(s.Exc)
		}
		if s.Cause != nil {
			r.Cause = c.test(s.Cause)
		}
		return r
	case s.Global != nil:
		return &ast.Global{Span: sp, Names: s.Global}
	case s.Nonlocal != nil:
		return &ast.Nonlocal{Span: sp, Names: s.Nonlocal}
	case s.Del != nil:
		return &ast.Delete{Span: sp, Targets: c.delTargets(s.Del)}
	case s.Assert != nil:
		a := &ast.Assert{Span: sp, Test: c.test(s.Assert)}
		if s.AssertMsg != nil {
			a.Msg = c.test(s.AssertMsg)
		}
		return a
	case s.Import != nil:
		imp := &ast.Import{Span: sp}
		for _, d := range s.Import {
			imp.Names = append(imp.Names, &ast.Alias{Span: c.span(d.At), Name: strings.Join(d.Name, "."), AsName: d.As})
		}
		return imp
	}
	return c.importFrom(s.From, sp)
}

// importFrom keeps a relative import's leading dots in Module (`from ..a import b` has Module
// "..a"): the ast has no separate level.
func (c *converter) importFrom(f *fromG, sp ast.Span) ast.Stmt {
	imp := &ast.ImportFrom{Span: sp, Module: strings.Join(f.Dots, "") + strings.Join(f.Module, ".")}
	if f.Star {
		star := c.toks[f.EndPos.Offset-1]
		imp.Names = []*ast.Alias{{Span: ast.Span{Start: star.start, End: star.end}, Name: "*"}}
		return imp
	}
	for _, n := range f.Names {
		imp.Names = append(imp.Names, &ast.Alias{Span: c.span(n.At), Name: n.Name, AsName: n.As})
	}
	return imp
}

func (c *converter) exprStmt(e *exprStmtG, sp ast.Span) ast.Stmt {
	first := c.rhs(e.First)
	switch {
	case e.Annot != nil:
		c.annTarget(first)
		a := &ast.AnnAssign{Span: sp, Target: first, Annotation: c.test(e.Annot)}
		if e.AnnValue != nil {
			a.Value = c.rhs(e.AnnValue)
			c.notStarred(e.AnnValue)
		}
		return a
	case e.AugOp != "":
		c.augTarget(first)
		c.notStarred(e.AugValue)
		return &ast.AugAssign{Span: sp, Target: first, Op: strings.TrimSuffix(e.AugOp, "="), Value: c.rhs(e.AugValue)}
	case e.Assigns != nil:
		targets := []ast.Expr{first}
		for _, r := range e.Assigns[:len(e.Assigns)-1] {
			targets = append(targets, c.rhs(r))
		}
		for _, t := range targets {
			c.assignTarget(t, len(targets) == 1)
		}
		c.notStarred(e.Assigns[len(e.Assigns)-1])
		return &ast.Assign{Span: sp, Targets: targets, Value: c.rhs(e.Assigns[len(e.Assigns)-1])}
	}
	c.notStarred(e.First)
	return &ast.ExprStmt{Span: sp, X: first}
}

// notStarred rejects a lone starred expression as an assigned value (`x = *a`).
func (c *converter) notStarred(r *rhsG) {
	if r.List != nil && len(r.List.Items) == 1 && !r.List.Trailing && r.List.Items[0].Star != nil {
		c.compilerErrorAt(c.span(r.List.At), "can't use starred expression here")
	}
}

func (c *converter) rhs(r *rhsG) ast.Expr {
	if r.Yield != nil {
		return c.yield(r.Yield)
	}
	return c.exprList(r.List)
}

func (c *converter) compound(s *compoundG) ast.Stmt {
	var decorators []ast.Expr
	for _, d := range s.Decorators {
		decorators = append(decorators, c.named(d))
	}
	// As in CPython, a decorated definition's span starts at `def` or `class`, the line
	// tracebacks show, not at its first decorator.
	switch {
	case s.Def != nil:
		f := c.funcDef(s.Def)
		f.Decorators = decorators
		return f
	case s.Class != nil:
		cl := c.classDef(s.Class)
		cl.Decorators = decorators
		return cl
	}
	if decorators != nil {
		// The grammar lets any compound statement follow decorators; only def and class may.
		c.errorAt(c.span(s.At), "invalid syntax")
	}
	switch {
	case s.If != nil:
		return c.ifStmt(s.If.Test, s.If.Body, s.If.Elifs, s.If.Else, c.span(s.If.At))
	case s.While != nil:
		w := s.While
		return &ast.While{Span: c.span(w.At), Test: c.named(w.Test), Body: c.block(w.Body), OrElse: c.elseBody(w.Else)}
	case s.For != nil:
		f := s.For
		target := c.targetList(f.Target)
		c.storeTarget(target)
		return &ast.For{Span: c.span(f.At), Target: target, Iter: c.exprList(f.Iter), Body: c.block(f.Body),
			OrElse: c.elseBody(f.Else), IsAsync: f.Async}
	case s.Try != nil:
		return c.try(s.Try)
	case s.Match != nil:
		return c.match(s.Match)
	}
	return c.with(s.With)
}

// ifStmt converts an if and its elifs; each elif becomes an If alone in the OrElse before it.
func (c *converter) ifStmt(test *namedG, body *blockG, elifs []*elifG, els *elseG, sp ast.Span) ast.Stmt {
	n := &ast.If{Span: sp, Test: c.named(test), Body: c.block(body)}
	if len(elifs) > 0 {
		e := elifs[0]
		// Like CPython, an elif's If spans to the end of the whole statement.
		rest := c.ifStmt(e.Test, e.Body, elifs[1:], els, ast.Span{Start: c.span(e.At).Start, End: sp.End})
		n.OrElse = []ast.Stmt{rest}
		return n
	}
	n.OrElse = c.elseBody(els)
	return n
}

func (c *converter) try(t *tryG) ast.Stmt {
	n := &ast.Try{Span: c.span(t.At), Body: c.block(t.Body), OrElse: c.elseBody(t.Else)}
	if t.Finally != nil {
		n.Finally = c.block(t.Finally.Body)
	}
	for i, h := range t.Handlers {
		sp := c.span(h.At)
		if i == 0 {
			n.IsStar = h.Star
		} else if h.Star != n.IsStar {
			c.errorAt(ast.Span{Start: sp.Start, End: c.toks[h.Pos.Offset+1].end}, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		eh := &ast.ExceptHandler{Span: sp, Name: h.Name, Body: c.block(h.Body)}
		if h.Type != nil {
			eh.Type = c.test(h.Type)
		} else if h.Star {
			c.errorAt(sp, "expected one or more exception types")
		}
		n.Handlers = append(n.Handlers, eh)
	}
	if t.Handlers == nil && t.Finally == nil {
		// CPython blames the first token after the try block.
		next := t.EndPos.Offset
		for c.toks[next].kind == tokDedent && next < len(c.toks)-1 {
			next++
		}
		c.errorAt(ast.Span{Start: c.toks[next].start, End: c.toks[next].end}, "expected 'except' or 'finally' block")
	}
	if t.Handlers == nil && t.Else != nil {
		c.errorAt(c.span(t.Else.At), "invalid syntax")
	}
	return n
}

func (c *converter) with(w *withG) ast.Stmt {
	n := &ast.With{Span: c.span(w.At), Body: c.block(w.Body), IsAsync: w.Async}
	for _, it := range w.Items.Items {
		wi := &ast.WithItem{Span: c.span(it.At), Context: c.test(it.Context)}
		if it.Target != nil {
			wi.Vars, _ = c.binExpr(it.Target)
			c.storeTarget(wi.Vars)
		}
		n.Items = append(n.Items, wi)
	}
	return n
}

func (c *converter) funcDef(d *funcDefG) *ast.FunctionDef {
	f := &ast.FunctionDef{Span: c.span(d.At), Name: d.Name, IsAsync: d.Async}
	f.Args = c.defParams(d.Params, d.Pos.Offset)
	if d.Returns != nil {
		f.Returns = c.test(d.Returns)
	}
	f.Body = c.block(d.Body)
	return f
}

func (c *converter) classDef(d *classG) *ast.ClassDef {
	cl := &ast.ClassDef{Span: c.span(d.At), Name: d.Name}
	if d.Args != nil {
		cl.Bases, cl.Keywords = c.callArgs(d.Args, c.span(d.At), true)
	}
	cl.Body = c.block(d.Body)
	return cl
}
