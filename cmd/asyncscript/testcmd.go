package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// testHelp is the text of `asyncscript help test`.
const testHelp = `usage: asyncscript test [--timeout=DUR] [-run REGEXP] [-v] [-p N] [--update] [PATH...]

Run golden tests. Every NAME.as under the PATHs (directories are searched
recursively, skipping those whose name starts with a dot; the default is the
current directory) that has a NAME.out beside it is run, and what it prints on
standard output must equal NAME.out exactly. When a NAME.err exists, the last
non-empty line of its standard error must equal NAME.err (for example
"ValueError: bad input"). Its exit status must be the number in NAME.rc if
there is one (3 for a deadlock, N for sys.exit(N)), else 1 when NAME.err
exists, else 0. Scripts without a NAME.out are skipped, and named.

A directory holding main.as is a multi-file test: main.as is its script
(main.out, main.err and main.rc beside it) and every other file under the
directory is a module or package it imports, not a script.

Each script runs under its base name (NAME.as, as tracebacks show it),
importing modules from its own directory, on the virtual clock, so sleeping takes no time (see 'asyncscript help run'), unless it
contains the comment "# asyncscript: clock=real". Scripts run in parallel.

For a failing script the output is "FAIL PATH" followed by a unified diff from
NAME.out to the actual standard output, and the exit status or error line that
differ. The last line counts the scripts: "N passed, N failed, N skipped",
followed by ", N updated" with --update.

Options:
  --timeout=DUR  fail a script that runs longer than DUR (default 10s; a Go
                 duration such as 500ms, 30s or 2m)
  -run REGEXP    run only the scripts whose path matches REGEXP
  -v             name every script with its result and time
  -p N           run N scripts at once (default: the number of CPUs)
  --update       rewrite NAME.out, NAME.err and NAME.rc from what CPython 3.11
                 (python3) does with the script, run from its directory; a
                 script whose first line is "# asyncscript-only: REASON" cannot
                 run under CPython, and its expectations are written from what
                 asyncscript does. Each rewritten script is shown as
                 "UPDATE PATH (from CPython)" or "UPDATE PATH (from asyncscript)"
                 with the diff of its NAME.out; review them before keeping them.
                 To add a test, create NAME.as and an empty NAME.out, then run
                 asyncscript test --update NAME.as
Each option also takes its value after '=' (-run=REGEXP).

Exit status:
  0  every script passed
  1  some script failed (or could not be updated)
  2  usage error: unknown option, or a PATH that does not exist or is not a .as file
`

// defaultTestTimeout is how long a golden script may run before it fails.
const defaultTestTimeout = 10 * time.Second

// testConfig is the command line of `asyncscript test`.
type testConfig struct {
	timeout  time.Duration
	filter   *regexp.Regexp
	verbose  bool
	parallel int
	update   bool
	// python is CPython 3.11 for --update; "" when it is not installed.
	python string
	paths  []string
}

// testOutcome is how one script of `asyncscript test` fared.
type testOutcome int

const (
	testPassed testOutcome = iota
	testFailed
	testSkipped
)

// testResult is the outcome of one script with, unless it passed or was skipped, a report
// of what differs.
type testResult struct {
	outcome testOutcome
	elapsed time.Duration
	// note says why a script was skipped.
	note string
	// updatedFrom names where --update took new expectations from; "" when they did not change.
	updatedFrom string
	// updateDiff goes from the old NAME.out to the new one.
	updateDiff string
	// diff goes from NAME.out to the actual standard output; "" when they agree.
	diff string
	// problems explains the other differences (exit status, error line) in lines of text.
	problems string
}

