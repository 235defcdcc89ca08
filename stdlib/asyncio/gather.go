package asyncio

import (
	"strconv"

	"github.com/asyncscript/asyncscript/vm"
)

// gatherFutures combines children into one future whose result is the list of their results,
// in order. Without returnExceptions the first exception (or cancellation) of a child is
// the outcome, while the other children keep running.
func gatherFutures(loop *Loop, children []*Future, returnExceptions bool) *Future {
	outer := loop.NewFuture()
	if loop.trace != nil {
		loop.trace.label(outer, "gather("+strconv.Itoa(len(children))+")")
	}
	if len(children) == 0 {
		_ = outer.SetResult(vm.NewList(nil))
		return outer
	}
	g := &gathering{outer: outer, children: children, returnExceptions: returnExceptions}
	outer.SetCancelHook(g.cancel)
	// One callback for every child, told apart by the future it is called with: a gather
	// of many children costs no closure per child.
	done := g.childDone
	for _, child := range children {
		child.AddDoneCallback("gather.<locals>._done_callback()", done)
	}
	return outer
}

// gathering is the state of one gather, shared by the callbacks of its children.
type gathering struct {
	outer    *Future
	children []*Future
	// finished counts the children done so far.
	finished         int
	returnExceptions bool
	// cancelRequested is set once cancelling the outer future cancelled a child: the
	// gather then ends cancelled.
	cancelRequested bool
}

// cancel cancels the children of a gathering future still pending; it ends when they have.
func (g *gathering) cancel(msg vm.Value) bool {
	if g.outer.Done() {
		return false
	}
	cancelled := false
	for _, c := range g.children {
		if c.CancelAs(msg) {
			cancelled = true
		}
	}
	if cancelled {
		g.cancelRequested = true
	}
	return cancelled
}

// childDone is the done callback of every child, called with the child.
func (g *gathering) childDone(v vm.Value) {
	child, outer := asFuture(v), g.outer
	g.finished++
	if outer.Done() {
		// The outcome is decided; reading the child's exception marks it retrieved,
		// so it is not reported as never retrieved.
		if !child.Cancelled() {
			_, _ = child.AwaitResult()
		}
		return
	}
	if !g.returnExceptions {
		if child.Cancelled() {
			_, exc := child.AwaitResult()
			_ = outer.SetException(exc)
			return
		}
		if exc := child.exc; exc != nil {
			_, _ = child.AwaitResult() // retrieved: the outer future reports it
			_ = outer.SetException(exc)
			return
		}
	}
	if g.finished < len(g.children) {
		return
	}
	results := make([]vm.Value, len(g.children))
	for i, c := range g.children {
		if c.Cancelled() {
			// A cancelled child is reported by a new CancelledError carrying its cancel
			// message (or ''), as CPython's: a task that ended by a CancelledError has
			// none, whatever that error said.
			results[i] = vm.NewException(CancelledError, c.cancelMessageOrEmpty())
			continue
		}
		v, exc := c.AwaitResult()
		if exc != nil {
			v = exc
		}
		results[i] = v
	}
	if g.cancelRequested {
		_, exc := child.AwaitResult()
		if exc == nil || !exc.Class.IsSubclass(CancelledError) {
			exc = vm.NewException(CancelledError)
		}
		_ = outer.SetException(exc)
		return
	}
	_ = outer.SetResult(vm.NewList(results))
}

// toFuture turns an awaitable argument into a future: a task for a coroutine.
func toFuture(loop *Loop, v vm.Value) (*Future, error) {
	switch x := v.(type) {
	case *Future:
		return x, nil
	case *Task:
		return &x.Future, nil
	}
	g, err := awaitableCoroutine(loop.interp, v)
	if err != nil {
		return nil, err
	}
	t, err := loop.NewTask(g, nil)
	if err != nil {
		return nil, err
	}
	return &t.Future, nil
}

// builtinGather is asyncio.gather(*coros_or_futures, return_exceptions=False).
func builtinGather(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
	returnExceptions := false
	if p[0] != nil {
		returnExceptions, _ = vm.Truth(th, p[0])
	}
	args := p[1:]
	// Outside a running loop (loop.run_until_complete(gather(...))) gather uses the
	// current event loop, as CPython's get_event_loop does.
	loop := currentLoop(th.Interp())
	children := make([]*Future, 0, len(args))
	// The same awaitable passed twice is awaited once; only objects have identity here. A
	// future or task is its own child, so only what becomes a new task is looked up: a
	// gather of many tasks builds no map.
	var seen map[any]*Future
	for _, a := range args {
		key, isObject := identityKey(a)
		if f, ok := seen[key]; ok && isObject {
			children = append(children, f)
			continue
		}
		f, err := toFuture(loop, a)
		if err != nil {
			return nil, err
		}
		if isObject {
			if seen == nil {
				seen = map[any]*Future{}
			}
			seen[key] = f
		}
		children = append(children, f)
	}
	return gatherFutures(loop, children, returnExceptions), nil
}

// identityKey returns a map key standing for an object's identity, for the awaitables gather
// turns into tasks and can deduplicate: CPython's dict of them compares objects of classes
// without their own __eq__ and __hash__ by identity. Futures and tasks need no key.
func identityKey(v vm.Value) (any, bool) {
	switch x := v.(type) {
	case *vm.Generator:
		return x, true
	case *vm.Instance:
		_, eq := x.Type().Lookup("__eq__")
		_, hash := x.Type().Lookup("__hash__")
		return x, !eq && !hash
	}
	return nil, false
}
