package asyncio

import "github.com/asyncscript/asyncscript/vm"

// step resumes the coroutine once, with exc thrown in if given, and arranges what happens
// next from how the coroutine paused or finished.
func (t *Task) step(exc *vm.Exception) {
	if t.Done() {
		return
	}
	if t.mustCancel {
		// Woken by a cancelled waiter, the await raises that waiter's CancelledError, with
		// its message (CPython's wakeup passes it in): cancel("one") then cancel("two")
		// before the task runs ends it with "one".
		woken := exc == nil && t.waiter != nil && t.waiter.Cancelled()
		if !woken && (exc == nil || !exc.Class.IsSubclass(CancelledError)) {
			exc = t.makeCancelledError()
		}
		t.mustCancel = false
	}
	t.waiter = nil
	l := t.loop
	th := l.thread
	prevTask := l.current
	l.current = t
	if l.trace != nil {
		// Called, not deferred, at the step's two ends: a deferred call would cost every
		// step, traced or not. (A Go panic in the step ends the program, trace and all.)
		l.trace.stepBegin(t)
	}
	outer := th.SwapState(t.paused)
	v, done, err := t.coro.Resume(th, vm.None, exc)
	t.paused = th.SwapState(outer)
	l.current = prevTask
	if err == nil && !done {
		t.waitOn(v) // the commonest outcome, a pause at an await, needs none of settle's tests
		if l.trace != nil {
			l.trace.stepEnd(t)
		}
		return
	}
	// An orphan something awaits is held by that waiter's callback: not freed at its end.
	waited := t.wakes != nil || len(t.callbacks) > 0
	t.settle(v, err)
	if t.Done() {
		t.loop.tasks.remove(t) // the loop holds finished tasks no longer
		if r := t.rare; t.orphan && !waited && r != nil && r.unret != nil {
			t.loop.report(r.unret)
		}
	}
	if l.trace != nil {
		l.trace.stepEnd(t)
	}
}

// settle records the end a step of the coroutine came to: its result (v), exception or
// cancellation (err).
func (t *Task) settle(v vm.Value, err error) {
	switch {
	case err != nil:
		e := vm.AsException(err)
		if e.Class.IsSubclass(CancelledError) {
			// As CPython's super().cancel(): the task keeps no message of its own, so
			// only the first await (or result()) gets e; later ones and gather's
			// entry get a bare CancelledError.
			if t.Future.Cancel(vm.None) {
				t.more().cancelledExc = e
			}
			return
		}
		_ = t.Future.SetException(e)
		t.loop.noteFailed(t)
	case t.mustCancel:
		// Cancelled just as the coroutine finished: the task still ends cancelled.
		t.mustCancel = false
		t.Future.Cancel(t.cancelRequestMsg())
	default:
		_ = t.Future.SetResult(v)
	}
}

// waitOn handles what the coroutine paused on: a future an await handed over to wait for,
// or None for one turn; anything else is thrown back in, as CPython's Task.__step does.
func (t *Task) waitOn(v vm.Value) {
	var f *Future
	switch w := v.(type) {
	case *Future:
		f = w
	case *Task:
		f = &w.Future
	case *vm.Turn, vm.NoneType, vm.Resumer:
		// A bare yield (sleep(0)): run again on the next iteration. The concrete vm.Turn,
		// the commonest, is named first, so the task switch costs no interface lookup.
		t.loop.scheduleStep(t)
		return
	default:
		t.throwSoon(vm.Errorf(vm.RuntimeError, "Task got bad yield: %s", reprOf(v)))
		return
	}
	switch {
	case !f.blocking:
		t.throwSoon(vm.Errorf(vm.RuntimeError, "yield was used instead of yield from in task %s with %s", reprOf(t), reprOf(v)))
	case f == &t.Future:
		f.blocking = false
		t.throwSoon(vm.Errorf(vm.RuntimeError, "Task cannot await on itself: %s", t.shortRepr()))
	default:
		f.blocking = false
		t.wait(f)
	}
}

// throwSoon makes the task's next step, on the next loop iteration, raise exc where the
// coroutine is paused.
func (t *Task) throwSoon(exc *vm.Exception) {
	t.loop.ready.push(readyItem{task: t, arg: exc})
}

func (t *Task) wait(f *Future) {
	f.addCallback(futureCallback{task: t})
	t.waiter = f
	if t.mustCancel && f.CancelAs(t.cancelRequestMsg()) {
		t.mustCancel = false
	}
}

func (t *Task) makeCancelledError() *vm.Exception {
	msg := t.cancelRequestMsg()
	if vm.IsNone(msg) {
		return vm.NewException(CancelledError)
	}
	return vm.NewException(CancelledError, msg)
}

// shortRepr names the task for error messages.
func (t *Task) shortRepr() string {
	s, _ := vm.ToStr(nil, t.Name())
	return "<Task " + s + ">"
}