// cmdTest runs the golden tests under the paths in args and prints their results.
func cmdTest(args []string, stdout, stderr io.Writer) int {
	cfg, problem := parseTestArgs(args)
	if problem != "" {
		return usageError(stderr, "test", problem)
	}
	scripts, err := findScripts(cfg.paths, cfg.filter)
	if err != nil {
		fmt.Fprintf(stderr, "asyncscript: %v\n", err)
		return 2
	}
	if cfg.update {
		cfg.python = findCPython()
	}
	color := colorEnabled(stdout, os.Getenv)
	var counts [testSkipped + 1]int
	updated := 0
	for i, result := range runTests(scripts, cfg) {
		r := <-result
		counts[r.outcome]++
		if r.updatedFrom != "" {
			updated++
			fmt.Fprintf(stdout, "UPDATE %s (from %s)\n%s", scripts[i], r.updatedFrom, colorIf(color, r.updateDiff))
		}
		elapsed := ""
		if cfg.verbose {
			elapsed = fmt.Sprintf(" (%.2fs)", r.elapsed.Seconds())
		}
		switch {
		case r.outcome == testFailed:
			fmt.Fprintf(stdout, "FAIL %s%s\n", scripts[i], elapsed)
		case r.outcome == testSkipped:
			fmt.Fprintf(stdout, "SKIP %s (%s)\n", scripts[i], r.note)
		case cfg.verbose:
			fmt.Fprintf(stdout, "PASS %s%s\n", scripts[i], elapsed)
		}
		fmt.Fprint(stdout, colorIf(color, r.diff), r.problems)
	}
	fmt.Fprintf(stdout, "%d passed, %d failed, %d skipped", counts[testPassed], counts[testFailed], counts[testSkipped])
	if cfg.update {
		fmt.Fprintf(stdout, ", %d updated", updated)
	}
	fmt.Fprintln(stdout)
	if counts[testFailed] > 0 {
		return 1
	}
	return 0
}

// colorIf colours a diff when colour is on.
func colorIf(color bool, diff string) string {
	if color {
		return colorDiff(diff)
	}
	return diff
}

// parseTestArgs reads the command line of `asyncscript test`; a non-empty problem says
// what is wrong with it.
func parseTestArgs(args []string) (cfg testConfig, problem string) {
	cfg = testConfig{timeout: defaultTestTimeout, parallel: runtime.GOMAXPROCS(0)}
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if !isOption(arg) {
			cfg.paths = append(cfg.paths, arg)
			continue
		}
		name, value, hasValue := strings.Cut(arg, "=")
		// needValue returns the option's value, after '=' or as the next argument.
		needValue := func() (string, bool) {
			if hasValue {
				return value, true
			}
			if i+1 < len(args) {
				i++
				return args[i], true
			}
			return "", false
		}
		switch name {
		case "--":
			cfg.paths = append(cfg.paths, args[i+1:]...)
			i = len(args)
		case "--update", "-update":
			cfg.update = true
		case "-v", "--v":
			cfg.verbose = true
		case "--timeout", "-timeout":
			v, ok := needValue()
			d, err := time.ParseDuration(v)
			if !ok || err != nil || d <= 0 {
				return cfg, fmt.Sprintf("%s needs a duration such as 10s or 500ms", name)
			}
			cfg.timeout = d
		case "-run", "--run":
			v, ok := needValue()
			re, err := regexp.Compile(v)
			if !ok || err != nil {
				return cfg, fmt.Sprintf("%s needs a regular expression", name)
			}
			cfg.filter = re
		case "-p", "--p":
			v, ok := needValue()
			n, err := strconv.Atoi(v)
			if !ok || err != nil || n < 1 {
				return cfg, fmt.Sprintf("%s needs a positive number", name)
			}
			cfg.parallel = n
		default:
			return cfg, fmt.Sprintf("unknown option %q for test", arg)
		}
		if hasValue && (name == "--update" || name == "-update" || name == "-v" || name == "--v") {
			return cfg, fmt.Sprintf("%s takes no value", name)
		}
	}
	if len(cfg.paths) == 0 {
		cfg.paths = []string{"."}
	}
	return cfg, ""
}

// multiFileMain is the main script of a multi-file golden test: a directory holding it is
// one test, whose other files are the modules and packages it imports, not scripts.
const multiFileMain = "main.as"

// findScripts lists the .as files named in paths or found under them (in lexical order),
// each once, keeping those whose path matches filter (when there is one). Under a
// directory that holds a main.as, only main.as is a script.
func findScripts(paths []string, filter *regexp.Regexp) ([]string, error) {
	var scripts []string
	seen := map[string]bool{}
	add := func(path string) {
		path = filepath.Clean(path)
		if !seen[path] && (filter == nil || filter.MatchString(filepath.ToSlash(path))) {
			seen[path] = true
			scripts = append(scripts, path)
		}
	}
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			return nil, fmt.Errorf("can't open file '%s': %s", root, describeOpenError(err))
		}
		if !info.IsDir() {
			if !strings.HasSuffix(root, ".as") {
				return nil, fmt.Errorf("%s is not a .as script", root)
			}
			add(root)
			continue
		}
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				return err
			case d.IsDir() && path != root && strings.HasPrefix(d.Name(), "."):
				return filepath.SkipDir
			case d.IsDir() && isMultiFileTest(path):
				add(filepath.Join(path, multiFileMain))
				return filepath.SkipDir
			case !d.IsDir() && strings.HasSuffix(path, ".as"):
				add(path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return scripts, nil
}

