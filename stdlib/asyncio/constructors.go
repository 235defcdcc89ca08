package asyncio

import "github.com/asyncscript/asyncscript/vm"

func init() {
	// asyncio.Future(*, loop=None): a future on the given loop, or the current one.
	FutureClass.DefineConstructor(vm.Signature{Style: vm.ClinicArgs, KwOnly: []string{"loop"}},
		func(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return loopArg(th, p[0]).NewFuture(), nil
		})
	// asyncio.Task(coro, *, loop=None, name=None, context=None): wrap a coroutine in a task.
	TaskClass.DefineConstructor(vm.Signature{Style: vm.ClinicArgs, Min: 1, Max: 1, Kw: []string{"coro"}, KwOnly: []string{"loop", "name", "context"}},
		func(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
			g, err := asCoroutine(th.Interp(), p[0])
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
