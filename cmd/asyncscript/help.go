package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

const usage = `asyncscript - an async/await scripting language, a subset of Python 3.11

Usage:
  asyncscript [OPTIONS] FILE [ARGS...]
                           run FILE, as python3 FILE does; the ARGS are the
                           script's sys.argv[1:] (see 'asyncscript help run')
  asyncscript [OPTIONS] -c CODE [ARGS...]
                           run CODE
  asyncscript [OPTIONS] - [ARGS...]
                           run the script read from standard input
  asyncscript run [OPTIONS] FILE [ARGS...]
                           the same as without 'run'
  asyncscript repl         the interactive prompt (the default with no arguments)
  asyncscript dis FILE     print the bytecode of every code object in FILE
  asyncscript check FILE...
                           report the syntax errors of the FILEs without running them
  asyncscript test [--timeout=DUR] [-run REGEXP] [-v] [-p N] [--update] [PATH...]
                           run golden tests: every NAME.as with a NAME.out
  asyncscript version      print the version (also -V, --version)
  asyncscript help [COMMAND]
                           print this help, or the help of COMMAND (also -h, --help;
                           every command takes -h)

Options of the run command (before FILE): -c CODE, -u, -h, -V as in python3;
--clock=real|virtual[@START], --max-steps=N and --trace=FILE are asyncscript's
own. A FILE named like a command (test, run, ...) runs as ./test or after --.

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
const runHelp = `usage: asyncscript [run] [OPTIONS] FILE | -c CODE | - [ARGS...]

Run FILE as the __main__ module, as python3 FILE does; - reads the script from
standard input, -c CODE runs CODE. The ARGS after the script are its
sys.argv[1:]; sys.argv[0] is FILE, '-c' or '-'. Options come before the
script: everything after it belongs to the script, even -h. Output is what
CPython 3.11 prints for the same script. An uncaught exception prints its
traceback on standard error (in colour on a terminal, see 'asyncscript help');
a syntax error runs nothing.

Options, as in python3:
  -c CODE          run CODE (its tracebacks name it "<string>")
  -u               unbuffered: standard output is written at every print
  -h, --help       print this help
  -V, --version    print the version
  --               end of the options: the next argument is FILE

Options of asyncscript only (each also takes its value as a separate argument,
--clock virtual):
  --clock=real     the default: time and sleeps follow the real clock
  --clock=virtual  skip idle waits: asyncio.sleep and timeouts return at once,
                   in the same order of events, and the wall clock starts at
                   2000-01-01 00:00:00 UTC, so output is reproducible
  --clock=virtual@START
                   the same, with the wall clock starting at START
                   (RFC 3339, e.g. 2024-05-01T12:00:00Z)
  --max-steps=N    stop the program with StepLimitExceeded after N loop
                   iterations (a bound for untrusted or runaway scripts)
  --trace=FILE.json, --trace=FILE.html
                   record what every task does and write it as a timeline
                   when the program ends (Chrome trace JSON, or a web page)

Exit status:
  0    success
  1    uncaught exception or syntax error
  2    usage error (unknown option, missing file)
  3    deadlock: no task can make progress
  130  interrupted (Ctrl-C: an uncaught KeyboardInterrupt); run then dies by
       SIGINT itself, as CPython does, so a shell loop over scripts stops
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

The interactive prompt (the default with no arguments), like python3 -m asyncio:
asyncio is imported, statements run as they are entered, await works at the top
level and tasks keep running in the background. A compound statement (if, for,
def, ...) ends with an empty line, even when it fits on one line. help() and
help(obj) show a short help, tasks() lists the running tasks, exit() or Ctrl-D
leaves, Ctrl-C interrupts the running statement. When standard input is not a
terminal, statements are read from it without prompts.

Exit status:
  0    end of input or exit()
  N    exit(N)
  2    usage error
`

// versionHelp is the text of `asyncscript help version`.
const versionHelp = `usage: asyncscript version

Print the version of asyncscript; asyncscript -V and --version do the same.
`

// helpHelp is the text of `asyncscript help help`.
const helpHelp = `usage: asyncscript help [COMMAND]

Print the summary of every command, or the help of COMMAND; every command also
prints its help with -h or --help.
`

// commandHelp holds the text of `asyncscript help COMMAND` for each command; its keys are
// the command names.
var commandHelp = map[string]string{
	"repl": replHelp, "run": runHelp, "dis": disHelp, "check": checkHelp, "test": testHelp,
	"version": versionHelp, "help": helpHelp,
}

// cmdHelp prints the usage text, or the help of the command named in args.
func cmdHelp(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stdout, usage)
		return 0
	}
	text, ok := commandHelp[args[0]]
	if !ok || len(args) > 1 {
		names := make([]string, 0, len(commandHelp))
		for name := range commandHelp {
			names = append(names, name)
		}
		sort.Strings(names)
		fmt.Fprintf(stderr, "asyncscript: no help for %q (commands: %s)\n", strings.Join(args, " "), strings.Join(names, ", "))
		return 2
	}
	fmt.Fprint(stdout, text)
	return 0
}
