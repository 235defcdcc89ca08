// Package embedcheck builds and runs, in a temporary module of its own, Go programs that
// embed asyncscript through a replace directive as docs/embedding.md shows: the check that
// the embedding API works from outside this module. One program is the whole program that
// docs/embedding.md shows, taken from it verbatim.
package embedcheck

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// program uses each call of the embedding API and each limit, printing what it sees.
const program = `package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/asyncscript/asyncscript"
)

func main() {
	ctx := context.Background()
	it := asyncscript.New(asyncscript.Options{Stdout: os.Stdout, Stderr: os.Stderr, Clock: asyncscript.VirtualClock()})
	it.Func("shout", func(s string) string { return strings.ToUpper(s) })
	it.AsyncFunc("fetch", func(ctx context.Context, key string) (string, error) {
		select {
		case <-time.After(5 * time.Millisecond):
			return "got " + key, nil
		case <-ctx.Done():
			return "", ctx.Err()
		}
	})
	it.SetGlobal("config", map[string]any{"n": 3, "names": []any{"a", "b"}})
	err := it.Run(ctx, "main.as", ` + "`" + `
import asyncio
print(shout("hi"), config["names"], await asyncio.gather(fetch("x"), fetch("y")))
async def handler(n):
    return await fetch(str(n))
` + "`" + `)
	fmt.Println("run:", err)
	v, err := it.Call(ctx, "handler", 21)
	fmt.Println("call:", v, err)
	v, err = it.Eval(ctx, "sum(range(10))")
	fmt.Println("eval:", v, err)

	limited := asyncscript.New(asyncscript.Options{MaxSteps: 1000})
	err = limited.Run(ctx, "spin.as", "try:\n    while True: pass\nexcept BaseException:\n    print('caught')\n")
	fmt.Println("steps:", errors.Is(err, asyncscript.ErrStepLimit))
	limited = asyncscript.New(asyncscript.Options{MaxMemory: 1 << 20})
	err = limited.Run(ctx, "mem.as", "a = []\nwhile True: a.append('x' * 100)\n")
	fmt.Println("memory:", errors.Is(err, asyncscript.ErrMemoryLimit))
	tctx, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	err = asyncscript.New(asyncscript.Options{}).Run(tctx, "sleep.as", "import asyncio\nawait asyncio.sleep(60)\n")
	fmt.Println("deadline:", errors.Is(err, context.DeadlineExceeded))
}
`

func TestProgramBuildsAgainstCheckout(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program in a temporary module")
	}
	_, here, _, _ := runtime.Caller(0)
	root, err := filepath.Abs(filepath.Join(filepath.Dir(here), "..", ".."))
	require.NoError(t, err)
	dir := t.TempDir()
	// The module requires what the checkout requires, at the same versions, with the
	// checkout's go.sum: it builds offline, without resolving anything (go mod tidy would
	// look up the test dependencies of dependencies, which need not be in the module cache).
	rootMod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	require.NoError(t, err)
	_, requires, ok := strings.Cut(string(rootMod), "\ngo ")
	require.True(t, ok, "go.mod has no go line")
	_, requires, _ = strings.Cut(requires, "\n")
	gomod := "module example.com/embedder\n\ngo 1.26.0\n\nrequire github.com/asyncscript/asyncscript v0.0.0\n\n" +
		"replace github.com/asyncscript/asyncscript => " + root + "\n" + requires
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "main.go"), []byte(program), 0o644))
	sums, err := os.ReadFile(filepath.Join(root, "go.sum"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.sum"), sums, 0o644))
	require.NoError(t, os.Mkdir(filepath.Join(dir, "docprogram"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "docprogram", "main.go"), []byte(docProgram(t, root)), 0o644))
	out := goRun(t, dir, "./docprogram")
	assert.Equal(t, "hello\n", string(out), "the program of docs/embedding.md")
	out = goRun(t, dir, ".")
	assert.Equal(t, `HI ['a', 'b'] ['got x', 'got y']
run: <nil>
call: got 21 <nil>
eval: 45 <nil>
steps: true
memory: true
deadline: true
`, string(out))
}

// goRun runs a package of the module in dir and returns what it printed.
func goRun(t *testing.T, dir, pkg string) []byte {
	run := exec.Command("go", "run", pkg)
	run.Dir = dir
	run.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off")
	out, err := run.CombinedOutput()
	require.NoError(t, err, "%s", out)
	return out
}

// docProgram is the ```go block of docs/embedding.md that is a whole program.
func docProgram(t *testing.T, root string) string {
	doc, err := os.ReadFile(filepath.Join(root, "docs", "embedding.md"))
	require.NoError(t, err)
	_, rest, ok := strings.Cut(string(doc), "```go\npackage main\n")
	require.True(t, ok, "docs/embedding.md shows no whole program")
	body, _, ok := strings.Cut(rest, "\n```\n")
	require.True(t, ok)
	return "package main\n" + body + "\n"
}
