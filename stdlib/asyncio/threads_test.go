package asyncio_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/asyncscript/asyncscript/vm"
)

// threadsScript runs Python code on worker goroutines three ways while the loop keeps
// ticking; under -race it checks that the interpreter lock really serialises them.
const threadsScript = `
import asyncio, time

def blocking(n):
    time.sleep(0.05)
    return n * 10

async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.01)

async def main():
    loop = asyncio.get_running_loop()
    r1, r2, _ = await asyncio.gather(asyncio.to_thread(blocking, 1),
                                     loop.run_in_executor(None, blocking, 2), ticker())
    print(r1, r2)
    def from_thread():
        fut = asyncio.run_coroutine_threadsafe(asyncio.sleep(0.01, "threadsafe"), loop)
        return fut.result()
    print(await asyncio.to_thread(from_thread))

asyncio.run(main())
`

func TestWorkerThreads(t *testing.T) {
	want := "tick 0\ntick 1\ntick 2\n10 20\nthreadsafe\n"
	assert.Equal(t, want, run(t, threadsScript, vm.NewRealClock()))
	assert.Equal(t, want, run(t, threadsScript, vm.NewVirtualClock(vm.DefaultVirtualEpoch)))
}

func TestWorkerExceptionReachesAwaiter(t *testing.T) {
	src := `
import asyncio
def bad():
    raise ValueError("in thread")
async def main():
    try:
        await asyncio.to_thread(bad)
    except ValueError as e:
        print("caught", e)
asyncio.run(main())
`
	assert.Equal(t, "caught in thread\n", run(t, src, vm.NewRealClock()))
}
