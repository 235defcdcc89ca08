package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/asyncscript/asyncscript"
	"github.com/asyncscript/asyncscript/internal/syntaxerr"
	"github.com/asyncscript/asyncscript/stdlib/asyncio"
	"github.com/asyncscript/asyncscript/stdlib/concurrent"
	"github.com/asyncscript/asyncscript/trace"
	"github.com/asyncscript/asyncscript/vm"
)

// runOptions are the settings of `asyncscript run`.
type runOptions struct {
	// virtualClock runs the program on a virtual clock (--clock=virtual).
	virtualClock bool
	// color marks up tracebacks and syntax errors with ANSI colours (see colorEnabled).
	color bool
	// catchInterrupts turns Ctrl-C into KeyboardInterrupt (and the cancellation of the main
	// task), as CPython does; only the command sets it, not in-process test runs.
	catchInterrupts bool
	// epoch is where the virtual wall clock starts (Unix seconds; 0 for 2000-01-01).
	epoch float64
	// argv is sys.argv; when empty it is the script's name alone.
	argv []string
	// scriptDir is where imports look first; "" is the directory of argv[0] (see
	// asyncscript.Options.ScriptDir).
	scriptDir string
	// unbuffered flushes standard output at every write (-u).
	unbuffered bool
	// trace is the file the run's timeline is written to (--trace), or "".
	trace string
	// maxSteps bounds the loop iterations of the program (--max-steps); 0 is no bound.
	maxSteps int64
	// stop, when closed, interrupts the program as Ctrl-C does, again and again until it
	// ends (the test command's timeout).
	stop <-chan struct{}
}

// runSource compiles and runs a script as the __main__ module, printing what CPython would
// for syntax errors and uncaught exceptions; it returns the process exit status.
func runSource(name string, src []byte, stdout, stderr io.Writer, opts runOptions) (status int) {
	o := asyncscript.Options{Stdout: stdout, Stderr: stderr, MaxSteps: opts.maxSteps,
		HostAccess: true, Argv: opts.argv, ScriptDir: opts.scriptDir, Unbuffered: opts.unbuffered}
	if opts.virtualClock {
		epoch := opts.epoch
		if epoch == 0 {
			epoch = vm.DefaultVirtualEpoch
		}
		o.Clock = vm.NewVirtualClock(epoch)
	}
	var rec *trace.Recorder
	if opts.trace != "" {
		rec = trace.NewRecorder()
		o.Tracer = rec
	}
	it := asyncscript.New(o)
	// As CPython's exit, the end of the program waits for the calls submitted to thread
	// pools, after the traceback of an uncaught exception is printed.
	defer concurrent.Finalize(it.VM())
	if rec != nil {
		defer func() { status = writeTrace(rec, opts.trace, stderr, status) }()
	}
	if opts.catchInterrupts {
		signals := make(chan os.Signal, 1)
		signal.Notify(signals, os.Interrupt)
		defer signal.Stop(signals)
		go func() {
			for range signals {
				it.Interrupt()
			}
		}()
	}
	if opts.stop != nil {
		finished := make(chan struct{})
		defer close(finished)
		go interruptOnStop(it, opts.stop, finished)
	}
	err := it.Run(context.Background(), name, string(src))
	status = reportRunError(stderr, err, opts.color)
	// As CPython: the traceback (or SystemExit's message) first, then the atexit functions.
	it.Exit()
	if status == 130 && opts.catchInterrupts {
		// As CPython: the process dies by the signal itself, so the shell that ran it sees
		// a Ctrl-C (and stops a loop over scripts).
		reraiseInterrupt()
	}
	return status
}

// reportRunError prints how a run ended, as CPython would, and returns the exit status:
// 130 for KeyboardInterrupt, 3 for a deadlock.
func reportRunError(stderr io.Writer, err error, color bool) int {
	if err == nil {
		return 0
	}
	var e *asyncscript.Error
	if !errors.As(err, &e) {
		fmt.Fprintf(stderr, "asyncscript: internal error: %v\n", err)
		return 1
	}
	exc := e.Exception
	if exc != nil && exc.Class.IsSubclass(vm.SystemExit) {
		return exitStatus(stderr, exc)
	}
	printTraceback(stderr, e.Error(), color)
	switch {
	case exc == nil:
	case exc.Class.IsSubclass(vm.KeyboardInterrupt):
		return 130
	case exc.Class == asyncio.DeadlockError:
		return 3
	}
	return 1
}

// interruptOnStop interrupts the program once stop is closed, every few milliseconds (it
// may catch KeyboardInterrupt), until finished is closed.
func interruptOnStop(it *asyncscript.Interpreter, stop, finished <-chan struct{}) {
	select {
	case <-stop:
	case <-finished:
		return
	}
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		it.Interrupt()
		select {
		case <-tick.C:
		case <-finished:
			return
		}
	}
}

// exitStatus turns SystemExit(arg) into a process status, printing a non-int argument as
// CPython does.
func exitStatus(stderr io.Writer, exc *vm.Exception) int {
	// SystemExit.code is the single argument, or the tuple of them when there are several.
	var code vm.Value = vm.None
	switch len(exc.Args) {
	case 0:
	case 1:
		code = exc.Args[0]
	default:
		code = vm.Tuple(exc.Args)
	}
	switch c := code.(type) {
	case vm.Int:
		return int(c) & 0xff
	case vm.Bool:
		if c {
			return 1
		}
		return 0
	}
	if vm.IsNone(code) {
		return 0
	}
	s, _ := vm.ToStr(nil, code)
	fmt.Fprintln(stderr, s)
	return 1
}

// reportSyntaxError prints a compile error in CPython's layout (see syntaxerr.Format),
// without colour.
func reportSyntaxError(w io.Writer, err error, src []byte) {
	fmt.Fprint(w, syntaxerr.Format(err, src))
}
