package asyncio

import "github.com/asyncscript/asyncscript/vm"

// checkCallback is what debug mode adds to call_soon, call_at (and so call_later),
// call_soon_threadsafe and run_in_executor, as CPython's _check_thread and _check_callback:
// the callback must be a callable that is not a coroutine (function), and the methods other
// than the threadsafe ones must be called from the thread running the loop.
func (l *Loop) checkCallback(th *vm.Thread, callback vm.Value, method string, threadsafe bool) error {
	if !l.debugOn {
		return nil
	}
	// The loop's thread has the identity of the thread running the loop (see vm RunFrom):
	// a caller with another identity is another thread.
	if !threadsafe && l.running && th != l.thread && th.Info() != l.thread.Info() {
		return vm.Errorf(vm.RuntimeError, "Non-thread-safe operation invoked on an event loop other than the current one")
	}
	args := []vm.Value{callback}
	isCoro, _ := builtinIsCoroutine(th, args, nil)
	isCoroFn, _ := builtinIsCoroutineFunction(th, args, nil)
	if isCoro == vm.True || isCoroFn == vm.True {
		return vm.Errorf(vm.TypeError, "coroutines cannot be used with %s()", method)
	}
	if !vm.Callable(callback) {
		return vm.Errorf(vm.TypeError, "a callable object was expected by %s(), got %s", method, reprOf(callback))
	}
	return nil
}
