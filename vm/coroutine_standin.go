package vm

// CoroutineStandIn is a Go awaitable that scripts see as a coroutine object (its Type is
// CoroutineClass) without being a *Generator, as what asyncio.sleep returns: awaited at
// once it costs no frame. Used as a coroutine (create_task, send, throw, close), it acts
// through the coroutine AsCoroutine makes for it, which counts as awaited, so no
// never-awaited warning names the stand-in afterwards.
type CoroutineStandIn interface {
	Awaitable
	AsCoroutine(in *Interp) *Generator
}

// coroutineSelf is the generator or coroutine one of their methods was called on: a
// coroutine stand-in's methods act on its coroutine.
func coroutineSelf(th *Thread, self Value) *Generator {
	if s, ok := self.(CoroutineStandIn); ok {
		return s.AsCoroutine(th.interp)
	}
	return self.(*Generator)
}
