package asyncscript

import (
	"context"
	"fmt"
	"reflect"

	"github.com/asyncscript/asyncscript/stdlib/asyncio"
	"github.com/asyncscript/asyncscript/vm"
)

// AsyncFunc makes fn a global function of the __main__ module whose calls scripts await:
//
//	it.AsyncFunc("fetch", func(ctx context.Context, key string) (string, error) { ... })
//	# script: value = await fetch("k")
//
// fn takes a context.Context first; its other parameters and its results convert as
// Func's (a last error result raises an exception). Calling it in the script converts the
// arguments and returns a coroutine, so await, gather, wait_for, create_task and
// TaskGroup take it as an `async def` function's; once it runs, fn runs on a worker
// goroutine (at most
// Options.Workers at once) while the event loop runs other tasks. Its ctx is cancelled
// when the future is cancelled, which happens when the awaiting task is cancelled
// (wait_for's timeout, a TaskGroup aborting, Interrupt), and when the run itself ends or
// is cancelled; the result of a call whose future was cancelled is dropped. fn must not
// use the Interpreter.
func (it *Interpreter) AsyncFunc(name string, fn any) error {
	rv := reflect.ValueOf(fn)
	if rv.Kind() != reflect.Func || rv.IsNil() {
		return fmt.Errorf("asyncscript: AsyncFunc %s: %T is not a function", name, fn)
	}
	sig := newSignature(name, rv.Type())
	if !sig.takesContext {
		return fmt.Errorf("asyncscript: AsyncFunc %s: the function's first parameter must be a context.Context", name)
	}
	it.main.Set(name, vm.NewBuiltin(name, func(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
		in, err := sig.bind(args, kwargs)
		if err != nil {
			return nil, err
		}
		return vm.AwaitableCoroutine(name, &goCall{it: it, name: name, fn: rv, sig: sig, in: in}), nil
	}))
	return nil
}

// goCall is a call of an AsyncFunc, awaited by the coroutine the script got: awaiting it
// starts the Go function on a worker and waits for its future. A coroutine, not the future
// itself, so that create_task and TaskGroup.create_task take it as an `async def`
// function's call, and the Go function starts only once that coroutine runs.
type goCall struct {
	it   *Interpreter
	name string
	fn   reflect.Value
	sig  *signature
	in   []reflect.Value
}

var goCallClass = vm.NewBuiltinClass("go_call", vm.ObjectClass)

// Type implements vm.Value.
func (*goCall) Type() *vm.Class { return goCallClass }

// Await implements vm.Awaitable.
func (c *goCall) Await(th *vm.Thread) (vm.Value, bool, vm.Value, error) {
	fut, err := asyncio.Go(th, c.it.ctx, func(ctx context.Context) func() (vm.Value, error) {
		out, err := c.it.runWorker(ctx, c.name, c.fn, c.in)
		return func() (vm.Value, error) {
			if err != nil {
				return nil, err
			}
			return c.it.results(c.sig, out)
		}
	})
	if err != nil {
		return nil, false, nil, err
	}
	return fut.Await(th)
}

// runWorker calls fn(ctx, in...) once a worker is free, on the calling goroutine.
func (it *Interpreter) runWorker(ctx context.Context, name string, fn reflect.Value, in []reflect.Value) ([]reflect.Value, error) {
	select {
	case it.workers <- struct{}{}:
	case <-ctx.Done():
		return nil, vm.Errorf(vm.RuntimeError, "%s: %v", name, ctx.Err())
	}
	defer func() { <-it.workers }()
	return callGo(name, fn, append([]reflect.Value{reflect.ValueOf(ctx)}, in...))
}
