package asyncio

import "github.com/asyncscript/asyncscript/vm"

// The exceptions of asyncio. CancelledError derives from BaseException, so `except
// Exception` does not catch a cancellation.
var (
	CancelledError    = vm.NewBuiltinClass("CancelledError", vm.BaseException)
	InvalidStateError = vm.NewBuiltinClass("InvalidStateError", vm.ExceptionType)
	// DeadlockError stops a program whose event loop can make no progress: no callback is
	// ready, no timer is pending and no worker is running, yet the awaited result is
	// missing. CPython would wait forever; asyncscript reports every pending task and where
	// it waits. It is not an Exception, so ordinary handlers do not swallow it.
	DeadlockError = vm.NewBuiltinClass("DeadlockError", vm.BaseException)
)

func init() {
	CancelledError.Module = "asyncio.exceptions"
	InvalidStateError.Module = "asyncio.exceptions"
}
