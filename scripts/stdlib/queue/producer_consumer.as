# A producer/consumer pipeline: producer threads fill a bounded queue, worker threads drain
# it, and join() waits until every item is processed.
import queue
import threading
import time

jobs = queue.Queue(maxsize=4)
done = queue.Queue()
totals = {}
totals_lock = threading.Lock()


def producer(name, count):
    for i in range(count):
        jobs.put((name, i))


def worker():
    while True:
        item = jobs.get()
        if item is None:
            jobs.task_done()
            return
        name, i = item
        time.sleep(0.001)
        with totals_lock:
            totals[name] = totals.get(name, 0) + i
        done.put(item)
        jobs.task_done()


workers = [threading.Thread(target=worker, name=f"worker-{n}") for n in range(3)]
for w in workers:
    w.start()
producers = [threading.Thread(target=producer, args=(name, 6)) for name in ("alpha", "beta")]
for p in producers:
    p.start()
for p in producers:
    p.join()
jobs.join()
for _ in workers:
    jobs.put(None)
for w in workers:
    w.join()
print("processed", done.qsize(), "items")
print(sorted(totals.items()))
print(sorted(done.get() for _ in range(done.qsize()))[:4])
print("queue empty:", jobs.empty(), "workers alive:", any(w.is_alive() for w in workers))
try:
    done.get(timeout=0.01)
except queue.Empty:
    print("nothing left")
