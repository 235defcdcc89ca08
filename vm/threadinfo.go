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

// Info returns th's identity, or nil on the main thread.
func (th *Thread) Info() *ThreadInfo {
	if v, ok := threadInfos.Load(th); ok {
		return v.(*ThreadInfo)
	}
	return nil
}

// ForgetInfo drops th's identity when its goroutine ends.
func (th *Thread) ForgetInfo() { threadInfos.Delete(th) }
