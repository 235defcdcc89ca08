package vm

import (
	"github.com/asyncscript/asyncscript/lang/ast"
	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// Generator is a suspended function frame: a generator, a coroutine (async def) or an
// async generator, depending on its code's flags. Each resumption runs the frame until it
// yields or returns. A coroutine may pause deep inside a chain of coroutines it awaits;
// innermost is then the frame to resume, and awaiting what that frame waits for.
type Generator struct {
	Func      *Function
	frame     *Frame
	innermost *Frame
	awaiting  Value
	started   bool
	running   bool
	done      bool
	// awaited marks a coroutine that an await has taken over, so it cannot be awaited twice.
	awaited bool
	// closing marks an async generator running to its end under aclose().
	closing bool
	// frameShown marks a generator whose frame a frame object (gi_frame) has shown: that
	// frame is not given back to the free list when it returns, as the object may still read it.
	frameShown bool
	// owned marks a generator only a loop's iterator slot (or a fold) can reach, to be
	// closed when the loop drops it early (see genclose.go).
	owned bool
	// hooked marks an async generator whose first iteration has called the firstiter hook
	// and recorded the finalizer (see asyncgen_hooks.go).
	hooked bool
	// fold is the built-in's fold a dispatch loop resumed the generator for, while its
	// frame runs as that loop's callee: what it yields goes to the fold (see foldYield).
	fold Fold
}

// The classes of suspended frame objects.
var (
	GeneratorClass      = newBuiltinClass("generator", ObjectClass)
	CoroutineClass      = newBuiltinClass("coroutine", ObjectClass)
	AsyncGeneratorClass = newBuiltinClass("async_generator", ObjectClass)
)

func newGenerator(f *Function, fr *Frame) *Generator {
	g := fr.gen // the room newFrame made beside the frame, if it made the frame
	if g == nil {
		g = &Generator{}
		fr.gen = g
	}
	*g = Generator{Func: f, frame: fr}
	return g
}

// Type implements Value.
func (g *Generator) Type() *Class {
	switch {
	case g.Func.Code.Flags&bytecode.FlagCoroutine != 0:
		return CoroutineClass
	case g.Func.Code.Flags&bytecode.FlagAsyncGen != 0:
		return AsyncGeneratorClass
	}
	return GeneratorClass
}

// IsCoroutine reports whether g was made by calling an `async def` function.
func (g *Generator) IsCoroutine() bool { return g.Func.Code.Flags&bytecode.FlagCoroutine != 0 }

// IsIterableCoroutine reports whether g is a generator-based coroutine: a generator of a
// function decorated with types.coroutine.
func (g *Generator) IsIterableCoroutine() bool { return g.Func.iterableCoroutine }

// Started reports whether the generator has begun running.
func (g *Generator) Started() bool { return g.started }

// Done reports whether the generator has finished.
func (g *Generator) Done() bool { return g.done }

// Repr implements repr(): <generator object f at 0x...>.
func (g *Generator) Repr() string {
	return "<" + g.Type().Name + " object " + g.Func.QualName + " at " + Addr(g) + ">"
}

// Next implements Iterator: next(gen).
func (g *Generator) Next(th *Thread) (Value, error) {
	v, done, err := g.Resume(th, None, nil)
	if done || err != nil {
		return nil, err
	}
	return v, nil
}

// Resume runs the generator until it yields (done false, the yielded value) or finishes
// (done true, the returned value). With exc it is thrown in where the generator is paused.
// A coroutine that pauses on an await "yields" what it waits for: a future, or None to give
// the event loop one turn.
func (g *Generator) Resume(th *Thread, sent Value, exc *Exception) (v Value, done bool, err error) {
	if g.done {
		if exc != nil {
			return nil, true, exc
		}
		if g.IsCoroutine() {
			return nil, true, Errorf(RuntimeError, "cannot reuse already awaited coroutine")
		}
		return None, true, nil
	}
	if g.running {
		return nil, false, Errorf(ValueError, "%s already executing", g.Type().Name)
	}
	if !g.started {
		if exc != nil {
			g.done = true
			g.markAwaited(th.interp) // thrown into: finished, not forgotten
			return nil, true, escapedStop(g, exc)
		}
		if !IsNone(sent) {
			return nil, false, Errorf(TypeError, "can't send non-None value to a just-started %s", g.Type().Name)
		}
		g.started = true
		g.markAwaited(th.interp)
	}
	if th.depth >= th.interp.MaxDepth {
		return nil, false, Errorf(RecursionError, "maximum recursion depth exceeded")
	}
	start := g.frame
	if g.innermost != nil {
		start = g.innermost
	}
	if g.awaiting != nil {
		// The paused await completes now: its value, or its exception, arrives.
		sent, exc = resumeAwait(g.awaiting, sent, exc)
	} else if exc != nil && inYieldFrom(start) {
		v, yielded, next := g.throwDelegated(th, start, exc)
		if yielded {
			return v, false, nil
		}
		sent, exc = v, next
	}
	g.innermost, g.awaiting = nil, nil
	g.running = true
	th.depth++
	g.frame.parent = nil
	if exc != nil && g.frameStarted(start) {
		th.reraising = false
		var handled bool
		if start, exc, handled = th.unwind(g.frame, start, start.sp, start.pc, exc); !handled {
			th.depth--
			g.running = false
			g.finish()
			return nil, true, escapedStop(g, exc)
		}
	} else if exc != nil {
		th.depth--
		g.running = false
		g.finish()
		return nil, true, escapedStop(g, exc)
	} else if g.frameStarted(start) {
		start.slots[start.sp] = sent
		start.sp++
	}
	v, status, err := th.run(g.frame, start)
	g.frame.back = nil // the caller it had while it ran (f_back) is not its caller now
	th.depth--
	g.running = false
	switch {
	case err != nil:
		g.finish()
		if e, ok := err.(*Exception); ok {
			return nil, true, escapedStop(g, e)
		}
		return nil, true, err
	case status == statusYield:
		return v, false, nil
	case status == statusSuspend:
		g.innermost, g.awaiting = th.suspended, th.awaiting
		th.suspended, th.awaiting = nil, nil
		return waitTarget(g.awaiting), false, nil
	}
	th.retire(g)
	return v, true, nil
}

// frameStarted reports whether fr has executed anything, so a sent value or a thrown
// exception arrives at a paused instruction rather than before the first one.
func (g *Generator) frameStarted(fr *Frame) bool { return fr != g.frame || fr.pc > 0 }

func (g *Generator) finish() {
	g.done, g.running = true, false
	g.innermost, g.awaiting, g.fold = nil, nil, nil
	// Drop the locals and the stack: what reprs need is in g.Func.
	if fr := g.frame; fr != nil {
		fr.slots, fr.cells, fr.parent = nil, nil, nil
	}
}

// retire finishes g, whose frame has just returned in a dispatch loop of th, and gives the
// frame back to th's free list: nothing reads a finished generator's frame, and most
// generators finish this way, so the next one need not allocate its own.
func (th *Thread) retire(g *Generator) {
	if g.frameShown {
		g.finish()
		return
	}
	fr := g.frame
	g.frame = nil
	g.finish()
	fr.gen = nil
	th.releaseFrame(fr)
}

// enterCoroutine prepares a coroutine to run under an await: it returns the coroutine's
// frame, to be linked below the awaiting frame.
func (th *Thread) enterCoroutine(g *Generator) (*Frame, error) {
	switch {
	case g.done || g.awaited:
		return nil, Errorf(RuntimeError, "cannot reuse already awaited coroutine")
	case g.running:
		return nil, Errorf(ValueError, "coroutine already executing")
	case g.started:
		return nil, Errorf(RuntimeError, "coroutine is being awaited already")
	case th.depth >= th.interp.MaxDepth:
		return nil, Errorf(RecursionError, "maximum recursion depth exceeded")
	}
	g.started, g.awaited, g.running = true, true, true
	g.markAwaited(th.interp)
	th.depth++
	return g.frame, nil
}

// Awaitable is implemented by Go values that `await` can wait on (futures, tasks, the
// objects of asyncio's primitives). Await returns the result at once when it is ready;
// otherwise wait is what the awaiting task must wait for: a future, or None to let the event
// loop run one turn. When the task resumes, awaitResult(wait) is the value of the await.
type Awaitable interface {
	Value
	Await(th *Thread) (result Value, ready bool, wait Value, err error)
}

// Resumer is implemented by what an Awaitable waits on: it gives the value (or exception)
// of the finished await.
type Resumer interface {
	AwaitResult() (Value, *Exception)
}

// Turn is a Resumer that resumes with Value, for an await that only gives up one turn of the
// event loop (asyncio.sleep(0)). It is a concrete type so that every task switch through it
// costs the resuming frame no interface lookup.
type Turn struct{ Value Value }

// Type implements Value.
func (*Turn) Type() *Class { return NoneClass }

// AwaitResult implements Resumer.
func (t *Turn) AwaitResult() (Value, *Exception) { return t.Value, nil }

// awaitResult is the outcome of an await that paused on wait.
func awaitResult(wait Value) (Value, *Exception) {
	if r, ok := wait.(Resumer); ok {
		return r.AwaitResult()
	}
	return None, nil
}

// getAwaitable is GET_AWAITABLE: it checks the operand of await, a coroutine, a Go
// awaitable, or an object with __await__, whose iterator the await drives (see
// await_iter.go). from is GET_AWAITABLE's argument, for the error of notAwaitable.
func getAwaitable(th *Thread, v Value, from int) (Value, error) {
	switch x := v.(type) {
	case *Generator:
		if x.IsCoroutine() {
			return x, nil
		}
		if x.IsIterableCoroutine() {
			return newAwaitIter(x), nil
		}
	case Awaitable, *asyncGenStep, *awaitIter:
		return x, nil
	}
	it, ok, err := awaitMethod(th, v)
	switch {
	case err != nil:
		return nil, err
	case ok:
		return newAwaitIter(it), nil
	}
	return nil, notAwaitable(v, from)
}

func init() {
	coroutineMethods := resumerMethods(
		func(th *Thread, self Value) resumer { return coroutineSelf(th, self) },
		func(th *Thread, self Value) error { return coroutineSelf(th, self).close(th) })
	CoroutineClass.DefineMethods(coroutineMethods)
	GeneratorClass.DefineMethods(append(coroutineMethods,
		MethodDef{Name: "__next__", Style: NoArgs, Fn: func(th *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return genStep(th, self.(*Generator), None, nil)
		}},
		iterSelf,
	))
}

// close is the close method of generators and coroutines: it throws GeneratorExit in at the
// paused yield, which must not yield again.
func (g *Generator) close(th *Thread) error {
	if !g.started || g.done {
		g.done = true
		g.markAwaited(th.interp) // closed on purpose: no never-awaited warning
		return nil
	}
	_, done, err := g.Resume(th, None, NewException(GeneratorExit))
	if err != nil {
		if e, ok := err.(*Exception); ok && (e.Class.IsSubclass(GeneratorExit) || e.Class.IsSubclass(StopIteration)) {
			return nil
		}
		return err
	}
	if !done {
		return Errorf(RuntimeError, "generator ignored GeneratorExit")
	}
	return nil
}

// genStep resumes a generator (or an await's iterator) for send/throw/__next__, turning its
// return into StopIteration.
func genStep(th *Thread, g resumer, sent Value, exc *Exception) (Value, error) {
	v, done, err := g.Resume(th, sent, exc)
	if err != nil {
		return nil, err
	}
	if done {
		if IsNone(v) {
			return nil, NewException(StopIteration)
		}
		return nil, NewException(StopIteration, v)
	}
	if _, turn := v.(*Turn); turn {
		return None, nil // a bare yield to the loop, as CPython's sleep(0) makes
	}
	return v, nil
}

// AwaitableCoroutine makes a coroutine object whose body is `return await aw`, so a Go
// awaitable that scripts see as a coroutine (asyncio.sleep's) can be wrapped in a task.
func AwaitableCoroutine(name string, aw Value) *Generator {
	code := &Code{Code: &bytecode.Code{
		Name: name, QualName: name, Filename: awaitableFilename, FirstLine: 1,
		Flags: bytecode.FlagCoroutine, MaxStack: 1,
		Instrs: []uint32{bytecode.Encode(bytecode.LOAD_CONST, 0), bytecode.Encode(bytecode.GET_AWAITABLE, 0),
			bytecode.Encode(bytecode.AWAIT, 0), bytecode.Encode(bytecode.RETURN_VALUE, 0)},
		Spans: awaitableSpans,
	}, Consts: []Value{aw}}
	code.frameSize = code.MaxStack + 1
	code.run = code.Instrs
	fn := &Function{Code: code, Name: name, QualName: name}
	fr := &Frame{code: code, fn: fn, slots: make([]Value, code.frameSize)}
	return newGenerator(fn, fr)
}

// awaitableFilename is the file name of AwaitableCoroutine's code: reprs show it, tracebacks
// leave its frames out.
const awaitableFilename = "<asyncio>"

// awaitableSpans places the four instructions of an AwaitableCoroutine on line 1.
var awaitableSpans = func() []ast.Span {
	spans := make([]ast.Span, 4)
	for i := range spans {
		spans[i] = ast.Span{Start: ast.Pos{Line: 1, Col: 1}, End: ast.Pos{Line: 1, Col: 1}}
	}
	return spans
}()
