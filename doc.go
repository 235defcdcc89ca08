// Package asyncscript embeds the asyncscript language, a subset of Python 3.11 built around
// async/await, in a Go program.
//
// New makes an interpreter; Func and AsyncFunc give scripts Go functions (an AsyncFunc is
// awaited by the script and runs on a worker goroutine, its context cancelled when the
// awaiting task is cancelled); SetGlobal gives them Go values; Run runs a module, Call calls
// one of its functions and Eval evaluates an expression. Values convert both ways by
// reflection (see Func and the conversions in docs/embedding.md).
//
// Limits: Options.MaxSteps and Options.MaxMemory bound each Run, Call and Eval, and the
// context passed to them bounds its time. A run past a limit stops with an error matching
// ErrStepLimit, ErrMemoryLimit, context.DeadlineExceeded or context.Canceled (errors.Is);
// a script cannot catch these, not even with `except BaseException`, and no finally block
// runs once one has struck.
//
// An Interpreter is used by one goroutine at a time; distinct interpreters share nothing and
// run in parallel.
package asyncscript
