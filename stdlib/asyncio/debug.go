package asyncio

import (
	goos "os"

	"github.com/asyncscript/asyncscript/vm"
)

// Debug mode (loop.set_debug, asyncio.run(debug=True), PYTHONASYNCIODEBUG), as CPython's:
// handles and futures remember where the script created them (debug_sources.go), a
// callback or task step that runs for slow_callback_duration seconds or more is logged on
// the "asyncio" logger, "Executing <Task ...> took 0.201 seconds" (debug_slow.go), the
// scheduling methods check their callbacks and thread (debug_checks.go), and coroutines
// record their origin while the loop runs (below).

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
