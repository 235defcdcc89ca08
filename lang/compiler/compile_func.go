package compiler

import (
	"github.com/asyncscript/asyncscript/lang/ast"
	"github.com/asyncscript/asyncscript/lang/bytecode"
)

func (c *compiler) functionDef(s *ast.FunctionDef) {
	for _, d := range s.Decorators {
		c.expr(d)
	}
	c.makeFunction(s, s.Name, s.Args, func() {
		c.stmts(s.Body)
		c.emitConst(nil)
		c.emit(bytecode.RETURN_VALUE, 0)
	})
	c.applyDecorators(len(s.Decorators))
	c.storeName(s.Name)
}

func (c *compiler) lambda(e *ast.Lambda) {
	c.makeFunction(e, "<lambda>", e.Args, func() {
		c.expr(e.Body)
		c.emit(bytecode.RETURN_VALUE, 0)
	})
}

func (c *compiler) applyDecorators(n int) {
	for i := 0; i < n; i++ {
		c.emit(bytecode.CALL, 1)
	}
}

// makeFunction pushes a new function object: its defaults, its code (compiled from body in a
// unit of its own) and the cells it closes over.
func (c *compiler) makeFunction(node ast.Node, name string, args *ast.Arguments, body func()) {
	flags := 0
	var defaults []ast.Expr
	for _, a := range args.Args {
		if a.Default != nil {
			defaults = append(defaults, a.Default)
		} else if len(defaults) > 0 {
			c.errorf(a, "non-default argument follows default argument")
		}
	}
	if len(defaults) > 0 {
		for _, d := range defaults {
			c.expr(d)
		}
		c.emit(bytecode.BUILD_TUPLE, len(defaults))
		flags |= bytecode.MakeFuncDefaults
	}
	var kwNames []string
	for _, a := range args.KwOnly {
		if a.Default != nil {
			c.emitConst(a.Name)
			c.expr(a.Default)
			kwNames = append(kwNames, a.Name)
		}
	}
	if len(kwNames) > 0 {
		c.emit(bytecode.BUILD_MAP, len(kwNames))
		flags |= bytecode.MakeFuncKwDefaults
	}
	if fd, ok := node.(*ast.FunctionDef); ok && c.functionAnnotations(fd) {
		flags |= bytecode.MakeFuncAnnotations
	}

	sc := c.st.scopes[node]
	u := c.newUnit(sc, name, c.u.qualPrefix+name, node.Range().Start.Line)
	code := u.code
	code.ArgCount = len(args.Args)
	code.PosOnlyCount = args.PosOnly
	code.KwOnlyCount = len(args.KwOnly)
	if args.Vararg != nil {
		code.Flags |= bytecode.FlagVarargs
	}
	if args.Kwarg != nil {
		code.Flags |= bytecode.FlagVarkw
	}
	code.Flags |= kindFlags(sc)
	if fd, ok := node.(*ast.FunctionDef); ok {
		if doc, ok := docstring(fd.Body); ok {
			code.Doc = doc
		}
	}
	u.span = node.Range()
	body()
	c.finishFunction(flags)
}

// kindFlags tells what calling a function of this scope makes: a result, a generator,
// a coroutine or an async generator.
func kindFlags(sc *scope) bytecode.Flags {
	switch {
	case sc.isAsync && sc.isGenerator:
		return bytecode.FlagAsyncGen
	case sc.isAsync:
		return bytecode.FlagCoroutine
	case sc.isGenerator:
		return bytecode.FlagGenerator
	}
	return 0
}

// finishFunction finishes the current unit and, back in the enclosing one, makes a function
// of its code: the tuple of cells it closes over (if it has free variables), the code, then
// MAKE_FUNCTION with flags telling which of defaults, keyword defaults and closure were pushed.
func (c *compiler) finishFunction(flags int) {
	code := c.finish()
	if len(code.Freevars) > 0 {
		for _, name := range code.Freevars {
			c.emit(bytecode.LOAD_CLOSURE, c.u.cells[name])
		}
		c.emit(bytecode.BUILD_TUPLE, len(code.Freevars))
		flags |= bytecode.MakeFuncClosure
	}
	c.emit(bytecode.LOAD_CONST, c.constIndexOf(code))
	c.emit(bytecode.MAKE_FUNCTION, flags)
}

