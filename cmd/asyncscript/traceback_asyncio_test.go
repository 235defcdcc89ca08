package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAsyncioTracebacksShowUserFrames checks whole tracebacks where asyncio is involved:
// the user's frames as CPython shows them, with no asyncscript prelude frames. CPython's
// own Lib/asyncio frames (runners.py, base_events.py, tasks.py) are left out, a documented
// difference; the rest is CPython's text.
func TestAsyncioTracebacksShowUserFrames(t *testing.T) {
	cases := map[string]struct{ script, stderr string }{
		"wait_for timeout": {`import asyncio
async def slow():
    await asyncio.sleep(10)
async def main():
    await asyncio.wait_for(slow(), 0.01)
asyncio.run(main())
`, `Traceback (most recent call last):
  File "s.py", line 3, in slow
    await asyncio.sleep(10)
asyncio.exceptions.CancelledError

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "s.py", line 6, in <module>
    asyncio.run(main())
  File "s.py", line 5, in main
    await asyncio.wait_for(slow(), 0.01)
TimeoutError
`},
		"awaiting a cancelled task": {`import asyncio
async def slow():
    await asyncio.sleep(10)
async def main():
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    await t
asyncio.run(main())
`, `Traceback (most recent call last):
  File "s.py", line 9, in <module>
    asyncio.run(main())
  File "s.py", line 8, in main
    await t
  File "s.py", line 3, in slow
    await asyncio.sleep(10)
asyncio.exceptions.CancelledError
`},
		"uncaught CancelledError": {`import asyncio
async def main():
    raise asyncio.CancelledError("bye")
asyncio.run(main())
`, `Traceback (most recent call last):
  File "s.py", line 4, in <module>
    asyncio.run(main())
  File "s.py", line 3, in main
    raise asyncio.CancelledError("bye")
asyncio.exceptions.CancelledError: bye
`},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			require.NoError(t, os.WriteFile(filepath.Join(dir, "s.py"), []byte(c.script), 0o644))
			status, _, stderr := run(t, dir, "", "run", "--clock=virtual", "s.py")
			assert.Equal(t, 1, status)
			// CPython names the script by its absolute path; the cases leave the directory out.
			assert.Equal(t, c.stderr, strings.ReplaceAll(stderr, dir+string(filepath.Separator), ""))
		})
	}
}
