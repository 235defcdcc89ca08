package asyncio

import (
	"math"
	"sync"
	"sync/atomic"

	"github.com/asyncscript/asyncscript/stdlib/concurrent"
	"github.com/asyncscript/asyncscript/vm"
)

// Loop is the event loop: a FIFO of ready callbacks, a heap of timers and a clock. It runs on
// the interpreter's goroutine; worker goroutines (to_thread, run_in_executor) hand results
// back through Post, the only method safe to call from other goroutines.
//
// One iteration (runOnce) matches CPython's _run_once: timers whose deadline has passed move
// to the ready queue in deadline order, then exactly the callbacks that were ready when the
// iteration began run; callbacks scheduled meanwhile wait for the next iteration.
type Loop struct {
	interp *vm.Interp
	clock  vm.Clock

	ready  readyQueue
	timers timerHeap
	// timersCancelled counts cancelled handles still in the heap.
	timersCancelled int

	running, stopping, closed bool
	// debug is the value set_debug was given (nil for False), which get_debug returns as
	// is, as CPython's does; debugOn is its truth: debug mode (see debug.go).
	debug   vm.Value
	debugOn bool
	// slowCallback is slow_callback_duration when set (nil: the default 0.1 s).
	slowCallback vm.Value
	// sources records where futures were created in debug mode ("FILE:LINE"). Futures
	// have no room for it (a Future fills its size class).
	sources vm.WeakTable[Future, string]
	// tracking is set while the loop has coroutine origin tracking on (debug mode), and
	// savedDepth is the depth to put back after.
	tracking   bool
	savedDepth int
	// excHandler is the script's exception handler (set_exception_handler), or nil for
	// the default one.
	excHandler vm.Value

	// Worker goroutines post handles into inbox and signal wake.
	inboxMu sync.Mutex
	inbox   []*Handle
	wake    chan struct{}
	workers atomic.Int64
	// executor is the default executor, made by the first call that needs it, unless
	// set_default_executor gave userExecutor (a ThreadPoolExecutor) instead.
	executor     *concurrent.Pool
	userExecutor vm.Value
	// executorShutdown is set once shutdown_default_executor has begun.
	executorShutdown bool

	// tasks links every task not yet finished, in creation order, for all_tasks, shutdown
	// and the deadlock report.
	tasks   taskList
	current *Task
	// failed records the exceptions of failed tasks not yet retrieved or reported; it is
	// compacted when it reaches failedLimit. dropped counts failed tasks the collector
	// has freed since the loop last looked (it is set from the collector's goroutine).
	failed      []*unretrieved
	failedLimit int
	dropped     atomic.Int64
	// thread runs every task's steps: tasks take turns, so they share it, each keeping
	// its own depth and handled exception while paused.
	thread *vm.Thread
	// state is asyncio's state in the loop's interpreter.
	state *interpState
	// trace reports what the loop does to a Tracer; nil when not tracing.
	trace *loopTrace
	// asyncgens are the async generators the loop's code has started (see asyncgens.go).
	asyncgens asyncgenSet
}

// LoopClass is the class of event loops.
var LoopClass = vm.NewBuiltinClass("_UnixSelectorEventLoop", vm.ObjectClass)

// Type implements Value.
func (l *Loop) Type() *vm.Class { return LoopClass }

// NewLoop makes an event loop for the interpreter, using its clock.
func NewLoop(in *vm.Interp) *Loop {
	s := stateKey.Get(in)
	l := &Loop{interp: in, clock: in.Clock, wake: make(chan struct{}, 1), thread: in.NewThread(), state: s, trace: newLoopTrace(s.tracer)}
	if debugFromEnv(in) {
		l.debug, l.debugOn = vm.True, true
	}
	return l
}

// Time is loop.time(): the loop's monotonic clock.
func (l *Loop) Time() float64 { return l.clock.Monotonic() }

// CallSoon schedules fn for the next iteration.
func (l *Loop) CallSoon(fn func()) *Handle {
	h := &Handle{fn: fn}
	l.ready.push(readyItem{h: h})
	return h
}

// scheduleStep queues a task's next step.
func (l *Loop) scheduleStep(t *Task) { l.ready.push(readyItem{task: t}) }

// CallSoonValue schedules a script callback, callback(*args).
func (l *Loop) CallSoonValue(callback vm.Value, args []vm.Value) *Handle {
	h := &Handle{callback: callback, args: args, loop: l}
	h.fn = func() { l.runCallback(h) }
	l.ready.push(readyItem{h: h})
	return h
}

// CallAt schedules fn at a monotonic deadline.
func (l *Loop) CallAt(when float64, fn func()) *Handle {
	h := &Handle{fn: fn, when: when, timer: true, scheduled: true, loop: l}
	l.timers.push(h)
	return h
}

// CallAtValue schedules a script callback at a deadline.
func (l *Loop) CallAtValue(when float64, callback vm.Value, args []vm.Value) *Handle {
	h := l.CallAt(when, nil)
	h.callback, h.args = callback, args
	h.fn = func() { l.runCallback(h) }
	return h
}

