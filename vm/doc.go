// Package vm runs asyncscript bytecode: the engine and the object model.
//
// Values are Go values implementing Value; each knows its class (Type). Built-in types and
// user-defined classes are both *Class, so isinstance, type() and method lookup work the same
// for both.
//
// Built-in functions, methods and constructors, here and in the packages above, declare
// their parameters with a Signature, whose Bind checks a call's arguments with the wording
// of the CPython routine it names (ArgStyle; PyArgs for what CPython writes in Python, as
// most of asyncio). Functions are made with NewFunc, constructors with
// Class.DefineConstructor, and methods of built-in classes with Class.DefineMethods, which
// also checks the receiver, so list.append("x", 1) is a TypeError as in CPython, not an
// internal error.
//
// Execution happens on a Thread: an execution context with its chain of frames. A frame is a
// heap object holding its code, program counter, local slots and operand stack, so a call from
// bytecode to bytecode pushes a frame and continues in the same dispatch loop without growing
// the Go stack. Native code calling back into bytecode (a key function passed to sorted, a
// __repr__ called by print) enters a nested dispatch loop for that call only.
//
// Generators and coroutines own their frames. Resuming one runs its frame until it yields or
// returns; suspending is returning from the dispatch loop with the frame kept intact, so a
// coroutine waiting on a future costs a few small heap objects and no goroutine.
//
// Python exceptions travel as Go errors of type *Exception. A frame that has a handler for the
// failing instruction (per its code's exception table) catches it; otherwise the frame is popped
// and the exception continues in its caller, gaining a traceback entry at each frame.
//
// The event loop is not here: package stdlib/asyncio drives coroutines through a small seam.
// The engine knows only the Awaitable and Resumer interfaces (what `await` may wait on) and
// the pause of a coroutine chain; the driver uses Generator.Resume, Generator.Claim,
// Thread.SwapState (a task's depth and handled exception), Thread.Step (step limits and
// interrupts), Interp.Acquire/Release (the interpreter lock), the Clock, Interp.SourceLine,
// Generator.OuterFrame/PausedFrames (introspection and reports), Interp.SetInterruptHandler
// (what Ctrl-C means) and Key (its per-interpreter state).
//
// It imports lang (bytecode, ast) and its own subpackages only; nothing it imports may
// import it, and it knows nothing of the packages built on it.
package vm
