package main

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A script that never ends fails after --timeout, named, and the others still run.
func TestTestTimeoutNamesTheScript(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"spin.as": "while True:\n    pass\n", "spin.out": "",
		"ok.as": "print('ok')\n", "ok.out": "ok\n",
	})
	status, out, _ := run(t, dir, "", "test", "--timeout=300ms")
	assert.Equal(t, 1, status)
	assert.Equal(t, "FAIL spin.as\nspin.as timed out after 300ms\n1 passed, 1 failed, 0 skipped\n", out)
}

// -run keeps the scripts whose path matches; -v names each with its time; -p 1 runs them one
// at a time, in order.
func TestTestFilterVerboseAndParallelism(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, goldenSuite)
	status, out, _ := run(t, dir, "", "test", "-run", "^sub/", "-v", "-p", "1")
	assert.Equal(t, 1, status)
	assert.Regexp(t, `^FAIL sub/count.as \(\d+\.\d\ds\)\n--- sub/count.out\n(.|\n)*FAIL sub/wrong.as \(\d+\.\d\ds\)\n.*\n0 passed, 2 failed, 0 skipped\n$`, out)

	status, out, _ = run(t, dir, "", "test", "-v", "-run=sleep|clock")
	assert.Equal(t, 0, status)
	assert.Regexp(t, `^PASS clock.as \(\d+\.\d\ds\)\nPASS sleep.as \(\d+\.\d\ds\)\n2 passed, 0 failed, 0 skipped\n$`, out)
}

// NAME.rc holds an exit status other than the default, so sys.exit(n) and deadlocks (3)
// can be golden-tested.
func TestTestExitStatusFromRcFile(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"exit3.as": "raise SystemExit(3)\n", "exit3.out": "", "exit3.rc": "3\n",
		"deadlock.as":  "import asyncio\nasync def main():\n    await asyncio.get_running_loop().create_future()\nasyncio.run(main())\n",
		"deadlock.out": "", "deadlock.rc": "3\n", "deadlock.err": "await asyncio.get_running_loop().create_future()\n",
		"wrong.as": "raise SystemExit(4)\n", "wrong.out": "", "wrong.rc": "5\n",
	})
	status, out, _ := run(t, dir, "", "test")
	assert.Equal(t, 1, status)
	assert.Equal(t, "FAIL wrong.as\nexit status 4, want 5 (wrong.rc)\n2 passed, 1 failed, 0 skipped\n", out)
}

// --update takes the expectations from CPython, never from asyncscript, except for
// asyncscript-only scripts, and says which it used.
func TestTestUpdateWritesExpectationsFromCPython(t *testing.T) {
	if findCPython() == "" {
		t.Skip("CPython 3.11 (python3) is not installed: --update cannot be tested")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"ok.as": "print(1)\n", "ok.out": "2\n", "ok.err": "ValueError\n",
		"exit3.as": "raise SystemExit(3)\n", "exit3.out": "",
		"crash.as": "print(1 / 0)\n", "crash.out": "",
		// asyncscript has no sqlite3: its expectation comes from CPython all the same,
		// and the script then fails.
		"cpython.as": "import sqlite3\nprint('CPython has sqlite3')\n", "cpython.out": "",
		"ours.as": "# asyncscript-only: bare builtins\nawait sleep(0)\nprint('ours')\n", "ours.out": "",
		"noout.as": "print('no expectations')\n",
	})
	status, out, _ := run(t, dir, "", "test", "--update")
	assert.Equal(t, 1, status)
	assert.Contains(t, out, "UPDATE crash.as (from CPython)\n")
	assert.Contains(t, out, "UPDATE exit3.as (from CPython)\n")
	assert.Contains(t, out, "UPDATE ok.as (from CPython)\n--- ok.out (old)\n+++ ok.out (new)\n@@ -1 +1 @@\n-2\n+1\n")
	assert.Contains(t, out, "UPDATE ours.as (from asyncscript)\n")
	assert.Contains(t, out, "UPDATE cpython.as (from CPython)\n--- cpython.out (old)\n+++ cpython.out (new)\n@@ -0,0 +1 @@\n+CPython has sqlite3\nFAIL cpython.as\n")
	assert.Contains(t, out, "SKIP noout.as (no noout.out)\n")
	assert.Regexp(t, "\n4 passed, 1 failed, 1 skipped, 5 updated\n$", out)
	for file, want := range map[string]string{
		"ok.out": "1\n", "exit3.rc": "3\n", "crash.err": "ZeroDivisionError: division by zero\n",
		"cpython.out": "CPython has sqlite3\n", "ours.out": "ours\n",
	} {
		got, err := os.ReadFile(dir + "/" + file)
		require.NoError(t, err)
		assert.Equal(t, want, string(got), file)
	}
	for _, gone := range []string{"ok.err", "noout.out", "crash.rc", "exit3.err"} {
		_, err := os.Stat(dir + "/" + gone)
		assert.True(t, os.IsNotExist(err), "%s must not exist", gone)
	}

	// Up to date: nothing is rewritten.
	status, out, _ = run(t, dir, "", "test", "--update", "ok.as", "exit3.as", "ours.as")
	assert.Equal(t, 0, status)
	assert.Equal(t, "3 passed, 0 failed, 0 skipped, 0 updated\n", out)
}

// Without CPython, only asyncscript-only scripts can be updated; the others fail, saying why.
func TestTestUpdateWithoutCPython(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"py.as": "print(1)\n", "py.out": "",
		"ours.as": "# asyncscript-only: bare builtins\nawait sleep(0)\nprint('ours')\n", "ours.out": "",
	})
	t.Setenv("PATH", t.TempDir())
	status, out, _ := cli("", "test", "--update", dir+"/py.as", dir+"/ours.as")
	assert.Equal(t, 1, status)
	assert.Contains(t, out, "FAIL "+dir+"/py.as\ncannot update "+dir+"/py.as: CPython 3.11 (python3) is not installed; only asyncscript-only scripts are updated without it\n")
	assert.Contains(t, out, "UPDATE "+dir+"/ours.as (from asyncscript)\n")
}
