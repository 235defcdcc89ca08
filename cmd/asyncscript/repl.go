package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync/atomic"

	"github.com/asyncscript/asyncscript/lang/compiler"
	"github.com/asyncscript/asyncscript/lang/parser"
	"github.com/asyncscript/asyncscript/stdlib"
	"github.com/asyncscript/asyncscript/stdlib/asyncio"
	"github.com/asyncscript/asyncscript/vm"
)

// The REPL runs one event loop for the whole session. A goroutine reads statements (with
// prompts and line editing on a terminal) and posts each to the loop, which runs it: plain
// code at once, code that awaits as a task, while tasks created earlier keep running in the
// background. The reader asks for the next statement only when the current one is done.

// replFilename is the file name of the statements typed at the prompt, as in python3 -m asyncio.
const replFilename = "<console>"

// statementState says what the REPL is running, for Ctrl-C.
type statementState int32

const (
	idle statementState = iota
	runningSync
	runningAsync
)

// session is one interactive session.
type session struct {
	in      *vm.Interp
	main    *vm.Module
	loop    *asyncio.Loop
	src     lineSource
	stderr  io.Writer
	state   atomic.Int32
	current *asyncio.Task // the awaiting statement running now
	// interrupted marks the current statement as cancelled by Ctrl-C.
	interrupted bool
	next        chan struct{} // the reader may read the next statement
	exitStatus  int
	// trace is the timeline trace() is recording.
	trace replTrace
}

// cmdRepl runs the interactive prompt; with input that is not a terminal it reads
// statements from stdin without prompts.
func cmdRepl(stdin io.Reader, stdout, stderr io.Writer, terminal bool) int {
	in := stdlib.New(stdout, stderr)
	in.AutoFlush = true
	s := &session{in: in, main: vm.NewMainModule(), stderr: stderr, next: make(chan struct{}, 1)}
	in.DisplayHook = s.display
	installReplBuiltins(s)
	if terminal {
		fmt.Fprintf(stdout, "asyncscript %s REPL: a subset of Python 3.11 with top-level await.\n", version)
		fmt.Fprintln(stdout, `Type "exit()" or Ctrl-D to leave, "tasks()" to list running tasks.`)
		s.src = newTerminalSource(s.complete)
	} else {
		s.src = &pipeSource{r: bufio.NewReader(stdin)}
	}
	defer s.src.Close()
	if terminal {
		stop := s.catchInterrupts()
		defer stop()
	}
	err := in.Guard(func() error {
		s.loop = asyncio.NewLoop(in)
		asyncio.SetEventLoop(in, s.loop)
		// python3 -m asyncio starts with asyncio already imported; so does this prompt.
		mod, err := in.Import("asyncio")
		if err != nil {
			return err
		}
		s.main.Set("asyncio", mod)
		s.loop.WorkerStarted() // the reader: the loop waits for it instead of reporting a deadlock
		go s.read()
		s.next <- struct{}{}
		if err := s.loop.RunForever(); err != nil {
			return err
		}
		if err := asyncio.Shutdown(in, s.loop); err != nil {
			return err
		}
		if s.trace.rec != nil {
			return s.stopTrace() // leaving the prompt writes a trace still being recorded
		}
		return nil
	})
	in.Flush()
	if err != nil {
		s.report(err)
	}
	// As CPython's prompt: leaving it runs the atexit functions, after any report.
	stdlib.RunExitFunctions(in)
	if err != nil {
		return 1
	}
	return s.exitStatus
}

// read is the reader goroutine: each statement is posted to the loop, then it waits until
// the loop is done with it.
func (s *session) read() {
	for range s.next {
		text, err := readStatement(s.src)
		switch {
		case errors.Is(err, errInterrupted):
			// The line editor has echoed ^C, as CPython's readline does.
			fmt.Fprintln(s.stderr, "KeyboardInterrupt")
			s.next <- struct{}{}
			continue
		case err != nil:
			if err == io.EOF && s.src != nil {
				if _, isTerm := s.src.(*terminalSource); isTerm {
					fmt.Fprintln(s.stderr)
				}
			}
			s.loop.Post(func() {
				s.loop.WorkerDone()
				s.loop.Stop()
			})
			return
		}
		s.src.Remember(text)
		s.loop.Post(func() { s.execute(text) })
	}
}

