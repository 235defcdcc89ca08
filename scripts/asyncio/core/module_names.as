# The asyncio module lists every name it has, including those built on first use.
import asyncio

names = ["ALL_COMPLETED", "Barrier", "BoundedSemaphore", "BrokenBarrierError", "CancelledError",
         "Condition", "Event", "FIRST_COMPLETED", "FIRST_EXCEPTION", "Future", "Handle",
         "InvalidStateError", "LifoQueue", "Lock", "PriorityQueue", "Queue", "QueueEmpty",
         "QueueFull", "Semaphore", "Task", "TaskGroup", "Timeout", "TimeoutError", "TimerHandle",
         "all_tasks", "as_completed", "create_task", "current_task", "ensure_future", "gather",
         "get_event_loop", "get_running_loop", "iscoroutine", "iscoroutinefunction", "isfuture",
         "new_event_loop", "run", "set_event_loop", "shield", "sleep", "timeout", "timeout_at",
         "to_thread", "wait", "wait_for"]

# dir() before any of the lazily built names is used.
listed = dir(asyncio)
print([n for n in names if n not in listed])
print(listed == sorted(listed))
print(sorted(n for n in asyncio.__all__ if n in names))
print("TaskGroup" in asyncio.__all__)
print(all(n in listed for n in asyncio.__all__))
print(all(hasattr(asyncio, n) for n in asyncio.__all__))
print(type(asyncio.__all__).__name__)
