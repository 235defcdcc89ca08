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
	FutureClass.DefineMethods([]vm.MethodDef{
		{Name: "result", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			f := asFuture(self)
			if !f.Done() {
				return nil, vm.Errorf(InvalidStateError, "Result is not set.")
			}
			return f.AwaitResultError()
		}},
		{Name: "exception", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
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
		}},
		{Name: "done", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Bool(asFuture(self).Done()), nil
		}},
		{Name: "cancelled", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Bool(asFuture(self).Cancelled()), nil
		}},
		{Name: "cancel", Style: vm.ClinicArgs, Max: 1, Kw: []string{"msg"}, Fn: func(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Bool(asFuture(self).CancelAs(vm.OrNone(a[0]))), nil
		}},
		{Name: "set_result", Style: vm.OneArg, Fn: func(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			if _, ok := self.(*Task); ok {
				return nil, vm.Errorf(vm.RuntimeError, "Task does not support set_result operation")
			}
			return vm.None, asFuture(self).SetResult(a[0])
		}},
		{Name: "set_exception", Style: vm.OneArg, Fn: func(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			if _, ok := self.(*Task); ok {
				return nil, vm.Errorf(vm.RuntimeError, "Task does not support set_exception operation")
			}
			exc, err := th.MakeException(a[0])
			if err != nil {
				return nil, err
			}
			return vm.None, asFuture(self).SetException(exc)
		}},
		{Name: "add_done_callback", Style: vm.ClinicArgs, Min: 1, Max: 1, Kw: []string{""}, KwOnly: []string{"context"}, Fn: func(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			asFuture(self).AddDoneCallbackValue(a[0])
			return vm.None, nil
		}},
		{Name: "remove_done_callback", Style: vm.OneArg, Fn: func(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.MakeInt(int64(asFuture(self).RemoveDoneCallback(a[0]))), nil
		}},
		{Name: "get_loop", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return asFuture(self).loop, nil
		}},
	})
}
