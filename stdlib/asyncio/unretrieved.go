package asyncio

import (
	"runtime"
	"weak"

	"github.com/asyncscript/asyncscript/vm"
)

// unretrieved is a failed task's exception nobody has read yet, with enough of the task to
// report "Task exception was never retrieved" once the task itself is gone. CPython reports
// it when the task is destroyed; here that is when Go's collector finds the task
// unreachable, and at the latest when the loop closes.
type unretrieved struct {
	task weak.Pointer[Task]
	name vm.Value
	coro *vm.Generator
	exc  *vm.Exception
	// retrieved is set when a script reads the exception; reported once it is reported.
	retrieved, reported bool
}

// minFailedCompaction is the length of the loop's failed list below which it is not
// compacted.
const minFailedCompaction = 64

// noteFailed records a task that has just failed; the record goes away when the
// exception is retrieved or reported, so failing tasks do not accumulate.
func (l *Loop) noteFailed(t *Task) {
	r := &unretrieved{task: weak.Make(t), name: t.Name(), coro: t.coro, exc: t.exc}
	t.more().unret = r
	runtime.AddCleanup(t, func(l *Loop) { l.dropped.Add(1) }, l)
	if len(l.failed) >= l.failedLimit {
		l.compactFailed()
	}
	l.failed = append(l.failed, r)
}

// compactFailed drops records that need no report, and sets the length at which to look
// again to twice what is left, so the work stays proportional to the failures.
func (l *Loop) compactFailed() {
	kept := l.failed[:0]
	for _, r := range l.failed {
		if !r.retrieved && !r.reported {
			kept = append(kept, r)
		}
	}
	clear(l.failed[len(kept):])
	l.failed = kept
	l.failedLimit = max(2*len(kept), minFailedCompaction)
}

// reportDropped reports the unretrieved exceptions of tasks the collector has freed since
// the last look; the loop calls it between iterations.
func (l *Loop) reportDropped() {
	if l.dropped.Load() == 0 {
		return
	}
	l.dropped.Store(0)
	for _, r := range l.failed {
		if !r.retrieved && !r.reported && r.task.Value() == nil {
			l.report(r)
		}
	}
	l.compactFailed()
}

// reportUnretrieved reports every exception still unretrieved, in the order the tasks
// failed: the loop is closing.
func (l *Loop) reportUnretrieved() {
	for _, r := range l.failed {
		if !r.retrieved && !r.reported {
			l.report(r)
		}
	}
	l.failed = nil
}

// report prints "Task exception was never retrieved" with the task's repr: the task's own
// while it lives, else one made from what the record kept.
func (l *Loop) report(r *unretrieved) {
	r.reported = true
	t := r.task.Value()
	if t == nil {
		t = &Task{Future: Future{state: futureFinished, exc: r.exc, rare: &futureRare{name: r.name}}, coro: r.coro}
	}
	_ = l.callExceptionHandler(exceptionContext("Task exception was never retrieved", r.exc, "future", t))
}

// retrieve marks the future's exception as read: it will not be reported.
func (f *Future) retrieve() {
	if r := f.rare; r != nil && r.unret != nil {
		r.unret.retrieved = true
		r.unret = nil
	}
}
