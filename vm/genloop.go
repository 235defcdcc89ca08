package vm

import "github.com/asyncscript/asyncscript/lang/bytecode"

// resumeInLoop prepares the plain generator g for FOR_ITER (or a fold, see startFold) to
// resume as a callee of the running dispatch loop, as Resume would with nothing sent: its
// frame, to be linked under the consuming frame. A yield then hands the value back to the
// consumer's FOR_ITER, and the generator's return ends the for loop (see forIterExit), or
// both go to the fold (foldYield, genReturned). It returns nil, having changed
// nothing, when Resume must do it: a coroutine-like generator, one already running or done,
// or the recursion limit, whose errors Resume raises.
func (th *Thread) resumeInLoop(g *Generator) *Frame {
	if g.running || g.done || !g.isPlain() || th.depth >= th.interp.MaxDepth {
		return nil
	}
	fr := g.frame
	if g.started {
		fr.slots[fr.sp] = None // the value of the paused yield expression
		fr.sp++
	} else {
		g.started = true
	}
	g.running = true
	th.depth++
	return fr
}

// isPlain reports whether g is made by a generator function (not async def, not an async
// generator): what for loops and next() drive.
func (g *Generator) isPlain() bool {
	return g.Func.Code.Flags&(bytecode.FlagCoroutine|bytecode.FlagAsyncGen) == 0
}

// genReturned finishes g, whose frame has returned result to the caller it ran under in a
// dispatch loop, and says what that caller receives: an awaited coroutine's result, the
// result of the fold a built-in ran over the generator, StopAsyncIteration for the `async
// for` awaiting an async generator, or exhausted for the for loop resuming a generator.
func (th *Thread) genReturned(g *Generator, result Value) (r Value, exhausted bool, err error) {
	f := g.fold
	th.retire(g)
	switch {
	case f != nil:
		r, err = f.Result(th)
		return r, false, err
	case g.isPlain():
		return nil, true, nil
	case g.isAsyncGen() && !g.closing:
		return nil, false, NewException(StopAsyncIteration)
	}
	return result, false, nil
}

// forIterExit is where the FOR_ITER just before pc jumps when its iterator is exhausted.
func forIterExit(instrs []uint32, pc int) int { return int(instrs[pc-1] >> 8) }

// escapedStop is what a generator's caller sees when exc ends the generator g: exc itself,
// or, for a StopIteration (or StopAsyncIteration out of an async generator), the
// RuntimeError CPython raises in its place (PEP 479), caused by it.
func escapedStop(g *Generator, exc *Exception) *Exception {
	var stop *Class
	switch {
	case exc.Class.IsSubclass(StopIteration):
		stop = StopIteration
	case g.isAsyncGen() && exc.Class.IsSubclass(StopAsyncIteration):
		stop = StopAsyncIteration
	default:
		return exc
	}
	kind := "generator"
	switch {
	case g.IsCoroutine():
		kind = "coroutine"
	case g.isAsyncGen():
		kind = "async generator"
	}
	re := Errorf(RuntimeError, "%s raised %s", kind, stop.Name)
	re.Cause, re.Context, re.SuppressContext = exc, exc, true
	return re
}
