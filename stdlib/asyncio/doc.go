// Package asyncio is the asyncio module of asyncscript: the event loop's functions (run,
// create_task, sleep, gather, ...), exposed under Python's names, on top of the loop,
// futures and tasks of package vm. The same function objects are also installed as bare
// built-ins (create_task, sleep, gather, wait_for, cancel), so a first script needs no import.
package asyncio
