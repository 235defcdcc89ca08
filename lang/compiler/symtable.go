package compiler

import (
	"fmt"

	"github.com/asyncscript/asyncscript/lang/ast"
)

// symtable walks a module once and records every scope and what each binds and uses, so the
// code generator knows, for each name, whether it is a fast local, a cell, a free variable or
// a global before it emits the first instruction.
type symtable struct {
	scopes map[ast.Node]*scope
	cur    *scope
	err    *ast.Error
	file   string
	depth  int // how deeply the walk is nested in the tree, bounded by maxNesting
}

// maxNesting bounds how deeply the syntax tree may nest. Both passes of the compiler recurse
// over the tree, and the grammar puts no bound on left-associative chains (1+1+...+1,
// f()()...(), a.b.b...b) or on elif chains, so without it a long enough chain would exhaust
// the Go stack. CPython's compiler has the same kind of limit (three times the recursion
// limit) and reports it with the same error.
const maxNesting = 3000

// enter counts one more level of nesting at n. It reports false, recording a RecursionError,
// when the tree is too deep; otherwise the caller must call leave when done with n.
func (st *symtable) enter(n ast.Node) bool {
	if st.depth >= maxNesting {
		if st.err == nil {
			st.err = &ast.Error{Kind: "RecursionError", Msg: "maximum recursion depth exceeded during compilation",
				Filename: st.file, Pos: n.Range().Start, End: n.Range().End}
		}
		return false
	}
	st.depth++
	return true
}

func (st *symtable) leave() { st.depth-- }

func buildSymtable(m *ast.Module) (*symtable, *ast.Error) {
	st := &symtable{scopes: map[ast.Node]*scope{}, file: m.Filename}
	root := newScope(moduleScope, nil, nil, "<module>")
	st.cur = root
	st.scopes[nil] = root
	st.stmts(m.Body)
	if st.err != nil {
		return nil, st.err
	}
	root.resolve()
	return st, nil
}

func (st *symtable) fail(n ast.Node, format string, args ...any) {
	if st.err == nil {
		st.err = &ast.Error{Kind: "SyntaxError", Msg: fmt.Sprintf(format, args...),
			Filename: st.file, Pos: n.Range().Start, End: n.Range().End}
	}
}

func (st *symtable) push(kind scopeKind, node ast.Node, name string) *scope {
	s := newScope(kind, node, st.cur, name)
	st.scopes[node] = s
	st.cur = s
	return s
}

func (st *symtable) pop() { st.cur = st.cur.parent }

func (st *symtable) stmts(body []ast.Stmt) {
	for _, s := range body {
		st.stmt(s)
	}
}

func (st *symtable) stmt(s ast.Stmt) {
	if !st.enter(s) {
		return
	}
	defer st.leave()
	switch s := s.(type) {
	case *ast.ExprStmt:
		st.expr(s.X)
	case *ast.Assign:
		st.expr(s.Value)
		for _, t := range s.Targets {
			st.target(t)
		}
	case *ast.AugAssign:
		st.expr(s.Value)
		if n, ok := s.Target.(*ast.Name); ok {
			st.cur.use(n.ID)
		}
		st.target(s.Target)
	case *ast.AnnAssign:
		if s.Value != nil {
			st.expr(s.Value)
		}
		if st.cur.kind != functionScope {
			st.expr(s.Annotation)
		}
		if s.Value != nil || st.cur.kind == functionScope {
			st.target(s.Target)
		}
	case *ast.If:
		st.expr(s.Test)
		st.stmts(s.Body)
		st.stmts(s.OrElse)
	case *ast.While:
		st.expr(s.Test)
		st.stmts(s.Body)
		st.stmts(s.OrElse)
	case *ast.For:
		st.expr(s.Iter)
		st.target(s.Target)
		st.stmts(s.Body)
		st.stmts(s.OrElse)
	case *ast.FunctionDef:
		st.decorators(s.Decorators)
		st.defaults(s.Args)
		if s.Returns != nil {
			st.expr(s.Returns)
		}
		st.cur.bind(s.Name)
		st.function(s, s.Name, s.Args, s.IsAsync, func() { st.stmts(s.Body) })
	case *ast.ClassDef:
		st.decorators(s.Decorators)
		for _, b := range s.Bases {
			st.expr(b)
		}
		for _, k := range s.Keywords {
			st.expr(k.Value)
		}
		st.cur.bind(s.Name)
		st.push(classScope, s, s.Name)
		st.stmts(s.Body)
		st.pop()
	case *ast.Return:
		if s.Value != nil {
			st.expr(s.Value)
		}
	case *ast.Global:
		for _, name := range s.Names {
			st.declare(s, name, true)
		}
	case *ast.Nonlocal:
		for _, name := range s.Names {
			st.declare(s, name, false)
		}
	case *ast.Delete:
		for _, t := range s.Targets {
			st.target(t)
		}
	case *ast.Assert:
		st.expr(s.Test)
		if s.Msg != nil {
			st.expr(s.Msg)
		}
	case *ast.Try:
		st.stmts(s.Body)
		for _, h := range s.Handlers {
			if h.Type != nil {
				st.expr(h.Type)
			}
			if h.Name != "" {
				st.cur.bind(h.Name)
			}
			st.stmts(h.Body)
		}
		st.stmts(s.OrElse)
		st.stmts(s.Finally)
	case *ast.Raise:
		if s.Exc != nil {
			st.expr(s.Exc)
		}
		if s.Cause != nil {
			st.expr(s.Cause)
		}
	case *ast.With:
		for _, it := range s.Items {
			st.expr(it.Context)
			if it.Vars != nil {
				st.target(it.Vars)
			}
		}
		st.stmts(s.Body)
	case *ast.Import:
		for _, a := range s.Names {
			st.cur.bind(importBinding(a))
		}
	case *ast.ImportFrom:
		for _, a := range s.Names {
			if a.Name == "*" {
				if st.cur.kind == functionScope {
					st.fail(s, "import * only allowed at module level")
				}
				continue
			}
			st.cur.bind(importBinding(a))
		}
	}
}

