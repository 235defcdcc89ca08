package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
)

// asyncscriptOnly is the first-line marker of golden scripts CPython cannot run.
const asyncscriptOnly = "# asyncscript-only:"

// realClockMarker marks the scripts that check the real date or time: they run on the real
// clock; every other golden script runs on the virtual clock.
const realClockMarker = "# asyncscript: clock=real"

// expectation is what a golden script NAME.as must do, kept beside it: NAME.out holds its
// exact standard output, NAME.err the last non-empty line of its standard error, NAME.rc
// its exit status when that is not the default (1 with NAME.err, else 0).
type expectation struct {
	stdout string
	// errLine is the expected last line of standard error; "" when it is not checked.
	errLine string
	status  int
}

// expectedFiles names the files of the expectation of NAME.as.
type expectedFiles struct{ out, err, rc string }

func filesOf(script string) expectedFiles {
	base := strings.TrimSuffix(script, ".as")
	return expectedFiles{out: base + ".out", err: base + ".err", rc: base + ".rc"}
}

// defaultStatus is the exit status a script must have when it has no NAME.rc.
func (e expectation) defaultStatus() int {
	if e.errLine != "" {
		return 1
	}
	return 0
}

// loadExpectation reads the expectation of a script; it wraps fs.ErrNotExist when the
// script has no NAME.out.
func loadExpectation(script string) (expectation, error) {
	f := filesOf(script)
	out, err := os.ReadFile(f.out)
	if err != nil {
		return expectation{}, err
	}
	e := expectation{stdout: string(out)}
	errLine, err := os.ReadFile(f.err)
	switch {
	case err == nil:
		e.errLine = strings.TrimSpace(string(errLine))
	case !errors.Is(err, fs.ErrNotExist):
		return e, err
	}
	e.status = e.defaultStatus()
	rc, err := os.ReadFile(f.rc)
	switch {
	case err == nil:
		if e.status, err = strconv.Atoi(strings.TrimSpace(string(rc))); err != nil {
			return e, fmt.Errorf("%s: the exit status must be a number", f.rc)
		}
	case !errors.Is(err, fs.ErrNotExist):
		return e, err
	}
	return e, nil
}

// observed is what a run of a script printed and its exit status, turned into the
// expectation it would satisfy.
func observed(stdout, stderr string, status int) expectation {
	e := expectation{stdout: stdout, status: status}
	if status != 0 {
		e.errLine = lastLine(stderr)
	}
	return e
}

// mismatch describes how a run (stdout, stderr, status) differs from the expectation,
// apart from standard output; "" when it does not.
func (e expectation) mismatch(script, stderr string, status int) string {
	f := filesOf(script)
	errLine := lastLine(stderr)
	switch {
	case status != e.status && e.status == 0:
		return withStderr(fmt.Sprintf("exit status %d, want 0", status), stderr)
	case status != e.status && e.status == e.defaultStatus():
		return fmt.Sprintf("exit status %d, want %d (%s exists)\n", status, e.status, f.err)
	case status != e.status:
		return withStderr(fmt.Sprintf("exit status %d, want %d (%s)", status, e.status, f.rc), stderr)
	case e.errLine != "" && errLine != e.errLine:
		return fmt.Sprintf("last line of stderr %q, want %q (%s)\n", errLine, e.errLine, f.err)
	}
	return ""
}

// write stores the expectation beside the script, removing the NAME.err and NAME.rc it
// does not need.
func (e expectation) write(script string) error {
	f := filesOf(script)
	if err := os.WriteFile(f.out, []byte(e.stdout), 0o644); err != nil {
		return err
	}
	if err := writeOrRemove(f.err, e.errLine != "", e.errLine+"\n"); err != nil {
		return err
	}
	return writeOrRemove(f.rc, e.status != e.defaultStatus(), strconv.Itoa(e.status)+"\n")
}

// writeOrRemove writes text to path when keep is set, else removes path if it exists.
func writeOrRemove(path string, keep bool, text string) error {
	if keep {
		return os.WriteFile(path, []byte(text), 0o644)
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// withStderr is a one-line problem followed by the script's standard error, if any.
func withStderr(problem, stderr string) string {
	if stderr == "" {
		return problem + "\n"
	}
	return problem + "; stderr:\n" + stderr
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
