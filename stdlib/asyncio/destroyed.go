package asyncio

import "github.com/asyncscript/asyncscript/vm"

// Tasks still pending when the program ends. CPython destroys them at exit and each one's
// finalizer reports "Task was destroyed but it is pending!" to its loop's exception
// handler. For a closed loop (whose timers, and so the futures the tasks wait on, are gone)
// it frees each task's coroutine first, which closes it, running its finally blocks; the
// tasks go in the order they were made. A loop left open is collected in an order that
// follows memory addresses: asyncscript reports its tasks in creation order, then closes
// their coroutines.

// destroyedMessage is the report's message, as CPython's Task.__del__ gives it.
const destroyedMessage = "Task was destroyed but it is pending!"

// ReportDestroyedPending reports the tasks pending at exit on the loops that are not
// running: those closed with tasks left, then the current event loop if it is still open.
func ReportDestroyedPending(in *vm.Interp) {
	s := stateKey.Peek(in)
	if s == nil || in.Aborted() != nil {
		return
	}
	loops := s.closedPending
	s.closedPending = nil
	for _, l := range loops {
		for _, t := range l.PendingTasks() {
			l.closeCoro(t)
			l.reportDestroyed(t)
		}
	}
	if l := s.eventLoop; l != nil && !l.closed && !l.running {
		pending := l.PendingTasks()
		for _, t := range pending {
			l.reportDestroyed(t)
		}
		for _, t := range pending {
			l.closeCoro(t)
		}
	}
}

// noteClosed records l, being closed, for ReportDestroyedPending if tasks are left on it.
func (l *Loop) noteClosed() {
	if l.tasks.head != nil {
		l.state.closedPending = append(l.state.closedPending, l)
	}
}

// reportDestroyed hands the report on t to the loop's exception handler.
func (l *Loop) reportDestroyed(t *Task) {
	ctx := vm.NewDict()
	ctx.SetStr("task", t)
	ctx.SetStr("message", vm.Str(destroyedMessage))
	_ = l.callExceptionHandler(ctx)
}

// closeCoro closes t's coroutine, as freeing it does.
func (l *Loop) closeCoro(t *Task) {
	if t.coro != nil {
		l.thread.CloseDropped(t.coro)
	}
}
