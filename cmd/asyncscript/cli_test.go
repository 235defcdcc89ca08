package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// cli runs the command in-process with the given arguments and standard input.
func cli(stdin string, args ...string) (status int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	status = runMain(args, strings.NewReader(stdin), &out, &errOut)
	return status, out.String(), errOut.String()
}

func TestVersionAndHelp(t *testing.T) {
	status, out, _ := cli("", "version")
	assert.Equal(t, 0, status)
	assert.Equal(t, "asyncscript "+version+"\n", out)

	for _, arg := range []string{"help", "-h", "--help"} {
		status, out, _ = cli("", arg)
		assert.Equal(t, 0, status, arg)
		assert.Contains(t, out, "asyncscript run FILE", arg)
		assert.Contains(t, out, "Exit status:", arg)
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	status, _, errOut := cli("", "frobnicate")
	assert.Equal(t, 2, status)
	assert.Equal(t, "asyncscript: unknown command \"frobnicate\" (try 'asyncscript help')\n", errOut)

	status, _, errOut = cli("", "run", "no/such/file.as")
	assert.Equal(t, 2, status)
	assert.Equal(t, "asyncscript: can't open file 'no/such/file.as': [Errno 2] No such file or directory\n", errOut)

	status, _, errOut = cli("", "run")
	assert.Equal(t, 2, status)
	assert.Contains(t, errOut, "usage: asyncscript run FILE")
}

func TestRunFromStdin(t *testing.T) {
	status, out, errOut := cli("print(sum(x * x for x in range(4)))\n", "run", "-")
	assert.Equal(t, 0, status, errOut)
	assert.Equal(t, "14\n", out)
}

func TestShebangLineIsIgnored(t *testing.T) {
	path := filepath.Join(t.TempDir(), "script.as")
	assert.NoError(t, os.WriteFile(path, []byte("#!/usr/bin/env asyncscript run\nprint('hi')\n"), 0o755))
	status, out, errOut := cli("", "run", path)
	assert.Equal(t, 0, status, errOut)
	assert.Equal(t, "hi\n", out)
}

func TestUncaughtExceptionPrintsTracebackAfterOutput(t *testing.T) {
	src := "print('before')\ndef f(x):\n    return 10 / x\nf(0)\n"
	status, out, errOut := cli(src, "run", "-")
	assert.Equal(t, 1, status)
	assert.Equal(t, "before\n", out)
	// Unlike CPython, which cannot re-read standard input, the source lines are shown.
	assert.Equal(t, `Traceback (most recent call last):
  File "<stdin>", line 4, in <module>
    f(0)
  File "<stdin>", line 3, in f
    return 10 / x
           ~~~^~~
ZeroDivisionError: division by zero
`, errOut)
}

func TestSyntaxErrorRunsNothing(t *testing.T) {
	status, out, errOut := cli("print('never')\nx = (1,\n", "run", "-")
	assert.Equal(t, 1, status)
	assert.Empty(t, out)
	assert.Equal(t, "  File \"<stdin>\", line 2\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n", errOut)
}

func TestDisListsEveryCodeObject(t *testing.T) {
	status, out, errOut := cli("def f(n):\n    return n + 1\n", "dis", "-")
	assert.Equal(t, 0, status, errOut)
	assert.Contains(t, out, "Disassembly of <code <module>")
	assert.Contains(t, out, "Disassembly of <code f")
	assert.Contains(t, out, "BINARY_OP            0 (+)")
}
