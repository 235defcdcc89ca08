package stdlib

import (
	"time"

	"github.com/asyncscript/asyncscript/vm"
	"github.com/asyncscript/asyncscript/vm/pyfmt"
)

// newDatetimeCore is _datetime, the Go half of lib/datetime.py: glibc-exact strftime, which
// the Python half calls after replacing %f, %z and %Z itself, as CPython's datetime does
// before handing the format to the C library, and new_instance, which makes an instance
// without running __init__ for results that need no argument checks.
var newDatetimeCore = coreModule("_datetime", vm.NewFunc(vm.Signature{Name: "strftime", Style: vm.PosArgs, Min: 7, Max: 7}, datetimeStrftime), newInstanceFunc())

// datetimeStrftime is _datetime.strftime(format, year, month, day, hour, minute, second):
// the fields as a naive local time, so %s counts seconds as glibc does.
func datetimeStrftime(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	format, ok := args[0].(vm.Str)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "strftime() argument 1 must be str, not %s", vm.TypeName(args[0]))
	}
	var n [6]int
	for i := range n {
		v, err := intArg("strftime", args[i+1])
		if err != nil {
			return nil, err
		}
		n[i] = v
	}
	t := time.Date(n[0], time.Month(n[1]), n[2], n[3], n[4], n[5], 0, time.Local)
	return vm.Str(pyfmt.StrftimeNaive(t, string(format))), nil
}

// timeStrptime is time.strptime, written in Python in lib/_strptime.py with datetime's.
func timeStrptime(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	m, err := th.Interp().Import("_strptime")
	if err != nil {
		return nil, err
	}
	f, err := vm.GetAttr(th, m, "_strptime_time")
	if err != nil {
		return nil, err
	}
	return th.Call(f, args, nil)
}
