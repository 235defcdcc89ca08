package concurrent

import "github.com/asyncscript/asyncscript/vm"

// The classes of concurrent.futures, named after the modules CPython defines them in.
var (
	// FutureClass is concurrent.futures.Future.
	FutureClass = vm.NewBuiltinClass("Future", vm.ObjectClass)
	// Error is concurrent.futures._base.Error, the base of the module's own exceptions.
	Error = vm.NewBuiltinClass("Error", vm.ExceptionType)
	// CancelledError is what a cancelled future raises; unlike asyncio's, it is an
	// Exception.
	CancelledError = vm.NewBuiltinClass("CancelledError", Error)
	// InvalidStateError is raised by set_result and set_exception on a done future.
	InvalidStateError = vm.NewBuiltinClass("InvalidStateError", Error)
	// BrokenExecutor is raised by an executor that can no longer run calls.
	BrokenExecutor = vm.NewBuiltinClass("BrokenExecutor", vm.RuntimeError)
	// BrokenThreadPool is BrokenExecutor for a pool whose initializer failed.
	BrokenThreadPool = vm.NewBuiltinClass("BrokenThreadPool", BrokenExecutor)
	// PoolClass is the Go thread pool that ThreadPoolExecutor wraps.
	PoolClass = vm.NewBuiltinClass("_Pool", vm.ObjectClass)
	// waiterClass is as_completed's view of the futures it waits for.
	waiterClass = vm.NewBuiltinClass("_Waiter", vm.ObjectClass)
)

func init() {
	for _, c := range []*vm.Class{FutureClass, Error, CancelledError, InvalidStateError, BrokenExecutor} {
		c.Module = "concurrent.futures._base"
	}
	for _, c := range []*vm.Class{BrokenThreadPool, PoolClass} {
		c.Module = "concurrent.futures.thread"
	}
	waiterClass.Module = "_concurrent"
}
