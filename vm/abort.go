package vm

// An abort stops a program for good: the embedder's step, memory or time limit ran out. It is
// the one exception a script cannot catch, as starlark's Thread.Cancel: while an interpreter
// is aborted, unwinding runs no except or finally block in any frame, and every later loop
// iteration (and call) raises the abort again, so no handler in Go code (a task's step,
// gather) can keep the program going either. ClearAbort makes the interpreter usable again.

// Abort stops the running program with exc at its next loop iteration or call, uncatchably.
// It is safe to call from any goroutine; the first abort wins until ClearAbort.
func (in *Interp) Abort(exc *Exception) {
	if in.aborted.CompareAndSwap(nil, exc) {
		in.interrupted.Store(true) // poll's slow path delivers it
	}
}

// Aborted returns the exception the interpreter was aborted with, or nil.
func (in *Interp) Aborted() *Exception { return in.aborted.Load() }

// ClearAbort ends an abort and restarts the step count, so the interpreter can run again
// (an embedder's next call).
func (in *Interp) ClearAbort() {
	in.aborted.Store(nil)
	in.interrupted.Store(false)
	in.steps = 0
}

// StepLimitError is the exception that aborts a program past Interp.MaxSteps.
func StepLimitError() *Exception {
	return NewException(StepLimitExceeded, Str("the program ran more loop iterations than allowed"))
}
