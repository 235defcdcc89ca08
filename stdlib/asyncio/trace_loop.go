package asyncio

import (
	"strconv"
	"strings"

	"github.com/asyncscript/asyncscript/vm"
)

// loopTrace is a loop's link to its Tracer. The loop holds nil when it does not trace, so
// each place that reports costs one nil check when tracing is off; everything the tracer
// needs beyond that (task numbers, what futures stand for) is kept here, not in tasks.
type loopTrace struct {
	out Tracer
	// ids numbers the tasks met, in order; a finished task leaves the map.
	ids  map[*Task]int
	next int
	// labels names the futures that stand for something (a sleep, a worker call, a gather)
	// until a task waits on them.
	labels map[*Future]string
	// stepping is the task whose step is running; worker is the worker thread whose result
	// is being delivered (both 0 when neither).
	stepping, worker int
	// lanes marks the worker thread numbers in use (lane i is thread i+1).
	lanes []bool
	// pending counts the tasks met and not finished; lastReady and lastPending are the
	// counters last reported, sent again only when they change.
	pending, lastReady, lastPending int
}

func newLoopTrace(t Tracer) *loopTrace {
	if t == nil {
		return nil
	}
	return &loopTrace{out: t, ids: map[*Task]int{}, labels: map[*Future]string{}, lastReady: -1}
}

// now is the loop's time, read without moving a virtual clock.
func (lt *loopTrace) now(l *Loop) float64 {
	if p, ok := l.clock.(vm.Peeker); ok {
		return p.Peek()
	}
	return l.clock.Monotonic()
}

// id is the task's trace number; a task met for the first time (made before tracing
// began) is reported as created then.
func (lt *loopTrace) id(t *Task) int {
	if n, ok := lt.ids[t]; ok {
		return n
	}
	lt.next++
	lt.ids[t] = lt.next
	lt.pending++
	lt.out.Trace(TraceEvent{Kind: TraceCreate, Time: lt.now(t.loop), Task: lt.next, Other: lt.stepping,
		Name: taskName(t), Coro: t.coro.Func.QualName})
	return lt.next
}

func taskName(t *Task) string {
	s, _ := vm.ToStr(nil, t.Name())
	return s
}

// created reports a new task.
func (lt *loopTrace) created(t *Task) { lt.id(t) }

// label names what a future stands for, for the task that will wait on it.
func (lt *loopTrace) label(f *Future, what string) { lt.labels[f] = what }

// stepBegin reports the start of a step, with where the coroutine resumes.
func (lt *loopTrace) stepBegin(t *Task) {
	n := lt.id(t)
	// The name too: set_name, or create_task's name=, may have renamed the task.
	e := TraceEvent{Kind: TraceStep, Time: lt.now(t.loop), Task: n, Name: taskName(t)}
	e.Coro, e.Line = userFrame(t)
	lt.stepping = n
	lt.out.Trace(e)
}

// stepEnd reports how a step ended: the task waits on something, or it is done.
func (lt *loopTrace) stepEnd(t *Task) {
	n := lt.id(t)
	lt.stepping = 0
	e := TraceEvent{Kind: TraceSuspend, Time: lt.now(t.loop), Task: n}
	if t.Done() {
		e.Kind, e.Label = TraceFinish, outcome(t)
		delete(lt.ids, t)
		lt.pending--
	} else {
		e.Coro, e.Line = userFrame(t)
		e.Label = lt.waitLabel(t)
	}
	lt.out.Trace(e)
}

// outcome says how a finished task ended.
func outcome(t *Task) string {
	switch {
	case t.Cancelled():
		return "cancelled"
	case t.exc != nil:
		return "failed: " + t.exc.Class.Name + reprOf(vm.Tuple(t.exc.Args))
	}
	return "done"
}

// waitLabel describes what a paused task waits on: a task by name, a labelled future, the
// asyncio primitive whose method made the future (Queue.get, Lock.acquire), or a Future.
func (lt *loopTrace) waitLabel(t *Task) string {
	f := t.waiter
	if f == nil {
		return "sleep(0)"
	}
	if w, ok := f.self.(*Task); ok {
		return "Task " + strconv.Quote(taskName(w))
	}
	if s, ok := lt.labels[f]; ok {
		delete(lt.labels, f)
		return s
	}
	if q := primitiveFrame(t); q != "" {
		return q
	}
	return "Future"
}

