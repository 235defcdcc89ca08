package vm

// callOther makes the calls of a CALL instruction in frame fr that the dispatch loop does not
// make itself: call is the callable and its arguments, as they lie on fr's stack, kwnames
// names the trailing keyword ones, and the result is to go to slot resSlot. A call that runs
// bytecode in the loop (a method, a class's __init__, a function whose arguments need
// binding, a fold's generator) gives back the frame to switch to; any other gives back its
// result. Apart from the loop, its spills stay off the loop's commonest calls.
func (th *Thread) callOther(fr *Frame, call []Value, resSlot int, kwnames Tuple) (*Frame, Value, error) {
	callee, args := call[0], call[1:]
	var initObj Value
	switch c := callee.(type) {
	case *Builtin:
		// A built-in method (fut.set_result, list.append) or a fold: no frame, and no
		// generator to own (markOwned wants a Python callee).
		if kwnames == nil {
			if c.fold != nil && c.Self == nil {
				// sum(x for x in xs) and the like: the generator runs in the loop.
				return th.startFold(c, args)
			}
			if r, done, err := th.callDirect(c, args); done {
				return nil, r, err
			}
		}
		r, err := th.callValue(c, args, kwnames)
		return nil, r, err
	case *Class:
		if obj, init := plainInit(c); init != nil {
			// Run __init__(obj, ...) as a method call; RETURN_VALUE hands back obj.
			call[0] = obj
			callee, args, initObj = init, call, obj
		}
	case *BoundMethod:
		if f, ok := c.Func.(*Function); ok {
			// Put self where the method object was: self and the arguments are then
			// contiguous, and the result still lands in the callee's slot.
			call[0] = c.Self
			callee, args = f, call
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
			markOwned(callee, r, next, fr.slots[fr.code.nlocals:resSlot])
		}
	}
	return nil, r, err
}
