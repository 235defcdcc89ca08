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
	// Cancelling the gathering future cancels the children; it ends when they have.
	cancelRequested := false
	outer.SetCancelHook(func(msg vm.Value) bool {
		if outer.Done() {
			return false
		}
		cancelled := false
		for _, c := range children {
			if c.CancelAs(msg) {
				cancelled = true
			}
		}
		if cancelled {
			cancelRequested = true
		}
		return cancelled
	})
	finished := 0
	for _, child := range children {
		child.AddDoneCallback("gather.<locals>._done_callback()", func(vm.Value) {
			finished++
			if outer.Done() {
				// The outcome is decided; reading the child's exception marks it retrieved,
				// so it is not reported as never retrieved.
				if !child.Cancelled() {
					_, _ = child.AwaitResult()
				}
				return
			}
			if !returnExceptions {
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
			if finished < len(children) {
				return
			}
			results := make([]vm.Value, len(children))
			for i, c := range children {
				if c.Cancelled() {
					// A cancelled child is reported by a new CancelledError carrying its
					// cancel message (or ''), as CPython's: a task that ended by a
					// CancelledError has none, whatever that error said.
					msg := c.cancelMsg
					if msg == nil || msg == vm.None {
						msg = vm.Str("")
					}
					results[i] = vm.NewException(CancelledError, msg)
					continue
				}
				v, exc := c.AwaitResult()
				if exc != nil {
					v = exc
				}
				results[i] = v
			}
			if cancelRequested {
				_, exc := child.AwaitResult()
				if exc == nil || !exc.Class.IsSubclass(CancelledError) {
					exc = vm.NewException(CancelledError)
				}
				_ = outer.SetException(exc)
				return
			}
			_ = outer.SetResult(vm.NewList(results))
		})
	}
	return outer
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
	// The same awaitable passed twice is awaited once; only objects have identity here.
	seen := map[any]*Future{}
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
			seen[key] = f
		}
		children = append(children, f)
	}
	return gatherFutures(loop, children, returnExceptions), nil
}

// identityKey returns a map key standing for an object's identity, for the awaitables gather
// can deduplicate: CPython's dict of them compares objects of classes without their own
// __eq__ and __hash__ by identity.
func identityKey(v vm.Value) (any, bool) {
	switch x := v.(type) {
	case *vm.Generator, *Future, *Task:
		return x, true
	case *vm.Instance:
		_, eq := x.Type().Lookup("__eq__")
		_, hash := x.Type().Lookup("__hash__")
		return x, !eq && !hash
	}
	return nil, false
}
