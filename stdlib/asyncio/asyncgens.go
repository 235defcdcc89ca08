package asyncio

import (
	"sort"

	"github.com/asyncscript/asyncscript/vm"
)

// The loop's async generators, as CPython's BaseEventLoop tracks them: while the loop runs,
// its two hook methods are the interpreter's async generator hooks (vm/asyncgen_hooks.go).
// firstiter records each async generator first iterated; the finalizer, called for one an
// async for loop drops unfinished, schedules a task running its aclose(); and
// shutdown_asyncgens, which asyncio.run calls at the end, closes those still unfinished.
//
// CPython's record is a WeakSet, whose generators leave it when they are collected. Here
// they stay until they finish, are finalized or the loop shuts down: a generator dropped
// where the collector cannot tell (anything but an async for's own) is closed at shutdown,
// as CPython closes those still referenced then, rather than at a moment that would depend
// on the collector's timing.

// asyncgenSet is a loop's record of the async generators its code has started.
type asyncgenSet struct {
	// order numbers each generator recorded, for shutdown to close them in that order.
	order   map[*vm.Generator]int
	next    int
	pruneAt int
	// hooks are the loop's bound hook methods, made on first run.
	hooks *vm.AsyncGenHooks
}

// add records g; finished generators are dropped as the record grows.
func (s *asyncgenSet) add(g *vm.Generator) {
	if s.order == nil {
		s.order, s.pruneAt = map[*vm.Generator]int{}, 64
	}
	if len(s.order) >= s.pruneAt {
		for k := range s.order {
			if k.Done() {
				delete(s.order, k)
			}
		}
		s.pruneAt = 2*len(s.order) + 64
	}
	s.order[g] = s.next
	s.next++
}

// take empties the record, returning the unfinished generators in the order they started.
func (s *asyncgenSet) take() []vm.Value {
	gens := make([]*vm.Generator, 0, len(s.order))
	for g := range s.order {
		if !g.Done() {
			gens = append(gens, g)
		}
	}
	sort.Slice(gens, func(i, j int) bool { return s.order[gens[i]] < s.order[gens[j]] })
	s.order = nil
	return vm.Values(gens)
}

// asyncgenHooks are the hooks the loop installs while it runs: its bound hook methods.
func (l *Loop) asyncgenHooks() vm.AsyncGenHooks {
	if l.asyncgens.hooks == nil {
		first, _ := vm.GetAttr(l.thread, l, "_asyncgen_firstiter_hook")
		fin, _ := vm.GetAttr(l.thread, l, "_asyncgen_finalizer_hook")
		l.asyncgens.hooks = &vm.AsyncGenHooks{FirstIter: first, Finalizer: fin}
	}
	return *l.asyncgens.hooks
}

// finalizeAsyncgen is the finalizer hook: g, dropped unfinished, is forgotten and, unless
// the loop is closed, call_soon_threadsafe(create_task, g.aclose()) closes it in a task of
// its own on a later turn, as CPython's loop does.
func (l *Loop) finalizeAsyncgen(th *vm.Thread, g *vm.Generator) error {
	if _, recorded := l.asyncgens.order[g]; !recorded {
		// shutdown_asyncgens has taken it: its list keeps the generator alive in CPython,
		// so it is not dropped, and the aclose() shutdown runs is the one that closes it.
		return nil
	}
	delete(l.asyncgens.order, g)
	if l.closed {
		return nil
	}
	createTask, err := vm.GetAttr(th, l, "create_task")
	if err != nil {
		return err
	}
	m, err := vm.GetAttr(th, g, "aclose")
	if err != nil {
		return err
	}
	aclose, err := th.Call(m, nil, nil)
	if err != nil {
		return err
	}
	h, err := l.callSoonThreadsafeValue(th, createTask, []vm.Value{aclose}, vm.None)
	if err != nil {
		return err
	}
	h.fn = func() {
		r, err := callIn(l.thread, h.context, h.callback, h.args)
		if err != nil {
			l.reportCallbackError(h, err)
		} else if t, ok := r.(*Task); ok {
			t.orphan = true // the handle drops what create_task returned
		}
	}
	return nil
}

// shutdownAsyncgens is loop.shutdown_asyncgens(): the coroutine (prelude/asyncgens.py)
// closing together agens, the async generators recorded and still unfinished.
func (l *Loop) shutdownAsyncgens(th *vm.Thread, agens []vm.Value) (vm.Value, error) {
	f, err := importAttr(th, "asyncio", "_shutdown_asyncgens")
	if err != nil {
		return nil, err
	}
	return th.Call(f, []vm.Value{l, vm.NewList(agens)}, nil)
}

// closeAsyncgens runs shutdown_asyncgens() in a task until it is done, as asyncio.run's end
// does. With no generator to close, that task would do nothing but take its number.
func (l *Loop) closeAsyncgens() error {
	agens := l.asyncgens.take()
	if len(agens) == 0 {
		l.state.nextTaskNumber()
		return nil
	}
	coro, err := l.shutdownAsyncgens(l.thread, agens)
	if err != nil {
		return err
	}
	t, err := l.NewTask(coro.(*vm.Generator), nil)
	if err != nil {
		return err
	}
	_, err = l.RunUntilComplete(&t.Future)
	return err
}

// asyncGenArg is the async generator a hook method was given.
func asyncGenArg(v vm.Value) (*vm.Generator, error) {
	if g, ok := v.(*vm.Generator); ok && g.Type() == vm.AsyncGeneratorClass {
		return g, nil
	}
	return nil, vm.Errorf(vm.TypeError, "an async generator was expected, got %s", vm.TypeName(v))
}

func init() {
	LoopClass.DefineMethods([]vm.MethodDef{
		loopMethod("_asyncgen_firstiter_hook", 1, []string{"agen"}, false, nil, func(th *vm.Thread, l *Loop, p []vm.Value) (vm.Value, error) {
			g, err := asyncGenArg(p[0])
			if err != nil {
				return nil, err
			}
			l.asyncgens.add(g)
			return vm.None, nil
		}),
		loopMethod("_asyncgen_finalizer_hook", 1, []string{"agen"}, false, nil, func(th *vm.Thread, l *Loop, p []vm.Value) (vm.Value, error) {
			g, err := asyncGenArg(p[0])
			if err != nil {
				return nil, err
			}
			return vm.None, l.finalizeAsyncgen(th, g)
		}),
		loopMethod("shutdown_asyncgens", 0, nil, false, nil, func(th *vm.Thread, l *Loop, _ []vm.Value) (vm.Value, error) {
			return l.shutdownAsyncgens(th, l.asyncgens.take())
		}),
	})
}
