package main

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the .out and .err files of the golden scripts from CPython 3.11")

// asyncscriptOnly is the first-line marker of scripts CPython cannot run.
const asyncscriptOnly = "# asyncscript-only:"

// goldenScript is one scripts/**/NAME.as with its expected results.
type goldenScript struct {
	path     string
	src      []byte
	wantOut  string
	wantErr  string // the last non-empty stderr line; "" when the script must succeed
	onlyOurs bool
	// realClock is set for scripts that carry realClockMarker.
	realClock bool
}

func loadGolden(t *testing.T, path string) goldenScript {
	src, err := os.ReadFile(path)
	require.NoError(t, err)
	base := strings.TrimSuffix(path, ".as")
	out, err := os.ReadFile(base + ".out")
	require.NoError(t, err, "every golden script needs a .out file")
	errLine, _ := os.ReadFile(base + ".err")
	return goldenScript{
		path: path, src: src, wantOut: string(out),
		wantErr:   strings.TrimSpace(string(errLine)),
		onlyOurs:  strings.HasPrefix(string(src), asyncscriptOnly),
		realClock: strings.Contains(string(src), realClockMarker),
	}
}

func goldenPaths(t *testing.T) []string {
	var paths []string
	err := filepath.WalkDir("../../scripts", func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".as") {
			paths = append(paths, p)
		}
		return err
	})
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	return paths
}

// TestGolden runs every golden script and compares stdout, exit status and the last line of
// stderr with the expected files.
func TestGolden(t *testing.T) {
	for _, path := range goldenPaths(t) {
		path := path
		t.Run(strings.TrimPrefix(path, "../../scripts/"), func(t *testing.T) {
			t.Parallel()
			g := loadGolden(t, path)
			var stdout, stderr bytes.Buffer
			status := make(chan int, 1)
			go func() {
				status <- runSource(filepath.Base(path), g.src, &stdout, &stderr, runOptions{virtualClock: !g.realClock})
			}()
			var code int
			select {
			case code = <-status:
			case <-time.After(20 * time.Second):
				t.Fatalf("%s did not finish in 20s", path)
			}
			assert.Equal(t, g.wantOut, stdout.String(), "stdout of %s", path)
			if g.wantErr == "" {
				assert.Equal(t, 0, code, "exit status of %s; stderr:\n%s", path, stderr.String())
			} else {
				assert.Equal(t, 1, code, "exit status of %s", path)
				assert.Equal(t, g.wantErr, lastLine(stderr.String()), "last stderr line of %s; stderr:\n%s", path, stderr.String())
			}
		})
	}
}

// cpython returns the path of a CPython 3.11 binary, or "" when there is none.
func cpython() string {
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

// cpythonRun is what CPython printed for one golden script.
type cpythonRun struct {
	stdout, stderr string
	failed         bool
}

// runAllUnderCPython runs every script under CPython, many at once: the scripts mostly wait
// (asyncio sleeps on the real clock), so far more than the test's CPU parallelism can run
// together.
func runAllUnderCPython(py string, paths []string) map[string]cpythonRun {
	results := make(map[string]cpythonRun, len(paths))
	var mu sync.Mutex
	var wg sync.WaitGroup
	slots := make(chan struct{}, 8)
	for _, path := range paths {
		wg.Add(1)
		slots <- struct{}{}
		go func(path string) {
			defer func() { <-slots; wg.Done() }()
			cmd := exec.Command(py, filepath.Base(path))
			cmd.Dir = filepath.Dir(path)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			mu.Lock()
			results[path] = cpythonRun{stdout: stdout.String(), stderr: stderr.String(), failed: err != nil}
			mu.Unlock()
		}(path)
	}
	wg.Wait()
	return results
}

// TestGoldenAgainstCPython checks the expectations themselves: CPython 3.11 must print what
// every golden script that is valid Python expects. With -update it rewrites them instead.
func TestGoldenAgainstCPython(t *testing.T) {
	py := cpython()
	if py == "" {
		t.Skip("CPython 3.11 is not installed")
	}
	var paths []string
	for _, path := range goldenPaths(t) {
		if g := loadGolden(t, path); !g.onlyOurs {
			paths = append(paths, path)
		}
	}
	runs := runAllUnderCPython(py, paths)
	for _, path := range paths {
		path := path
		t.Run(strings.TrimPrefix(path, "../../scripts/"), func(t *testing.T) {
			g := loadGolden(t, path)
			run := runs[path]
			if *update {
				base := strings.TrimSuffix(path, ".as")
				require.NoError(t, os.WriteFile(base+".out", []byte(run.stdout), 0o644))
				if run.failed {
					require.NoError(t, os.WriteFile(base+".err", []byte(lastLine(run.stderr)+"\n"), 0o644))
				} else {
					_ = os.Remove(base + ".err")
				}
				return
			}
			assert.Equal(t, g.wantOut, run.stdout, "CPython's stdout differs from %s.out", path)
			assert.Equal(t, g.wantErr != "", run.failed, "CPython's exit status disagrees with %s", path)
			if run.failed && !importsAsyncio(g.src) {
				assert.Equal(t, g.wantErr, lastLine(run.stderr), "CPython's last stderr line differs from %s.err", path)
				// The whole traceback or syntax error report must match too, except that
				// CPython names the script by its absolute path. (Tracebacks through
				// asyncio show CPython's own library frames, so those are left out.)
				abs, err := filepath.Abs(path)
				require.NoError(t, err)
				want := strings.ReplaceAll(run.stderr, `File "`+abs+`"`, `File "`+filepath.Base(path)+`"`)
				var ourOut, ourErr bytes.Buffer
				runSource(filepath.Base(path), g.src, &ourOut, &ourErr, runOptions{virtualClock: !g.realClock})
				assert.Equal(t, want, ourErr.String(), "stderr of %s differs from CPython's", path)
			} else if run.failed {
				assert.Equal(t, g.wantErr, lastLine(run.stderr), "CPython's last stderr line differs from %s.err", path)
			}
		})
	}
}

// importsAsyncio reports whether a script uses asyncio, whose tracebacks differ in the
// library frames CPython shows.
func importsAsyncio(src []byte) bool {
	return bytes.Contains(src, []byte("import asyncio")) || bytes.Contains(src, []byte("from asyncio"))
}
