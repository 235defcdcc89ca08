package asyncio

import (
	"github.com/asyncscript/asyncscript/vm"
)

// seconds reads a delay or deadline argument.
func seconds(v vm.Value, what string) (float64, error) {
	if f, ok := vm.ToFloat(v); ok {
		return f, nil
	}
	return 0, vm.Errorf(vm.TypeError, "%s must be a number, not %s", what, vm.TypeName(v))
}

// loopMethod adapts a method body that takes the loop as its receiver.
func loopMethod(f func(th *vm.Thread, l *Loop, args []vm.Value, kwargs *vm.Dict) (vm.Value, error)) fn {
	return func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		return f(th, args[0].(*Loop), args[1:], kwargs)
	}
}

func init() {
	LoopClass.AddMethods(map[string]fn{
		"time": loopMethod(func(th *vm.Thread, l *Loop, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			return vm.Float(l.Time()), nil
		}),
		"create_future": loopMethod(func(th *vm.Thread, l *Loop, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			return l.NewFuture(), nil
		}),
		"create_task": loopMethod(func(th *vm.Thread, l *Loop, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			p, err := params("create_task", args, kwargs, "coro", "name", "context")
			if err != nil {
				return nil, err
			}
			if err := required("create_task", p[0], "coro"); err != nil {
				return nil, err
			}
			g, err := asCoroutine(p[0])
			if err != nil {
				return nil, err
			}
			return l.newTaskIn(g, nameArg(th, p[1]), p[2])
		}),
		"call_soon": loopMethod(func(th *vm.Thread, l *Loop, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			if len(args) < 1 {
				return nil, vm.Errorf(vm.TypeError, "call_soon() missing 1 required positional argument: 'callback'")
			}
			return inContext(th, l.CallSoonValue(args[0], append([]vm.Value(nil), args[1:]...)), kwargs)
		}),
		"call_later": loopMethod(func(th *vm.Thread, l *Loop, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			if len(args) < 2 {
				return nil, vm.Errorf(vm.TypeError, "call_later() missing required positional arguments: 'delay' and 'callback'")
			}
			d, err := seconds(args[0], "delay")
			if err != nil {
				return nil, err
			}
			return inContext(th, l.CallAtValue(l.Time()+d, args[1], append([]vm.Value(nil), args[2:]...)), kwargs)
		}),
		"call_at": loopMethod(func(th *vm.Thread, l *Loop, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			if len(args) < 2 {
				return nil, vm.Errorf(vm.TypeError, "call_at() missing required positional arguments: 'when' and 'callback'")
			}
			when, err := seconds(args[0], "when")
			if err != nil {
				return nil, err
			}
			return inContext(th, l.CallAtValue(when, args[1], append([]vm.Value(nil), args[2:]...)), kwargs)
		}),
		"run_until_complete": loopMethod(func(th *vm.Thread, l *Loop, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			if len(args) != 1 {
				return nil, vm.Errorf(vm.TypeError, "run_until_complete() takes exactly one argument")
			}
			if err := l.checkRunnable(); err != nil {
				return nil, err // before wrapping a coroutine in a task, as CPython checks
			}
			f, err := toFuture(l, args[0])
			if err != nil {
				return nil, err
			}
			prev := l.state.eventLoop
			l.state.eventLoop = l
			defer func() { l.state.eventLoop = prev }()
			return l.RunUntilComplete(f)
		}),
		"run_forever": loopMethod(func(th *vm.Thread, l *Loop, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			return vm.None, l.RunForever()
		}),
		"stop": loopMethod(func(th *vm.Thread, l *Loop, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			l.Stop()
			return vm.None, nil
		}),
		"close": loopMethod(func(th *vm.Thread, l *Loop, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			if err := l.Close(); err != nil {
				return nil, err
			}
			l.reportUnretrieved()
			return vm.None, nil
		}),
		"is_running": loopMethod(func(th *vm.Thread, l *Loop, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			return vm.Bool(l.Running()), nil
		}),
		"run_in_executor": loopMethod(loopRunInExecutor),
		"call_soon_threadsafe": loopMethod(func(th *vm.Thread, l *Loop, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			if len(args) < 1 {
				return nil, vm.Errorf(vm.TypeError, "call_soon_threadsafe() missing 1 required positional argument: 'callback'")
			}
			h := &Handle{callback: args[0], args: append([]vm.Value(nil), args[1:]...)}
			h.fn = func() { l.runCallback(h) }
			l.Post(func() { l.ready.push(readyItem{h: h}) })
			return h, nil
		}),
		"get_debug": loopMethod(func(th *vm.Thread, l *Loop, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			return vm.Bool(l.debug), nil
		}),
		"set_debug": loopMethod(func(th *vm.Thread, l *Loop, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			if len(args) != 1 {
				return nil, vm.Errorf(vm.TypeError, "set_debug() takes exactly one argument (%d given)", len(args))
			}
			debug, err := vm.Truth(th, args[0])
			l.debug = debug
			return vm.None, err
		}),
		"is_closed": loopMethod(func(th *vm.Thread, l *Loop, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
			return vm.Bool(l.Closed()), nil
		}),
	})
}
