# A job scheduler: urgent jobs jump the line in a PriorityQueue, undo history is a LifoQueue.
import queue
import threading

jobs = queue.PriorityQueue()
for prio, name in [(3, "send newsletter"), (1, "page on-call"), (2, "rotate logs"), (1, "restart db")]:
    jobs.put((prio, name))
print("pending:", jobs.qsize())
history = queue.LifoQueue()
order = []


def run_all():
    while True:
        try:
            prio, name = jobs.get_nowait()
        except queue.Empty:
            return
        order.append(f"p{prio} {name}")
        history.put(name)
        jobs.task_done()


t = threading.Thread(target=run_all, name="scheduler")
t.start()
t.join()
jobs.join()
print("\n".join(order))
print("undo order:", [history.get() for _ in range(history.qsize())])
small = queue.Queue(maxsize=1)
small.put("x")
try:
    small.put("y", timeout=0.01)
except queue.Full:
    print("Full after timeout, size", small.qsize())
try:
    small.get(timeout=-1)
except ValueError as e:
    print(type(e).__name__, e)
