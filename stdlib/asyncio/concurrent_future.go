package asyncio

import (
	"sync"
	"time"

	"github.com/asyncscript/asyncscript/vm"
)

// concurrentFuture is the concurrent.futures.Future run_coroutine_threadsafe returns: a
// result any thread can wait for. Its state changes under a lock, as CPython's condition
// variable guards it, so done(), cancel() and completion never race: a cancel that
// reports True has made the future cancelled, whatever the task does next.
type concurrentFuture struct {
	mu sync.Mutex
	// done is closed once the future is finished or cancelled.
	done      chan struct{}
	cancelled bool
	result    vm.Value
	exc       *vm.Exception
	// callbacks run once, when the future becomes done, on the goroutine that made it so.
	callbacks []func()
	// cancelHook asks the source of the result to stop (the task, through its loop).
	cancelHook func()
}

var concurrentFutureClass = vm.NewBuiltinClass("Future", vm.ObjectClass)

// The exceptions of concurrent futures: unlike asyncio's CancelledError, the one a
// cancelled concurrent future raises is an Exception (concurrent.futures.CancelledError).
var (
	concurrentError          = vm.NewBuiltinClass("Error", vm.ExceptionType)
	concurrentCancelledError = vm.NewBuiltinClass("CancelledError", concurrentError)
)

// Type implements vm.Value.
func (*concurrentFuture) Type() *vm.Class { return concurrentFutureClass }

func newConcurrentFuture() *concurrentFuture {
	return &concurrentFuture{done: make(chan struct{})}
}

// Done reports whether the future is finished or cancelled. Safe from any goroutine.
func (cf *concurrentFuture) Done() bool {
	select {
	case <-cf.done:
		return true
	default:
		return false
	}
}

// finish makes the future done with the state set by set, unless it is done already, and
// runs its callbacks; it reports whether it did.
func (cf *concurrentFuture) finish(set func()) bool {
	cf.mu.Lock()
	if cf.Done() {
		cf.mu.Unlock()
		return false
	}
	set()
	close(cf.done)
	callbacks := cf.callbacks
	cf.callbacks = nil
	cf.mu.Unlock()
	for _, fn := range callbacks {
		fn()
	}
	return true
}

// complete sets the outcome; it is dropped when the future was cancelled meanwhile.
func (cf *concurrentFuture) complete(result vm.Value, exc *vm.Exception) {
	cf.finish(func() { cf.result, cf.exc = result, exc })
}

// cancel is Future.cancel(): a pending future becomes cancelled (and its source is asked
// to stop); a finished one stays as it is and cancel reports False.
func (cf *concurrentFuture) cancel() bool {
	if cf.finish(func() { cf.cancelled = true }) {
		cf.mu.Lock()
		hook := cf.cancelHook
		cf.mu.Unlock()
		if hook != nil {
			hook()
		}
		return true
	}
	cf.mu.Lock()
	defer cf.mu.Unlock()
	return cf.cancelled
}

// onCancel sets what cancel does to the future's source.
func (cf *concurrentFuture) onCancel(hook func()) {
	cf.mu.Lock()
	cf.cancelHook = hook
	cf.mu.Unlock()
}

// whenDone runs fn once the future is done: at once if it is.
func (cf *concurrentFuture) whenDone(fn func()) {
	cf.mu.Lock()
	if !cf.Done() {
		cf.callbacks = append(cf.callbacks, fn)
		cf.mu.Unlock()
		return
	}
	cf.mu.Unlock()
	fn()
}

// outcome is the finished future's result or exception; a cancelled one raises
// CancelledError.
func (cf *concurrentFuture) outcome() (vm.Value, *vm.Exception) {
	cf.mu.Lock()
	defer cf.mu.Unlock()
	if cf.cancelled {
		return nil, vm.NewException(concurrentCancelledError)
	}
	return cf.result, cf.exc
}

// wait is Future.result(timeout)'s wait, with the interpreter lock released; Ctrl-C ends
// it on the main thread (a worker's wait goes on).
func (cf *concurrentFuture) wait(th *vm.Thread, timeout float64) (vm.Value, error) {
	in := th.Interp()
	var interrupt <-chan struct{} // nil: Ctrl-C does not reach a worker thread
	if !th.IsWorker() {
		var unregister func()
		interrupt, unregister = in.InterruptChannel()
		defer unregister()
	}
	var expired <-chan time.Time // nil: no timeout
	if timeout >= 0 {
		t := time.NewTimer(time.Duration(timeout * float64(time.Second)))
		defer t.Stop()
		expired = t.C
	}
	in.Release() // let the loop run the coroutine meanwhile
	select {
	case <-cf.done:
	case <-expired:
	case <-interrupt:
	}
	in.Acquire()
	if err := in.TakeInterrupt(th); err != nil {
		return nil, err
	}
	if !cf.Done() {
		return nil, vm.NewException(vm.TimeoutError)
	}
	result, exc := cf.outcome()
	if exc != nil {
		return nil, exc
	}
	return result, nil
}

func init() {
	concurrentFutureClass.Module = "concurrent.futures._base"
	concurrentError.Module = "concurrent.futures._base"
	concurrentCancelledError.Module = "concurrent.futures._base"
	// concurrent.futures.Future is defined in Python.
	concurrentFutureClass.DefineMethods([]vm.MethodDef{
		{Name: "result", Style: vm.PyArgs, Max: 1, Kw: []string{"timeout"}, Fn: func(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			timeout := -1.0
			if a[0] != nil && a[0] != vm.None {
				d, err := seconds(a[0], "timeout")
				if err != nil {
					return nil, err
				}
				timeout = d
			}
			return self.(*concurrentFuture).wait(th, timeout)
		}},
		{Name: "done", Style: vm.PyArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Bool(self.(*concurrentFuture).Done()), nil
		}},
		{Name: "cancelled", Style: vm.PyArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			cf := self.(*concurrentFuture)
			cf.mu.Lock()
			defer cf.mu.Unlock()
			return vm.Bool(cf.cancelled), nil
		}},
		{Name: "cancel", Style: vm.PyArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Bool(self.(*concurrentFuture).cancel()), nil
		}},
	})
}

// builtinWrapFuture is asyncio.wrap_future(future, *, loop=None): an asyncio future is
// returned as it is; a concurrent one gets an asyncio future on loop that follows it, and
// cancelling that future cancels the concurrent one, as CPython's _chain_future.
func builtinWrapFuture(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
	switch f := p[0].(type) {
	case *Future, *Task:
		return f, nil
	case *concurrentFuture:
		loop := loopArg(th, p[1])
		fut := loop.NewFuture()
		fut.AddDoneCallback("_chain_future.<locals>._call_check_cancel()", func(vm.Value) {
			if fut.Cancelled() {
				f.cancel()
			}
		})
		f.whenDone(func() {
			loop.Post(func() {
				if fut.Done() {
					return
				}
				result, exc := f.outcome()
				switch {
				case exc != nil && exc.Class == concurrentCancelledError:
					fut.Cancel(vm.None)
				case exc != nil:
					_ = fut.SetException(exc)
				default:
					_ = fut.SetResult(result)
				}
			})
		})
		return fut, nil
	}
	return nil, vm.Errorf(vm.AssertionError, "concurrent.futures.Future is expected, got %s", reprOf(p[0]))
}
