package vm

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestDeleteSliceMatchesIndices checks del x[a:b:c] for every small slice against the
// indices the slice selects, removed one by one.
func TestDeleteSliceMatchesIndices(t *testing.T) {
	const n = 7
	bound := func(i int) Value {
		if i == n+3 {
			return None
		}
		return MakeInt(int64(i))
	}
	for lo := -n - 2; lo <= n+3; lo++ {
		for hi := -n - 2; hi <= n+3; hi++ {
			for _, step := range []int{-3, -2, -1, 1, 2, 3} {
				sl := &Slice{Lower: bound(lo), Upper: bound(hi), Step: MakeInt(int64(step))}
				items := []byte("abcdefg")
				require.NoError(t, deleteSlice(&items, sl))
				start, stop, st, err := sl.Indices(n)
				require.NoError(t, err)
				drop := map[int]bool{}
				for k := start; (st > 0 && k < stop) || (st < 0 && k > stop); k += st {
					drop[k] = true
				}
				var want []byte
				for k, c := range []byte("abcdefg") {
					if !drop[k] {
						want = append(want, c)
					}
				}
				require.Equal(t, string(want), string(items), fmt.Sprintf("del x[%v:%v:%d]", sl.Lower, sl.Upper, step))
				require.Equal(t, len(drop), sliceLen(start, stop, st))
			}
		}
	}
}

// TestAssignSliceExtended checks that an extended slice takes exactly as many items as it
// selects, in order, and leaves the others alone.
func TestAssignSliceExtended(t *testing.T) {
	items := []byte("abcdef")
	sl := &Slice{Lower: None, Upper: None, Step: MakeInt(-2)}
	require.NoError(t, assignSlice(&items, sl, []byte("XYZ"), "bytes"))
	require.Equal(t, "aZcYeX", string(items))
	err := assignSlice(&items, sl, []byte("XY"), "bytes")
	require.EqualError(t, err, "ValueError: attempt to assign bytes of size 2 to extended slice of size 3")
	grow := []byte("ab")
	require.NoError(t, assignSlice(&grow, &Slice{Lower: MakeInt(1), Upper: MakeInt(1), Step: None}, []byte("123"), "bytes"))
	require.Equal(t, "a123b", string(grow))
}
