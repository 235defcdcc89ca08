package vm

import (
	"sync"
	"sync/atomic"
)

// ThreadInfo is what the threading module reports about a thread of Python code running on
// a goroutine of its own (a threading.Thread or an executor's worker): its identity and
// name. Threads without one (the main program and the event loop, which CPython runs on the
// main thread) are the main thread.
type ThreadInfo struct {
	Ident int64
	Name  string
}

var (
	threadInfos sync.Map // *Thread -> *ThreadInfo
	nextIdent   atomic.Int64
)

// MainThreadIdent is the main thread's threading.get_ident().
const MainThreadIdent = 1 << 20

// NewThreadInfo gives th its own identity, named name, until ForgetInfo.
func (th *Thread) NewThreadInfo(name string) *ThreadInfo {
	info := &ThreadInfo{Ident: MainThreadIdent + nextIdent.Add(1), Name: name}
	threadInfos.Store(th, info)
	return info
}

// Info returns th's identity, or nil on the main thread. An event loop's thread has the
// identity of the thread running the loop (see RunFrom), as CPython's loop runs on the
// thread that calls asyncio.run.
func (th *Thread) Info() *ThreadInfo {
	for t := th; t != nil; t = t.caller {
		if v, ok := threadInfos.Load(t); ok {
			return v.(*ThreadInfo)
		}
	}
	return nil
}

// ForgetInfo drops th's identity when its goroutine ends.
func (th *Thread) ForgetInfo() { threadInfos.Delete(th) }

// ThreadStarted counts a thread of Python code the script started (a threading.Thread) as
// running until ThreadDone: an event loop waiting for nothing but such a thread is not
// deadlocked, since the thread may still hand it work (call_soon_threadsafe).
func (in *Interp) ThreadStarted() { in.threads.Add(1) }

// ThreadDone ends what ThreadStarted began and tells the OnThreadEnd functions.
func (in *Interp) ThreadDone() {
	in.threads.Add(-1)
	in.threadEnders.notify()
}

// RunningThreads counts the threads between ThreadStarted and ThreadDone.
func (in *Interp) RunningThreads() int64 { return in.threads.Load() }

// OnThreadEnd registers fn to be called (on the ending thread's goroutine) whenever a thread
// counted by ThreadStarted ends, so a loop waiting for it wakes up; it returns the function
// that unregisters fn.
func (in *Interp) OnThreadEnd(fn func()) (unregister func()) { return in.threadEnders.add(fn) }

// Blocking records that th, unless it is an executor's worker (whose loop counts it
// busy), begins a wait for another thread (a lock, a concurrent future's result), until the
// returned function is called. An event loop on the virtual clock may skip idle time while every
// other thread of the script waits so: none of them can hand it work before it acts.
func (in *Interp) Blocking(th *Thread) (done func()) {
	if th.worker && !th.script {
		return func() {}
	}
	in.blocked.Add(1)
	if p, ok := in.Clock.(interface{ Poke() }); ok {
		p.Poke() // a loop waiting in real time for this thread looks again
	}
	return func() { in.blocked.Add(-1) }
}

// BlockedThreads counts the threads between Blocking and its done function.
func (in *Interp) BlockedThreads() int64 { return in.blocked.Load() }
