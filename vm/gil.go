package vm

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// gil is the interpreter lock: bytecode runs only on the goroutine that holds it. The main
// goroutine holds it while the program runs and lets go while it waits (an idle event loop,
// time.sleep), so worker goroutines (to_thread, run_in_executor) can run Python code in
// between, as CPython's threads do.
type gil struct {
	mu      sync.Mutex
	waiting atomic.Int32
}

// Acquire takes the interpreter lock for the calling goroutine.
func (in *Interp) Acquire() {
	in.gil.waiting.Add(1)
	in.gil.mu.Lock()
	in.gil.waiting.Add(-1)
}

// Release gives up the interpreter lock.
func (in *Interp) Release() { in.gil.mu.Unlock() }

// yieldGIL lets a waiting goroutine run, when one is waiting: called regularly from the
// dispatch loop so a busy program does not starve worker threads.
func (in *Interp) yieldGIL() {
	if in.gil.waiting.Load() == 0 {
		return
	}
	in.gil.mu.Unlock()
	runtime.Gosched()
	in.Acquire()
}