// execute compiles and runs one statement on the loop's goroutine.
func (s *session) execute(text string) {
	// Like CPython's asyncio REPL, tracebacks name the statements "<console>" and show no
	// source for them: each statement starts at line 1.
	mod, err := parser.Parse(replFilename, []byte(text))
	if err != nil {
		reportSyntaxError(s.stderr, err, []byte(text))
		s.done()
		return
	}
	code, err := compiler.CompileInteractive(mod)
	if err != nil {
		reportSyntaxError(s.stderr, err, []byte(text))
		s.done()
		return
	}
	body := s.in.ModuleFunction(code, s.main)
	if !body.IsCoroutineFunction() {
		s.state.Store(int32(runningSync))
		err := s.in.Recover(func() error {
			_, err := s.in.MainThread().Call(body, nil, nil)
			return err
		})
		s.state.Store(int32(idle))
		s.finish(err)
		return
	}
	coro, err := s.in.MainThread().Call(body, nil, nil)
	if err != nil {
		s.finish(err)
		return
	}
	task, err := s.loop.NewTask(coro.(*vm.Generator), nil)
	if err != nil {
		s.finish(err)
		return
	}
	s.current, s.interrupted = task, false
	s.state.Store(int32(runningAsync))
	task.AddDoneCallback("repl", func(vm.Value) {
		s.state.Store(int32(idle))
		s.current = nil
		_, exc := task.AwaitResult()
		if exc != nil && s.interrupted && exc.Class.IsSubclass(asyncio.CancelledError) {
			s.in.WriteErr("KeyboardInterrupt\n")
			s.done()
			return
		}
		if exc != nil {
			s.finish(exc)
			return
		}
		s.done()
	})
}

// finish reports how a statement ended and asks for the next one; SystemExit ends the
// session.
func (s *session) finish(err error) {
	if err != nil {
		var exc *vm.Exception
		if errors.As(err, &exc) && exc.Class.IsSubclass(vm.SystemExit) {
			s.exitStatus = exitStatus(s.stderr, exc)
			s.loop.WorkerDone()
			s.loop.Stop()
			return
		}
		s.report(err)
	}
	s.done()
}

func (s *session) done() {
	s.in.Flush()
	s.next <- struct{}{}
}

// report prints an exception's traceback (or an interpreter error) and goes on.
func (s *session) report(err error) {
	var exc *vm.Exception
	if errors.As(err, &exc) {
		s.in.WriteErr(s.in.FormatException(exc))
		return
	}
	s.in.WriteErr(fmt.Sprintf("asyncscript: %v\n", err))
}

// display is sys.displayhook: show a value's repr, unless it is None, and keep it as _.
func (s *session) display(th *vm.Thread, v vm.Value) error {
	if vm.IsNone(v) {
		return nil
	}
	r, err := vm.Repr(th, v)
	if err != nil {
		return err
	}
	s.in.Builtins.Set("_", v)
	s.in.Stdout.WriteString(r + "\n")
	s.in.Flush()
	return nil
}

// catchInterrupts turns Ctrl-C while a statement runs into KeyboardInterrupt: an awaiting
// statement is cancelled (background tasks live on); plain code is interrupted where it is.
func (s *session) catchInterrupts() (stop func()) {
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt)
	go func() {
		for range signals {
			switch statementState(s.state.Load()) {
			case runningSync:
				s.in.Interrupt()
			case runningAsync:
				s.loop.Post(func() {
					if s.current != nil {
						s.interrupted = true
						s.current.Cancel(vm.None)
					}
				})
			}
		}
	}()
	return func() { signal.Stop(signals); close(signals) }
}
