package asyncio

import "github.com/asyncscript/asyncscript/vm"

// standIn is the coroutine object a Go coroutine (see vm.CoroutineStandIn) became once a
// script used it as one: from then on the coroutine is the stand-in, and awaiting the
// stand-in itself again is awaiting a coroutine already run, as in CPython.
type standIn struct{ gen *vm.Generator }

// coroutine is the stand-in's coroutine, made on first use around inner, a fresh copy of
// the stand-in that the coroutine awaits.
func (s *standIn) coroutine(name string, inner vm.Awaitable) *vm.Generator {
	if s.gen == nil {
		s.gen = vm.AwaitableCoroutine(name, inner)
	}
	return s.gen
}

// errReused is CPython's error for awaiting a coroutine that has already run.
func errReused() error {
	return vm.Errorf(vm.RuntimeError, "cannot reuse already awaited coroutine")
}
