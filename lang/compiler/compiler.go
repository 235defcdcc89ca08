// Package compiler turns a syntax tree (lang/ast) into code objects (lang/bytecode).
//
// It works in two passes. The symbol table pass (symtable.go, scope.go), an ast.Visitor, walks
// the whole module and decides, for every name in every scope, where it lives: a fast local slot, a cell shared
// with inner functions, a free variable of an enclosing function, the class namespace, or the
// module globals. The code generation pass (compile_*.go) then emits instructions, tracking
// the operand stack depth so each code object knows how much stack it needs and each exception
// handler knows the depth to unwind to.
//
// Of the project it imports only lang/ast and lang/bytecode: not the parser (its input is a
// tree, whoever built it) and not vm.
package compiler

import (
	"fmt"
	"math"

	"github.com/asyncscript/asyncscript/lang/ast"
	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// Compile compiles a parsed module into the code object of its body. Errors are *ast.Error
// (SyntaxError) for constructs the grammar accepts but Python rejects, such as `return` outside
// a function.
func Compile(m *ast.Module) (code *bytecode.Code, err error) {
	return compile(m, modeFile)
}

// CompileInteractive compiles a statement typed at the interactive prompt: like Compile,
// except that the value of each top-level expression statement is shown (PRINT_EXPR).
func CompileInteractive(m *ast.Module) (*bytecode.Code, error) {
	return compile(m, modeInteractive)
}

// CompileExec compiles source given to exec(): like Compile, except that the top-level names
// live in a namespace (LOAD_NAME, STORE_NAME), which is the locals the code runs with, or its
// globals when it has no other, and that a top-level await is an error.
func CompileExec(m *ast.Module) (*bytecode.Code, error) {
	return compile(m, modeExec)
}

// CompileEval compiles source given to eval(): a module made of one expression statement,
// whose code returns the expression's value. Names resolve as with CompileExec.
func CompileEval(m *ast.Module) (*bytecode.Code, error) {
	return compile(m, modeEval)
}

// mode is what compile makes of a module.
type mode int

const (
	modeFile mode = iota
	modeInteractive
	modeExec
	modeEval
)

func compile(m *ast.Module, md mode) (code *bytecode.Code, err error) {
	manglePrivate(m)
	st, serr := buildSymtable(m)
	if serr != nil {
		return nil, serr
	}
	c := &compiler{st: st, file: m.Filename, interactive: md == modeInteractive}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*ast.Error)
			if !ok {
				panic(r)
			}
			code, err = nil, e
		}
	}()
	root := st.scopes[nil]
	root.namespace = md == modeExec || md == modeEval
	u := c.newUnit(root, "<module>", "<module>", 1)
	u.code.Flags |= bytecode.FlagModule
	if u.scope.hasAwait {
		if root.namespace {
			c.errorf(firstAwait(m), "'await' outside function")
		}
		// Top-level await: the module body runs as the main coroutine.
		u.code.Flags |= bytecode.FlagCoroutine
	}
	if md == modeEval {
		c.evalBody(m)
	} else {
		if doc, ok := docstring(m.Body); ok && md != modeInteractive {
			c.emitConst(doc)
			c.storeName("__doc__")
		}
		c.setupAnnotations(m.Body)
		c.stmts(m.Body)
		c.emitConst(nil)
	}
	c.emit(bytecode.RETURN_VALUE, 0)
	return c.finish(), nil
}

// evalBody compiles the one expression eval() takes.
func (c *compiler) evalBody(m *ast.Module) {
	if len(m.Body) != 1 {
		at := ast.Node(&ast.Pass{})
		if len(m.Body) > 1 {
			at = m.Body[1]
		}
		c.errorf(at, "invalid syntax")
	}
	x, ok := m.Body[0].(*ast.ExprStmt)
	if !ok {
		c.errorf(m.Body[0], "invalid syntax")
	}
	c.setSpan(x)
	c.expr(x.X)
}

// firstAwait finds the await expression that makes a module's body a coroutine.
func firstAwait(m *ast.Module) ast.Node {
	var found ast.Node = m.Body[0]
	done := false
	ast.Inspect(m, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.Await:
			if !done {
				found, done = n, true
			}
		case *ast.FunctionDef, *ast.Lambda, *ast.ClassDef:
			return false
		}
		return !done
	})
	return found
}

// compiler holds the state of one Compile call: the unit being generated and its enclosing ones.
type compiler struct {
	st   *symtable
	file string
	u    *unit
	// interactive shows the values of top-level expression statements.
	interactive bool
}

