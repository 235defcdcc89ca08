package vm

import "github.com/asyncscript/asyncscript/lang/bytecode"

// Generator is a suspended function frame: a generator, a coroutine (async def) or an
// async generator, depending on its code's flags. Each resumption runs the frame until it
// yields or returns.
type Generator struct {
	Func    *Function
	frame   *Frame
	started bool
	running bool
	done    bool
}

// The classes of suspended frame objects.
var (
	GeneratorClass      = newBuiltinClass("generator", ObjectClass)
	CoroutineClass      = newBuiltinClass("coroutine", ObjectClass)
	AsyncGeneratorClass = newBuiltinClass("async_generator", ObjectClass)
)

func newGenerator(f *Function, fr *Frame) *Generator {
	fr.owned = true
	return &Generator{Func: f, frame: fr}
}

// Type implements Value.
func (g *Generator) Type() *Class {
	switch {
	case g.Func.Code.Flags&bytecode.FlagCoroutine != 0:
		return CoroutineClass
	case g.Func.Code.Flags&bytecode.FlagAsyncGen != 0:
		return AsyncGeneratorClass
	}
	return GeneratorClass
}

// Repr implements repr(): <generator object f at 0x...>.
func (g *Generator) Repr() string {
	return "<" + g.Type().Name + " object " + g.Func.QualName + " at " + addr(g) + ">"
}

// Next implements Iterator: next(gen).
func (g *Generator) Next(th *Thread) (Value, error) {
	v, done, err := g.Resume(th, None, nil)
	if done || err != nil {
		return nil, err
	}
	return v, nil
}

// Resume runs the generator until it yields (done false, the yielded value) or finishes
// (done true, the returned value). With exc it is thrown in at the paused yield.
func (g *Generator) Resume(th *Thread, sent Value, exc *Exception) (v Value, done bool, err error) {
	if g.done {
		if exc != nil {
			return nil, true, exc
		}
		return None, true, nil
	}
	if g.running {
		return nil, false, Errorf(ValueError, "%s already executing", g.Type().Name)
	}
	fr := g.frame
	if !g.started {
		if exc != nil {
			g.done = true
			return nil, true, exc
		}
		if sent != None {
			return nil, false, Errorf(TypeError, "can't send non-None value to a just-started %s", g.Type().Name)
		}
		g.started = true
	} else if exc != nil {
		if !throwInto(fr, exc) {
			g.finish()
			return nil, true, exc
		}
	} else {
		fr.slots[fr.sp] = sent
		fr.sp++
	}
	if th.depth >= th.interp.MaxDepth {
		return nil, false, Errorf(RecursionError, "maximum recursion depth exceeded")
	}
	g.running = true
	th.depth++
	fr.parent = nil
	v, status, err := th.run(fr)
	th.depth--
	g.running = false
	if status == statusYield && err == nil {
		return v, false, nil
	}
	g.finish()
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class.IsSubclass(StopIteration) {
			re := Errorf(RuntimeError, "generator raised StopIteration")
			re.Cause, re.Context, re.SuppressContext = e, e, true
			return nil, true, re
		}
		return nil, true, err
	}
	return v, true, nil
}

func (g *Generator) finish() {
	g.done = true
	g.frame = &Frame{code: g.frame.code} // drop locals; keep the code for reprs
}

// throwInto raises exc at a paused frame's current yield: it reports whether the frame has a
// handler for it, in which case the frame is set up to run that handler when resumed.
func throwInto(fr *Frame, exc *Exception) bool {
	faultPC := fr.pc - 1
	exc.Traceback = append(exc.Traceback, TraceEntry{Code: fr.code, PC: faultPC})
	h, ok := fr.code.HandlerFor(faultPC)
	if !ok {
		return false
	}
	fr.sp = fr.code.nlocals + h.Depth
	fr.slots[fr.sp] = exc
	fr.sp++
	fr.pc = h.Target
	return true
}

// delegate runs one step of `yield from it`, passing sent in: the sub-iterator's next value,
// or (done) its return value.
func (th *Thread) delegate(it, sent Value) (Value, bool, error) {
	if g, ok := it.(*Generator); ok {
		return g.Resume(th, sent, nil)
	}
	if sent != None {
		return nil, false, Errorf(AttributeError, "'%s' object has no attribute 'send'", TypeName(it))
	}
	v, err := Next(th, it)
	if err != nil {
		return nil, false, err
	}
	if v == nil {
		return None, true, nil
	}
	return v, false, nil
}

func init() {
	GeneratorClass.AddMethods(map[string]NativeFunc{
		"send": func(th *Thread, args []Value, kw *Dict) (Value, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeError, "send() takes exactly one argument (%d given)", len(args)-1)
			}
			return genStep(th, args[0].(*Generator), args[1], nil)
		},
		"throw": func(th *Thread, args []Value, kw *Dict) (Value, error) {
			if len(args) < 2 {
				return nil, Errorf(TypeError, "throw expected at least 1 argument, got 0")
			}
			exc, err := th.makeException(args[1])
			if err != nil {
				return nil, err
			}
			return genStep(th, args[0].(*Generator), None, exc)
		},
		"close": func(th *Thread, args []Value, kw *Dict) (Value, error) {
			g := args[0].(*Generator)
			if !g.started || g.done {
				g.done = true
				return None, nil
			}
			_, done, err := g.Resume(th, None, NewException(GeneratorExit))
			if err != nil {
				if e, ok := err.(*Exception); ok && (e.Class.IsSubclass(GeneratorExit) || e.Class.IsSubclass(StopIteration)) {
					return None, nil
				}
				return nil, err
			}
			if !done {
				return nil, Errorf(RuntimeError, "generator ignored GeneratorExit")
			}
			return None, nil
		},
		"__next__": func(th *Thread, args []Value, kw *Dict) (Value, error) {
			return genStep(th, args[0].(*Generator), None, nil)
		},
		"__iter__": func(th *Thread, args []Value, kw *Dict) (Value, error) { return args[0], nil },
	})
}

// genStep resumes a generator for send/throw/__next__, turning its return into StopIteration.
func genStep(th *Thread, g *Generator, sent Value, exc *Exception) (Value, error) {
	v, done, err := g.Resume(th, sent, exc)
	if err != nil {
		return nil, err
	}
	if done {
		if v == None {
			return nil, NewException(StopIteration)
		}
		return nil, NewException(StopIteration, v)
	}
	return v, nil
}
