package compiler

import (
	"github.com/asyncscript/asyncscript/lang/ast"
	"github.com/asyncscript/asyncscript/lang/bytecode"
)

func (c *compiler) stmts(body []ast.Stmt) {
	for _, s := range body {
		c.stmt(s)
	}
}

func (c *compiler) stmt(s ast.Stmt) {
	defer c.restoreSpan(c.setSpan(s))
	switch s := s.(type) {
	case *ast.ExprStmt:
		c.expr(s.X)
		if c.interactive && c.u.scope.kind == moduleScope {
			c.emit(bytecode.PRINT_EXPR, 0)
		} else {
			c.emit(bytecode.POP_TOP, 0)
		}
	case *ast.Assign:
		if c.parallelAssign(s) {
			break
		}
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.emit(bytecode.COPY, 1)
			}
			c.assign(t)
		}
	case *ast.AugAssign:
		c.augAssign(s)
	case *ast.AnnAssign:
		c.annAssign(s)
	case *ast.If:
		c.ifStmt(s)
	case *ast.While:
		c.whileStmt(s)
	case *ast.For:
		c.forStmt(s)
	case *ast.Break:
		c.breakStmt(s)
	case *ast.Continue:
		c.continueStmt(s)
	case *ast.Pass, *ast.Global, *ast.Nonlocal:
	case *ast.FunctionDef:
		c.functionDef(s)
	case *ast.ClassDef:
		c.classDef(s)
	case *ast.Return:
		c.returnStmt(s)
	case *ast.Delete:
		for _, t := range s.Targets {
			c.del(t)
		}
	case *ast.Assert:
		c.assertStmt(s)
	case *ast.Try:
		c.tryStmt(s)
	case *ast.Raise:
		c.raiseStmt(s)
	case *ast.With:
		c.withStmt(s, 0)
	case *ast.Import:
		c.importStmt(s)
	case *ast.ImportFrom:
		c.importFrom(s)
	case *ast.Match:
		c.matchStmt(s)
	default:
		c.errorf(s, "unsupported statement")
	}
}

func (c *compiler) annAssign(s *ast.AnnAssign) {
	if s.Value != nil {
		c.expr(s.Value)
		c.assign(s.Target)
	}
	// Annotations are evaluated at module and class level; a simple name's is recorded.
	if c.u.scope.kind != functionScope {
		if n, ok := s.Target.(*ast.Name); ok {
			c.storeAnnotation(n.ID, s.Annotation)
			return
		}
		c.expr(s.Annotation)
		c.emit(bytecode.POP_TOP, 0)
	}
}

func (c *compiler) ifStmt(s *ast.If) {
	end := c.newLabel()
	orElse := c.newLabel()
	c.condJump(s.Test, false, orElse)
	c.stmts(s.Body)
	if len(s.OrElse) > 0 {
		c.emitJump(bytecode.JUMP, end)
	}
	c.place(orElse)
	c.stmts(s.OrElse)
	c.place(end)
}

// condJump evaluates a test and jumps to target when its truth equals jumpIf.
func (c *compiler) condJump(test ast.Expr, jumpIf bool, target *label) {
	if u, ok := test.(*ast.UnaryOp); ok && u.Op == "not" {
		c.condJump(u.X, !jumpIf, target)
		return
	}
	c.expr(test)
	if jumpIf {
		c.emitJump(bytecode.POP_JUMP_IF_TRUE, target)
	} else {
		c.emitJump(bytecode.POP_JUMP_IF_FALSE, target)
	}
}

func (c *compiler) whileStmt(s *ast.While) {
	top, orElse, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.place(top)
	c.condJump(s.Test, false, orElse)
	c.pushFblock(fblock{kind: fbLoop, cont: top, brk: end}, 0)
	c.stmts(s.Body)
	c.popFblock()
	c.emitJump(bytecode.JUMP, top)
	c.place(orElse)
	c.stmts(s.OrElse)
	c.place(end)
}

func (c *compiler) forStmt(s *ast.For) {
	if s.IsAsync {
		c.asyncFor(s)
		return
	}
	top, exhausted, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	c.emit(bytecode.GET_ITER, bytecode.GetIterOwned)
	c.place(top)
	c.emitJump(bytecode.FOR_ITER, exhausted)
	c.pushFblock(fblock{kind: fbLoop, cont: top, brk: end, popIter: true}, 0)
	c.assign(s.Target)
	c.stmts(s.Body)
	c.popFblock()
	c.emitJump(bytecode.JUMP, top)
	c.place(exhausted)
	c.adjust(-1) // FOR_ITER pops the iterator when it jumps
	c.stmts(s.OrElse)
	c.place(end)
}

