package concurrent

import "github.com/asyncscript/asyncscript/vm"

// logTo logs msg % args at level on the logger "concurrent.futures", as CPython's _base
// module does through its LOGGER, with the traceback of exc when it is not nil. A failure
// of logging itself is dropped: it must not replace the error being reported.
func logTo(th *vm.Thread, level, msg string, args []vm.Value, exc *vm.Exception) {
	logging, err := th.Interp().Import("logging")
	if err != nil {
		return
	}
	getLogger, err := vm.GetAttr(th, logging, "getLogger")
	if err != nil {
		return
	}
	logger, err := th.Call(getLogger, []vm.Value{vm.Str("concurrent.futures")}, nil)
	if err != nil {
		return
	}
	method, err := vm.GetAttr(th, logger, level)
	if err != nil {
		return
	}
	var kwargs *vm.Dict
	if exc != nil {
		kwargs = vm.NewDict()
		kwargs.SetStr("exc_info", exc)
	}
	_, _ = th.Call(method, append([]vm.Value{vm.Str(msg)}, args...), kwargs)
}

// logCritical is LOGGER.critical(msg, exc_info=exc).
func logCritical(th *vm.Thread, msg string, exc *vm.Exception) {
	logTo(th, "critical", msg, nil, exc)
}
