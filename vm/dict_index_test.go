package vm

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestDictIndexAgainstMap drives a dict through growth past the scanned size, deletions that
// leave holes, compaction and reinsertion, and checks every lookup against a Go map. The keys
// include ints that differ only in their high bits and ints with equal hashes (-1 and -2), the
// cases an open-addressed table gets wrong first.
func TestDictIndexAgainstMap(t *testing.T) {
	var keys []Value
	for i := 0; i < 300; i++ {
		keys = append(keys, Int(i), Int(int64(i+1)<<40), Str(fmt.Sprintf("k%d", i)))
	}
	keys = append(keys, Int(-1), Int(-2), Float(0.5), Tuple{Int(1), Str("x")})
	d, want := NewDict(), map[int]Value{} // by position in keys
	check := func(step string) {
		require.Equal(t, len(want), d.Len(), step)
		for i, k := range keys {
			v, ok, err := d.Get(nil, k)
			require.NoError(t, err)
			w, present := want[i]
			require.Equal(t, present, ok, "%s: key %v", step, k)
			require.Equal(t, w, v, "%s: key %v", step, k)
			if s, isStr := k.(Str); isStr {
				v, ok = d.GetStr(string(s))
				require.Equal(t, present, ok, "%s: GetStr %v", step, k)
				require.Equal(t, w, v, "%s: GetStr %v", step, k)
			}
		}
	}
	for i, k := range keys {
		require.NoError(t, d.Set(nil, k, Int(i)))
		want[i] = Int(i)
		if i < 20 {
			check(fmt.Sprintf("insert %d", i))
		}
	}
	check("filled")
	for i, k := range keys {
		if i%3 != 0 {
			found, err := d.Delete(nil, k)
			require.NoError(t, err)
			require.True(t, found)
			delete(want, i)
		}
	}
	check("deleted two thirds")
	for i, k := range keys {
		require.NoError(t, d.Set(nil, k, Int(-i)))
		want[i] = Int(-i)
	}
	check("refilled")
	var order []Value
	for _, kv := range d.Items() {
		order = append(order, kv[0])
	}
	require.Len(t, order, len(keys))
	require.Equal(t, keys[0], order[0], "a key never deleted keeps its place")
	require.Equal(t, keys[1], order[(len(keys)+2)/3], "deleted keys come back at the end, in order")
	require.Equal(t, d.Len(), d.Copy().Len())
}

// BenchmarkDictStrGetSet is counts[w] = counts.get(w, 0) + 1 over a few hundred words.
func BenchmarkDictStrGetSet(b *testing.B) {
	words := make([]Value, 300)
	for i := range words {
		words[i] = Str(fmt.Sprintf("word%d", i))
	}
	d := NewDict()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w := words[i%len(words)]
		v, ok, _ := d.Get(nil, w)
		if !ok {
			v = Int(0)
		}
		_ = d.Set(nil, w, v.(Int)+1)
	}
}
