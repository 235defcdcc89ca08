package concurrent_test

import (
	"bytes"
	"context"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/asyncscript/asyncscript"
	"github.com/asyncscript/asyncscript/stdlib/concurrent"
	"github.com/asyncscript/asyncscript/vm"
)

// run runs src on an interpreter prepared by setup and returns what it printed.
func run(t *testing.T, src string, setup func(it *asyncscript.Interpreter)) string {
	t.Helper()
	var out bytes.Buffer
	it := asyncscript.New(asyncscript.Options{Stdout: &out, Stderr: &out})
	setup(it)
	require.NoError(t, it.Run(context.Background(), "t.as", src), out.String())
	return out.String()
}

func TestPoolIsBoundedAndRunsEveryCall(t *testing.T) {
	var mu sync.Mutex
	running, peak, calls := 0, 0, 0
	track := func(d int) {
		mu.Lock()
		defer mu.Unlock()
		running += d
		peak = max(peak, running)
		if d > 0 {
			calls++
		}
	}
	out := run(t, `
import concurrent.futures, time
def work(i):
    track(1)
    time.sleep(0.002)
    track(-1)
    return i
with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
    print(sum(pool.map(work, range(60))))
`, func(it *asyncscript.Interpreter) { require.NoError(t, it.Func("track", track)) })
	assert.Equal(t, "1770\n", out)
	assert.Equal(t, 60, calls)
	assert.LessOrEqual(t, peak, 3)
	assert.GreaterOrEqual(t, peak, 2, "the workers run at the same time")
}

func TestGoPanicInPoolWorkerBecomesSystemError(t *testing.T) {
	out := run(t, `
import concurrent.futures
with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
    print(repr(pool.submit(boom).exception()))
    print(pool.submit(lambda: "the pool still works").result())
`, func(it *asyncscript.Interpreter) {
		// A raw built-in: the embedding API's Func would turn the panic into an error itself.
		it.VM().Builtins.Set("boom", vm.NewBuiltin("boom", func(*vm.Thread, []vm.Value, *vm.Dict) (vm.Value, error) {
			panic("a bug in a built-in")
		}))
	})
	assert.Equal(t, "SystemError('Go panic in a worker thread: a bug in a built-in')\nthe pool still works\n", out)
}

func TestFutureFromGo(t *testing.T) {
	th := vm.NewInterp(&bytes.Buffer{}, &bytes.Buffer{}).MainThread()
	f := concurrent.NewFuture()
	var order []string
	f.WhenDone(th, func(*vm.Thread) { order = append(order, "first") })
	assert.True(t, f.Cancel(th))
	assert.True(t, f.Done())
	assert.True(t, f.Cancelled())
	assert.False(t, f.Complete(th, vm.Int(1), nil), "a cancelled future keeps its state")
	f.WhenDone(th, func(*vm.Thread) { order = append(order, "at once") })
	assert.Equal(t, []string{"first", "at once"}, order)
	_, exc := f.Outcome()
	require.NotNil(t, exc)
	assert.Equal(t, concurrent.CancelledError, exc.Class)
	ok, err := f.SetRunning(th)
	assert.False(t, ok)
	assert.NoError(t, err)

	g := concurrent.NewFuture()
	ok, err = g.SetRunning(th)
	assert.True(t, ok)
	assert.NoError(t, err)
	assert.False(t, g.Cancel(th), "a running future cannot be cancelled")
	assert.True(t, g.Complete(th, vm.Int(7), nil))
	v, exc := g.Outcome()
	assert.Nil(t, exc)
	assert.Equal(t, vm.Int(7), v)
}
