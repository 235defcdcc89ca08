package asyncio

import "github.com/asyncscript/asyncscript/vm"

// Runner is asyncio.Runner: a loop made on first use that runs coroutines one after
// another (run) until it is closed; asyncio.run is one Runner running one coroutine.
type Runner struct {
	in *vm.Interp
	// debug is the debug= argument: nil leaves the loop's mode alone.
	debug vm.Value
	loop  *Loop
	// context is what its runs use unless given one: a copy of the context current at first
	// use, shared by every run, as CPython's Runner keeps it.
	context *vm.Context
	// closed is set by the close of an initialised runner: it cannot run again.
	closed bool
}

// RunnerClass is the class of runners.
var RunnerClass = vm.NewBuiltinClass("Runner", vm.ObjectClass)

// Type implements vm.Value.
func (r *Runner) Type() *vm.Class { return RunnerClass }

// lazyInit makes the runner's loop, the current event loop, on first use.
func (r *Runner) lazyInit(th *vm.Thread) (*Loop, error) {
	if r.closed {
		return nil, vm.Errorf(vm.RuntimeError, "Runner is closed")
	}
	if r.loop == nil {
		loop, err := newLoggedLoop(r.in)
		if err != nil {
			return nil, err
		}
		r.loop = loop
		// The loop runs on the caller's thread in CPython, so in the caller's context.
		r.loop.thread.SetContext(th.Context())
		r.context = th.Context().Copy()
		if !vm.IsNone(r.debug) {
			if err := r.loop.setDebug(th, r.debug); err != nil {
				return nil, err
			}
		}
		SetEventLoop(r.in, r.loop)
	}
	return r.loop, nil
}

// run runs g as a task on the runner's loop, in context ctx (the runner's when nil or None),
// until it is done. As CPython's, Ctrl-C's first press cancels that task, and the
// cancellation comes out as KeyboardInterrupt.
func (r *Runner) run(th *vm.Thread, g *vm.Generator, ctx vm.Value) (vm.Value, error) {
	if stateKey.Get(r.in).running != nil {
		return nil, vm.Errorf(vm.RuntimeError, "Runner.run() cannot be called from a running event loop")
	}
	loop, err := r.lazyInit(th)
	if err != nil {
		return nil, err
	}
	if ctx == nil || vm.IsNone(ctx) {
		ctx = r.context
	}
	task, err := loop.newTaskIn(g, nil, ctx)
	if err != nil {
		return nil, err
	}
	loop.state.mainTask.Store(task)
	restore := loop.thread.RunFrom(th)
	result, runErr := loop.RunUntilComplete(&task.Future)
	restore()
	loop.state.mainTask.Store(nil)
	if e, ok := runErr.(*vm.Exception); ok && r.in.Interrupted() && e.Class.IsSubclass(CancelledError) {
		// Cancelled by Ctrl-C: what the program sees is KeyboardInterrupt.
		runErr = vm.NewException(vm.KeyboardInterrupt)
	}
	return result, runErr
}

// close ends an initialised runner as CPython's Runner.close does: the tasks still pending
// are cancelled and allowed to finish, the executor's calls are waited for, unretrieved
// task exceptions are reported and the loop is closed. A runner never used stays usable.
func (r *Runner) close() error {
	loop := r.loop
	if loop == nil || r.closed {
		return nil
	}
	r.closed, r.loop = true, nil
	defer SetEventLoop(r.in, nil)
	if r.in.Aborted() != nil {
		// An aborted program runs no more code, not even its tasks' cleanup.
		_ = loop.Close()
		return r.in.Aborted()
	}
	err := shutdown(loop)
	if xerr := loop.closeAsyncgens(); err == nil {
		err = xerr
	}
	if _, xerr := loop.RunUntilComplete(loop.shutdownDefaultExecutor()); err == nil {
		err = xerr
	}
	// CPython runs shutdown_default_executor in a task, which takes a task number.
	loop.state.taskCounter++
	loop.reportUnretrieved()
	_ = loop.Close()
	return err
}

func init() {
	RunnerClass.Module = "asyncio.runners"
	RunnerClass.DefineConstructor(vm.Signature{Style: vm.PyArgs, KwOnly: []string{"debug", "loop_factory"}},
		func(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
			if p[1] != nil && !vm.IsNone(p[1]) {
				return nil, vm.Errorf(vm.NotImplementedError, "asyncio.Runner(loop_factory=...) is not supported")
			}
			return &Runner{in: th.Interp(), debug: vm.OrNone(p[0])}, nil
		})
	// Runner is defined in Python.
	RunnerClass.DefineMethods([]vm.MethodDef{
		{Name: "run", Style: vm.PyArgs, Min: 1, Max: 1, Kw: []string{"coro"}, KwOnly: []string{"context"}, Fn: func(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			g, err := asCoroutine(th.Interp(), a[0])
			if err != nil {
				return nil, vm.Errorf(vm.ValueError, "a coroutine was expected, got %s", reprOf(a[0]))
			}
			return self.(*Runner).run(th, g, a[1])
		}},
		{Name: "get_loop", Style: vm.PyArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return self.(*Runner).lazyInit(th)
		}},
		{Name: "close", Style: vm.PyArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.None, self.(*Runner).close()
		}},
		{Name: "__enter__", Style: vm.PyArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			if _, err := self.(*Runner).lazyInit(th); err != nil {
				return nil, err
			}
			return self, nil
		}},
		{Name: "__exit__", Style: vm.PyArgs, Min: 3, Max: 3, Kw: []string{"exc_type", "exc_val", "exc_tb"}, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.None, self.(*Runner).close()
		}},
	})
}
