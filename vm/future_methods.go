package vm

// asFuture returns the future inside a Future or Task receiver.
func asFuture(v Value) *Future {
	if t, ok := v.(*Task); ok {
		return &t.Future
	}
	return v.(*Future)
}

func init() {
	defineMethods(FutureClass, []methodDef{
		{name: "result", style: noArgs, fn: func(th *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			f := asFuture(self)
			if !f.Done() {
				return nil, Errorf(InvalidStateError, "Result is not set.")
			}
			return f.AwaitResultError()
		}},
		{name: "exception", style: noArgs, fn: func(th *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			f := asFuture(self)
			switch {
			case f.state == futurePending:
				return nil, Errorf(InvalidStateError, "Exception is not set.")
			case f.state == futureCancelled:
				return nil, f.cancelledError()
			case f.exc != nil:
				f.logTraceback = false
				return f.exc, nil
			}
			return None, nil
		}},
		{name: "done", style: noArgs, fn: func(th *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return Bool(asFuture(self).Done()), nil
		}},
		{name: "cancelled", style: noArgs, fn: func(th *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return Bool(asFuture(self).Cancelled()), nil
		}},
		{name: "cancel", style: tupleArgs, max: 1, kw: []string{"msg"}, fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			return Bool(asFuture(self).CancelAs(orNone(a[0]))), nil
		}},
		{name: "set_result", style: oneArg, min: 1, max: 1, fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			if _, ok := self.(*Task); ok {
				return nil, Errorf(RuntimeError, "Task does not support set_result operation")
			}
			return None, asFuture(self).SetResult(a[0])
		}},
		{name: "set_exception", style: oneArg, min: 1, max: 1, fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			if _, ok := self.(*Task); ok {
				return nil, Errorf(RuntimeError, "Task does not support set_exception operation")
			}
			exc, err := th.makeException(a[0])
			if err != nil {
				return nil, err
			}
			return None, asFuture(self).SetException(exc)
		}},
		{name: "add_done_callback", style: tupleArgs, min: 1, max: 2, kw: []string{"fn", "context"}, fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			asFuture(self).AddDoneCallbackValue(a[0])
			return None, nil
		}},
		{name: "remove_done_callback", style: oneArg, min: 1, max: 1, fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			return MakeInt(int64(asFuture(self).RemoveDoneCallback(a[0]))), nil
		}},
		{name: "get_loop", style: noArgs, fn: func(th *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return asFuture(self).loop, nil
		}},
	})
	defineMethods(TaskClass, []methodDef{
		{name: "get_name", style: noArgs, fn: func(th *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return self.(*Task).Name(), nil
		}},
		{name: "set_name", style: oneArg, min: 1, max: 1, fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			s, err := ToStr(th, a[0])
			self.(*Task).name = Str(s)
			return None, err
		}},
		{name: "get_coro", style: noArgs, fn: func(th *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return self.(*Task).coro, nil
		}},
		{name: "cancelling", style: noArgs, fn: func(th *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return MakeInt(int64(self.(*Task).Cancelling())), nil
		}},
		{name: "uncancel", style: noArgs, fn: func(th *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return MakeInt(int64(self.(*Task).Uncancel())), nil
		}},
	})
}
