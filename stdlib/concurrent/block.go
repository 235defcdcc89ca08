package concurrent

import (
	"math"
	"time"

	"github.com/asyncscript/asyncscript/vm"
)

// forever is the timeout that never expires (timeout=None).
const forever = -1.0

// timeoutArg reads a timeout argument: None (or missing) is forever; a negative one
// expires at once, as threading's waits treat it.
func timeoutArg(v vm.Value) (float64, error) {
	if v == nil || vm.IsNone(v) {
		return forever, nil
	}
	f, ok := vm.ToFloat(v)
	if !ok {
		// CPython's Condition.wait compares it with 0 first.
		return 0, vm.Errorf(vm.TypeError, "'>' not supported between instances of '%s' and 'int'", vm.TypeName(v))
	}
	return math.Max(f, 0), nil
}

// Deadline is when a wait of timeout seconds from now ends, for Block; nil for forever (a
// negative timeout). Waits are in real time: what they wait for runs on other threads,
// whose time is real.
func Deadline(timeout float64) *time.Time {
	if timeout < 0 {
		return nil
	}
	t := time.Now().Add(time.Duration(timeout * float64(time.Second)))
	return &t
}

// Block waits, with the interpreter lock released, until ready fires (a receive from it
// succeeds) or the deadline (nil: none) passes; it reports whether ready fired. Ctrl-C ends
// the wait of the main thread with KeyboardInterrupt (a worker's wait goes on, as signals
// reach only CPython's main thread); the receive may have happened too.
func Block(th *vm.Thread, ready <-chan struct{}, until *time.Time) (bool, error) {
	in := th.Interp()
	var interrupt <-chan struct{} // nil: Ctrl-C does not reach a worker thread
	if !th.IsWorker() {
		var unregister func()
		interrupt, unregister = in.InterruptChannel()
		defer unregister()
	}
	var expired <-chan time.Time // nil: no deadline
	if until != nil {
		t := time.NewTimer(time.Until(*until))
		defer t.Stop()
		expired = t.C
	}
	in.Flush()
	defer in.Blocking(th)()
	in.Release() // the threads that make ready fire need the lock
	fired := false
	select {
	case <-ready:
		fired = true
	case <-expired:
	case <-interrupt:
	}
	in.Acquire()
	return fired, in.TakeInterrupt(th)
}
