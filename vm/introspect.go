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
// logging's caller), and on to the frames of its caller (see RunFrom).
func (th *Thread) CurrentStack() []*FrameInfo {
	chain := th.frameChain()
	frames := make([]*FrameInfo, len(chain))
	for i, fr := range chain {
		frames[len(chain)-1-i] = &FrameInfo{Code: fr.code, Line: fr.line()}
	}
	return frames
}

// RunFrom records that caller makes th's event loop run, until the returned function is
// called: meanwhile introspection shows caller's frames below those th runs, as CPython's
// tasks run on the stack of the code that called asyncio.run or run_until_complete.
func (th *Thread) RunFrom(caller *Thread) (restore func()) {
	prev := th.caller
	if caller != th {
		th.caller = caller
	}
	return func() { th.caller = prev }
}
