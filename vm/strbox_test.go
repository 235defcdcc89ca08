package vm

import (
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStrBoxesSurviveCollection makes strs through every boxing shortcut of strbox.go, drops
// everything but the values, collects, and checks the text: a box the collector freed or
// failed to keep alive would read back as garbage.
func TestStrBoxesSurviveCollection(t *testing.T) {
	var vals []Value
	var want []string
	for i := 0; i < 2000; i++ {
		w := strings.Repeat(string(rune('a'+i%26)), i%40+1)
		v, b := newStrValue(len(w) + 1)
		copy(b, w+"!")
		vals, want = append(vals, v), append(want, w+"!")
		for _, p := range boxStrs(strings.Split(w+" x "+w, " ")) {
			vals = append(vals, p)
		}
		want = append(want, w, "x", w)
	}
	runtime.GC()
	runtime.GC()
	require.Len(t, vals, len(want))
	for i, v := range vals {
		s, ok := v.(Str)
		require.True(t, ok)
		assert.Equal(t, want[i], string(s))
		assert.True(t, Is(v, Str(want[i])), "a boxed str is the same object as an equal str")
	}
}

// TestSameStr checks that a method's unchanged result reuses the receiver's box, and that a
// changed one does not.
func TestSameStr(t *testing.T) {
	var self Value = Str("  abc  ")
	s := string(self.(Str))
	assert.Equal(t, Str("abc"), sameStr(self, strings.TrimSpace(s)))
	assert.Equal(t, self, sameStr(self, s))
}
