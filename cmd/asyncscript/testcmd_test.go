package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// goldenSuite is a directory of scripts for `asyncscript test`: some pass, some fail, one
// has no .out.
var goldenSuite = map[string]string{
	// Sleeping an hour takes no time on the virtual clock.
	"sleep.as":  "import asyncio\nasync def main():\n    await asyncio.sleep(3600)\n    print('slept')\nasyncio.run(main())\n",
	"sleep.out": "slept\n",
	// The virtual clock starts in 2000; the marker selects the real one.
	"clock.as":       "import time\nprint(time.time() > 1e9 + 5e8)  # asyncscript: clock=real\n",
	"clock.out":      "True\n",
	"raises.as":      "print('before')\nraise ValueError('bad input')\n",
	"raises.out":     "before\n",
	"raises.err":     "ValueError: bad input\n",
	"sub/count.as":   "for i in range(8):\n    print(i)\n",
	"sub/count.out":  "0\n1\n2\nthree\n4\n5\n6\n7\n",
	"sub/wrong.as":   "raise KeyError('k')\n",
	"sub/wrong.out":  "",
	"sub/wrong.err":  "KeyError: 'j'\n",
	"crash.as":       "print(1 / 0)\n",
	"crash.out":      "",
	"noout.as":       "print('never compared')\n",
	".hidden/h.as":   "print('hidden directories are not searched')\n",
	".hidden/h.out":  "hidden directories are not searched\n",
	"notascript.out": "",
}

const goldenSuiteReport = `FAIL crash.as
exit status 1, want 0; stderr:
Traceback (most recent call last):
  File "crash.as", line 1, in <module>
    print(1 / 0)
          ~~^~~
ZeroDivisionError: division by zero
SKIP noout.as (no noout.out)
FAIL sub/count.as
--- sub/count.out
+++ sub/count.as (stdout)
@@ -1,7 +1,7 @@
 0
 1
 2
-three
+3
 4
 5
 6
FAIL sub/wrong.as
last line of stderr "KeyError: 'k'", want "KeyError: 'j'" (sub/wrong.err)
3 passed, 3 failed, 1 skipped
`

func TestTestRunsTheScriptsOfTheCurrentDirectory(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, ".", goldenSuite)
	status, out, errOut := cli("", "test")
	assert.Equal(t, 1, status)
	assert.Empty(t, errOut)
	// The traceback names the script by its absolute path, as CPython's does.
	assert.Equal(t, goldenSuiteReport, strings.ReplaceAll(out, dir+string(filepath.Separator), ""))
}

func TestTestOnlyTheNamedPaths(t *testing.T) {
	t.Chdir(t.TempDir())
	writeFiles(t, ".", goldenSuite)
	status, out, _ := cli("", "test", "sleep.as", "./raises.as", "raises.as", "noout.as")
	assert.Equal(t, 0, status)
	assert.Equal(t, "SKIP noout.as (no noout.out)\n2 passed, 0 failed, 1 skipped\n", out)

	status, out, _ = cli("", "test", "sub")
	assert.Equal(t, 1, status)
	assert.Contains(t, out, "FAIL sub/count.as\n")
	assert.Contains(t, out, "\n0 passed, 2 failed, 0 skipped\n")

	status, out, _ = cli("", "test", ".hidden")
	assert.Equal(t, 0, status, "a hidden directory named explicitly is searched")
	assert.Equal(t, "1 passed, 0 failed, 0 skipped\n", out)
}

func TestTestUsageErrors(t *testing.T) {
	t.Chdir(t.TempDir())
	writeFiles(t, ".", map[string]string{"a.out": ""})
	for _, tc := range []struct{ args, err []string }{
		{[]string{"--verbose"}, []string{"asyncscript: unknown option \"--verbose\" for test (try 'asyncscript help test')\n"}},
		{[]string{"--timeout=soon"}, []string{"asyncscript: --timeout needs a duration such as 10s or 500ms (try 'asyncscript help test')\n"}},
		{[]string{"-run", "("}, []string{"asyncscript: -run needs a regular expression (try 'asyncscript help test')\n"}},
		{[]string{"-p", "0"}, []string{"asyncscript: -p needs a positive number (try 'asyncscript help test')\n"}},
		{[]string{"missing"}, []string{"asyncscript: can't open file 'missing': [Errno 2] No such file or directory\n"}},
		{[]string{"a.out"}, []string{"asyncscript: a.out is not a .as script\n"}},
	} {
		status, out, errOut := cli("", append([]string{"test"}, tc.args...)...)
		assert.Equal(t, 2, status, tc.args)
		assert.Empty(t, out, tc.args)
		assert.Equal(t, tc.err[0], errOut, tc.args)
	}
}

func TestTestDiffIsUnified(t *testing.T) {
	assert.Empty(t, unifiedDiff("a", "b", "same\n", "same\n"))

	// Changes more than twice the context apart make separate hunks.
	from := "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n"
	to := "1\nTWO\n3\n4\n5\n6\n7\n8\n9\n10\n12\n13\n"
	assert.Equal(t, `--- a
+++ b
@@ -1,5 +1,5 @@
 1
-2
+TWO
 3
 4
 5
@@ -8,5 +8,5 @@
 8
 9
 10
-11
 12
+13
`, unifiedDiff("a", "b", from, to))

	// Changes at most twice the context apart share a hunk (as GNU diff -u has it).
	assert.Equal(t, "--- a\n+++ b\n@@ -1,8 +1,8 @@\n-1\n+one\n 2\n 3\n 4\n 5\n 6\n 7\n-8\n+eight\n",
		unifiedDiff("a", "b", "1\n2\n3\n4\n5\n6\n7\n8\n", "one\n2\n3\n4\n5\n6\n7\neight\n"))
	assert.Equal(t, "--- a\n+++ b\n@@ -1,4 +1,4 @@\n-1\n+one\n 2\n 3\n 4\n@@ -6,4 +6,4 @@\n 6\n 7\n 8\n-9\n+nine\n",
		unifiedDiff("a", "b", "1\n2\n3\n4\n5\n6\n7\n8\n9\n", "one\n2\n3\n4\n5\n6\n7\n8\nnine\n"))
}

func TestTestDiffMarksAMissingFinalNewline(t *testing.T) {
	assert.Equal(t, "--- a\n+++ b\n@@ -1,2 +1,2 @@\n x\n-y\n\\ No newline at end of file\n+y\n",
		unifiedDiff("a", "b", "x\ny", "x\ny\n"))
	assert.Equal(t, "--- a\n+++ b\n@@ -1 +0,0 @@\n-gone\n", unifiedDiff("a", "b", "gone\n", ""))
}
