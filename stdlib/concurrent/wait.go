package concurrent

import (
	"time"

	"github.com/asyncscript/asyncscript/vm"
)

// The return_when conditions of wait().
const (
	firstCompleted = "FIRST_COMPLETED"
	firstException = "FIRST_EXCEPTION"
	allCompleted   = "ALL_COMPLETED"
)

// raised reports whether f finished with an exception (a cancelled future did not).
func raised(f *Future) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.state == finished && f.exc != nil
}

// satisfied reports whether wait() may return: done holds n of the total futures and got
// are those that finished last.
func satisfied(returnWhen string, got []*Future, n, total int) bool {
	if n == total {
		return true
	}
	switch returnWhen {
	case firstCompleted:
		return n > 0
	case firstException:
		for _, f := range got {
			if raised(f) {
				return true
			}
		}
	}
	return false
}

// waitArgs reads the (fs, timeout) that wait() and as_completed() begin with.
func waitArgs(th *vm.Thread, p []vm.Value) ([]*Future, float64, error) {
	fs, err := futuresOf(th, p[0])
	if err != nil {
		return nil, 0, err
	}
	timeout, err := timeoutArg(p[1])
	return fs, timeout, err
}

// waitFutures is wait(fs, timeout, return_when) once fs is a set: the futures done and not
// done when the condition holds or the timeout passes.
func waitFutures(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
	fs, timeout, err := waitArgs(th, p)
	if err != nil {
		return nil, err
	}
	returnWhen, _ := p[2].(vm.Str)
	w := newWaiter(fs)
	defer w.close()
	done := append([]*Future(nil), w.finished...)
	if !satisfied(string(returnWhen), done, len(done), len(fs)) {
		if returnWhen != firstCompleted && returnWhen != firstException && returnWhen != allCompleted {
			r, _ := vm.Repr(th, p[2])
			return nil, vm.Errorf(vm.ValueError, "Invalid return condition: %s", r)
		}
		until := Deadline(timeout)
		for {
			got, err := w.next(th, until)
			if err != nil {
				return nil, err
			}
			done = append(done, got...)
			if len(got) == 0 || satisfied(string(returnWhen), got, len(done), len(fs)) {
				break
			}
		}
	}
	return doneAndNotDone(th, fs, done)
}

// doneAndNotDone is the pair of sets wait() returns.
func doneAndNotDone(th *vm.Thread, fs, done []*Future) (vm.Value, error) {
	doneSet, notDone := vm.NewSet(), vm.NewSet()
	isDone := map[*Future]bool{}
	for _, f := range done {
		isDone[f] = true
		if err := doneSet.Add(th, f); err != nil {
			return nil, err
		}
	}
	for _, f := range fs {
		if !isDone[f] {
			if err := notDone.Add(th, f); err != nil {
				return nil, err
			}
		}
	}
	return vm.Tuple{doneSet, notDone}, nil
}

// completionWaiter is what as_completed() iterates with: the futures of a set, handed out
// in batches as they finish.
type completionWaiter struct {
	w     *waiter
	until *time.Time
	// started is set once the first batch, those finished at the start, is handed out.
	started bool
	// left counts the futures not handed out yet.
	left int
}

// Type implements vm.Value.
func (*completionWaiter) Type() *vm.Class { return waiterClass }

// batch is the next futures to yield: first those finished at the start, then each time
// some finish, in the order they did; none once all are yielded. TimeoutError with
// CPython's message when the deadline passes first.
func (c *completionWaiter) batch(th *vm.Thread) ([]*Future, error) {
	if !c.started {
		c.started = true
		if len(c.w.finished) > 0 {
			c.left -= len(c.w.finished)
			return c.w.finished, nil
		}
	}
	if c.left == 0 {
		return nil, nil
	}
	if c.until != nil && time.Now().After(*c.until) {
		return nil, vm.Errorf(vm.TimeoutError, "%d (of %d) futures unfinished", c.left, len(c.w.fs))
	}
	got, err := c.w.next(th, c.until)
	if err != nil {
		return nil, err
	}
	if len(got) == 0 {
		return nil, vm.Errorf(vm.TimeoutError, "%d (of %d) futures unfinished", c.left, len(c.w.fs))
	}
	c.left -= len(got)
	return got, nil
}

func init() {
	waiterClass.DefineMethods([]vm.MethodDef{
		{Name: "batch", Style: vm.NoArgs, Fn: func(th *vm.Thread, s vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			got, err := s.(*completionWaiter).batch(th)
			if err != nil {
				return nil, err
			}
			return vm.NewList(vm.Values(got)), nil
		}},
		{Name: "close", Style: vm.NoArgs, Fn: func(th *vm.Thread, s vm.Value, _ []vm.Value, _ *vm.Dict) (vm.Value, error) {
			s.(*completionWaiter).w.close()
			return vm.None, nil
		}},
	})
}

// newCompletionWaiter is _Waiter(fs, timeout), for as_completed over the set fs.
func newCompletionWaiter(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
	fs, timeout, err := waitArgs(th, p)
	if err != nil {
		return nil, err
	}
	return &completionWaiter{w: newWaiter(fs), until: Deadline(timeout), left: len(fs)}, nil
}
