package asyncscript_test

import (
	"context"
	"strings"
	"testing"

	"github.com/asyncscript/asyncscript"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Run leaves the atexit functions registered (a later Run may follow); Exit runs them, last
// registered first, reports one that raises and runs the rest, and runs each only once.
func TestExitRunsAtexitFunctionsOnce(t *testing.T) {
	it, out := newInterp(asyncscript.Options{})
	ctx := context.Background()
	require.NoError(t, it.Run(ctx, "main.as", `
import atexit
def broken():
    raise ValueError("no")
atexit.register(print, "registered first")
atexit.register(broken)
print("main")
`))
	require.NoError(t, it.Run(ctx, "second.as", `atexit.register(print, "registered by the second run")`))
	assert.Equal(t, "main\n", out.String())
	it.Exit()
	got := out.String()
	assert.True(t, strings.HasPrefix(got, "main\nregistered by the second run\nException ignored in atexit callback: <function broken at "), got)
	assert.True(t, strings.HasSuffix(got, "ValueError: no\nregistered first\n"), got)
	before := out.Len()
	it.Exit()
	assert.Equal(t, before, out.Len(), "a second Exit has nothing left to run")
}

// A coroutine object that never runs gets CPython's RuntimeWarning when the program ends:
// those of async functions and those built-in code makes (asyncio.sleep, including the shared
// object of sleep(0), and asyncio.to_thread), in the order they were made; those awaited, handed
// to a task or gather, or closed are not reported.
func TestNeverAwaitedCoroutinesAreReported(t *testing.T) {
	var stderr strings.Builder
	it, _ := newInterp(asyncscript.Options{Stderr: &stderr})
	require.NoError(t, it.Run(context.Background(), "main.as", `
import asyncio
async def job():
    pass
async def main():
    asyncio.sleep(1)
    asyncio.sleep(0)
    later = asyncio.sleep(0)
    await asyncio.sleep(0)
    job()
    await later
    asyncio.to_thread(print)
    await asyncio.gather(asyncio.sleep(0.001), asyncio.to_thread(len, "x"), job())
    t = asyncio.create_task(asyncio.sleep(5))
    t.cancel()
    job().close()
asyncio.run(main())
`))
	var got []string
	for _, line := range strings.Split(stderr.String(), "\n") {
		if strings.Contains(line, "never awaited") {
			got = append(got, line)
		}
	}
	assert.Equal(t, []string{
		"main.as:6: RuntimeWarning: coroutine 'sleep' was never awaited",
		"main.as:7: RuntimeWarning: coroutine 'sleep' was never awaited",
		"main.as:10: RuntimeWarning: coroutine 'job' was never awaited",
		"main.as:12: RuntimeWarning: coroutine 'to_thread' was never awaited",
	}, got, stderr.String())
}

// A never-awaited coroutine still held when the program ends (by a module global, or by a
// frame of the uncaught exception's traceback) is reported after the traceback and the
// atexit functions, in CPython's one-line "sys:1:" form; one dropped at once is reported
// when the run ends, with the line that made it.
func TestNeverAwaitedCoroutinesHeldAtExit(t *testing.T) {
	var stderr strings.Builder
	it, out := newInterp(asyncscript.Options{Stderr: &stderr})
	err := it.Run(context.Background(), "main.as", `
import asyncio, atexit
async def job():
    pass
atexit.register(print, "atexit")
kept = job()
job()
async def main():
    await asyncio.wait([job()])
asyncio.run(main())
`)
	require.Error(t, err)
	assert.Equal(t, "main.as:7: RuntimeWarning: coroutine 'job' was never awaited\n  job()\n"+
		"RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n", stderr.String())
	stderr.Reset()
	it.Exit()
	assert.Equal(t, "atexit\n", out.String())
	assert.Equal(t, "sys:1: RuntimeWarning: coroutine 'job' was never awaited\n", stderr.String(), "shown once, as CPython's warnings filter does")
}
