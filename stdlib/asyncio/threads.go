package asyncio

import (
	"github.com/asyncscript/asyncscript/stdlib/concurrent"
	"github.com/asyncscript/asyncscript/vm"
)

// runInWorker calls fn(*args, **kwargs) on executor (None: the loop's default one), in
// context ctx (to_thread's copy of the caller's; nil for run_in_executor), and returns a
// future of loop that follows the call's outcome. how names the call in traces:
// "to_thread" or "run_in_executor".
func runInWorker(th *vm.Thread, loop *Loop, how string, executor vm.Value, ctx *vm.Context, fn vm.Value, args []vm.Value, kwargs *vm.Dict) (*Future, error) {
	cf, err := loop.submit(th, executor, ctx, fn, append([]vm.Value(nil), args...), kwargs)
	if err != nil {
		return nil, err
	}
	if loop.trace == nil {
		return wrapFuture(th, loop, cf, nil)
	}
	var thread int
	fut, err := wrapFuture(th, loop, cf, func(deliver func()) {
		if thread > 0 {
			loop.trace.threadEnd(loop, thread, deliver)
			return
		}
		deliver()
	})
	if err == nil {
		thread = loop.trace.threadStart(loop, fut, how, fn)
	}
	return fut, err
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
	co := vm.AwaitableCoroutine("to_thread", call)
	th.NoteBuiltinCoroutine(co, "to_thread")
	return co, nil
}

// loopRunInExecutor is loop.run_in_executor(executor, func, *args): executor.submit, or the
// default executor's for None, followed by an asyncio future.
func loopRunInExecutor(th *vm.Thread, l *Loop, args []vm.Value) (vm.Value, error) {
	if err := l.checkCallback(th, args[1], "run_in_executor", true); err != nil {
		return nil, err
	}
	return runInWorker(th, l, "run_in_executor", args[0], nil, args[1], args[2:], nil)
}

// builtinRunCoroutineThreadsafe is asyncio.run_coroutine_threadsafe(coro, loop): from
// another thread, run coro as a task on loop and return a future that thread can wait on.
func builtinRunCoroutineThreadsafe(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
	g, err := asCoroutine(th.Interp(), p[0])
	if err != nil {
		return nil, vm.Errorf(vm.TypeError, "A coroutine object is required")
	}
	loop, ok := p[1].(*Loop)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "run_coroutine_threadsafe() needs the event loop as its second argument")
	}
	cf := concurrent.NewFuture()
	loop.Post(func() {
		if cf.Done() {
			return // cancelled before the loop got to it
		}
		t, err := loop.NewTask(g, nil)
		if err != nil {
			cf.Complete(loop.thread, nil, vm.AsException(err))
			return
		}
		cf.OnCancel(func() { loop.Post(func() { t.Cancel(vm.None) }) })
		t.AddDoneCallback("_chain_future.<locals>._call_set_state()", func(vm.Value) {
			if t.Cancelled() {
				cf.Cancel(loop.thread)
				return
			}
			result, exc := t.AwaitResult()
			cf.Complete(loop.thread, result, exc)
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
	fut, err := runInWorker(th, loop, "to_thread", vm.None, th.Context().Copy(), c.fn, c.args, c.kwargs)
	if err != nil {
		return nil, false, nil, err
	}
	return fut.Await(th)
}
