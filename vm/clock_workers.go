package vm

import "time"

// Worker threads and the virtual clock. A worker in time.sleep is not busy: on the virtual
// clock its sleep ends when virtual time reaches its deadline, and an event loop whose
// workers are all asleep may jump ahead, to its next timer or the first sleep's end,
// whichever is earlier, exactly as when no worker runs. So two to_thread calls sleeping
// 0.2 s next to a ticker of 0.05 s see four ticks, as with real time, but at once.

// WorkerClock is a Clock that knows about sleeping worker threads (VirtualClock does).
type WorkerClock interface {
	Clock
	// SleepWorker is Sleep for a worker thread.
	SleepWorker(d float64)
	// SleepingWorkers counts the worker threads in SleepWorker now.
	SleepingWorkers() int
}

// sleeper is a worker thread sleeping until a virtual deadline.
type sleeper struct {
	deadline float64
	// woken is closed when the clock reaches the deadline.
	woken chan struct{}
}

// SleepWorker implements WorkerClock: the worker waits until virtual time reaches now+d. If
// nothing moves the clock (no loop runs), it ends after d seconds of real time, as a real
// sleep would.
func (c *VirtualClock) SleepWorker(d float64) {
	if d <= 0 {
		return
	}
	c.mu.Lock()
	c.now += pollTick
	s := &sleeper{deadline: c.now + d, woken: make(chan struct{})}
	c.sleepers = append(c.sleepers, s)
	c.mu.Unlock()
	select {
	case c.asleep <- struct{}{}:
	default: // a signal is pending already
	}
	t := time.NewTimer(time.Duration(d * float64(time.Second)))
	defer t.Stop()
	select {
	case <-s.woken:
	case <-t.C:
		c.mu.Lock()
		c.removeSleeper(s)
		c.mu.Unlock()
	}
}

// Poke ends a loop's real-time wait in Idle, as a worker falling asleep does, so the loop
// looks again at what may wake it (see Interp.Blocking).
func (c *VirtualClock) Poke() {
	select {
	case c.asleep <- struct{}{}:
	default: // a signal is pending already
	}
}

// SleepingWorkers implements WorkerClock.
func (c *VirtualClock) SleepingWorkers() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.sleepers)
}

// nextSleeper is the earlier of deadline and the end of the first worker's sleep.
func (c *VirtualClock) nextSleeper(deadline float64) float64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, s := range c.sleepers {
		deadline = min(deadline, s.deadline)
	}
	return deadline
}

// wakeSleepers ends the sleeps whose deadline has come; c.mu is held.
func (c *VirtualClock) wakeSleepers() {
	kept := c.sleepers[:0]
	for _, s := range c.sleepers {
		if s.deadline <= c.now {
			close(s.woken)
		} else {
			kept = append(kept, s)
		}
	}
	clear(c.sleepers[len(kept):])
	c.sleepers = kept
}

// removeSleeper forgets s, whose sleep ended by itself; c.mu is held.
func (c *VirtualClock) removeSleeper(s *sleeper) {
	for i, x := range c.sleepers {
		if x == s {
			c.sleepers = append(c.sleepers[:i], c.sleepers[i+1:]...)
			return
		}
	}
}
