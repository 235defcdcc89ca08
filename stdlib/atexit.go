package stdlib

import (
	"github.com/asyncscript/asyncscript/vm"
)

// exitCall is one function registered with atexit.register and the arguments to call it with.
type exitCall struct {
	fn     vm.Value
	args   []vm.Value
	kwargs *vm.Dict
}

// exitCallsKey holds each interpreter's registered exit functions, in registration order.
var exitCallsKey = vm.NewKey(func(*vm.Interp) *[]exitCall { return new([]exitCall) })

// newAtexitModule is atexit: register, unregister, and the private helpers CPython's tests use.
func newAtexitModule(in *vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("atexit")
	calls := exitCallsKey.Get(in)
	m.Set("register", vm.NewFunc(vm.Signature{Name: "register", Style: vm.VarKwArgs}, func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		if len(args) == 0 {
			return nil, vm.Errorf(vm.TypeError, "register() takes at least 1 argument (0 given)")
		}
		if !vm.Callable(args[0]) {
			return nil, vm.Errorf(vm.TypeError, "the first argument must be callable")
		}
		*calls = append(*calls, exitCall{fn: args[0], args: append([]vm.Value(nil), args[1:]...), kwargs: kwargs})
		return args[0], nil
	}))
	m.Set("unregister", vm.NewFunc(vm.Signature{Name: "unregister", Qual: "atexit.unregister", Style: vm.OneArg}, func(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
		kept := (*calls)[:0]
		for _, c := range *calls {
			same, err := vm.Equal(th, c.fn, args[0])
			if err != nil {
				return nil, err
			}
			if !same {
				kept = append(kept, c)
			}
		}
		*calls = kept
		return vm.None, nil
	}))
	m.Set("_run_exitfuncs", vm.NewFunc(vm.Signature{Name: "_run_exitfuncs", Qual: "atexit._run_exitfuncs", Style: vm.NoArgs}, func(th *vm.Thread, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
		runExitCalls(th)
		return vm.None, nil
	}))
	m.Set("_clear", vm.NewFunc(vm.Signature{Name: "_clear", Qual: "atexit._clear", Style: vm.NoArgs}, func(*vm.Thread, []vm.Value, *vm.Dict) (vm.Value, error) {
		*calls = nil
		return vm.None, nil
	}))
	m.Set("_ncallbacks", vm.NewFunc(vm.Signature{Name: "_ncallbacks", Qual: "atexit._ncallbacks", Style: vm.NoArgs}, func(*vm.Thread, []vm.Value, *vm.Dict) (vm.Value, error) {
		return vm.MakeInt(int64(len(*calls))), nil
	}))
	return m, nil
}

// RunExitFunctions runs the functions a program registered with atexit.register, last
// registered first, as CPython does when the interpreter ends: after the main module has
// finished, also when it ended with an uncaught exception (whose traceback the caller prints
// first). An exception in one of them is reported on stderr as "Exception ignored in atexit
// callback" and the others still run. Each function runs once.
func RunExitFunctions(in *vm.Interp) {
	_ = in.Guard(func() error {
		runExitCalls(in.MainThread())
		return nil
	})
	in.Flush()
}

// runExitCalls empties the interpreter's list of exit functions and calls them in reverse.
// As in CPython, a function registered while they run is not called.
func runExitCalls(th *vm.Thread) {
	calls := exitCallsKey.Get(th.Interp())
	pending := *calls
	*calls = nil
	for i := len(pending) - 1; i >= 0; i-- {
		c := pending[i]
		if _, err := th.Call(c.fn, c.args, c.kwargs); err != nil {
			reportExitError(th, c.fn, err)
		}
	}
}

// reportExitError prints an exit function's exception as CPython's unraisable hook does.
func reportExitError(th *vm.Thread, fn vm.Value, err error) {
	in := th.Interp()
	exc, ok := err.(*vm.Exception)
	if !ok {
		in.WriteErr(err.Error() + "\n")
		return
	}
	what, rerr := vm.Repr(th, fn)
	if rerr != nil {
		what = "<object repr() failed>"
	}
	in.WriteErr("Exception ignored in atexit callback: " + what + "\n" + in.FormatException(exc))
}
