package asyncio

import (
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
	cf := newConcurrentFuture()
	loop.Post(func() {
		if cf.Done() {
			return // cancelled before the loop got to it
		}
		t, err := loop.NewTask(g, nil)
		if err != nil {
			cf.complete(nil, asException(err))
			return
		}
		cf.onCancel(func() { loop.Post(func() { t.Cancel(vm.None) }) })
		t.AddDoneCallback("_chain_future.<locals>._call_set_state()", func(vm.Value) {
			if t.Cancelled() {
				cf.cancel()
				return
			}
			cf.complete(t.AwaitResult())
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
