package asyncio

import "github.com/asyncscript/asyncscript/vm"

// futureState is where a future is in its life.
type futureState uint8

const (
	futurePending futureState = iota
	futureCancelled
	futureFinished
)

// Future is asyncio.Future: a result that will be set later. Completing it (result,
// exception or cancellation) schedules its done callbacks on the loop; it never runs them
// inline.
type Future struct {
	loop  *Loop
	state futureState
	// inRepr marks a future whose repr is being made, to show a cycle as "...". It sits
	// beside state so the two share a word: a Future fits the 96-byte size class.
	inRepr bool
	// blocking is CPython's _asyncio_future_blocking: set when an await hands the future to
	// the task (a bare `yield fut` does not), cleared by the task that takes it.
	blocking bool
	result   vm.Value
	exc      *vm.Exception
	// wakes is the first callback when it is a task's wakeup and nothing was registered
	// before it: by far the common case (a task awaiting a future), kept out of callbacks
	// so awaiting allocates nothing. It runs before callbacks, as it came first.
	wakes     *Task
	callbacks []futureCallback
	// self is the value scripts see: the Future itself, or the Task that embeds it.
	self vm.Value
	// rare holds the fields few futures set (see futureRare); nil until one is.
	rare *futureRare
}

// SetCancelHook makes cancelling the future call hook instead, which reports whether
// anything was cancelled.
func (f *Future) SetCancelHook(hook func(msg vm.Value) bool) { f.more().cancelHook = hook }

// CancelAs cancels the future the way its kind cancels: a task's rules for a task, the hook
// of a future that has one, or plain cancellation.
func (f *Future) CancelAs(msg vm.Value) bool {
	if t, ok := f.self.(*Task); ok {
		return t.Cancel(msg)
	}
	if f.rare != nil && f.rare.cancelHook != nil {
		return f.rare.cancelHook(msg)
	}
	return f.Cancel(msg)
}

// FutureClass is the class of futures.
var FutureClass = vm.NewBuiltinClass("Future", vm.ObjectClass)

// Future[int] (and Task[int]) is a types.GenericAlias, as in CPython.
func init() {
	FutureClass.Module = "_asyncio"
	FutureClass.DefineClassMethods([]vm.MethodDef{vm.ClassGetItemDef})
}

// NewFuture makes a pending future on loop.
func (l *Loop) NewFuture() *Future {
	f := &Future{loop: l}
	f.self = f
	if l.debugOn {
		l.noteFuture(f)
	}
	return f
}

// GatheringFutureClass is the class of the futures gather returns, asyncio.tasks'
// _GatheringFuture in CPython.
var GatheringFutureClass = vm.NewBuiltinClass("_GatheringFuture", FutureClass)

func init() { GatheringFutureClass.Module = "asyncio.tasks" }

// Type implements Value: a future standing for others (gather's) is a _GatheringFuture.
func (f *Future) Type() *vm.Class {
	if f.rare != nil && f.rare.cancelHook != nil {
		return GatheringFutureClass
	}
	return FutureClass
}

// Loop is the loop the future belongs to.
func (f *Future) Loop() *Loop { return f.loop }

// Done reports whether the future has a result, an exception, or was cancelled.
func (f *Future) Done() bool { return f.state != futurePending }

// Cancelled reports whether the future was cancelled.
func (f *Future) Cancelled() bool { return f.state == futureCancelled }

// SetResult completes the future with a value.
func (f *Future) SetResult(v vm.Value) error {
	if f.state != futurePending {
		return vm.Errorf(InvalidStateError, "invalid state")
	}
	f.result, f.state = v, futureFinished
	f.scheduleCallbacks()
	return nil
}

// SetException completes the future with an exception.
func (f *Future) SetException(exc *vm.Exception) error {
	if f.state != futurePending {
		return vm.Errorf(InvalidStateError, "invalid state")
	}
	if exc.Class.IsSubclass(vm.StopIteration) {
		return vm.Errorf(vm.TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future")
	}
	f.exc, f.state = exc, futureFinished
	f.scheduleCallbacks()
	return nil
}

// Cancel cancels a pending future; it reports whether it did.
func (f *Future) Cancel(msg vm.Value) bool {
	f.retrieve()
	if f.state != futurePending {
		return false
	}
	f.state = futureCancelled
	if !vm.IsNone(msg) || f.rare != nil {
		f.more().cancelMsg = msg
	}
	f.scheduleCallbacks()
	return true
}

// cancelledError is the CancelledError a cancelled future raises.
func (f *Future) cancelledError() *vm.Exception {
	r := f.rare
	if r == nil {
		return vm.NewException(CancelledError)
	}
	if e := r.cancelledExc; e != nil {
		r.cancelledExc = nil
		return e
	}
	if r.cancelMsg == nil || vm.IsNone(r.cancelMsg) {
		return vm.NewException(CancelledError)
	}
	return vm.NewException(CancelledError, r.cancelMsg)
}

// AwaitResult implements Resumer: the value of `await future` once it is done.
func (f *Future) AwaitResult() (vm.Value, *vm.Exception) {
	switch {
	case f.state == futurePending:
		return nil, vm.Errorf(vm.RuntimeError, "await wasn't used with future")
	case f.state == futureCancelled:
		return nil, f.cancelledError()
	case f.exc != nil:
		f.retrieve()
		return nil, f.exc
	}
	return f.result, nil
}

// AwaitResultError is AwaitResult with the exception as an error, for Go callers.
func (f *Future) AwaitResultError() (vm.Value, error) {
	v, exc := f.AwaitResult()
	if exc != nil {
		return nil, exc
	}
	return v, nil
}

// Await implements Awaitable. As CPython's Future.__await__, it refuses a pending future
// already handed to a task and not taken (an abandoned fut.__await__() step).
func (f *Future) Await(th *vm.Thread) (vm.Value, bool, vm.Value, error) {
	if f.Done() {
		v, err := f.AwaitResultError()
		return v, true, nil, err
	}
	if f.blocking {
		return nil, false, nil, vm.Errorf(vm.RuntimeError, "await wasn't used with future")
	}
	return nil, false, f.blockOn(), nil
}

// blockOn marks the future as handed to the awaiting task, and returns what the task waits on.
func (f *Future) blockOn() vm.Value {
	f.blocking = true
	return f.self
}
