package asyncio

import (
	"github.com/asyncscript/asyncscript/stdlib/concurrent"
	"github.com/asyncscript/asyncscript/vm"
)

// The loop's executors. The default one is a concurrent.Pool whose workers are named
// asyncio_0, asyncio_1..., as CPython's ThreadPoolExecutor(thread_name_prefix='asyncio');
// set_default_executor may replace it with a ThreadPoolExecutor of the script's.

// defaultPool is the loop's own default executor, made on first use.
func (l *Loop) defaultPool() *concurrent.Pool {
	if l.executor == nil {
		l.executor = concurrent.NewPool(l.interp, concurrent.DefaultMaxWorkers(), "asyncio", nil, nil)
	}
	return l.executor
}

// submit hands fn(*args, **kwargs), to run in ctx (nil: the worker's own), to executor (None:
// the default one) and returns the concurrent future of its outcome, as run_in_executor does
// through executor.submit.
func (l *Loop) submit(th *vm.Thread, executor vm.Value, ctx *vm.Context, fn vm.Value, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if vm.IsNone(executor) {
		if l.executorShutdown {
			return nil, vm.Errorf(vm.RuntimeError, "Executor shutdown has been called")
		}
		executor = l.userExecutor
		if executor == nil {
			return l.defaultPool().Submit(fn, args, kwargs, ctx)
		}
	}
	if ctx != nil {
		fn, args, kwargs = runsIn(ctx, fn, args, kwargs), nil, nil
	}
	submit, err := vm.GetAttr(th, executor, "submit")
	if err != nil {
		return nil, err
	}
	return th.Call(submit, append([]vm.Value{fn}, args...), kwargs)
}

// runsIn is functools.partial(ctx.run, fn, *args, **kwargs), what to_thread gives an
// executor of the script's.
func runsIn(ctx *vm.Context, fn vm.Value, args []vm.Value, kwargs *vm.Dict) vm.Value {
	return vm.NewBuiltin("run", func(th *vm.Thread, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
		defer th.SetContext(th.SetContext(ctx))
		return th.Call(fn, args, kwargs)
	})
}

// setDefaultExecutor is loop.set_default_executor(executor): a ThreadPoolExecutor only.
func setDefaultExecutor(th *vm.Thread, l *Loop, p []vm.Value) (vm.Value, error) {
	cls, err := importAttr(th, "concurrent.futures", "ThreadPoolExecutor")
	if err != nil {
		return nil, err
	}
	if c, ok := cls.(*vm.Class); !ok || !p[0].Type().IsSubclass(c) {
		return nil, vm.Errorf(vm.TypeError, "executor must be ThreadPoolExecutor instance")
	}
	l.userExecutor = p[0]
	return vm.None, nil
}

// shutdownDefaultExecutor is loop.shutdown_default_executor(): a future done once the
// default executor is shut down and every call given to it has finished; the loop keeps
// running meanwhile, so what the calls hand back to it still happens.
func (l *Loop) shutdownDefaultExecutor() *Future {
	l.executorShutdown = true
	fut := l.NewFuture()
	switch {
	case l.userExecutor != nil:
		// CPython calls executor.shutdown(wait=True) on a thread of its own.
		l.WorkerStarted()
		go func() {
			th := l.interp.NewWorkerThread()
			l.interp.Acquire()
			err := l.callShutdown(th, l.userExecutor)
			l.interp.Release()
			l.Post(func() {
				l.WorkerDone()
				if err != nil {
					_ = fut.SetException(vm.AsException(err))
					return
				}
				_ = fut.SetResult(vm.None)
			})
		}()
	case l.executor != nil:
		_ = l.executor.Shutdown(l.thread, false, false)
		ended := l.executor.Ended()
		l.WorkerStarted()
		go func() {
			<-ended
			l.Post(func() {
				l.WorkerDone()
				_ = fut.SetResult(vm.None)
			})
		}()
	default:
		_ = fut.SetResult(vm.None)
	}
	return fut
}

// callShutdown calls executor.shutdown(wait=True) on th, which holds the interpreter lock.
func (l *Loop) callShutdown(th *vm.Thread, executor vm.Value) error {
	shutdown, err := vm.GetAttr(th, executor, "shutdown")
	if err != nil {
		return err
	}
	kw := vm.NewDict()
	kw.SetStr("wait", vm.True)
	_, err = th.Call(shutdown, nil, kw)
	return err
}

// importAttr is module's attribute name, the module imported if need be.
func importAttr(th *vm.Thread, module, name string) (vm.Value, error) {
	m, err := th.Interp().Import(module)
	if err != nil {
		return nil, err
	}
	return vm.GetAttr(th, m, name)
}
