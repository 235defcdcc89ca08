package main

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
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
		wantErr:  strings.TrimSpace(string(errLine)),
		onlyOurs: strings.HasPrefix(string(src), asyncscriptOnly),
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

// lastLine is the last non-empty line of a stream, as the .err files hold it.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.TrimSpace(lines[i]) != "" {
			return strings.TrimSpace(lines[i])
		}
	}
	return ""
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
				status <- runSource(filepath.Base(path), g.src, &stdout, &stderr, runOptions{virtualClock: true})
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

// TestGoldenAgainstCPython checks the expectations themselves: CPython 3.11 must print what
// every golden script that is valid Python expects. With -update it rewrites them instead.
func TestGoldenAgainstCPython(t *testing.T) {
	py := cpython()
	if py == "" {
		t.Skip("CPython 3.11 is not installed")
	}
	for _, path := range goldenPaths(t) {
		path := path
		t.Run(strings.TrimPrefix(path, "../../scripts/"), func(t *testing.T) {
			t.Parallel()
			g := loadGolden(t, path)
			if g.onlyOurs {
				t.Skip("asyncscript-only")
			}
			cmd := exec.Command(py, filepath.Base(path))
			cmd.Dir = filepath.Dir(path)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			failed := err != nil
			if *update {
				base := strings.TrimSuffix(path, ".as")
				require.NoError(t, os.WriteFile(base+".out", stdout.Bytes(), 0o644))
				if failed {
					require.NoError(t, os.WriteFile(base+".err", []byte(lastLine(stderr.String())+"\n"), 0o644))
				} else {
					_ = os.Remove(base + ".err")
				}
				return
			}
			assert.Equal(t, g.wantOut, stdout.String(), "CPython's stdout differs from %s.out", path)
			assert.Equal(t, g.wantErr != "", failed, "CPython's exit status disagrees with %s", path)
			if failed {
				assert.Equal(t, g.wantErr, lastLine(stderr.String()), "CPython's last stderr line differs from %s.err", path)
				// The whole traceback or syntax error report must match too, except that
				// CPython names the script by its absolute path.
				abs, err := filepath.Abs(path)
				require.NoError(t, err)
				want := strings.ReplaceAll(stderr.String(), `File "`+abs+`"`, `File "`+filepath.Base(path)+`"`)
				var ourOut, ourErr bytes.Buffer
				runSource(filepath.Base(path), g.src, &ourOut, &ourErr, runOptions{virtualClock: true})
				assert.Equal(t, want, ourErr.String(), "stderr of %s differs from CPython's", path)
			}
		})
	}
}
