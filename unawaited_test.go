package asyncscript_test

import (
	"context"
	"strings"
	"testing"

	"github.com/asyncscript/asyncscript"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

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
