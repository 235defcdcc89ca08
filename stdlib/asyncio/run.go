package asyncio

import (
	"github.com/asyncscript/asyncscript/vm"
)

// runningLoop returns the running loop, or RuntimeError "no running event loop".
func runningLoop(th *vm.Thread) (*Loop, error) {
	if l := stateKey.Get(th.Interp()).running; l != nil {
		return l, nil
	}
	return nil, vm.Errorf(vm.RuntimeError, "no running event loop")
}

// asCoroutine checks that v is a coroutine object. A generator counts, as in CPython 3.11
// (a generator-based coroutine): it runs in a coroutine that delegates to it.
func asCoroutine(in *vm.Interp, v vm.Value) (*vm.Generator, error) {
	if g, ok := v.(*vm.Generator); ok && g.IsCoroutine() {
		return g, nil
	} else if ok && g.Type() == vm.GeneratorClass {
		return vm.GeneratorCoroutine(g), nil
	}
	if t := v.Type(); t == vm.AsyncGenAnextClass || t == vm.AsyncGenAthrowClass {
		// An async generator's step has a coroutine's methods, so CPython takes it for one
		// (the finalizer's create_task(agen.aclose()) relies on it): it runs in a
		// coroutine awaiting it.
		return vm.AwaitableCoroutine("_wrap_awaitable", v), nil
	}
	if c, ok := v.(vm.CoroutineStandIn); ok {
		return c.AsCoroutine(in), nil
	}
	return nil, vm.Errorf(vm.TypeError, "a coroutine was expected, got %s", reprOf(v))
}

// awaitableCoroutine is the coroutine ensure_future and gather run in a task for v: v
// itself when it is a coroutine, or for any other awaitable, a coroutine awaiting it, as
// CPython's _wrap_awaitable.
func awaitableCoroutine(in *vm.Interp, v vm.Value) (*vm.Generator, error) {
	if g, err := asCoroutine(in, v); err == nil {
		return g, nil
	}
	if vm.IsAwaitable(v) {
		return vm.AwaitableCoroutine("_wrap_awaitable", v), nil
	}
	return nil, vm.Errorf(vm.TypeError, "An asyncio.Future, a coroutine or an awaitable is required")
}

func reprOf(v vm.Value) string { return reprIn(nil, v) }

// reprIn is repr(v) made on th, which runs a script's __repr__ (a nil th cannot: such a
// value shows its default repr); the type's name if that raises.
func reprIn(th *vm.Thread, v vm.Value) string {
	s, err := vm.Repr(th, v)
	if err != nil {
		return vm.TypeName(v)
	}
	return s
}

// reprThread is the thread a future's or handle's repr runs the reprs of the values in it
// on: the loop's, so that their classes' own __repr__ are called, as in CPython.
func (l *Loop) reprThread() *vm.Thread {
	if l == nil {
		return nil
	}
	return l.thread
}

// asyncioRun is asyncio.run(main): a new loop runs main as a task; when it is done, every
// task still pending is cancelled and allowed to finish, then the loop is closed.
func asyncioRun(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
	in := th.Interp()
	if stateKey.Get(in).running != nil {
		return nil, vm.Errorf(vm.RuntimeError, "asyncio.run() cannot be called from a running event loop")
	}
	g, err := asCoroutine(th.Interp(), p[0])
	if err != nil {
		// CPython's asyncio.run checks with iscoroutine, and says so with a ValueError.
		return nil, vm.Errorf(vm.ValueError, "a coroutine was expected, got %s", reprOf(p[0]))
	}
	return runMain(th, g, p[1])
}

// RunMain runs a coroutine as asyncio.run does; it is also how a module with top-level
// await runs its body.
func RunMain(in *vm.Interp, g *vm.Generator) (vm.Value, error) {
	return runMain(in.MainThread(), g, nil)
}

// runMain is RunMain with asyncio.run's debug argument (nil when missing), called on th: a
// Runner running one coroutine, as CPython's asyncio.run.
func runMain(th *vm.Thread, g *vm.Generator, debug vm.Value) (vm.Value, error) {
	in := th.Interp()
	r := &Runner{in: in, debug: vm.OrNone(debug)}
	result, err := r.run(th, g, nil)
	if cerr := r.close(); cerr != nil && (err == nil || in.Aborted() != nil) {
		err = cerr
	}
	if in.Aborted() != nil {
		return nil, err
	}
	return result, err
}

// Shutdown ends a session on loop as asyncio.run does: the tasks still pending are
// cancelled and allowed to finish, unretrieved task exceptions are reported, and the loop
// is closed.
func Shutdown(in *vm.Interp, loop *Loop) error {
	err := shutdown(loop)
	loop.reportUnretrieved()
	if cerr := loop.Close(); err == nil {
		err = cerr
	}
	return err
}

// shutdown cancels the tasks still pending and runs the loop until they have finished.
func shutdown(loop *Loop) error {
	pending := loop.PendingTasks()
	if len(pending) == 0 {
		return nil
	}
	for _, t := range pending {
		t.Cancel(vm.None)
	}
	all := gatherFutures(loop, tasksAsFutures(pending), true)
	_, err := loop.RunUntilComplete(all)
	return err
}

func tasksAsFutures(ts []*Task) []*Future {
	fs := make([]*Future, len(ts))
	for i, t := range ts {
		fs[i] = &t.Future
	}
	return fs
}