func (c *compiler) asyncFor(s *ast.For) {
	c.requireAsync(s, "'async for' outside async function")
	top, end := c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	c.emit(bytecode.GET_AITER, bytecode.GetIterOwned)
	c.place(top)
	h := c.pushHandler(c.u.depth)
	c.emit(bytecode.GET_ANEXT, 0)
	c.emit(bytecode.AWAIT, 0)
	c.popHandler()
	c.pushFblock(fblock{kind: fbLoop, cont: top, brk: end, popIter: true}, 0)
	c.assign(s.Target)
	c.stmts(s.Body)
	c.popFblock()
	c.emitJump(bytecode.JUMP, top)
	// StopAsyncIteration from __anext__ lands here with [ait, exc] and ends the loop.
	c.place(h.target)
	c.adjust(1)
	c.emit(bytecode.END_ASYNC_FOR, 0)
	c.stmts(s.OrElse)
	c.place(end)
}

func (c *compiler) breakStmt(s *ast.Break) { c.loopJump(s, true, "'break' outside loop") }

func (c *compiler) continueStmt(s *ast.Continue) {
	c.loopJump(s, false, "'continue' not properly in loop")
}

// loopJump compiles a break (brk) or continue: it unwinds the blocks inside the innermost
// loop, a break also drops a for loop's iterator, and jumps to the loop's exit or its next
// iteration. The code after it is unreachable, so the stack depth and active handlers are
// restored to what they were before the jump. Outside a loop it fails with outside.
func (c *compiler) loopJump(s ast.Stmt, brk bool, outside string) {
	loop := c.findLoop()
	if loop < 0 {
		c.errorf(s, "%s", outside)
	}
	depth, active := c.u.depth, c.u.active
	c.unwindTo(loop+1, false)
	target := c.u.fblocks[loop].cont
	if brk {
		if c.u.fblocks[loop].popIter {
			c.emit(bytecode.POP_ITER, 0)
		}
		target = c.u.fblocks[loop].brk
	}
	c.emitJump(bytecode.JUMP, target)
	c.u.depth, c.u.active = depth, active
}

func (c *compiler) returnStmt(s *ast.Return) {
	sc := c.u.scope
	if sc.kind != functionScope {
		c.errorf(s, "'return' outside function")
	}
	if s.Value != nil && sc.isAsync && sc.isGenerator {
		c.errorf(s, "'return' with value in async generator")
	}
	if s.Value != nil {
		c.expr(s.Value)
	} else {
		c.emitConst(nil)
	}
	depth, active := c.u.depth, c.u.active
	c.unwindTo(0, true)
	c.emit(bytecode.RETURN_VALUE, 0)
	c.u.depth, c.u.active = depth-1, active
}

func (c *compiler) assertStmt(s *ast.Assert) {
	end := c.newLabel()
	c.condJump(s.Test, true, end)
	c.setSpan(s.Test) // the traceback underlines the failed test
	c.emit(bytecode.LOAD_ASSERTION, 0)
	if s.Msg != nil {
		c.expr(s.Msg)
		c.emit(bytecode.CALL, 1)
	}
	c.emit(bytecode.RAISE_VARARGS, 1)
	c.place(end)
}

func (c *compiler) raiseStmt(s *ast.Raise) {
	n := 0
	if s.Exc != nil {
		c.expr(s.Exc)
		n++
		if s.Cause != nil {
			c.expr(s.Cause)
			n++
		}
	}
	c.emit(bytecode.RAISE_VARARGS, n)
}

func (c *compiler) importStmt(s *ast.Import) {
	for _, a := range s.Names {
		if a.AsName != "" {
			// `import a.b as c` binds the submodule itself (found in sys.modules even
			// while a, in a circular import, does not have it as an attribute yet).
			c.emit(bytecode.IMPORT_MODULE, c.name(a.Name))
			c.storeName(a.AsName)
		} else {
			c.emit(bytecode.IMPORT_NAME, c.name(a.Name))
			c.storeName(importBinding(a))
		}
	}
}

func (c *compiler) importFrom(s *ast.ImportFrom) {
	c.emit(bytecode.IMPORT_MODULE, c.name(s.Module))
	for _, a := range s.Names {
		if a.Name == "*" {
			c.emit(bytecode.IMPORT_STAR, 0)
			return
		}
		c.emit(bytecode.IMPORT_FROM, c.name(a.Name))
		c.storeName(importBinding(a))
	}
	c.emit(bytecode.POP_TOP, 0)
}

func (c *compiler) requireAsync(n ast.Node, msg string) {
	sc := c.u.scope
	if sc.kind == moduleScope {
		return // top-level await makes the module body a coroutine
	}
	if sc.kind == functionScope && (sc.isAsync || isComprehension(sc.node)) {
		return
	}
	c.errorf(n, "%s", msg)
}
