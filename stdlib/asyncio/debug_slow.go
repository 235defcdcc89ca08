package asyncio

import "github.com/asyncscript/asyncscript/vm"

// Debug mode's slow-callback warning: a callback or task step that runs for
// slow_callback_duration seconds or more is logged on the "asyncio" logger.

// defaultSlowCallback is BaseEventLoop.slow_callback_duration's default, in seconds.
const defaultSlowCallback = 0.1

// slowCallbackLimit is slow_callback_duration as a number of seconds; a value that is not
// a number turns the warning off.
func (l *Loop) slowCallbackLimit() (float64, bool) {
	if l.slowCallback == nil {
		return defaultSlowCallback, true
	}
	return vm.ToFloat(l.slowCallback)
}

// runTimed runs one ready item in debug mode and logs it when it took too long, as
// CPython's _run_once does; an error of the logging call ends the loop's run, as there.
func (l *Loop) runTimed(it readyItem) error {
	t0 := l.Time()
	l.runItem(it)
	dt := l.Time() - t0
	if limit, ok := l.slowCallbackLimit(); ok && dt >= limit {
		return l.logSlow(it, dt)
	}
	return nil
}

// logSlow logs "Executing %s took %.3f seconds" at WARNING on the "asyncio" logger, with
// CPython's arguments: the task's repr for a task step, else the handle's.
func (l *Loop) logSlow(it readyItem, dt float64) error {
	var what string
	switch {
	case it.task != nil:
		what = it.task.Repr()
	case it.h != nil:
		what = it.h.Repr()
	default:
		what = "<Handle " + callbackName(nil, futureCallback{fn: it.done}) + ">"
	}
	logging, err := l.interp.Import("logging")
	if err != nil {
		return err
	}
	logger, err := callMethod(l.thread, logging, "getLogger", vm.Str("asyncio"))
	if err != nil {
		return err
	}
	_, err = callMethod(l.thread, logger, "warning", vm.Str("Executing %s took %.3f seconds"), vm.Str(what), vm.Float(dt))
	return err
}

// callMethod is obj.name(*args).
func callMethod(th *vm.Thread, obj vm.Value, name string, args ...vm.Value) (vm.Value, error) {
	m, err := vm.GetAttr(th, obj, name)
	if err != nil {
		return nil, err
	}
	return th.Call(m, args, nil)
}

// The slow_callback_duration attribute of loops: a plain attribute in CPython, 0.1 until set.
func init() {
	get := vm.NewFunc(vm.Signature{Name: "slow_callback_duration", Style: vm.PyArgs, Min: 1, Max: 1}, func(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
		l, ok := p[0].(*Loop)
		if !ok {
			return nil, vm.Errorf(vm.TypeError, "descriptor 'slow_callback_duration' needs an event loop")
		}
		if l.slowCallback == nil {
			return vm.Float(defaultSlowCallback), nil
		}
		return l.slowCallback, nil
	})
	set := vm.NewFunc(vm.Signature{Name: "slow_callback_duration", Style: vm.PyArgs, Min: 2, Max: 2}, func(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
		l, ok := p[0].(*Loop)
		if !ok {
			return nil, vm.Errorf(vm.TypeError, "descriptor 'slow_callback_duration' needs an event loop")
		}
		l.slowCallback = p[1]
		return vm.None, nil
	})
	LoopClass.Dict["slow_callback_duration"] = &vm.Property{Get: get, Set: set, Name: "slow_callback_duration"}
}
