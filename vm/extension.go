package vm

// Key names one package's per-interpreter state (asyncio keeps its event loops and task
// counter under one), so packages built on vm keep state per Interp without vm knowing
// their types, and without package-level variables. Make keys once, at package level.
type Key[T any] struct {
	// init makes the state the first time an interpreter is asked for it.
	init func(in *Interp) *T
}

// NewKey makes a key whose state init creates on first use in each interpreter.
func NewKey[T any](init func(in *Interp) *T) *Key[T] { return &Key[T]{init: init} }

// Get returns the interpreter's state for k, creating it on first use.
func (k *Key[T]) Get(in *Interp) *T {
	if v, ok := in.extensions[k]; ok {
		return v.(*T)
	}
	v := k.init(in)
	if in.extensions == nil {
		in.extensions = map[any]any{}
	}
	in.extensions[k] = v
	return v
}
