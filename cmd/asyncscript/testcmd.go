package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// testHelp is the text of `asyncscript help test`.
const testHelp = `usage: asyncscript test [--update] [PATH...]

Run golden tests. Every NAME.as under the PATHs (directories are searched
recursively, skipping those whose name starts with a dot; the default is the
current directory) that has a NAME.out beside it is run, and what it prints on
standard output must equal NAME.out exactly. When a NAME.err exists, the script
must fail with exit status 1 and the last non-empty line of its standard error
must equal NAME.err (for example "ValueError: bad input"); otherwise it must
exit with status 0. Scripts without a NAME.out are skipped.

Each script runs under its base name (NAME.as, as tracebacks show it) on the
virtual clock, so sleeping takes no time (see 'asyncscript help run'), unless it
contains the comment "# asyncscript: clock=real".

For a failing script the output is "FAIL PATH" followed by a unified diff from
NAME.out to the actual standard output, and the exit status or error line that
differ. The last line counts the scripts: "N passed, N failed", followed by
", N updated" and ", N skipped" when there are any.

Options:
  --update  rewrite NAME.out (and write or remove NAME.err) from what asyncscript
            prints, for every script that no longer matches; these are shown as
            "UPDATE PATH" with their diff. For your own scripts asyncscript is the
            reference, not CPython: review the changes before keeping them. To add
            a test, create NAME.as and an empty NAME.out, then run
            asyncscript test --update NAME.as

Exit status:
  0  every script passed (or was updated)
  1  some script failed
  2  usage error: unknown option, or a PATH that does not exist or is not a .as file
`

// realClockMarker marks the scripts that check the real date or time: they run on the real
// clock; every other golden script runs on the virtual clock.
const realClockMarker = "# asyncscript: clock=real"

// testOutcome is how one script of `asyncscript test` fared.
type testOutcome int

const (
	testPassed testOutcome = iota
	testFailed
	testUpdated
	testSkipped
)

// testResult is the outcome of one script with, unless it passed or was skipped, a report
// of what differs.
type testResult struct {
	outcome testOutcome
	// diff goes from NAME.out to the actual standard output; "" when they agree.
	diff string
	// problems explains the other differences (exit status, error line) in lines of text.
	problems string
}

