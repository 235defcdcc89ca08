package asyncio_test

import (
	"runtime/debug"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/asyncscript/asyncscript/vm"
)

// cycleScript makes two tasks await each other: CPython hangs (and its cancel() recurses
// into RecursionError); we report the deadlock.
const cycleScript = `
import asyncio

async def a():
    await tb

async def b():
    await ta

async def main():
    global ta, tb
    ta = asyncio.create_task(a(), name="A")
    tb = asyncio.create_task(b(), name="B")
    await asyncio.sleep(0)
    print(repr(ta))
    ta.cancel()
    await ta

asyncio.run(main())
`

func TestTwoTasksAwaitingEachOtherAreADeadlock(t *testing.T) {
	out, errOut, err := runErr(t, cycleScript, vm.NewVirtualClock(vm.DefaultVirtualEpoch))
	// The repr CPython 3.11 prints for the same tasks: the cycle shows as "...".
	assert.Equal(t, "<Task pending name='A' coro=<a() running at t.as:5> wait_for=<Task pending name='B' "+
		"coro=<b() running at t.as:8> wait_for=... cb=[Task.task_wakeup()]> cb=[Task.task_wakeup()]>\n", out)
	require.Error(t, err)
	exc, ok := err.(*vm.Exception)
	require.True(t, ok, "%v", err)
	assert.Equal(t, "DeadlockError", exc.Class.Name)
	msg := exc.Error()
	assert.Contains(t, msg, `Task "A" waits for Task "B"`)
	assert.Contains(t, msg, `Task "B" waits for Task "A"`)
	assert.Empty(t, errOut)
}

func TestChainOf3000TasksReportsDeadlockQuickly(t *testing.T) {
	src := `
import asyncio

async def link(prev):
    await prev

async def main():
    t = asyncio.get_running_loop().create_future()
    for i in range(3000):
        t = asyncio.create_task(link(t))
    await t

asyncio.run(main())
`
	start := time.Now()
	_, _, err := runErr(t, src, vm.NewVirtualClock(vm.DefaultVirtualEpoch))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `Task "Task-3001" waits for Task "Task-3000"`)
	assert.Less(t, time.Since(start), 5*time.Second)
}

// Cancelling the head of a chain of 200,000 tasks, each awaiting the next, passes the request
// down the chain in a loop: with the Go stack capped at 8 MB, a recursive walk would kill
// the process (CPython's recursive cancel() raises RecursionError past 1,000 tasks).
func TestCancelLongChainOfTasks(t *testing.T) {
	src := `
import asyncio

N = 200_000

async def main():
    tasks = []
    fut = asyncio.get_running_loop().create_future()
    async def w(i):
        if i + 1 < N:
            return await tasks[i + 1]
        return await fut
    for i in range(N):
        tasks.append(asyncio.create_task(w(i)))
    await asyncio.sleep(0)
    print(tasks[0].cancel(), fut.cancelled(), tasks[N - 1].cancelling())
    try:
        await tasks[0]
    except asyncio.CancelledError:
        print("cancelled")

asyncio.run(main())
`
	defer debug.SetMaxStack(debug.SetMaxStack(8 << 20))
	assert.Equal(t, "True True 1\ncancelled\n", runWith(t, src, func(*vm.Interp) {}))
}
