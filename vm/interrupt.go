package vm

import "sync"

// Interrupt asks the running program to stop with KeyboardInterrupt at its next loop
// iteration, and ends the blocking wait it may be in (time.sleep, an idle event loop; see
// OnInterrupt). It is safe to call from any goroutine (a signal handler).
func (in *Interp) Interrupt() {
	in.interrupted.Store(true)
	in.wakers.notify()
}

// SetInterruptHandler registers what Ctrl-C means to a package that drives the program
// (asyncio: cancel the main task). InterruptMain calls h first, from the signal's goroutine,
// with first set for the session's first interrupt; when h reports true it has handled the
// interrupt, otherwise KeyboardInterrupt is raised in the running code.
func (in *Interp) SetInterruptHandler(h func(first bool) bool) { in.onInterrupt.Store(&h) }

// InterruptMain is Ctrl-C: the registered handler's, or KeyboardInterrupt in the running
// code. It is safe to call from any goroutine.
func (in *Interp) InterruptMain() {
	first := in.interrupts.Add(1) == 1
	if h := in.onInterrupt.Load(); h != nil && (*h)(first) {
		return
	}
	in.Interrupt()
}

// Interrupted reports whether Ctrl-C was pressed during the run.
func (in *Interp) Interrupted() bool { return in.interrupts.Load() > 0 }

// OnInterrupt registers wake to be called, from the interrupting goroutine, at every
// Interrupt and Abort until the returned function unregisters it. Code that blocks (a
// sleep, a loop waiting for its next timer) registers a wake that ends the wait, then
// calls TakeInterrupt when it wakes.
func (in *Interp) OnInterrupt(wake func()) (unregister func()) { return in.wakers.add(wake) }

// InterruptChannel registers, as OnInterrupt, a channel that receives at every interrupt:
// the form a select or a Clock's wake argument takes.
func (in *Interp) InterruptChannel() (wake <-chan struct{}, unregister func()) {
	ch := make(chan struct{}, 1)
	return ch, in.OnInterrupt(func() {
		select {
		case ch <- struct{}{}:
		default:
		}
	})
}

// TakeInterrupt delivers a pending interrupt to th as poll would: the abort stopping the
// program, or KeyboardInterrupt (consumed), or nil when none is pending. A built-in that
// blocks calls it when its wait ends, so that Ctrl-C is raised where it waited.
func (in *Interp) TakeInterrupt(th *Thread) error {
	if !in.interrupted.Load() {
		return nil
	}
	if exc := in.aborted.Load(); exc != nil {
		return exc // an abort stays pending: see Abort
	}
	if th.worker {
		return nil // Ctrl-C is for the main thread
	}
	if !in.interrupted.CompareAndSwap(true, false) {
		return nil // another thread took it
	}
	return NewException(KeyboardInterrupt)
}

// poll is called on every backward jump of th: it counts steps and delivers interrupts.
func (in *Interp) poll(th *Thread) error {
	in.steps++
	if in.nothingDue() {
		return nil
	}
	if in.steps&1023 == 0 {
		in.yieldGIL()
	}
	return in.checkStepsNow(th)
}

// nothingDue reports the usual case of poll and checkSteps, every loop iteration's cost: no
// monitor turn, no step limit and no interrupt to check.
func (in *Interp) nothingDue() bool {
	return in.steps&1023 != 0 && in.MaxSteps <= 0 && !in.interrupted.Load()
}

// checkSteps runs the monitor now and then, enforces MaxSteps and delivers a pending
// interrupt. Built-ins call it (through Thread.Step) inside long loops: unlike poll it never
// hands the interpreter lock over, since a built-in may be half way through changing a value.
func (in *Interp) checkSteps(th *Thread) error {
	if in.nothingDue() {
		return nil
	}
	return in.checkStepsNow(th)
}

// checkStepsNow is checkSteps once something may be due.
func (in *Interp) checkStepsNow(th *Thread) error {
	if in.steps&1023 == 0 && in.Monitor != nil {
		if err := in.Monitor(th); err != nil {
			return err
		}
	}
	if in.MaxSteps > 0 && in.steps > in.MaxSteps {
		in.Abort(StepLimitError())
	}
	return in.TakeInterrupt(th)
}

// wakerSet is the functions OnInterrupt registered.
type wakerSet struct {
	mu   sync.Mutex
	next int
	fns  map[int]func()
}

func (w *wakerSet) add(fn func()) func() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.fns == nil {
		w.fns = map[int]func(){}
	}
	id := w.next
	w.next++
	w.fns[id] = fn
	return func() {
		w.mu.Lock()
		delete(w.fns, id)
		w.mu.Unlock()
	}
}

func (w *wakerSet) notify() {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, fn := range w.fns {
		fn()
	}
}
