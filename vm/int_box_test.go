package vm

import (
	"math"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBoxInt checks the hand-built interface values of boxInt: the init-time check must have
// found the runtime's interface layout to be the assumed one (if this fails, a Go release
// changed it: boxInt still works, through the fallback, but allocates once per int), and every
// boxed int, from a slab or from the fallback, must behave as an ordinary Int value, also after
// a garbage collection.
func TestBoxInt(t *testing.T) {
	require.NotNil(t, intItab, "the Go runtime's interface layout is not the one boxInt assumes")

	check := func(t *testing.T) {
		th := &Thread{}
		inputs := []int64{math.MinInt64, -1 << 40, smallIntMin - 1, smallIntMin, 0, smallIntMax, smallIntMax + 1, 1 << 40, math.MaxInt64}
		for i := int64(0); i < 3*intSlabSize; i++ {
			inputs = append(inputs, 5000+i*7919)
		}
		boxed := make([]Value, len(inputs))
		for i, n := range inputs {
			boxed[i] = th.boxInt(n)
		}
		runtime.GC()
		for i, n := range inputs {
			v := boxed[i]
			got, ok := v.(Int)
			require.True(t, ok, "boxInt(%d) is a %T, not an Int", n, v)
			assert.Equal(t, Int(n), got)
			assert.True(t, v == Value(Int(n)), "boxInt(%d) compares unequal to Int(%d)", n, n)
			assert.Same(t, IntClass, v.Type())
			h, err := Hash(th, v)
			require.NoError(t, err)
			want, _ := Hash(th, Int(n))
			assert.Equal(t, want, h)
		}
	}
	t.Run("slab", check)
	t.Run("fallback", func(t *testing.T) {
		saved := intItab
		intItab = nil
		defer func() { intItab = saved }()
		check(t)
	})
}