// unit is one code object under construction.
type unit struct {
	parent *unit
	scope  *scope
	code   *bytecode.Code

	instrs   []uint32
	spans    []ast.Span
	anchors  map[int]ast.Span
	handlers []*handler // the handler of each instruction (nil: none)
	span     ast.Span   // the span given to instructions emitted now

	consts     []any
	constIndex map[any]int
	names      map[string]int
	varnames   map[string]int
	cells      map[string]int // cellvars then freevars

	depth, maxDepth int
	active          []*handler // handlers in force, innermost last
	fblocks         []fblock
	qualPrefix      string // prefix for the qualnames of nested definitions
}

// handler is an exception handler being compiled: its entry label and the stack depth to unwind to.
type handler struct {
	target *label
	depth  int
}

// label is a jump target; refs are the instructions waiting for its address.
type label struct {
	pos  int
	refs []int
}

func (c *compiler) newUnit(s *scope, name, qualname string, firstLine int) *unit {
	u := &unit{
		parent: c.u, scope: s,
		code:       &bytecode.Code{Name: name, QualName: qualname, Filename: c.file, FirstLine: firstLine},
		constIndex: map[any]int{}, names: map[string]int{}, varnames: map[string]int{},
		cells: map[string]int{},
	}
	if s.kind == functionScope {
		u.qualPrefix = qualname + ".<locals>."
	} else if s.kind == classScope {
		u.qualPrefix = qualname + "."
	}
	for _, p := range s.params {
		u.varname(p)
	}
	if s.kind == functionScope {
		for _, name := range s.order {
			if s.lookup(name) == bindLocal {
				u.varname(name)
			}
		}
	}
	for _, name := range s.order {
		if s.captured[name] && s.assigned[name] && !s.global[name] && !s.nonlocal[name] && s.kind != moduleScope {
			u.cells[name] = len(u.code.Cellvars)
			u.code.Cellvars = append(u.code.Cellvars, name)
			slot := -1
			if i, ok := u.varnames[name]; ok && i < len(s.params) {
				slot = i
			}
			u.code.CellArgs = append(u.code.CellArgs, slot)
		}
	}
	for _, name := range s.order {
		if s.free[name] {
			if _, isCell := u.cells[name]; !isCell {
				u.cells[name] = len(u.code.Cellvars) + len(u.code.Freevars)
				u.code.Freevars = append(u.code.Freevars, name)
			}
		}
	}
	c.u = u
	return u
}

// finish closes the current unit, returns its code object and makes the parent current.
func (c *compiler) finish() *bytecode.Code {
	u := c.u
	code := u.code
	code.Instrs = u.instrs
	code.Spans = u.spans
	code.Anchors = u.anchors
	code.Consts = u.consts
	// Exactly the deepest the stack gets: every frame's slots are sized from it, and a
	// coroutine keeps its frame while it waits, so two spare slots cost 32 bytes per pending
	// task. The dispatch loop writes the stack through a bounds-checked slice, so a wrong
	// stack effect would fail loudly (a SystemError), never overwrite memory.
	code.MaxStack = u.maxDepth
	code.Handlers = buildHandlerTable(u.handlers)
	c.u = u.parent
	return code
}

// buildHandlerTable merges runs of instructions with the same handler into table entries.
func buildHandlerTable(hs []*handler) []bytecode.Handler {
	var table []bytecode.Handler
	for i := 0; i < len(hs); {
		h := hs[i]
		j := i + 1
		for j < len(hs) && hs[j] == h {
			j++
		}
		if h != nil {
			table = append(table, bytecode.Handler{Start: i, End: j, Target: h.target.pos, Depth: h.depth})
		}
		i = j
	}
	return table
}

func (c *compiler) errorf(n ast.Node, format string, args ...any) {
	panic(&ast.Error{Kind: "SyntaxError", Msg: fmt.Sprintf(format, args...), Filename: c.file,
		Pos: n.Range().Start, End: n.Range().End})
}

// setSpan makes n the source of the instructions emitted next; it returns the previous span so
// a caller can restore it.
func (c *compiler) setSpan(n ast.Node) ast.Span {
	old := c.u.span
	c.u.span = n.Range()
	return old
}

// restoreSpan makes old, which setSpan returned, the source of the instructions emitted next
// again: `defer c.restoreSpan(c.setSpan(n))` scopes a node's span to the function compiling it.
func (c *compiler) restoreSpan(old ast.Span) { c.u.span = old }

