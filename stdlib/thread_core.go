package stdlib

import (
	"fmt"
	"math"
	"time"

	"github.com/asyncscript/asyncscript/stdlib/concurrent"
	"github.com/asyncscript/asyncscript/vm"
)

// threadLock is a _thread.lock: a lock any thread may release. Waiting for it gives up the
// interpreter lock, so the thread holding it can run on and release it. Its channel holds a
// token while it is unlocked: acquiring receives it, so a wait is a concurrent.Block, which
// Ctrl-C ends in the main thread as it ends CPython's.
type threadLock struct{ ch chan struct{} }

// newThreadLock is an unlocked lock.
func newThreadLock() *threadLock {
	l := &threadLock{ch: make(chan struct{}, 1)}
	l.ch <- struct{}{}
	return l
}

// locked reports whether some thread holds the lock.
func (l *threadLock) locked() bool { return len(l.ch) == 0 }

var threadLockClass = vm.NewBuiltinClass("lock", vm.ObjectClass)

// Type implements vm.Value.
func (*threadLock) Type() *vm.Class { return threadLockClass }

// Repr is CPython's <unlocked _thread.lock object at 0x...>.
func (l *threadLock) Repr() string {
	state := "unlocked"
	if l.locked() {
		state = "locked"
	}
	return fmt.Sprintf("<%s _thread.lock object at %p>", state, l)
}

// timeoutMax is _thread.TIMEOUT_MAX, the longest wait a timeout may ask for.
const timeoutMax = float64(math.MaxInt64/1000) / 1e6

// acquire takes the lock, waiting at most timeout seconds (forever when negative) if
// blocking; it reports whether it got the lock. Ctrl-C ends the main thread's wait with
// KeyboardInterrupt, and the lock is not taken.
func (l *threadLock) acquire(th *vm.Thread, blocking bool, timeout float64) (bool, error) {
	select {
	case <-l.ch:
		return true, nil
	default:
	}
	if !blocking {
		return false, nil
	}
	until := concurrent.Deadline(timeout)
	for {
		got, err := concurrent.Block(th, l.ch, until)
		if err != nil {
			if got {
				l.ch <- struct{}{}
			}
			return false, err
		}
		// Woken by an interrupt another thread or a handler took: wait on.
		if got || (until != nil && !time.Now().Before(*until)) {
			return got, nil
		}
	}
}

// lockAcquireArgs reads acquire(blocking=True, timeout=-1) with CPython's checks.
func lockAcquireArgs(th *vm.Thread, a []vm.Value) (bool, float64, error) {
	blocking, timeout := true, -1.0
	if len(a) > 0 && a[0] != nil {
		b, err := vm.Truth(th, a[0])
		if err != nil {
			return false, 0, err
		}
		blocking = b
	}
	if len(a) > 1 && a[1] != nil {
		f, ok := vm.ToFloat(a[1])
		if !ok {
			return false, 0, notAnInteger(a[1])
		}
		timeout = f
	}
	switch {
	case !blocking && timeout != -1:
		return false, 0, vm.Errorf(vm.ValueError, "can't specify a timeout for a non-blocking call")
	case timeout < 0 && timeout != -1:
		return false, 0, vm.Errorf(vm.ValueError, "timeout value must be positive")
	case timeout > timeoutMax:
		return false, 0, vm.Errorf(vm.OverflowError, "timeout value is too large")
	}
	return blocking, timeout, nil
}

func init() {
	threadLockClass.Module = "_thread"
	acquire := func(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
		blocking, timeout, err := lockAcquireArgs(th, a)
		if err != nil {
			return nil, err
		}
		got, err := self.(*threadLock).acquire(th, blocking, timeout)
		return vm.Bool(got), err
	}
	release := func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
		select {
		case self.(*threadLock).ch <- struct{}{}:
			return vm.None, nil
		default:
			return nil, vm.Errorf(vm.RuntimeError, "release unlocked lock")
		}
	}
	// acquire (also __enter__) parses (blocking=True, timeout=-1) with PyArg_ParseTupleAndKeywords;
	// __exit__ takes any positional arguments.
	kw := []string{"blocking", "timeout"}
	threadLockClass.DefineMethods([]vm.MethodDef{
		{Name: "acquire", Style: vm.TupleArgs, Max: 2, Kw: kw, Fn: acquire},
		{Name: "release", Style: vm.NoArgs, Fn: release},
		{Name: "__exit__", Style: vm.VarArgs, Fn: release},
		{Name: "locked", Style: vm.NoArgs, Fn: func(th *vm.Thread, self vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			return vm.Bool(self.(*threadLock).locked()), nil
		}},
	})
	// __enter__ is acquire itself, whose name CPython's errors give.
	threadLockClass.Dict["__enter__"] = threadLockClass.Dict["acquire"]
}

// ident is get_ident() of th.
func ident(th *vm.Thread) int64 {
	if info := th.Info(); info != nil {
		return info.Ident
	}
	return vm.MainThreadIdent
}

// newThreadCore is _thread, the core lib/threading.py builds on: locks, thread identity,
// and starting a function on a goroutine of its own that runs under the interpreter lock.
func newThreadCore(in *vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("_thread")
	m.Set("LockType", threadLockClass)
	m.Set("TIMEOUT_MAX", vm.Float(timeoutMax))
	noArgs := func(name string) vm.Signature {
		return vm.Signature{Name: name, Qual: "_thread." + name, Style: vm.NoArgs}
	}
	m.Set("allocate_lock", vm.NewFunc(noArgs("allocate_lock"), func(th *vm.Thread, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
		return newThreadLock(), nil
	}))
	identFn := func(th *vm.Thread, _ []vm.Value, _ *vm.Dict) (vm.Value, error) { return vm.Int(ident(th)), nil }
	m.Set("get_ident", vm.NewFunc(noArgs("get_ident"), identFn))
	m.Set("get_native_id", vm.NewFunc(noArgs("get_native_id"), identFn))
	// _name() is the name the runtime gave the current thread (an executor's worker), or None.
	m.Set("_name", vm.NewFunc(noArgs("_name"), func(th *vm.Thread, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
		if info := th.Info(); info != nil {
			return vm.Str(info.Name), nil
		}
		return vm.None, nil
	}))
	// _start(fn, name) runs fn() on a new thread named name and returns its ident; fn (the
	// Thread's bootstrap) reports its own errors. The thread is a worker: Ctrl-C reaches only
	// the main thread, as CPython's signals do.
	m.Set("_start", vm.NewFunc(vm.Signature{Name: "_start", Style: vm.PosArgs, Min: 2, Max: 2}, func(th *vm.Thread, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
		name, _ := a[1].(vm.Str)
		worker := in.NewScriptThread()
		info := worker.NewThreadInfo(string(name))
		fn := a[0]
		in.ThreadStarted()
		go func() {
			in.Acquire()
			defer in.Release()
			defer in.ThreadDone()
			defer worker.ForgetInfo()
			defer func() {
				// A Go panic (a bug in a built-in) must not take the process down.
				if p := recover(); p != nil {
					in.Flush()
					fmt.Fprintf(in.Stderr, "SystemError: Go panic in a worker thread: %v\n", p)
				}
			}()
			_, _ = worker.Call(fn, nil, nil)
		}()
		return vm.Int(info.Ident), nil
	}))
	return m, nil
}