// cmdTest runs the golden tests under the paths in args and prints their results.
func cmdTest(args []string, stdout, stderr io.Writer) int {
	update := false
	var paths []string
	for _, arg := range args {
		switch {
		case arg == "--update":
			update = true
		case strings.HasPrefix(arg, "-"):
			fmt.Fprintf(stderr, "asyncscript: unknown option %q for test (try 'asyncscript help test')\n", arg)
			return 2
		default:
			paths = append(paths, arg)
		}
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	scripts, err := findScripts(paths)
	if err != nil {
		fmt.Fprintf(stderr, "asyncscript: %v\n", err)
		return 2
	}
	color := colorEnabled(stdout, os.Getenv)
	var counts [testSkipped + 1]int
	for i, result := range runTests(scripts, update) {
		r := <-result
		counts[r.outcome]++
		switch r.outcome {
		case testFailed:
			fmt.Fprintln(stdout, "FAIL", scripts[i])
		case testUpdated:
			fmt.Fprintln(stdout, "UPDATE", scripts[i])
		}
		if color {
			r.diff = colorDiff(r.diff)
		}
		fmt.Fprint(stdout, r.diff, r.problems)
	}
	fmt.Fprintf(stdout, "%d passed, %d failed", counts[testPassed], counts[testFailed])
	if counts[testUpdated] > 0 {
		fmt.Fprintf(stdout, ", %d updated", counts[testUpdated])
	}
	if counts[testSkipped] > 0 {
		fmt.Fprintf(stdout, ", %d skipped", counts[testSkipped])
	}
	fmt.Fprintln(stdout)
	if counts[testFailed] > 0 {
		return 1
	}
	return 0
}

// findScripts lists the .as files named in paths or found under them (in lexical order),
// each once.
func findScripts(paths []string) ([]string, error) {
	var scripts []string
	seen := map[string]bool{}
	add := func(path string) {
		if path = filepath.Clean(path); !seen[path] {
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

// runTests runs the scripts, several at once; the i-th channel delivers the result of the
// i-th script, so results can be printed in order as they come.
func runTests(scripts []string, update bool) []chan testResult {
	results := make([]chan testResult, len(scripts))
	for i := range results {
		results[i] = make(chan testResult, 1)
	}
	next := make(chan int, len(scripts))
	for i := range scripts {
		next <- i
	}
	close(next)
	for range min(runtime.GOMAXPROCS(0), len(scripts)) {
		go func() {
			for i := range next {
				results[i] <- testScript(scripts[i], update)
			}
		}()
	}
	return results
}

// testScript runs one script and compares what it did with NAME.out and NAME.err, or
// rewrites them when update is set.
func testScript(path string, update bool) testResult {
	base := strings.TrimSuffix(path, ".as")
	outFile, errFile := base+".out", base+".err"
	wantOut, err := os.ReadFile(outFile)
	if errors.Is(err, fs.ErrNotExist) {
		return testResult{outcome: testSkipped}
	}
	if err != nil {
		return testResult{outcome: testFailed, problems: err.Error() + "\n"}
	}
	wantErr, err := os.ReadFile(errFile)
	mustFail := err == nil
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return testResult{outcome: testFailed, problems: err.Error() + "\n"}
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return testResult{outcome: testFailed, problems: err.Error() + "\n"}
	}

	var stdout, stderr bytes.Buffer
	status := runSource(filepath.Base(path), src, &stdout, &stderr,
		runOptions{virtualClock: !bytes.Contains(src, []byte(realClockMarker))})

	r := testResult{outcome: testPassed, diff: unifiedDiff(outFile, path+" (stdout)", string(wantOut), stdout.String())}
	var problems strings.Builder
	errLine := lastLine(stderr.String())
	switch {
	case !mustFail && status != 0:
		problems.WriteString(withStderr(fmt.Sprintf("exit status %d, want 0", status), stderr.String()))
	case mustFail && status != 1:
		fmt.Fprintf(&problems, "exit status %d, want 1 (%s exists)\n", status, errFile)
	case mustFail && errLine != strings.TrimSpace(string(wantErr)):
		fmt.Fprintf(&problems, "last line of stderr %q, want %q (%s)\n", errLine, strings.TrimSpace(string(wantErr)), errFile)
	}
	r.problems = problems.String()
	switch {
	case r.diff == "" && r.problems == "":
		return r
	case !update:
		r.outcome = testFailed
	case status != 0 && status != 1:
		r.outcome = testFailed
		r.problems = withStderr(fmt.Sprintf("exit status %d cannot be recorded (only 0, or 1 with %s)", status, errFile), stderr.String())
	default:
		r.outcome = testUpdated
		if err := record(outFile, errFile, stdout.String(), errLine, status == 1); err != nil {
			r.outcome = testFailed
			r.problems += err.Error() + "\n"
		}
	}
	return r
}

// withStderr is a one-line problem followed by the script's standard error, if any.
func withStderr(problem, stderr string) string {
	if stderr == "" {
		return problem + "\n"
	}
	return problem + "; stderr:\n" + stderr
}

// record writes the expected files of a script from its output: NAME.out, and NAME.err
// when it failed (else NAME.err is removed).
func record(outFile, errFile, stdout, errLine string, failed bool) error {
	if err := os.WriteFile(outFile, []byte(stdout), 0o644); err != nil {
		return err
	}
	if failed {
		return os.WriteFile(errFile, []byte(errLine+"\n"), 0o644)
	}
	if err := os.Remove(errFile); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// lastLine is the last non-empty line of a stream, as the .err files hold it.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.TrimSpace(lines[i]) != "" {
			return strings.TrimSpace(lines[i])
		}
	}
	return ""
}
