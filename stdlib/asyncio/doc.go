// Package asyncio is asyncscript's asyncio: the runtime and the module scripts import.
//
// The runtime is here, not in package vm: the event loop (a FIFO ready queue, a timer heap
// ordered as Python's heapq orders it, the interpreter's clock, an inbox through which worker
// goroutines hand results back), handles, Future and Task, the deadlock report, task
// introspection (get_stack, print_stack) and asyncio's exceptions (CancelledError,
// InvalidStateError, DeadlockError). On top of it sits the module: run, create_task, sleep,
// gather, ..., and the parts written in asyncscript itself (prelude/*.py: locks, queues,
// TaskGroup, wait_for, timeout), run the first time one of their names is needed but listed
// by dir() and __all__ like the rest. The same function objects are also installed as bare
// built-ins (create_task, sleep, gather, wait_for, cancel), so a first script needs no import.
//
// A task's step resumes its coroutine with vm's Generator.Resume, which runs the chain of
// awaiting frames until it finishes or pauses on what an Awaitable asked to wait for (a
// Future, or a yield for one loop turn); all tasks share the loop's vm.Thread, each keeping
// its vm.ThreadState while paused. asyncio's state in an interpreter (the set and running
// loops, the task counter, the main task Ctrl-C cancels) lives under a vm.Key; no state is
// kept in package variables.
//
// It imports vm and lang (to compile the prelude) only; stdlib and cmd import it.
package asyncio
