package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the .out, .err and .rc files of the golden scripts from CPython 3.11")

// goldenTimeout is how long one golden script may take, under asyncscript or CPython.
const goldenTimeout = 20 * time.Second

// goldenScript is one scripts/**/NAME.as with its expected results.
type goldenScript struct {
	path     string
	src      []byte
	want     expectation
	onlyOurs bool
}

func loadGolden(t *testing.T, path string) goldenScript {
	src, err := os.ReadFile(path)
	require.NoError(t, err)
	want, err := loadExpectation(path)
	require.NoError(t, err, "every golden script needs a .out file")
	return goldenScript{path: path, src: src, want: want, onlyOurs: bytes.HasPrefix(src, []byte(asyncscriptOnly))}
}

// goldenPaths lists the golden scripts as `asyncscript test` finds them (only main.as of a
// multi-file test).
func goldenPaths(t *testing.T) []string {
	paths, err := findScripts([]string{"../../scripts"}, nil)
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
			got := runGolden(path, g.src, goldenTimeout)
			require.False(t, got.timedOut, "%s did not finish in %v", path, goldenTimeout)
			assert.Equal(t, g.want.stdout, got.stdout, "stdout of %s", path)
			assert.Empty(t, g.want.mismatch(path, got.stderr, got.status), "exit status or last stderr line of %s", path)
		})
	}
}

// oracleCache keeps CPython's verdicts on golden scripts between test runs, keyed by the
// content of the script and of the files beside it that it may import, so an unchanged
// script is not run again. It lives under the user's cache directory.
type oracleCache struct {
	dir string // "" when there is no cache directory: nothing is kept
}

func newOracleCache(py string) oracleCache {
	base, err := os.UserCacheDir()
	if err != nil {
		return oracleCache{}
	}
	// The CPython binary is part of the key: another build may print otherwise.
	sum := sha256.Sum256([]byte(py))
	dir := filepath.Join(base, "asyncscript", "oracle", hex.EncodeToString(sum[:8]))
	if os.MkdirAll(dir, 0o755) != nil {
		return oracleCache{}
	}
	return oracleCache{dir: dir}
}

