package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// The collector policy of the asyncscript command. Scripts allocate many small short-lived
// values (ints, floats, strs, frames), so collecting seldom buys a large share of run time
// while the live heap is small. But a fixed high GOGC lets the heap grow to a multiple of
// the live set between collections, so the peak follows the largest live set any
// collection happened to see: at GOGC=400 a soak that left 10-29 MB live peaked at
// 113-220 MB. After each collection the command therefore sets the target from the live
// heap L it left: the heap may grow by maxGCPercent of L while L is small, by headroomCap
// once that is less, and by minGCPercent of L once L passes headroomCap/2. Above that a
// lower floor (Go's default, 100%) cut peaks little where a heap was still growing (bench/
// mem.as, loop.as) for half again the marking work: bench/README.md, "Collector policy".
const (
	maxGCPercent = 400
	minGCPercent = 200
	headroomCap  = 32 << 20
)

// gcPercentFor is the GOGC for a live heap of live bytes.
func gcPercentFor(live uint64) int {
	if live == 0 {
		return maxGCPercent
	}
	return int(min(max(headroomCap*100/live, minGCPercent), maxGCPercent))
}

// gcSentinel is an object allocated only to be collected: its cleanup runs after the
// collection that frees it. It holds a pointer so it is not a tiny allocation (which shares
// a block with others and may never be freed).
type gcSentinel struct {
	_ *gcSentinel
	_ [8]byte
}

// startGCTuner starts the policy: GOGC starts at maxGCPercent and is set again after every
// collection from the live heap it left. An explicit GOGC in the environment wins.
func startGCTuner() {
	if os.Getenv("GOGC") != "" {
		return
	}
	debug.SetGCPercent(maxGCPercent)
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var arm func()
	arm = func() {
		runtime.AddCleanup(new(gcSentinel), func(struct{}) {
			metrics.Read(live)
			if live[0].Value.Kind() == metrics.KindUint64 {
				debug.SetGCPercent(gcPercentFor(live[0].Value.Uint64()))
			}
			arm()
		}, struct{}{})
	}
	arm()
}
