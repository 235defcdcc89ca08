package vm

// callOther makes the calls of a CALL instruction in frame fr that the dispatch loop does not
// make itself: the callable is in slot fnSlot, its arguments follow it up to sp, kwnames
// names the trailing keyword ones, and the result is to go to slot resSlot. A call that runs
// bytecode in the loop (a method, a class's __init__, a function whose arguments need
// binding, a fold's generator) gives back the frame to switch to; any other gives back its
// result. Apart from the loop, its spills stay off the loop's commonest calls.
func (th *Thread) callOther(fr *Frame, callee Value, fnSlot, sp, resSlot int, kwnames Tuple) (*Frame, Value, error) {
	stack := fr.slots
	args := stack[fnSlot+1 : sp]
	var initObj Value
	if cls, ok := callee.(*Class); ok {
		if obj, init := plainInit(cls); init != nil {
			// Run __init__(obj, ...) as a method call; RETURN_VALUE hands back obj.
			stack[fnSlot] = obj
			callee, args, initObj = init, stack[fnSlot:sp], obj
		}
	} else if bm, ok := callee.(*BoundMethod); ok {
		if f, ok := bm.Func.(*Function); ok {
			// Put self where the method object was: self and the arguments are then
			// contiguous, and the result still lands in the callee's slot.
			stack[fnSlot] = bm.Self
			callee, args = f, stack[fnSlot:sp]
		}
	}
	if f, ok := callee.(*Function); ok {
		var nf *Frame
		if kwnames == nil {
			nf = th.plainFrame(f, args)
		}
		if nf == nil && f.Code.Flags&generatorFlags == 0 {
			var err error
			if nf, err = th.enterFunction(f, args, kwnames); err != nil {
				return nil, nil, err
			}
		}
		if nf != nil {
			nf.initObj = initObj
			return nf, nil, nil
		}
	}
	if b, ok := callee.(*Builtin); ok && b.fold != nil && b.Self == nil && kwnames == nil {
		// sum(x for x in xs) and the like: the generator runs in the loop.
		return th.startFold(b, args)
	}
	var r Value
	var done bool
	var err error
	if kwnames == nil {
		r, done, err = th.callDirect(callee, args)
	}
	if !done {
		r, err = th.callValue(callee, args, kwnames)
	}
	if _, gen := r.(*Generator); gen && err == nil {
		// Only a generator can be owned: testing that first keeps the next instruction's
		// load off the path of every other call.
		if next := fr.code.Instrs[fr.pc]; next == getIterOwnedWord || next == callOneWord || next == getAIterOwnedWord {
			markOwned(callee, r, next, stack[fr.code.nlocals:resSlot])
		}
	}
	return nil, r, err
}
