# A single-worker job queue: while the worker is busy, queued jobs can be cancelled; a running
# or finished job cannot. shutdown(cancel_futures=True) drops what has not started, and a
# shut-down pool refuses new work.
import concurrent.futures as cf
import threading

started = threading.Event()
gate = threading.Event()
ran = []


def job(name):
    if name == "first":
        started.set()
        gate.wait()
    ran.append(name)
    return name.upper()


pool = cf.ThreadPoolExecutor(max_workers=1)
first = pool.submit(job, "first")
started.wait()
queued = [pool.submit(job, f"job{i}") for i in range(4)]
print("first running:", first.running(), "done:", first.done())
print("cancel running job:", first.cancel())
print("cancel queued job1:", queued[1].cancel(), "again:", queued[1].cancel())
print("job1 cancelled:", queued[1].cancelled(), "done:", queued[1].done(), "running:", queued[1].running())
try:
    queued[1].result()
except cf.CancelledError as e:
    print("result() of a cancelled job:", type(e).__name__, repr(e))
try:
    queued[1].exception()
except cf.CancelledError:
    print("exception() raises CancelledError too")
print("CancelledError is an Exception:", issubclass(cf.CancelledError, Exception))

gate.set()
print("first result:", first.result())
print("job3 result:", queued[3].result())
print("cancel finished job:", queued[3].cancel())
print("ran:", ran)

# shutdown(cancel_futures=True): the running job finishes, the queued ones are cancelled.
gate.clear()
started.clear()
ran.clear()
pool2 = cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="jobs")
first = pool2.submit(job, "first")
started.wait()
rest = [pool2.submit(job, f"late{i}") for i in range(3)]
pool2.shutdown(wait=False, cancel_futures=True)
gate.set()
pool2.shutdown(wait=True)
print("after shutdown: first", first.result(), "| cancelled:", sum(f.cancelled() for f in rest), "of", len(rest))
print("ran:", ran)
try:
    pool2.submit(job, "too late")
except RuntimeError as e:
    print("RuntimeError:", e)

pool.shutdown()
pool.shutdown()
print("shutdown twice is fine")
with cf.ThreadPoolExecutor(2) as p:
    pass
try:
    p.submit(job, "x")
except RuntimeError as e:
    print("after with:", e)
