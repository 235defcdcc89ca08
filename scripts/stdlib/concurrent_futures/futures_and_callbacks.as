# Futures made by hand (as a library completing them from its own thread would), done
# callbacks, as_completed with a timeout, and pools with an initializer.
import concurrent.futures as cf
import threading


def state(f):
    # The repr shows an address; print what follows it.
    return repr(f).split(" state=")[1]


f = cf.Future()
print(state(f), f.done(), f.running(), f.cancelled())
events = []
f.add_done_callback(lambda fut: events.append(("first", fut.result())))
f.add_done_callback(lambda fut: events.append(("second", fut is f)))
print("running:", f.set_running_or_notify_cancel(), state(f))
f.set_result(42)
print(state(f), events)
f.add_done_callback(lambda fut: events.append(("late", fut.result())))
print("a callback added late runs at once:", events[-1])
try:
    f.set_result(43)
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])
try:
    f.set_exception(ValueError("no"))
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])

g = cf.Future()
g.set_exception(KeyError("missing"))
print(state(g), repr(g.exception()))
h = cf.Future()
h.cancel()
print(state(h), h.set_running_or_notify_cancel(), state(h))
try:
    h.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])
try:
    cf.Future().result(timeout=0.01)
except TimeoutError as e:
    print("result(timeout) ->", repr(e), e.__class__ is cf.TimeoutError)

# A future completed by a thread of our own, waited for with result().
made = cf.Future()
threads_seen = []
made.add_done_callback(lambda fut: threads_seen.append(threading.current_thread().name))
t = threading.Thread(target=lambda: made.set_result("from a thread"), name="producer")
t.start()
print(made.result(timeout=5))
t.join()
print("callback ran on:", threads_seen)

# as_completed: the finished futures come out, then TimeoutError names the rest.
gate = threading.Event()
with cf.ThreadPoolExecutor(max_workers=3) as pool:
    fs = [pool.submit(lambda n=n: n * 10) for n in range(3)]
    fs.append(pool.submit(gate.wait))
    got = []
    try:
        for fut in cf.as_completed(fs, timeout=0.1):
            got.append(fut.result())
    except TimeoutError as e:
        print("as_completed:", sorted(got), "then TimeoutError:", e)
    gate.set()
    print("the slow one:", fs[-1].result())
    print("over finished futures:", sorted(x.result() for x in cf.as_completed(fs[:3])))
    print("empty:", list(cf.as_completed([])))

# initializer runs once in each worker thread before its first call.
local = threading.local()


def setup(prefix):
    local.prefix = prefix


def tag(word):
    return f"{local.prefix}{word}"


with cf.ThreadPoolExecutor(max_workers=1, initializer=setup, initargs=("> ",)) as pool:
    print(list(pool.map(tag, ["alpha", "beta"])))
    print("worker name:", pool.submit(lambda: threading.current_thread().name).result())

with cf.ThreadPoolExecutor() as pool:
    print("default name prefix:", pool.submit(lambda: threading.current_thread().name).result())

for bad in (0, -1):
    try:
        cf.ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    cf.ThreadPoolExecutor(initializer="setup")
except TypeError as e:
    print("TypeError:", e)
print(issubclass(cf.ThreadPoolExecutor, cf.Executor), cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(cf.Future.__module__, cf.ThreadPoolExecutor.__module__, issubclass(cf.BrokenExecutor, RuntimeError))
