package vm

import (
	"math"
	"sync"
	"time"
)

// Clock is the time source of an interpreter: the event loop's timers, loop.time(),
// time.time(), time.monotonic() and time.sleep() all read it.
type Clock interface {
	// Monotonic is seconds on a clock that never goes back (loop.time(), time.monotonic()).
	Monotonic() float64
	// Wall is seconds since the Unix epoch (time.time()).
	Wall() float64
	// Idle waits until the monotonic clock reaches deadline or wake fires, whichever is
	// first; it reports whether wake fired. A virtual clock jumps to the deadline at once
	// when skip is true (nothing else can happen meanwhile).
	Idle(deadline float64, wake <-chan struct{}, skip bool) bool
	// Sleep blocks the calling thread for d seconds (time.sleep), or until wake fires (Ctrl-C);
	// it reports whether wake fired.
	Sleep(d float64, wake <-chan struct{}) bool
}

// Peeker is a Clock whose monotonic time can be read without side effects (a virtual
// clock's Monotonic moves it by a tick): tracing reads time through it, so that a traced run
// sees the very times an untraced one does.
type Peeker interface {
	Peek() float64
}

// RealClock is the operating system's clock.
type RealClock struct{ start time.Time }

// NewRealClock makes a real clock.
func NewRealClock() *RealClock { return &RealClock{start: time.Now()} }

// Monotonic implements Clock.
func (c *RealClock) Monotonic() float64 { return time.Since(c.start).Seconds() }

// Peek implements Peeker.
func (c *RealClock) Peek() float64 { return c.Monotonic() }

// Wall implements Clock.
func (c *RealClock) Wall() float64 { return float64(time.Now().UnixNano()) / 1e9 }

// Sleep implements Clock.
func (c *RealClock) Sleep(d float64, wake <-chan struct{}) bool { return waitUntil(d, wake) }

// Idle implements Clock.
func (c *RealClock) Idle(deadline float64, wake <-chan struct{}, skip bool) bool {
	return waitUntil(deadline-c.Monotonic(), wake)
}

// waitUntil waits at most d seconds for wake and reports whether it fired; d <= 0 only
// checks, and an enormous d (no deadline) waits for wake alone.
func waitUntil(d float64, wake <-chan struct{}) bool {
	if d <= 0 {
		select {
		case <-wake:
			return true
		default:
			return false
		}
	}
	if d > 1e9 {
		<-wake
		return true
	}
	t := time.NewTimer(time.Duration(d * float64(time.Second)))
	defer t.Stop()
	select {
	case <-wake:
		return true
	case <-t.C:
		return false
	}
}

// VirtualClock is the deterministic clock of golden tests. Time passes only when the program
// would wait with nothing else to do (the clock jumps to the next deadline, so
// `await asyncio.sleep(3600)` returns at once with the order of events unchanged), when it
// sleeps, and by one microsecond at each reading, so a loop that polls the time until some
// seconds pass still ends, quickly. Every run of a program therefore sees the same times.
// Its wall clock starts at a fixed instant (2000-01-01 00:00:00 UTC unless set).
type VirtualClock struct {
	mu    sync.Mutex
	now   float64
	epoch float64
	// sleepers are the worker threads in time.sleep (see SleepWorker).
	sleepers []*sleeper
	// asleep is signalled when a worker falls asleep, so that a loop waiting in real time
	// for its workers sees that time may now jump.
	asleep chan struct{}
}

// NewVirtualClock makes a virtual clock whose wall time starts at epoch (Unix seconds).
func NewVirtualClock(epoch float64) *VirtualClock {
	return &VirtualClock{epoch: epoch, asleep: make(chan struct{}, 1)}
}

// DefaultVirtualEpoch is 2000-01-01 00:00:00 UTC, where virtual wall time starts.
const DefaultVirtualEpoch = 946684800

// wakeLateness is how late past its deadline an idle loop wakes on the virtual clock.
// CPython's loop wakes from epoll some tenths of a millisecond late (the timeout is
// rounded up to whole milliseconds), so timers due a few microseconds apart, such as
// two equal sleeps begun in the same turn, come due in the same iteration; waking exactly
// at the first deadline would split them over two.
const wakeLateness = 5e-4

// pollTick is how far each reading moves the virtual clock.
const pollTick = 1e-6

// Monotonic implements Clock.
func (c *VirtualClock) Monotonic() float64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now += pollTick
	return c.now
}

// Peek implements Peeker: the time, without the tick a reading adds.
func (c *VirtualClock) Peek() float64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Wall implements Clock.
func (c *VirtualClock) Wall() float64 { return c.epoch + c.Monotonic() }

// Sleep implements Clock: the time passes without waiting, unless wake has fired already.
func (c *VirtualClock) Sleep(d float64, wake <-chan struct{}) bool {
	select {
	case <-wake:
		return true
	default:
	}
	c.Advance(d)
	return false
}

// Advance moves the clock forward by d seconds without waiting.
func (c *VirtualClock) Advance(d float64) {
	if d <= 0 {
		return
	}
	c.mu.Lock()
	c.now += d
	c.wakeSleepers()
	c.mu.Unlock()
}

// advanceTo moves the clock forward to t, if it is not there yet, and ends the worker sleeps
// due by then: readings may have ticked the clock past a sleep's end already.
func (c *VirtualClock) advanceTo(t float64) {
	if math.IsInf(t, 1) {
		return // nothing to wait for: time stands still
	}
	c.mu.Lock()
	c.now = max(c.now, t)
	c.wakeSleepers()
	c.mu.Unlock()
}

// Idle implements Clock: with skip it jumps to the deadline, or to the end of a worker's
// sleep if that comes first (the worker then runs on); otherwise (worker goroutines
// may still deliver results) it waits in real time, and the time waited passes.
func (c *VirtualClock) Idle(deadline float64, wake <-chan struct{}, skip bool) bool {
	if skip {
		select {
		case <-wake:
			return true
		default:
		}
		c.advanceTo(c.nextSleeper(deadline) + wakeLateness)
		return false
	}
	started := time.Now()
	woken := false
	if d := deadline - c.Monotonic(); d > 0 {
		// A worker falling asleep ends the wait too: the caller then idles again, skipping.
		var expired <-chan time.Time // nil: no deadline
		if d <= 1e9 {
			t := time.NewTimer(time.Duration(d * float64(time.Second)))
			defer t.Stop()
			expired = t.C
		}
		select {
		case <-wake:
			woken = true
		case <-c.asleep:
		case <-expired:
		}
	} else {
		woken = waitUntil(0, wake)
	}
	c.Advance(time.Since(started).Seconds())
	return woken
}
