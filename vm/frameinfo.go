package vm

import "github.com/asyncscript/asyncscript/lang/bytecode"

// FrameInfo is a frame as introspection shows it (a traceback's tb_frame, task.get_stack(),
// the frames a deadlock report lists): its code and the line it is at. The frame of a
// generator or coroutine (gi_frame, cr_frame) also has gen, and is live: its line, locals
// and globals are read when asked for.
type FrameInfo struct {
	Code *Code
	Line int
	gen  *Generator
	snap *frameSnapshot // set for the frames of sys._getframe (see FrameAt)
}

// FrameClass is the class of frame objects.
var FrameClass = newBuiltinClass("frame", ObjectClass)

// Type implements Value.
func (*FrameInfo) Type() *Class { return FrameClass }

// Attr implements AttrGetter: f_code, f_lineno, and for a generator's frame f_locals,
// f_globals and f_back (None while it is paused, as in CPython; while it runs, its caller's
// frame, whose own f_locals, f_globals and f_back exist only if it is a generator's too).
func (f *FrameInfo) Attr(name string) (Value, bool) {
	switch name {
	case "f_code":
		return f.Code, true
	case "f_lineno":
		return MakeInt(int64(f.lineNow())), true
	}
	if f.snap != nil {
		return f.snap.attr(name)
	}
	g := f.gen
	if g == nil || g.done {
		return nil, false
	}
	switch name {
	case "f_locals":
		if d := (*Thread)(nil).frameLocals(g.frame); d != nil {
			return d, true
		}
		return g.frame.globals.Dict(), true
	case "f_globals":
		return g.frame.globals.Dict(), true
	case "f_back":
		caller := g.frame.parent
		if caller == nil {
			caller = g.frame.back
		}
		if !g.executing() || caller == nil {
			return None, true
		}
		if caller.gen != nil {
			caller.gen.frameShown = true
		}
		return &FrameInfo{Code: caller.code, Line: caller.line(), gen: caller.gen}, true
	}
	return nil, false
}

// lineNow is the frame's line: a generator's as it is now (its first line, that of its
// def, before it starts, as in CPython; its last once done), else the line recorded.
func (f *FrameInfo) lineNow() int {
	switch g := f.gen; {
	case g == nil:
		return f.Line
	case !g.started:
		return g.frame.code.FirstLine
	}
	return f.gen.frame.line()
}

// Attr implements AttrGetter for code objects: co_name, co_filename, co_firstlineno,
// co_qualname, and the parameter counts, co_varnames and co_flags that inspect reads.
func (c *Code) Attr(name string) (Value, bool) {
	switch name {
	case "co_argcount":
		return MakeInt(int64(c.ArgCount)), true
	case "co_posonlyargcount":
		return MakeInt(int64(c.PosOnlyCount)), true
	case "co_kwonlyargcount":
		return MakeInt(int64(c.KwOnlyCount)), true
	case "co_varnames":
		names := make(Tuple, len(c.Varnames))
		for i, n := range c.Varnames {
			names[i] = Str(n)
		}
		return names, true
	case "co_flags":
		return MakeInt(c.cpythonFlags()), true
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

// OuterFrame describes the coroutine's own frame (not the frames of what it awaits) while
// it runs or is paused; nil before it starts and once it is done.
func (g *Generator) OuterFrame() *FrameInfo {
	if !g.started || g.done {
		return nil
	}
	return &FrameInfo{Code: g.frame.code, Line: g.frame.line()}
}

// PausedFrames describes the frames of a paused coroutine chain, outermost first: the
// coroutine's own frame, then each coroutine it awaits, down to the one that paused.
func (g *Generator) PausedFrames() []*FrameInfo {
	var out []*FrameInfo
	for fr := g.innermost; fr != nil; fr = fr.parent {
		out = append(out, &FrameInfo{Code: fr.code, Line: fr.line()})
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// CPython's code flags (Include/cpython/code.h), the values co_flags holds there.
const (
	coOptimized      = 0x1
	coNewLocals      = 0x2
	coVarargs        = 0x4
	coVarkeywords    = 0x8
	coNested         = 0x10
	coGenerator      = 0x20
	coCoroutine      = 0x80
	coAsyncGenerator = 0x200
)

// cpythonFlags is co_flags as CPython computes it for the same code, so inspect's flag tests
// (CO_COROUTINE, CO_VARARGS, ...) read it as in CPython.
func (c *Code) cpythonFlags() int64 {
	var f int64
	if c.Flags&(bytecode.FlagModule|bytecode.FlagClassBody) == 0 {
		f |= coOptimized | coNewLocals
	}
	bits := []struct {
		ours   bytecode.Flags
		theirs int64
	}{
		{bytecode.FlagVarargs, coVarargs}, {bytecode.FlagVarkw, coVarkeywords},
		{bytecode.FlagGenerator, coGenerator}, {bytecode.FlagCoroutine, coCoroutine},
		{bytecode.FlagAsyncGen, coAsyncGenerator},
	}
	for _, b := range bits {
		if c.Flags&b.ours != 0 {
			f |= b.theirs
		}
	}
	if len(c.Freevars) > 0 {
		f |= coNested
	}
	return f
}
