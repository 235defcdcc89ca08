package vm

// Interrupt asks the running program to stop with KeyboardInterrupt at its next loop
// iteration. It is safe to call from any goroutine (a signal handler).
func (in *Interp) Interrupt() { in.interrupted.Store(true) }

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

// poll is called on every backward jump of th: it counts steps and delivers interrupts.
func (in *Interp) poll(th *Thread) error {
	in.steps++
	if in.steps&1023 == 0 {
		in.yieldGIL()
	}
	return in.checkSteps(th)
}

// checkSteps runs the monitor now and then, enforces MaxSteps and delivers a pending
// interrupt. Built-ins call it (through Thread.Step) inside long loops: unlike poll it never
// hands the interpreter lock over, since a built-in may be half way through changing a value.
func (in *Interp) checkSteps(th *Thread) error {
	if in.steps&1023 == 0 && in.Monitor != nil {
		if err := in.Monitor(th); err != nil {
			return err
		}
	}
	if in.MaxSteps > 0 && in.steps > in.MaxSteps {
		in.Abort(StepLimitError())
	}
	if in.interrupted.Load() {
		if exc := in.aborted.Load(); exc != nil {
			return exc // an abort stays pending: see Abort
		}
		in.interrupted.Store(false)
		return NewException(KeyboardInterrupt)
	}
	return nil
}
