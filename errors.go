package asyncscript

import (
	"errors"

	"github.com/asyncscript/asyncscript/vm"
)

// The limits a run can reach. The error a run returns matches one of them with errors.Is,
// as it matches context.DeadlineExceeded or context.Canceled when its context ended it.
var (
	// ErrStepLimit: the run passed Options.MaxSteps.
	ErrStepLimit = errors.New("asyncscript: step limit exceeded")
	// ErrMemoryLimit: the run's data passed Options.MaxMemory.
	ErrMemoryLimit = errors.New("asyncscript: memory limit exceeded")
)

// Error is a Python exception as a Go error, both ways.
//
// Run, Call and Eval return an *Error for an exception the script did not catch (or a
// syntax error): Error() is the traceback text CPython would print, Type and Message the
// exception's class name and str(). A Go function given to Func or AsyncFunc returns an
// *Error (anywhere in its error chain) to raise that class: &Error{Type: "ValueError",
// Message: "bad key"}; Type names a built-in exception class, and any other error raises
// RuntimeError.
type Error struct {
	// Type is the exception's class name: "ValueError", "asyncio.exceptions.CancelledError".
	Type string
	// Message is str() of the exception; it may be empty.
	Message string
	// Traceback is the text CPython prints for it, ending in "Type: Message\n"; empty for
	// an error made by Go code.
	Traceback string
	// Exception is the exception object itself (nil for an error made by Go code).
	Exception *vm.Exception
	// limit is the limit or context error that stopped the run, for errors.Is.
	limit error
}

// Error returns the traceback text, or "Type: Message" when there is none.
func (e *Error) Error() string {
	if e.Traceback != "" {
		return e.Traceback
	}
	if e.Message == "" {
		return e.Type
	}
	return e.Type + ": " + e.Message
}

// Unwrap returns the limit that stopped the run (ErrStepLimit, ErrMemoryLimit or the
// context's error), or nil.
func (e *Error) Unwrap() error { return e.limit }

// exceptionError describes an exception the script raised as an *Error.
func (it *Interpreter) exceptionError(exc *vm.Exception, limit error) *Error {
	line := vm.ExceptionLine(it.in.MainThread(), exc)
	msg, _ := vm.ToStr(it.in.MainThread(), exc)
	typ := line
	if msg != "" {
		typ = line[:len(line)-len(msg)-2]
	}
	return &Error{Type: typ, Message: msg, Traceback: it.in.FormatException(exc), Exception: exc, limit: limit}
}

// goException turns an error a Go function returned into the exception it raises.
func (it *Interpreter) goException(err error) *vm.Exception {
	var pe *Error
	if errors.As(err, &pe) {
		if pe.Exception != nil {
			return pe.Exception
		}
		if v, ok := it.in.Builtins.Get(pe.Type); ok {
			if c, ok := v.(*vm.Class); ok && c.IsSubclass(vm.BaseException) {
				if pe.Message == "" {
					return vm.NewException(c)
				}
				return vm.NewException(c, vm.Str(pe.Message))
			}
		}
	}
	return vm.NewException(vm.RuntimeError, vm.Str(err.Error()))
}
