package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// findCPython returns the path of the real CPython 3.11 binary (not the shim a python3 on
// PATH may be, which costs a tenth of a second per start), or "" when there is none.
func findCPython() string {
	py, err := exec.LookPath("python3")
	if err != nil {
		return ""
	}
	out, err := exec.Command(py, "-c", "import sys; print(sys.version_info[:2] == (3, 11)); print(sys.executable)").Output()
	if err != nil {
		return ""
	}
	lines := strings.Fields(string(out))
	if len(lines) != 2 || lines[0] != "True" {
		return ""
	}
	return lines[1]
}

// cpythonRun is what CPython did with a script.
type cpythonRun struct {
	stdout, stderr string
	status         int
}

// errCPythonTimeout means CPython did not finish a script in time.
var errCPythonTimeout = errors.New("CPython did not finish in time")

// runCPython runs a script under CPython from the script's own directory (so it imports
// the modules beside it, as asyncscript does), naming it by its base name.
func runCPython(py, script string, timeout time.Duration) (cpythonRun, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, py, filepath.Base(script))
	cmd.Dir = filepath.Dir(script)
	// Importing must not leave __pycache__ directories among the golden scripts.
	cmd.Env = append(os.Environ(), "PYTHONDONTWRITEBYTECODE=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		return cpythonRun{}, errCPythonTimeout
	}
	run := cpythonRun{stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		run.status = exit.ExitCode()
	case err != nil:
		return run, err
	}
	return run, nil
}
