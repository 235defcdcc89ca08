package asyncscript_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/asyncscript/asyncscript"
)

// blockedScripts block in each way a program can wait, for the tests that stop a run from
// outside: Interrupt and a cancelled context.
var blockedScripts = map[string]string{
	"time.sleep":                 "import time\ntime.sleep(3600)\n",
	"run_until_complete":         "import asyncio\nasyncio.run(asyncio.sleep(3600))\n",
	"run_forever":                "import asyncio\nloop = asyncio.new_event_loop()\nloop.call_later(3600, print)\nloop.run_forever()\n",
	"await at top level":         "import asyncio\nawait asyncio.sleep(3600)\n",
	"concurrent result":          "import asyncio\nasync def w():\n    pass\nasync def main():\n    asyncio.run_coroutine_threadsafe(w(), asyncio.get_running_loop()).result()\nasyncio.run(main())\n",
	"lock acquire":               "import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()\n",
	"condition wait":             "import threading\nc = threading.Condition()\nwith c:\n    c.wait()\n",
	"worker sleeping, idle loop": "import asyncio, time\nasync def main():\n    await asyncio.to_thread(time.sleep, 0.5)\nasyncio.run(main())\n",
}

// TestInterruptNoticedInEveryBlockingState interrupts a script blocked in each way a
// program can wait; Interrupt must end the run with KeyboardInterrupt within 50 ms, and an
// embedder gets it as an error (only the CLI re-raises the signal).
func TestInterruptNoticedInEveryBlockingState(t *testing.T) {
	eachScript(t, asyncscript.Options{}, blockedScripts, func(t *testing.T, it *asyncscript.Interpreter, script string) {
		done := runInBackground(context.Background(), it, script)
		time.Sleep(150 * time.Millisecond) // blocked by now (importing threading takes 50-110 ms under -race)
		var start time.Time
		// The first interrupt of an asyncio.run only cancels the main task, which a
		// blocked loop cannot deliver: the second raises KeyboardInterrupt, as CPython's.
		for i := 0; i < 2; i++ {
			start = time.Now()
			it.VM().Interrupt()
			select {
			case err := <-done:
				var e *asyncscript.Error
				require.True(t, errors.As(err, &e), "%v", err)
				assert.Equal(t, "KeyboardInterrupt", e.Type)
				assert.Less(t, time.Since(start), 50*time.Millisecond)
				return
			case <-time.After(200 * time.Millisecond):
			}
		}
		t.Fatal("the run did not stop")
	})
}
