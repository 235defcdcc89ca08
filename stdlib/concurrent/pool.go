package concurrent

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/asyncscript/asyncscript/vm"
)

// Pool is the thread pool of ThreadPoolExecutor and of asyncio's default executor: calls
// queue up and at most MaxWorkers goroutines run them, each with a vm.Thread of its own,
// taking the interpreter lock to run Python code. A worker starts when a call arrives and
// no worker is idle, and stays until the pool is shut down, as CPython's threads do.
type Pool struct {
	in         *vm.Interp
	maxWorkers int
	// prefix names the workers PREFIX_0, PREFIX_1...
	prefix      string
	initializer vm.Value // nil: none
	initargs    []vm.Value

	mu      sync.Mutex
	cond    *sync.Cond
	queue   []*workItem
	workers int
	idle    int
	closed  bool
	// broken is why the pool cannot run calls any more ("" while it can).
	broken string
	// alive counts the worker goroutines, for shutdown(wait=True) to wait on.
	alive sync.WaitGroup
}

// workItem is one submitted call and the future of its outcome.
type workItem struct {
	fut    *Future
	fn     vm.Value
	args   []vm.Value
	kwargs *vm.Dict
	// ctx is the context the call runs in; nil: the worker's own.
	ctx *vm.Context
}

// DefaultMaxWorkers is CPython's default pool size: min(32, cpus + 4).
func DefaultMaxWorkers() int { return min(32, runtime.NumCPU()+4) }

// NewPool makes a pool of at most maxWorkers workers named after prefix; each runs
// initializer(*initargs) first unless initializer is nil.
func NewPool(in *vm.Interp, maxWorkers int, prefix string, initializer vm.Value, initargs []vm.Value) *Pool {
	p := &Pool{in: in, maxWorkers: maxWorkers, prefix: prefix, initializer: initializer, initargs: initargs}
	p.cond = sync.NewCond(&p.mu)
	poolsKey.Get(in).add(p)
	return p
}

// Type implements vm.Value.
func (*Pool) Type() *vm.Class { return PoolClass }

// Submit queues fn(*args, **kwargs), to run in ctx (nil: the worker's own context), and
// returns the future of its outcome, as Executor.submit.
func (p *Pool) Submit(fn vm.Value, args []vm.Value, kwargs *vm.Dict, ctx *vm.Context) (*Future, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.broken != "" {
		return nil, vm.Errorf(BrokenThreadPool, "%s", p.broken)
	}
	if p.closed {
		return nil, vm.Errorf(vm.RuntimeError, "cannot schedule new futures after shutdown")
	}
	if poolsKey.Get(p.in).isExiting() {
		return nil, vm.Errorf(vm.RuntimeError, "cannot schedule new futures after interpreter shutdown")
	}
	item := &workItem{fut: NewFuture(), fn: fn, args: args, kwargs: kwargs, ctx: ctx}
	p.queue = append(p.queue, item)
	if p.idle == 0 && p.workers < p.maxWorkers {
		th := p.in.NewWorkerThread()
		th.NewThreadInfo(fmt.Sprintf("%s_%d", p.prefix, p.workers))
		p.workers++
		p.alive.Add(1)
		go p.work(th)
	} else {
		p.cond.Signal()
	}
	return item.fut, nil
}

// work is a worker's life: the initializer, then calls until the pool is shut down and
// its queue is empty.
func (p *Pool) work(th *vm.Thread) {
	defer p.alive.Done()
	defer th.ForgetInfo()
	if p.initializer != nil && !p.initialize(th) {
		p.mu.Lock()
		p.workers--
		p.mu.Unlock()
		return
	}
	p.mu.Lock()
	for {
		for len(p.queue) == 0 && !p.closed {
			p.idle++
			p.cond.Wait()
			p.idle--
		}
		if len(p.queue) == 0 {
			p.workers--
			p.mu.Unlock()
			return
		}
		item := p.queue[0]
		p.queue[0] = nil
		p.queue = p.queue[1:]
		p.mu.Unlock()
		underLock(th, item.run)
		p.mu.Lock()
	}
}

// initialize runs the initializer on th; when it fails the pool is broken, as CPython's
// _initializer_failed: every queued call fails with BrokenThreadPool.
func (p *Pool) initialize(th *vm.Thread) bool {
	ok := true
	underLock(th, func(th *vm.Thread) error {
		_, err := call(th, p.initializer, p.initargs, nil)
		if err == nil {
			return nil
		}
		ok = false
		logCritical(th, "Exception in initializer:", vm.AsException(err))
		p.mu.Lock()
		p.broken = "A thread initializer failed, the thread pool is not usable anymore"
		queued := p.queue
		p.queue = nil
		p.mu.Unlock()
		for _, item := range queued {
			_ = item.fut.set(th, nil, vm.Errorf(BrokenThreadPool, "%s", p.broken))
		}
		return nil
	})
	return ok
}

// run runs the call on th, which holds the interpreter lock, unless its future was
// cancelled, and sets the future's outcome.
func (item *workItem) run(th *vm.Thread) error {
	ok, err := item.fut.SetRunning(th)
	if !ok {
		return err
	}
	if item.ctx != nil {
		defer th.SetContext(th.SetContext(item.ctx))
	}
	result, err := call(th, item.fn, item.args, item.kwargs)
	if err != nil {
		item.fut.Complete(th, nil, vm.AsException(err))
	} else {
		item.fut.Complete(th, result, nil)
	}
	return nil
}

// call calls fn(*args, **kwargs) on th. A Go panic in it (a bug in a built-in) becomes
// SystemError naming the panic's value: a worker must never take the process down.
func call(th *vm.Thread, fn vm.Value, args []vm.Value, kwargs *vm.Dict) (result vm.Value, err error) {
	defer func() {
		if p := recover(); p != nil {
			result, err = nil, vm.Errorf(vm.SystemError, "Go panic in a worker thread: %s", fmt.Sprint(p))
		}
	}()
	return th.Call(fn, args, kwargs)
}

// underLock runs fn on th with the interpreter lock held; an error it returns escaped the
// worker's loop, and is logged as CPython's _worker logs it.
func underLock(th *vm.Thread, fn func(th *vm.Thread) error) {
	in := th.Interp()
	in.Acquire()
	defer in.Release()
	if err := fn(th); err != nil {
		logCritical(th, "Exception in worker", vm.AsException(err))
	}
}

// Shutdown is Executor.shutdown(wait, cancel_futures): no more calls are taken; with
// cancelFutures the queued calls are cancelled; with wait, it returns once every worker has
// ended (the calls queued before have run). th holds the interpreter lock.
func (p *Pool) Shutdown(th *vm.Thread, wait, cancelFutures bool) error {
	for _, item := range p.close(cancelFutures) {
		item.fut.Cancel(th)
	}
	if !wait {
		return nil
	}
	_, err := Block(th, p.Ended(), nil)
	return err
}

// close makes the pool take no more calls and its idle workers end; with cancelFutures
// it returns the queued calls, dropped from the queue, for the caller to cancel.
func (p *Pool) close(cancelFutures bool) (dropped []*workItem) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.closed = true
	if cancelFutures {
		dropped, p.queue = p.queue, nil
	}
	p.cond.Broadcast()
	return dropped
}

// Ended is closed once the pool is shut down and every worker has ended. Safe from any
// goroutine.
func (p *Pool) Ended() <-chan struct{} {
	ended := make(chan struct{})
	go func() {
		p.alive.Wait()
		close(ended)
	}()
	return ended
}
