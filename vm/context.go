package vm

// This file is the engine's half of contextvars: the Context value and the slot holding
// each thread's current context. A driver of tasks (asyncio) gives every task a copy of its
// creator's context through ThreadState, so a value a task sets is not seen by its creator.

// Context is a contextvars.Context: a mapping from context variables to values. Copies
// share their entries until one of them changes (copy on write), so copying a context for
// every new task costs one small allocation.
type Context struct {
	vars *ctxVars
	// Entered is set while Context.run runs code in this context.
	Entered bool
}

// ctxVars is an immutable, insertion-ordered set of entries shared between copies.
type ctxVars struct {
	keys []Value
	vals map[Value]Value
}

// ContextClass is contextvars.Context; the contextvars module gives it its methods.
var ContextClass = newBuiltinClass("Context", ObjectClass)

func init() { ContextClass.Module = "_contextvars" }

// Type implements Value.
func (*Context) Type() *Class { return ContextClass }

// NewContext makes an empty context.
func NewContext() *Context { return &Context{} }

// Copy returns a context with the same entries, which later changes do not share.
func (c *Context) Copy() *Context {
	if c == nil {
		return NewContext()
	}
	return &Context{vars: c.vars}
}

// Lookup returns the value of key in c.
func (c *Context) Lookup(key Value) (Value, bool) {
	if c == nil || c.vars == nil {
		return nil, false
	}
	v, ok := c.vars.vals[key]
	return v, ok
}

// Keys returns c's variables in the order they were first set.
func (c *Context) Keys() []Value {
	if c == nil || c.vars == nil {
		return nil
	}
	return c.vars.keys
}

// Len is the number of variables set in c.
func (c *Context) Len() int { return len(c.Keys()) }

// Set gives key the value v in c (and in no copy of c).
func (c *Context) Set(key, v Value) {
	n := &ctxVars{vals: make(map[Value]Value, c.Len()+1)}
	n.keys = append(make([]Value, 0, c.Len()+1), c.Keys()...)
	if c.vars != nil {
		for k, old := range c.vars.vals {
			n.vals[k] = old
		}
	}
	if _, ok := n.vals[key]; !ok {
		n.keys = append(n.keys, key)
	}
	n.vals[key] = v
	c.vars = n
}

// Delete removes key from c.
func (c *Context) Delete(key Value) {
	if _, ok := c.Lookup(key); !ok {
		return
	}
	n := &ctxVars{vals: make(map[Value]Value, c.Len())}
	for _, k := range c.vars.keys {
		if k != key {
			n.keys = append(n.keys, k)
			n.vals[k] = c.vars.vals[k]
		}
	}
	c.vars = n
}

// Context returns the thread's current context, making an empty one on first use.
func (th *Thread) Context() *Context {
	if th.context == nil {
		th.context = NewContext()
	}
	return th.context
}

// SetContext makes c the thread's current context and returns the one it replaces (nil when
// the thread had none yet).
func (th *Thread) SetContext(c *Context) *Context {
	old := th.context
	th.context = c
	return old
}

// ForkContext is what a new task or callback runs in: a copy of the current context, as
// CPython's Task and Handle copy it, or nil (an empty context made on first use) when
// nothing was ever set, so programs that do not use contextvars pay nothing per task.
func (th *Thread) ForkContext() *Context {
	if th.context == nil || th.context.vars == nil {
		return nil
	}
	return th.context.Copy()
}

// NewTaskState is the state a new task starts from: a copy of the thread's current context
// and nothing else.
func (th *Thread) NewTaskState() ThreadState { return ThreadState{context: th.ForkContext()} }

// ContextState is the state of a task that runs in c itself (create_task's context=).
func ContextState(c *Context) ThreadState { return ThreadState{context: c} }
