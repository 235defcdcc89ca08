package stdlib

import (
	"time"

	"github.com/asyncscript/asyncscript/vm"
	"github.com/asyncscript/asyncscript/vm/pyfmt"
)

// processStart anchors perf_counter and monotonic, which only need to increase.
var processStart = time.Now()

func newTimeModule(in *vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("time")
	seconds := func(d time.Duration) vm.Value { return vm.Float(d.Seconds()) }
	funcs := map[string]fn{
		"time": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			if err := checkArgs("time", args, 0, 0); err != nil {
				return nil, err
			}
			return vm.Float(float64(time.Now().UnixNano()) / 1e9), nil
		},
		"monotonic": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			return seconds(time.Since(processStart)), nil
		},
		"perf_counter": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			return seconds(time.Since(processStart)), nil
		},
		"sleep": timeSleep,
		"strftime": func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			if err := checkArgs("strftime", args, 1, 1); err != nil {
				return nil, err
			}
			f, ok := args[0].(vm.Str)
			if !ok {
				return nil, vm.Errorf(vm.TypeError, "strftime() argument 1 must be str, not %s", vm.TypeName(args[0]))
			}
			return vm.Str(pyfmt.Strftime(time.Now(), string(f))), nil
		},
	}
	for name, f := range funcs {
		m.Set(name, vm.NewBuiltin(name, f))
	}
	return m, nil
}

// timeSleep is time.sleep: it blocks the whole interpreter, as it blocks CPython's loop.
func timeSleep(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if err := checkArgs("sleep", args, 1, 1); err != nil {
		return nil, err
	}
	var secs float64
	switch x := args[0].(type) {
	case vm.Float:
		secs = float64(x)
	case vm.Int:
		secs = float64(x)
	case vm.Bool:
		if x {
			secs = 1
		}
	default:
		return nil, vm.Errorf(vm.TypeError, "'%s' object cannot be interpreted as an integer", vm.TypeName(args[0]))
	}
	if secs < 0 {
		return nil, vm.Errorf(vm.ValueError, "sleep length must be non-negative")
	}
	th.Interp().Flush()
	time.Sleep(time.Duration(secs * float64(time.Second)))
	return vm.None, nil
}
