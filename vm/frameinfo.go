package vm

// FrameInfo is a frame as introspection shows it (a traceback's tb_frame, task.get_stack(),
// the frames a deadlock report lists): its code and the line it is at.
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
