package vm

import "github.com/asyncscript/asyncscript/lang/bytecode"

// beforeAsyncWith enters an async context manager: it returns the bound __aexit__ and the
// awaitable __aenter__ returned.
func (th *Thread) beforeAsyncWith(mgr Value) (Value, Value, error) {
	cls := mgr.Type()
	enter, ok := cls.Lookup("__aenter__")
	if !ok {
		return nil, nil, Errorf(TypeError, "'%s' object does not support the asynchronous context manager protocol", cls.Name)
	}
	exit, ok := cls.Lookup("__aexit__")
	if !ok {
		return nil, nil, Errorf(TypeError, "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", cls.Name)
	}
	r, err := th.Call(bindAttr(mgr, cls, enter), nil, nil)
	if err != nil {
		return nil, nil, err
	}
	return bindAttr(mgr, cls, exit), r, nil
}

// getAIter is the start of `async for`: obj.__aiter__().
func getAIter(th *Thread, obj Value) (Value, error) {
	if g, ok := obj.(*Generator); ok && g.isAsyncGen() {
		return g, nil
	}
	m, ok := obj.Type().Lookup("__aiter__")
	if !ok {
		return nil, Errorf(TypeError, "'async for' requires an object with __aiter__ method, got %s", TypeName(obj))
	}
	return th.Call(bindAttr(obj, obj.Type(), m), nil, nil)
}

// getANext is one step of `async for`: the awaitable of it.__anext__().
func getANext(th *Thread, it Value) (Value, error) {
	if g, ok := it.(*Generator); ok && g.isAsyncGen() {
		return &asyncGenStep{gen: g}, nil
	}
	m, ok := it.Type().Lookup("__anext__")
	if !ok {
		return nil, Errorf(TypeError, "'async for' requires an iterator with __anext__ method, got %s", TypeName(it))
	}
	aw, err := th.Call(bindAttr(it, it.Type(), m), nil, nil)
	if err != nil {
		return nil, err
	}
	if _, err := getAwaitable(th, aw); err != nil {
		return nil, Errorf(TypeError, "'async for' received an invalid object from __anext__: %s", TypeName(aw))
	}
	return aw, nil
}

// isAsyncGen reports whether g was made by calling an `async def` with `yield`.
func (g *Generator) isAsyncGen() bool { return g.Func.Code.Flags&bytecode.FlagAsyncGen != 0 }

// asyncGenStep is the awaitable an async generator's __anext__ returns: awaiting it runs the
// generator's frame, linked under the awaiting frame, until it yields (the await's value) or
// finishes (StopAsyncIteration). Awaits inside the generator pause the whole task.
type asyncGenStep struct {
	gen *Generator
}

// AsyncGenAnextClass is the class of __anext__ awaitables.
var AsyncGenAnextClass = newBuiltinClass("async_generator_asend", ObjectClass)

// Type implements Value.
func (*asyncGenStep) Type() *Class { return AsyncGenAnextClass }

// enter links the async generator's frame for one step; the caller sets its parent.
func (s *asyncGenStep) enter(th *Thread) (*Frame, error) {
	g := s.gen
	switch {
	case g.done:
		return nil, NewException(StopAsyncIteration)
	case g.running:
		return nil, Errorf(RuntimeError, "anext(): asynchronous generator is already running")
	case th.depth >= th.interp.MaxDepth:
		return nil, Errorf(RecursionError, "maximum recursion depth exceeded")
	}
	fr := g.frame
	if g.started {
		fr.slots[fr.sp] = None // the value of the paused yield expression
		fr.sp++
	}
	g.started, g.running = true, true
	th.depth++
	return fr, nil
}

func init() {
	AsyncGeneratorClass.DefineMethods([]MethodDef{
		{Name: "__aiter__", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) { return self, nil }},
		{Name: "__anext__", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return &asyncGenStep{gen: self.(*Generator)}, nil
		}},
		{Name: "aclose", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			self.(*Generator).finish()
			return &readyAwaitable{value: None}, nil
		}},
	})
}

// readyAwaitable is an awaitable whose value is already known: what aclose returns.
type readyAwaitable struct{ value Value }

// AsyncGenAthrowClass is the class of the awaitables aclose returns.
var AsyncGenAthrowClass = newBuiltinClass("async_generator_athrow", ObjectClass)

// Type implements Value.
func (*readyAwaitable) Type() *Class { return AsyncGenAthrowClass }

// Await implements Awaitable.
func (r *readyAwaitable) Await(*Thread) (Value, bool, Value, error) { return r.value, true, nil, nil }
