package vm

import (
	"fmt"
	"strings"
)

// FrameInfo is a frame as introspection shows it (task.get_stack()): its code and the line
// it is at.
type FrameInfo struct {
	Code *Code
	Line int
}

// FrameClass is the class of frame objects.
var FrameClass = newBuiltinClass("frame", ObjectClass)

// Type implements Value.
func (*FrameInfo) Type() *Class { return FrameClass }

// Attr implements AttrGetter: f_code, f_lineno.
func (f *FrameInfo) Attr(name string) (Value, bool) {
	switch name {
	case "f_code":
		return f.Code, true
	case "f_lineno":
		return MakeInt(int64(f.Line)), true
	}
	return nil, false
}

// Attr implements AttrGetter for code objects: co_name, co_filename, co_firstlineno,
// co_qualname.
func (c *Code) Attr(name string) (Value, bool) {
	switch name {
	case "co_name":
		return Str(c.Name), true
	case "co_qualname":
		return Str(c.QualName), true
	case "co_filename":
		return Str(c.Filename), true
	case "co_firstlineno":
		return MakeInt(int64(c.FirstLine)), true
	}
	return nil, false
}

// Stack is task.get_stack(limit): the frame a pending task's coroutine is paused in, or the
// frames of the traceback of a task that raised. limit < 0 means no limit.
func (t *Task) Stack(limit int) []*FrameInfo {
	var frames []*FrameInfo
	switch {
	case !t.Done() && t.coro.started && t.coro.frame.slots != nil:
		fr := t.coro.frame
		frames = append(frames, &FrameInfo{Code: fr.code, Line: fr.line()})
	case t.state == futureFinished && t.exc != nil:
		tb := t.exc.Traceback
		for i := len(tb) - 1; i >= 0; i-- {
			if limit >= 0 && len(frames) >= limit {
				break
			}
			e := tb[i]
			frames = append(frames, &FrameInfo{Code: e.Code, Line: e.Code.Line(e.PC)})
		}
	}
	if limit >= 0 && len(frames) > limit {
		frames = frames[len(frames)-limit:]
	}
	return frames
}

// printStack is task.print_stack(limit=None): CPython prints the header line to stdout and
// the frames (and a failed task's exception) to stderr.
func printStack(th *Thread, t *Task, limit int) {
	in := th.interp
	frames := t.Stack(limit)
	repr := t.Repr()
	switch {
	case len(frames) == 0:
		in.Stdout.WriteString("No stack for " + repr + "\n")
	case t.exc != nil:
		in.Stdout.WriteString("Traceback for " + repr + " (most recent call last):\n")
	default:
		in.Stdout.WriteString("Stack for " + repr + " (most recent call last):\n")
	}
	var b strings.Builder
	for _, f := range frames {
		fmt.Fprintf(&b, "  File \"%s\", line %d, in %s\n", f.Code.Filename, f.Line, f.Code.Name)
		if src := strings.TrimSpace(in.sourceLine(f.Code.Filename, f.Line)); src != "" {
			b.WriteString("    " + src + "\n")
		}
	}
	if t.state == futureFinished && t.exc != nil {
		b.WriteString(ExceptionLine(th, t.exc) + "\n")
	}
	in.WriteErr(b.String())
}

func init() {
	defineMethods(TaskClass, []methodDef{
		{name: "print_stack", style: tupleArgs, max: 2, kw: []string{"limit", "file"}, fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			limit := -1
			if a[0] != nil && a[0] != None {
				n, err := indexValue(th, a[0])
				if err != nil {
					return nil, err
				}
				limit = n
			}
			if a[1] != nil && a[1] != None {
				return nil, Errorf(TypeError, "print_stack() to a file is not supported: asyncscript has no files")
			}
			printStack(th, self.(*Task), limit)
			return None, nil
		}},
		{name: "get_stack", style: tupleArgs, max: 1, kw: []string{"limit"}, fn: func(th *Thread, self Value, a []Value, _ *Dict) (Value, error) {
			limit := -1
			if a[0] != nil && a[0] != None {
				n, err := indexValue(th, a[0])
				if err != nil {
					return nil, err
				}
				limit = n
			}
			frames := self.(*Task).Stack(limit)
			items := make([]Value, len(frames))
			for i, f := range frames {
				items[i] = f
			}
			return NewList(items), nil
		}},
	})
}

// PausedFrameInfo describes the frames of a paused coroutine, outermost first.
func (g *Generator) PausedFrameInfo() []*FrameInfo {
	var out []*FrameInfo
	for _, fr := range g.pausedFrames() {
		out = append(out, &FrameInfo{Code: fr.code, Line: fr.line()})
	}
	return out
}