// key hashes a script, its absolute path (CPython's tracebacks show it) and the importable
// files of its directory: all the files of a multi-file test.
func (c oracleCache) key(path string) string {
	h := sha256.New()
	abs, _ := filepath.Abs(path)
	src, _ := os.ReadFile(path)
	h.Write([]byte(abs + "\x00"))
	h.Write(src)
	dir := filepath.Dir(path)
	var files []string
	if filepath.Base(path) == multiFileMain {
		_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				files = append(files, p)
			}
			return nil
		})
	} else {
		files, _ = filepath.Glob(filepath.Join(dir, "*.py"))
	}
	sort.Strings(files)
	for _, f := range files {
		b, _ := os.ReadFile(f)
		rel, _ := filepath.Rel(dir, f)
		h.Write([]byte("\x00" + rel + "\x00"))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// cachedRun is cpythonRun as stored in the cache.
type cachedRun struct {
	Stdout, Stderr string
	Status         int
}

func (c oracleCache) get(key string) (cpythonRun, bool) {
	if c.dir == "" {
		return cpythonRun{}, false
	}
	b, err := os.ReadFile(filepath.Join(c.dir, key+".json"))
	var r cachedRun
	if err != nil || json.Unmarshal(b, &r) != nil {
		return cpythonRun{}, false
	}
	return cpythonRun{stdout: r.Stdout, stderr: r.Stderr, status: r.Status}, true
}

func (c oracleCache) put(key string, run cpythonRun) {
	if c.dir == "" {
		return
	}
	b, err := json.Marshal(cachedRun{Stdout: run.stdout, Stderr: run.stderr, Status: run.status})
	if err == nil {
		_ = os.WriteFile(filepath.Join(c.dir, key+".json"), b, 0o644)
	}
}

// oracleSlots is how many CPython processes run at once: the scripts mostly wait (asyncio
// sleeps on the real clock), so far more than the CPUs can run together.
const oracleSlots = 16

// runAllUnderCPython runs every script under CPython, many at once, taking what the cache
// knows (unless updating, which always asks CPython). What it learns is stored by the caller,
// and only once it agrees with the expectation: a run upset by a loaded machine (these scripts
// sleep on the real clock) must not be remembered.
func runAllUnderCPython(t *testing.T, py string, cache oracleCache, paths []string) map[string]cpythonRun {
	results := make(map[string]cpythonRun, len(paths))
	var mu sync.Mutex
	var wg sync.WaitGroup
	slots := make(chan struct{}, oracleSlots)
	for _, path := range paths {
		key := cache.key(path)
		if run, ok := cache.get(key); ok && !*update {
			mu.Lock() // the goroutines started so far write results too
			results[path] = run
			mu.Unlock()
			continue
		}
		wg.Add(1)
		slots <- struct{}{}
		go func(path string) {
			defer func() { <-slots; wg.Done() }()
			run, err := runCPython(py, path, goldenTimeout)
			if err != nil {
				t.Errorf("CPython on %s: %v", path, err)
				return
			}
			mu.Lock()
			results[path] = run
			mu.Unlock()
		}(path)
	}
	wg.Wait()
	return results
}

// TestGoldenAgainstCPython checks the expectations themselves: CPython 3.11 must print what
// every golden script that is valid Python expects. With -update it rewrites them instead.
func TestGoldenAgainstCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the CPython oracle, which runs every golden script under python3, is skipped")
	}
	py := findCPython()
	if py == "" {
		t.Skip("CPython 3.11 (python3) is not installed: the golden expectations are not checked against it")
	}
	var paths []string
	for _, path := range goldenPaths(t) {
		if g := loadGolden(t, path); !g.onlyOurs {
			paths = append(paths, path)
		}
	}
	cache := newOracleCache(py)
	runs := runAllUnderCPython(t, py, cache, paths)
	for _, path := range paths {
		path := path
		run, ok := runs[path]
		if !ok {
			continue // reported by runAllUnderCPython
		}
		t.Run(strings.TrimPrefix(path, "../../scripts/"), func(t *testing.T) {
			g := loadGolden(t, path)
			if *update {
				require.NoError(t, observed(run.stdout, run.stderr, run.status).write(path))
				return
			}
			agrees := func(r cpythonRun) bool {
				return r.stdout == g.want.stdout && g.want.mismatch(path, r.stderr, r.status) == ""
			}
			if !agrees(run) {
				// Timing-sensitive scripts can go wrong on a busy machine: ask once more.
				if again, err := runCPython(py, path, goldenTimeout); err == nil {
					run = again
				}
			}
			if agrees(run) {
				cache.put(cache.key(path), run)
			}
			assert.Equal(t, g.want.stdout, run.stdout, "CPython's stdout differs from %s", filesOf(path).out)
			assert.Empty(t, g.want.mismatch(path, run.stderr, run.status), "CPython disagrees with the expected exit status or error line of %s", path)
			if run.status == 1 && !importsAsyncio(g.src) {
				// The whole traceback or syntax error report must match too, the script
				// named by its absolute path in both. (Tracebacks through asyncio show
				// CPython's own library frames, so those are left out.)
				ours := runGolden(path, g.src, goldenTimeout)
				assert.Equal(t, withoutLibraryFrames(run.stderr), withoutLibraryFrames(ours.stderr), "stderr of %s differs from CPython's", path)
			}
		})
	}
}

// withoutLibraryFrames drops the traceback entries of standard-library modules from stderr:
// CPython's name its own Lib files (.../lib/python3.11/...), ours the `<asyncscript>/` sources,
// and their lines are each implementation's own. An entry is its File line and the source
// and caret lines indented under it.
func withoutLibraryFrames(stderr string) string {
	var b strings.Builder
	skipping := false
	for _, line := range strings.SplitAfter(stderr, "\n") {
		if strings.HasPrefix(line, `  File "`) {
			file := strings.TrimPrefix(line, `  File "`)
			skipping = strings.HasPrefix(file, "<asyncscript>/") || strings.Contains(file, "/lib/python3.")
		} else if !strings.HasPrefix(line, "    ") {
			skipping = false
		}
		if !skipping {
			b.WriteString(line)
		}
	}
	return b.String()
}

// importsAsyncio reports whether a script uses asyncio, whose tracebacks differ in the
// library frames CPython shows.
func importsAsyncio(src []byte) bool {
	return bytes.Contains(src, []byte("import asyncio")) || bytes.Contains(src, []byte("from asyncio"))
}
