package asyncio_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/asyncscript/asyncscript/vm"
)

// TestDefaultExceptionHandlerOutput checks the default handler's stderr against CPython's
// for a failing callback, an unretrieved task exception, a broken handler and a context
// with extra keys. CPython's text also shows its own Lib/asyncio frames (events.py's
// Handle._run, base_events.py's call_exception_handler), which asyncscript leaves out, and
// names the file by its absolute path.
func TestDefaultExceptionHandlerOutput(t *testing.T) {
	_, stderr, err := runErr(t, `import asyncio
def bad():
    raise ValueError("cb boom")
async def fail():
    raise KeyError("task boom")
def broken(loop, context):
    raise RuntimeError("handler broke")
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "with extra", "extra": 42, "a": "s"})
    loop.call_exception_handler({})
    loop.set_exception_handler(broken)
    loop.call_exception_handler({"message": "custom"})
    loop.set_exception_handler(None)
    t = asyncio.create_task(fail(), name="failer")
    await asyncio.sleep(0)
asyncio.run(main())
`, vm.NewVirtualClock(vm.DefaultVirtualEpoch))
	assert.NoError(t, err)
	assert.Equal(t, `Exception in callback bad() at t.as:2
handle: <Handle bad() at t.as:2>
Traceback (most recent call last):
  File "t.as", line 3, in bad
    raise ValueError("cb boom")
ValueError: cb boom
with extra
a: 's'
extra: 42
Unhandled exception in event loop
Unhandled error in exception handler
context: {'message': 'custom'}
Traceback (most recent call last):
  File "t.as", line 7, in broken
    raise RuntimeError("handler broke")
RuntimeError: handler broke
Task exception was never retrieved
future: <Task finished name='failer' coro=<fail() done, defined at t.as:4> exception=KeyError('task boom')>
Traceback (most recent call last):
  File "t.as", line 5, in fail
    raise KeyError("task boom")
KeyError: 'task boom'
`, stderr)
}
