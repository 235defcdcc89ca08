package asyncio

import (
	"github.com/asyncscript/asyncscript/stdlib/concurrent"
	"github.com/asyncscript/asyncscript/vm"
)

// builtinWrapFuture is asyncio.wrap_future(future, *, loop=None).
func builtinWrapFuture(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
	return wrapFuture(th, loopArg(th, p[1]), p[0], nil)
}

// wrapFuture is wrap_future(f, loop=loop): an asyncio future is returned as it is; a
// concurrent one gets a future of loop that follows it, and cancelling that future cancels
// the concurrent one, as CPython's _chain_future. Until f is done the loop counts it as a
// worker's call, so an empty loop waiting for it is not deadlocked. arrive, when not nil,
// wraps the copying of f's outcome (tracing reports it as the worker's).
func wrapFuture(th *vm.Thread, loop *Loop, f vm.Value, arrive func(deliver func())) (*Future, error) {
	switch f := f.(type) {
	case *Future:
		return f, nil
	case *Task:
		return &f.Future, nil
	case *concurrent.Future:
		fut := loop.NewFuture()
		fut.AddDoneCallback("_chain_future.<locals>._call_check_cancel()", func(vm.Value) {
			if fut.Cancelled() {
				f.Cancel(loop.thread)
			}
		})
		loop.WorkerStarted()
		f.WhenDone(th, func(*vm.Thread) {
			loop.Post(func() {
				loop.WorkerDone()
				deliver := func() { copyOutcome(f, fut) }
				if arrive != nil {
					arrive(deliver)
					return
				}
				deliver()
			})
		})
		return fut, nil
	}
	return nil, vm.Errorf(vm.AssertionError, "concurrent.futures.Future is expected, got %s", reprOf(f))
}

// copyOutcome gives fut the outcome of f, unless fut is done already (cancelled meanwhile:
// the outcome is dropped, as CPython drops it).
func copyOutcome(f *concurrent.Future, fut *Future) {
	if fut.Done() {
		return
	}
	result, exc := f.Outcome()
	switch {
	case f.Cancelled():
		fut.Cancel(vm.None)
	case exc != nil:
		_ = fut.SetException(exc)
	default:
		_ = fut.SetResult(result)
	}
}
