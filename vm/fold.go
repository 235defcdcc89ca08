package vm

import "errors"

// Fold is a built-in's consumption of an iterable one value at a time (sum, any, min, ...).
// Written this way, the built-in lets the dispatch loop that calls it run a Python
// generator argument as a frame of its own, handing the fold each value the generator
// yields, instead of resuming the generator in a nested loop for every value.
type Fold interface {
	// Step takes the next value; stop ends the iteration early, leaving the rest unread.
	Step(th *Thread, v Value) (stop bool, err error)
	// Result is the built-in's return value once the iteration has ended.
	Result(th *Thread) (Value, error)
}

// FoldStart begins a fold from a built-in's bound arguments: the iterable to consume, and
// the fold its values go to. It must not keep args.
type FoldStart func(th *Thread, args []Value) (iterable Value, f Fold, err error)

// NewFoldFunc makes a built-in function named sig.Name that binds its arguments with sig,
// then consumes an iterable through the fold start makes of them (see Fold).
func NewFoldFunc(sig Signature, start FoldStart) *Builtin {
	bind := func(th *Thread, args []Value, kwargs *Dict) (Value, Fold, error) {
		bound, room, err := th.bindInto(&sig, args, kwargs)
		if room != nil {
			defer th.returnArgs(room, bound)
		}
		if err != nil {
			return nil, nil, err
		}
		return start(th, bound)
	}
	b := NewBuiltin(sig.Name, func(th *Thread, args []Value, kwargs *Dict) (Value, error) {
		it, f, err := bind(th, args, kwargs)
		if err != nil {
			return nil, err
		}
		return runFold(th, it, f)
	})
	b.fold = func(th *Thread, args []Value) (Value, Fold, error) { return bind(th, args, nil) }
	return b
}

// errFoldStop ends runFold's iteration when the fold has seen enough.
var errFoldStop = errors.New("fold stopped")

// runFold feeds the values of iterable to f from Go, then gives f's result.
func runFold(th *Thread, iterable Value, f Fold) (Value, error) {
	err := Iterate(th, iterable, func(v Value) error {
		stop, err := f.Step(th, v)
		if err == nil && stop {
			return errFoldStop
		}
		return err
	})
	if err != nil && err != errFoldStop {
		return nil, err
	}
	return f.Result(th)
}

// startFold is the call of a fold built-in b from the dispatch loop, with positional
// arguments only: the frame of a Python generator argument, to run as a callee that yields
// to the fold (see foldYield); or, when the fold ran in Go instead, the call's result.
func (th *Thread) startFold(b *Builtin, args []Value) (*Frame, Value, error) {
	it, f, err := b.fold(th, args)
	if err != nil {
		return nil, nil, err
	}
	if g, ok := it.(*Generator); ok {
		if err := th.Step(); err != nil { // as Iterate does before each value
			return nil, nil, err
		}
		if gf := th.resumeInLoop(g); gf != nil {
			g.fold = f
			return gf, nil, nil
		}
	}
	r, err := runFold(th, it, f)
	th.dropOwned(it, th.frame, th.frame.pc-1)
	return nil, r, err
}

// foldYield hands v, which the generator frame gf has just yielded, to the fold it was
// resumed for, with the generator paused and the fold's caller running as in the built-in's
// own loop. It returns the frame the dispatch loop continues in: gf resumed for its next
// value, or the caller with the fold's result pushed (or with an error to raise there).
func (th *Thread) foldYield(gf *Frame, v Value) (*Frame, error) {
	g, caller := gf.gen, gf.parent
	f := g.fold
	g.fold, g.running, gf.parent = nil, false, nil
	th.depth--
	th.frame = caller
	stop, err := f.Step(th, v)
	if err == nil && !stop {
		if err = th.Step(); err == nil {
			if nf := th.resumeInLoop(g); nf != nil {
				g.fold, nf.parent = f, caller
				return nf, nil
			}
		}
	}
	var r Value
	switch {
	case err != nil:
		th.dropOwned(g, caller, caller.pc-1)
		return caller, err
	case stop:
		r, err = f.Result(th)
	default:
		// Something the fold ran finished the generator, or the recursion limit: the rest
		// goes as from Go, where Resume says which.
		r, err = runFold(th, g, f)
	}
	th.dropOwned(g, caller, caller.pc-1)
	if err == nil {
		caller.slots[caller.sp] = r
		caller.sp++
	}
	return caller, err
}
