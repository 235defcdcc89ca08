package asyncio

import (
	"context"

	"github.com/asyncscript/asyncscript/vm"
)

// Go runs work on a new goroutine and returns a future of th's running loop that completes
// with its outcome: how a Go function becomes something a script awaits (the embedding
// package's AsyncFunc). work must not touch the interpreter; it returns finish, which runs
// on the loop's goroutine, holding the interpreter lock, and makes the future's result or
// exception. work's ctx, derived from parent, is cancelled when the future is cancelled (the
// awaiting task was cancelled: wait_for's timeout, a TaskGroup's abort, Ctrl-C) or done.
func Go(th *vm.Thread, parent context.Context, work func(ctx context.Context) (finish func() (vm.Value, error))) (*Future, error) {
	loop, err := runningLoop(th)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(parent)
	fut := loop.NewFuture()
	fut.AddDoneCallback("_go_work_done", func(vm.Value) { cancel() })
	loop.WorkerStarted()
	go func() {
		finish := work(ctx)
		loop.Post(func() {
			loop.WorkerDone()
			if fut.Done() {
				return // cancelled meanwhile: the outcome is dropped, as to_thread's is
			}
			v, err := finish()
			if err != nil {
				_ = fut.SetException(vm.AsException(err))
				return
			}
			_ = fut.SetResult(v)
		})
	}()
	return fut, nil
}
