package asyncio

import (
	"fmt"
	"strings"

	"github.com/asyncscript/asyncscript/vm"
)

// Stack is task.get_stack(limit): the frame a pending task's coroutine is paused in, or the
// frames of the traceback of a task that raised. limit < 0 means no limit. The running
// task's stack is refused: CPython lists the frames that called its coroutine too, which
// are its own Lib/asyncio event loop's.
func (t *Task) Stack(limit int) ([]*vm.FrameInfo, error) {
	var frames []*vm.FrameInfo
	switch {
	case t.loop.current == t:
		return nil, vm.Errorf(vm.NotImplementedError, "the stack of the running task is not supported by asyncscript (CPython's includes the frames of its asyncio event loop)")
	case !t.Done():
		if fr := t.coro.OuterFrame(); fr != nil {
			frames = append(frames, fr)
		}
	case t.state == futureFinished && t.exc != nil:
		tb := t.exc.Traceback
		for i := len(tb) - 1; i >= 0; i-- {
			if limit >= 0 && len(frames) >= limit {
				break
			}
			e := tb[i]
			frames = append(frames, &vm.FrameInfo{Code: e.Code, Line: e.Code.Line(e.PC)})
		}
	}
	if limit >= 0 && len(frames) > limit {
		frames = frames[len(frames)-limit:]
	}
	return frames, nil
}

// printStack is task.print_stack(limit=None, file=None): without a file CPython prints the
// header line to stdout and the frames (and a failed task's exception) to stderr; with one,
// everything goes to its write method.
func printStack(th *vm.Thread, t *Task, limit int, file vm.Value) error {
	in := th.Interp()
	frames, err := t.Stack(limit)
	if err != nil {
		return err
	}
	repr := t.Repr()
	var header string
	switch {
	case len(frames) == 0:
		header = "No stack for " + repr + "\n"
	case t.exc != nil:
		header = "Traceback for " + repr + " (most recent call last):\n"
	default:
		header = "Stack for " + repr + " (most recent call last):\n"
	}
	var b strings.Builder
	for _, f := range frames {
		writeFrame(&b, in, f, "  ")
		b.WriteString("\n")
	}
	if t.state == futureFinished && t.exc != nil {
		b.WriteString(vm.ExceptionLine(th, t.exc) + "\n")
	}
	if file == nil || vm.IsNone(file) {
		in.Stdout.WriteString(header)
		in.WriteErr(b.String())
		return nil
	}
	for _, text := range []string{header, b.String()} {
		if text == "" {
			continue
		}
		if _, err := callMethod(th, file, "write", vm.Str(text)); err != nil {
			return err
		}
	}
	return nil
}

// writeFrame writes a frame as tracebacks show it, indented: its File line, then its
// source line (if known) indented two more spaces, with no final newline.
func writeFrame(b *strings.Builder, in *vm.Interp, f *vm.FrameInfo, indent string) {
	fmt.Fprintf(b, "%sFile \"%s\", line %d, in %s", indent, f.Code.Filename, f.Line, f.Code.Name)
	if src := strings.TrimSpace(in.SourceLine(f.Code.Filename, f.Line)); src != "" {
		b.WriteString("\n" + indent + "  " + src)
	}
}

// limitArg reads the limit= argument of get_stack and print_stack: None is no limit (-1).
func limitArg(th *vm.Thread, v vm.Value) (int, error) {
	if v == nil || vm.IsNone(v) {
		return -1, nil
	}
	return vm.IndexArg(th, v)
}

func init() {
	TaskClass.DefineMethods([]vm.MethodDef{
		{Name: "print_stack", Style: vm.ClinicArgs, KwOnly: []string{"limit", "file"}, Fn: func(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			limit, err := limitArg(th, a[0])
			if err != nil {
				return nil, err
			}
			return vm.None, printStack(th, self.(*Task), limit, a[1])
		}},
		{Name: "get_stack", Style: vm.ClinicArgs, KwOnly: []string{"limit"}, Fn: func(th *vm.Thread, self vm.Value, a []vm.Value, _ *vm.Dict) (vm.Value, error) {
			limit, err := limitArg(th, a[0])
			if err != nil {
				return nil, err
			}
			frames, err := self.(*Task).Stack(limit)
			if err != nil {
				return nil, err
			}
			return vm.NewList(vm.Values(frames)), nil
		}},
	})
}
