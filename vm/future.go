package vm

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
	loop      *Loop
	state     futureState
	result    Value
	exc       *Exception
	cancelMsg Value
	callbacks []futureCallback
	// logTraceback marks an exception nobody has read yet, reported when the loop closes.
	logTraceback bool
	// self is the value scripts see: the Future itself, or the Task that embeds it.
	self Value
	// cancelHook replaces cancellation for futures that stand for others (gather's).
	cancelHook func(msg Value) bool
}

// SetCancelHook makes cancelling the future call hook instead, which reports whether
// anything was cancelled.
func (f *Future) SetCancelHook(hook func(msg Value) bool) { f.cancelHook = hook }

// CancelAs cancels the future the way its kind cancels: a task's rules for a task, the hook
// of a future that has one, or plain cancellation.
func (f *Future) CancelAs(msg Value) bool {
	if t, ok := f.self.(*Task); ok {
		return t.Cancel(msg)
	}
	if f.cancelHook != nil {
		return f.cancelHook(msg)
	}
	return f.Cancel(msg)
}

// futureCallback is a done callback: a script callable, or Go code with the name reprs
// show for it.
type futureCallback struct {
	value Value
	fn    func(Value)
	name  string
	// task is set instead for a task's wakeup: its next step is queued directly.
	task *Task
}

// The classes of futures and the exceptions they raise.
var (
	FutureClass         = newBuiltinClass("Future", ObjectClass)
	CancelledError      = newExceptionClass("CancelledError", BaseException)
	InvalidStateError   = newExceptionClass("InvalidStateError", ExceptionType)
	asyncioErrorClasses = []*Class{CancelledError, InvalidStateError}
)

func init() {
	for _, c := range asyncioErrorClasses {
		c.Module = "asyncio.exceptions"
		c.newInstance = BaseException.newInstance
	}
	FutureClass.Module = "asyncio"
}

// NewFuture makes a pending future on loop.
func (l *Loop) NewFuture() *Future {
	f := &Future{loop: l, cancelMsg: None}
	f.self = f
	return f
}

// Type implements Value.
func (f *Future) Type() *Class { return FutureClass }

// Loop is the loop the future belongs to.
func (f *Future) Loop() *Loop { return f.loop }

// Done reports whether the future has a result, an exception, or was cancelled.
func (f *Future) Done() bool { return f.state != futurePending }

// Cancelled reports whether the future was cancelled.
func (f *Future) Cancelled() bool { return f.state == futureCancelled }

// SetResult completes the future with a value.
func (f *Future) SetResult(v Value) error {
	if f.state != futurePending {
		return Errorf(InvalidStateError, "invalid state")
	}
	f.result, f.state = v, futureFinished
	f.scheduleCallbacks()
	return nil
}

// SetException completes the future with an exception.
func (f *Future) SetException(exc *Exception) error {
	if f.state != futurePending {
		return Errorf(InvalidStateError, "invalid state")
	}
	if exc.Class.IsSubclass(StopIteration) {
		return Errorf(TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future")
	}
	f.exc, f.state, f.logTraceback = exc, futureFinished, true
	f.scheduleCallbacks()
	return nil
}

// Cancel cancels a pending future; it reports whether it did.
func (f *Future) Cancel(msg Value) bool {
	f.logTraceback = false
	if f.state != futurePending {
		return false
	}
	f.state, f.cancelMsg = futureCancelled, msg
	f.scheduleCallbacks()
	return true
}

// cancelledError is the CancelledError a cancelled future raises.
func (f *Future) cancelledError() *Exception {
	if f.cancelMsg == nil || f.cancelMsg == None {
		return NewException(CancelledError)
	}
	return NewException(CancelledError, f.cancelMsg)
}

// AwaitResult implements Resumer: the value of `await future` once it is done.
func (f *Future) AwaitResult() (Value, *Exception) {
	switch {
	case f.state == futurePending:
		return nil, Errorf(RuntimeError, "await wasn't used with future")
	case f.state == futureCancelled:
		return nil, f.cancelledError()
	case f.exc != nil:
		f.logTraceback = false
		return nil, f.exc
	}
	return f.result, nil
}

// AwaitResultError is AwaitResult with the exception as an error, for Go callers.
func (f *Future) AwaitResultError() (Value, error) {
	v, exc := f.AwaitResult()
	if exc != nil {
		return nil, exc
	}
	return v, nil
}

// Await implements Awaitable.
func (f *Future) Await(th *Thread) (Value, bool, Value, error) {
	if f.Done() {
		v, err := f.AwaitResultError()
		return v, true, nil, err
	}
	return nil, false, f.self, nil
}

// AddDoneCallback arranges for fn to be called with the future once it is done (soon, if it
// already is). name is how the future's repr lists the callback ("Task.task_wakeup()").
func (f *Future) AddDoneCallback(name string, fn func(Value)) {
	f.addCallback(futureCallback{fn: fn, name: name})
}

// AddDoneCallbackValue is add_done_callback for a script callable.
func (f *Future) AddDoneCallbackValue(callback Value) {
	f.addCallback(futureCallback{value: callback})
}

func (f *Future) addCallback(cb futureCallback) {
	if f.Done() {
		f.scheduleCallback(cb)
		return
	}
	f.callbacks = append(f.callbacks, cb)
}

// RemoveDoneCallback removes every registration of a script callback; it returns how many.
func (f *Future) RemoveDoneCallback(callback Value) int {
	kept := f.callbacks[:0]
	removed := 0
	for _, cb := range f.callbacks {
		if cb.value != nil && Is(cb.value, callback) {
			removed++
			continue
		}
		kept = append(kept, cb)
	}
	f.callbacks = kept
	return removed
}

func (f *Future) scheduleCallbacks() {
	cbs := f.callbacks
	f.callbacks = nil
	for _, cb := range cbs {
		f.scheduleCallback(cb)
	}
}

func (f *Future) scheduleCallback(cb futureCallback) {
	switch {
	case cb.task != nil:
		f.loop.scheduleStep(cb.task)
	case cb.fn != nil:
		f.loop.ready.push(readyItem{done: cb.fn, future: f.self})
	default:
		f.loop.CallSoon(func() { f.runCallback(cb) })
	}
}

func (f *Future) runCallback(cb futureCallback) {
	if cb.fn != nil {
		cb.fn(f.self)
		return
	}
	h := &Handle{callback: cb.value, args: []Value{f.self}}
	f.loop.runCallback(h)
}
