package stdlib

import (
	"math"
	"time"

	"github.com/asyncscript/asyncscript/vm"
)

func newTimeModule(in *vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("time")
	monotonic := func(th *vm.Thread, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
		return vm.Float(th.Interp().Clock.Monotonic()), nil
	}
	noArgs := func(name string) vm.Signature {
		return vm.Signature{Name: name, Qual: "time." + name, Style: vm.NoArgs}
	}
	for _, f := range append([]*vm.Builtin{
		vm.NewFunc(noArgs("time"), func(th *vm.Thread, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Float(th.Interp().Clock.Wall()), nil
		}),
		vm.NewFunc(noArgs("monotonic"), monotonic),
		vm.NewFunc(noArgs("perf_counter"), monotonic),
		vm.NewFunc(vm.Signature{Name: "sleep", Qual: "time.sleep", Style: vm.OneArg}, timeSleep),
		// time.strptime passes its positional arguments on to _strptime._strptime_time.
		vm.NewFunc(vm.Signature{Name: "strptime", Style: vm.VarArgs}, timeStrptime),
	}, timeStructFuncs()...) {
		m.Set(f.Name, f)
	}
	m.Set("struct_time", structTimeClass)
	return m, nil
}

// timeSleep is time.sleep: it blocks the whole interpreter, as it blocks CPython's loop.
func timeSleep(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	secs, err := sleepSeconds(args[0])
	if err != nil {
		return nil, err
	}
	if secs < 0 {
		return nil, vm.Errorf(vm.ValueError, "sleep length must be non-negative")
	}
	in := th.Interp()
	in.Flush()
	var wake <-chan struct{} // nil: a worker's sleep runs on, as Ctrl-C is for the main thread
	if !th.IsWorker() {
		var unregister func()
		wake, unregister = in.InterruptChannel()
		defer unregister()
		if err := in.TakeInterrupt(th); err != nil {
			return nil, err // Ctrl-C before the sleep began
		}
	}
	in.Release() // other threads run while this one sleeps
	if wc, ok := in.Clock.(vm.WorkerClock); ok && th.IsWorker() {
		wc.SleepWorker(secs) // on a virtual clock, a sleeping worker is not busy
	} else {
		in.Clock.Sleep(secs, wake)
	}
	in.Acquire()
	// Ctrl-C ends the sleep with KeyboardInterrupt raised here, as in CPython.
	return vm.None, in.TakeInterrupt(th)
}

// maxSleepSeconds bounds a sleep as CPython does: its clock counts int64 nanoseconds.
const maxSleepSeconds = math.MaxInt64 / 1e9

// sleepSeconds converts time.sleep's argument, rejecting what CPython's clock cannot hold
// with CPython's messages.
func sleepSeconds(arg vm.Value) (float64, error) {
	secs, ok := vm.ToFloat(arg)
	switch {
	case !ok:
		if _, isBig := arg.(*vm.BigInt); isBig {
			return 0, vm.Errorf(vm.OverflowError, "timestamp too large to convert to C _PyTime_t")
		}
		return 0, notAnInteger(arg)
	case math.IsNaN(secs):
		return 0, vm.Errorf(vm.ValueError, "Invalid value NaN (not a number)")
	case math.Abs(secs) >= maxSleepSeconds:
		if _, isFloat := arg.(vm.Float); isFloat {
			return 0, vm.Errorf(vm.OverflowError, "timestamp out of range for platform time_t")
		}
		return 0, vm.Errorf(vm.OverflowError, "timestamp too large to convert to C _PyTime_t")
	}
	return secs, nil
}

// wallTime is the interpreter clock's wall time in the local time zone.
func wallTime(th *vm.Thread) time.Time {
	w := th.Interp().Clock.Wall()
	sec := int64(w)
	return time.Unix(sec, int64((w-float64(sec))*1e9)).Local()
}
