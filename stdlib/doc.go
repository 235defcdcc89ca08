// Package stdlib provides what asyncscript programs can name: the built-in functions and
// classes, and the modules they can import (time, datetime, contextlib, ...): Go modules here,
// modules written in asyncscript under lib/.
//
// New builds an interpreter with all of it installed.
//
// It imports vm, stdlib/asyncio (the asyncio module and its runtime) and lang; only cmd
// imports it.
package stdlib

import (
	"io"

	"github.com/asyncscript/asyncscript/stdlib/asyncio"
	"github.com/asyncscript/asyncscript/stdlib/concurrent"
	"github.com/asyncscript/asyncscript/vm"
)

// New makes an interpreter writing to stdout and stderr, with the built-ins and the standard
// modules installed. Without WithHostAccess scripts cannot reach files, the environment or
// standard input.
func New(stdout, stderr io.Writer, opts ...Option) *vm.Interp {
	in := vm.NewInterp(stdout, stderr)
	h := &host{}
	h.stdin = deniedReader{h}
	for _, opt := range opts {
		opt(h)
	}
	installBuiltins(in)
	installHostBuiltins(in, h)
	// `import builtins` is the built-ins module itself: builtins.print = f changes print
	// for every module, as in CPython.
	in.RegisterModule("builtins", func(in *vm.Interp) (*vm.Module, error) { return in.Builtins, nil })
	in.RegisterModule("sys", h.newSysModule)
	in.RegisterModule("io", newIOModule)
	in.RegisterModule("os", h.newOSModule)
	in.RegisterModule("os.path", h.newOSPathModule)
	in.RegisterModule("traceback", h.newTracebackModule)
	in.RegisterModule("contextvars", newContextvars)
	in.RegisterModule("_thread", newThreadCore)
	in.RegisterModule("warnings", h.newWarningsModule)
	asyncio.Install(in)
	concurrent.Install(in)
	in.RegisterModule("time", newTimeModule)
	in.RegisterModule("_datetime", newDatetimeCore)
	in.RegisterModule("math", newMathModule)
	in.RegisterModule("cmath", newCmathModule)
	in.RegisterModule("_random", newRandomCore)
	in.RegisterModule("_json", newJSONCore)
	in.RegisterModule("_re", newRegexCore)
	in.RegisterModule("base64", newBase64Module)
	in.RegisterModule("binascii", newBinasciiModule)
	in.RegisterModule("hashlib", newHashlibModule)
	in.RegisterModule("_uuid", newUUIDCore)
	in.RegisterModule("_copy", newCopyCore)
	in.RegisterModule("_types", newTypesCore)
	in.RegisterModule("_logging", newLoggingCore)
	in.RegisterModule("_collections", newCollectionsCore)
	in.RegisterModule("_heapq", newHeapqCore)
	in.RegisterModule("_functools", newFunctoolsCore)
	in.RegisterModule("_bisect", newBisectCore)
	in.RegisterModule("atexit", newAtexitModule)
	in.RegisterModule("_struct", newStructCore)
	in.RegisterModule("_secrets", newSecretsCore)
	in.RegisterModule("_platform", newPlatformCore)
	in.RegisterModule("_signal", newSignalCore)
	in.RegisterModule("itertools", newItertoolsModule)
	registerPyModules(in)
	if h.allowed {
		in.ModuleFinder = findScriptModule(in)
	}
	return in
}

// RunMain runs a loaded __main__ module: its body, or, for a module that awaits at top
// level, its body as the main coroutine of asyncio.run.
func RunMain(in *vm.Interp, body *vm.Function) error {
	in.SetMain(body.Globals)
	if !body.IsCoroutineFunction() {
		return in.RunModule(body)
	}
	return in.Guard(func() error {
		coro, err := in.MainThread().Call(body, nil, nil)
		if err != nil {
			return err
		}
		_, err = asyncio.RunMain(in, coro.(*vm.Generator))
		return err
	})
}
