package vm

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/asyncscript/asyncscript/lang/bytecode"
	"github.com/stretchr/testify/require"
)

// concatStep is x += y through the dispatch loop's str fast path.
func concatStep(t *testing.T, th *Thread, x, y Value) Value {
	r, ok, err := th.strOp(bytecode.OpAdd+bytecode.InplaceOffset, x, y)
	require.True(t, ok)
	require.NoError(t, err)
	return r
}

// TestConcatLoopGrowsInPlace checks that s += piece in a loop moves s to a new buffer only
// as it doubles, so the loop is linear, and that every string along the way keeps its text.
func TestConcatLoopGrowsInPlace(t *testing.T) {
	th := newTestThread()
	s := Value(Str(strings.Repeat("x", 300)))
	var kept []Value
	buffers := map[*byte]bool{}
	for i := 0; i < 5000; i++ {
		s = concatStep(t, th, s, Str("ab"))
		buffers[unsafe.StringData(string(s.(Str)))] = true
		if i%500 == 0 {
			kept = append(kept, s)
		}
	}
	require.Equal(t, 300+2*5000, len(s.(Str)))
	require.Less(t, len(buffers), 12, "a buffer per doubling, not per append")
	for k, v := range kept {
		want := strings.Repeat("x", 300) + strings.Repeat("ab", 500*k+1)
		require.Equal(t, want, string(v.(Str)))
	}
}

// TestConcatOntoSharedPrefix checks that two strings built onto the same string do not
// write over each other: only the first may use the spare room.
func TestConcatOntoSharedPrefix(t *testing.T) {
	th := newTestThread()
	base := Value(Str(strings.Repeat("y", 300)))
	base = concatStep(t, th, base, Str("0"))
	base = concatStep(t, th, base, Str("1")) // base now lies in a buffer with room
	a := concatStep(t, th, base, Str("A"))
	b := concatStep(t, th, base, Str("B"))
	c := concatStep(t, th, a, Str("C"))
	prefix := strings.Repeat("y", 300) + "01"
	require.Equal(t, prefix, string(base.(Str)))
	require.Equal(t, prefix+"A", string(a.(Str)))
	require.Equal(t, prefix+"B", string(b.(Str)))
	require.Equal(t, prefix+"AC", string(c.(Str)))
}
