package asyncio

import "github.com/asyncscript/asyncscript/vm"

// futureIterClass is the class of what Future.__await__() returns: driving it is awaiting
// the future, so a script's own __await__ can `return (yield from fut.__await__())`.
var futureIterClass = vm.NewAwaitIterClass("FutureIter")

// Future.__await__ and its alias __iter__, which tasks inherit.
func init() {
	futureIterClass.Module = "_asyncio"
	await := func(_ *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
		return vm.AwaitIterator(futureIterClass, self), nil
	}
	FutureClass.DefineMethods([]vm.MethodDef{
		{Name: "__await__", Style: vm.NoArgs, Fn: await},
		{Name: "__iter__", Style: vm.NoArgs, Fn: await},
	})
}

// AwaitIter implements vm.AwaitIterable: the coroutine awaiting a future or a task shows a
// FutureIter as its cr_await, as in CPython.
func (f *Future) AwaitIter() vm.Value { return vm.AwaitIterator(futureIterClass, f.self) }
