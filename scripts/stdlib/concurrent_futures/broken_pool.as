# A pool whose initializer fails is broken: the calls waiting for it fail with
# BrokenThreadPool, later submits raise it, and the initializer's error is logged on stderr
# (as is an exception raised by a done callback).
import concurrent.futures as cf
import threading

connected = threading.Event()


def connect(dsn):
    if not dsn.startswith("db://"):
        raise ValueError(f"bad DSN {dsn!r}")
    connected.set()


pool = cf.ThreadPoolExecutor(max_workers=1, initializer=connect, initargs=("mysql:/x",))
fut = pool.submit(print, "never printed")
try:
    fut.result()
except cf.BrokenExecutor as e:
    print(type(e).__name__, "|", e)
print("is a BrokenExecutor and a RuntimeError:", isinstance(fut.exception(), cf.BrokenExecutor),
      isinstance(fut.exception(), RuntimeError))
try:
    pool.submit(print, "nor this")
except cf.BrokenExecutor as e:
    print("submit:", type(e).__name__, "|", e)
pool.shutdown()

with cf.ThreadPoolExecutor(max_workers=1, initializer=connect, initargs=("db://prod",)) as ok:
    print(ok.submit(lambda: "connected" if connected.is_set() else "not connected").result())

# A done callback that raises is logged; the other callbacks still run.
f = cf.Future()
f.add_done_callback(lambda fut: print("callback 1"))
f.add_done_callback(lambda fut: 1 / 0)
f.add_done_callback(lambda fut: print("callback 3 sees", fut.result()))
f.set_result("ok")
print("done")
