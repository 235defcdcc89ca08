package vm

import "sync/atomic"

// Key names one package's per-interpreter state (asyncio keeps its event loops and task
// counter under one), so packages built on vm keep state per Interp without vm knowing
// their types, and without package-level variables. Make keys once, at package level.
type Key[T any] struct {
	// init makes the state the first time an interpreter is asked for it.
	init func(in *Interp) *T
	// id is the key's slot in every interpreter's extensions: Get is on hot paths (every
	// create_task finds the running loop through one), so it indexes rather than hashes.
	id int
}

// keyCount numbers the keys made so far.
var keyCount atomic.Int64

// NewKey makes a key whose state init creates on first use in each interpreter.
func NewKey[T any](init func(in *Interp) *T) *Key[T] {
	return &Key[T]{init: init, id: int(keyCount.Add(1) - 1)}
}

// Get returns the interpreter's state for k, creating it on first use.
func (k *Key[T]) Get(in *Interp) *T {
	if k.id < len(in.extensions) {
		if v := in.extensions[k.id]; v != nil {
			return v.(*T)
		}
	}
	v := k.init(in) // which may itself Get other keys, growing extensions
	if n := k.id + 1 - len(in.extensions); n > 0 {
		in.extensions = append(in.extensions, make([]any, n)...)
	}
	in.extensions[k.id] = v
	return v
}

// Peek returns the interpreter's state for k, or nil when nothing has made it yet.
func (k *Key[T]) Peek(in *Interp) *T {
	if k.id < len(in.extensions) {
		if v, ok := in.extensions[k.id].(*T); ok {
			return v
		}
	}
	return nil
}
