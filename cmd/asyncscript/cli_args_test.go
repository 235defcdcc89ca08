package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The command line of python3: options, then FILE, -c CODE or -, then the script's own
// arguments, which become sys.argv[1:] even when they look like options.
func TestRunArgsAreTheScriptsArgv(t *testing.T) {
	cases := []struct {
		args   []string
		source string
		file   string
		argv   []string
	}{
		{[]string{"f.as"}, "file", "f.as", []string{"f.as"}},
		{[]string{"f.as", "a", "-h", "--clock=x"}, "file", "f.as", []string{"f.as", "a", "-h", "--clock=x"}},
		{[]string{"--clock", "virtual", "--", "-weird.as", "b"}, "file", "-weird.as", []string{"-weird.as", "b"}},
		{[]string{"-c", "print(1)", "x"}, "code", "print(1)", []string{"-c", "x"}},
		{[]string{"-cprint(2)"}, "code", "print(2)", []string{"-c"}},
		{[]string{"-u", "-", "y"}, "stdin", "-", []string{"-", "y"}},
	}
	for _, c := range cases {
		sa, status := parseRunArgs(c.args, nil, nil)
		require.Equal(t, 0, status, c.args)
		assert.Equal(t, c.source, sa.source, c.args)
		assert.Equal(t, c.file, sa.file, c.args)
		assert.Equal(t, c.argv, sa.argv, c.args)
	}
}

func TestBinaryRunsAFileLikePython(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "hello.as"), []byte("import asyncio\nasync def main():\n    await asyncio.sleep(0)\n    print('hello')\nasyncio.run(main())\n"), 0o644))
	for _, args := range [][]string{
		{"hello.as"},
		{"run", "hello.as"},
		{"hello.as", "-h", "--bogus", "arg"}, // the script's arguments, not options
		{"--clock", "virtual", "hello.as"},
		{"--clock=virtual", "--", "hello.as"},
		{"run", "--clock=virtual@2024-05-01T12:00:00Z", "-u", "hello.as", "x"},
	} {
		status, out, errOut := run(t, dir, "", args...)
		assert.Equal(t, 0, status, "%v: %s", args, errOut)
		assert.Equal(t, "hello\n", out, args)
	}
}

func TestBinaryRunsCodeAndStandardInput(t *testing.T) {
	status, out, errOut := run(t, "", "", "-c", "print(6 * 7)", "ignored")
	assert.Equal(t, 0, status, errOut)
	assert.Equal(t, "42\n", out)

	// As in CPython, a -c traceback names <string> and shows no source line.
	status, _, errOut = run(t, "", "", "-c", "raise ValueError('x')")
	assert.Equal(t, 1, status)
	assert.Equal(t, "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nValueError: x\n", errOut)

	status, out, errOut = run(t, "", "print('from stdin')\n", "-", "arg")
	assert.Equal(t, 0, status, errOut)
	assert.Equal(t, "from stdin\n", out)
}

func TestBinaryHelpAndVersion(t *testing.T) {
	for _, args := range [][]string{{"-V"}, {"--version"}, {"version"}, {"--clock=virtual", "-V"}} {
		status, out, _ := run(t, "", "", args...)
		assert.Equal(t, 0, status, args)
		assert.Equal(t, "asyncscript "+version+"\n", out, args)
	}
	// Every command listed by help has its help, with help CMD and with -h or --help.
	for name, text := range commandHelp {
		assert.Contains(t, usage, "asyncscript "+name, "help lists %s", name)
		for _, args := range [][]string{{"help", name}, {name, "-h"}, {name, "--help"}} {
			status, out, errOut := run(t, "", "", args...)
			assert.Equal(t, 0, status, "%v: %s", args, errOut)
			assert.Equal(t, text, out, args)
		}
	}
}

func TestBinaryUnknownOptionsSayWhichAndExitTwo(t *testing.T) {
	for _, c := range []struct {
		args []string
		err  string
	}{
		{[]string{"--fast", "x.as"}, "asyncscript: unknown option \"--fast\" (try 'asyncscript help run')\n"},
		{[]string{"run", "-q", "x.as"}, "asyncscript: unknown option \"-q\" (try 'asyncscript help run')\n"},
		{[]string{"dis", "--fast", "x.as"}, "asyncscript: unknown option \"--fast\" for dis (try 'asyncscript help dis')\n"},
		{[]string{"check", "-x"}, "asyncscript: unknown option \"-x\" for check (try 'asyncscript help check')\n"},
		{[]string{"test", "--fast"}, "asyncscript: unknown option \"--fast\" for test (try 'asyncscript help test')\n"},
		{[]string{"--clock=sundial", "x.as"}, "asyncscript: --clock=sundial: the clock is real or virtual[@START] (try 'asyncscript help run')\n"},
		{[]string{"-c"}, "asyncscript: argument expected for the -c option (try 'asyncscript help run')\n"},
		{[]string{"repl", "x"}, "asyncscript: repl takes no arguments (try 'asyncscript help repl')\n"},
	} {
		status, out, errOut := run(t, "", "", c.args...)
		assert.Equal(t, 2, status, c.args)
		assert.Empty(t, out, c.args)
		assert.Equal(t, c.err, errOut, c.args)
	}
}

// A block header at the end of the input is blamed on its last line, with no caret, as
// CPython does.
func TestBinaryIndentationErrorAtEndOfInput(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "e.as"), []byte("for x in y:\n"), 0o644))
	status, _, errOut := run(t, dir, "", "e.as")
	assert.Equal(t, 1, status)
	assert.Equal(t, "  File \""+filepath.Join(dir, "e.as")+"\", line 1\n    for x in y:\nIndentationError: expected an indented block after 'for' statement on line 1\n", errOut)
}
