package asyncio

import (
	"strconv"

	"github.com/asyncscript/asyncscript/vm"
)

// Debug mode's "created at FILE:LINE" in the reprs of handles, futures and tasks: where
// the script made them.

// scriptSource is "FILE:LINE" of the innermost frame of th that tracebacks show, where
// debug mode says a handle or future was created; "" when th runs no such frame. CPython
// names the innermost Python frame, which is one of its own Lib/asyncio files when the
// script called asyncio.create_task or loop.create_future; asyncscript names the script's
// line instead.
func scriptSource(th *vm.Thread) string {
	stack := th.CurrentStack()
	in := th.Interp()
	for i := len(stack) - 1; i >= 0; i-- {
		if f := stack[i]; !in.HiddenFromTracebacks(f.Code.Filename) {
			return f.Code.Filename + ":" + strconv.Itoa(f.Line)
		}
	}
	return ""
}

// scriptThread is the thread running script code that may create futures on l: the
// loop's own while it runs, the main thread before and after.
func (l *Loop) scriptThread() *vm.Thread {
	if l.running {
		return l.thread
	}
	return l.interp.MainThread()
}

// noteHandle records where h was created, in debug mode, and returns it.
func (l *Loop) noteHandle(th *vm.Thread, h *Handle) *Handle {
	if l.debugOn {
		if s := scriptSource(th); s != "" {
			handleSources.Put(h, s)
		}
	}
	return h
}

// noteFuture records where f, made in debug mode, was made. Futures have no room for it
// (a Future fills its size class), so the loop keeps it beside them, by weak reference.
func (l *Loop) noteFuture(f *Future) {
	if s := scriptSource(l.scriptThread()); s != "" {
		l.sources.Put(f, s)
	}
}

// handleSources records where handles were made in debug mode ("FILE:LINE"), beside them
// rather than in a field every handle would pay for.
var handleSources vm.WeakTable[Handle, string]

// withSource appends the "created at FILE:LINE" part of reprs to parts, when recorded.
func withSource(parts []string, source string) []string {
	if source == "" {
		return parts
	}
	return append(parts, "created at "+source)
}
