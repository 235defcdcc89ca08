package asyncscript

import (
	"context"
	"io"
	"os"
	"runtime"

	"github.com/asyncscript/asyncscript/stdlib"
	"github.com/asyncscript/asyncscript/stdlib/asyncio"
	"github.com/asyncscript/asyncscript/vm"
)

// Options configure an interpreter. The zero value is a sandbox writing to the process's
// standard streams, with no limits, the real clock and no host access.
type Options struct {
	// Stdout and Stderr receive print's output and tracebacks; nil means os.Stdout and
	// os.Stderr. Stdout is buffered and flushed when each Run, Call or Eval returns.
	Stdout, Stderr io.Writer
	// MaxSteps bounds the loop iterations (and calls) of each Run, Call or Eval; 0 is
	// unlimited. Past it the run stops with an error matching ErrStepLimit.
	MaxSteps int64
	// MaxMemory bounds, approximately, the bytes of data the script holds at once (its
	// strings, containers and objects, checked every few thousand steps); 0 is unlimited.
	// Past it the run stops with an error matching ErrMemoryLimit.
	MaxMemory int64
	// Clock is the time source: RealClock (nil) or VirtualClock.
	Clock Clock
	// HostAccess lets scripts reach files, the environment and the os, as the CLI does; an
	// embedder's scripts cannot unless it is set.
	HostAccess bool
	// Stdin is what input() and sys.stdin read when HostAccess is set; nil means os.Stdin.
	Stdin io.Reader
	// Workers bounds how many AsyncFunc calls run at once; the rest wait for a free worker.
	// 0 means GOMAXPROCS×4.
	Workers int
	// Argv is sys.argv; empty means the file name Run was given.
	Argv []string
	// ScriptDir is where, with HostAccess, `import` looks first for modules and packages
	// (CPython's sys.path[0]); "" means the directory of Argv[0], or the working directory
	// when Argv[0] is "-c" or "-".
	ScriptDir string
	// Unbuffered flushes Stdout at every write, as python3 -u.
	Unbuffered bool
	// Tracer, when set, receives what the event loops do (each task's steps and waits, the
	// wake-ups between them): a trace.Recorder records them to write a timeline.
	Tracer asyncio.Tracer
}

// Interpreter is one asyncscript interpreter: its __main__ module, its Go functions and its
// limits. It must be used by one goroutine at a time (Interrupt excepted); create one per
// goroutine to run scripts in parallel, as interpreters share no state.
type Interpreter struct {
	in    *vm.Interp
	main  *vm.Module
	clock *stoppableClock
	opts  Options
	// workers holds a token for each AsyncFunc call running.
	workers chan struct{}
	// ctx is the context of the run in progress, handed to Go functions that take one.
	ctx context.Context
	// memory watches Options.MaxMemory.
	memory memoryWatch
}

// New makes an interpreter with the built-ins and the standard modules.
func New(opts Options) *Interpreter {
	if opts.Stdout == nil {
		opts.Stdout = os.Stdout
	}
	if opts.Stderr == nil {
		opts.Stderr = os.Stderr
	}
	if opts.Clock == nil {
		opts.Clock = RealClock()
	}
	if opts.Workers <= 0 {
		opts.Workers = 4 * runtime.GOMAXPROCS(0)
	}
	var host []stdlib.Option
	if opts.HostAccess {
		if opts.Stdin == nil {
			opts.Stdin = os.Stdin
		}
		host = append(host, stdlib.WithHostAccess(opts.Stdin))
	}
	in := stdlib.New(opts.Stdout, opts.Stderr, host...)
	clock := newStoppableClock(opts.Clock)
	in.Clock, in.MaxSteps, in.AutoFlush = clock, opts.MaxSteps, opts.Unbuffered
	in.Argv, in.ScriptDir = opts.Argv, opts.ScriptDir
	if opts.Tracer != nil {
		asyncio.SetTracer(in, opts.Tracer)
	}
	it := &Interpreter{in: in, main: vm.NewMainModule(), clock: clock, opts: opts,
		workers: make(chan struct{}, opts.Workers), ctx: context.Background()}
	it.memory.init(it)
	// As CPython's __main__ of a script, -c or stdin: no package, no import spec.
	it.main.Set("__package__", vm.None)
	it.main.Set("__spec__", vm.None)
	in.SetMain(it.main)
	return it
}

