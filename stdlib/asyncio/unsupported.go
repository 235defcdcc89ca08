package asyncio

import "github.com/asyncscript/asyncscript/vm"

// unsupportedFuncs are CPython's asyncio functions that need sockets, child processes or
// event loop policies, which asyncscript does not have: each is there, so a program using
// one fails with a clear NotImplementedError when it calls it rather than an AttributeError.
var unsupportedFuncs = map[string]string{
	"open_connection":         "network streams",
	"start_server":            "network servers",
	"open_unix_connection":    "network streams",
	"start_unix_server":       "network servers",
	"create_subprocess_exec":  "subprocesses",
	"create_subprocess_shell": "subprocesses",
	"get_event_loop_policy":   "event loop policies",
	"set_event_loop_policy":   "event loop policies",
}

// setUnsupported defines unsupportedFuncs in the module m.
func setUnsupported(m *vm.Module) {
	for name, what := range unsupportedFuncs {
		m.Set(name, vm.UnsupportedFunc(name, "asyncio."+name+"() is not supported by asyncscript (it has no "+what+")"))
	}
}