// runCallback runs a script callback; an exception it raises is reported, not propagated,
// as asyncio's default exception handler does.
func (l *Loop) runCallback(h *Handle) {
	if _, err := callIn(l.thread, h.context, h.callback, h.args); err != nil {
		l.reportCallbackError(h, err)
	}
}

// Post hands a callback to the loop from another goroutine. Safe for concurrent use.
func (l *Loop) Post(fn func()) { l.postHandle(&Handle{fn: fn}) }

// postHandle hands a handle to the loop from another goroutine: it joins the ready queue
// when the loop next looks. Safe for concurrent use.
func (l *Loop) postHandle(h *Handle) {
	l.inboxMu.Lock()
	l.inbox = append(l.inbox, h)
	l.inboxMu.Unlock()
	l.signalWake()
}

// signalWake ends the loop's wait for its next timer. Safe from any goroutine.
func (l *Loop) signalWake() {
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// WorkerStarted and WorkerDone bracket work running on another goroutine, so the loop knows
// something may still arrive (and that an empty loop is not a deadlock).
func (l *Loop) WorkerStarted() { l.workers.Add(1) }

// WorkerDone marks the end of work started with WorkerStarted.
func (l *Loop) WorkerDone() { l.workers.Add(-1) }

// callSoonThreadsafe is call_soon_threadsafe's scheduling of h from th: on the thread
// running the loop (the main thread, for a loop not running) h joins the ready queue at
// once, as call_soon's do; from another thread it is posted.
func (l *Loop) callSoonThreadsafe(th *vm.Thread, h *Handle) {
	if th == l.thread || th.Info() == l.thread.Info() {
		l.ready.push(readyItem{h: h})
	} else {
		l.postHandle(h)
	}
}

// callSoonThreadsafeValue is call_soon_threadsafe(callback, *args, context=ctx) called on th.
func (l *Loop) callSoonThreadsafeValue(th *vm.Thread, callback vm.Value, args []vm.Value, ctx vm.Value) (*Handle, error) {
	h := &Handle{callback: callback, args: args, loop: l}
	h.fn = func() { l.runCallback(h) }
	l.noteHandle(th, h)
	if err := h.setContext(th, ctx); err != nil {
		return nil, err
	}
	l.callSoonThreadsafe(th, h)
	return h, nil
}

// drainInbox moves posted handles to the ready queue.
func (l *Loop) drainInbox() {
	l.inboxMu.Lock()
	posted := l.inbox
	l.inbox = nil
	l.inboxMu.Unlock()
	for _, h := range posted {
		l.ready.push(readyItem{h: h})
	}
}

// clockResolution is how far ahead of now a timer counts as due, as CPython's loop uses
// the monotonic clock's resolution.
const clockResolution = 1e-9

// purgeCancelledTimers drops cancelled timers, as CPython does: all of them when they are
// more than half of a large heap, otherwise those at its head.
func (l *Loop) purgeCancelledTimers() {
	if n := len(l.timers); n > 100 && float64(l.timersCancelled)/float64(n) > 0.5 {
		kept := l.timers[:0]
		for _, h := range l.timers {
			if h.cancelled {
				h.scheduled = false
			} else {
				kept = append(kept, h)
			}
		}
		for i := len(kept); i < len(l.timers); i++ {
			l.timers[i] = nil
		}
		l.timers = kept
		l.timers.heapify()
		l.timersCancelled = 0
		return
	}
	for len(l.timers) > 0 && l.timers[0].cancelled {
		l.timersCancelled--
		l.timers.pop().scheduled = false
	}
}

// runOnce runs one iteration; it fails with DeadlockError when nothing can ever happen again.
func (l *Loop) runOnce() error {
	l.reportDropped()
	l.purgeCancelledTimers()
	if l.ready.size == 0 && !l.stopping {
		deadline := math.Inf(1)
		if len(l.timers) > 0 {
			deadline = l.timers[0].when
		}
		workers, threads := l.workers.Load(), l.otherThreads()
		if math.IsInf(deadline, 1) && workers == 0 && threads == 0 && !l.inboxPending() {
			return l.deadlockError()
		}
		// Workers asleep on a virtual clock are not busy, nor threads waiting for another
		// thread: time may jump (see vm.WorkerClock, vm.Interp.Blocking). With nothing to
		// jump to, the loop waits for a thread to post work or end.
		skip := threads <= l.interp.BlockedThreads() && sleepingWorkers(l.clock) >= workers &&
			(workers > 0 || !math.IsInf(deadline, 1))
		l.interp.Release() // workers may run Python code while the loop waits
		woken := l.clock.Idle(deadline, l.wake, skip)
		l.interp.Acquire()
		if woken {
			l.drainInbox()
		}
	} else if l.inboxPending() {
		l.drainInbox()
	}
	end := l.clock.Monotonic() + clockResolution
	for len(l.timers) > 0 && l.timers[0].when < end {
		h := l.timers.pop()
		h.scheduled = false
		l.ready.push(readyItem{h: h})
	}
	if l.trace != nil {
		l.trace.counters(l)
	}
	for n := l.ready.size; n > 0; n-- {
		it := l.ready.pop()
		if !l.debugOn {
			l.runItem(it)
		} else if err := l.runTimed(it); err != nil {
			return err
		}
	}
	return nil
}

// runItem runs one entry of the ready queue.
func (l *Loop) runItem(it readyItem) {
	switch {
	case it.task != nil:
		exc, _ := it.arg.(*vm.Exception)
		it.task.step(exc)
	case it.done != nil:
		it.done(it.arg)
	case !it.h.cancelled && it.h.fn != nil:
		it.h.fn()
	}
}

// otherThreads counts the script's threads other than the one running this loop that may
// still call call_soon_threadsafe: the running threading.Threads, or, for a loop running in
// one of them, the others and the main thread, which takes that one's place in the count.
func (l *Loop) otherThreads() int64 { return l.interp.RunningThreads() }

// sleepingWorkers counts the worker threads asleep on c, a vm.WorkerClock; 0 for other clocks.
func sleepingWorkers(c vm.Clock) int64 {
	if wc, ok := c.(vm.WorkerClock); ok {
		return int64(wc.SleepingWorkers())
	}
	return 0
}

func (l *Loop) inboxPending() bool {
	l.inboxMu.Lock()
	defer l.inboxMu.Unlock()
	return len(l.inbox) > 0
}

// RunUntilComplete runs the loop until fut is done, and returns its result. As CPython's
// _run_until_complete_cb, fut's completion stops the loop through a done callback: the
// iteration that runs the callback runs to its end, so what was queued before it (a
// call_soon or a new task's first step from main's last step) still runs.
func (l *Loop) RunUntilComplete(fut *Future) (vm.Value, error) {
	if err := l.checkRunnable(); err != nil {
		return nil, err
	}
	fut.addCallback(futureCallback{stops: l})
	err := l.RunForever()
	fut.removeStopCallback(l)
	if err != nil {
		return nil, err
	}
	if !fut.Done() {
		return nil, vm.Errorf(vm.RuntimeError, "Event loop stopped before Future completed.")
	}
	fut.retrieve()
	return fut.AwaitResultError()
}

// RunForever runs the loop until Stop is called: the iteration in which Stop is called
// is the last.
func (l *Loop) RunForever() error {
	if err := l.checkRunnable(); err != nil {
		return err
	}
	l.running = true
	l.state.running = l
	// Ctrl-C wakes the loop from its wait for the next timer or worker, so that it is
	// raised here at once, as CPython's select is interrupted by the signal.
	unregister := l.interp.OnInterrupt(l.signalWake)
	// A thread ending may leave the loop with nothing to wait for: it must look again.
	unregisterEnd := l.interp.OnThreadEnd(l.signalWake)
	l.trackOrigins(l.debugOn)
	oldHooks := l.interp.AsyncGenHooks()
	l.interp.SetAsyncGenHooks(l.asyncgenHooks())
	defer func() {
		unregister()
		unregisterEnd()
		l.interp.SetAsyncGenHooks(oldHooks)
		l.trackOrigins(false)
		l.running, l.stopping = false, false
		l.state.running = nil
	}()
	for {
		if err := l.runOnce(); err != nil {
			return err
		}
		// Step also delivers a pending Ctrl-C, at once, as it counts the iteration.
		if err := l.thread.Step(); err != nil {
			return err
		}
		if l.stopping {
			return nil
		}
	}
}

// checkRunnable fails as CPython's loop does when it cannot start running.
func (l *Loop) checkRunnable() error {
	switch {
	case l.closed:
		return vm.Errorf(vm.RuntimeError, "Event loop is closed")
	case l.running:
		return vm.Errorf(vm.RuntimeError, "This event loop is already running")
	case l.state.running != nil:
		return vm.Errorf(vm.RuntimeError, "Cannot run the event loop while another loop is running")
	}
	return nil
}

// Stop makes the running loop stop after the current iteration.
func (l *Loop) Stop() { l.stopping = true }

// Close closes the loop; it must not be running.
func (l *Loop) Close() error {
	if l.running {
		return vm.Errorf(vm.RuntimeError, "Cannot close a running event loop")
	}
	if !l.closed {
		l.noteClosed()
	}
	l.closed = true
	l.ready = readyQueue{}
	l.timers = nil
	return nil
}

// Running reports whether the loop is running.
func (l *Loop) Running() bool { return l.running }

// Closed reports whether the loop is closed.
func (l *Loop) Closed() bool { return l.closed }

// CurrentTask is the task whose step is running, or nil.
func (l *Loop) CurrentTask() *Task { return l.current }

// PendingTasks returns the tasks not yet done, in creation order.
func (l *Loop) PendingTasks() []*Task { return l.tasks.all() }

// reportCallbackError hands an exception a callback raised to the exception handler, with
// the context CPython's Handle._run gives it.
func (l *Loop) reportCallbackError(h *Handle, err error) {
	_ = l.callExceptionHandler(exceptionContext("Exception in callback "+formatCallback(l.thread, h.callback, h.args), vm.AsException(err), "handle", h))
}
