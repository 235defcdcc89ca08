package asyncscript

import (
	"sync/atomic"
	"time"

	"github.com/asyncscript/asyncscript/vm"
)

// Clock is an interpreter's time source: the event loop's timers, loop.time(), time.time()
// and time.sleep() read it. Use RealClock or VirtualClock.
type Clock = vm.Clock

// RealClock returns the operating system's clock, the default.
func RealClock() Clock { return vm.NewRealClock() }

// VirtualClock returns a deterministic clock: time passes only when every task waits (it
// jumps to the next timer, so `await asyncio.sleep(3600)` returns at once) and when the
// script sleeps; wall time starts at 2000-01-01 00:00:00 UTC. Every run sees the same times.
func VirtualClock() Clock { return vm.NewVirtualClock(vm.DefaultVirtualEpoch) }

// stoppableClock wraps the embedder's clock so that stopping a run (its context ended) wakes
// an idle event loop and cuts a time.sleep short: the run then stops within milliseconds,
// not at the next timer.
type stoppableClock struct {
	vm.Clock
	// stopped is closed by stop; reset makes a new one for the next run.
	stopped atomic.Pointer[chan struct{}]
}

func newStoppableClock(c vm.Clock) *stoppableClock {
	s := &stoppableClock{Clock: c}
	s.reset()
	return s
}

// reset readies the clock for a new run.
func (c *stoppableClock) reset() {
	ch := make(chan struct{})
	c.stopped.Store(&ch)
}

// stop ends the current and every later Idle and Sleep at once, until reset. Safe from any
// goroutine; call it once per run.
func (c *stoppableClock) stop() { close(*c.stopped.Load()) }

// Idle implements vm.Clock: the wrapped clock waits on a channel that fires on wake or on
// stop. A virtual clock that may skip does not wait, so it needs no watching.
func (c *stoppableClock) Idle(deadline float64, wake <-chan struct{}, skip bool) bool {
	stopped := *c.stopped.Load()
	select {
	case <-stopped:
		return true
	default:
	}
	if _, virtual := c.Clock.(*vm.VirtualClock); virtual && skip {
		return c.Clock.Idle(deadline, wake, skip)
	}
	either, done, exited := make(chan struct{}), make(chan struct{}), make(chan bool)
	go func() {
		select {
		case <-wake:
			close(either)
			exited <- true // the wake was consumed here: Idle must report it
		case <-stopped:
			close(either)
			exited <- false
		case <-done:
			exited <- false
		}
	}()
	woken := c.Clock.Idle(deadline, either, skip)
	close(done)
	return <-exited || woken
}

// Sleep implements vm.Clock: a real sleep ends early when the run is stopped.
func (c *stoppableClock) Sleep(d float64) {
	if _, virtual := c.Clock.(*vm.VirtualClock); virtual || d <= 0 {
		c.Clock.Sleep(d)
		return
	}
	t := time.NewTimer(time.Duration(d * float64(time.Second)))
	defer t.Stop()
	select {
	case <-t.C:
	case <-*c.stopped.Load():
	}
}
