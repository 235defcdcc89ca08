package vm

import "fmt"

// Task is asyncio.Task: a coroutine driven by the event loop. Each step resumes the
// coroutine until it pauses on an await; the future it waits for wakes the task when done.
type Task struct {
	Future
	coro *Generator
	// name is the task's name; a default name is kept as its number until asked for, so
	// making a task costs no string formatting.
	name   Value
	number int
	// waiter is the future the task's coroutine is paused on (fut_waiter).
	waiter *Future
	// mustCancel asks the next step to throw CancelledError into the coroutine.
	mustCancel      bool
	cancelRequests  int
	taskCancelMsg   Value
	depth           int
	handled         *Exception
	stepScheduled   bool
	createdSequence int
}

// TaskClass is the class of tasks.
var TaskClass = newBuiltinClass("Task", FutureClass)

func init() { TaskClass.Module = "asyncio" }

// Type implements Value.
func (t *Task) Type() *Class { return TaskClass }

// SkipTaskNumber uses up a task number, where CPython creates a task the program does not
// see (asyncio.run's shutdown steps), so the numbers the program sees stay the same.
func (in *Interp) SkipTaskNumber() { in.taskCounter++ }

// nextTaskNumber numbers tasks Task-1, Task-2, ... across the interpreter, as CPython does.
func (in *Interp) nextTaskNumber() int {
	in.taskCounter++
	return in.taskCounter
}

// NewTask wraps a coroutine in a task and schedules its first step.
func (l *Loop) NewTask(coro *Generator, name Value) (*Task, error) {
	if coro.Started() || coro.awaited {
		return nil, Errorf(RuntimeError, "cannot reuse already awaited coroutine")
	}
	coro.awaited = true
	coro.markAwaited(l.interp)
	t := &Task{coro: coro, taskCancelMsg: None}
	t.loop, t.cancelMsg, t.self = l, None, t
	if name == nil || name == None {
		t.number = l.interp.nextTaskNumber()
	} else {
		t.name = name
	}
	l.tasks = append(l.tasks, t)
	l.scheduleStep(t)
	return t, nil
}

// Name is the task's name.
func (t *Task) Name() Value {
	if t.name == nil {
		t.name = Str(fmt.Sprintf("Task-%d", t.number))
	}
	return t.name
}

// SetName renames the task.
func (t *Task) SetName(v Value) { t.name = v }

// Coro is the task's coroutine.
func (t *Task) Coro() *Generator { return t.coro }

// Cancel requests cancellation: the waiter is cancelled, or the next step throws
// CancelledError. It reports false for a task that is already done.
func (t *Task) Cancel(msg Value) bool {
	t.logTraceback = false
	if t.Done() {
		return false
	}
	t.cancelRequests++
	if t.waiter != nil && t.waiter.self != Value(t) {
		if t.waiter.CancelAs(msg) {
			// The waiter may be a task that swallows the cancellation: keep it, so a
			// later cancel can try again.
			return true
		}
	}
	t.mustCancel = true
	t.taskCancelMsg = msg
	return true
}

// Cancelling is the number of pending cancellation requests.
func (t *Task) Cancelling() int { return t.cancelRequests }

// Uncancel decrements the pending cancellation requests.
func (t *Task) Uncancel() int {
	if t.cancelRequests > 0 {
		t.cancelRequests--
	}
	return t.cancelRequests
}

// step resumes the coroutine once, with exc thrown in if given, and arranges what happens
// next from how the coroutine paused or finished.
func (t *Task) step(exc *Exception) {
	if t.Done() {
		return
	}
	if t.mustCancel {
		if exc == nil || !exc.Class.IsSubclass(CancelledError) {
			exc = t.makeCancelledError()
		}
		t.mustCancel = false
	}
	t.waiter = nil
	l := t.loop
	th := l.thread
	prevTask := l.current
	l.current = t
	th.depth, th.handled = t.depth, t.handled
	v, done, err := t.coro.Resume(th, None, exc)
	t.depth, t.handled = th.depth, th.handled
	th.depth, th.handled = 0, nil
	l.current = prevTask

	switch {
	case err != nil:
		e := asException(err)
		if e.Class.IsSubclass(CancelledError) {
			t.Future.Cancel(cancelArg(e))
			return
		}
		_ = t.Future.SetException(e)
		t.loop.failed = append(t.loop.failed, t)
	case done:
		if t.mustCancel {
			// Cancelled just as the coroutine finished: the task still ends cancelled.
			t.mustCancel = false
			t.Future.Cancel(t.taskCancelMsg)
			return
		}
		_ = t.Future.SetResult(v)
	default:
		t.waitOn(v)
	}
}

// cancelArg is the message a CancelledError carries, for the cancelled task's own errors.
func cancelArg(e *Exception) Value {
	if len(e.Args) > 0 {
		return e.Args[0]
	}
	return None
}

// waitOn handles what the coroutine paused on: a future to wait for, or None for one turn.
func (t *Task) waitOn(v Value) {
	switch w := v.(type) {
	case *Future:
		t.wait(w)
	case *Task:
		if w == t {
			t.loop.CallSoon(func() { t.step(Errorf(RuntimeError, "Task cannot await on itself: %s", t.shortRepr())) })
			return
		}
		t.wait(&w.Future)
	case NoneType, Resumer:
		// A bare yield (sleep(0)): run again on the next iteration.
		t.loop.scheduleStep(t)
	default:
		t.loop.CallSoon(func() { t.step(Errorf(RuntimeError, "Task got bad yield: %s", TypeName(v))) })
	}
}

func (t *Task) wait(f *Future) {
	f.addCallback(futureCallback{task: t})
	t.waiter = f
	if t.mustCancel && f.CancelAs(t.taskCancelMsg) {
		t.mustCancel = false
	}
}

func (t *Task) makeCancelledError() *Exception {
	if t.taskCancelMsg == None {
		return NewException(CancelledError)
	}
	return NewException(CancelledError, t.taskCancelMsg)
}

// shortRepr names the task for error messages.
func (t *Task) shortRepr() string {
	s, _ := ToStr(nil, t.Name())
	return "<Task " + s + ">"
}
