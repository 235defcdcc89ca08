package stdlib

import (
	"fmt"

	"github.com/asyncscript/asyncscript/vm"
)

// fn is the signature of every built-in function.
type fn = vm.NativeFunc

// checkArgs enforces a built-in's positional argument count, with CPython's wording.
func checkArgs(name string, args []vm.Value, min, max int) error {
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	switch {
	case min == max && min == 1:
		return vm.Errorf(vm.TypeError, "%s() takes exactly one argument (%d given)", name, n)
	case min == max:
		return vm.Errorf(vm.TypeError, "%s expected %d arguments, got %d", name, min, n)
	case n < min:
		return vm.Errorf(vm.TypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
	}
	return vm.Errorf(vm.TypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// noKwargs rejects keyword arguments for built-ins that take none.
func noKwargs(name string, kwargs *vm.Dict) error {
	if kwargs != nil && kwargs.Len() > 0 {
		return vm.Errorf(vm.TypeError, "%s() takes no keyword arguments", name)
	}
	return nil
}

// kwarg takes an allowed keyword argument out of kwargs; unknown keywords are reported by
// rejectRest.
func kwarg(kwargs *vm.Dict, name string) (vm.Value, bool) {
	if kwargs == nil {
		return nil, false
	}
	v, ok := kwargs.GetStr(name)
	if ok {
		_, _ = kwargs.Delete(nil, vm.Str(name))
	}
	return v, ok
}

// rejectRest reports the first keyword argument a built-in did not take.
func rejectRest(fname string, kwargs *vm.Dict) error {
	if kwargs == nil || kwargs.Len() == 0 {
		return nil
	}
	k := kwargs.Keys()[0]
	return vm.Errorf(vm.TypeError, "%s", fmt.Sprintf("'%s' is an invalid keyword argument for %s()", k, fname))
}
