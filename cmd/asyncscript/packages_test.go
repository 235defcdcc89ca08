package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Import errors name files by their absolute path, which golden scripts cannot print: here
// the package lives in a temporary directory and the messages are checked whole, against
// CPython's when python3 3.11 is installed.
func TestImportErrorMessagesNamePaths(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"pkg/__init__.py": "",
		"pkg/sub.py":      "X = 1\n",
		"main.as": `import pkg, pkg.sub
print(repr(pkg.sub))
print(pkg.__file__, pkg.__path__)
for stmt in ["from pkg import nope", "from pkg.sub import nope", "import pkg.sub.deeper"]:
    try:
        exec(stmt, {"__name__": "probe"})
    except ImportError as e:
        print(type(e).__name__, e)
from pkg import nope
`,
	})
	pkg := filepath.Join(dir, "pkg")
	want := "<module 'pkg.sub' from '" + pkg + "/sub.py'>\n" +
		pkg + "/__init__.py ['" + pkg + "']\n" +
		"ImportError cannot import name 'nope' from 'pkg' (" + pkg + "/__init__.py)\n" +
		"ImportError cannot import name 'nope' from 'pkg.sub' (" + pkg + "/sub.py)\n" +
		"ModuleNotFoundError No module named 'pkg.sub.deeper'; 'pkg.sub' is not a package\n"
	wantErr := "ImportError: cannot import name 'nope' from 'pkg' (" + pkg + "/__init__.py)"
	status, out, errOut := run(t, t.TempDir(), "", filepath.Join(dir, "main.as"))
	assert.Equal(t, 1, status, errOut)
	assert.Equal(t, want, out)
	assert.Equal(t, wantErr, lastLine(errOut))
	if py := findCPython(); py != "" {
		r, err := runCPython(py, filepath.Join(dir, "main.as"), goldenTimeout)
		require.NoError(t, err)
		assert.Equal(t, want, r.stdout, "CPython")
		assert.Equal(t, wantErr, lastLine(r.stderr), "CPython")
	}
}

// Beyond CPython: a package may be written in asyncscript (__init__.as, NAME.as), a
// package wins over a module of the same name, and a module written while the program runs
// is found by a later import (the directory listing is read again when it changes).
func TestImportAsyncscriptPackagesAndNewFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"tool/__init__.as": "from .core import run\n",
		"tool/core.as":     "def run():\n    return __name__\n",
		"tool.py":          "raise RuntimeError('the package comes first')\n",
		"main.as": `import tool, sys
print(tool.run(), tool.__file__.endswith("__init__.as"))
try:
    import later
except ModuleNotFoundError as e:
    print(e)
with open(sys.argv[1], "w") as f:
    f.write("WHEN = 'now'\n")
import later
print(later.WHEN)
`,
	})
	status, out, errOut := run(t, dir, "", "main.as", filepath.Join(dir, "later.py"))
	assert.Equal(t, 0, status, errOut)
	assert.Equal(t, "tool.core True\nNo module named 'later'\nnow\n", out)
}

// -c and standard input import from the working directory, as CPython's sys.path[0] is
// then ” (the current directory).
func TestImportFromWorkingDirectoryForCommands(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"pkg/__init__.py": "NAME = __name__\n", "pkg/m.py": "from . import NAME\n"})
	status, out, errOut := run(t, dir, "", "-c", "from pkg.m import NAME; print(NAME)")
	assert.Equal(t, 0, status, errOut)
	assert.Equal(t, "pkg\n", out)
	status, out, errOut = run(t, dir, "import pkg.m as m\nprint(m.__name__)\n", "-")
	assert.Equal(t, 0, status, errOut)
	assert.Equal(t, "pkg.m\n", out)
}

// `asyncscript test` runs a multi-file test (a directory holding main.as) as one script that
// imports the files beside it; those files, .as ones included, are not scripts of their own.
// A single script imports the modules of its own directory, wherever the runner starts.
func TestTestCommandRunsMultiFileTests(t *testing.T) {
	t.Chdir(t.TempDir())
	writeFiles(t, ".", map[string]string{
		"tests/shop/main.as":         "from app.models import price\nimport helper\nprint(price(2), helper.NAME)\n",
		"tests/shop/main.out":        "4 helper\n",
		"tests/shop/helper.as":       "NAME = __name__\n",
		"tests/shop/app/__init__.py": "",
		"tests/shop/app/models.py":   "from .rates import RATE\ndef price(n):\n    return n * RATE\n",
		"tests/shop/app/rates.as":    "RATE = 2\n",
		"tests/single/uses_util.as":  "import util\nprint(util.twice(21))\n",
		"tests/single/uses_util.out": "42\n",
		"tests/single/util.py":       "def twice(x):\n    return 2 * x\n",
		"tests/single/failing.as":    "import util\nprint(util.twice(1))\n",
		"tests/single/failing.out":   "3\n",
	})
	status, out, errOut := cli("", "test", "-v", "tests")
	assert.Equal(t, 1, status, errOut)
	assert.Contains(t, out, "FAIL tests/single/failing.as")
	assert.Contains(t, out, "PASS tests/shop/main.as")
	assert.Contains(t, out, "PASS tests/single/uses_util.as")
	assert.NotContains(t, out, "helper.as")
	assert.NotContains(t, out, "rates.as")
	assert.True(t, strings.HasSuffix(out, "2 passed, 1 failed, 0 skipped\n"), out)
}
