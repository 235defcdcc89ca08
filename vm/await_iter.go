package vm

// Awaiting an object whose class defines __await__ is `yield from` the iterator __await__
// returns, as in CPython. The engine drives that iterator from the AWAIT instruction, so the
// fast path (a coroutine awaited inline, its frame linked under the awaiting one) is left
// alone:
//
//   - GET_AWAITABLE calls __await__, checks its result and wraps it in an awaitIter;
//   - AWAIT steps the iterator (sending a value or throwing an exception in). When the
//     iterator returns, its value is the await's value; when it raises, the exception is
//     raised at the await;
//   - when the iterator yields, the frame suspends as for any awaitable, but with its pc
//     rewound onto the AWAIT and the awaitIter as what it waits on. The caller of
//     Generator.Resume (a task's step) sees the yielded value itself: a future to wait for,
//     None for one turn of the loop, anything else a bad yield;
//   - on the next Resume, resumeAwait folds what the task brings (the outcome of the future
//     waited on, or an exception thrown in, such as a cancellation) into the awaitIter, and
//     pushes it back as the operand of the re-run AWAIT, which sends None or throws into
//     the iterator. So a try/finally in a user's __await__ generator sees a cancellation.

// awaitIter is the awaitable made of the iterator an __await__ method returned.
type awaitIter struct {
	it Value
	// yielded is what the iterator last yielded: what the suspended frame waits on.
	yielded Value
	// sent is sent into the iterator by the next step, or exc thrown in when set: what
	// the driver resumed the frame with (None from a task whose future is done).
	sent Value
	exc  *Exception
}

// newAwaitIter starts the await of the iterator it.
func newAwaitIter(it Value) *awaitIter { return &awaitIter{it: it, sent: None} }

// Type implements Value; an awaitIter lives only on a frame's stack, out of scripts' sight.
func (*awaitIter) Type() *Class { return ObjectClass }

// GeneratorCoroutine makes a coroutine object that delegates to the generator g as an await
// of a generator-based coroutine does, for a task that runs g (asyncio accepts generators
// as coroutines).
func GeneratorCoroutine(g *Generator) *Generator {
	return AwaitableCoroutine(g.Func.Name, newAwaitIter(g))
}

// awaitMethod returns what v's __await__ returns, checked as CPython's GET_AWAITABLE does;
// ok is false when v's class has no __await__.
func awaitMethod(th *Thread, v Value) (it Value, ok bool, err error) {
	it, ok, err = th.callSpecial(v, "__await__")
	if !ok || err != nil {
		return nil, ok, err
	}
	if g, isGen := it.(*Generator); isGen && g.IsCoroutine() {
		return nil, true, Errorf(TypeError, "__await__() returned a coroutine")
	}
	if !isIterator(it) {
		return nil, true, Errorf(TypeError, "__await__() returned non-iterator of type '%s'", TypeName(it))
	}
	return it, true, nil
}

// isIterator reports whether v has __next__, as CPython's PyIter_Check.
func isIterator(v Value) bool {
	if _, ok := v.(Iterator); ok {
		return true
	}
	_, ok := v.Type().Lookup("__next__")
	return ok
}

// IsAwaitable reports whether await accepts v without calling anything: a coroutine, a Go
// awaitable, an async generator's step, a generator-based coroutine, or an object whose class defines __await__ (what
// CPython's inspect.isawaitable checks).
func IsAwaitable(v Value) bool {
	switch x := v.(type) {
	case *Generator:
		return x.IsCoroutine() || x.IsIterableCoroutine()
	case Awaitable, *asyncGenStep:
		return true
	}
	_, ok := v.Type().Lookup("__await__")
	return ok
}

