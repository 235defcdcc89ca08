package vm

// CPython's async generator hooks (sys.set_asyncgen_hooks): the first time an async
// generator is iterated (its __anext__, asend, athrow or aclose is called), the firstiter
// hook is called with it, and the finalizer hook current then is recorded for it; when the
// generator is dropped unfinished, that finalizer is called with it instead of closing it on
// the spot, since closing may need to await. asyncio's loop installs both while it runs: it
// tracks the generators its tasks start and schedules the aclose() of one dropped. The
// hooks are kept per interpreter: CPython keeps them per OS thread, and a loop's tasks and
// the code that runs the loop share one.

// AsyncGenHooks are the two hooks; nil when not set.
type AsyncGenHooks struct{ FirstIter, Finalizer Value }

// AsyncGenHooks returns the interpreter's async generator hooks.
func (in *Interp) AsyncGenHooks() AsyncGenHooks { return in.agenHooks }

// SetAsyncGenHooks sets the interpreter's async generator hooks.
func (in *Interp) SetAsyncGenHooks(h AsyncGenHooks) { in.agenHooks = h }

// agenFinalizers records the finalizer of each async generator first iterated while one was
// set: few generators have one, and the record must not keep a dropped generator alive.
var agenFinalizers WeakTable[Generator, Value]

// initAsyncGenHooks is the first iteration of the async generator g, as CPython's
// async_gen_init_hooks: it records the finalizer and calls firstiter, whose error is the
// iteration's.
func (th *Thread) initAsyncGenHooks(g *Generator) error {
	if g.hooked {
		return nil
	}
	g.hooked = true
	h := th.interp.agenHooks
	if h.Finalizer != nil {
		agenFinalizers.Put(g, h.Finalizer)
	}
	if h.FirstIter == nil {
		return nil
	}
	_, err := th.Call(h.FirstIter, []Value{g}, nil)
	return err
}

// finalizeAsyncGen is the async generator g, owned by a loop in fr at pc, dropped unfinished:
// its finalizer is called, unless it has none or its aclose() has begun, and what that
// raises is reported as ignored, as CPython's _PyGen_Finalize does. A generator without a
// finalizer is left alone (CPython would close it on the spot, failing as soon as it awaits).
func (th *Thread) finalizeAsyncGen(g *Generator, fr *Frame, pc int) {
	if !g.hooked || g.closing {
		return
	}
	fin, ok := agenFinalizers.Get(g)
	if !ok {
		return
	}
	if _, err := th.Call(fin, []Value{g}, nil); err != nil {
		th.reportUnraisable(g, err, fr, pc)
	}
}
