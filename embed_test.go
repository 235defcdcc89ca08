package asyncscript_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/asyncscript/asyncscript"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newInterp makes an interpreter printing into the returned buffer.
func newInterp(opts asyncscript.Options) (*asyncscript.Interpreter, *bytes.Buffer) {
	var out bytes.Buffer
	opts.Stdout = &out
	if opts.Stderr == nil {
		opts.Stderr = &out
	}
	return asyncscript.New(opts), &out
}

// eachScript runs check as a subtest for every named script, each on a new interpreter
// made with opts.
func eachScript(t *testing.T, opts asyncscript.Options, scripts map[string]string, check func(t *testing.T, it *asyncscript.Interpreter, script string)) {
	for name, script := range scripts {
		t.Run(name, func(t *testing.T) {
			it, _ := newInterp(opts)
			check(t, it, script)
		})
	}
}

// runInBackground starts running script and returns where its end will be reported.
func runInBackground(ctx context.Context, it *asyncscript.Interpreter, script string) <-chan error {
	done := make(chan error, 1)
	go func() { done <- it.Run(ctx, "main.as", script) }()
	return done
}

func TestConversionsRoundTrip(t *testing.T) {
	it, _ := newInterp(asyncscript.Options{})
	huge, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	type point struct {
		X, Y   int
		hidden int
	}
	in := map[string]any{
		"none": nil, "b": true, "i": int8(-3), "u": uint64(1 << 63), "f": 2.5, "s": "héllo",
		"bytes": []byte("ab"), "list": []int{1, 2}, "big": huge, "struct": point{X: 1, Y: 2},
		"ptr": &point{X: 3}, "nested": map[string][]string{"k": {"v"}},
	}
	require.NoError(t, it.SetGlobal("x", in))
	got, err := it.Eval(context.Background(), "x")
	require.NoError(t, err)
	want := map[string]any{
		"none": nil, "b": true, "i": int64(-3), "u": new(big.Int).SetUint64(1 << 63), "f": 2.5,
		"s": "héllo", "bytes": []byte("ab"), "list": []any{int64(1), int64(2)}, "big": huge,
		"struct": map[string]any{"X": int64(1), "Y": int64(2)},
		"ptr":    map[string]any{"X": int64(3), "Y": int64(0)},
		"nested": map[string]any{"k": []any{"v"}},
	}
	assert.Equal(t, want, got)

	got, err = it.Eval(context.Background(), "((1, 'a'), {3}, frozenset(), {1: 'one', (1, 2): 'pair'}, 2**70)")
	require.NoError(t, err)
	tup := got.([]any)
	assert.Equal(t, []any{int64(1), "a"}, tup[0])
	assert.Equal(t, []any{int64(3)}, tup[1])
	assert.Equal(t, []any{}, tup[2])
	assert.Equal(t, "one", tup[3].(map[any]any)[int64(1)])
	assert.Len(t, tup[3].(map[any]any), 2)
	assert.Equal(t, new(big.Int).Lsh(big.NewInt(1), 70), tup[4])
}

func TestFuncArgumentsAndResults(t *testing.T) {
	it, out := newInterp(asyncscript.Options{})
	require.NoError(t, it.Func("add", func(a int, b float64) float64 { return float64(a) + b }))
	require.NoError(t, it.Func("join", func(sep string, parts ...string) string { return strings.Join(parts, sep) }))
	require.NoError(t, it.Func("pair", func(m map[string]int) (int, string) { return m["n"], "ok" }))
	require.NoError(t, it.Func("nothing", func() {}))
	require.NoError(t, it.Func("blob", func(b []byte) int { return len(b) }))
	require.NoError(t, it.Run(context.Background(), "main.as", `
print(add(1, 2.5), join("-", "a", "b", "c"), pair({"n": 7}), nothing(), blob(b"xyz"))
for call in (lambda: add("1", 2), lambda: add(1), lambda: join(1), lambda: add(1, 2, x=3), lambda: add(2**64, 1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
`))
	assert.Equal(t, `3.5 a-b-c (7, 'ok') None 3
TypeError: add() argument 1 must be int fitting Go int, not str
TypeError: add() takes exactly 2 arguments (1 given)
TypeError: join() argument 1 must be str, not int
TypeError: add() takes no keyword arguments
TypeError: add() argument 1 must be int fitting Go int, not int
`, out.String())
}

