package asyncio

import (
	"time"

	"github.com/asyncscript/asyncscript/vm"
)

// runInWorker calls fn(*args, **kwargs) on the loop's default executor, in context ctx
// (to_thread's copy of the caller's; nil for run_in_executor), and completes a future on
// loop with the outcome. The loop releases the interpreter lock whenever it waits.
// how names the call in traces: "to_thread" or "run_in_executor".
func runInWorker(in *vm.Interp, loop *Loop, how string, ctx *vm.Context, fn vm.Value, args []vm.Value, kwargs *vm.Dict) *Future {
	fut := loop.NewFuture()
	args = append([]vm.Value(nil), args...)
	thread := 0
	if loop.trace != nil {
		thread = loop.trace.threadStart(loop, fut, how, fn)
	}
	loop.WorkerStarted()
	loop.defaultExecutor().submit(func(th *vm.Thread) {
		th.SetContext(ctx)
		result, err := callInWorker(in, th, fn, args, kwargs)
		loop.Post(func() {
			loop.WorkerDone()
			deliver := func() {
				if fut.Done() {
					return // cancelled meanwhile: the result is dropped, as CPython drops it
				}
				if err != nil {
					_ = fut.SetException(asException(err))
					return
				}
				_ = fut.SetResult(result)
			}
			if loop.trace != nil && thread > 0 {
				loop.trace.threadEnd(loop, thread, deliver)
				return
			}
			deliver()
		})
	})
	return fut
}

func asException(err error) *vm.Exception {
	if e, ok := err.(*vm.Exception); ok {
		return e
	}
	return vm.Errorf(vm.SystemError, "%v", err)
}

// builtinToThread is asyncio.to_thread(func, /, *args, **kwargs): a coroutine running func
// on a worker thread once awaited.
func builtinToThread(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if len(args) == 0 {
		return nil, vm.Errorf(vm.TypeError, "to_thread() missing 1 required positional argument: 'func'")
	}
	var kw *vm.Dict
	if kwargs != nil && kwargs.Len() > 0 {
		kw = kwargs.Copy()
	}
	call := &threadCall{fn: args[0], args: append([]vm.Value(nil), args[1:]...), kwargs: kw}
	return vm.AwaitableCoroutine("to_thread", call), nil
}

// loopRunInExecutor is loop.run_in_executor(executor, func, *args); the only executor is
// the default one (None).
func loopRunInExecutor(th *vm.Thread, l *Loop, args []vm.Value) (vm.Value, error) {
	if args[0] != vm.None {
		return nil, vm.Errorf(vm.TypeError, "run_in_executor() supports only the default executor (None)")
	}
	return runInWorker(th.Interp(), l, "run_in_executor", nil, args[1], args[2:], nil), nil
}

// concurrentFuture is the concurrent.futures.Future run_coroutine_threadsafe returns: a
// result another thread can wait for.
type concurrentFuture struct {
	done   chan struct{}
	result vm.Value
	exc    *vm.Exception
	// loop and task let another thread cancel the task through the loop.
	loop *Loop
	task *Task
}

var concurrentFutureClass = vm.NewBuiltinClass("Future", vm.ObjectClass)

// Type implements vm.Value.
func (*concurrentFuture) Type() *vm.Class { return concurrentFutureClass }

func init() {
	concurrentFutureClass.Module = "concurrent.futures._base"
	// concurrent.futures.Future is defined in Python.
	concurrentFutureClass.DefineMethods([]vm.MethodDef{
		{Name: "result", Style: vm.PyArgs, Max: 1, Kw: []string{"timeout"}, Fn: func(th *vm.Thread, self vm.Value, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
			cf := self.(*concurrentFuture)
			timeout := -1.0
			if p[0] != nil && p[0] != vm.None {
				d, err := seconds(p[0], "timeout")
				if err != nil {
					return nil, err
				}
				timeout = d
			}
			in := th.Interp()
			in.Release() // let the loop run the coroutine meanwhile
			ok := waitChan(cf.done, timeout)
			in.Acquire()
			if !ok {
				return nil, vm.NewException(vm.TimeoutError)
			}
			if cf.exc != nil {
				return nil, cf.exc
			}
			return cf.result, nil
		}},
		{Name: "done", Style: vm.PyArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Bool(waitChan(self.(*concurrentFuture).done, 0)), nil
		}},
		{Name: "cancel", Style: vm.PyArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			cf := self.(*concurrentFuture)
			if waitChan(cf.done, 0) {
				return vm.False, nil
			}
			cf.loop.Post(func() {
				if cf.task != nil {
					cf.task.Cancel(vm.None)
				}
			})
			return vm.True, nil
		}},
	})
}

// waitChan waits for ch to close, at most timeout seconds (forever when negative).
func waitChan(ch chan struct{}, timeout float64) bool {
	if timeout < 0 {
		<-ch
		return true
	}
	t := time.NewTimer(time.Duration(timeout * float64(time.Second)))
	defer t.Stop()
	select {
	case <-ch:
		return true
	case <-t.C:
		return false
	}
}

// builtinRunCoroutineThreadsafe is asyncio.run_coroutine_threadsafe(coro, loop): from
// another thread, run coro as a task on loop and return a future that thread can wait on.
func builtinRunCoroutineThreadsafe(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
	g, err := asCoroutine(p[0])
	if err != nil {
		return nil, vm.Errorf(vm.TypeError, "A coroutine object is required")
	}
	loop, ok := p[1].(*Loop)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "run_coroutine_threadsafe() needs the event loop as its second argument")
	}
	cf := &concurrentFuture{done: make(chan struct{}), loop: loop}
	loop.Post(func() {
		t, err := loop.NewTask(g, nil)
		if err != nil {
			cf.exc = asException(err)
			close(cf.done)
			return
		}
		cf.task = t
		t.AddDoneCallback("_chain_future.<locals>._call_set_state()", func(vm.Value) {
			cf.result, cf.exc = t.AwaitResult()
			close(cf.done)
		})
	})
	return cf, nil
}

// threadCall is what the coroutine asyncio.to_thread returns awaits: the call, run on the
// default executor once awaited, as CPython's `async def to_thread` does.
type threadCall struct {
	fn     vm.Value
	args   []vm.Value
	kwargs *vm.Dict
}

// Type implements vm.Value.
func (*threadCall) Type() *vm.Class { return vm.ObjectClass }

// Await implements vm.Awaitable: it submits the call and waits for its future.
func (c *threadCall) Await(th *vm.Thread) (vm.Value, bool, vm.Value, error) {
	loop, err := runningLoop(th)
	if err != nil {
		return nil, false, nil, err
	}
	return runInWorker(th.Interp(), loop, "to_thread", th.Context().Copy(), c.fn, c.args, c.kwargs).Await(th)
}
