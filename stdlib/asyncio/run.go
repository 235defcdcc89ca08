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

// nativeCoroutine is a coroutine written in Go (what asyncio.sleep and to_thread return):
// scripts see a coroutine object, and a task runs it through a wrapping coroutine.
type nativeCoroutine interface {
	vm.Awaitable
	coroutine() *vm.Generator
}

// asCoroutine checks that v is a coroutine object.
func asCoroutine(v vm.Value) (*vm.Generator, error) {
	if g, ok := v.(*vm.Generator); ok && g.IsCoroutine() {
		return g, nil
	}
	if c, ok := v.(nativeCoroutine); ok {
		return c.coroutine(), nil
	}
	return nil, vm.Errorf(vm.TypeError, "a coroutine was expected, got %s", reprOf(v))
}

func reprOf(v vm.Value) string {
	s, err := vm.Repr(nil, v)
	if err != nil {
		return vm.TypeName(v)
	}
	return s
}

// asyncioRun is asyncio.run(main): a new loop runs main as a task; when it is done, every
// task still pending is cancelled and allowed to finish, then the loop is closed.
func asyncioRun(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
	in := th.Interp()
	if stateKey.Get(in).running != nil {
		return nil, vm.Errorf(vm.RuntimeError, "asyncio.run() cannot be called from a running event loop")
	}
	g, err := asCoroutine(p[0])
	if err != nil {
		// CPython's asyncio.run checks with iscoroutine, and says so with a ValueError.
		return nil, vm.Errorf(vm.ValueError, "a coroutine was expected, got %s", reprOf(p[0]))
	}
	return runMain(in, g, p[1], th.Context())
}

// RunMain runs a coroutine as asyncio.run does; it is also how a module with top-level
// await runs its body.
func RunMain(in *vm.Interp, g *vm.Generator) (vm.Value, error) { return runMain(in, g, nil, nil) }

// runMain is RunMain with asyncio.run's debug argument (unless it is None or missing, the
// loop's debug mode, as the Runner passes it to set_debug), run in the caller's context ctx
// (the loop runs on the caller's thread in CPython): the main task gets a copy of it.
func runMain(in *vm.Interp, g *vm.Generator, debug vm.Value, ctx *vm.Context) (vm.Value, error) {
	loop := NewLoop(in)
	loop.thread.SetContext(ctx)
	if debug != vm.None {
		loop.debug = debug
	}
	SetEventLoop(in, loop)
	defer SetEventLoop(in, nil)
	task, err := loop.NewTask(g, nil)
	if err != nil {
		return nil, err
	}
	loop.state.mainTask.Store(task)
	result, runErr := loop.RunUntilComplete(&task.Future)
	loop.state.mainTask.Store(nil)
	if e, ok := runErr.(*vm.Exception); ok && in.Interrupted() && e.Class.IsSubclass(CancelledError) {
		// Cancelled by Ctrl-C: what the program sees is KeyboardInterrupt.
		runErr = vm.NewException(vm.KeyboardInterrupt)
	}
	if in.Aborted() != nil {
		// An aborted program runs no more code, not even its tasks' cleanup.
		_ = loop.Close()
		return nil, in.Aborted()
	}
	if err := shutdown(loop); err != nil && runErr == nil {
		runErr = err
	}
	if _, err := loop.RunUntilComplete(loop.shutdownDefaultExecutor()); err != nil && runErr == nil {
		runErr = err
	}
	// CPython runs two more tasks to close the loop (shutdown_asyncgens and
	// shutdown_default_executor); they take task numbers.
	loop.state.taskCounter += 2
	loop.reportUnretrieved()
	_ = loop.Close()
	return result, runErr
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
