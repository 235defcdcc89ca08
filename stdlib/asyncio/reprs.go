package asyncio

import (
	"fmt"
	"strings"

	"github.com/asyncscript/asyncscript/vm"
)

// Repr implements repr() for futures: <Future pending cb=[...]>, <Future finished result=1>.
func (f *Future) Repr() string {
	return "<Future " + f.reprInfo() + ">"
}

// reprInfo is the part of a future's repr after its kind: state, then result or callbacks.
func (f *Future) reprInfo() string {
	parts := []string{f.stateName()}
	switch {
	case f.state == futureFinished && f.exc != nil:
		r, _ := vm.Repr(nil, f.exc)
		parts = append(parts, "exception="+r)
	case f.state == futureFinished:
		r, _ := vm.Repr(nil, f.result)
		parts = append(parts, "result="+r)
	}
	if len(f.callbacks) > 0 {
		names := make([]string, len(f.callbacks))
		for i, cb := range f.callbacks {
			names[i] = callbackName(cb)
		}
		parts = append(parts, "cb=["+strings.Join(names, ", ")+"]")
	}
	return strings.Join(parts, " ")
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

// callbackName describes a done callback as asyncio's reprs do.
func callbackName(cb futureCallback) string {
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
	r, _ := vm.Repr(nil, cb.value)
	return r
}

// Repr implements repr() for tasks, as CPython 3.11 shows them:
// <Task pending name='Task-2' coro=<main() running at f.py:3> wait_for=<Future pending ...>>.
func (t *Task) Repr() string {
	state := t.stateName()
	if t.mustCancel && !t.Done() {
		state = "cancelling"
	}
	name, _ := vm.Repr(nil, t.Name())
	parts := []string{state, "name=" + name, "coro=<" + coroRepr(t.coro) + ">"}
	switch {
	case t.state == futureFinished && t.exc != nil:
		r, _ := vm.Repr(nil, t.exc)
		parts = append(parts, "exception="+r)
	case t.state == futureFinished:
		r, _ := vm.Repr(nil, t.result)
		parts = append(parts, "result="+r)
	}
	if t.waiter != nil {
		parts = append(parts, "wait_for="+waiterRepr(t.waiter))
	}
	return "<Task " + strings.Join(parts, " ") + ">"
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
