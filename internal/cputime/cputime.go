// Package cputime measures the CPU time a process has used, for benchmarks that run on shared,
// loaded machines, where wall time mostly measures the other processes.
package cputime

import (
	"syscall"
	"testing"
	"time"
)

// Process returns the CPU time (user and system, all threads, so garbage collection counts
// too) the process has used so far, or 0 where the platform cannot tell.
func Process() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// Report adds a "cpu-ns/op" metric to b: the CPU time used since start, divided by b.N.
func Report(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(Process()-start)/float64(b.N), "cpu-ns/op")
}

// Loop runs op b.N times, failing b at its first error, and reports the CPU time the runs
// took as Report does.
func Loop(b *testing.B, op func() error) {
	start := Process()
	for i := 0; i < b.N; i++ {
		if err := op(); err != nil {
			b.Fatal(err)
		}
	}
	Report(b, start)
}
