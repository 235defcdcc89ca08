package asyncio_test

import (
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/asyncscript/asyncscript/vm"
)

// 1 M tasks in batches of 10 k used to keep every task (724 MB); done tasks must leave
// the loop, failed ones included once their exception was retrieved.
func TestFinishedTasksInBatchesAreFreed(t *testing.T) {
	src := `
import asyncio

async def ok(i):
    return i

async def bad(i):
    raise ValueError(i)

async def main():
    for b in range(30):
        ts = [asyncio.create_task(ok(i)) for i in range(1000)]
        ts += [asyncio.create_task(bad(i)) for i in range(1000)]
        await asyncio.gather(*ts, return_exceptions=True)
        del ts
        heap()
    print(len(asyncio.all_tasks()))

asyncio.run(main())
`
	var heaps []uint64
	out := runWith(t, src, func(in *vm.Interp) {
		in.Builtins.Set("heap", vm.NewBuiltin("heap", func(*vm.Thread, []vm.Value, *vm.Dict) (vm.Value, error) {
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			heaps = append(heaps, ms.HeapAlloc)
			return vm.None, nil
		}))
	})
	assert.Equal(t, "1\n", out)
	require.Len(t, heaps, 30)
	// Keeping 58,000 finished tasks would take tens of MB.
	growth := int64(heaps[29]) - int64(heaps[4])
	assert.Less(t, growth, int64(4<<20), "heap grew from %d to %d", heaps[4], heaps[29])
}

// A failed task nobody references is reported when the collector frees it, before the
// loop closes, and exactly once.
func TestDroppedTaskExceptionIsReportedOnce(t *testing.T) {
	src := `
import asyncio

async def bad(i):
    raise ValueError(i)

async def main():
    for i in range(200):
        asyncio.create_task(bad(i))
    for i in range(100):
        await asyncio.sleep(0.001)
    print("end of main")

asyncio.run(main())
`
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			case <-time.After(time.Millisecond):
				runtime.GC()
			}
		}
	}()
	out := runWith(t, src, func(*vm.Interp) {})
	close(stop)
	wg.Wait()
	assert.Equal(t, 200, strings.Count(out, "Task exception was never retrieved\n"))
	before, _, found := strings.Cut(out, "end of main")
	require.True(t, found)
	assert.Contains(t, before, "Task exception was never retrieved\nfuture: <Task finished name='Task-")
	assert.Contains(t, out, "ValueError: 199\n")
}

// Tasks waiting on one Event are the bulk of bench/mem.as: each costs its Task, the Event's
// future, two coroutines with their frames and a place in two lists, some 1 KB in all
// (CPython about 1.5 KB); a gather of them adds its callback per child.
func TestPendingTaskLiveHeap(t *testing.T) {
	src := `
import asyncio

async def waiter(event):
    await event.wait()

async def main():
    event = asyncio.Event()
    heap()
    tasks = [asyncio.create_task(waiter(event)) for _ in range(20000)]
    await asyncio.sleep(0)
    heap()
    g = asyncio.gather(*tasks)
    heap()
    event.set()
    await g

asyncio.run(main())
`
	const n = 20000
	var heaps []int64
	runWith(t, src, func(in *vm.Interp) {
		in.Builtins.Set("heap", vm.NewBuiltin("heap", func(*vm.Thread, []vm.Value, *vm.Dict) (vm.Value, error) {
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			heaps = append(heaps, int64(ms.HeapAlloc))
			return vm.None, nil
		}))
	})
	require.Len(t, heaps, 3)
	perTask, perChild := (heaps[1]-heaps[0])/n, (heaps[2]-heaps[1])/n
	t.Logf("live heap per pending task %d B, per gathered child %d B", perTask, perChild)
	// 951 and 72 bytes when last measured (Task 176, Future 96, gather's callback 64).
	assert.Less(t, perTask, int64(1000))
	assert.Less(t, perChild, int64(100))
}
