package asyncio

import "github.com/asyncscript/asyncscript/vm"

// This file is how tasks and callbacks meet contextvars: a task runs in a copy of the
// context current when it was made (Loop.NewTask asks the loop's thread for it) unless
// create_task's context= names one, and a callback runs in the context current when it was
// scheduled, or in its context= argument, as CPython's Task and Handle do.

// contextArg checks a context= argument: nil when it is None or absent.
func contextArg(v vm.Value) (*vm.Context, error) {
	switch c := v.(type) {
	case nil, vm.NoneType:
		return nil, nil
	case *vm.Context:
		return c, nil
	}
	return nil, vm.Errorf(vm.TypeError, "an instance of Context was expected, got %s", vm.TypeName(v))
}

// newTaskIn is NewTask for create_task and Task(): the task runs in ctx when one is given.
func (l *Loop) newTaskIn(g *vm.Generator, name, ctx vm.Value) (*Task, error) {
	c, err := contextArg(ctx)
	if err != nil {
		return nil, err
	}
	t, err := l.NewTask(g, name)
	if err == nil && c != nil {
		t.paused = vm.ContextState(c)
	}
	return t, err
}

// setContext gives a callback handle the context it runs in: ctx when given, else a copy of
// the context current on th.
func (h *Handle) setContext(th *vm.Thread, ctx vm.Value) error {
	c, err := contextArg(ctx)
	if c == nil {
		c = th.ForkContext()
	}
	h.context = c
	return err
}

// callIn calls fn(*args) on th in context c (the thread's own context when c is nil).
func callIn(th *vm.Thread, c *vm.Context, fn vm.Value, args []vm.Value) (vm.Value, error) {
	if c == nil {
		return th.Call(fn, args, nil)
	}
	outer := th.SetContext(c)
	defer th.SetContext(outer)
	return th.Call(fn, args, nil)
}

// inContext gives the handle call_soon made its context= argument ctx, or cancels it when
// ctx is not a Context.
func inContext(th *vm.Thread, h *Handle, ctx vm.Value) (vm.Value, error) {
	if err := h.setContext(th, ctx); err != nil {
		h.Cancel()
		return nil, err
	}
	return h, nil
}
