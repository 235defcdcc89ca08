//go:build unix

package main

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// interruptCase is a script that prints "start" then blocks; the test sends it SIGINT
// (signals times) and checks that it dies by SIGINT, as CPython does, with this output.
type interruptCase struct {
	name, script string
	signals      int
	stdout       string // after "start"
	lastStderr   []string
}

// The expected output of each case is what python3 prints for the same script (tracebacks
// without CPython's own Lib/asyncio frames).
var interruptCases = []interruptCase{
	{name: "TimeSleep", signals: 1, script: "import time\nprint('start', flush=True)\ntime.sleep(10)\n",
		lastStderr: []string{"  File \"s.py\", line 3, in <module>", "    time.sleep(10)", "KeyboardInterrupt"}},
	{name: "RunUntilCompleteIdle", signals: 1, script: `import asyncio
async def main():
    print("start", flush=True)
    try:
        await asyncio.sleep(10)
    finally:
        print("cleanup")
asyncio.run(main())
`, stdout: "cleanup\n", lastStderr: []string{"    asyncio.run(main())", "KeyboardInterrupt"}},
	{name: "RunForeverIdle", signals: 1, script: `import asyncio
loop = asyncio.new_event_loop()
loop.call_later(100, print, "never")
print("start", flush=True)
try:
    loop.run_forever()
finally:
    print("finally")
`, stdout: "finally\n", lastStderr: []string{"KeyboardInterrupt"}},
	{name: "SecondInterruptDuringCleanup", signals: 2, script: `import asyncio
async def main():
    print("start", flush=True)
    try:
        await asyncio.sleep(10)
    finally:
        print("cleanup", flush=True)
        await asyncio.sleep(10)
        print("never")
asyncio.run(main())
`, stdout: "cleanup\n", lastStderr: []string{"    asyncio.run(main())", "KeyboardInterrupt"}},
	{name: "LockAcquire", signals: 1, script: "import threading\nl = threading.Lock()\nl.acquire()\nprint('start', flush=True)\nl.acquire()\n",
		lastStderr: []string{"  File \"s.py\", line 5, in <module>", "    l.acquire()", "KeyboardInterrupt"}},
	{name: "ThreadJoin", signals: 1, script: "import threading, time\nt = threading.Thread(target=time.sleep, args=(3,))\nt.start()\nprint('start', flush=True)\nt.join()\n",
		lastStderr: []string{"KeyboardInterrupt"}}, // under library frames, which differ from CPython's
	{name: "Input", signals: 1, script: "print('start', flush=True)\ninput()\n",
		lastStderr: []string{"  File \"s.py\", line 2, in <module>", "    input()", "KeyboardInterrupt"}},
	{name: "StdinRead", signals: 1, script: "import sys\nprint('start', flush=True)\nsys.stdin.read()\n",
		lastStderr: []string{"  File \"s.py\", line 3, in <module>", "    sys.stdin.read()", "KeyboardInterrupt"}},
	{name: "ConcurrentFutureResult", signals: 2, script: `import asyncio
async def work():
    return 1
async def main():
    loop = asyncio.get_running_loop()
    cf = asyncio.run_coroutine_threadsafe(work(), loop)
    print("start", flush=True)
    cf.result()
asyncio.run(main())
`, lastStderr: []string{"  File \"s.py\", line 8, in main", "    cf.result()", "KeyboardInterrupt"}},
}

func TestInterruptDiesBySIGINT(t *testing.T) {
	for _, c := range interruptCases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			require.NoError(t, os.WriteFile(filepath.Join(dir, "s.py"), []byte(c.script), 0o644))
			cmd := exec.Command(binary(t), "run", "s.py")
			cmd.Dir = dir
			var errOut bytes.Buffer
			cmd.Stderr = &errOut
			pipe, err := cmd.StdoutPipe()
			require.NoError(t, err)
			stdin, err := cmd.StdinPipe() // open until the end: reads of it block
			require.NoError(t, err)
			defer stdin.Close()
			require.NoError(t, cmd.Start())
			defer func() { _ = cmd.Process.Kill() }()
			out := bufio.NewReader(pipe)
			line, err := out.ReadString('\n')
			require.NoError(t, err)
			require.Equal(t, "start\n", line)
			var sent time.Time
			for i := 0; i < c.signals; i++ {
				time.Sleep(100 * time.Millisecond) // blocked by now
				sent = time.Now()
				require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
			}
			rest, err := io.ReadAll(out)
			require.NoError(t, err)
			err = cmd.Wait()
			elapsed := time.Since(sent)
			var exit *exec.ExitError
			require.True(t, errors.As(err, &exit), "exit: %v", err)
			require.Equal(t, "signal: interrupt", exit.Error())
			require.Equal(t, c.stdout, string(rest))
			// CPython names the script by its absolute path; the cases leave the directory out.
			stderr := strings.ReplaceAll(errOut.String(), dir+string(filepath.Separator), "")
			lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
			require.Equal(t, "Traceback (most recent call last):", lines[0])
			require.Equal(t, c.lastStderr, lines[len(lines)-len(c.lastStderr):])
			// Noticed within 50 ms; the process also has to exit (a loaded machine is slow).
			require.Less(t, elapsed, 500*time.Millisecond)
		})
	}
}
