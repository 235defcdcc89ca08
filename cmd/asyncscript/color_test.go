package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func init() {
	// The tests compare exact output: a FORCE_COLOR in the environment of `go test` must not
	// colour it.
	os.Unsetenv("FORCE_COLOR")
}

func TestColorEnabledDecisionTable(t *testing.T) {
	// The null device is a character device, as a terminal is.
	terminal, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	require.NoError(t, err)
	defer terminal.Close()
	file, err := os.Create(t.TempDir() + "/out")
	require.NoError(t, err)
	defer file.Close()

	for _, tc := range []struct {
		name string
		env  map[string]string
		w    io.Writer
		want bool
	}{
		{"terminal", nil, terminal, true},
		{"buffer", nil, &bytes.Buffer{}, false},
		{"regular file", nil, file, false},
		{"NO_COLOR on a terminal", map[string]string{"NO_COLOR": "1"}, terminal, false},
		{"empty NO_COLOR is unset", map[string]string{"NO_COLOR": ""}, terminal, true},
		{"NO_COLOR beats FORCE_COLOR", map[string]string{"NO_COLOR": "1", "FORCE_COLOR": "1"}, terminal, false},
		{"FORCE_COLOR into a buffer", map[string]string{"FORCE_COLOR": "1"}, &bytes.Buffer{}, true},
		{"FORCE_COLOR beats TERM=dumb", map[string]string{"FORCE_COLOR": "1", "TERM": "dumb"}, file, true},
		{"TERM=dumb on a terminal", map[string]string{"TERM": "dumb"}, terminal, false},
		{"other TERM on a terminal", map[string]string{"TERM": "xterm-256color"}, terminal, true},
	} {
		getenv := func(key string) string { return tc.env[key] }
		assert.Equal(t, tc.want, colorEnabled(tc.w, getenv), tc.name)
	}
}

func TestColorTraceback(t *testing.T) {
	src := "def f(x):\n    return 10 / x\ntry:\n    f(0)\nexcept Exception as e:\n    raise ValueError('two\\nlines') from e\n"
	var out, errOut bytes.Buffer
	status := runSource("t.as", []byte(src), &out, &errOut, runOptions{color: true})
	assert.Equal(t, 1, status)
	const (
		b  = "\x1b[1m"
		m  = "\x1b[35m"
		bm = "\x1b[1;35m"
		r  = "\x1b[31m"
		br = "\x1b[1;31m"
		z  = "\x1b[0m"
	)
	// The script is named by its absolute path, as CPython names it.
	file, err := filepath.Abs("t.as")
	require.NoError(t, err)
	assert.Equal(t, b+"Traceback (most recent call last):"+z+`
  File `+m+`"`+file+`"`+z+`, line `+m+`4`+z+`, in `+m+`<module>`+z+`
    f(0)
  File `+m+`"`+file+`"`+z+`, line `+m+`2`+z+`, in `+m+`f`+z+`
    return 10 / x
           `+r+`~~~`+z+br+`^`+z+r+`~~`+z+`
`+bm+`ZeroDivisionError`+z+`: `+m+`division by zero`+z+`

The above exception was the direct cause of the following exception:

`+b+"Traceback (most recent call last):"+z+`
  File `+m+`"`+file+`"`+z+`, line `+m+`6`+z+`, in `+m+`<module>`+z+`
    raise ValueError('two\nlines') from e
`+bm+`ValueError`+z+`: `+m+`two`+z+`
`+m+`lines`+z+`
`, errOut.String())

	errOut.Reset()
	status = runSource("t.as", []byte("x = (1,\n"), &out, &errOut, runOptions{color: true})
	assert.Equal(t, 1, status)
	assert.Equal(t, `  File `+m+`"`+file+`"`+z+`, line `+m+`1`+z+`
    x = (1,
        `+br+`^`+z+`
`+bm+`SyntaxError`+z+`: `+m+`'(' was never closed`+z+`
`, errOut.String())
}

func TestColorFollowsTheEnvironmentInRun(t *testing.T) {
	t.Setenv("NO_COLOR", "")
	t.Setenv("FORCE_COLOR", "1")
	status, _, errOut := cli("raise KeyError('k')\n", "run", "-")
	assert.Equal(t, 1, status)
	assert.Contains(t, errOut, "\x1b[1;35mKeyError\x1b[0m: \x1b[35m'k'\x1b[0m\n")

	t.Setenv("NO_COLOR", "1")
	_, _, errOut = cli("raise KeyError('k')\n", "run", "-")
	assert.Contains(t, errOut, "\nKeyError: 'k'\n")
	assert.NotContains(t, errOut, "\x1b[")
}

func TestColorDiff(t *testing.T) {
	diff := unifiedDiff("a.out", "a.as (stdout)", "-- x\nsame\n", "++ y\nsame\n")
	assert.Equal(t, "\x1b[1m--- a.out\x1b[0m\n\x1b[1m+++ a.as (stdout)\x1b[0m\n\x1b[36m@@ -1,2 +1,2 @@\x1b[0m\n"+
		"\x1b[31m--- x\x1b[0m\n\x1b[32m+++ y\x1b[0m\n same\n", colorDiff(diff))
}
