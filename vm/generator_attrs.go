package vm

import (
	"strings"

	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// Attr implements AttrGetter: a generator's, coroutine's or async generator's introspection
// attributes, with CPython's prefixes (gi_, cr_, ag_): running, code, suspended, frame, and
// what it delegates to (gi_yieldfrom, cr_await, ag_await), and cr_origin (see
// coroutine_origin.go).
func (g *Generator) Attr(name string) (Value, bool) {
	switch name {
	case "__name__":
		return Str(g.Func.Name), true
	case "__qualname__":
		return Str(g.Func.QualName), true
	}
	prefix, delegate := "gi_", "yieldfrom"
	switch g.Type() {
	case CoroutineClass:
		prefix, delegate = "cr_", "await"
	case AsyncGeneratorClass:
		prefix, delegate = "ag_", "await"
	}
	field, ok := strings.CutPrefix(name, prefix)
	if !ok {
		return nil, false
	}
	switch field {
	case "running":
		return Bool(g.isRunning()), true
	case "code":
		return g.Func.Code, true
	case "suspended":
		if prefix != "ag_" { // CPython 3.11's async generators have no ag_suspended
			return Bool(g.started && !g.done && !g.executing()), true
		}
	case "frame":
		if g.done {
			return None, true
		}
		g.frameShown = true
		return &FrameInfo{Code: g.frame.code, Line: g.frame.line(), gen: g}, true
	case delegate:
		return g.delegatedTo(), true
	case "origin":
		if prefix == "cr_" {
			return g.origin(), true
		}
	}
	return nil, false
}

// isRunning is gi_running / cr_running / ag_running. A coroutine awaited by another runs
// as a callee, its frame linked under the awaiting one, and stays marked running while the
// chain is paused: it runs only while the chain's outermost coroutine does. An async
// generator counts as running from the start of an __anext__ (asend, athrow) to its end,
// also while that step awaits, as CPython 3.11's ag_running does.
func (g *Generator) isRunning() bool {
	if g.Type() == AsyncGeneratorClass {
		return g.running
	}
	return g.executing()
}

// executing reports whether g's frame is running now: g, and the outermost coroutine of
// the chain of awaits it is part of, are running.
func (g *Generator) executing() bool {
	if !g.running {
		return false
	}
	top := g.frame
	for top.parent != nil {
		top = top.parent
	}
	return top.gen == nil || top.gen.running
}

// delegatedTo is what a paused generator's frame waits on: the iterator of its
// `yield from`, or the operand of its await (a coroutine, an __await__ iterator, or, for a
// future, its __await__ iterator as CPython's FutureIter); None when it is not paused there.
func (g *Generator) delegatedTo() Value {
	if !g.started || g.done || g.executing() {
		return None
	}
	fr := g.frame
	var v Value
	switch {
	case inYieldFrom(fr):
		v = fr.slots[fr.sp-1]
	case fr.pc >= 1 && fr.code.Op(fr.pc-1) == bytecode.AWAIT, fr.code.Op(fr.pc) == bytecode.AWAIT:
		// AWAIT pops its operand but leaves it in the slot above the stack while the frame
		// waits (an __await__ iterator's frame waits with its pc back on the AWAIT).
		v = fr.slots[fr.sp]
	default:
		return None
	}
	switch x := v.(type) {
	case *awaitIter:
		return x.it
	case AwaitIterable:
		return x.AwaitIter()
	case nil:
		return None
	}
	return v
}

// AwaitIterable is implemented by Go awaitables whose __await__ returns an iterator object
// of their own (a future's FutureIter): cr_await shows that, as CPython's does.
type AwaitIterable interface {
	AwaitIter() Value
}
