// Package concurrent is the runtime of concurrent.futures: the Future any thread can wait
// for, the bounded thread pool behind ThreadPoolExecutor (and asyncio's default executor),
// and the waiting of wait() and as_completed(). The Python-level module,
// stdlib/lib/concurrent.futures.py, builds on the private module _concurrent it registers.
//
// Every change of a Future's state happens on a thread holding the interpreter lock, so
// its callbacks (Python functions among them) run on that thread, as in CPython.
//
// It imports vm only; stdlib/asyncio imports it for run_in_executor and wrap_future.
package concurrent
