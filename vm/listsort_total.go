package vm

import (
	"cmp"
	"math/bits"
	"slices"
)

// When every key is an int that fits a machine word, every key a float other than NaN, or
// every key a str, the order is total and comparing two keys runs no Python code: every
// stable sort then yields the same list, CPython's. sortTotal sorts such keys as (key,
// position) pairs with positions breaking ties, which moves no pointers (the merge sort's
// copies of Values each pay the garbage collector's write barrier) and compares machine
// words or bytes.

// sortTotal returns src (the items, or the keys themselves) in the order of keys, stably,
// descending for reverse, or ok false when the keys are not all ints, all floats without a
// NaN, or all strs.
func sortTotal(keys, src []Value, reverse bool) (sorted []Value, ok bool) {
	if len(keys) < 2 {
		return nil, false
	}
	switch keys[0].(type) {
	case Int:
		if sorted, ok := sortPackedInts(keys, src, reverse); ok {
			return sorted, true
		}
		return sortByKey(keys, src, reverse, func(v Value) (int64, bool) {
			i, ok := v.(Int)
			return int64(i), ok
		})
	case Float:
		// Without NaNs floats are totally ordered too; -0.0 and 0.0 are equal keys.
		return sortByKey(keys, src, reverse, func(v Value) (float64, bool) {
			f, ok := v.(Float)
			return float64(f), ok && f == f
		})
	case Str:
		return sortByKey(keys, src, reverse, func(v Value) (string, bool) {
			s, ok := v.(Str)
			return string(s), ok
		})
	}
	return nil, false
}

// keyPos is a key and the position of its item in the input.
type keyPos[K cmp.Ordered] struct {
	key K
	pos int
}

// sortByKey is sortTotal for keys that key converts, all or none.
func sortByKey[K cmp.Ordered](keys, src []Value, reverse bool, key func(Value) (K, bool)) ([]Value, bool) {
	pairs := make([]keyPos[K], len(keys))
	for i, v := range keys {
		k, ok := key(v)
		if !ok {
			return nil, false
		}
		pairs[i] = keyPos[K]{k, i}
	}
	// reverse sorts descending with equal keys in their input order, as CPython's
	// reverse-sort-reverse does.
	sign := 1
	if reverse {
		sign = -1
	}
	slices.SortFunc(pairs, func(a, b keyPos[K]) int {
		if c := cmp.Compare(a.key, b.key); c != 0 {
			return sign * c
		}
		return a.pos - b.pos
	})
	out := make([]Value, len(pairs))
	for i, p := range pairs {
		out[i] = src[p.pos]
	}
	return out, true
}

// sortPackedInts sorts by int keys that span few enough values to share one word with
// their positions: key-min above, position below, so that sorting the plain words sorts by
// key then position, without a comparison function (the common case: counts, lengths, ids).
// ok is false for other keys or too wide a span.
func sortPackedInts(keys, src []Value, reverse bool) ([]Value, bool) {
	lo, hi := int64(0), int64(0)
	for i, v := range keys {
		k, ok := v.(Int)
		if !ok {
			return nil, false
		}
		if i == 0 || int64(k) < lo {
			lo = int64(k)
		}
		if i == 0 || int64(k) > hi {
			hi = int64(k)
		}
	}
	posBits := uint(bits.Len(uint(len(keys))))
	span := uint64(hi - lo)
	if hi-lo < 0 || bits.Len64(span)+int(posBits) > 64 {
		return nil, false
	}
	words := make([]uint64, len(keys))
	for i, v := range keys {
		off := uint64(int64(v.(Int)) - lo)
		if reverse {
			off = span - off // descending keys, positions still ascending
		}
		words[i] = off<<posBits | uint64(i)
	}
	slices.Sort(words)
	mask := uint64(1)<<posBits - 1
	out := make([]Value, len(words))
	for i, w := range words {
		out[i] = src[w&mask]
	}
	return out, true
}
