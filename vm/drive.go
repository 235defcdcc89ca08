package vm

// This file is the seam through which a driver of coroutines (asyncio's event loop) runs
// them: Generator.Resume runs a coroutine chain until it finishes or pauses on something it
// awaits (the Awaitable protocol says what), and what follows lets one Thread take turns
// between many coroutines, each with its own depth and handled exception.

// ThreadState is the part of a thread's state that belongs to the coroutine chain running
// on it: a driver keeps one per task while the task is paused, and swaps it in to resume it.
type ThreadState struct {
	depth   int
	handled *Exception
	context *Context
}

// SwapState installs s as the thread's state and returns the state it replaces.
func (th *Thread) SwapState(s ThreadState) ThreadState {
	old := ThreadState{depth: th.depth, handled: th.handled, context: th.context}
	th.depth, th.handled, th.context = s.depth, s.handled, s.context
	return old
}

// Claim hands a coroutine that has not started to a driver (a task): no await may take it
// over afterwards, and it is not reported as never awaited.
func (g *Generator) Claim(in *Interp) error {
	if g.started || g.awaited {
		return Errorf(RuntimeError, "cannot reuse already awaited coroutine")
	}
	g.awaited = true
	g.markAwaited(in)
	return nil
}
