package stdlib

import (
	"math"
	"time"

	"github.com/asyncscript/asyncscript/vm"
	"github.com/asyncscript/asyncscript/vm/pyfmt"
)

func newTimeModule(in *vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("time")
	monotonic := func(th *vm.Thread, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
		return vm.Float(th.Interp().Clock.Monotonic()), nil
	}
	noArgs := func(name string) vm.Signature {
		return vm.Signature{Name: name, Qual: "time." + name, Style: vm.NoArgs}
	}
	for _, f := range []*vm.Builtin{
		vm.NewFunc(noArgs("time"), func(th *vm.Thread, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Float(th.Interp().Clock.Wall()), nil
		}),
		vm.NewFunc(noArgs("monotonic"), monotonic),
		vm.NewFunc(noArgs("perf_counter"), monotonic),
		vm.NewFunc(vm.Signature{Name: "sleep", Qual: "time.sleep", Style: vm.OneArg}, timeSleep),
		vm.NewFunc(vm.Signature{Name: "strftime", Style: vm.TupleArgs, Min: 1, Max: 2}, func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
			f, ok := args[0].(vm.Str)
			if !ok {
				return nil, vm.Errorf(vm.TypeError, "strftime() argument 1 must be str, not %s", vm.TypeName(args[0]))
			}
			if args[1] != nil {
				return nil, vm.Errorf(vm.TypeError, "time.strftime() with a time tuple is not supported")
			}
			return vm.Str(pyfmt.TimeStrftime(wallTime(th), string(f))), nil
		}),
	} {
		m.Set(f.Name, f)
	}
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
	in.Release() // other threads run while this one sleeps
	in.Clock.Sleep(secs)
	in.Acquire()
	return vm.None, nil
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
		return 0, vm.Errorf(vm.TypeError, "'%s' object cannot be interpreted as an integer", vm.TypeName(arg))
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
