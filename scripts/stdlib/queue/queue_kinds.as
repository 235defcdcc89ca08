import queue, threading
q = queue.Queue(maxsize=3)
results = []
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * 2)
        q.task_done()
t = threading.Thread(target=consumer)
t.start()
for i in range(10):
    q.put(i)
q.put(None)
q.join()
t.join()
print(results, q.empty(), q.qsize())
try:
    q.get_nowait()
except queue.Empty:
    print("empty")
try:
    q.get(timeout=0.05)
except queue.Empty as e:
    print("timeout", repr(e))
b = queue.Queue(1); b.put(1)
try:
    b.put(2, block=False)
except queue.Full:
    print("full", b.full())
p = queue.PriorityQueue()
for x in [5, 1, 3]: p.put((x, str(x)))
print([p.get() for _ in range(3)])
l = queue.LifoQueue()
for x in "abc": l.put(x)
print(l.get(), l.get(), l.get())
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
s = queue.SimpleQueue(); s.put(1); print(s.get(), s.empty())
