package vm

// awaitWrapper is the iterator an __await__ method of a built-in awaitable returns: CPython's
// coroutine_wrapper for coroutine.__await__(), and asyncio's FutureIter for futures and
// tasks. Driving it with next/send/throw is what an await does, so a user's __await__ can
// delegate to it with `yield from`: it yields what the awaitable waits on (a future, or None
// for one turn of the loop) and returns the await's value.
type awaitWrapper struct {
	cls *Class
	// gen is the coroutine a coroutine_wrapper steps; otherwise aw is the Go awaitable.
	gen *Generator
	aw  Awaitable
	// wait is what aw asked to wait on, once the first step has run it; finished is set
	// when the await is over.
	wait     Value
	finished bool
}

// CoroutineWrapperClass is the class of coroutine.__await__()'s iterators.
var CoroutineWrapperClass = newBuiltinClass("coroutine_wrapper", ObjectClass)

// NewAwaitIterClass makes a class for the iterators AwaitIterator returns, with the methods
// of a generator (send, throw, close, __next__, __iter__).
func NewAwaitIterClass(name string) *Class {
	c := newBuiltinClass(name, ObjectClass)
	defineAwaitIterMethods(c)
	return c
}

func defineAwaitIterMethods(c *Class) {
	c.DefineMethods(resumerMethods(
		func(_ *Thread, self Value) resumer { return self.(*awaitWrapper) },
		func(th *Thread, self Value) error { return self.(*awaitWrapper).close(th) }))
	c.DefineMethods([]MethodDef{{Name: "__next__", Style: NoArgs, Fn: func(th *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
		return genStep(th, self.(resumer), None, nil)
	}}, iterSelf})
}

// AwaitIterator returns the iterator of `await v`, of class cls, for the __await__ method
// of v, a coroutine or a Go awaitable.
func AwaitIterator(cls *Class, v Value) Value {
	if g, ok := v.(*Generator); ok {
		return &awaitWrapper{cls: cls, gen: g}
	}
	return &awaitWrapper{cls: cls, aw: v.(Awaitable)}
}

// Type implements Value.
func (w *awaitWrapper) Type() *Class { return w.cls }

// Resume implements resumer: one step of the await.
func (w *awaitWrapper) Resume(th *Thread, sent Value, exc *Exception) (Value, bool, error) {
	if w.gen != nil {
		v, done, err := w.gen.Resume(th, sent, exc)
		return shownWait(v, done), done, err
	}
	var v Value
	var err error
	switch {
	case exc != nil:
		w.finished = true
		return nil, false, exc
	case w.finished:
		return None, true, nil
	case w.wait == nil:
		var ready bool
		if v, ready, w.wait, err = w.aw.Await(th); err != nil || ready {
			w.finished = true
			return v, ready, err
		}
		return shownWait(w.wait, false), false, nil
	}
	w.finished = true
	v, exc = awaitResult(w.wait)
	if exc != nil {
		return nil, false, exc
	}
	return v, true, nil
}

// shownWait is what a step that paused on wait yields to scripts: None stands for every
// "one turn of the loop" (a Go value that resumes with sleep's result looks like None).
func shownWait(wait Value, done bool) Value {
	if !done && wait != nil && wait.Type() == NoneClass {
		return None
	}
	return wait
}

func (w *awaitWrapper) close(th *Thread) error {
	if w.gen != nil {
		return w.gen.close(th)
	}
	w.finished = true
	return nil
}

// resumerMethods are send, throw and close for an iterator whose receivers recv turns into
// a resumer; closeFn is its close.
func resumerMethods(recv func(th *Thread, self Value) resumer, closeFn func(th *Thread, self Value) error) []MethodDef {
	return []MethodDef{
		{Name: "send", Style: OneArg, Min: 1, Max: 1, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			return genStep(th, recv(th, self), a[0], nil)
		}},
		{Name: "throw", Style: PosArgs, Min: 1, Max: 3, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			exc, err := th.MakeException(a[0])
			if err != nil {
				return nil, err
			}
			return genStep(th, recv(th, self), None, exc)
		}},
		{Name: "close", Style: NoArgs, Fn: func(th *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return None, closeFn(th, self)
		}},
	}
}

// iterSelf is the __iter__ of iterators: it returns the iterator itself.
var iterSelf = MethodDef{Name: "__iter__", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) { return self, nil }}

func init() {
	defineAwaitIterMethods(CoroutineWrapperClass)
	CoroutineClass.DefineMethods([]MethodDef{{Name: "__await__", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
		return AwaitIterator(CoroutineWrapperClass, self), nil
	}}})
}
