package asyncio_test

import (
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/asyncscript/asyncscript/vm"
)

func TestGoPanicInWorkerBecomesSystemError(t *testing.T) {
	src := `
import asyncio

async def main():
    try:
        await asyncio.to_thread(boom)
    except SystemError as e:
        print("SystemError:", e)
    print(await asyncio.to_thread(lambda: "the pool still works"))

asyncio.run(main())
`
	out := runWith(t, src, func(in *vm.Interp) {
		in.Builtins.Set("boom", vm.NewBuiltin("boom", func(*vm.Thread, []vm.Value, *vm.Dict) (vm.Value, error) {
			panic("a bug in a built-in")
		}))
	})
	assert.Equal(t, "SystemError: Go panic in a worker thread: a bug in a built-in\nthe pool still works\n", out)
}

func TestDefaultExecutorIsBounded(t *testing.T) {
	src := `
import asyncio, time

def work():
    track(1)
    time.sleep(0.002)
    track(-1)

async def main():
    await asyncio.gather(*[asyncio.to_thread(work) for _ in range(200)])
    print("done")

asyncio.run(main())
`
	running, peak := 0, 0
	out := runWith(t, src, func(in *vm.Interp) {
		in.Builtins.Set("track", vm.NewBuiltin("track", func(_ *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
			running += int(args[0].(vm.Int)) // called with the interpreter lock held
			peak = max(peak, running)
			return vm.None, nil
		}))
	})
	assert.Equal(t, "done\n", out)
	assert.LessOrEqual(t, peak, min(32, runtime.NumCPU()+4))
	assert.GreaterOrEqual(t, peak, 2)
}
