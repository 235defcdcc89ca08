package vm

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestVirtualClockSleepingWorkerIsNotBusy: a worker asleep on the virtual clock is woken
// when an idle loop jumps to its deadline (earlier than the loop's next timer), at once.
func TestVirtualClockSleepingWorkerIsNotBusy(t *testing.T) {
	c := NewVirtualClock(DefaultVirtualEpoch)
	done := make(chan struct{})
	go func() { c.SleepWorker(100); close(done) }()
	require.Eventually(t, func() bool { return c.SleepingWorkers() == 1 }, time.Second, time.Millisecond)
	start := time.Now()
	assert.False(t, c.Idle(500, nil, true))
	<-done
	assert.Less(t, time.Since(start), time.Second)
	assert.InDelta(t, 100, c.Monotonic(), 0.01) // the worker's deadline, not the timer's
	assert.Equal(t, 0, c.SleepingWorkers())
}
