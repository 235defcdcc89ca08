package main

import "testing"

// TestGCPercentFor checks the ranges of the collector policy. A heap of pointers gets the
// policy of before: proportional at maxGCPercent while small, a fixed headroom in the
// middle, minGCPercent above. A heap of mostly pointer-free data gets the floor.
func TestGCPercentFor(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct {
		live, scan uint64
		want       int
	}{
		{0, 0, maxGCPercent},
		{2 * mb, 2 * mb, maxGCPercent},
		{headroomCap / 4, headroomCap / 4, maxGCPercent},
		{headroomCap / 3, headroomCap / 3, 300},
		{headroomCap / 2, headroomCap / 2, minGCPercent},
		{headroomCap, headroomCap, minGCPercent},
		{10 * headroomCap, 10 * headroomCap, minGCPercent},
		// Pointer-free data: the headroom is the floor, or what the pointers ask for.
		{2 * mb, 0, maxGCPercent},
		{headroomFloor, mb / 2, 100},
		{4 * headroomFloor, mb / 2, 25},
		{4 * headroomFloor, headroomFloor, 66},
		{100 * headroomCap, headroomCap, 2},
	} {
		if got := gcPercentFor(c.live, c.scan); got != c.want {
			t.Errorf("gcPercentFor(%d MB, %d MB scannable) = %d, want %d", c.live/mb, c.scan/mb, got, c.want)
		}
	}
}
