package vm

import (
	"math"
	"math/rand"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSortTotalMatchesMergeSort checks the (key, position) sorts against the merge sort that
// makes CPython's comparisons, on int keys narrow and wide and on str keys, with many ties,
// both ways round.
func TestSortTotalMatchesMergeSort(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	keySets := map[string]func(int) Value{
		"narrow ints": func(int) Value { return Int(rng.Intn(20) - 10) },
		"wide ints":   func(int) Value { return Int(rng.Int63() - rng.Int63()) },
		"strs":        func(int) Value { return Str(strconv.Itoa(rng.Intn(50))) },
		"floats":      func(i int) Value { return Float(float64(rng.Intn(30)) / 4 * float64(1-2*(i%2))) },
	}
	for name, key := range keySets {
		for _, reverse := range []bool{false, true} {
			keys, items := make([]Value, 500), make([]Value, 500)
			for i := range keys {
				keys[i], items[i] = key(i), Int(i)
			}
			got, ok := sortTotal(keys, items, reverse)
			require.True(t, ok, name)
			s := runSorter{th: newTestThread(), keys: append([]Value(nil), keys...), items: append([]Value(nil), items...)}
			if reverse {
				s.reverse()
			}
			require.NoError(t, s.sortRuns())
			if reverse {
				s.reverse()
			}
			require.Equal(t, s.items, got, "%s reverse=%v", name, reverse)
		}
	}
	_, ok := sortTotal([]Value{Int(1), Str("a")}, []Value{None, None}, false)
	require.False(t, ok, "mixed keys take the merge sort")
	_, ok = sortTotal([]Value{Float(1), Float(math.NaN())}, []Value{None, None}, false)
	require.False(t, ok, "a NaN key takes the merge sort")
}

// BenchmarkSortIntKeys is sorted() of 100,000 items by scattered int keys.
func BenchmarkSortIntKeys(b *testing.B) {
	keys := make([]Value, 100000)
	for i := range keys {
		keys[i] = Int(i * 7919 % 10007)
	}
	for i := 0; i < b.N; i++ {
		sortTotal(keys, keys, false)
	}
}
