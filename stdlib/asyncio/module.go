package asyncio

import (
	"github.com/asyncscript/asyncscript/vm"
)

// fn is the signature of the module's functions.
type fn = vm.NativeFunc

// BareBuiltins are the functions every script sees without an import: the same objects as
// the asyncio module's.
var bareBuiltins = map[string]fn{
	"create_task": builtinCreateTask,
	"sleep":       builtinSleep,
	"gather":      builtinGather,
	"cancel":      builtinCancel,
}

// bare holds the built-in function objects, shared by builtins and the module.
var bare = func() map[string]*vm.Builtin {
	m := map[string]*vm.Builtin{}
	for name, f := range bareBuiltins {
		m[name] = vm.NewBuiltin(name, f)
	}
	return m
}()

// Install registers the asyncio module and adds the bare async built-ins. wait_for is
// written in asyncscript (the prelude): the built-in is asyncio's own function object,
// fetched from the module the first time a script names it.
func Install(in *vm.Interp) {
	for name, b := range bare {
		in.Builtins.Set(name, b)
	}
	in.RegisterModule("asyncio", newModule)
	in.RegisterModule("asyncio.exceptions", importExceptions)
	in.Builtins.SetLoader([]string{"wait_for"}, func(name string) error {
		m, err := in.Import("asyncio")
		if err != nil {
			return err
		}
		f, err := vm.GetAttr(in.MainThread(), m, name)
		if err != nil {
			return err
		}
		in.Builtins.Set(name, f)
		return nil
	})
}

func newModule(in *vm.Interp) (*vm.Module, error) {
	m := vm.NewModule("asyncio")
	for name, b := range bare {
		if name != "cancel" {
			m.Set(name, b)
		}
	}
	for name, f := range map[string]fn{
		"run":                      asyncioRun,
		"ensure_future":            builtinEnsureFuture,
		"get_running_loop":         builtinGetRunningLoop,
		"get_event_loop":           builtinGetEventLoop,
		"new_event_loop":           builtinNewEventLoop,
		"set_event_loop":           builtinSetEventLoop,
		"current_task":             builtinCurrentTask,
		"all_tasks":                builtinAllTasks,
		"iscoroutine":              builtinIsCoroutine,
		"iscoroutinefunction":      builtinIsCoroutineFunction,
		"isfuture":                 builtinIsFuture,
		"to_thread":                builtinToThread,
		"run_coroutine_threadsafe": builtinRunCoroutineThreadsafe,
	} {
		m.Set(name, vm.NewBuiltin(name, f))
	}
	m.Set("Future", FutureClass)
	m.Set("Task", TaskClass)
	m.Set("Handle", HandleClass)
	m.Set("TimerHandle", TimerHandleClass)
	m.Set("AbstractEventLoop", LoopClass)
	m.Set("CancelledError", CancelledError)
	m.Set("InvalidStateError", InvalidStateError)
	m.Set("TimeoutError", vm.TimeoutError)
	installPrelude(in, m)
	m.Set("exceptions", newExceptionsModule(in, m))
	setAll(m)
	return m, nil
}

func builtinCreateTask(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	p, err := params("create_task", args, kwargs, "coro", "name", "context")
	if err != nil {
		return nil, err
	}
	if err := required("create_task", p[0], "coro"); err != nil {
		return nil, err
	}
	loop, err := runningLoop(th)
	if err != nil {
		return nil, err
	}
	g, err := asCoroutine(p[0])
	if err != nil {
		return nil, err
	}
	// asyncio.create_task names the task after making it, so a named task still uses up
	// a number, as in CPython.
	t, err := loop.newTaskIn(g, nil, p[2])
	if err == nil && nameArg(th, p[1]) != nil {
		t.SetName(nameArg(th, p[1]))
	}
	return t, err
}

// nameArg converts a task name to str, as Task.set_name does.
func nameArg(th *vm.Thread, v vm.Value) vm.Value {
	if v == nil || v == vm.None {
		return nil
	}
	s, err := vm.ToStr(th, v)
	if err != nil {
		return nil
	}
	return vm.Str(s)
}

