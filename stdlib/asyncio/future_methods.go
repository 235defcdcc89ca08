package asyncio

import "github.com/asyncscript/asyncscript/vm"

// asFuture returns the future inside a Future or Task receiver.
func asFuture(v vm.Value) *Future {
	if t, ok := v.(*Task); ok {
		return &t.Future
	}
	return v.(*Future)
}

// The methods of futures, which tasks inherit; set_result and set_exception refuse tasks.
func init() {
	vm.DefineMethod(FutureClass, "result", 0, 0, nil, func(th *vm.Thread, self vm.Value, _ []vm.Value) (vm.Value, error) {
		f := asFuture(self)
		if !f.Done() {
			return nil, vm.Errorf(InvalidStateError, "Result is not set.")
		}
		return f.AwaitResultError()
	})
	vm.DefineMethod(FutureClass, "exception", 0, 0, nil, func(th *vm.Thread, self vm.Value, _ []vm.Value) (vm.Value, error) {
		f := asFuture(self)
		switch {
		case f.state == futurePending:
			return nil, vm.Errorf(InvalidStateError, "Exception is not set.")
		case f.state == futureCancelled:
			return nil, f.cancelledError()
		case f.exc != nil:
			f.retrieve()
			return f.exc, nil
		}
		return vm.None, nil
	})
	vm.DefineMethod(FutureClass, "done", 0, 0, nil, func(th *vm.Thread, self vm.Value, _ []vm.Value) (vm.Value, error) {
		return vm.Bool(asFuture(self).Done()), nil
	})
	vm.DefineMethod(FutureClass, "cancelled", 0, 0, nil, func(th *vm.Thread, self vm.Value, _ []vm.Value) (vm.Value, error) {
		return vm.Bool(asFuture(self).Cancelled()), nil
	})
	vm.DefineMethod(FutureClass, "cancel", 0, 1, []string{"msg"}, func(th *vm.Thread, self vm.Value, a []vm.Value) (vm.Value, error) {
		return vm.Bool(asFuture(self).CancelAs(orNone(a[0]))), nil
	})
	vm.DefineMethod(FutureClass, "set_result", 1, 1, nil, func(th *vm.Thread, self vm.Value, a []vm.Value) (vm.Value, error) {
		if _, ok := self.(*Task); ok {
			return nil, vm.Errorf(vm.RuntimeError, "Task does not support set_result operation")
		}
		return vm.None, asFuture(self).SetResult(a[0])
	})
	vm.DefineMethod(FutureClass, "set_exception", 1, 1, nil, func(th *vm.Thread, self vm.Value, a []vm.Value) (vm.Value, error) {
		if _, ok := self.(*Task); ok {
			return nil, vm.Errorf(vm.RuntimeError, "Task does not support set_exception operation")
		}
		exc, err := th.MakeException(a[0])
		if err != nil {
			return nil, err
		}
		return vm.None, asFuture(self).SetException(exc)
	})
	vm.DefineMethod(FutureClass, "add_done_callback", 1, 2, []string{"fn", "context"}, func(th *vm.Thread, self vm.Value, a []vm.Value) (vm.Value, error) {
		asFuture(self).AddDoneCallbackValue(a[0])
		return vm.None, nil
	})
	vm.DefineMethod(FutureClass, "remove_done_callback", 1, 1, nil, func(th *vm.Thread, self vm.Value, a []vm.Value) (vm.Value, error) {
		return vm.MakeInt(int64(asFuture(self).RemoveDoneCallback(a[0]))), nil
	})
	vm.DefineMethod(FutureClass, "get_loop", 0, 0, nil, func(th *vm.Thread, self vm.Value, _ []vm.Value) (vm.Value, error) {
		return asFuture(self).loop, nil
	})
}
