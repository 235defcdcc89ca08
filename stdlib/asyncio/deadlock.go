package asyncio

import (
	"fmt"
	"strings"

	"github.com/asyncscript/asyncscript/vm"
)

// deadlockError describes the stuck loop: each pending task, what it waits for, and the
// chain of frames where it is paused.
func (l *Loop) deadlockError() *vm.Exception {
	var b strings.Builder
	b.WriteString("no task can make progress: every task waits for something that can never happen")
	for _, t := range l.PendingTasks() {
		name, _ := vm.ToStr(nil, t.Name())
		fmt.Fprintf(&b, "\n  Task %q", name)
		if t.waiter != nil {
			b.WriteString(" waits for ")
			if w, ok := t.waiter.self.(*Task); ok {
				// Only the name: the awaited task has its own entry, and its repr would
				// nest the whole chain of waiting tasks.
				wname, _ := vm.ToStr(nil, w.Name())
				fmt.Fprintf(&b, "Task %q", wname)
			} else {
				b.WriteString(t.waiter.Repr())
			}
		}
		for _, fr := range t.coro.PausedFrames() {
			if l.interp.HiddenFromTracebacks(fr.Code.Filename) {
				continue // asyncio's own frames, left out as tracebacks leave them out
			}
			b.WriteString("\n")
			writeFrame(&b, l.interp, fr, "    ")
		}
	}
	return vm.Errorf(DeadlockError, "%s", b.String())
}