func (c *compiler) classDef(s *ast.ClassDef) {
	for _, d := range s.Decorators {
		c.expr(d)
	}
	sc := c.st.scopes[s]
	u := c.newUnit(sc, s.Name, c.u.qualPrefix+s.Name, s.Start.Line)
	u.code.Flags |= bytecode.FlagClassBody
	u.span = s.Range()
	c.classPrologue(s)
	c.setupAnnotations(s.Body)
	c.stmts(s.Body)
	// The body returns the __class__ cell, if methods use it, so the class can fill it in.
	if i, ok := u.cells[classCell]; ok {
		c.emit(bytecode.LOAD_CLOSURE, i)
	} else {
		c.emitConst(nil)
	}
	c.emit(bytecode.RETURN_VALUE, 0)
	c.finishFunction(0)
	c.emitConst(s.Name)
	for _, b := range s.Bases {
		if _, ok := b.(*ast.Starred); ok {
			c.errorf(b, "starred base classes are not supported")
		}
		c.expr(b)
	}
	if len(s.Bases) > bytecode.ClassBasesMask {
		c.errorf(s, "more than %d base classes are not supported", bytecode.ClassBasesMask)
	}
	var names []string
	for _, k := range s.Keywords {
		if k.Name == "" {
			c.errorf(&k, "class keyword arguments with ** are not supported")
		}
		c.expr(k.Value)
		names = append(names, k.Name)
	}
	if len(names) > 0 {
		c.emitConst(names)
	}
	c.emit(bytecode.BUILD_CLASS, len(s.Bases)|len(names)<<bytecode.ClassKeywordsShift)
	c.applyDecorators(len(s.Decorators))
	c.storeName(s.Name)
}

// comprehension compiles a comprehension as a call of a hidden function that takes the first
// iterator as its argument, so the loop variables stay local to it, as in Python 3.
// build is the display to fill (BUILD_LIST, BUILD_SET, BUILD_MAP) or NOP for a generator.
func (c *compiler) comprehension(node ast.Expr, name string, gens []*ast.Comprehension, build bytecode.Opcode, elts ...ast.Expr) {
	sc := c.st.scopes[node]
	if sc.isAsync && !sc.isGenerator {
		c.requireAsync(node, "asynchronous comprehension outside of an asynchronous function")
	}
	u := c.newUnit(sc, name, c.u.qualPrefix+name, node.Range().Start.Line)
	u.code.ArgCount = 1
	u.code.Flags |= kindFlags(sc)
	u.span = node.Range()
	if build != bytecode.NOP {
		c.emit(build, 0)
	}
	c.comprehensionLoop(gens, 0, build, elts)
	if build == bytecode.NOP {
		c.emitConst(nil)
	}
	c.emit(bytecode.RETURN_VALUE, 0)
	c.finishFunction(0)
	c.expr(gens[0].Iter)
	if gens[0].IsAsync {
		c.emit(bytecode.GET_AITER, 0)
	} else {
		c.emit(bytecode.GET_ITER, bytecode.GetIterOwned)
	}
	c.setSpan(node)
	c.emit(bytecode.CALL, 1)
	if sc.isAsync && !sc.isGenerator {
		c.emit(bytecode.GET_AWAITABLE, 0)
		c.emit(bytecode.AWAIT, 0)
	}
}

func (c *compiler) comprehensionLoop(gens []*ast.Comprehension, i int, build bytecode.Opcode, elts []ast.Expr) {
	g := gens[i]
	top, end := c.newLabel(), c.newLabel()
	if i == 0 {
		c.emit(bytecode.LOAD_FAST, c.u.varname(".0"))
	} else {
		c.expr(g.Iter)
		if g.IsAsync {
			c.emit(bytecode.GET_AITER, 0)
		} else {
			c.emit(bytecode.GET_ITER, bytecode.GetIterOwned)
		}
	}
	c.place(top)
	var exhausted *handler
	if g.IsAsync {
		// StopAsyncIteration from __anext__ lands at end with [ait exc].
		exhausted = c.pushHandler(c.u.depth)
		c.emit(bytecode.GET_ANEXT, 0)
		c.emit(bytecode.AWAIT, 0)
		c.popHandler()
	} else {
		c.emitJump(bytecode.FOR_ITER, end)
	}
	c.assign(g.Target)
	for _, cond := range g.Ifs {
		c.condJump(cond, false, top)
	}
	if i+1 < len(gens) {
		c.comprehensionLoop(gens, i+1, build, elts)
	} else {
		for _, e := range elts {
			c.expr(e)
		}
		depth := len(gens) + 1
		switch build {
		case bytecode.BUILD_LIST:
			c.emit(bytecode.LIST_APPEND, depth)
		case bytecode.BUILD_SET:
			c.emit(bytecode.SET_ADD, depth)
		case bytecode.BUILD_MAP:
			c.emit(bytecode.MAP_ADD, depth)
		default:
			c.emit(bytecode.YIELD_VALUE, 0)
			c.emit(bytecode.POP_TOP, 0)
		}
	}
	c.emitJump(bytecode.JUMP, top)
	if exhausted != nil {
		c.place(exhausted.target)
		c.adjust(1)                       // [ait exc]
		c.emit(bytecode.END_ASYNC_FOR, 0) // pops both: the loop is over
		return
	}
	c.place(end)
	c.adjust(-1) // FOR_ITER pops the iterator when it jumps
}
