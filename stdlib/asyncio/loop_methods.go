package asyncio

import (
	"github.com/asyncscript/asyncscript/lang/bytecode"
	"github.com/asyncscript/asyncscript/vm"
)

// seconds reads a delay or deadline argument.
func seconds(v vm.Value, what string) (float64, error) {
	if f, ok := vm.ToFloat(v); ok {
		return f, nil
	}
	return 0, vm.Errorf(vm.TypeError, "%s must be a number, not %s", what, vm.TypeName(v))
}

// laterDeadline is call_later's deadline, now + delay, computed as CPython's call_later
// computes it (self.time() + delay), so a delay of the wrong type fails with the error of
// that addition.
func laterDeadline(th *vm.Thread, l *Loop, delay vm.Value) (float64, error) {
	if vm.IsNone(delay) {
		return 0, vm.Errorf(vm.TypeError, "delay must not be None")
	}
	now := l.Time()
	if d, ok := vm.ToFloat(delay); ok {
		return now + d, nil
	}
	when, err := vm.BinaryOp(th, int(bytecode.OpAdd), vm.Float(now), delay)
	if err != nil {
		return 0, err
	}
	return seconds(when, "delay")
}

// loopMethod declares a method of event loops, which CPython defines in Python on
// BaseEventLoop: min of the positional parameters kw are required, and with varArgs it
// takes *args too, which follow the keyword-only parameters kwOnly in its bound arguments.
func loopMethod(name string, min int, kw []string, varArgs bool, kwOnly []string,
	f func(th *vm.Thread, l *Loop, args []vm.Value) (vm.Value, error)) vm.MethodDef {
	style := vm.PyArgs
	if varArgs {
		style = vm.PyVarArgs
	}
	return vm.MethodDef{Name: name, Qual: "BaseEventLoop." + name, Style: style, Min: min, Max: len(kw), Kw: kw, KwOnly: kwOnly,
		Fn: func(th *vm.Thread, self vm.Value, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return f(th, self.(*Loop), args)
		}}
}

// callbackParams are the parameters before *args of call_soon, call_later and call_at.
func callbackParams(first ...string) []string { return append(first, "callback") }

// callAt is call_at, and call_later, which CPython makes a call_at of the loop's time plus
// the delay (so a bad callback is call_at's error for both): p are their bound arguments,
// the first, named what, a deadline or, when relative, a delay.
func callAt(th *vm.Thread, l *Loop, p []vm.Value, what string, relative bool) (vm.Value, error) {
	var when float64
	var err error
	switch {
	case relative:
		when, err = laterDeadline(th, l, p[0])
	case vm.IsNone(p[0]):
		err = vm.Errorf(vm.TypeError, "when cannot be None")
	default:
		when, err = seconds(p[0], what)
	}
	if err != nil {
		return nil, err
	}
	if err := l.checkCallback(th, p[1], "call_at", false); err != nil {
		return nil, err
	}
	return inContext(th, l.noteHandle(th, l.CallAtValue(when, p[1], p[3:])), p[2])
}

// contextKw is the keyword-only parameter of the methods that schedule callbacks.
var contextKw = []string{"context"}

