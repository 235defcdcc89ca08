package vm

// frameSnapshot is what a frame object sys._getframe made holds beyond its code and line:
// the frames of plain functions are reused once they return, so their caller and globals
// are read when the frame object is made, not later.
type frameSnapshot struct {
	back    Value // a *FrameInfo, or None for the outermost frame
	globals *Module
	// locals is the frame's locals() dict (nil at module level, where the locals are the
	// globals), refreshed from fr on each f_locals while fr still holds it: a frame drops
	// its dict when it returns, so holding it means the call is still running.
	locals *Dict
	fr     *Frame
}

// FrameAt is sys._getframe(depth): the frame object of the Python frame depth calls out from
// the innermost one, with its f_back chain, or false when the stack is not that deep.
func (th *Thread) FrameAt(depth int) (*FrameInfo, bool) {
	chain := th.frameChain()
	if depth < 0 || depth >= len(chain) {
		return nil, false
	}
	var back Value = None
	for i := len(chain) - 1; i >= depth; i-- {
		fr := chain[i]
		info := &FrameInfo{Code: fr.code, Line: fr.line(),
			snap: &frameSnapshot{back: back, globals: fr.globals, locals: th.frameLocals(fr), fr: fr}}
		back = info
	}
	return back.(*FrameInfo), true
}

// attr is f_back, f_globals or f_locals of a frame object FrameAt made.
func (s *frameSnapshot) attr(name string) (Value, bool) {
	switch name {
	case "f_back":
		return s.back, true
	case "f_globals":
		return s.globals.Dict(), true
	case "f_locals":
		if s.locals != nil {
			if s.fr.locals == s.locals {
				(*Thread)(nil).frameLocals(s.fr)
			}
			return s.locals, true
		}
		return s.globals.Dict(), true
	}
	return nil, false
}

// frameChain is the running Python frames, innermost first: those of th, then those of the
// threads that made th's loop run (see RunFrom).
func (th *Thread) frameChain() []*Frame {
	var chain []*Frame
	for t := th; t != nil; t = t.caller {
		for fr := t.frame; fr != nil; {
			chain = append(chain, fr)
			if fr.parent != nil {
				fr = fr.parent
			} else {
				fr = fr.back
			}
		}
	}
	return chain
}
