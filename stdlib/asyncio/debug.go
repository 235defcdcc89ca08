package asyncio

import (
	goos "os"
	"strconv"

	"github.com/asyncscript/asyncscript/vm"
)

// Debug mode (loop.set_debug, asyncio.run(debug=True), PYTHONASYNCIODEBUG), as CPython's:
// handles and futures remember where the script created them ("created at FILE:LINE" in
// their reprs), and a callback or task step that runs for slow_callback_duration seconds or
// more is logged on the "asyncio" logger: "Executing <Task ...> took 0.201 seconds".

// defaultSlowCallback is BaseEventLoop.slow_callback_duration's default, in seconds.
const defaultSlowCallback = 0.1

// debugFromEnv is CPython's coroutines._is_debug_mode(): a non-empty PYTHONASYNCIODEBUG in
// os.environ. Without host access the environment cannot be read, and debug mode is off.
func debugFromEnv(in *vm.Interp) bool {
	var env vm.Value
	if m, ok := in.Modules()["os"]; ok {
		env, _ = m.Get("environ")
	}
	if env == nil {
		// os.environ, not made yet, will be the process's environment: when that has no
		// PYTHONASYNCIODEBUG, there is no need to make it (and to import os) to know.
		if goos.Getenv("PYTHONASYNCIODEBUG") == "" {
			return false
		}
		m, err := in.Import("os")
		if err != nil {
			return false
		}
		if env, err = vm.GetAttr(in.MainThread(), m, "environ"); err != nil {
			return false
		}
	}
	d, ok := env.(*vm.Dict)
	if !ok {
		return false
	}
	v, ok := d.GetStr("PYTHONASYNCIODEBUG")
	return ok && v != vm.Str("")
}

// setDebug is loop.set_debug(enabled): get_debug returns the value as given, and debug mode
// is on while it is true.
func (l *Loop) setDebug(th *vm.Thread, enabled vm.Value) error {
	on, err := vm.Truth(th, enabled)
	if err != nil {
		return err
	}
	l.debug, l.debugOn = enabled, on
	if l.running {
		l.callSoonThreadsafe(th, &Handle{fn: func() { l.trackOrigins(on) }})
	}
	return nil
}

// debugStackDepth is how many frames a coroutine made in debug mode records as its
// cr_origin (CPython's constants.DEBUG_STACK_DEPTH).
const debugStackDepth = 10

// trackOrigins turns coroutine origin tracking on or off while the loop runs in debug mode,
// as CPython's _set_coroutine_origin_tracking: on saves sys's depth and sets 10, off puts
// the saved depth back.
func (l *Loop) trackOrigins(on bool) {
	if on == l.tracking {
		return
	}
	if on {
		l.savedDepth = l.interp.CoroutineOriginDepth()
		_ = l.interp.SetCoroutineOriginDepth(debugStackDepth)
	} else {
		_ = l.interp.SetCoroutineOriginDepth(l.savedDepth)
	}
	l.tracking = on
}

// scriptSource is "FILE:LINE" of the innermost frame of th that tracebacks show, where
// debug mode says a handle or future was created; "" when th runs no such frame. CPython
// names the innermost Python frame, which is one of its own Lib/asyncio files when the
// script called asyncio.create_task or loop.create_future; asyncscript names the script's
// line instead.
func scriptSource(th *vm.Thread) string {
	stack := th.CurrentStack()
	in := th.Interp()
	for i := len(stack) - 1; i >= 0; i-- {
		if f := stack[i]; !in.HiddenFromTracebacks(f.Code.Filename) {
			return f.Code.Filename + ":" + strconv.Itoa(f.Line)
		}
	}
	return ""
}

// scriptThread is the thread running script code that may create futures on l: the
// loop's own while it runs, the main thread before and after.
func (l *Loop) scriptThread() *vm.Thread {
	if l.running {
		return l.thread
	}
	return l.interp.MainThread()
}

// noteHandle records where h was created, in debug mode, and returns it.
func (l *Loop) noteHandle(th *vm.Thread, h *Handle) *Handle {
	if l.debugOn {
		if s := scriptSource(th); s != "" {
			handleSources.Put(h, s)
		}
	}
	return h
}

// noteFuture records where f, made in debug mode, was made. Futures have no room for it
// (a Future fills its size class), so the loop keeps it beside them, by weak reference.
func (l *Loop) noteFuture(f *Future) {
	if s := scriptSource(l.scriptThread()); s != "" {
		l.sources.Put(f, s)
	}
}

// handleSources records where handles were made in debug mode ("FILE:LINE"), beside them
// rather than in a field every handle would pay for.
var handleSources vm.WeakTable[Handle, string]

// withSource appends the "created at FILE:LINE" part of reprs to parts, when recorded.
func withSource(parts []string, source string) []string {
	if source == "" {
		return parts
	}
	return append(parts, "created at "+source)
}

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
		what = "<Handle " + callbackName(futureCallback{fn: it.done}) + ">"
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

// checkCallback is what debug mode adds to call_soon, call_at (and so call_later),
// call_soon_threadsafe and run_in_executor, as CPython's _check_thread and _check_callback:
// the callback must be a callable that is not a coroutine (function), and the methods other
// than the threadsafe ones must be called from the thread running the loop.
func (l *Loop) checkCallback(th *vm.Thread, callback vm.Value, method string, threadsafe bool) error {
	if !l.debugOn {
		return nil
	}
	// The loop runs on the main thread, as far as scripts see (threading.get_ident() in a
	// task is the main thread's): a thread with an identity of its own is another thread.
	if !threadsafe && l.running && th != l.thread && th.Info() != nil {
		return vm.Errorf(vm.RuntimeError, "Non-thread-safe operation invoked on an event loop other than the current one")
	}
	args := []vm.Value{callback}
	isCoro, _ := builtinIsCoroutine(th, args, nil)
	isCoroFn, _ := builtinIsCoroutineFunction(th, args, nil)
	if isCoro == vm.True || isCoroFn == vm.True {
		return vm.Errorf(vm.TypeError, "coroutines cannot be used with %s()", method)
	}
	if !vm.Callable(callback) {
		return vm.Errorf(vm.TypeError, "a callable object was expected by %s(), got %s", method, reprOf(callback))
	}
	return nil
}
