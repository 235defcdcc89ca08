package asyncio

import (
	"fmt"

	"github.com/asyncscript/asyncscript/vm"
)

// Task is asyncio.Task: a coroutine driven by the event loop. Each step resumes the
// coroutine until it pauses on an await; the future it waits for wakes the task when done.
type Task struct {
	Future
	coro *vm.Generator
	// number makes the task's default name (Task-<number>) when it is asked for; a name
	// given or formatted is in rare.
	number int
	// waiter is the future the task's coroutine is paused on (fut_waiter).
	waiter *Future
	// prev and next link the loop's unfinished tasks; listed is set while linked.
	prev, next *Task
	// The flags and the counter share one word, so a Task fits the 176-byte size class.
	cancelRequests int32
	listed         bool
	// mustCancel asks the next step to throw CancelledError into the coroutine.
	mustCancel bool
	// cancelling marks a task whose Cancel is passing the request on to its waiter.
	cancelling bool
	// orphan marks a task no script holds (an async generator's aclose() the finalizer
	// scheduled, or one create_task made in an expression statement): CPython frees it as
	// it finishes, so its failure is reported then, unless something awaits it.
	orphan bool
	// paused is the coroutine's share of the loop thread's state (its depth and the
	// exception it is handling) while it is not running.
	paused vm.ThreadState
}

// TaskClass is the class of tasks.
var TaskClass = vm.NewBuiltinClass("Task", FutureClass)

func init() { TaskClass.Module = "_asyncio" }

// Type implements Value.
func (t *Task) Type() *vm.Class { return TaskClass }

// NewTask wraps a coroutine in a task and schedules its first step.
func (l *Loop) NewTask(coro *vm.Generator, name vm.Value) (*Task, error) {
	if err := coro.Claim(l.interp); err != nil {
		return nil, err
	}
	t := &Task{coro: coro, paused: l.thread.NewTaskState()}
	t.loop, t.self = l, t
	if name == nil || vm.IsNone(name) {
		t.number = l.state.nextTaskNumber()
	} else {
		t.SetName(name)
	}
	l.tasks.add(t)
	if l.debugOn {
		l.noteFuture(&t.Future)
	}
	if l.trace != nil {
		l.trace.created(t)
	}
	l.scheduleStep(t)
	return t, nil
}

// Name is the task's name.
func (t *Task) Name() vm.Value {
	r := t.more()
	if r.name == nil {
		r.name = vm.Str(fmt.Sprintf("Task-%d", t.number))
	}
	return r.name
}

// SetName renames the task.
func (t *Task) SetName(v vm.Value) { t.more().name = v }

// Coro is the task's coroutine.
func (t *Task) Coro() *vm.Generator { return t.coro }

// Cancel requests cancellation: the waiter is cancelled, or the next step throws
// CancelledError. It reports false for a task that is already done. A task awaiting a task
// passes the request on, as CPython's cancel() calls its waiter's; the chain is walked in a
// loop, not by recursion, so a chain of millions of tasks needs no Go stack.
func (t *Task) Cancel(msg vm.Value) bool {
	var chain []*Task // the tasks that passed the request on, each marked cancelling
	ok := true
	for cur := t; ; {
		cur.retrieve()
		if cur.Done() {
			ok = false
			break
		}
		if cur.loop.trace != nil {
			cur.loop.trace.cancel(cur, msg)
		}
		cur.cancelRequests++
		w := cur.waiter
		if w == nil || w.self == vm.Value(cur) || cur.cancelling {
			// Tasks awaiting each other would cancel each other forever (CPython raises
			// RecursionError): met again, a task keeps the request for its next step.
			cur.requestCancel(msg)
			break
		}
		cur.cancelling = true
		chain = append(chain, cur)
		next, isTask := w.self.(*Task)
		if !isTask {
			ok = w.CancelAs(msg)
			break
		}
		cur = next
	}
	for i := len(chain) - 1; i >= 0; i-- {
		chain[i].cancelling = false
		// A waiter that took the request may be a task that swallows the cancellation:
		// the task keeps waiting, so a later cancel can try again.
		if !ok {
			chain[i].requestCancel(msg)
		}
		ok = true
	}
	return ok
}

// requestCancel makes the task's next step throw CancelledError(msg).
func (t *Task) requestCancel(msg vm.Value) {
	t.mustCancel = true
	t.more().taskCancelMsg = msg
}

// cancelRequestMsg is the message of the cancellation the next step throws in, or None.
func (t *Task) cancelRequestMsg() vm.Value {
	if t.rare == nil {
		return vm.None
	}
	return noneIfNil(t.rare.taskCancelMsg)
}

// Cancelling is the number of pending cancellation requests.
func (t *Task) Cancelling() int { return int(t.cancelRequests) }

// Uncancel decrements the pending cancellation requests.
func (t *Task) Uncancel() int {
	if t.cancelRequests > 0 {
		t.cancelRequests--
	}
	return int(t.cancelRequests)
}