// VM returns the underlying engine, for what this package does not wrap.
func (it *Interpreter) VM() *vm.Interp { return it.in }

// Interrupt is Ctrl-C: it cancels the main task of an asyncio program (whose finally blocks
// then run) or raises KeyboardInterrupt in the running code. Safe from any goroutine.
func (it *Interpreter) Interrupt() { it.in.InterruptMain() }

// SetGlobal makes a Go value, converted (see Func), a global variable of the __main__ module.
func (it *Interpreter) SetGlobal(name string, value any) error {
	v, err := it.toValue(value)
	if err != nil {
		return err
	}
	it.main.Set(name, v)
	return nil
}

// Global returns a global variable of the __main__ module converted to Go, and whether it
// exists.
func (it *Interpreter) Global(name string) (any, bool) {
	v, ok := it.main.Get(name)
	if !ok {
		return nil, false
	}
	return fromValue(v), true
}

// drive runs f, a step of a run, on the main thread under ctx and the limits: f's result, if
// a coroutine, is run to completion as asyncio.run would. It returns the result converted
// to Go.
func (it *Interpreter) drive(ctx context.Context, f func(th *vm.Thread) (vm.Value, error)) (any, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	it.in.ClearAbort()
	it.clock.reset()
	it.memory.reset()
	it.ctx = ctx
	defer func() { it.ctx = context.Background() }()
	stopped := make(chan struct{})
	stopWatching := context.AfterFunc(ctx, func() {
		it.in.Abort(vm.NewException(cancelledClass, vm.Str(ctx.Err().Error())))
		it.clock.stop()
		close(stopped)
	})
	defer func() {
		if !stopWatching() {
			<-stopped // it struck: let it finish before the next run resets the abort
		}
	}()
	var result vm.Value
	err := it.in.Guard(func() error {
		// Flushed under the interpreter lock: worker threads may still be printing.
		defer it.in.Flush()
		v, err := f(it.in.MainThread())
		if g, ok := v.(*vm.Generator); ok && err == nil && g.IsCoroutine() {
			v, err = asyncio.RunMain(it.in, g)
		}
		result = v
		return err
	})
	if a := it.in.Aborted(); a != nil {
		err = a // stopped after its last check (a cancelled time.sleep ending the module)
	}
	if err != nil {
		return nil, it.runError(ctx, err)
	}
	return fromValue(result), nil
}

// runError describes how a run failed: an uncaught exception, or the limit that stopped it.
func (it *Interpreter) runError(ctx context.Context, err error) error {
	exc, ok := err.(*vm.Exception)
	if !ok {
		return err
	}
	var limit error
	if a := it.in.Aborted(); a != nil {
		exc = a
		switch a.Class {
		case vm.StepLimitExceeded:
			limit = ErrStepLimit
		case memoryLimitClass:
			limit = ErrMemoryLimit
		case cancelledClass:
			limit = ctx.Err()
		}
	}
	return it.exceptionError(exc, limit)
}

// Classes of the exceptions that stop a run; scripts cannot catch them (see vm.Abort).
var (
	cancelledClass   = vm.NewBuiltinClass("RunCancelled", vm.BaseException)
	memoryLimitClass = vm.NewBuiltinClass("MemoryLimitExceeded", vm.BaseException)
)

// Exit ends the program as CPython's interpreter does at exit: it runs the functions the
// program registered with atexit.register, last first, reporting their exceptions on
// stderr. Call it once, after the last Run; the CLI calls it after printing how the main
// module ended. Then the generators still paused in the main module's globals are closed,
// and the never-awaited coroutines still held at the end get their warning.
func (it *Interpreter) Exit() {
	stdlib.RunExitFunctions(it.in)
	asyncio.ReportDestroyedPending(it.in)
	it.in.CloseMainGenerators()
	it.in.ReportUnawaitedAtExit()
}
