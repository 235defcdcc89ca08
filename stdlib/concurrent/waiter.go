package concurrent

import (
	"sync"
	"time"

	"github.com/asyncscript/asyncscript/vm"
)

// waiter is one wait() or as_completed() call: the futures it watches add themselves to
// arrived as they finish (or, cancelled, are seen by their executor) and signal it.
type waiter struct {
	fs []*Future
	// finished are the futures that were finished when the waiter was made.
	finished []*Future

	mu      sync.Mutex
	arrived []*Future
	// signal has a value when arrived may have grown since it was last taken.
	signal chan struct{}
}

// add records that f finished; f.mu is held.
func (w *waiter) add(f *Future) {
	w.mu.Lock()
	w.arrived = append(w.arrived, f)
	w.mu.Unlock()
	select {
	case w.signal <- struct{}{}:
	default:
	}
}

// take empties arrived.
func (w *waiter) take() []*Future {
	w.mu.Lock()
	defer w.mu.Unlock()
	got := w.arrived
	w.arrived = nil
	return got
}

// finishedNow reports whether wait() counts f as finished, as CPython's
// [CANCELLED_AND_NOTIFIED, FINISHED]; f.mu is held.
func (f *Future) finishedNow() bool { return f.state == finished || f.state == cancelledNotified }

// futuresOf reads the futures of a set (wait and as_completed make one of their argument).
func futuresOf(th *vm.Thread, fs vm.Value) ([]*Future, error) {
	var out []*Future
	err := vm.Iterate(th, fs, func(v vm.Value) error {
		f, ok := v.(*Future)
		if !ok {
			// CPython's wait reaches for the future's condition variable first.
			return vm.Errorf(vm.AttributeError, "'%s' object has no attribute '_condition'", vm.TypeName(v))
		}
		out = append(out, f)
		return nil
	})
	return out, err
}

// newWaiter sorts fs into those finished now and the others, on which it waits.
func newWaiter(fs []*Future) *waiter {
	w := &waiter{fs: fs, signal: make(chan struct{}, 1)}
	for _, f := range fs {
		f.mu.Lock()
		if f.finishedNow() {
			w.finished = append(w.finished, f)
		} else {
			f.waiters = append(f.waiters, w)
		}
		f.mu.Unlock()
	}
	return w
}

// close stops the futures telling w.
func (w *waiter) close() {
	for _, f := range w.fs {
		f.mu.Lock()
		for i, x := range f.waiters {
			if x == w {
				f.waiters = append(f.waiters[:i], f.waiters[i+1:]...)
				break
			}
		}
		f.mu.Unlock()
	}
}

// next waits until the deadline (nil: none) for more futures to finish and returns those
// that have, in the order they did; none when the deadline passed first.
func (w *waiter) next(th *vm.Thread, until *time.Time) ([]*Future, error) {
	for {
		if got := w.take(); len(got) > 0 {
			return got, nil
		}
		fired, err := Block(th, w.signal, until)
		if err != nil || !fired {
			return nil, err
		}
	}
}