func TestGoErrorsAndPanicsBecomeExceptions(t *testing.T) {
	it, out := newInterp(asyncscript.Options{})
	require.NoError(t, it.Func("fail", func(kind string) (int, error) {
		switch kind {
		case "value":
			return 0, fmt.Errorf("wrapped: %w", &asyncscript.Error{Type: "ValueError", Message: "bad value"})
		case "plain":
			return 0, errors.New("plain failure")
		case "panic":
			var m map[string]int
			m["x"] = 1
		}
		return 1, nil
	}))
	require.NoError(t, it.Run(context.Background(), "main.as", `
try:
    fail("value")
except ValueError as e:
    print("ValueError", e)
for kind in ("plain", "panic"):
    try:
        fail(kind)
    except RuntimeError as e:
        print("RuntimeError", e)
print(fail("ok"))
`))
	assert.Equal(t, "ValueError bad value\nRuntimeError plain failure\n"+
		"RuntimeError Go function fail panicked: assignment to entry in nil map\n1\n", out.String())
}

func TestUncaughtExceptionError(t *testing.T) {
	it, _ := newInterp(asyncscript.Options{})
	err := it.Run(context.Background(), "main.as", "import asyncio\nasync def main():\n    raise KeyError('k')\nasyncio.run(main())\n")
	var e *asyncscript.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "KeyError", e.Type)
	assert.Equal(t, "'k'", e.Message)
	assert.True(t, strings.HasPrefix(err.Error(), "Traceback (most recent call last):\n"), err.Error())
	assert.True(t, strings.HasSuffix(err.Error(), "    raise KeyError('k')\nKeyError: 'k'\n"), err.Error())

	err = it.Run(context.Background(), "bad.as", "x = (1,\n")
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "SyntaxError", e.Type)
	assert.Contains(t, err.Error(), `File "bad.as", line 1`)

	_, err = it.Call(context.Background(), "missing")
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "NameError", e.Type)
}

func TestCallAndEvalShareModule(t *testing.T) {
	it, out := newInterp(asyncscript.Options{Clock: asyncscript.VirtualClock()})
	require.NoError(t, it.Run(context.Background(), "main.as", `
import asyncio
total = 0
async def handler(n):
    global total
    await asyncio.sleep(10)
    total += n
    return [n, total]
def plain(s):
    return s * 2
`))
	v, err := it.Call(context.Background(), "handler", 21)
	require.NoError(t, err)
	assert.Equal(t, []any{int64(21), int64(21)}, v)
	v, err = it.Call(context.Background(), "plain", "ab")
	require.NoError(t, err)
	assert.Equal(t, "abab", v)
	v, err = it.Eval(context.Background(), "await handler(1)")
	require.NoError(t, err)
	assert.Equal(t, []any{int64(1), int64(22)}, v)
	v, err = it.Eval(context.Background(), "total")
	require.NoError(t, err)
	assert.Equal(t, int64(22), v)
	_, err = it.Eval(context.Background(), "x = 1")
	assert.Error(t, err)
	assert.Empty(t, out.String())
}

// blockingFetch is an AsyncFunc that records how its calls end.
type blockingFetch struct {
	started, cancelled atomic.Int32
}

func (b *blockingFetch) fetch(ctx context.Context, d float64) (string, error) {
	b.started.Add(1)
	select {
	case <-time.After(time.Duration(d * float64(time.Second))):
		return fmt.Sprint("slept ", d), nil
	case <-ctx.Done():
		b.cancelled.Add(1)
		return "", ctx.Err()
	}
}

func TestAsyncFuncCancelledWithAwaitingTask(t *testing.T) {
	it, out := newInterp(asyncscript.Options{})
	var b blockingFetch
	require.NoError(t, it.AsyncFunc("fetch", b.fetch))
	require.NoError(t, it.Run(context.Background(), "main.as", `
import asyncio
async def main():
    print(await asyncio.gather(fetch(0.01), fetch(0.02)))
    try:
        await asyncio.wait_for(fetch(60), 0.02)
    except TimeoutError:
        print("timed out")
    async def boom():
        await asyncio.sleep(0.01)
        raise ValueError("boom")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch(60))
            tg.create_task(boom())
    except* ValueError:
        print("group failed")
    t = asyncio.create_task(fetch(60))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
asyncio.run(main())
`))
	assert.Equal(t, "['slept 0.01', 'slept 0.02']\ntimed out\ngroup failed\ncancelled\n", out.String())
	assert.Eventually(t, func() bool { return b.cancelled.Load() == 3 }, time.Second, time.Millisecond)
}

