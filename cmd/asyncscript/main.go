// Command asyncscript runs asyncscript programs.
//
//	asyncscript run FILE|-     run a script (- reads it from standard input)
//	asyncscript dis FILE|-     print the script's bytecode
//	asyncscript version        print the version
//	asyncscript help           print this help
//
// Exit status: 0 success, 1 uncaught exception or syntax error, 2 usage error.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// version is the release of this build.
const version = "0.1.0"

const usage = `asyncscript - an async/await scripting language, a subset of Python 3.11

Usage:
  asyncscript run [--clock=real|virtual] FILE
                           run a script; FILE may be - to read standard input.
                           --clock=virtual skips idle waits (sleep returns at once,
                           the order of events is unchanged) and starts the wall
                           clock at 2000-01-01 00:00:00 UTC
  asyncscript dis FILE     print the bytecode of every code object in FILE
  asyncscript version      print the version
  asyncscript help         print this help

Exit status:
  0  success
  1  uncaught exception or syntax error
  2  usage error (unknown command, missing file)
  3  deadlock: no task can make progress
`

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
	case "version", "--version":
		fmt.Fprintln(stdout, "asyncscript", version)
		return 0
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "asyncscript: unknown command %q (try 'asyncscript help')\n", args[0])
	return 2
}

func cmdRun(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var opts runOptions
	for len(args) > 0 && strings.HasPrefix(args[0], "--") {
		switch args[0] {
		case "--clock=virtual":
			opts.virtualClock = true
		case "--clock=real":
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
	return runSource(name, src, stdout, stderr, opts)
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
