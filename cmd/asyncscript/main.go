// Command asyncscript runs asyncscript programs.
//
//	asyncscript [repl]                  the interactive prompt
//	asyncscript run FILE|-              run a script (- reads it from standard input)
//	asyncscript dis FILE|-              print the script's bytecode
//	asyncscript check FILE...           report syntax errors without running anything
//	asyncscript test [--update] [PATH]  run golden tests (NAME.as with NAME.out)
//	asyncscript version                 print the version
//	asyncscript help [COMMAND]          print the help
//
// Exit status: 0 success, 1 uncaught exception, syntax error or failed check or test,
// 2 usage error, 3 deadlock, 130 interrupted.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// version is the release of this build.
const version = "0.1.0"

const usage = `asyncscript - an async/await scripting language, a subset of Python 3.11

Usage:
  asyncscript repl         the interactive prompt (the default with no arguments)
  asyncscript run [--clock=real|virtual] FILE
                           run a script; FILE may be - to read standard input.
                           --clock=virtual skips idle waits (sleep returns at once,
                           the order of events is unchanged) and starts the wall
                           clock at 2000-01-01 00:00:00 UTC (or at START with
                           --clock=virtual@START, e.g. @2024-05-01T12:00:00Z)
  asyncscript dis FILE     print the bytecode of every code object in FILE
  asyncscript check FILE...
                           report the syntax errors of the FILEs without running them
  asyncscript test [--update] [PATH...]
                           run every NAME.as under the PATHs that has a NAME.out and
                           compare its output with NAME.out
  asyncscript version      print the version
  asyncscript help [COMMAND]
                           print this help, or the help of COMMAND

Exit status:
  0    success
  1    uncaught exception or syntax error; a failed check or test
  2    usage error (unknown command or option, missing file)
  3    deadlock: no task can make progress
  130  interrupted (Ctrl-C: an uncaught KeyboardInterrupt)

Colour: tracebacks and test diffs are coloured when they go to a terminal.
NO_COLOR (set to anything) turns colour off; otherwise FORCE_COLOR turns it on
even for files and pipes; otherwise TERM=dumb turns it off.
`

// runHelp is the text of `asyncscript help run`.
const runHelp = `usage: asyncscript run [--clock=real|virtual] FILE

Run FILE as the __main__ module; FILE may be - to read the script from standard
input. Output is what CPython 3.11 prints for the same script. An uncaught
exception prints its traceback on standard error (in colour on a terminal, see
'asyncscript help'); a syntax error runs nothing.

Options:
  --clock=real     the default: time and sleeps follow the real clock
  --clock=virtual  skip idle waits: asyncio.sleep and timeouts return at once,
                   in the same order of events, and the wall clock starts at
                   2000-01-01 00:00:00 UTC, so output is reproducible
  --clock=virtual@START
                   the same, with the wall clock starting at START
                   (RFC 3339, e.g. 2024-05-01T12:00:00Z)

Exit status:
  0    success
  1    uncaught exception or syntax error
  2    usage error (unknown option, missing file)
  3    deadlock: no task can make progress
  130  interrupted (Ctrl-C: an uncaught KeyboardInterrupt)
  N    raise SystemExit(N)
`

// disHelp is the text of `asyncscript help dis`.
const disHelp = `usage: asyncscript dis FILE

Compile FILE (- reads standard input) and print the bytecode of every code
object in it, the module first, then each function and class body.

Exit status:
  0  success
  1  syntax error
  2  usage error (missing file)
`

// replHelp is the text of `asyncscript help repl`.
const replHelp = `usage: asyncscript [repl]

The interactive prompt (the default with no arguments). Statements run as they
are entered; await works at the top level and tasks keep running in the
background. exit() or Ctrl-D leaves, tasks() lists the running tasks. When
standard input is not a terminal, statements are read from it without prompts.

Exit status:
  0    end of input or exit()
  N    exit(N)
  2    usage error
`

// commandHelp holds the text of `asyncscript help COMMAND` for each command.
var commandHelp = map[string]string{
	"repl": replHelp, "run": runHelp, "dis": disHelp, "check": checkHelp, "test": testHelp,
}

