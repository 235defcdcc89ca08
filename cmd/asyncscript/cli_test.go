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
		assert.Contains(t, out, "asyncscript [OPTIONS] FILE [ARGS...]", arg)
		assert.Contains(t, out, "Exit status:", arg)
	}
}

// TestRunOutput runs the command on scripts from standard input (or none) and checks its
// status, stdout and stderr exactly.
func TestRunOutput(t *testing.T) {
	cases := []struct {
		name, stdin    string
		args           []string
		status         int
		stdout, stderr string
	}{
		// As with python3, a word that is no command is the script to run.
		{name: "UnknownWordIsAScript", args: []string{"frobnicate"}, status: 2,
			stderr: "asyncscript: can't open file 'frobnicate': [Errno 2] No such file or directory\n"},
		{name: "MissingFile", args: []string{"run", "no/such/file.as"}, status: 2,
			stderr: "asyncscript: can't open file 'no/such/file.as': [Errno 2] No such file or directory\n"},
		{name: "NoScript", args: []string{"run"}, status: 2,
			stderr: "asyncscript: no script: give FILE, -c CODE or - (try 'asyncscript help run')\n"},
		{name: "FromStdin", stdin: "print(sum(x * x for x in range(4)))\n", args: []string{"run", "-"}, stdout: "14\n"},
		// The traceback comes after the output. Unlike CPython, which cannot re-read
		// standard input, the source lines are shown.
		{name: "UncaughtException", stdin: "print('before')\ndef f(x):\n    return 10 / x\nf(0)\n", args: []string{"run", "-"}, status: 1,
			stdout: "before\n", stderr: `Traceback (most recent call last):
  File "<stdin>", line 4, in <module>
    f(0)
  File "<stdin>", line 3, in f
    return 10 / x
           ~~~^~~
ZeroDivisionError: division by zero
`},
		{name: "SyntaxErrorRunsNothing", stdin: "print('never')\nx = (1,\n", args: []string{"run", "-"}, status: 1,
			stderr: "  File \"<stdin>\", line 2\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"},
		{name: "VirtualClockSkipsIdleTime", args: []string{"run", "--clock=virtual", "-"}, stdout: "3600 946684800\n",
			stdin: "import asyncio, time\nstart = time.time()\nawait asyncio.sleep(3600)\nprint(round(time.time() - start), time.strftime('%Y', time.gmtime(start)) if False else int(start))\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, out, errOut := cli(c.stdin, c.args...)
			assert.Equal(t, c.status, status, errOut)
			assert.Equal(t, c.stdout, out)
			assert.Equal(t, c.stderr, errOut)
		})
	}
}

func TestShebangLineIsIgnored(t *testing.T) {
	path := filepath.Join(t.TempDir(), "script.as")
	assert.NoError(t, os.WriteFile(path, []byte("#!/usr/bin/env asyncscript run\nprint('hi')\n"), 0o755))
	status, out, errOut := cli("", "run", path)
	assert.Equal(t, 0, status, errOut)
	assert.Equal(t, "hi\n", out)
}

func TestDisListsEveryCodeObject(t *testing.T) {
	status, out, errOut := cli("def f(n):\n    return n + 1\n", "dis", "-")
	assert.Equal(t, 0, status, errOut)
	assert.Contains(t, out, "Disassembly of <code <module>")
	assert.Contains(t, out, "Disassembly of <code f")
	assert.Contains(t, out, "BINARY_OP            0 (+)")
}

func TestDeadlockIsReportedWithExitThree(t *testing.T) {
	src := "import asyncio\nasync def stuck():\n    await asyncio.get_running_loop().create_future()\nasyncio.run(stuck())\n"
	status, _, errOut := cli(src, "run", "-")
	assert.Equal(t, 3, status)
	assert.Contains(t, errOut, "DeadlockError: no task can make progress")
	assert.Contains(t, errOut, `Task "Task-1" waits for <Future pending cb=[Task.task_wakeup()]>`)
	assert.Contains(t, errOut, "    File \"<stdin>\", line 3, in stuck\n      await asyncio.get_running_loop().create_future()")
}

func TestUnknownRunOption(t *testing.T) {
	status, _, errOut := cli("", "run", "--fast", "x.as")
	assert.Equal(t, 2, status)
	assert.Contains(t, errOut, `unknown option "--fast"`)
}

// SystemExit's argument decides the status as in CPython: None and False are 0, an int is
// the status, anything else is printed on stderr and the status is 1.
func TestSystemExitStatus(t *testing.T) {
	cases := []struct {
		args, stderr string
		status       int
	}{
		{"", "", 0},
		{"None", "", 0},
		{"False", "", 0},
		{"True", "", 1},
		{"3", "", 3},
		{"-1", "", 255},
		{"'bye'", "bye\n", 1},
		{"1, 2", "(1, 2)\n", 1},
	}
	for _, c := range cases {
		status, _, errOut := cli("raise SystemExit("+c.args+")\n", "run", "-")
		assert.Equal(t, c.status, status, c.args)
		assert.Equal(t, c.stderr, errOut, c.args)
	}
}
