package asyncio

import "github.com/asyncscript/asyncscript/vm"

// futureCallback is a done callback: a script callable, or Go code with the name reprs
// show for it.
type futureCallback struct {
	value vm.Value
	fn    func(vm.Value)
	name  string
	// task is set instead for a task's wakeup: its next step is queued directly.
	task *Task
	// stops is set instead for run_until_complete's callback, which stops that loop; reprs
	// leave it out (CPython lists it with its own source path).
	stops *Loop
}

// AddDoneCallback arranges for fn to be called with the future once it is done (soon, if it
// already is). name is how the future's repr lists the callback ("Task.task_wakeup()").
func (f *Future) AddDoneCallback(name string, fn func(vm.Value)) {
	f.addCallback(futureCallback{fn: fn, name: name})
}

// AddDoneCallbackValue is add_done_callback for a script callable.
func (f *Future) AddDoneCallbackValue(callback vm.Value) {
	f.addCallback(futureCallback{value: callback})
}

func (f *Future) addCallback(cb futureCallback) {
	if f.Done() {
		f.scheduleCallback(cb)
		return
	}
	if cb.task != nil && f.wakes == nil && len(f.callbacks) == 0 {
		f.wakes = cb.task
		return
	}
	f.callbacks = append(f.callbacks, cb)
}

// RemoveDoneCallback removes every registration of a script callback; it returns how many.
func (f *Future) RemoveDoneCallback(callback vm.Value) int {
	kept := f.callbacks[:0]
	removed := 0
	for _, cb := range f.callbacks {
		if cb.value != nil && vm.Is(cb.value, callback) {
			removed++
			continue
		}
		kept = append(kept, cb)
	}
	f.callbacks = kept
	return removed
}

// removeStopCallback removes the callback by which run_until_complete stops l.
func (f *Future) removeStopCallback(l *Loop) {
	kept := f.callbacks[:0]
	for _, cb := range f.callbacks {
		if cb.stops != l {
			kept = append(kept, cb)
		}
	}
	f.callbacks = kept
}

func (f *Future) scheduleCallbacks() {
	if t := f.wakes; t != nil {
		f.wakes = nil
		f.scheduleCallback(futureCallback{task: t})
	}
	cbs := f.callbacks
	f.callbacks = nil
	for _, cb := range cbs {
		f.scheduleCallback(cb)
	}
}

func (f *Future) scheduleCallback(cb futureCallback) {
	switch {
	case cb.task != nil:
		if f.loop.trace != nil {
			f.loop.trace.wake(cb.task)
		}
		f.loop.scheduleStep(cb.task)
	case cb.stops != nil:
		f.loop.CallSoon(cb.stops.Stop)
	case cb.fn != nil:
		f.loop.ready.push(readyItem{done: cb.fn, arg: f.self})
	default:
		// A script's callback runs as a handle callback(future), as CPython's call_soon
		// makes it: its errors and debug mode's reports name it so.
		l := f.loop
		l.noteHandle(l.scriptThread(), l.CallSoonValue(cb.value, []vm.Value{f.self}))
	}
}
