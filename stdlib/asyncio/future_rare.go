package asyncio

import "github.com/asyncscript/asyncscript/vm"

// futureRare holds the fields few futures and tasks ever set (a cancellation message, an
// unread failure, a name given to a task...), out of line: a pending future or task then
// stays in a smaller size class, which counts when 200,000 tasks wait at once. It is made
// by the first write; reads treat a missing one as all unset.
type futureRare struct {
	// cancelMsg is the message of the future's cancellation; nil reads as None.
	cancelMsg vm.Value
	// cancelledExc is the CancelledError that ended a task's coroutine, raised (once) by
	// the first await or result() after it, so its traceback shows where the task was, as
	// CPython's _cancelled_exc.
	cancelledExc *vm.Exception
	// unret is set while a failed task's exception is unread (see unretrieved).
	unret *unretrieved
	// cancelHook replaces cancellation for futures that stand for others (gather's).
	cancelHook func(msg vm.Value) bool
	// name is a task's name once given or asked for; until then a default name is only the
	// task's number, so making a task costs no string formatting.
	name vm.Value
	// taskCancelMsg is the message of the cancellation a task's next step throws in; nil
	// reads as None.
	taskCancelMsg vm.Value
}

// more is the future's out-of-line fields, made on first use.
func (f *Future) more() *futureRare {
	if f.rare == nil {
		f.rare = &futureRare{}
	}
	return f.rare
}

// noneIfNil reads an unset message as None.
func noneIfNil(v vm.Value) vm.Value {
	if v == nil {
		return vm.None
	}
	return v
}

// cancelMessageOrEmpty is the message of the future's cancellation, ” when it had none.
func (f *Future) cancelMessageOrEmpty() vm.Value {
	if r := f.rare; r != nil && r.cancelMsg != nil && !vm.IsNone(r.cancelMsg) {
		return r.cancelMsg
	}
	return vm.Str("")
}
