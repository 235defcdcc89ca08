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
	ast.WalkList(st, m.Body)
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
	if st.cur != nil {
		s.inCompIter = st.cur.inCompIter // a lambda in an iterable is in it too, as in CPython
	}
	st.scopes[node] = s
	st.cur = s
	return s
}

func (st *symtable) pop() { st.cur = st.cur.parent }

// Visit is the symtable's ast.Visitor: it records what n binds and uses. Nodes whose children
// are walked in another scope, as assignment targets, or in evaluation order rather than source
// order are handled by visit, which returns false; for the others Walk descends.
func (st *symtable) Visit(n ast.Node) ast.Visitor { return st.nest(n, st, st.visit) }

// nest runs visit(n) one level of nesting deeper. When visit reports that Walk should descend,
// the level is closed by w.Visit(nil) after n's children; otherwise it is closed here.
func (st *symtable) nest(n ast.Node, w ast.Visitor, visit func(ast.Node) bool) ast.Visitor {
	if n == nil {
		st.leave()
		return nil
	}
	if !st.enter(n) {
		return nil
	}
	if visit(n) {
		return w
	}
	st.leave()
	return nil
}

// walk walks n, which may be an absent optional child.
func (st *symtable) walk(n ast.Expr) {
	if n != nil {
		ast.Walk(st, n)
	}
}

func (st *symtable) visit(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.Assign:
		ast.Walk(st, n.Value)
		ast.WalkList(targets{st}, n.Targets)
	case *ast.AugAssign:
		ast.Walk(st, n.Value)
		if name, ok := n.Target.(*ast.Name); ok {
			st.cur.use(name.ID)
		}
		ast.Walk(targets{st}, n.Target)
	case *ast.AnnAssign:
		st.walk(n.Value)
		if st.cur.kind != functionScope {
			ast.Walk(st, n.Annotation)
		}
		if n.Value != nil || st.cur.kind == functionScope {
			ast.Walk(targets{st}, n.Target)
		}
	case *ast.For:
		ast.Walk(st, n.Iter)
		ast.Walk(targets{st}, n.Target)
		ast.WalkList(st, n.Body)
		ast.WalkList(st, n.OrElse)
	case *ast.Delete:
		ast.WalkList(targets{st}, n.Targets)
	case *ast.WithItem:
		ast.Walk(st, n.Context)
		if n.Vars != nil {
			ast.Walk(targets{st}, n.Vars)
		}
	case *ast.FunctionDef:
		// Decorators, defaults and annotations are evaluated in the enclosing scope.
		ast.WalkList(st, n.Decorators)
		ast.Walk(st, n.Args)
		st.walk(n.Returns)
		st.cur.bind(n.Name)
		st.function(n, n.Name, n.Args, n.IsAsync, func() { ast.WalkList(st, n.Body) })
	case *ast.Lambda:
		ast.Walk(st, n.Args)
		st.function(n, "<lambda>", n.Args, false, func() { ast.Walk(st, n.Body) })
	case *ast.ClassDef:
		ast.WalkList(st, n.Decorators)
		ast.WalkList(st, n.Bases)
		for i := range n.Keywords {
			ast.Walk(st, &n.Keywords[i])
		}
		st.cur.bind(n.Name)
		st.push(classScope, n, n.Name)
		ast.WalkList(st, n.Body)
		st.pop()
	case *ast.ExceptHandler:
		st.walk(n.Type)
		if n.Name != "" {
			st.cur.bind(n.Name)
		}
		ast.WalkList(st, n.Body)
	case *ast.Global:
		for _, name := range n.Names {
			st.declare(n, name, true)
		}
	case *ast.Nonlocal:
		for _, name := range n.Names {
			st.declare(n, name, false)
		}
	case *ast.Import:
		for _, a := range n.Names {
			st.cur.bind(importBinding(a))
		}
	case *ast.ImportFrom:
		for _, a := range n.Names {
			if a.Name != "*" {
				st.cur.bind(importBinding(a))
			} else if st.cur.kind == functionScope {
				st.fail(n, "import * only allowed at module level")
			}
		}
	case *ast.Name:
		st.cur.use(n.ID)
		if n.ID == "super" && st.cur.kind == functionScope {
			st.cur.use(classCell) // zero-argument super() needs the class
		}
	case *ast.NamedExpr:
		ast.Walk(st, n.Value)
		if st.cur.inCompIter > 0 {
			st.fail(n, "assignment expression cannot be used in a comprehension iterable expression")
		}
		// An assignment expression in a comprehension binds in the enclosing function, and
		// may not rebind an iteration variable or reach into a class body.
		s := st.cur
		for s.kind == functionScope && isComprehension(s.node) {
			if s.compIter[n.Target.ID] {
				st.fail(n.Target, "assignment expression cannot rebind comprehension iteration variable '%s'", n.Target.ID)
			}
			s = s.parent
		}
		if s != st.cur && s.kind == classScope {
			st.fail(n.Target, "assignment expression within a comprehension cannot be used in a class body")
		}
		s.bind(n.Target.ID)
		if s != st.cur {
			st.cur.use(n.Target.ID)
		}
	case *ast.ListComp:
		st.comprehension(n, "<listcomp>", n.Generators, n.Elt)
	case *ast.SetComp:
		st.comprehension(n, "<setcomp>", n.Generators, n.Elt)
	case *ast.DictComp:
		st.comprehension(n, "<dictcomp>", n.Generators, n.Key, n.Value)
	case *ast.GeneratorExp:
		st.comprehension(n, "<genexpr>", n.Generators, n.Elt)
	case *ast.MatchAs:
		st.bindCapture(n.Name)
		return true
	case *ast.MatchStar:
		st.bindCapture(n.Name)
	case *ast.MatchMapping:
		st.bindCapture(n.Rest)
		return true
	case *ast.Await:
		st.cur.hasAwait = true
		return true
	case *ast.Yield, *ast.YieldFrom:
		st.cur.isGenerator = true
		return true
	default:
		return true
	}
	return false
}

