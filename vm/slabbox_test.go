package vm

import (
	"math"
	"runtime"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkSlabBoxes checks the hand-built interface values of a slab boxer: the init-time
// check must have found the runtime's interface layout to be the assumed one (if this fails,
// a Go release changed it: the boxer still works, through the fallback, but allocates once
// per value), and every boxed value, from a slab or from the fallback, must behave as an
// ordinary value of its type, also after a garbage collection.
func checkSlabBoxes[T slabbed](t *testing.T, itab *unsafe.Pointer, box func(*Thread, T) Value, inputs []T) {
	require.NotNil(t, *itab, "the Go runtime's interface layout is not the one the slab boxers assume")
	check := func(t *testing.T) {
		th := &Thread{}
		boxed := make([]Value, len(inputs))
		for i, x := range inputs {
			boxed[i] = box(th, x)
		}
		runtime.GC()
		for i, x := range inputs {
			v := boxed[i]
			got, ok := v.(T)
			require.True(t, ok, "box(%v) is a %T", x, v)
			assert.Equal(t, x, got)
			assert.True(t, v == Value(x), "box(%v) compares unequal to %v", x, x)
			assert.Same(t, x.Type(), v.Type())
			h, err := Hash(th, v)
			require.NoError(t, err)
			want, _ := Hash(th, x)
			assert.Equal(t, want, h)
		}
	}
	t.Run("slab", check)
	t.Run("fallback", func(t *testing.T) {
		saved := *itab
		*itab = nil
		defer func() { *itab = saved }()
		check(t)
	})
}

// TestBoxInt checks boxInt, over the small-int cache's edges and several slabs' worth.
func TestBoxInt(t *testing.T) {
	inputs := []Int{math.MinInt64, -1 << 40, smallIntMin - 1, smallIntMin, 0, smallIntMax, smallIntMax + 1, 1 << 40, math.MaxInt64}
	for i := Int(0); i < 3*slabSize; i++ {
		inputs = append(inputs, 5000+i*7919)
	}
	checkSlabBoxes(t, &intItab, func(th *Thread, i Int) Value { return th.boxInt(int64(i)) }, inputs)
}

// TestBoxFloat checks boxFloat, over signed zeros, extremes and several slabs' worth.
func TestBoxFloat(t *testing.T) {
	inputs := []Float{0, Float(math.Copysign(0, -1)), 1.5, -2.25, math.MaxFloat64, math.SmallestNonzeroFloat64, Float(math.Inf(-1))}
	for i := 0; i < 3*slabSize; i++ {
		inputs = append(inputs, Float(float64(i)*0.37+1e10))
	}
	checkSlabBoxes(t, &floatItab, func(th *Thread, f Float) Value { return th.boxFloat(float64(f)) }, inputs)
}
