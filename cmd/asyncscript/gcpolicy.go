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
// 113-220 MB. After each collection the command therefore sets the target from what that
// collection left: the live heap L, and its part S that holds pointers, which is what the
// next collection must scan (an unboxed list of ints, a str or bytes is marked without
// being read). The heap may grow by maxGCPercent of S while that is under headroomCap, by
// headroomCap up to S = headroomCap/2, by minGCPercent of S above, never by less than
// headroomFloor, and never by more than maxGCPercent of L. For a heap of pointers (S = L)
// that is the policy the command had before it looked at S; a heap of mostly pointer-free
// data gets the floor, so a 3 M-element list of ints is not given another 50 MB to fill.
// bench/README.md, "Collector policy", has the measurements behind each number.
const (
	maxGCPercent  = 400
	minGCPercent  = 200
	headroomCap   = 32 << 20
	headroomFloor = 12 << 20
)

// gcPercentFor is the GOGC for a live heap of live bytes of which scan bytes hold pointers.
func gcPercentFor(live, scan uint64) int {
	if live == 0 {
		return maxGCPercent
	}
	headroom := max(min(headroomCap, scan*maxGCPercent/100), scan*minGCPercent/100, headroomFloor)
	return int(min(max(headroom*100/live, 1), maxGCPercent))
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
	// /gc/scan/total:bytes counts the scannable heap, globals and stacks: all of it is
	// marking work.
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/scan/total:bytes"}}
	var arm func()
	arm = func() {
		runtime.AddCleanup(new(gcSentinel), func(struct{}) {
			metrics.Read(live)
			if live[0].Value.Kind() == metrics.KindUint64 && live[1].Value.Kind() == metrics.KindUint64 {
				debug.SetGCPercent(gcPercentFor(live[0].Value.Uint64(), live[1].Value.Uint64()))
			}
			arm()
		}, struct{}{})
	}
	arm()
}
