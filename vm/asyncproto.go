package vm

import "github.com/asyncscript/asyncscript/lang/bytecode"

// beforeAsyncWith enters an async context manager: it returns the bound __aexit__ and the
// awaitable __aenter__ returned.
func (th *Thread) beforeAsyncWith(mgr Value) (Value, Value, error) {
	return th.enterManager(mgr, &asyncManager)
}

// getAIter is the start of `async for`: obj.__aiter__().
func getAIter(th *Thread, obj Value) (Value, error) {
	if g, ok := obj.(*Generator); ok && g.isAsyncGen() {
		return g, nil
	}
	it, err := th.callRequired(obj, "__aiter__", "'async for' requires an object with __aiter__ method, got %s")
	if err != nil {
		return nil, err
	}
	if g, ok := it.(*Generator); !(ok && g.isAsyncGen()) {
		if _, ok := it.Type().Lookup("__anext__"); !ok {
			return nil, Errorf(TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s", TypeName(it))
		}
	}
	return it, nil
}

// notAwaitable is the TypeError for awaiting v, which has no __await__: it names
// __aenter__ (from 1) or __aexit__ (from 2) when v came from one (see getAwaitable).
func notAwaitable(v Value, from int) error {
	if from == 0 {
		return Errorf(TypeError, "object %s can't be used in 'await' expression", TypeName(v))
	}
	method := map[int]string{1: "__aenter__", 2: "__aexit__"}[from]
	return Errorf(TypeError, "'async with' received an object from %s that does not implement __await__: %s", method, TypeName(v))
}

// getANext is one step of `async for`: the awaitable of it.__anext__().
func getANext(th *Thread, it Value) (Value, error) {
	if g, ok := it.(*Generator); ok && g.isAsyncGen() {
		if err := th.initAsyncGenHooks(g); err != nil {
			return nil, err
		}
		return &asyncGenStep{gen: g, sent: None}, nil
	}
	aw, err := th.callRequired(it, "__anext__", "'async for' requires an iterator with __anext__ method, got %s")
	if err != nil {
		return nil, err
	}
	if _, err := getAwaitable(th, aw, 0); err != nil {
		return nil, Errorf(TypeError, "'async for' received an invalid object from __anext__: %s", TypeName(aw))
	}
	return aw, nil
}

// isAsyncGen reports whether g was made by calling an `async def` with `yield`.
func (g *Generator) isAsyncGen() bool { return g.Func.Code.Flags&bytecode.FlagAsyncGen != 0 }

// asyncGenStep is the awaitable an async generator's __anext__ returns: awaiting it runs the
// generator's frame, linked under the awaiting frame, until it yields (the await's value) or
// finishes (StopAsyncIteration). Awaits inside the generator pause the whole task.
//
// asend(v) steps it with v as the paused yield's value; athrow(exc) raises exc where it is
// paused.
type asyncGenStep struct {
	gen  *Generator
	sent Value      // the value of the paused yield: None for __anext__
	exc  *Exception // athrow's exception, or nil
	// closing marks aclose's step: the generator's end (a return, GeneratorExit or
	// StopAsyncIteration) is the await's None result, and a yield is an error.
	closing bool
}

// AsyncGenAnextClass is the class of __anext__ awaitables.
var AsyncGenAnextClass = newBuiltinClass("async_generator_asend", ObjectClass)

// Type implements Value: athrow's and aclose's steps are async_generator_athrow objects.
func (s *asyncGenStep) Type() *Class {
	if s.exc != nil {
		return AsyncGenAthrowClass
	}
	return AsyncGenAnextClass
}

// Await implements Awaitable for a step that ended without running the generator: the
// aclose() of a generator that let GeneratorExit through at once.
func (*asyncGenStep) Await(*Thread) (Value, bool, Value, error) { return None, true, nil, nil }

// enter links the async generator's frame for one step; the caller sets its parent. No
// frame and no error means the step is over and Await has its result.
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
	switch {
	case s.exc != nil && !g.started:
		g.finish() // thrown in before the first instruction: nothing can catch it
		return nil, s.exc
	case s.exc != nil:
		g.closing = s.closing
		th.reraising = false
		if _, _, handled := th.unwind(fr, fr, fr.sp, fr.pc, s.exc); !handled {
			g.finish()
			if closedByAclose(g, s.exc) {
				return nil, nil // Await gives aclose's None
			}
			return nil, s.exc
		}
	case g.started:
		fr.slots[fr.sp] = s.sent // the value of the paused yield expression
		fr.sp++
	case !IsNone(s.sent):
		return nil, Errorf(TypeError, "can't send non-None value to a just-started async generator")
	}
	g.started, g.running = true, true
	th.depth++
	return fr, nil
}

func init() {
	AsyncGeneratorClass.DefineMethods([]MethodDef{
		{Name: "__aiter__", Style: NoArgs, Fn: func(_ *Thread, self Value, _ []Value, _ *Dict) (Value, error) { return self, nil }},
		{Name: "__anext__", Style: NoArgs, Fn: func(th *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			return getANext(th, self)
		}},
		{Name: "asend", Style: OneArg, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			g := self.(*Generator)
			if err := th.initAsyncGenHooks(g); err != nil {
				return nil, err
			}
			return &asyncGenStep{gen: g, sent: a[0]}, nil
		}},
		// athrow(typ[, val[, tb]]) throws typ in, as generator.throw does.
		{Name: "athrow", Style: PosArgs, Min: 1, Max: 3, Fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			g := self.(*Generator)
			if err := th.initAsyncGenHooks(g); err != nil {
				return nil, err
			}
			exc, err := th.MakeException(a[0])
			if err != nil {
				return nil, err
			}
			if g.done {
				return &readyAwaitable{value: None}, nil // as CPython 3.11 does
			}
			return &asyncGenStep{gen: g, sent: None, exc: exc}, nil
		}},
		{Name: "aclose", Style: NoArgs, Fn: func(th *Thread, self Value, _ []Value, _ *Dict) (Value, error) {
			g := self.(*Generator)
			if err := th.initAsyncGenHooks(g); err != nil {
				return nil, err
			}
			if !g.started || g.done {
				g.finish()
				return &readyAwaitable{value: None}, nil
			}
			return &asyncGenStep{gen: g, sent: None, exc: NewException(GeneratorExit), closing: true}, nil
		}},
	})
}

// closedByAclose reports whether exc ending the async generator g is the normal end of an
// aclose(): the GeneratorExit it threw in, or StopAsyncIteration.
func closedByAclose(g *Generator, exc *Exception) bool {
	return g.closing && (exc.Class.IsSubclass(GeneratorExit) || exc.Class.IsSubclass(StopAsyncIteration))
}

// readyAwaitable is an awaitable whose value is already known: what aclose and athrow
// return for a generator that has finished.
type readyAwaitable struct{ value Value }

// AsyncGenAthrowClass is the class of the awaitables athrow and aclose return.
var AsyncGenAthrowClass = newBuiltinClass("async_generator_athrow", ObjectClass)

// Type implements Value.
func (*readyAwaitable) Type() *Class { return AsyncGenAthrowClass }

// Await implements Awaitable.
func (r *readyAwaitable) Await(*Thread) (Value, bool, Value, error) { return r.value, true, nil, nil }
