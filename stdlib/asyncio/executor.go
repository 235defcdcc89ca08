package asyncio

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/asyncscript/asyncscript/vm"
)

// executor is the loop's default executor, as CPython's ThreadPoolExecutor: calls queue up
// and at most maxWorkers goroutines run them, each with a vm.Thread of its own, taking the
// interpreter lock to run Python code. Goroutines start as calls arrive and stay for the
// loop's life once started (CPython's threads idle the same way).
type executor struct {
	in         *vm.Interp
	maxWorkers int

	mu      sync.Mutex
	cond    *sync.Cond
	queue   []func(th *vm.Thread)
	workers int
	// started numbers the workers, which are named asyncio_0, asyncio_1... as CPython's.
	started int
	idle    int
	closed  bool
	// running counts calls queued or running, for shutdown to wait on.
	running sync.WaitGroup
}

// defaultMaxWorkers is CPython's default pool size: min(32, cpus + 4).
func defaultMaxWorkers() int { return min(32, runtime.NumCPU()+4) }

func newExecutor(in *vm.Interp) *executor {
	e := &executor{in: in, maxWorkers: defaultMaxWorkers()}
	e.cond = sync.NewCond(&e.mu)
	return e
}

// submit queues job, starting a worker when none is idle and the pool is not full; the job
// runs on the worker's own vm.Thread.
func (e *executor) submit(job func(th *vm.Thread)) {
	e.running.Add(1)
	e.mu.Lock()
	e.queue = append(e.queue, job)
	if e.idle == 0 && e.workers < e.maxWorkers {
		e.workers++
		th := e.in.NewWorkerThread()
		th.NewThreadInfo(fmt.Sprintf("asyncio_%d", e.started))
		e.started++
		go e.work(th)
	} else {
		e.cond.Signal()
	}
	e.mu.Unlock()
}

func (e *executor) work(th *vm.Thread) {
	defer th.ForgetInfo()
	e.mu.Lock()
	for {
		for len(e.queue) == 0 && !e.closed {
			e.idle++
			e.cond.Wait()
			e.idle--
		}
		if len(e.queue) == 0 {
			e.workers--
			e.mu.Unlock()
			return
		}
		job := e.queue[0]
		e.queue[0] = nil
		e.queue = e.queue[1:]
		e.mu.Unlock()
		job(th)
		e.running.Done()
		e.mu.Lock()
	}
}

// shutdown waits for every queued call to finish and lets the workers end. It runs on a
// goroutine of its own while the loop goes on, as CPython's shutdown_default_executor.
func (e *executor) shutdown() {
	e.running.Wait()
	e.mu.Lock()
	e.closed = true
	e.cond.Broadcast()
	e.mu.Unlock()
}

// callInWorker runs fn(*args, **kwargs) on th with the interpreter lock held. A Go panic
// in it (a bug in a built-in) becomes SystemError naming the panic's value: a worker must
// never take the process down.
func callInWorker(in *vm.Interp, th *vm.Thread, fn vm.Value, args []vm.Value, kwargs *vm.Dict) (result vm.Value, err error) {
	in.Acquire()
	defer in.Release()
	defer func() {
		if p := recover(); p != nil {
			result, err = nil, vm.Errorf(vm.SystemError, "Go panic in a worker thread: %s", fmt.Sprint(p))
		}
	}()
	return th.Call(fn, args, kwargs)
}

// shutdownDefaultExecutor is loop.shutdown_default_executor(): a future done once every call
// given to the default executor has finished; the loop keeps running meanwhile, so what the
// calls hand back to it still happens.
func (l *Loop) shutdownDefaultExecutor() *Future {
	fut := l.NewFuture()
	e := l.executor
	if e == nil {
		_ = fut.SetResult(vm.None)
		return fut
	}
	l.WorkerStarted()
	go func() {
		e.shutdown()
		l.Post(func() {
			l.WorkerDone()
			_ = fut.SetResult(vm.None)
		})
	}()
	return fut
}
