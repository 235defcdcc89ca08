package vm

import "unsafe"

// Ints and floats the arithmetic fast paths make are boxed out of per-thread slabs (boxInt,
// boxFloat): a Value holding one is built by hand from the type's interface word and a
// pointer into the slab, one allocation per slab instead of one per result.

// slabSize is how many values a thread boxes per allocation on its hot paths.
const slabSize = 128

// slabItab is the interface word of T, found by boxing sample, or nil when hand-built values
// cannot be trusted. Building them relies on the runtime's layout of a non-empty interface (a
// type word, then a pointer to the value for a non-pointer type like Int), which the language
// does not promise, so it is checked once: when a value built around probe does not read back
// as probe, the word is nil and the boxers box as usual. TestBoxInt and TestBoxFloat fail
// loudly in that case.
func slabItab[T slabbed](sample, probe T) unsafe.Pointer {
	var v Value = sample
	if unsafe.Sizeof(v) != 2*unsafe.Sizeof(uintptr(0)) {
		return nil
	}
	words := (*[2]unsafe.Pointer)(unsafe.Pointer(&v))
	if words[1] == nil || *(*T)(words[1]) != sample {
		return nil
	}
	if got, ok := makeBoxed(words[0], unsafe.Pointer(&probe)).(T); !ok || got != probe {
		return nil
	}
	return words[0]
}

// slabbed is a value type the boxers carve out of slabs.
type slabbed interface {
	Int | Float
	Value
}

// boxWord boxes the 8-byte value whose bits are w, of the type whose interface word is itab
// (non-nil), into the next word of the thread's slab: the memory of an Int and of a Float
// is one word, and the slab holds no pointers, so one slab serves both.
func (th *Thread) boxWord(itab unsafe.Pointer, w uint64) Value {
	slab := th.wordSlab
	if len(slab) == 0 {
		slab = make([]uint64, slabSize)
	}
	th.wordSlab = slab[1:]
	slab[0] = w
	return makeBoxed(itab, unsafe.Pointer(&slab[0]))
}

// makeBoxed builds the interface value whose type word is itab and whose data word is p.
func makeBoxed(itab, p unsafe.Pointer) Value {
	words := [2]unsafe.Pointer{itab, p}
	return *(*Value)(unsafe.Pointer(&words))
}