// userFrame is the innermost frame of the task's paused chain outside asyncio's prelude:
// the script's coroutine and line. Before the task starts it is the coroutine, line 0.
func userFrame(t *Task) (string, int) {
	frames := t.coro.PausedFrames()
	for i := len(frames) - 1; i >= 0; i-- {
		if !isPrelude(frames[i].Code) {
			return frames[i].Code.QualName, frames[i].Line
		}
	}
	return t.coro.Func.QualName, 0
}

// primitiveFrame is the qualified name of the innermost public prelude method the task is
// paused in (Queue.get, Lock.acquire, Event.wait, wait_for), or "".
func primitiveFrame(t *Task) string {
	frames := t.coro.PausedFrames()
	for i := len(frames) - 1; i >= 0; i-- {
		c := frames[i].Code
		if isPrelude(c) && !strings.HasPrefix(c.QualName, "_") {
			return c.QualName
		}
	}
	return ""
}

// isPrelude reports whether code is part of asyncio itself: its prelude, or the coroutine
// wrapping a Go awaitable (sleep, to_thread).
func isPrelude(c *vm.Code) bool {
	return strings.HasPrefix(c.Filename, "asyncio/") || c.Filename == "<asyncio>"
}

// wake reports that a future's completion woke t.
func (lt *loopTrace) wake(t *Task) {
	lt.out.Trace(TraceEvent{Kind: TraceWake, Time: lt.now(t.loop), Task: lt.id(t), Other: lt.stepping, Thread: lt.worker})
}

// cancel reports a cancellation request.
func (lt *loopTrace) cancel(t *Task, msg vm.Value) {
	label := ""
	if msg != nil && !vm.IsNone(msg) {
		label = reprOf(msg)
	}
	lt.out.Trace(TraceEvent{Kind: TraceCancel, Time: lt.now(t.loop), Task: lt.id(t), Other: lt.stepping, Label: label})
}

// threadStart reports a call handed to a worker thread and labels its future; it returns
// the thread's number, for threadEnd.
func (lt *loopTrace) threadStart(l *Loop, f *Future, how string, fn vm.Value) int {
	lane := 0
	for lane < len(lt.lanes) && lt.lanes[lane] {
		lane++
	}
	if lane == len(lt.lanes) {
		lt.lanes = append(lt.lanes, false)
	}
	lt.lanes[lane] = true
	what := how + "(" + callableName(fn) + ")"
	lt.labels[f] = what
	lt.out.Trace(TraceEvent{Kind: TraceThreadStart, Time: lt.now(l), Thread: lane + 1, Other: lt.stepping, Label: what})
	return lane + 1
}

// threadEnd reports the end of a worker's call; the wakes its result causes come from it
// until deliver returns.
func (lt *loopTrace) threadEnd(l *Loop, thread int, deliver func()) {
	lt.lanes[thread-1] = false
	lt.out.Trace(TraceEvent{Kind: TraceThreadEnd, Time: lt.now(l), Thread: thread})
	lt.worker = thread
	deliver()
	lt.worker = 0
}

// callableName is the name a worker call is shown with.
func callableName(fn vm.Value) string {
	switch f := fn.(type) {
	case *vm.Function:
		return f.QualName
	case *vm.Builtin:
		return f.Name
	case *vm.BoundMethod:
		return callableName(f.Func)
	}
	return vm.TypeName(fn)
}

// counters reports the ready queue's length and the pending tasks when they change.
func (lt *loopTrace) counters(l *Loop) {
	if l.ready.size == lt.lastReady && lt.pending == lt.lastPending {
		return
	}
	lt.lastReady, lt.lastPending = l.ready.size, lt.pending
	lt.out.Trace(TraceEvent{Kind: TraceCounters, Time: lt.now(l), Ready: lt.lastReady, Pending: lt.pending})
}