// TestLimitsCannotBeCaught checks that no handler runs once a limit strikes, and that the
// interpreter runs again afterwards.
func TestLimitsCannotBeCaught(t *testing.T) {
	script := `
import asyncio
async def spin():
    try:
        while True:
            pass
    except BaseException:
        print("caught")
    finally:
        print("finally")
async def main():
    try:
        await asyncio.gather(spin())
    except BaseException:
        print("caught in main")
asyncio.run(main())
`
	it, out := newInterp(asyncscript.Options{MaxSteps: 10000})
	err := it.Run(context.Background(), "main.as", script)
	assert.ErrorIs(t, err, asyncscript.ErrStepLimit)
	var e *asyncscript.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "StepLimitExceeded", e.Type)
	assert.Empty(t, out.String())
	v, err := it.Eval(context.Background(), "sum(range(100))")
	require.NoError(t, err)
	assert.Equal(t, int64(4950), v)

	it, out = newInterp(asyncscript.Options{MaxMemory: 1 << 20})
	err = it.Run(context.Background(), "main.as", `
data = []
try:
    while True:
        data.append("x" * 1000)
except BaseException:
    print("caught")
`)
	assert.ErrorIs(t, err, asyncscript.ErrMemoryLimit)
	assert.Empty(t, out.String())
	require.NoError(t, it.Run(context.Background(), "main.as", "data = None\nsmall = [1] * 1000\n"))
}

func TestMemoryLimitSeesLocalsAndTasks(t *testing.T) {
	eachScript(t, asyncscript.Options{MaxMemory: 4 << 20}, map[string]string{
		"local": "def f():\n    a = []\n    while True:\n        a.append([0] * 100)\nf()\n",
		"task": `
import asyncio
async def grow(a):
    while True:
        a.append({"k": "v" * 100})
        await asyncio.sleep(0)
async def main():
    await asyncio.gather(grow([]), grow([]))
asyncio.run(main())
`,
	}, func(t *testing.T, it *asyncscript.Interpreter, script string) {
		assert.ErrorIs(t, it.Run(context.Background(), "main.as", script), asyncscript.ErrMemoryLimit)
	})
}

// TestCancellationStopsQuickly cancels runs that spin, recurse, wait on a Go call that
// ignores its context, or block in any of the ways of blockedScripts.
func TestCancellationStopsQuickly(t *testing.T) {
	scripts := map[string]string{
		"spin":      "while True:\n    try:\n        pass\n    except BaseException:\n        pass\n",
		"go call":   "await stubborn()\n",
		"recursion": "def f():\n    try:\n        f()\n    except RecursionError:\n        f()\nf()\n",
	}
	maps.Copy(scripts, blockedScripts)
	eachScript(t, asyncscript.Options{}, scripts, func(t *testing.T, it *asyncscript.Interpreter, script string) {
		release := make(chan struct{})
		defer close(release)
		require.NoError(t, it.AsyncFunc("stubborn", func(context.Context) error {
			<-release // ignores its context
			return nil
		}))
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(50*time.Millisecond, cancel)
		done := runInBackground(ctx, it, script)
		start := time.Now()
		select {
		case err := <-done:
			assert.ErrorIs(t, err, context.Canceled)
			assert.Less(t, time.Since(start), 100*time.Millisecond+50*time.Millisecond)
		case <-time.After(5 * time.Second):
			t.Fatal("the run did not stop")
		}
	})
}

func TestDeadlineAndCancelledBeforeStart(t *testing.T) {
	it, _ := newInterp(asyncscript.Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	_, err := it.Eval(ctx, "sum(range(10**12))")
	assert.ErrorIs(t, err, context.DeadlineExceeded)
	_, err = it.Call(ctx, "anything")
	assert.ErrorIs(t, err, context.DeadlineExceeded)
}

// TestParallelInterpreters runs many interpreters at once (go test -race checks they share
// no mutable state).
func TestParallelInterpreters(t *testing.T) {
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			it, out := newInterp(asyncscript.Options{Clock: asyncscript.VirtualClock(), MaxSteps: 1 << 20})
			_ = it.AsyncFunc("echo", func(ctx context.Context, n int) (int, error) { return n, nil })
			err := it.Run(context.Background(), "main.as", fmt.Sprintf(`
import asyncio, collections, functools
class C:
    def __init__(self, n): self.n = n
def tagged(k):
    # Exceptions and functions of built-in classes share one shape tree across interpreters.
    e = KeyError(k)
    e.extra = k
    tagged.last = e
    return e.extra - tagged.last.extra
async def work(k):
    await asyncio.sleep(k)
    return await echo(k) + C(%d).n + tagged(k)
print(sorted(collections.Counter("abca").items()), functools.reduce(lambda a, b: a + b, await asyncio.gather(*[work(k) for k in range(5)])))
`, i))
			assert.NoError(t, err)
			assert.Equal(t, fmt.Sprintf("[('a', 2), ('b', 1), ('c', 1)] %d\n", 10+5*i), out.String())
		}()
	}
	wg.Wait()
}
