package asyncio

import (
	"github.com/asyncscript/asyncscript/vm"
)

// TraceKind says what a TraceEvent records.
type TraceKind uint8

// The kinds of trace events. Task is the task's trace number (1, 2, ... in the order the
// tracer first met the tasks); Other is another task's number, 0 for none.
const (
	// TraceCreate: task Task was created by task Other; Name is its name, Coro its coroutine.
	TraceCreate TraceKind = iota
	// TraceStep: a step of Task, named Name, began; Coro and Line are where it resumes
	// (Line 0: its start).
	TraceStep
	// TraceSuspend: the step ended with the task waiting on Label; Coro and Line are where.
	TraceSuspend
	// TraceFinish: the step ended the task; Label is "done", "cancelled" or "failed: EXC".
	TraceFinish
	// TraceWake: a future's completion woke Task, from the step of task Other, or from the
	// worker thread Thread (when not 0), or else from a timer or callback.
	TraceWake
	// TraceCancel: Task was asked to cancel, by task Other; Label is the message's repr.
	TraceCancel
	// TraceThreadStart: worker thread Thread began Label for task Other.
	TraceThreadStart
	// TraceThreadEnd: worker thread Thread finished its call.
	TraceThreadEnd
	// TraceCounters: an iteration of the loop began with Ready callbacks queued and
	// Pending tasks not finished.
	TraceCounters
)

// TraceEvent is one thing the event loop did, as a Tracer receives it.
type TraceEvent struct {
	Kind TraceKind
	// Time is the loop's time in seconds, read without moving a virtual clock.
	Time        float64
	Task, Other int
	Thread      int
	Name, Coro  string
	Label       string
	Line        int
	// Ready and Pending are the counters of TraceCounters.
	Ready, Pending int
}

// Tracer receives the events of the loops of an interpreter that traces (see SetTracer).
// It is called on the loop's goroutine only.
type Tracer interface {
	Trace(e TraceEvent)
}

// SetTracer makes the loops the interpreter creates from now on report to t (nil: stop
// tracing); the loop running now, or set as current, reports to it too.
func SetTracer(in *vm.Interp, t Tracer) {
	s := stateKey.Get(in)
	s.tracer = t
	for _, l := range []*Loop{s.running, s.eventLoop} {
		if l != nil && (l.trace == nil || l.trace.out != t) {
			l.trace = newLoopTrace(t)
		}
	}
}
