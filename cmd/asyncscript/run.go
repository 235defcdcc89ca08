package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/asyncscript/asyncscript/lang/ast"
	"github.com/asyncscript/asyncscript/lang/bytecode"
	"github.com/asyncscript/asyncscript/lang/compiler"
	"github.com/asyncscript/asyncscript/lang/parser"
	"github.com/asyncscript/asyncscript/stdlib"
	"github.com/asyncscript/asyncscript/stdlib/asyncio"
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
	// unbuffered flushes standard output at every write (-u).
	unbuffered bool
	// maxSteps bounds the loop iterations of the program (--max-steps); 0 is no bound.
	maxSteps int64
	// stop, when closed, interrupts the program as Ctrl-C does, again and again until it
	// ends (the test command's timeout).
	stop <-chan struct{}
}

// runSource compiles and runs a script as the __main__ module, printing what CPython would
// for syntax errors and uncaught exceptions; it returns the process exit status.
func runSource(name string, src []byte, stdout, stderr io.Writer, opts runOptions) int {
	code, err := compileSource(name, src)
	if err != nil {
		printTraceback(stderr, formatSyntaxError(err, src), opts.color)
		return 1
	}
	in := stdlib.New(stdout, stderr, stdlib.WithHostAccess(os.Stdin))
	if opts.virtualClock {
		epoch := opts.epoch
		if epoch == 0 {
			epoch = vm.DefaultVirtualEpoch
		}
		in.Clock = vm.NewVirtualClock(epoch)
	}
	in.Argv = opts.argv
	if len(in.Argv) == 0 {
		in.Argv = []string{name}
	}
	in.AutoFlush, in.MaxSteps = opts.unbuffered, opts.maxSteps
	if name != "<string>" {
		// As in CPython, the tracebacks of -c CODE show no source lines.
		in.AddSource(name, src)
	}
	_, main := in.Load(code, "__main__")
	if opts.catchInterrupts {
		signals := make(chan os.Signal, 1)
		signal.Notify(signals, os.Interrupt)
		defer signal.Stop(signals)
		go func() {
			for range signals {
				in.InterruptMain()
			}
		}()
	}
	if opts.stop != nil {
		finished := make(chan struct{})
		defer close(finished)
		go interruptOnStop(in, opts.stop, finished)
	}
	err = stdlib.RunMain(in, main)
	in.ReportUnawaited()
	in.Flush()
	if err == nil {
		return 0
	}
	var exc *vm.Exception
	if !errors.As(err, &exc) {
		fmt.Fprintf(stderr, "asyncscript: internal error: %v\n", err)
		return 1
	}
	if exc.Class.IsSubclass(vm.SystemExit) {
		return exitStatus(stderr, exc)
	}
	printTraceback(stderr, in.FormatException(exc), opts.color)
	switch {
	case exc.Class.IsSubclass(vm.KeyboardInterrupt):
		return 130
	case exc.Class == asyncio.DeadlockError:
		return 3
	}
	return 1
}

// interruptOnStop interrupts the program once stop is closed, every few milliseconds (it
// may catch KeyboardInterrupt), until finished is closed.
func interruptOnStop(in *vm.Interp, stop, finished <-chan struct{}) {
	select {
	case <-stop:
	case <-finished:
		return
	}
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		in.InterruptMain()
		select {
		case <-tick.C:
		case <-finished:
			return
		}
	}
}

func compileSource(name string, src []byte) (*bytecode.Code, error) {
	mod, err := parser.Parse(name, src)
	if err != nil {
		return nil, err
	}
	return compiler.Compile(mod)
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
	if code == vm.None {
		return 0
	}
	s, _ := vm.ToStr(nil, code)
	fmt.Fprintln(stderr, s)
	return 1
}

// reportSyntaxError prints a compile error in CPython's layout (see formatSyntaxError),
// without colour.
func reportSyntaxError(w io.Writer, err error, src []byte) {
	fmt.Fprint(w, formatSyntaxError(err, src))
}

// formatSyntaxError renders a compile error in CPython's layout: the location, the line, a
// caret line under the offending range, then `SyntaxError: message`.
func formatSyntaxError(err error, src []byte) string {
	var se *ast.Error
	if !errors.As(err, &se) {
		return fmt.Sprintf("SyntaxError: %v\n", err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", se.Filename, se.Pos.Line)
	se.WriteSource(&b, src)
	fmt.Fprintf(&b, "%s: %s\n", se.Kind, se.Msg)
	return b.String()
}
