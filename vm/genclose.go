package vm

import "github.com/asyncscript/asyncscript/lang/bytecode"

// CPython closes a generator as soon as its last reference goes: a for loop left by break,
// return or an exception drops its iterator, and a generator made for that loop alone is
// closed there, its finally blocks running before the next statement (or the handler). A
// tracing collector cannot see references, but it can see the one case where there is
// provably just one: a generator made by the instruction right before the GET_ITER of a loop
// (or the call of a fold built-in), which no other code was given. Such a generator is
// marked owned, and closed where the loop drops it (POP_ITER, an unwinding stack, the end of
// the fold). Everything else is left alone, as before.

// Instruction words that consume the value the instruction before them made, for markOwned.
const (
	getIterOwnedWord  = uint32(bytecode.GET_ITER) | bytecode.GetIterOwned<<8
	getAIterOwnedWord = uint32(bytecode.GET_AITER) | bytecode.GetIterOwned<<8
	callOneWord       = uint32(bytecode.CALL) | 1<<8
)

// markOwned marks r, what the call of callee just returned, as owned when it is a generator
// the call made and next, the instruction after the call, hands it where only a loop reaches
// it: GET_ITER for a for loop, GET_AITER for an async for loop over an async generator, or
// a call of a fold built-in (the callable on top of stack, the operands under the call's),
// which keeps no reference.
func markOwned(callee, r Value, next uint32, stack []Value) {
	f, ok := callee.(*Function)
	if !ok || f.Code.Flags&(bytecode.FlagGenerator|bytecode.FlagAsyncGen) == 0 {
		return
	}
	g, ok := r.(*Generator)
	if !ok {
		return
	}
	if next == getAIterOwnedWord {
		g.owned = g.isAsyncGen()
		return
	}
	if !g.isPlain() {
		return
	}
	if next == getIterOwnedWord {
		g.owned = true
	} else if b, ok := stack[len(stack)-1].(*Builtin); ok && (b.fold != nil || b.borrows) && b.Self == nil {
		g.owned = true // CALL 1 has its callable under its argument
	}
}

// Borrowing marks b, a built-in function, as one that uses its argument only while it runs
// (next, sorted): called with one argument, a generator made for that call alone, it closes
// the generator when it returns, as CPython's refcounting does.
func Borrowing(b *Builtin) *Builtin {
	fn := b.Fn
	b.borrows = true
	b.bound = nil // calls must go through the wrapper
	b.Fn = func(th *Thread, args []Value, kwargs *Dict) (Value, error) {
		r, err := fn(th, args, kwargs)
		if len(args) == 1 && th.frame != nil {
			th.dropOwned(args[0], th.frame, th.frame.pc-1)
		}
		return r, err
	}
	return b
}

// ownIter marks it, the iterator GET_ITER (or GET_AITER) made of v for a loop, as owned
// when it is a generator that v's class's generator function method (__iter__, or
// __aiter__) has just made.
func ownIter(v, it Value, method string) {
	g, ok := it.(*Generator)
	if !ok || g == v || g.started || g.hooked {
		return
	}
	m, _ := v.Type().userMethod(method)
	if f, ok := m.(*Function); ok && g.Func == f {
		g.owned = true
	}
}

// dropOwned is a loop letting go of its iterator v early, in frame fr at instruction pc: an
// owned generator paused in the middle is closed, an async generator finalized (see
// finalizeAsyncGen). What the close raises cannot propagate, as in CPython's finalizer: it
// is reported as ignored (see reportUnraisable).
func (th *Thread) dropOwned(v Value, fr *Frame, pc int) {
	g, ok := v.(*Generator)
	if !ok || !g.owned || g.done || g.running || th.interp.aborted.Load() != nil {
		return
	}
	g.owned = false
	if g.isAsyncGen() {
		th.finalizeAsyncGen(g, fr, pc)
		return
	}
	if !g.started {
		g.done = true
		return
	}
	if err := g.close(th); err != nil {
		th.reportUnraisable(g, err, fr, pc)
	}
}

// dropStack is an exception exc unwinding fr's operand stack from hi down to lo, the
// handler's depth, or the whole stack when exc leaves the frame: owned loop iterators on it
// are closed, innermost loop first as CPython pops them. One also held by a local (the
// hidden argument of a comprehension) stays open unless exc is the GeneratorExit of the
// comprehension's close: the frame is kept by exc's traceback, and its locals with it.
func (th *Thread) dropStack(fr *Frame, lo, hi int, exc *Exception, pc int) {
	for i := hi - 1; i >= lo; i-- {
		g, ok := fr.slots[i].(*Generator)
		if !ok || !g.owned || g.done {
			continue
		}
		if !exc.Class.IsSubclass(GeneratorExit) && heldByLocal(fr, g) {
			continue
		}
		th.dropOwned(g, fr, pc)
	}
}

// heldByLocal reports whether g is the value of one of fr's local variables.
func heldByLocal(fr *Frame, g *Generator) bool {
	for _, v := range fr.slots[:fr.code.nlocals] {
		if v == Value(g) {
			return true
		}
	}
	return false
}

// disown clears the mark of an owned generator that something else can now reach (a
// comprehension's hidden argument, shown by locals() or f_locals).
func disown(v Value) {
	if g, ok := v.(*Generator); ok {
		g.owned = false
	}
}

// reportUnraisable prints err, which closing g implicitly raised, as CPython's unraisable
// hook does: "Exception ignored in: <generator ...>" and a traceback, which for an error
// raised by the close itself is the line in fr the loop was at.
func (th *Thread) reportUnraisable(g *Generator, err error, fr *Frame, pc int) {
	exc, ok := err.(*Exception)
	if !ok {
		th.interp.WriteErr(err.Error() + "\n")
		return
	}
	if len(exc.Traceback) == 0 && fr != nil {
		exc.Traceback = append(exc.Traceback, TraceEntry{Code: fr.code, PC: pc})
	}
	// The hook prints the exception alone, without the chain that led to it.
	p := &excPrinter{in: th.interp, seen: map[*Exception]bool{}}
	p.formatOne(exc)
	th.interp.WriteErr("Exception ignored in: " + g.Repr() + "\n" + p.b.String())
}

// ResultDiscarded reports whether the built-in running now was called as an expression
// statement: the instruction after the call in the calling frame drops its result, so no
// code of the script keeps what it returns (asyncio.create_task(job()) on a line of its
// own makes a task only the loop holds, which CPython frees as soon as it finishes).
func (th *Thread) ResultDiscarded() bool {
	fr := th.frame
	if fr == nil || fr.pc >= len(fr.code.Instrs) {
		return false
	}
	return bytecode.Opcode(fr.code.Instrs[fr.pc]&0xff) == bytecode.POP_TOP
}