func main() {
	if os.Getenv("GOGC") == "" {
		// Scripts allocate many small short-lived values (ints, floats, strs); collecting
		// less often trades some memory for a large share of run time.
		debug.SetGCPercent(400)
	}
	os.Exit(runMain(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// runMain is the whole command, with its streams passed in so tests can drive it.
func runMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		return cmdRepl(stdin, stdout, stderr, isTerminal(stdin))
	}
	switch args[0] {
	case "repl":
		if len(args) > 1 {
			fmt.Fprintln(stderr, "asyncscript: usage: asyncscript repl")
			return 2
		}
		return cmdRepl(stdin, stdout, stderr, isTerminal(stdin))
	case "run":
		return cmdRun(args[1:], stdin, stdout, stderr)
	case "dis":
		return cmdDis(args[1:], stdin, stdout, stderr)
	case "check":
		return cmdCheck(args[1:], stdin, stderr)
	case "test":
		return cmdTest(args[1:], stdout, stderr)
	case "version", "--version":
		fmt.Fprintln(stdout, "asyncscript", version)
		return 0
	case "help", "-h", "--help":
		return cmdHelp(args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "asyncscript: unknown command %q (try 'asyncscript help')\n", args[0])
	return 2
}

func cmdRun(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	opts := runOptions{color: colorEnabled(stderr, os.Getenv)}
	for len(args) > 0 && strings.HasPrefix(args[0], "--") {
		switch arg := args[0]; {
		case arg == "--clock=virtual":
			opts.virtualClock = true
		case strings.HasPrefix(arg, "--clock=virtual@"):
			// The virtual wall clock may start at another instant: --clock=virtual@2024-05-01T12:00:00Z.
			start, err := time.Parse(time.RFC3339, strings.TrimPrefix(arg, "--clock=virtual@"))
			if err != nil {
				fmt.Fprintf(stderr, "asyncscript: %s: the start must be like 2024-05-01T12:00:00Z\n", arg)
				return 2
			}
			opts.virtualClock, opts.epoch = true, float64(start.Unix())
		case arg == "--clock=real":
			opts.virtualClock = false
		default:
			fmt.Fprintf(stderr, "asyncscript: unknown option %q for run (try 'asyncscript help')\n", args[0])
			return 2
		}
		args = args[1:]
	}
	name, src, status := readScript("run", args, stdin, stderr)
	if status != 0 {
		return status
	}
	opts.catchInterrupts = true
	return runSource(name, src, stdout, stderr, opts)
}

// cmdHelp prints the usage text, or the help of the command named in args.
func cmdHelp(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stdout, usage)
		return 0
	}
	text, ok := commandHelp[args[0]]
	if !ok || len(args) > 1 {
		fmt.Fprintf(stderr, "asyncscript: no help for %q (commands: check, dis, repl, run, test)\n", strings.Join(args, " "))
		return 2
	}
	fmt.Fprint(stdout, text)
	return 0
}

func cmdDis(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	name, src, status := readScript("dis", args, stdin, stderr)
	if status != 0 {
		return status
	}
	code, err := compileSource(name, src)
	if err != nil {
		reportSyntaxError(stderr, err, src)
		return 1
	}
	fmt.Fprint(stdout, bytecode.Disassemble(code))
	return 0
}

// readScript reads the one FILE argument of a command (- for standard input); a non-zero
// status means it failed and said why.
func readScript(cmd string, args []string, stdin io.Reader, stderr io.Writer) (string, []byte, int) {
	if len(args) != 1 {
		fmt.Fprintf(stderr, "asyncscript: usage: asyncscript %s FILE\n", cmd)
		return "", nil, 2
	}
	path := args[0]
	if path == "-" {
		src, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "asyncscript: can't read standard input: %v\n", err)
			return "", nil, 2
		}
		return "<stdin>", src, 0
	}
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "asyncscript: can't open file '%s': %s\n", path, describeOpenError(err))
		return "", nil, 2
	}
	return path, src, 0
}

// describeOpenError words a file error the way CPython does: [Errno 2] No such file or directory.
func describeOpenError(err error) string {
	switch {
	case os.IsNotExist(err):
		return "[Errno 2] No such file or directory"
	case os.IsPermission(err):
		return "[Errno 13] Permission denied"
	}
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}
