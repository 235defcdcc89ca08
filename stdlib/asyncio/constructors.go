package asyncio

import "github.com/asyncscript/asyncscript/vm"

func init() {
	// asyncio.Future(*, loop=None): a future on the given loop, or the current one.
	FutureClass.SetConstructor(func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		if len(args) > 0 {
			return nil, vm.Errorf(vm.TypeError, "Future() takes no positional arguments")
		}
		p, err := params("Future", nil, kwargs, "loop")
		if err != nil {
			return nil, err
		}
		return loopArg(th, p[0]).NewFuture(), nil
	})
	// asyncio.Task(coro, *, loop=None, name=None): wrap a coroutine in a task.
	TaskClass.SetConstructor(func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		p, err := params("Task", args, kwargs, "coro", "loop", "name", "context")
		if err != nil {
			return nil, err
		}
		if err := required("Task", p[0], "coro"); err != nil {
			return nil, err
		}
		g, err := asCoroutine(p[0])
		if err != nil {
			return nil, err
		}
		return loopArg(th, p[1]).newTaskIn(g, nameArg(th, p[2]), p[3])
	})
}

// loopArg is the loop a constructor's loop= argument names, or the current event loop.
func loopArg(th *vm.Thread, v vm.Value) *Loop {
	if l, ok := v.(*Loop); ok {
		return l
	}
	return currentLoop(th.Interp())
}
