package asyncio

import (
	"github.com/asyncscript/asyncscript/vm"
)

// pyFunc makes a function CPython's asyncio defines in Python, binding its arguments as
// Python would: min of the positional parameters kw are required.
func pyFunc(name string, min int, kw, kwOnly []string, f vm.BoundFunc) *vm.Builtin {
	return vm.NewFunc(vm.Signature{Name: name, Style: vm.PyArgs, Min: min, Max: len(kw), Kw: kw, KwOnly: kwOnly}, f)
}

// bare holds the functions every script sees without an import: the same objects as the
// asyncio module's (cancel is asyncscript's own).
var bare = func() map[string]*vm.Builtin {
	m := map[string]*vm.Builtin{}
	for _, b := range []*vm.Builtin{
		pyFunc("create_task", 1, []string{"coro"}, []string{"name", "context"}, builtinCreateTask),
		vm.NewBuiltin("sleep", builtinSleep),
		vm.NewFunc(vm.Signature{Name: "gather", Style: vm.PyVarArgs, KwOnly: []string{"return_exceptions"}}, builtinGather),
		pyFunc("cancel", 1, []string{"task", "msg"}, nil, builtinCancel),
	} {
		m[b.Name] = b
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
	obj := []string{"obj"}
	for _, f := range []*vm.Builtin{
		vm.NewFunc(vm.Signature{Name: "run", Style: vm.PyArgs, Min: 1, Max: 1, Kw: []string{"main"}, KwOnly: []string{"debug"}}, asyncioRun),
		pyFunc("ensure_future", 1, []string{"coro_or_future"}, []string{"loop"}, builtinEnsureFuture),
		vm.NewFunc(vm.Signature{Name: "get_running_loop", Qual: "_asyncio.get_running_loop", Style: vm.NoArgs}, builtinGetRunningLoop),
		vm.NewFunc(vm.Signature{Name: "get_event_loop", Qual: "_asyncio.get_event_loop", Style: vm.NoArgs}, builtinGetEventLoop),
		pyFunc("new_event_loop", 0, nil, nil, builtinNewEventLoop),
		pyFunc("set_event_loop", 1, []string{"loop"}, nil, builtinSetEventLoop),
		pyFunc("current_task", 0, []string{"loop"}, nil, builtinCurrentTask),
		pyFunc("all_tasks", 0, []string{"loop"}, nil, builtinAllTasks),
		pyFunc("iscoroutine", 1, obj, nil, builtinIsCoroutine),
		pyFunc("iscoroutinefunction", 1, []string{"func"}, nil, builtinIsCoroutineFunction),
		pyFunc("isfuture", 1, obj, nil, builtinIsFuture),
		// to_thread(func, /, *args, **kwargs) passes its arguments on to func.
		vm.NewFunc(vm.Signature{Name: "to_thread", Style: vm.VarKwArgs}, builtinToThread),
		pyFunc("run_coroutine_threadsafe", 2, []string{"coro", "loop"}, nil, builtinRunCoroutineThreadsafe),
		pyFunc("wrap_future", 1, []string{"future"}, []string{"loop"}, builtinWrapFuture),
	} {
		m.Set(f.Name, f)
	}
	m.Set("Future", FutureClass)
	m.Set("Runner", RunnerClass)
	m.Set("Task", TaskClass)
	m.Set("Handle", HandleClass)
	m.Set("TimerHandle", TimerHandleClass)
	m.Set("AbstractEventLoop", LoopClass)
	m.Set("CancelledError", CancelledError)
	m.Set("InvalidStateError", InvalidStateError)
	m.Set("TimeoutError", vm.TimeoutError)
	setUnsupported(m)
	installPrelude(in, m)
	m.Set("exceptions", newExceptionsModule(in, m))
	setAll(m)
	return m, nil
}

// builtinCreateTask is asyncio.create_task(coro, *, name=None, context=None).
func builtinCreateTask(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
	loop, err := runningLoop(th)
	if err != nil {
		return nil, err
	}
	g, err := asCoroutine(th.Interp(), p[0])
	if err != nil {
		return nil, err
	}
	// asyncio.create_task names the task after making it, so a named task still uses up
	// a number, as in CPython.
	t, err := loop.newTaskIn(g, nil, p[2])
	if err != nil {
		return nil, err
	}
	if nameArg(th, p[1]) != nil {
		t.SetName(nameArg(th, p[1]))
	}
	t.orphan = th.ResultDiscarded()
	return t, nil
}

// nameArg converts a task name to str, as Task.set_name does.
func nameArg(th *vm.Thread, v vm.Value) vm.Value {
	if v == nil || vm.IsNone(v) {
		return nil
	}
	s, err := vm.ToStr(th, v)
	if err != nil {
		return nil
	}
	return vm.Str(s)
}

// builtinCancel is the bare built-in cancel(task, msg=None): task.cancel(msg).
func builtinCancel(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
	switch f := p[0].(type) {
	case *Task:
		return vm.Bool(f.Cancel(vm.OrNone(p[1]))), nil
	case *Future:
		return vm.Bool(f.CancelAs(vm.OrNone(p[1]))), nil
	}
	return nil, vm.Errorf(vm.TypeError, "cancel() argument must be a Task or Future, not %s", vm.TypeName(p[0]))
}

// builtinEnsureFuture is asyncio.ensure_future(coro_or_future, *, loop=None).
func builtinEnsureFuture(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
	switch p[0].(type) {
	case *Future, *Task:
		return p[0], nil
	}
	loop, err := runningLoop(th)
	if err != nil {
		loop = currentLoop(th.Interp())
	}
	g, err := awaitableCoroutine(th.Interp(), p[0])
	if err != nil {
		return nil, err
	}
	t, err := loop.NewTask(g, nil)
	if err != nil {
		return nil, err
	}
	t.orphan = th.ResultDiscarded() // as create_task's
	return t, nil
}

func builtinGetRunningLoop(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	return runningLoop(th)
}

func builtinGetEventLoop(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	return currentLoop(th.Interp()), nil
}

func builtinNewEventLoop(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	return newLoggedLoop(th.Interp())
}

func builtinSetEventLoop(th *vm.Thread, p []vm.Value, _ *vm.Dict) (vm.Value, error) {
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

// taskLoopArg is the loop current_task(loop=None) and all_tasks(loop=None) look at: the given
// one, else the running one (RuntimeError when none runs). Anything else given is no loop
// of any task: nil, for which they find nothing, as CPython's lookups do.
func taskLoopArg(th *vm.Thread, args []vm.Value) (*Loop, error) {
	if len(args) == 0 || args[0] == nil || vm.IsNone(args[0]) {
		return runningLoop(th)
	}
	l, _ := args[0].(*Loop)
	return l, nil
}

func builtinCurrentTask(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	loop, err := taskLoopArg(th, args)
	if err != nil {
		return nil, err
	}
	if loop != nil && loop.running {
		if t := loop.CurrentTask(); t != nil {
			return t, nil
		}
	}
	return vm.None, nil
}

func builtinAllTasks(th *vm.Thread, args []vm.Value, kwargs *vm.Dict) (vm.Value, error) {
	loop, err := taskLoopArg(th, args)
	if err != nil || loop == nil {
		return vm.NewSet(), err
	}
	s := vm.NewSet()
	for _, t := range loop.PendingTasks() {
		if err := s.Add(th, t); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func builtinIsCoroutine(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	switch x := args[0].(type) {
	case *vm.Generator:
		// 3.11 still counts generators as (generator-based) coroutines.
		return vm.Bool(x.Type() != vm.AsyncGeneratorClass), nil
	case vm.CoroutineStandIn:
		return vm.True, nil
	}
	return vm.False, nil
}

func builtinIsCoroutineFunction(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	f := args[0]
	if m, ok := f.(*vm.BoundMethod); ok {
		f = m.Func
	}
	fn, ok := f.(*vm.Function)
	return vm.Bool(ok && fn.IsCoroutineFunction()), nil
}

func builtinIsFuture(th *vm.Thread, args []vm.Value, _ *vm.Dict) (vm.Value, error) {
	switch args[0].(type) {
	case *Future, *Task:
		return vm.True, nil
	}
	return vm.False, nil
}
