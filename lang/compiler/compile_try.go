package compiler

import (
	"github.com/asyncscript/asyncscript/lang/ast"
	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// fblockKind is the kind of a block that `break`, `continue` and `return` must leave cleanly.
type fblockKind int

const (
	fbLoop        fblockKind = iota // a loop; a for loop keeps its iterator on the stack
	fbTryExcept                     // the body of try/except: leaving it needs no clean-up
	fbFinallyTry                    // the body of try/finally: leaving it runs the finally body
	fbFinallyEnd                    // the finally body on the exception path: [prev exc] on the stack
	fbWith                          // a with body: [exit] on the stack
	fbAsyncWith                     // an async with body: [exit] on the stack
	fbHandler                       // an except body: [prev] on the stack, maybe a bound name
	fbStarHandler                   // an except* body, which break, continue and return may not leave
	fbPopValue                      // a finally body run by return: the return value on the stack
)

// fblock is one block being compiled that control flow may jump out of.
type fblock struct {
	kind      fblockKind
	cont, brk *label     // fbLoop
	popIter   bool       // fbLoop: a for loop's iterator must be popped on break
	finally   []ast.Stmt // fbFinallyTry
	name      string     // fbHandler: the `as` name to clear
	active    int        // how many handlers are in force outside the block
}

// maxBlocks bounds how many blocks may nest in one code object, as CPython's CO_MAXBLOCKS
// does. Besides matching CPython, it bounds the code size: a finally body is compiled twice
// (and once more for every return, break or continue that leaves it), so a try/finally nested
// in a finally body doubles it, and unbounded nesting would grow the code exponentially.
const maxBlocks = 20

// pushFblock enters a block. own is how many of the innermost handlers in force belong to the
// block itself: code that leaves the block early (break, continue, return) runs outside them,
// since once it has cleaned up the stack is no longer what they expect.
func (c *compiler) pushFblock(fb fblock, own int) {
	if len(c.u.fblocks) >= maxBlocks {
		c.errorf(&ast.Pass{Span: c.u.span}, "too many statically nested blocks")
	}
	fb.active = len(c.u.active) - own
	c.u.fblocks = append(c.u.fblocks, fb)
}

func (c *compiler) popFblock() { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

func (c *compiler) findLoop() int {
	for i := len(c.u.fblocks) - 1; i >= 0; i-- {
		if c.u.fblocks[i].kind == fbLoop {
			return i
		}
	}
	return -1
}

// unwindTo emits the clean-up code of every block above index stop, innermost first, as a
// jump out of them requires. With preserveTop the value on top of the stack (a return value)
// is kept above the clean-up. The caller restores depth and handlers after its jump.
func (c *compiler) unwindTo(stop int, preserveTop bool) {
	saved := c.u.fblocks
	for i := len(saved) - 1; i >= stop; i-- {
		fb := saved[i]
		// Three-index slices: code compiled here must not overwrite the saved entries.
		c.u.active = c.u.active[:fb.active:fb.active]
		switch fb.kind {
		case fbStarHandler:
			c.errorf(&ast.Pass{Span: c.u.span}, "'break', 'continue' and 'return' cannot appear in an except* block")
		case fbLoop:
			if fb.popIter {
				c.popUnder(bytecode.POP_ITER, preserveTop)
			}
		case fbFinallyTry:
			// The finally body runs in the context of the blocks around it. Run by return, it
			// has the return value under it, which a break or continue in it must drop.
			c.u.fblocks = saved[:i:i]
			if preserveTop {
				c.u.fblocks = append(c.u.fblocks, fblock{kind: fbPopValue, active: len(c.u.active)})
			}
			c.stmts(fb.finally)
			c.u.fblocks = saved
		case fbPopValue:
			c.popUnder(bytecode.POP_TOP, preserveTop)
		case fbFinallyEnd:
			c.popUnder(bytecode.POP_TOP, preserveTop) // the exception: leaving a finally body drops it
			c.popUnder(bytecode.POP_EXCEPT, preserveTop)
		case fbWith, fbAsyncWith:
			if preserveTop {
				c.emit(bytecode.SWAP, 2)
			}
			c.callExitNone(fb.kind == fbAsyncWith)
		case fbHandler:
			c.popUnder(bytecode.POP_EXCEPT, preserveTop)
			if fb.name != "" {
				c.clearName(fb.name)
			}
		}
	}
}

// popUnder emits op (POP_TOP, POP_ITER or POP_EXCEPT) on the item under the top of the stack when
// preserveTop is set (the top stays, as a value being returned does), else on the top.
func (c *compiler) popUnder(op bytecode.Opcode, preserveTop bool) {
	if preserveTop {
		c.emit(bytecode.SWAP, 2)
	}
	c.emit(op, 0)
}

// callExitNone calls the context manager's exit on top of the stack with (None, None, None).
// GET_AWAITABLE's argument says, as in CPython, which method of an async context manager
// gave the object, so that a TypeError can name it.
const (
	awaitAenter = 1
	awaitAexit  = 2
)

func (c *compiler) callExitNone(async bool) {
	c.emitConst(nil)
	c.emitConst(nil)
	c.emitConst(nil)
	c.emit(bytecode.CALL, 3)
	if async {
		c.emit(bytecode.GET_AWAITABLE, awaitAexit)
		c.emit(bytecode.AWAIT, 0)
	}
	c.emit(bytecode.POP_TOP, 0)
}

// clearName does `name = None; del name`, as Python does after an except body so the
// exception's traceback does not keep the frame alive.
func (c *compiler) clearName(name string) {
	c.emitConst(nil)
	c.storeName(name)
	c.delName(name)
}

func (c *compiler) tryStmt(s *ast.Try) {
	if len(s.Finally) > 0 {
		c.tryFinally(s)
		return
	}
	c.tryExcept(s)
}

func (c *compiler) tryFinally(s *ast.Try) {
	end := c.newLabel()
	depth := c.u.depth
	c.pushFblock(fblock{kind: fbFinallyTry, finally: s.Finally}, 0)
	h := c.pushHandler(depth)
	if len(s.Handlers) > 0 {
		c.tryExcept(s)
	} else {
		c.stmts(s.Body)
	}
	c.popHandler()
	c.popFblock()
	c.stmts(s.Finally)
	c.emitJump(bytecode.JUMP, end)

	// The exception path: [exc] → [prev exc], run the finally body, re-raise.
	cleanup := c.enterHandler(h)
	c.pushFblock(fblock{kind: fbFinallyEnd}, 1)
	c.stmts(s.Finally)
	c.popFblock()
	c.emit(bytecode.RERAISE, 0)
	c.popHandler()
	c.emitCleanup(cleanup, depth+1)
	c.u.depth = depth
	c.place(end)
}

// emitCleanup places a handler that restores the previously handled exception and re-raises:
// it covers code running while an exception is being handled, with [prev] at depth.
func (c *compiler) emitCleanup(h *handler, depth int) {
	c.place(h.target)
	c.u.depth = depth + 1
	c.emit(bytecode.SWAP, 2)
	c.emit(bytecode.POP_EXCEPT, 0)
	c.emit(bytecode.RERAISE, 0)
}

func (c *compiler) tryExcept(s *ast.Try) {
	if s.IsStar {
		c.tryExceptStar(s)
		return
	}
	end, depth, cleanup := c.tryBodyThenHandlerEntry(s) // [prev exc]
	for i, eh := range s.Handlers {
		if eh.Type == nil && i < len(s.Handlers)-1 {
			c.errorf(eh, "default 'except:' must be last")
		}
		old := c.setSpan(eh)
		next := c.newLabel()
		if eh.Type != nil {
			c.expr(eh.Type)
			c.emit(bytecode.CHECK_EXC_MATCH, 0)
			c.emitJump(bytecode.POP_JUMP_IF_FALSE, next)
		}
		c.handlerBody(eh.Name, eh.Body, depth+1)
		c.emitJump(bytecode.JUMP, end)
		c.u.depth = depth + 2
		c.place(next)
		c.restoreSpan(old)
	}
	c.emit(bytecode.RERAISE, 0)
	c.popHandler()
	c.emitCleanup(cleanup, depth+1)
	c.u.depth = depth
	c.place(end)
}

// handlerBody compiles a matched except clause: the exception on top of [prev] is bound to name
// (or dropped), the body runs, then the previous exception is restored.
func (c *compiler) handlerBody(name string, body []ast.Stmt, prevDepth int) {
	if name == "" {
		c.emit(bytecode.POP_TOP, 0)
		c.pushFblock(fblock{kind: fbHandler}, 1) // the caller's cleanup handler
		c.stmts(body)
		c.popFblock()
		c.emit(bytecode.POP_EXCEPT, 0)
		return
	}
	c.storeName(name)
	// If the body raises, the name is cleared before the exception leaves.
	named := c.pushHandler(prevDepth)
	c.pushFblock(fblock{kind: fbHandler, name: name}, 2) // cleanup and named
	c.stmts(body)
	c.popFblock()
	c.popHandler()
	c.emit(bytecode.POP_EXCEPT, 0)
	c.clearName(name)
	skip := c.newLabel()
	c.emitJump(bytecode.JUMP, skip)
	c.place(named.target)
	c.u.depth = prevDepth + 1
	c.clearName(name)
	c.emit(bytecode.RERAISE, 0)
	c.place(skip)
	c.u.depth = prevDepth - 1
}

// tryExceptStar compiles `try/except*`: each clause takes the part of the exception group that
// matches its type, and what no clause handled (with what the clauses raised) is raised at the
// end as a group.
func (c *compiler) tryExceptStar(s *ast.Try) {
	end, depth, cleanup := c.tryBodyThenHandlerEntry(s) // [prev orig]
	// [prev orig raised rest]: raised collects what the clauses raise, rest what is unmatched.
	c.emit(bytecode.BUILD_LIST, 0)
	c.emit(bytecode.COPY, 2)
	for _, eh := range s.Handlers {
		old := c.setSpan(eh)
		next := c.newLabel()
		c.expr(eh.Type)
		c.emit(bytecode.CHECK_EG_MATCH, 0) // [... rest match]
		c.emit(bytecode.COPY, 1)
		c.emitConst(nil)
		c.emit(bytecode.IS_OP, 0)
		c.emitJump(bytecode.POP_JUMP_IF_TRUE, next)
		// Run the clause; whatever it raises is appended to `raised`.
		clauseDepth := c.u.depth - 1
		clause := c.pushHandler(clauseDepth)
		if eh.Name != "" {
			c.storeName(eh.Name)
		} else {
			c.emit(bytecode.POP_TOP, 0)
		}
		c.pushFblock(fblock{kind: fbStarHandler}, 2) // cleanup and clause
		c.stmts(eh.Body)
		c.popFblock()
		c.popHandler()
		if eh.Name != "" {
			c.clearName(eh.Name)
		}
		done := c.newLabel()
		c.emitJump(bytecode.JUMP, done)
		c.place(clause.target)
		c.u.depth = clauseDepth + 1 // [prev orig raised rest exc]
		if eh.Name != "" {
			c.clearName(eh.Name)
		}
		c.emit(bytecode.LIST_APPEND, 2)
		c.emitJump(bytecode.JUMP, done)
		c.place(next)
		c.u.depth = clauseDepth + 1
		c.emit(bytecode.POP_TOP, 0) // the None match
		c.place(done)
		c.u.depth = clauseDepth
		c.restoreSpan(old)
	}
	// [prev orig raised rest]: add the unmatched rest to raised, then build what to raise.
	c.emit(bytecode.LIST_APPEND, 1)
	c.emit(bytecode.PREP_RERAISE_STAR, 0) // [prev exc|None]
	c.emit(bytecode.COPY, 1)
	c.emitConst(nil)
	c.emit(bytecode.IS_OP, 0)
	raise := c.newLabel()
	c.emitJump(bytecode.POP_JUMP_IF_FALSE, raise)
	c.emit(bytecode.POP_TOP, 0)
	c.emit(bytecode.POP_EXCEPT, 0)
	c.emitJump(bytecode.JUMP, end)
	c.place(raise)
	c.u.depth = depth + 2
	c.emit(bytecode.RERAISE, 0)
	c.popHandler()
	c.emitCleanup(cleanup, depth+1)
	c.u.depth = depth
	c.place(end)
}

// withStmt compiles items[i:] of a with statement, nesting one block per item.
func (c *compiler) withStmt(s *ast.With, i int) {
	if i == len(s.Items) {
		c.stmts(s.Body)
		return
	}
	if s.IsAsync {
		c.requireAsync(s, "'async with' outside async function")
	}
	item := s.Items[i]
	c.expr(item.Context)
	depth := c.u.depth - 1
	if s.IsAsync {
		c.emit(bytecode.BEFORE_ASYNC_WITH, 0)
		c.emit(bytecode.GET_AWAITABLE, awaitAenter)
		c.emit(bytecode.AWAIT, 0)
	} else {
		c.emit(bytecode.BEFORE_WITH, 0) // [exit enter]
	}
	h := c.pushHandler(depth + 1)
	kind := fbWith
	if s.IsAsync {
		kind = fbAsyncWith
	}
	c.pushFblock(fblock{kind: kind}, 1)
	if item.Vars != nil {
		c.assign(item.Vars)
	} else {
		c.emit(bytecode.POP_TOP, 0)
	}
	c.withStmt(s, i+1)
	c.popFblock()
	c.popHandler()
	c.callExitNone(s.IsAsync)
	end := c.newLabel()
	c.emitJump(bytecode.JUMP, end)

	// The exception path: [exit exc] → [exit prev exc]; exit(type, exc, tb) decides.
	cleanup := c.enterHandler(h)
	c.emit(bytecode.WITH_EXCEPT_START, 0)
	if s.IsAsync {
		c.emit(bytecode.GET_AWAITABLE, awaitAexit)
		c.emit(bytecode.AWAIT, 0)
	}
	suppress := c.newLabel()
	c.emitJump(bytecode.POP_JUMP_IF_TRUE, suppress)
	c.emit(bytecode.RERAISE, 0)
	c.popHandler()
	c.place(suppress)
	c.u.depth = depth + 3
	c.emit(bytecode.POP_TOP, 0)    // exc
	c.emit(bytecode.POP_EXCEPT, 0) // prev
	c.emit(bytecode.POP_TOP, 0)    // exit
	c.emitJump(bytecode.JUMP, end)
	c.emitCleanup(cleanup, depth+2)
	c.u.depth = depth
	c.place(end)
}

// tryBodyThenHandlerEntry compiles what try/except and try/except* share: the protected body,
// the else clause and the jump to end, then the handler's entry, which saves the exception
// being handled under the one raised. It returns the end label for the caller to place, the
// stack depth outside the statement, and the handler that cleans up when a clause raises.
func (c *compiler) tryBodyThenHandlerEntry(s *ast.Try) (end *label, depth int, cleanup *handler) {
	end = c.newLabel()
	depth = c.u.depth
	h := c.pushHandler(depth)
	c.pushFblock(fblock{kind: fbTryExcept}, 1)
	c.stmts(s.Body)
	c.popFblock()
	c.popHandler()
	c.stmts(s.OrElse)
	c.emitJump(bytecode.JUMP, end)

	return end, depth, c.enterHandler(h)
}

// enterHandler places the target of handler h, where the raised exception lies above h's
// depth, and saves the exception being handled under it: [exc] → [prev exc]. It returns the
// handler, pushed for the code that handles the exception, that restores prev if that code
// raises in turn.
func (c *compiler) enterHandler(h *handler) *handler {
	c.place(h.target)
	c.u.depth = h.depth + 1
	cleanup := c.pushHandler(h.depth + 1)
	c.emit(bytecode.PUSH_EXC_INFO, 0)
	return cleanup
}