// step sends the pending value into the iterator, or throws the pending exception in: the
// iterator's next yielded value, or (done) its return value.
func (a *awaitIter) step(th *Thread) (Value, bool, error) {
	sent, exc := a.sent, a.exc
	a.sent, a.exc, a.yielded = None, nil, nil
	if exc != nil && exc.Class.IsSubclass(GeneratorExit) {
		// Closing the awaiting coroutine closes the iterator, then goes on in the frame.
		if err := closeIter(th, a.it); err != nil {
			return nil, false, err
		}
		return nil, false, exc
	}
	v, done, err := resumeIter(th, a.it, sent, exc)
	if err == nil && !done {
		a.yielded = v
	}
	return v, done, err
}

// resumeAwait is what a suspended frame receives when it resumes after waiting on wait,
// sent sent or exc thrown in: the value to push and the exception to raise at the await.
// An awaitIter takes sent and exc in and is pushed back, for the AWAIT it suspended on to
// run again.
// Every task switch passes here, so it is one type switch on wait.
func resumeAwait(wait, sent Value, exc *Exception) (Value, *Exception) {
	switch w := wait.(type) {
	case *Turn:
		if exc == nil {
			return w.Value, nil
		}
	case *awaitIter:
		if exc == nil {
			// The future the iterator yielded has finished: its exception, if any, is
			// thrown in; otherwise None is sent, and the iterator reads the result itself.
			_, exc = awaitResult(w.yielded)
		}
		w.sent, w.exc = sent, exc
		return w, nil
	case Resumer:
		if exc == nil {
			return w.AwaitResult()
		}
	}
	if exc != nil {
		return nil, exc
	}
	return None, nil
}

// waitTarget is what a frame suspended on wait shows its driver: for an awaitIter, what the
// iterator yielded.
func waitTarget(wait Value) Value {
	if a, ok := wait.(*awaitIter); ok {
		return a.yielded
	}
	return wait
}

// resumer is an iterator that takes sent values and thrown exceptions without a method
// call: a generator, or the iterators of Go awaitables.
type resumer interface {
	Resume(th *Thread, sent Value, exc *Exception) (Value, bool, error)
}

// resumeIter runs one step of `yield from it`, sending sent or throwing exc in: the
// iterator's next value, or (done) its return value. An iterator without send or throw
// methods gets CPython's treatment: sending None is next(it), and a thrown exception is
// raised at once.
func resumeIter(th *Thread, it, sent Value, exc *Exception) (Value, bool, error) {
	if r, ok := it.(resumer); ok {
		return r.Resume(th, sent, exc)
	}
	var name string
	var args []Value
	switch {
	case exc != nil:
		name, args = "throw", []Value{exc}
	case !IsNone(sent):
		name, args = "send", []Value{sent}
	default:
		if i, ok := it.(Iterator); ok {
			return doneAtNil(i.Next(th))
		}
		name = "__next__"
	}
	m, ok := it.Type().Lookup(name)
	if !ok {
		if exc != nil {
			return nil, false, exc
		}
		return nil, false, Errorf(AttributeError, "'%s' object has no attribute '%s'", TypeName(it), name)
	}
	v, err := th.Call(bindAttr(it, it.Type(), m), args, nil)
	if e, ok := err.(*Exception); ok && e.Class.IsSubclass(StopIteration) {
		return stopValue(e), true, nil
	}
	return v, false, err
}

// doneAtNil turns a Go iterator's step (nil at the end) into a resumeIter step.
func doneAtNil(v Value, err error) (Value, bool, error) {
	if err == nil && v == nil {
		return None, true, nil
	}
	return v, false, err
}

// stopValue is the value a StopIteration carries: the return value of the iterator.
func stopValue(e *Exception) Value {
	if len(e.Args) > 0 {
		return e.Args[0]
	}
	return None
}

// closeIter calls it.close() when it has one, as `yield from` does when its generator is
// closed.
func closeIter(th *Thread, it Value) error {
	if g, ok := it.(*Generator); ok {
		return g.close(th)
	}
	_, _, err := th.callSpecial(it, "close")
	return err
}