func init() {
	LoopClass.Module = "asyncio.unix_events"
	LoopClass.DefineMethods([]vm.MethodDef{
		loopMethod("time", 0, nil, false, nil, func(th *vm.Thread, l *Loop, _ []vm.Value) (vm.Value, error) {
			return vm.Float(l.Time()), nil
		}),
		loopMethod("create_future", 0, nil, false, nil, func(th *vm.Thread, l *Loop, _ []vm.Value) (vm.Value, error) {
			return l.NewFuture(), nil
		}),
		loopMethod("create_task", 1, []string{"coro"}, false, []string{"name", "context"}, func(th *vm.Thread, l *Loop, p []vm.Value) (vm.Value, error) {
			g, err := asCoroutine(th.Interp(), p[0])
			if err != nil {
				return nil, err
			}
			t, err := l.newTaskIn(g, nameArg(th, p[1]), p[2])
			if err != nil {
				return nil, err
			}
			t.orphan = th.ResultDiscarded()
			return t, nil
		}),
		// The bound arguments of call_soon, call_later and call_at: their positional
		// parameters, context, then *args.
		loopMethod("call_soon", 1, callbackParams(), true, contextKw, func(th *vm.Thread, l *Loop, p []vm.Value) (vm.Value, error) {
			if err := l.checkCallback(th, p[0], "call_soon", false); err != nil {
				return nil, err
			}
			return inContext(th, l.noteHandle(th, l.CallSoonValue(p[0], p[2:])), p[1])
		}),
		loopMethod("call_later", 2, callbackParams("delay"), true, contextKw, func(th *vm.Thread, l *Loop, p []vm.Value) (vm.Value, error) {
			return callAt(th, l, p, "delay", true)
		}),
		loopMethod("call_at", 2, callbackParams("when"), true, contextKw, func(th *vm.Thread, l *Loop, p []vm.Value) (vm.Value, error) {
			return callAt(th, l, p, "when", false)
		}),
		loopMethod("run_until_complete", 1, []string{"future"}, false, nil, func(th *vm.Thread, l *Loop, p []vm.Value) (vm.Value, error) {
			if err := l.checkRunnable(); err != nil {
				return nil, err // before wrapping a coroutine in a task, as CPython checks
			}
			f, err := toFuture(l, p[0])
			if err != nil {
				return nil, err
			}
			prev := l.state.eventLoop
			l.state.eventLoop = l
			defer func() { l.state.eventLoop = prev }()
			defer l.thread.RunFrom(th)()
			return l.RunUntilComplete(f)
		}),
		loopMethod("run_forever", 0, nil, false, nil, func(th *vm.Thread, l *Loop, _ []vm.Value) (vm.Value, error) {
			defer l.thread.RunFrom(th)()
			return vm.None, l.RunForever()
		}),
		loopMethod("stop", 0, nil, false, nil, func(th *vm.Thread, l *Loop, _ []vm.Value) (vm.Value, error) {
			l.Stop()
			return vm.None, nil
		}),
		loopMethod("close", 0, nil, false, nil, func(th *vm.Thread, l *Loop, _ []vm.Value) (vm.Value, error) {
			if err := l.Close(); err != nil {
				return nil, err
			}
			l.reportUnretrieved()
			return vm.None, nil
		}),
		loopMethod("is_running", 0, nil, false, nil, func(th *vm.Thread, l *Loop, _ []vm.Value) (vm.Value, error) {
			return vm.Bool(l.Running()), nil
		}),
		loopMethod("run_in_executor", 2, []string{"executor", "func"}, true, nil, loopRunInExecutor),
		loopMethod("set_default_executor", 1, []string{"executor"}, false, nil, setDefaultExecutor),
		loopMethod("add_signal_handler", 2, []string{"sig", "callback"}, true, nil, signalHandlersUnsupported("add_signal_handler")),
		loopMethod("remove_signal_handler", 1, []string{"sig"}, false, nil, signalHandlersUnsupported("remove_signal_handler")),
		loopMethod("call_soon_threadsafe", 1, callbackParams(), true, contextKw, func(th *vm.Thread, l *Loop, p []vm.Value) (vm.Value, error) {
			if err := l.checkCallback(th, p[0], "call_soon_threadsafe", true); err != nil {
				return nil, err
			}
			return l.callSoonThreadsafeValue(th, p[0], append([]vm.Value(nil), p[2:]...), p[1])
		}),
		loopMethod("get_debug", 0, nil, false, nil, func(th *vm.Thread, l *Loop, _ []vm.Value) (vm.Value, error) {
			if l.debug == nil {
				return vm.False, nil
			}
			return l.debug, nil
		}),
		loopMethod("set_debug", 1, []string{"enabled"}, false, nil, func(th *vm.Thread, l *Loop, p []vm.Value) (vm.Value, error) {
			return vm.None, l.setDebug(th, p[0])
		}),
		loopMethod("is_closed", 0, nil, false, nil, func(th *vm.Thread, l *Loop, _ []vm.Value) (vm.Value, error) {
			return vm.Bool(l.Closed()), nil
		}),
	})
}

// signalHandlersUnsupported is a loop method that would install or remove a signal
// handler: asyncscript does not let scripts handle signals (Ctrl-C cancels the main task,
// as asyncio.run does in CPython), so it says so rather than never calling the handler.
func signalHandlersUnsupported(name string) func(*vm.Thread, *Loop, []vm.Value) (vm.Value, error) {
	return func(*vm.Thread, *Loop, []vm.Value) (vm.Value, error) {
		return nil, vm.Errorf(vm.NotImplementedError, "loop.%s() is not supported by asyncscript: scripts cannot handle signals (Ctrl-C cancels the main task of asyncio.run)", name)
	}
}
