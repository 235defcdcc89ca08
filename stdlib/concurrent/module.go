package concurrent

import "github.com/asyncscript/asyncscript/vm"

// Install registers _concurrent, the core stdlib/lib/concurrent.futures.py builds on.
func Install(in *vm.Interp) { in.RegisterModule("_concurrent", newCore) }

func newCore(in *vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("_concurrent")
	for name, c := range map[string]*vm.Class{
		"Future": FutureClass, "Error": Error, "CancelledError": CancelledError,
		"InvalidStateError": InvalidStateError, "BrokenExecutor": BrokenExecutor,
		"BrokenThreadPool": BrokenThreadPool,
	} {
		m.Set(name, c)
	}
	m.Set("DEFAULT_MAX_WORKERS", vm.Int(DefaultMaxWorkers()))
	m.Set("FIRST_COMPLETED", vm.Str(firstCompleted))
	m.Set("FIRST_EXCEPTION", vm.Str(firstException))
	m.Set("ALL_COMPLETED", vm.Str(allCompleted))
	m.Set("wait", vm.NewFunc(vm.Signature{Name: "wait", Style: vm.PosArgs, Min: 3, Max: 3}, waitFutures))
	m.Set("_Waiter", vm.NewFunc(vm.Signature{Name: "_Waiter", Style: vm.PosArgs, Min: 2, Max: 2}, newCompletionWaiter))
	// _Pool(max_workers, prefix, initializer, initargs) is the pool a ThreadPoolExecutor
	// wraps; the executor checks the arguments as CPython's does.
	m.Set("_Pool", vm.NewFunc(vm.Signature{Name: "_Pool", Style: vm.PosArgs, Min: 4, Max: 4}, func(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
		n, ok := a[0].(vm.Int)
		if !ok {
			return nil, vm.Errorf(vm.TypeError, "asyncscript needs an int max_workers, not %s", vm.TypeName(a[0]))
		}
		prefix, _ := a[1].(vm.Str)
		var initializer vm.Value
		if !vm.IsNone(a[2]) {
			initializer = a[2]
		}
		var initargs []vm.Value
		if err := vm.Iterate(th, a[3], func(v vm.Value) error { initargs = append(initargs, v); return nil }); err != nil {
			return nil, err
		}
		return NewPool(in, int(n), string(prefix), initializer, initargs), nil
	}))
	return m, nil
}

func init() {
	PoolClass.DefineMethods([]vm.MethodDef{
		// submit(fn, args, kwargs)
		{Name: "submit", Style: vm.PosArgs, Min: 3, Max: 3, Fn: func(th *vm.Thread, s vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			args, _ := a[1].(vm.Tuple)
			kwargs, _ := a[2].(*vm.Dict)
			f, err := s.(*Pool).Submit(a[0], append([]vm.Value(nil), args...), kwargs, nil)
			if err != nil {
				return nil, err
			}
			return f, nil
		}},
		// shutdown(wait, cancel_futures)
		{Name: "shutdown", Style: vm.PosArgs, Min: 2, Max: 2, Fn: func(th *vm.Thread, s vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			wait, err := vm.Truth(th, a[0])
			if err != nil {
				return nil, err
			}
			cancel, err := vm.Truth(th, a[1])
			if err != nil {
				return nil, err
			}
			return vm.None, s.(*Pool).Shutdown(th, wait, cancel)
		}},
	})
}
