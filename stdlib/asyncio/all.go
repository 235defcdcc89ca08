package asyncio

import "github.com/asyncscript/asyncscript/vm"

// cpythonAll is CPython 3.11's asyncio.__all__, in its order: the names
// `from asyncio import *` brings in. The module's __all__ holds those of them it has.
var cpythonAll = []string{
	"BaseEventLoop", "Server", "iscoroutinefunction", "iscoroutine", "AbstractEventLoopPolicy",
	"AbstractEventLoop", "AbstractServer", "Handle", "TimerHandle", "get_event_loop_policy",
	"set_event_loop_policy", "get_event_loop", "set_event_loop", "new_event_loop",
	"get_child_watcher", "set_child_watcher", "_set_running_loop", "get_running_loop",
	"_get_running_loop", "BrokenBarrierError", "CancelledError", "InvalidStateError",
	"TimeoutError", "IncompleteReadError", "LimitOverrunError", "SendfileNotAvailableError",
	"Future", "wrap_future", "isfuture", "Lock", "Event", "Condition", "Semaphore",
	"BoundedSemaphore", "Barrier", "BaseProtocol", "Protocol", "DatagramProtocol",
	"SubprocessProtocol", "BufferedProtocol", "Runner", "run", "Queue", "PriorityQueue",
	"LifoQueue", "QueueFull", "QueueEmpty", "StreamReader", "StreamWriter",
	"StreamReaderProtocol", "open_connection", "start_server", "open_unix_connection",
	"start_unix_server", "create_subprocess_exec", "create_subprocess_shell", "Task",
	"create_task", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "wait", "wait_for",
	"as_completed", "sleep", "gather", "shield", "ensure_future", "run_coroutine_threadsafe",
	"current_task", "all_tasks", "_register_task", "_unregister_task", "_enter_task",
	"_leave_task", "to_thread", "Timeout", "timeout", "timeout_at", "BaseTransport",
	"ReadTransport", "WriteTransport", "Transport", "DatagramTransport", "SubprocessTransport",
	"SelectorEventLoop", "AbstractChildWatcher", "SafeChildWatcher", "FastChildWatcher",
	"PidfdChildWatcher", "MultiLoopChildWatcher", "ThreadedChildWatcher",
	"DefaultEventLoopPolicy",
}

// setAll sets the module's __all__ (a tuple, as in CPython) to the names of CPython's it
// defines, lazily or not.
func setAll(m *vm.Module) {
	has := map[string]bool{}
	for _, n := range m.Names() {
		has[n] = true
	}
	all := vm.Tuple{}
	for _, n := range cpythonAll {
		if has[n] {
			all = append(all, vm.Str(n))
		}
	}
	m.Set("__all__", all)
}