// importBinding is the name an import statement binds: the alias, or the first component of
// a dotted module name.
func importBinding(a *ast.Alias) string {
	if a.AsName != "" {
		return a.AsName
	}
	for i, c := range a.Name {
		if c == '.' {
			return a.Name[:i]
		}
	}
	return a.Name
}

func (st *symtable) declare(n ast.Node, name string, global bool) {
	s := st.cur
	what := "nonlocal"
	if global {
		what = "global"
	}
	switch {
	case s.params != nil && contains(s.params, name):
		st.fail(n, "name '%s' is parameter and %s", name, what)
	case s.assigned[name]:
		st.fail(n, "name '%s' is assigned to before %s declaration", name, what)
	case s.used[name]:
		st.fail(n, "name '%s' is used prior to %s declaration", name, what)
	case !global && s.kind == moduleScope:
		st.fail(n, "nonlocal declaration not allowed at module level")
	}
	s.note(name)
	if global {
		s.global[name] = true
		return
	}
	s.nonlocal[name] = true
	if p := s.nonlocalTarget(name); p == nil {
		st.fail(n, "no binding for nonlocal '%s' found", name)
	}
}

// nonlocalTarget finds the enclosing function that binds name, for a nonlocal declaration.
// It is checked eagerly, so later bindings in the enclosing function are not seen; CPython
// checks after the whole enclosing function is walked, which matters only for code that
// declares nonlocal before the outer assignment textually, a rare style.
func (s *scope) nonlocalTarget(name string) *scope {
	for p := s.parent; p != nil && p.kind != moduleScope; p = p.parent {
		if p.kind == functionScope && (p.assigned[name] || p.nonlocal[name]) {
			return p
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (st *symtable) decorators(ds []ast.Expr) {
	for _, d := range ds {
		st.expr(d)
	}
}

func (st *symtable) defaults(a *ast.Arguments) {
	for _, p := range a.Args {
		if p.Default != nil {
			st.expr(p.Default)
		}
	}
	for _, p := range a.KwOnly {
		if p.Default != nil {
			st.expr(p.Default)
		}
	}
	for _, p := range allParams(a) {
		if p.Annotation != nil {
			st.expr(p.Annotation)
		}
	}
}

// allParams lists the parameters in slot order: positional, keyword-only, *args, **kwargs.
func allParams(a *ast.Arguments) []*ast.Arg {
	ps := append([]*ast.Arg{}, a.Args...)
	ps = append(ps, a.KwOnly...)
	if a.Vararg != nil {
		ps = append(ps, a.Vararg)
	}
	if a.Kwarg != nil {
		ps = append(ps, a.Kwarg)
	}
	return ps
}

func (st *symtable) function(node ast.Node, name string, args *ast.Arguments, isAsync bool, body func()) {
	s := st.push(functionScope, node, name)
	s.isAsync = isAsync
	s.params = []string{}
	for _, p := range allParams(args) {
		if s.assigned[p.Name] {
			st.fail(p, "duplicate argument '%s' in function definition", p.Name)
		}
		s.params = append(s.params, p.Name)
		s.bind(p.Name)
	}
	body()
	st.pop()
}

// target records the names an assignment target binds, and walks the expressions inside it.
func (st *symtable) target(t ast.Expr) {
	if !st.enter(t) {
		return
	}
	defer st.leave()
	switch t := t.(type) {
	case *ast.Name:
		st.cur.bind(t.ID)
	case *ast.Tuple:
		for _, e := range t.Elts {
			st.target(e)
		}
	case *ast.List:
		for _, e := range t.Elts {
			st.target(e)
		}
	case *ast.Starred:
		st.target(t.X)
	case *ast.Attribute:
		st.expr(t.X)
	case *ast.Subscript:
		st.expr(t.X)
		st.expr(t.Index)
	default:
		st.expr(t)
	}
}

func (st *symtable) comprehension(node ast.Node, name string, gens []*ast.Comprehension, elts ...ast.Expr) {
	// The first iterable is evaluated in the enclosing scope and passed in as the argument `.0`.
	st.expr(gens[0].Iter)
	s := st.push(functionScope, node, name)
	s.params = []string{".0"}
	s.bind(".0")
	// The code generator nests the loop of each generator inside the one before.
	outer := st.depth
	defer func() { st.depth = outer }()
	for i, g := range gens {
		if !st.enter(g.Target) {
			break
		}
		if i > 0 {
			st.expr(g.Iter)
		}
		st.target(g.Target)
		for _, c := range g.Ifs {
			st.expr(c)
		}
		if g.IsAsync {
			s.hasAwait = true
		}
	}
	for _, e := range elts {
		st.expr(e)
	}
	if _, isGen := node.(*ast.GeneratorExp); isGen {
		s.isGenerator = true
	}
	// A comprehension with `async for` or `await` is itself a coroutine (an async generator
	// for a generator expression); awaiting it makes the enclosing function await too.
	if s.hasAwait {
		s.isAsync = true
		if !s.isGenerator {
			st.cur.hasAwait = true
		}
	}
	st.pop()
}

func (st *symtable) expr(e ast.Expr) {
	if e == nil || !st.enter(e) {
		return
	}
	defer st.leave()
	switch e := e.(type) {
	case *ast.Name:
		st.cur.use(e.ID)
		if e.ID == "super" && st.cur.kind == functionScope {
			st.cur.use(classCell) // zero-argument super() needs the class
		}
	case *ast.Const:
	case *ast.JoinedStr:
		for _, v := range e.Values {
			st.expr(v)
		}
	case *ast.FormattedValue:
		st.expr(e.Value)
		if e.Spec != nil {
			st.expr(e.Spec)
		}
	case *ast.UnaryOp:
		st.expr(e.X)
	case *ast.BinOp:
		st.expr(e.X)
		st.expr(e.Y)
	case *ast.BoolOp:
		for _, v := range e.Values {
			st.expr(v)
		}
	case *ast.Compare:
		st.expr(e.Left)
		for _, c := range e.Comparators {
			st.expr(c)
		}
	case *ast.IfExp:
		st.expr(e.Test)
		st.expr(e.Body)
		st.expr(e.OrElse)
	case *ast.NamedExpr:
		st.expr(e.Value)
		// An assignment expression in a comprehension binds in the enclosing function.
		s := st.cur
		for s.kind == functionScope && isComprehension(s.node) {
			s = s.parent
		}
		s.bind(e.Target.ID)
		if s != st.cur {
			st.cur.use(e.Target.ID)
		}
	case *ast.Lambda:
		st.defaults(e.Args)
		st.function(e, "<lambda>", e.Args, false, func() { st.expr(e.Body) })
	case *ast.Call:
		st.expr(e.Func)
		for _, a := range e.Args {
			st.expr(a)
		}
		for _, k := range e.Keywords {
			st.expr(k.Value)
		}
	case *ast.Attribute:
		st.expr(e.X)
	case *ast.Subscript:
		st.expr(e.X)
		st.expr(e.Index)
	case *ast.Slice:
		st.expr(e.Lower)
		st.expr(e.Upper)
		st.expr(e.Step)
	case *ast.Starred:
		st.expr(e.X)
	case *ast.List:
		st.exprs(e.Elts)
	case *ast.Tuple:
		st.exprs(e.Elts)
	case *ast.Set:
		st.exprs(e.Elts)
	case *ast.Dict:
		st.exprs(e.Keys)
		st.exprs(e.Values)
	case *ast.ListComp:
		st.comprehension(e, "<listcomp>", e.Generators, e.Elt)
	case *ast.SetComp:
		st.comprehension(e, "<setcomp>", e.Generators, e.Elt)
	case *ast.DictComp:
		st.comprehension(e, "<dictcomp>", e.Generators, e.Key, e.Value)
	case *ast.GeneratorExp:
		st.comprehension(e, "<genexpr>", e.Generators, e.Elt)
	case *ast.Await:
		st.cur.hasAwait = true
		st.expr(e.X)
	case *ast.Yield:
		st.cur.isGenerator = true
		st.expr(e.X)
	case *ast.YieldFrom:
		st.cur.isGenerator = true
		st.expr(e.X)
	}
}

func (st *symtable) exprs(es []ast.Expr) {
	for _, e := range es {
		st.expr(e)
	}
}

func isComprehension(n ast.Node) bool {
	switch n.(type) {
	case *ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp:
		return true
	}
	return false
}
