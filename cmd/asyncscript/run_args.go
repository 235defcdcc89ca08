package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
)

// scriptArgs is a parsed command line of the run command: its options, which script, and
// sys.argv.
type scriptArgs struct {
	opts runOptions
	// source is "file", "code" (-c) or "stdin" (-).
	source string
	// file is the script's path, or the code of -c.
	file string
	// argv is sys.argv: the script's path, "-c" or "-", then the script's arguments.
	argv []string
	// done is set when an option (-h, -V) did the whole job.
	done bool
}

// cmdRun runs a script as python3 does: options, then FILE, -c CODE or -, then the
// script's arguments.
func cmdRun(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	sa, status := parseRunArgs(args, stdout, stderr)
	if status != 0 || sa.done {
		return status
	}
	var name string
	var src []byte
	switch sa.source {
	case "code":
		name, src = "<string>", []byte(sa.file)
	default:
		path := sa.file
		if sa.source == "stdin" {
			path = "-"
		}
		if name, src, status = readScript(path, stdin, stderr); status != 0 {
			return status
		}
	}
	sa.opts.color = colorEnabled(stderr, os.Getenv)
	sa.opts.catchInterrupts = true
	sa.opts.argv = sa.argv
	return runSource(name, src, stdout, stderr, sa.opts)
}

// parseRunArgs reads the options of the run command up to the script; everything after
// the script belongs to it. A non-zero status means the command line is wrong and the
// reason was printed.
func parseRunArgs(args []string, stdout, stderr io.Writer) (scriptArgs, int) {
	var sa scriptArgs
	for i := 0; i < len(args); i++ {
		arg := args[i]
		// value returns the argument of an option given as --opt=VALUE or --opt VALUE.
		value := func(opt string) (string, bool) {
			if v, ok := strings.CutPrefix(arg, opt+"="); ok {
				return v, true
			}
			if arg == opt && i+1 < len(args) {
				i++
				return args[i], true
			}
			return "", false
		}
		switch {
		case arg == "--":
			if i+1 == len(args) {
				return sa, usageError(stderr, "run", "no script after --")
			}
			sa.setScript("file", args[i+1], args[i+1], args[i+2:])
			return sa, 0
		case arg == "-":
			sa.setScript("stdin", "-", "-", args[i+1:])
			return sa, 0
		case !isOption(arg):
			sa.setScript("file", arg, arg, args[i+1:])
			return sa, 0
		case arg == "-c":
			if i+1 == len(args) {
				return sa, usageError(stderr, "run", "argument expected for the -c option")
			}
			sa.setScript("code", args[i+1], "-c", args[i+2:])
			return sa, 0
		case strings.HasPrefix(arg, "-c") && !strings.HasPrefix(arg, "--"):
			// python3 -c'print(1)': the code may be glued to the option.
			sa.setScript("code", arg[2:], "-c", args[i+1:])
			return sa, 0
		case arg == "-h" || arg == "--help":
			fmt.Fprint(stdout, runHelp)
			sa.done = true
			return sa, 0
		case arg == "-V" || arg == "--version":
			sa.done = true
			return sa, printVersion(stdout)
		case arg == "-u":
			sa.opts.unbuffered = true
		case arg == "--clock" || strings.HasPrefix(arg, "--clock="):
			v, ok := value("--clock")
			if !ok {
				return sa, usageError(stderr, "run", "argument expected for the --clock option")
			}
			if problem := sa.opts.setClock(v); problem != "" {
				return sa, usageError(stderr, "run", problem)
			}
		case arg == "--trace" || strings.HasPrefix(arg, "--trace="):
			v, ok := value("--trace")
			if !ok || traceFormat(v) == "" {
				return sa, usageError(stderr, "run", "--trace needs a file name ending in .json or .html")
			}
			sa.opts.trace = v
		case arg == "--max-steps" || strings.HasPrefix(arg, "--max-steps="):
			v, ok := value("--max-steps")
			n, err := strconv.ParseInt(v, 10, 64)
			if !ok || err != nil || n <= 0 {
				return sa, usageError(stderr, "run", "--max-steps needs a positive number")
			}
			sa.opts.maxSteps = n
		default:
			return sa, usageError(stderr, "run", fmt.Sprintf("unknown option %q", arg))
		}
	}
	return sa, usageError(stderr, "run", "no script: give FILE, -c CODE or -")
}

// setScript records which script runs and its sys.argv.
func (sa *scriptArgs) setScript(source, file, argv0 string, rest []string) {
	sa.source, sa.file = source, file
	sa.argv = append([]string{argv0}, rest...)
}

// setClock applies --clock=real, --clock=virtual or --clock=virtual@START; it returns what
// is wrong with the value, or "".
func (o *runOptions) setClock(v string) string {
	switch {
	case v == "real":
		o.virtualClock = false
	case v == "virtual":
		o.virtualClock = true
	case strings.HasPrefix(v, "virtual@"):
		// The virtual wall clock may start at another instant: --clock=virtual@2024-05-01T12:00:00Z.
		start, err := time.Parse(time.RFC3339, strings.TrimPrefix(v, "virtual@"))
		if err != nil {
			return fmt.Sprintf("--clock=%s: the start must be like 2024-05-01T12:00:00Z", v)
		}
		o.virtualClock, o.epoch = true, float64(start.Unix())
	default:
		return fmt.Sprintf("--clock=%s: the clock is real or virtual[@START]", v)
	}
	return ""
}
