package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeFiles creates files (name → content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	}
}

func TestCheckReportsEveryFileAndGoesOn(t *testing.T) {
	t.Chdir(t.TempDir())
	writeFiles(t, ".", map[string]string{
		"good.as":   "async def main():\n    print(1)\n",
		"paren.as":  "print('ok')\nx = (1,\n",
		"indent.as": "def f():\n    return 1\n      y = 2\n",
		"assign.as": "if True:\n    f() = 1\n",
	})
	status, out, errOut := cli("", "check", "good.as", "paren.as", "missing.as", "indent.as", "assign.as")
	assert.Equal(t, 2, status, "an unreadable file is a usage error, and outranks syntax errors")
	assert.Empty(t, out)
	assert.Equal(t, `paren.as:2:5: SyntaxError: '(' was never closed
    x = (1,
        ^
asyncscript: can't open file 'missing.as': [Errno 2] No such file or directory
indent.as:3:6: IndentationError: unexpected indent
    y = 2
assign.as:2:5: SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?
    f() = 1
    ^^^
`, errOut)

	status, _, errOut = cli("", "check", "good.as", "paren.as")
	assert.Equal(t, 1, status)
	assert.Contains(t, errOut, "paren.as:2:5: SyntaxError")

	status, out, errOut = cli("", "check", "good.as")
	assert.Equal(t, 0, status)
	assert.Empty(t, out+errOut, "nothing is printed for a file that compiles")
}

func TestCheckReadsStandardInput(t *testing.T) {
	status, _, errOut := cli("for x in y\n    pass\n", "check", "-")
	assert.Equal(t, 1, status)
	assert.Equal(t, "<stdin>:1:11: SyntaxError: expected ':'\n    for x in y\n              ^\n", errOut)
}

func TestCheckUsage(t *testing.T) {
	status, _, errOut := cli("", "check")
	assert.Equal(t, 2, status)
	assert.Equal(t, "asyncscript: usage: asyncscript check FILE... (try 'asyncscript help check')\n", errOut)
}

func TestHelpCommand(t *testing.T) {
	status, out, _ := cli("", "help", "check")
	assert.Equal(t, 0, status)
	assert.Equal(t, checkHelp, out)

	for _, cmd := range []string{"repl", "run", "dis", "check", "test"} {
		status, out, _ := cli("", "help", cmd)
		assert.Equal(t, 0, status, cmd)
		assert.Contains(t, out, "usage: asyncscript ", cmd)
		assert.Contains(t, out, "\nExit status:\n", cmd)
	}
	_, out, _ = cli("", "help", "test")
	assert.Contains(t, out, "rewrite NAME.out, NAME.err and NAME.rc from what CPython 3.11")

	status, out, _ = cli("", "help")
	assert.Equal(t, 0, status)
	assert.Contains(t, out, "asyncscript repl         the interactive prompt (the default with no arguments)")
	assert.Contains(t, out, "130  interrupted")

	status, _, errOut := cli("", "help", "frobnicate")
	assert.Equal(t, 2, status)
	assert.Equal(t, "asyncscript: no help for \"frobnicate\" (commands: check, dis, help, repl, run, test, version)\n", errOut)
}
