package vm

import "github.com/asyncscript/asyncscript/lang/bytecode"

// inYieldFrom reports whether fr is paused at the yield inside a `yield from` loop (the
// YIELD_VALUE right after a YIELD_FROM: no other yield can sit there), with the
// sub-iterator on top of its stack.
func inYieldFrom(fr *Frame) bool {
	return fr.pc >= 2 && fr.code.Op(fr.pc-1) == bytecode.YIELD_VALUE && fr.code.Op(fr.pc-2) == bytecode.YIELD_FROM
}

// throwDelegated passes exc, thrown into a generator paused in `yield from`, on to the
// sub-iterator first, as CPython does (closing it for GeneratorExit), so the sub-iterator's
// try/finally blocks see it. When the sub-iterator yields, the generator yields that value
// (yielded) and stays paused. Otherwise the frame goes on: with next, the exception to
// raise at the yield from, or with v, the sub-iterator's return value, arranged to arrive
// as the yield from's result.
func (g *Generator) throwDelegated(th *Thread, fr *Frame, exc *Exception) (v Value, yielded bool, next *Exception) {
	sub := fr.slots[fr.sp-1]
	g.running = true
	var done bool
	var err error
	if exc.Class.IsSubclass(GeneratorExit) {
		err = closeIter(th, sub)
	} else {
		v, done, err = resumeIter(th, sub, None, exc)
	}
	g.running = false
	switch {
	case err != nil:
		return nil, false, AsException(err)
	case exc.Class.IsSubclass(GeneratorExit):
		return nil, false, exc
	case !done:
		return v, true, nil
	}
	// Finish the delegation: drop the sub-iterator and continue after the loop, where the
	// value pushed on resumption is the result.
	fr.sp--
	fr.pc = int(fr.code.Instrs[fr.pc-2] >> 8)
	return v, false, nil
}

// yieldFromIter is the iterator `yield from v` delegates to in frame fr: iter(v), except that
// a coroutine is refused, or, in a generator-based coroutine, delegated to as it is (a
// coroutine made in Go through its __await__ iterator).
func yieldFromIter(th *Thread, fr *Frame, v Value) (Value, error) {
	g, isGen := v.(*Generator)
	if !(isGen && g.IsCoroutine()) && v.Type() != CoroutineClass {
		return Iter(th, v)
	}
	switch {
	case fr.fn == nil || !fr.fn.iterableCoroutine:
		return nil, Errorf(TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator")
	case isGen:
		return g, nil
	}
	return AwaitIterator(CoroutineWrapperClass, v), nil
}
