import threading, time
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
lock = threading.Lock()
print(lock.acquire(), lock.acquire(False), lock.locked())
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
counter = 0
def work(n):
    global counter
    for _ in range(100):
        with lock:
            counter += 1
    time.sleep(0.01 * n)
ts = [threading.Thread(target=work, args=(i,), name=f"w{i}") for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter, [t.name for t in ts], [t.is_alive() for t in ts])
ev = threading.Event()
res = []
def waiter():
    ev.wait()
    res.append(threading.current_thread().name)
t = threading.Thread(target=waiter); t.start()
time.sleep(0.01); ev.set(); t.join()
print(res)
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
s = threading.BoundedSemaphore(2)
s.acquire(); s.release()
try:
    s.release()
except ValueError as e:
    print("ValueError:", e)
