package asyncio

import (
	"fmt"
	"strings"

	"github.com/asyncscript/asyncscript/vm"
)

// Repr implements repr() for futures: <Future pending cb=[...]>, <Future finished result=1>.
// A future met again while its own repr is being made shows as "...", as reprlib's
// recursive_repr does for CPython's, so futures waiting on each other cannot recurse forever.
func (f *Future) Repr() string {
	return f.guardedRepr(func() string { return "<" + f.Type().Name + " " + strings.Join(f.reprInfo(), " ") + ">" })
}

// guardedRepr makes a repr with f marked as in progress.
func (f *Future) guardedRepr(make func() string) string {
	if f.inRepr {
		return "..."
	}
	f.inRepr = true
	defer func() { f.inRepr = false }()
	return make()
}

// reprInfo is the parts of a future's repr after its kind: state, then result or
// exception, then callbacks.
func (f *Future) reprInfo() []string {
	parts := []string{f.stateName()}
	switch {
	case f.state == futureFinished && f.exc != nil:
		r := reprIn(f.loop.reprThread(), f.exc)
		parts = append(parts, "exception="+r)
	case f.state == futureFinished:
		r := reprIn(f.loop.reprThread(), f.result)
		parts = append(parts, "result="+r)
	}
	var names []string
	if f.wakes != nil {
		names = append(names, callbackName(nil, futureCallback{task: f.wakes}))
	}
	for _, cb := range f.callbacks {
		if cb.stops == nil {
			names = append(names, callbackName(f.loop.reprThread(), cb))
		}
	}
	if n := len(names); n > 2 {
		names = []string{names[0], fmt.Sprintf("<%d more>", n-2), names[n-1]}
	}
	if len(names) > 0 {
		parts = append(parts, "cb=["+strings.Join(names, ", ")+"]")
	}
	if f.loop == nil {
		return parts // a stand-in for a collected task (see report)
	}
	source, _ := f.loop.sources.Get(f)
	return withSource(parts, source)
}

func (f *Future) stateName() string {
	switch f.state {
	case futureCancelled:
		return "cancelled"
	case futureFinished:
		return "finished"
	}
	return "pending"
}

// callbackName describes a done callback as asyncio's reprs do, running a callable's
// __repr__ on th.
func callbackName(th *vm.Thread, cb futureCallback) string {
	switch {
	case cb.task != nil:
		return "Task.task_wakeup()"
	case cb.fn != nil && cb.name != "":
		return cb.name
	case cb.fn != nil:
		return "<callback>"
	}
	if f, ok := cb.value.(*vm.Function); ok {
		return fmt.Sprintf("%s() at %s:%d", f.QualName, f.Code.Filename, f.Code.FirstLine)
	}
	return reprIn(th, cb.value)
}

// Repr implements repr() for tasks, as CPython 3.11 shows them:
// <Task pending name='Task-2' coro=<main() running at f.py:3> wait_for=<Future pending ...>>.
func (t *Task) Repr() string {
	return t.guardedRepr(func() string { return "<Task " + strings.Join(t.reprInfo(), " ") + ">" })
}

// reprInfo is a future's parts with the task's own inserted: its name, its coroutine and
// what it waits for.
func (t *Task) reprInfo() []string {
	info := t.Future.reprInfo()
	if t.cancelRequests > 0 && !t.Done() {
		info[0] = "cancelling"
	}
	name := reprIn(t.loop.reprThread(), t.Name())
	own := []string{"name=" + name, "coro=<" + coroRepr(t.coro) + ">"}
	if t.waiter != nil {
		own = append(own, "wait_for="+waiterRepr(t.waiter))
	}
	return append(info[:1], append(own, info[1:]...)...)
}

func waiterRepr(f *Future) string {
	if t, ok := f.self.(*Task); ok {
		return t.Repr()
	}
	return f.Repr()
}

// coroRepr describes a coroutine inside a task's repr: where it runs, or where it was
// defined once done.
func coroRepr(g *vm.Generator) string {
	code := g.Func.Code
	if fr := g.OuterFrame(); fr != nil {
		return fmt.Sprintf("%s() running at %s:%d", g.Func.QualName, code.Filename, fr.Line)
	}
	where := "running"
	if g.Done() {
		where = "done, defined"
	}
	return fmt.Sprintf("%s() %s at %s:%d", g.Func.QualName, where, code.Filename, code.FirstLine)
}