// maxInstrs bounds the instructions of one code object. Jump arguments are instruction
// indices, so no code object can have more than bytecode.MaxArg; the bound is lower so that
// the worst case of finally duplication (see maxBlocks) fails within a second instead of
// taking gigabytes. Only generated code of megabytes of source comes near it.
const maxInstrs = 1 << 20

// emit appends an instruction and updates the tracked stack depth by its effect.
func (c *compiler) emit(op bytecode.Opcode, arg int) int {
	u := c.u
	if arg < 0 || arg > bytecode.MaxArg {
		c.errorf(&ast.Pass{Span: u.span}, "too many items in one expression")
	}
	if len(u.instrs) >= maxInstrs {
		c.errorf(&ast.Pass{Span: u.span}, "code block too large to compile")
	}
	u.instrs = append(u.instrs, bytecode.Encode(op, arg))
	u.spans = append(u.spans, u.span)
	var h *handler
	if n := len(u.active); n > 0 {
		h = u.active[n-1]
	}
	u.handlers = append(u.handlers, h)
	c.adjust(stackEffect(op, arg))
	return len(u.instrs) - 1
}

// anchor records the caret anchor of the instruction just emitted (see bytecode.Code.Anchors).
func (c *compiler) anchor(from, to ast.Pos) {
	u := c.u
	if u.anchors == nil {
		u.anchors = map[int]ast.Span{}
	}
	u.anchors[len(u.instrs)-1] = ast.Span{Start: from, End: to}
}

// adjust changes the tracked stack depth, for control flow that emit cannot see.
func (c *compiler) adjust(delta int) {
	u := c.u
	u.depth += delta
	if u.depth > u.maxDepth {
		u.maxDepth = u.depth
	}
}

func (c *compiler) newLabel() *label { return &label{pos: -1} }

// emitJump emits a jump-like instruction to l, patched when l is placed.
func (c *compiler) emitJump(op bytecode.Opcode, l *label) {
	if l.pos >= 0 {
		c.emit(op, l.pos)
		return
	}
	i := c.emit(op, 0)
	l.refs = append(l.refs, i)
}

// place puts label l at the next instruction.
func (c *compiler) place(l *label) {
	u := c.u
	l.pos = len(u.instrs)
	for _, i := range l.refs {
		op := bytecode.Opcode(u.instrs[i] & 0xff)
		u.instrs[i] = bytecode.Encode(op, l.pos)
	}
	l.refs = nil
}

// pushHandler makes h the handler of the instructions emitted from now on.
func (c *compiler) pushHandler(depth int) *handler {
	h := &handler{target: c.newLabel(), depth: depth}
	c.u.active = append(c.u.active, h)
	return h
}

func (c *compiler) popHandler() {
	c.u.active = c.u.active[:len(c.u.active)-1]
}

// constKey makes a map key that keeps apart constants Go would merge (1 and 1.0 and True,
// 0.0 and -0.0).
type constKey struct {
	kind string
	val  any
}

func (c *compiler) constIndexOf(v any) int {
	u := c.u
	var key constKey
	switch x := v.(type) {
	case nil, bool, string, ast.EllipsisType:
		key = constKey{fmt.Sprintf("%T", v), v}
	case float64:
		key = constKey{"float", math.Float64bits(x)}
	case interface{ String() string }: // *big.Int
		key = constKey{"int", x.String()}
	default: // code objects, bytes and keyword-name lists are never shared
		u.consts = append(u.consts, v)
		return len(u.consts) - 1
	}
	if i, ok := u.constIndex[key]; ok {
		return i
	}
	u.consts = append(u.consts, v)
	u.constIndex[key] = len(u.consts) - 1
	return len(u.consts) - 1
}

func (c *compiler) emitConst(v any) { c.emit(bytecode.LOAD_CONST, c.constIndexOf(v)) }

func (c *compiler) name(s string) int {
	u := c.u
	if i, ok := u.names[s]; ok {
		return i
	}
	u.code.Names = append(u.code.Names, s)
	u.names[s] = len(u.code.Names) - 1
	return len(u.code.Names) - 1
}

func (u *unit) varname(s string) int {
	if i, ok := u.varnames[s]; ok {
		return i
	}
	u.code.Varnames = append(u.code.Varnames, s)
	u.varnames[s] = len(u.code.Varnames) - 1
	return len(u.code.Varnames) - 1
}