// builtinCancel is the bare built-in cancel(task, msg=None): task.cancel(msg).
func builtinCancel(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	p, err := params("cancel", args, kwargs, "task", "msg")
	if err != nil {
		return nil, err
	}
	if err := required("cancel", p[0], "task"); err != nil {
		return nil, err
	}
	switch f := p[0].(type) {
	case *Task:
		return vm.Bool(f.Cancel(orNone(p[1]))), nil
	case *Future:
		return vm.Bool(f.CancelAs(orNone(p[1]))), nil
	}
	return nil, vm.Errorf(vm.TypeError, "cancel() argument must be a Task or Future, not %s", vm.TypeName(p[0]))
}

func builtinEnsureFuture(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	p, err := params("ensure_future", args, kwargs, "coro_or_future", "loop")
	if err != nil {
		return nil, err
	}
	if err := required("ensure_future", p[0], "coro_or_future"); err != nil {
		return nil, err
	}
	switch p[0].(type) {
	case *Future, *Task:
		return p[0], nil
	}
	loop, err := runningLoop(th)
	if err != nil {
		loop = currentLoop(th.Interp())
	}
	g, err := asCoroutine(p[0])
	if err != nil {
		return nil, vm.Errorf(vm.TypeError, "An asyncio.Future, a coroutine or an awaitable is required")
	}
	return loop.NewTask(g, nil)
}

func builtinGetRunningLoop(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	return runningLoop(th)
}

func builtinGetEventLoop(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	return currentLoop(th.Interp()), nil
}

func builtinNewEventLoop(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	return NewLoop(th.Interp()), nil
}

func builtinSetEventLoop(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	p, err := params("set_event_loop", args, kwargs, "loop")
	if err != nil {
		return nil, err
	}
	switch l := p[0].(type) {
	case *Loop:
		SetEventLoop(th.Interp(), l)
	case vm.NoneType:
		SetEventLoop(th.Interp(), nil)
	default:
		return nil, vm.Errorf(vm.TypeError, "loop must be an instance of AbstractEventLoop or None, not '%s'", vm.TypeName(p[0]))
	}
	return vm.None, nil
}

func builtinCurrentTask(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	loop, err := runningLoop(th)
	if err != nil {
		return nil, err
	}
	if t := loop.CurrentTask(); t != nil {
		return t, nil
	}
	return vm.None, nil
}

func builtinAllTasks(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	loop, err := runningLoop(th)
	if err != nil {
		return nil, err
	}
	s := vm.NewSet()
	for _, t := range loop.PendingTasks() {
		if err := s.Add(th, t); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func builtinIsCoroutine(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if len(args) != 1 {
		return nil, vm.Errorf(vm.TypeError, "iscoroutine() takes 1 positional argument but %d were given", len(args))
	}
	switch x := args[0].(type) {
	case *vm.Generator:
		// 3.11 still counts generators as (generator-based) coroutines.
		return vm.Bool(x.Type() != vm.AsyncGeneratorClass), nil
	case nativeCoroutine:
		return vm.True, nil
	}
	return vm.False, nil
}

func builtinIsCoroutineFunction(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if len(args) != 1 {
		return nil, vm.Errorf(vm.TypeError, "iscoroutinefunction() takes 1 positional argument but %d were given", len(args))
	}
	f := args[0]
	if m, ok := f.(*vm.BoundMethod); ok {
		f = m.Func
	}
	fn, ok := f.(*vm.Function)
	return vm.Bool(ok && fn.IsCoroutineFunction()), nil
}

func builtinIsFuture(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	if len(args) != 1 {
		return nil, vm.Errorf(vm.TypeError, "isfuture() takes 1 positional argument but %d were given", len(args))
	}
	switch args[0].(type) {
	case *Future, *Task:
		return vm.True, nil
	}
	return vm.False, nil
}
