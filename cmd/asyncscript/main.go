// Command asyncscript runs asyncscript programs. Like python3, it runs a script given as
// its first argument, passing the arguments after it to the script as sys.argv[1:]:
//
//	asyncscript [OPTIONS] FILE [ARGS...]   run FILE (run is a synonym: asyncscript run FILE)
//	asyncscript [OPTIONS] -c CODE [ARGS...] run CODE
//	asyncscript [OPTIONS] - [ARGS...]      run the script read from standard input
//	asyncscript [repl]                     the interactive prompt
//	asyncscript dis FILE|-                 print the script's bytecode
//	asyncscript check FILE...              report syntax errors without running anything
//	asyncscript test [OPTIONS] [PATH...]   run golden tests (NAME.as with NAME.out)
//	asyncscript version                    print the version (also -V, --version)
//	asyncscript help [COMMAND]             print the help (also -h, --help)
//
// Exit status: 0 success, 1 uncaught exception, syntax error or failed check or test,
// 2 usage error, 3 deadlock, 130 interrupted.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/asyncscript/asyncscript/lang/bytecode"
)

// version is the release of this build.
const version = "0.1.0"

func main() {
	startGCTuner()
	os.Exit(runMain(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// runMain is the whole command, with its streams passed in so tests can drive it.
func runMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		return cmdRepl(stdin, stdout, stderr, isTerminal(stdin))
	}
	name := args[0]
	if name == "-h" || name == "--help" {
		return cmdHelp(nil, stdout, stderr)
	}
	if _, isCommand := commandHelp[name]; !isCommand {
		// Anything else is what python3 accepts: options, then FILE, -c CODE or -.
		return cmdRun(args, stdin, stdout, stderr)
	}
	args = args[1:]
	if name != "run" && wantsHelp(args) {
		fmt.Fprint(stdout, commandHelp[name])
		return 0
	}
	switch name {
	case "repl":
		if len(args) > 0 {
			return usageError(stderr, "repl", "repl takes no arguments")
		}
		return cmdRepl(stdin, stdout, stderr, isTerminal(stdin))
	case "run":
		return cmdRun(args, stdin, stdout, stderr)
	case "dis":
		return cmdDis(args, stdin, stdout, stderr)
	case "check":
		return cmdCheck(args, stdin, stderr)
	case "test":
		return cmdTest(args, stdout, stderr)
	case "version":
		if len(args) > 0 {
			return usageError(stderr, "version", "version takes no arguments")
		}
		return printVersion(stdout)
	}
	return cmdHelp(args, stdout, stderr)
}

// wantsHelp reports whether the arguments of a command ask for its help (-h or --help
// before any --). The run command has its own test: its script's arguments may be -h.
func wantsHelp(args []string) bool {
	for _, arg := range args {
		switch arg {
		case "-h", "--help":
			return true
		case "--":
			return false
		}
	}
	return false
}

// isOption reports whether a command-line argument is an option: it starts with '-' and is
// not - alone (standard input).
func isOption(arg string) bool { return len(arg) > 1 && arg[0] == '-' }

// usageError reports a wrong command line and returns the usage status, 2.
func usageError(stderr io.Writer, cmd, problem string) int {
	fmt.Fprintf(stderr, "asyncscript: %s (try 'asyncscript help %s')\n", problem, cmd)
	return 2
}

func printVersion(stdout io.Writer) int {
	fmt.Fprintln(stdout, "asyncscript", version)
	return 0
}

func cmdDis(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	for _, arg := range args {
		if isOption(arg) {
			return usageError(stderr, "dis", fmt.Sprintf("unknown option %q for dis", arg))
		}
	}
	if len(args) != 1 {
		return usageError(stderr, "dis", "usage: asyncscript dis FILE")
	}
	name, src, status := readScript(args[0], stdin, stderr)
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

// readScript reads a script (- for standard input); a non-zero status means it failed and
// said why.
func readScript(path string, stdin io.Reader, stderr io.Writer) (string, []byte, int) {
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