// bindCapture binds the name a pattern captures, if any (the wildcard captures none).
func (st *symtable) bindCapture(name string) {
	if name != "" {
		st.cur.bind(name)
	}
}

// targets walks an assignment or del target: the names in it are bound, and the expressions
// inside it (an attribute's object, a subscript's index) are walked as uses.
type targets struct{ st *symtable }

// Visit binds a name, descends into a tuple, list or starred target, and hands any other node
// (with its children) to the symtable's own visitor.
func (t targets) Visit(n ast.Node) ast.Visitor {
	switch n.(type) {
	case nil, *ast.Name, *ast.Tuple, *ast.List, *ast.Starred:
		return t.st.nest(n, t, t.visit)
	}
	return t.st.Visit(n)
}

func (t targets) visit(n ast.Node) bool {
	if n, ok := n.(*ast.Name); ok {
		t.st.cur.bind(n.ID)
		if iterVars := t.st.cur.compIter; iterVars != nil {
			iterVars[n.ID] = true // a comprehension's only targets are its for clauses'
		}
		return false
	}
	return true
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
	case global && s.nonlocal[name], !global && s.global[name]:
		st.fail(s.declared[name], "name '%s' is nonlocal and global", name)
	}
	if _, seen := s.declared[name]; !seen {
		s.declared[name] = n
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

func (st *symtable) comprehension(node ast.Node, name string, gens []*ast.Comprehension, elts ...ast.Expr) {
	// The first iterable is evaluated in the enclosing scope and passed in as the argument `.0`.
	st.cur.inCompIter++
	ast.Walk(st, gens[0].Iter)
	st.cur.inCompIter--
	s := st.push(functionScope, node, name)
	s.params = []string{".0"}
	s.bind(".0")
	s.compIter = map[string]bool{}
	// The code generator nests the loop of each generator inside the one before.
	outer := st.depth
	defer func() { st.depth = outer }()
	for i, g := range gens {
		if !st.enter(g.Target) {
			break
		}
		if i > 0 {
			s.inCompIter++
			ast.Walk(st, g.Iter)
			s.inCompIter--
		}
		ast.Walk(targets{st}, g.Target)
		ast.WalkList(st, g.Ifs)
		if g.IsAsync {
			s.hasAwait = true
		}
	}
	ast.WalkList(st, elts)
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

func isComprehension(n ast.Node) bool {
	switch n.(type) {
	case *ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp:
		return true
	}
	return false
}
