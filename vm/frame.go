package vm

// Frame is one activation of a code object: its position, local slots and operand stack.
// It lives on the heap so a generator or coroutine can keep it between resumptions.
type Frame struct {
	code    *Code
	fn      *Function
	globals *Module
	// slots holds the fast locals (slots[:code.nlocals]) followed by the operand stack.
	slots []Value
	sp    int // the next free stack slot
	pc    int // the next instruction
	cells []*Cell
	// ns is the namespace of a class body, where LOAD_NAME and STORE_NAME work.
	ns *Dict
	// parent is the frame that called this one within the same dispatch loop; nil for the
	// frame a dispatch loop was entered with.
	parent *Frame
	// back is, while a dispatch loop runs with this frame as its entry, the frame that was
	// running when it was entered (the caller of a Go built-in that called back into
	// bytecode): introspection follows it past the loop's own chain.
	back *Frame
	// gen is the generator or coroutine that owns the frame, if any; such a frame outlives
	// its calls and is never reused.
	gen *Generator
	// locals is the dict locals() returns in a function, made on first use and refreshed
	// from the fast locals at each call, as CPython's frame f_locals.
	locals *Dict
	// initObj is the instance a class call is making when the frame runs its __init__:
	// returning gives the caller the instance instead of __init__'s None.
	initObj Value
}

// allocFrame takes a frame with room for code's slots from the free list, or makes one.
// Its slots hold whatever they held before: callers set every local.
func (th *Thread) allocFrame(code *Code) *Frame {
	if fr := th.pooledFrame(code); fr != nil {
		return fr
	}
	if n := len(th.framePool); n > 0 {
		// The free frame is too small: it gets bigger slots.
		fr := th.framePool[n-1]
		th.framePool = th.framePool[:n-1]
		fr.slots = make([]Value, code.frameSize)
		return fr
	}
	return &Frame{slots: make([]Value, code.frameSize)}
}

// pooledFrame takes a frame from the free list when its slots have room for code's; nil
// otherwise. It makes nothing, so it inlines into the dispatch loop's call path.
func (th *Thread) pooledFrame(code *Code) *Frame {
	n := len(th.framePool)
	if n == 0 {
		return nil
	}
	fr := th.framePool[n-1]
	if cap(fr.slots) < code.frameSize {
		return nil
	}
	th.framePool = th.framePool[:n-1]
	fr.slots = fr.slots[:code.frameSize]
	return fr
}

// genBlock is a generator and its frame in one allocation, for a generator call that finds
// no free frame: a program that makes many coroutines before running them (a task per
// item) makes one object fewer per coroutine.
type genBlock struct {
	gen Generator
	fr  Frame
}

// newFrame gets a frame for code with every local unset. A frame for generator code that
// had to be made comes with its generator's room: fr.gen is set, for newGenerator to fill.
func (th *Thread) newFrame(code *Code, fn *Function, globals *Module) *Frame {
	var fr *Frame
	if code.Flags&generatorFlags == 0 {
		fr = th.allocFrame(code)
	} else if fr = th.pooledFrame(code); fr == nil {
		b := &genBlock{fr: Frame{slots: make([]Value, code.frameSize)}}
		fr = &b.fr
		fr.gen = &b.gen
	}
	// Unset locals must read as nil (UnboundLocalError); the operand stack is always
	// written before it is read, so it is left as it was.
	clear(fr.slots[:code.nlocals])
	fr.code, fr.fn, fr.globals = code, fn, globals
	fr.sp = code.nlocals
	fr.pc = 0
	if len(code.Cellvars) == 0 && fn != nil {
		// Only free variables: the frame reads the function's own cells. Nothing writes
		// the slice (STORE_DEREF writes into a cell), so sharing it saves an allocation
		// per call of every closure and of every method that uses super().
		fr.cells = fn.Closure
	} else if n := len(code.Cellvars) + len(code.Freevars); n > 0 {
		fr.cells = make([]*Cell, n)
		for i := range code.Cellvars {
			fr.cells[i] = &Cell{}
		}
		if fn != nil {
			copy(fr.cells[len(code.Cellvars):], fn.Closure)
		}
	}
	return fr
}

// releaseFrame returns a finished frame to the free list. Its slots keep their last values
// until reuse: clearing them on every return costs more than the little garbage they hold.
func (th *Thread) releaseFrame(fr *Frame) {
	if fr.gen != nil {
		return
	}
	fr.cells, fr.ns, fr.parent, fr.fn, fr.globals, fr.locals, fr.initObj = nil, nil, nil, nil, nil, nil, nil
	if len(th.framePool) < 256 {
		th.framePool = append(th.framePool, fr)
	}
}

// line returns the source line the frame is executing (or last executed).
func (fr *Frame) line() int {
	pc := fr.pc - 1
	if pc < 0 {
		pc = 0
	}
	return fr.code.Line(pc)
}
