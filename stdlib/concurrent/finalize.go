package concurrent

import (
	"sync"

	"github.com/asyncscript/asyncscript/vm"
)

// poolList holds an interpreter's pools, for Finalize: as CPython's interpreter waits at
// exit for the threads of every ThreadPoolExecutor, calls submitted and never waited for
// still run (and print) before the program ends.
type poolList struct {
	mu    sync.Mutex
	pools []*Pool
	// exiting is set by Finalize: no pool takes new calls after it.
	exiting bool
}

var poolsKey = vm.NewKey(func(*vm.Interp) *poolList { return &poolList{} })

// add records p, forgetting the pools that have ended, so a program making pool after pool
// does not keep them all.
func (l *poolList) add(p *Pool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	kept := l.pools[:0]
	for _, q := range l.pools {
		if !q.ended() {
			kept = append(kept, q)
		}
	}
	clear(l.pools[len(kept):])
	l.pools = append(kept, p)
}

// isExiting reports whether Finalize has begun.
func (l *poolList) isExiting() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.exiting
}

// ended reports whether p is shut down with no worker left.
func (p *Pool) ended() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.closed && p.workers == 0
}

// Finalize is what the interpreter's exit does to its pools, as CPython's: none takes new
// calls, and it returns once every call already submitted has run and every worker has
// ended; what the calls printed is flushed. The caller must not hold the interpreter lock.
func Finalize(in *vm.Interp) {
	in.Acquire()
	l := poolsKey.Get(in)
	l.mu.Lock()
	l.exiting = true
	pools := append([]*Pool(nil), l.pools...)
	l.mu.Unlock()
	in.Release()
	for _, p := range pools {
		p.close(false)
		<-p.Ended()
	}
	in.Acquire()
	in.Flush()
	in.Release()
}