// isMultiFileTest reports whether dir is a multi-file golden test (it holds a main.as).
func isMultiFileTest(dir string) bool {
	st, err := os.Stat(filepath.Join(dir, multiFileMain))
	return err == nil && st.Mode().IsRegular()
}

// runTests runs the scripts, cfg.parallel at once; the i-th channel delivers the result of
// the i-th script, so results can be printed in order as they come.
func runTests(scripts []string, cfg testConfig) []chan testResult {
	results := make([]chan testResult, len(scripts))
	for i := range results {
		results[i] = make(chan testResult, 1)
	}
	next := make(chan int, len(scripts))
	for i := range scripts {
		next <- i
	}
	close(next)
	for range min(cfg.parallel, len(scripts)) {
		go func() {
			for i := range next {
				start := time.Now()
				r := testScript(scripts[i], cfg)
				r.elapsed = time.Since(start)
				results[i] <- r
			}
		}()
	}
	return results
}

// asyncscriptRun is what asyncscript did with a golden script.
type asyncscriptRun struct {
	stdout, stderr string
	status         int
	timedOut       bool
}

// runGolden runs a golden script as the test command does (under its base name, importing
// from its directory, on the virtual clock unless it asks for the real one), stopping it
// after timeout.
func runGolden(path string, src []byte, timeout time.Duration) asyncscriptRun {
	stop := make(chan struct{})
	done := make(chan asyncscriptRun, 1)
	go func() {
		var stdout, stderr bytes.Buffer
		status := runSource(filepath.Base(path), src, &stdout, &stderr,
			runOptions{virtualClock: !bytes.Contains(src, []byte(realClockMarker)), stop: stop, scriptDir: filepath.Dir(path)})
		done <- asyncscriptRun{stdout: stdout.String(), stderr: stderr.String(), status: status}
	}()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case r := <-done:
		return r
	case <-timer.C:
		// The script is interrupted again and again until it ends; its output is not
		// waited for.
		close(stop)
		return asyncscriptRun{timedOut: true}
	}
}

// testScript runs one script and compares what it did with its expectation, after
// rewriting that from CPython (or asyncscript) when cfg.update is set.
func testScript(path string, cfg testConfig) testResult {
	want, err := loadExpectation(path)
	if errors.Is(err, fs.ErrNotExist) {
		return testResult{outcome: testSkipped, note: "no " + filepath.Base(filesOf(path).out)}
	}
	failed := func(err error) testResult { return testResult{outcome: testFailed, problems: err.Error() + "\n"} }
	if err != nil {
		return failed(err)
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return failed(err)
	}
	got := runGolden(path, src, cfg.timeout)
	if got.timedOut {
		return testResult{outcome: testFailed, problems: fmt.Sprintf("%s timed out after %v\n", path, cfg.timeout)}
	}
	var r testResult
	if cfg.update {
		fresh, from, err := freshExpectation(path, src, got, cfg)
		if err != nil {
			return failed(err)
		}
		if fresh != want {
			if err := fresh.write(path); err != nil {
				return failed(err)
			}
			r.updatedFrom = from
			r.updateDiff = unifiedDiff(filesOf(path).out+" (old)", filesOf(path).out+" (new)", want.stdout, fresh.stdout)
			want = fresh
		}
	}
	r.diff = unifiedDiff(filesOf(path).out, path+" (stdout)", want.stdout, got.stdout)
	r.problems = want.mismatch(path, got.stderr, got.status)
	if r.diff != "" || r.problems != "" {
		r.outcome = testFailed
	}
	return r
}

// freshExpectation is what a script should do, for --update: what CPython does with it,
// or, for an asyncscript-only script, what asyncscript did (ours); from names the source.
func freshExpectation(path string, src []byte, ours asyncscriptRun, cfg testConfig) (e expectation, from string, err error) {
	if bytes.HasPrefix(src, []byte(asyncscriptOnly)) {
		return observed(ours.stdout, ours.stderr, ours.status), "asyncscript", nil
	}
	if cfg.python == "" {
		return e, "", fmt.Errorf("cannot update %s: CPython 3.11 (python3) is not installed; only asyncscript-only scripts are updated without it", path)
	}
	run, err := runCPython(cfg.python, path, cfg.timeout)
	if err != nil {
		return e, "", fmt.Errorf("cannot update %s: %v", path, err)
	}
	return observed(run.stdout, run.stderr, run.status), "CPython", nil
}
