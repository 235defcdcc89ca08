package asyncio

import (
	"sync/atomic"

	"github.com/asyncscript/asyncscript/vm"
)

// interpState is asyncio's state in one interpreter, kept in the interpreter's extension
// slot under stateKey: the loops, the task numbering and the main task Ctrl-C cancels.
type interpState struct {
	// eventLoop is the loop set by asyncio.set_event_loop (or made by get_event_loop).
	eventLoop *Loop
	// running is the loop running now, or nil.
	running *Loop
	// taskCounter numbers tasks Task-1, Task-2, ... across the interpreter, as CPython does.
	taskCounter int
	// mainTask is the task asyncio.run drives, for Ctrl-C; it is read from the signal's
	// goroutine.
	mainTask atomic.Pointer[Task]
	// tracer receives the events of the loops made while it is set (SetTracer).
	tracer Tracer
	// closedPending are the loops closed with tasks still pending (see destroyed.go).
	closedPending []*Loop
}

// stateKey finds asyncio's state in an interpreter. Making the state registers what Ctrl-C
// means while asyncio.run drives a main task.
var stateKey = vm.NewKey(func(in *vm.Interp) *interpState {
	s := &interpState{}
	in.SetInterruptHandler(s.interruptMain)
	in.AddRoot(s.roots)
	return s
})

// interruptMain is Ctrl-C as CPython 3.11's asyncio.run handles it: the first interrupt
// while a main task runs cancels that task (its finally blocks run, and asyncio.run then
// raises KeyboardInterrupt); otherwise KeyboardInterrupt is raised in the running code.
// It runs on the signal's goroutine, so it only posts the cancellation to the loop.
func (s *interpState) interruptMain(first bool) bool {
	t := s.mainTask.Load()
	if !first || t == nil {
		return false
	}
	t.loop.Post(func() { t.Cancel(vm.None) })
	return true
}

// nextTaskNumber takes the number of a new task with a default name.
func (s *interpState) nextTaskNumber() int {
	s.taskCounter++
	return s.taskCounter
}

// currentLoop is the loop get_event_loop returns: the running one, else the one set, or a
// new one that becomes the set one.
func currentLoop(in *vm.Interp) *Loop {
	s := stateKey.Get(in)
	if s.running != nil {
		return s.running
	}
	if s.eventLoop == nil || s.eventLoop.Closed() {
		s.eventLoop = NewLoop(in)
		// Logged as new_event_loop's are; callers of currentLoop cannot fail, and logging
		// reports its handlers' own errors, so only a broken logger is not raised here.
		_ = s.eventLoop.logSelector()
	}
	return s.eventLoop
}

// SetEventLoop makes l (or nil) the current event loop, as asyncio.set_event_loop does.
func SetEventLoop(in *vm.Interp, l *Loop) { stateKey.Get(in).eventLoop = l }

// roots yields the tasks of the interpreter's loops, for the interpreter's Footprint.
func (s *interpState) roots(yield func(vm.Value)) {
	for _, l := range []*Loop{s.running, s.eventLoop} {
		if l != nil {
			for t := l.tasks.head; t != nil; t = t.next {
				yield(t)
			}
		}
	}
}

// Referents implements vm.Referrer: a task holds its coroutine and its outcome.
func (t *Task) Referents(yield func(vm.Value)) {
	if t.coro != nil {
		yield(t.coro)
	}
	yield(t.result)
	if t.exc != nil {
		yield(t.exc)
	}
}
