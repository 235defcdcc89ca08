package main

import "testing"

// TestGCPercentFor checks the three ranges of the collector policy: proportional at
// maxGCPercent for a small live heap, a fixed headroom in the middle, minGCPercent above.
func TestGCPercentFor(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct {
		live uint64
		want int
	}{
		{0, maxGCPercent},
		{2 * mb, maxGCPercent},
		{headroomCap / 4, maxGCPercent},
		{headroomCap / 3, 300},
		{headroomCap / 2, minGCPercent},
		{headroomCap, minGCPercent},
		{10 * headroomCap, minGCPercent},
	} {
		if got := gcPercentFor(c.live); got != c.want {
			t.Errorf("gcPercentFor(%d MB) = %d, want %d", c.live/mb, got, c.want)
		}
	}
}
