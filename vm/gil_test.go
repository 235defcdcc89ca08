package vm

import (
	"io"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"
)

// A built-in runs atomically with respect to worker threads: list(d.items()) over a dict
// that workers keep resizing never sees it change, because the interpreter lock is handed
// over only between bytecode instructions, not in the middle of the built-in's loop.
func TestGILBuiltinAtomicAgainstWorkers(t *testing.T) {
	in := NewInterp(io.Discard, io.Discard)
	th := in.MainThread()
	d := NewDict()
	for i := 0; i < 2000; i++ {
		require.NoError(t, d.Set(th, Int(i), Int(i)))
	}
	in.Acquire()
	var stop atomic.Bool
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(key Int) {
			defer wg.Done()
			for n := 0; !stop.Load(); n++ {
				in.Acquire() // each hold changes the dict's size: grow it, then shrink it back
				if n%2 == 0 {
					_ = d.Set(nil, key, None)
				} else {
					_, _ = d.Delete(nil, key)
				}
				in.Release()
			}
		}(Int(-1 - w))
	}
	view := &DictView{D: d, Kind: 2}
	var err error
	for i := 0; i < 300 && err == nil; i++ {
		_, err = ToSlice(th, view)
		in.yieldGIL() // a bytecode boundary: the workers may run here
	}
	stop.Store(true)
	in.Release()
	wg.Wait()
	require.NoError(t, err)
}
