package concurrent

import "github.com/asyncscript/asyncscript/vm"

// wait waits up to timeout seconds for f to be done, with the interpreter lock released;
// TimeoutError when it is not.
func (f *Future) wait(th *vm.Thread, timeoutArgument vm.Value) error {
	timeout, err := timeoutArg(timeoutArgument)
	if err != nil {
		return err
	}
	if f.Done() {
		return nil
	}
	ready, err := Block(th, f.done, Deadline(timeout))
	if err != nil {
		return err
	}
	if !ready {
		return vm.NewException(vm.TimeoutError)
	}
	return nil
}

// callback adapts a Python done-callback: an exception it raises is logged as CPython
// logs it, "exception calling callback for <Future ...>", and goes no further.
func (f *Future) callback(fn vm.Value) func(th *vm.Thread) {
	return func(th *vm.Thread) {
		if _, err := th.Call(fn, []vm.Value{f}, nil); err != nil {
			exc := vm.AsException(err)
			if !exc.Class.IsSubclass(vm.ExceptionType) {
				return // CPython's `except Exception` lets the others through; we drop them
			}
			logTo(th, "error", "exception calling callback for %r", []vm.Value{f}, exc)
		}
	}
}

func init() {
	FutureClass.DefineConstructor(vm.Signature{Style: vm.PyArgs}, func(*vm.Thread, []vm.Value, *vm.Dict) (vm.Value, error) {
		return NewFuture(), nil
	})
	self := func(v vm.Value) *Future { return v.(*Future) }
	timeout := []string{"timeout"}
	FutureClass.DefineMethods([]vm.MethodDef{
		{Name: "result", Style: vm.PyArgs, Max: 1, Kw: timeout, Fn: func(th *vm.Thread, s vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			f := self(s)
			if err := f.wait(th, a[0]); err != nil {
				return nil, err
			}
			result, exc := f.Outcome()
			if exc != nil {
				return nil, exc
			}
			return result, nil
		}},
		{Name: "exception", Style: vm.PyArgs, Max: 1, Kw: timeout, Fn: func(th *vm.Thread, s vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			f := self(s)
			if err := f.wait(th, a[0]); err != nil {
				return nil, err
			}
			_, exc := f.Outcome()
			switch {
			case exc != nil && f.Cancelled():
				return nil, exc
			case exc != nil:
				return exc, nil
			}
			return vm.None, nil
		}},
		{Name: "done", Style: vm.PyArgs, Fn: func(th *vm.Thread, s vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Bool(self(s).Done()), nil
		}},
		{Name: "cancelled", Style: vm.PyArgs, Fn: func(th *vm.Thread, s vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Bool(self(s).Cancelled()), nil
		}},
		{Name: "running", Style: vm.PyArgs, Fn: func(th *vm.Thread, s vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Bool(self(s).running()), nil
		}},
		{Name: "cancel", Style: vm.PyArgs, Fn: func(th *vm.Thread, s vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Bool(self(s).Cancel(th)), nil
		}},
		{Name: "add_done_callback", Style: vm.PyArgs, Min: 1, Max: 1, Kw: []string{"fn"}, Fn: func(th *vm.Thread, s vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			f := self(s)
			f.WhenDone(th, f.callback(a[0]))
			return vm.None, nil
		}},
		{Name: "set_running_or_notify_cancel", Style: vm.PyArgs, Fn: func(th *vm.Thread, s vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			ok, err := self(s).SetRunning(th)
			return vm.Bool(ok), err
		}},
		{Name: "set_result", Style: vm.PyArgs, Min: 1, Max: 1, Kw: []string{"result"}, Fn: func(th *vm.Thread, s vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.None, self(s).set(th, a[0], nil)
		}},
		{Name: "set_exception", Style: vm.PyArgs, Min: 1, Max: 1, Kw: []string{"exception"}, Fn: func(th *vm.Thread, s vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			exc, ok := a[0].(*vm.Exception)
			if !ok {
				return nil, vm.Errorf(vm.TypeError, "set_exception() of concurrent.futures.Future supports only exception instances in asyncscript, not %s", vm.TypeName(a[0]))
			}
			return vm.None, self(s).set(th, nil, exc)
		}},
	})
}
