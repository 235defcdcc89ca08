package vm

import (
	"bufio"
	"io"
	"os"
	"sync/atomic"

	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// Interp is one interpreter: its built-ins, its modules and its output. It is not safe for use
// by several goroutines at once; everything runs on the goroutine that calls it.
type Interp struct {
	// Builtins holds the names every module sees without importing.
	Builtins *Module
	// Stdout is where print writes; it is flushed before anything goes to Stderr and at exit.
	Stdout *bufio.Writer
	Stderr io.Writer
	// Argv is sys.argv: the script's path (or '-c', or '-') followed by its arguments.
	Argv []string
	// MaxDepth is the recursion limit: the most frames a thread may have at once.
	MaxDepth int

	// AutoFlush makes print flush standard output at once, so output of background tasks
	// appears while the interactive prompt waits.
	AutoFlush bool

	// DisplayHook shows the value of an expression statement typed at the interactive
	// prompt (sys.displayhook).
	DisplayHook func(th *Thread, v Value) error

	// MaxSteps, when positive, bounds the loop iterations (and, under the bound, calls) a
	// program may run (for fuzzing and sandboxes); past it the program is aborted with
	// StepLimitExceeded, which it cannot catch (see Abort).
	MaxSteps int64

	// Monitor, when set, is called every thousand steps or so with the running thread; an
	// error it returns is raised in the running code (an embedder's memory limit aborts the
	// program from it).
	Monitor func(th *Thread) error

	// Clock is the interpreter's time source: real, or virtual for deterministic runs.
	Clock Clock

	// ScriptDir is the directory the ModuleFinder searches first (sys.path[0] in CPython);
	// "" means the main script's directory, or the working directory for -c and stdin.
	ScriptDir string

	// ModuleFinder, when set, is asked first for every module not yet imported (a file or
	// package next to the main script; see Import). parent is the imported parent package
	// of a dotted name, nil for a top-level one. It returns a loader, an error (the module
	// cannot be imported), or neither, and then a registered importer is used.
	ModuleFinder func(name string, parent *Module) (func(*Interp) (*Module, error), error)

	// unawaited holds the coroutine objects not yet run, for the never-awaited warning.
	unawaited unawaitedSet
	// unawaitedAtExit names the never-awaited coroutines still held when the run ended.
	unawaitedAtExit []string
	// originDepth is sys.set_coroutine_origin_tracking_depth's depth (see coroutine_origin.go).
	originDepth int
	// agenHooks are sys.set_asyncgen_hooks's hooks (see asyncgen_hooks.go).
	agenHooks   AsyncGenHooks
	steps       int64
	interrupted atomic.Bool
	// aborted is the uncatchable exception stopping the program (see Abort), or nil.
	aborted     atomic.Pointer[Exception]
	interrupts  atomic.Int32
	onInterrupt atomic.Pointer[func(first bool) bool]
	// wakers are told of every interrupt, to end blocking waits (see OnInterrupt).
	wakers wakerSet
	// threads counts the running threads of Python code a script started (see ThreadStarted).
	threads atomic.Int64
	// threadEnders are told when one of them ends (see OnThreadEnd).
	threadEnders wakerSet
	// blocked counts the threads other than workers in a blocking wait (see Blocking).
	blocked atomic.Int64
	// roots yields values packages keep outside vm's sight, for Footprint.
	roots []func(yield func(Value))
	// extensions holds the per-interpreter state of packages built on vm (see Key).
	extensions []any
	gil        gil
	modules    map[string]*Module
	importers  map[string]func(*Interp) (*Module, error)
	// initializing holds the modules whose loader is running, for the circular import
	// message of `from m import name`.
	initializing map[string]bool
	main         *Thread
	sources      map[string][]string
	// hiddenFiles are left out of printed tracebacks (see HideFromTracebacks).
	hiddenFiles map[string]bool
}

// stdoutBufferSize is CPython's io.DEFAULT_BUFFER_SIZE: stdout is flushed when this much is
// waiting (and at exit, before stderr is written, and when input is read).
const stdoutBufferSize = 8 * 1024

// builtinsSize is about how many names the built-ins module holds, so filling it does not
// grow its table again and again.
const builtinsSize = 192

// NewInterp makes an interpreter writing to the given streams.
func NewInterp(stdout, stderr io.Writer) *Interp {
	in := &Interp{
		Builtins:     newModuleSized("builtins", builtinsSize),
		Stdout:       bufio.NewWriterSize(stdout, stdoutBufferSize),
		Stderr:       stderr,
		MaxDepth:     1000,
		Clock:        NewRealClock(),
		modules:      map[string]*Module{},
		importers:    make(map[string]func(*Interp) (*Module, error), 64),
		initializing: map[string]bool{},
	}
	in.main = &Thread{interp: in}
	return in
}

// MainThread returns the thread that runs the main program.
func (in *Interp) MainThread() *Thread { return in.main }

// RegisterModule makes a module importable; load builds it on first import.
func (in *Interp) RegisterModule(name string, load func(*Interp) (*Module, error)) {
	in.importers[name] = load
}

// HasImporter reports whether a module of that name was registered with RegisterModule.
func (in *Interp) HasImporter(name string) bool {
	_, ok := in.importers[name]
	return ok
}

// SetModule records m as the module name (nil forgets it). A module being executed is
// recorded first, so a circular import sees it partly initialised, as in CPython.
func (in *Interp) SetModule(name string, m *Module) {
	if m == nil {
		delete(in.modules, name)
		return
	}
	in.modules[name] = m
}

// Flush writes out buffered standard output.
func (in *Interp) Flush() { _ = in.Stdout.Flush() }

// Thread is an execution context: a chain of frames and the exception being handled. The main
// program runs on one thread; an event loop runs all its tasks on one more, swapping in each
// task's ThreadState as it resumes it; each worker goroutine has its own.
type Thread struct {
	interp *Interp
	frame  *Frame // the innermost frame running on this thread
	depth  int
	// handled is the exception an except or finally block is handling (sys.exc_info()).
	handled *Exception
	// context is the contextvars.Context code on this thread runs in (nil: none made yet).
	context   *Context
	framePool []*Frame
	// reraising marks the error being raised as a re-raise: it gains no traceback entry for
	// the frame re-raising it and keeps its context.
	reraising bool
	// suspended and awaiting describe the pause when run returns statusSuspend: the
	// innermost frame of the paused chain and what it waits for.
	suspended *Frame
	awaiting  Value
	// wordSlab is the rest of the current slab boxInt and boxFloat take their values' room from.
	wordSlab []uint64
	// args lends built-in calls room for their bound arguments.
	args argScratch
	// grown are the buffers strs are being built in by concatenation (see strgrow.go), the
	// next of them to replace at grownNext; lastConcat and lastConcatLen are the address and
	// length of the last long concatenation's result, which a further one grows.
	grown         [strGrowWays]strGrowth
	grownNext     int
	lastConcat    uintptr
	lastConcatLen int
	// reprStack holds the containers being printed, to show a self-containing one as [...].
	reprStack []Value
	// worker marks a worker goroutine's thread, which interrupts do not reach; script marks
	// a worker that is a thread the script started (see NewScriptThread).
	worker, script bool
	// caller is, for an event loop's thread while the loop runs, the thread that made it
	// run (see RunFrom).
	caller *Thread
}

// Interp returns the interpreter the thread belongs to.
func (th *Thread) Interp() *Interp { return th.interp }

// NewThread makes another execution context on the same interpreter.
func (in *Interp) NewThread() *Thread { return &Thread{interp: in} }

// NewWorkerThread makes an execution context for a worker goroutine (to_thread): as in
// CPython, where signals reach the main thread only, Ctrl-C is never raised in it.
func (in *Interp) NewWorkerThread() *Thread { return &Thread{interp: in, worker: true} }

// NewScriptThread makes the execution context of a thread the script started (a
// threading.Thread): a worker that Ctrl-C does not reach, whose waits for other threads
// count in Blocking, as its loop does not count it among its busy executor workers.
func (in *Interp) NewScriptThread() *Thread { return &Thread{interp: in, worker: true, script: true} }

// IsWorker reports whether th was made by NewWorkerThread or NewScriptThread.
func (th *Thread) IsWorker() bool { return th.worker }

// Load prepares compiled module code to run in a new module named name (e.g. "__main__").
func (in *Interp) Load(code *bytecode.Code, name string) (*Module, *Function) {
	m := NewModule(name)
	c := loadCode(code)
	fn := &Function{Code: c, Name: code.Name, QualName: code.QualName, Globals: m}
	return m, fn
}

// RunModule runs a module's body function to completion on the main thread.
func (in *Interp) RunModule(fn *Function) error {
	return in.Guard(func() error {
		_, err := in.main.Call(fn, nil, nil)
		return err
	})
}

// Guard runs f holding the interpreter lock, turning a Go panic inside it (an interpreter
// bug) into a SystemError.
func (in *Interp) Guard(f func() error) error {
	in.Acquire()
	defer in.Release()
	return in.Recover(f)
}

// Recover runs f, turning a Go panic inside it into a SystemError; the caller holds the
// interpreter lock already.
func (in *Interp) Recover(f func() error) (err error) {
	defer recoverInternal(&err)
	return f()
}

// ModuleFunction prepares compiled module code to run with m as its globals: calling the
// function runs the code (or, for code that awaits at top level, makes its coroutine).
func (in *Interp) ModuleFunction(code *bytecode.Code, m *Module) *Function {
	c := loadCode(code)
	return &Function{Code: c, Name: code.Name, QualName: code.QualName, Globals: m}
}

// recoverInternal turns a Go panic (a bug in the interpreter) into a SystemError, so no
// script can crash the process with a Go stack trace. Set ASYNCSCRIPT_DEBUG=1 to see the
// Go stack instead.
func recoverInternal(err *error) {
	r := recover()
	if r == nil {
		return
	}
	if os.Getenv("ASYNCSCRIPT_DEBUG") != "" {
		panic(r)
	}
	*err = Errorf(SystemError, "internal error: %v (please report this bug)", r)
}

// loadCode converts a compiled code object (and the ones nested in it) for execution.
func loadCode(code *bytecode.Code) *Code {
	c := &Code{Code: code, Consts: make([]Value, len(code.Consts))}
	for i, k := range code.Consts {
		c.Consts[i] = constValue(k)
	}
	c.globalSlots = make([]*Slot, len(code.Names))
	c.nlocals = len(code.Varnames)
	c.siteOf, c.nsites = attrSites(code)
	c.frameSize = c.nlocals + code.MaxStack
	c.run = quicken(code.Instrs)
	switch code.Name {
	case "<genexpr>", "<listcomp>", "<setcomp>", "<dictcomp>":
		c.comprehension = code.Flags&(bytecode.FlagModule|bytecode.FlagClassBody) == 0
	}
	c.plainArgs = code.Flags&(bytecode.FlagVarargs|bytecode.FlagVarkw|generatorFlags) == 0 &&
		code.KwOnlyCount == 0 && len(code.Cellvars) == 0
	return c
}

// WriteErr writes diagnostics to stderr, after flushing stdout so the two stay in order.
func (in *Interp) WriteErr(s string) {
	in.Flush()
	_, _ = io.WriteString(in.Stderr, s)
}

// Exec runs compiled module code with m as its globals: how a module written in asyncscript
// (part of the standard library) fills its namespace.
func (in *Interp) Exec(code *bytecode.Code, m *Module) error {
	c := loadCode(code)
	fn := &Function{Code: c, Name: code.Name, QualName: code.QualName, Globals: m}
	_, err := in.main.Call(fn, nil, nil)
	return err
}
