package vm

import (
	"fmt"
	"strings"
)

// DeadlockError stops a program whose event loop can make no progress: no callback is ready,
// no timer is pending and no worker is running, yet the awaited result is missing. CPython
// would wait forever; asyncscript reports every pending task and where it waits. It is not
// an Exception, so ordinary handlers do not swallow it.
var DeadlockError = newExceptionClass("DeadlockError", BaseException)

// deadlockError describes the stuck loop: each pending task, what it waits for, and the
// chain of frames where it is paused.
func (l *Loop) deadlockError() *Exception {
	var b strings.Builder
	b.WriteString("no task can make progress: every task waits for something that can never happen")
	for _, t := range l.PendingTasks() {
		name, _ := ToStr(nil, t.Name())
		fmt.Fprintf(&b, "\n  Task %q", name)
		if t.waiter != nil {
			fmt.Fprintf(&b, " waits for %s", waiterRepr(t.waiter))
		}
		for _, fr := range t.coro.pausedFrames() {
			fmt.Fprintf(&b, "\n    File \"%s\", line %d, in %s", fr.code.Filename, fr.line(), fr.code.Name)
			if src := strings.TrimSpace(l.interp.sourceLine(fr.code.Filename, fr.line())); src != "" {
				fmt.Fprintf(&b, "\n      %s", src)
			}
		}
	}
	return Errorf(DeadlockError, "%s", b.String())
}

// pausedFrames lists a paused coroutine's frames, outermost first.
func (g *Generator) pausedFrames() []*Frame {
	var chain []*Frame
	for fr := g.innermost; fr != nil; fr = fr.parent {
		chain = append(chain, fr)
	}
	for i, j := 0, len(chain)-1; i < j; i, j = i+1, j-1 {
		chain[i], chain[j] = chain[j], chain[i]
	}
	return chain
}
