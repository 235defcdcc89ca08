package vm

// Modules returns the modules imported so far by name, for sys.modules. The map is the
// interpreter's own: callers must not change it.
func (in *Interp) Modules() map[string]*Module { return in.modules }

// SetMain records m as the module __main__, as CPython's sys.modules has it (typing's
// get_type_hints resolves a class's string annotations in its module found there).
func (in *Interp) SetMain(m *Module) { in.modules["__main__"] = m }

// Handled is the exception an except or finally block of the thread is handling, or nil
// (sys.exc_info, traceback.print_exc).
func (th *Thread) Handled() *Exception { return th.handled }

// CurrentStack lists the frames running on the thread, outermost first, across the
// dispatch loops that built-ins calling back into bytecode entered (traceback.print_stack,
// logging's caller).
func (th *Thread) CurrentStack() []*FrameInfo {
	var frames []*FrameInfo
	for fr := th.frame; fr != nil; {
		frames = append(frames, &FrameInfo{Code: fr.code, Line: fr.line()})
		if fr.parent != nil {
			fr = fr.parent
		} else {
			fr = fr.back
		}
	}
	for i, j := 0, len(frames)-1; i < j; i, j = i+1, j-1 {
		frames[i], frames[j] = frames[j], frames[i]
	}
	return frames
}
