package vm

import (
	"sync"
	"weak"
)

// WeakTable maps objects to values without keeping the objects alive: a side table for
// what only some objects need (where debug mode saw a future made, a coroutine's
// cr_origin), so that the common case pays no field for it and recording a value does not
// delay an object's collection (and the reports that come with it). Entries of collected
// objects are dropped as the table grows. Safe for concurrent use; the zero value is empty.
type WeakTable[K, V any] struct {
	mu sync.Mutex
	m  map[weak.Pointer[K]]V
	// pruneAt is the size at which entries of collected objects are next dropped.
	pruneAt int
}

// Put records v for k.
func (t *WeakTable[K, V]) Put(k *K, v V) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.m == nil {
		t.m, t.pruneAt = map[weak.Pointer[K]]V{}, 64
	}
	if len(t.m) >= t.pruneAt {
		for p := range t.m {
			if p.Value() == nil {
				delete(t.m, p)
			}
		}
		t.pruneAt = 2*len(t.m) + 64
	}
	t.m[weak.Make(k)] = v
}

// Get returns what was recorded for k.
func (t *WeakTable[K, V]) Get(k *K) (v V, ok bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.m == nil {
		return v, false // nothing recorded yet: no weak pointer to make
	}
	v, ok = t.m[weak.Make(k)]
	return v, ok
}
