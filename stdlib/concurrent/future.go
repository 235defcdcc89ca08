package concurrent

import (
	"fmt"
	"sync"

	"github.com/asyncscript/asyncscript/vm"
)

// state is a Future's state, as CPython's _base module names them.
type state int

const (
	pending state = iota
	running
	// cancelled is a future cancelled before it ran; it becomes cancelledNotified once its
	// executor has seen it (set_running_or_notify_cancel), and only then do wait() and
	// as_completed() count it as finished, as in CPython.
	cancelled
	cancelledNotified
	finished
)

// names are the states as set_result's InvalidStateError shows them.
var names = [...]string{"PENDING", "RUNNING", "CANCELLED", "CANCELLED_AND_NOTIFIED", "FINISHED"}

// descriptions are the states as repr shows them.
var descriptions = [...]string{"pending", "running", "cancelled", "cancelled", "finished"}

// Future is concurrent.futures.Future: the outcome of a call any thread can wait for.
type Future struct {
	mu    sync.Mutex
	state state
	// done is closed once the future is finished or cancelled.
	done   chan struct{}
	result vm.Value
	exc    *vm.Exception
	// callbacks run once, when the future becomes done, on the thread that made it so.
	callbacks []func(th *vm.Thread)
	// waiters are the wait() and as_completed() calls told when the future finishes.
	waiters []*waiter
	// cancelHook asks the source of the result to stop (a task, through its loop).
	cancelHook func()
}

// Type implements vm.Value.
func (*Future) Type() *vm.Class { return FutureClass }

// NewFuture makes a pending future.
func NewFuture() *Future { return &Future{done: make(chan struct{})} }

// Done reports whether the future is finished or cancelled. Safe from any goroutine.
func (f *Future) Done() bool {
	select {
	case <-f.done:
		return true
	default:
		return false
	}
}

// Cancelled reports whether the future was cancelled.
func (f *Future) Cancelled() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.state == cancelled || f.state == cancelledNotified
}

func (f *Future) running() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.state == running
}

// Repr is CPython's <Future at 0x... state=finished returned int>.
func (f *Future) Repr() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	head := fmt.Sprintf("<Future at %#x state=%s", vm.ID(f), descriptions[f.state])
	switch {
	case f.state == finished && f.exc != nil:
		return head + " raised " + f.exc.Class.Name + ">"
	case f.state == finished:
		return head + " returned " + vm.TypeName(f.result) + ">"
	}
	return head + ">"
}

// settle moves the future to state to (with the outcome set already by the caller, under
// f.mu), tells the waiters when notify, and, when it becomes done, runs its callbacks on th.
// f.mu is held on entry and released.
func (f *Future) settle(th *vm.Thread, to state, notify bool) {
	f.state = to
	if notify {
		for _, w := range f.waiters {
			w.add(f)
		}
	}
	var callbacks []func(*vm.Thread)
	if !f.Done() {
		close(f.done)
		callbacks, f.callbacks = f.callbacks, nil
	}
	f.mu.Unlock()
	for _, fn := range callbacks {
		fn(th)
	}
}

// Complete sets the outcome, unless the future is done already (cancelled meanwhile); it
// reports whether it did.
func (f *Future) Complete(th *vm.Thread, result vm.Value, exc *vm.Exception) bool {
	f.mu.Lock()
	if f.state >= cancelled {
		f.mu.Unlock()
		return false
	}
	f.result, f.exc = result, exc
	f.settle(th, finished, true)
	return true
}

// set is set_result / set_exception: InvalidStateError when the future is done.
func (f *Future) set(th *vm.Thread, result vm.Value, exc *vm.Exception) error {
	f.mu.Lock()
	if f.state >= cancelled {
		s := names[f.state]
		f.mu.Unlock()
		return vm.Errorf(InvalidStateError, "%s: %s", s, f.Repr())
	}
	f.result, f.exc = result, exc
	f.settle(th, finished, true)
	return nil
}

// Cancel is Future.cancel(): a pending future becomes cancelled and its source is asked to
// stop; a running or finished one stays as it is and Cancel reports False.
func (f *Future) Cancel(th *vm.Thread) bool {
	f.mu.Lock()
	switch f.state {
	case running, finished:
		f.mu.Unlock()
		return false
	case cancelled, cancelledNotified:
		f.mu.Unlock()
		return true
	}
	hook := f.cancelHook
	f.settle(th, cancelled, false)
	if hook != nil {
		hook()
	}
	return true
}

// SetRunning is set_running_or_notify_cancel(): an executor about to run the call marks the
// future running and gets true; a cancelled one is noted as seen, and it gets false.
func (f *Future) SetRunning(th *vm.Thread) (bool, error) {
	f.mu.Lock()
	switch f.state {
	case pending:
		f.state = running
		f.mu.Unlock()
		return true, nil
	case cancelled:
		f.settle(th, cancelledNotified, true)
		return false, nil
	}
	s := names[f.state]
	f.mu.Unlock()
	logCritical(th, fmt.Sprintf("Future %d in unexpected state: %s", vm.ID(f), s), nil)
	return false, vm.Errorf(vm.RuntimeError, "Future in unexpected state")
}

// OnCancel sets what Cancel does to the future's source.
func (f *Future) OnCancel(hook func()) {
	f.mu.Lock()
	f.cancelHook = hook
	f.mu.Unlock()
}

// WhenDone runs fn once the future is done, on the thread that makes it so: at once, on
// th, if it is done already.
func (f *Future) WhenDone(th *vm.Thread, fn func(th *vm.Thread)) {
	f.mu.Lock()
	if !f.Done() {
		f.callbacks = append(f.callbacks, fn)
		f.mu.Unlock()
		return
	}
	f.mu.Unlock()
	fn(th)
}

// Outcome is the finished future's result or exception; a cancelled one has
// CancelledError.
func (f *Future) Outcome() (vm.Value, *vm.Exception) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.state == cancelled || f.state == cancelledNotified {
		return nil, vm.NewException(CancelledError)
	}
	return f.result, f.exc
}
