# wait() with each return_when: a batch of health checks where one fails at once and the
# others block on an Event, so which futures are done when wait returns is certain.
from concurrent.futures import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION,
                                ThreadPoolExecutor, wait)
import threading

release = threading.Event()


def check(service):
    if service == "db":
        raise ConnectionError(f"{service}: connection refused")
    if service == "cache":
        return f"{service}: ok (fast)"
    release.wait()
    return f"{service}: ok"


def names(futures, labels):
    return sorted(labels[f] for f in futures)


with ThreadPoolExecutor(max_workers=4) as pool:
    labels = {}
    for service in ["db", "api", "queue"]:
        labels[pool.submit(check, service)] = service

    done, not_done = wait(labels, return_when=FIRST_EXCEPTION)
    print("FIRST_EXCEPTION done:", names(done, labels), "not done:", names(not_done, labels))
    for f in done:
        print("  failure:", f.exception())

    result = wait(labels, timeout=0.05)
    print("timed out waiting for all:", type(result).__name__, len(result.done), len(result.not_done))

    release.set()
    done, not_done = wait(labels, return_when=ALL_COMPLETED)
    print("ALL_COMPLETED done:", names(done, labels), "not done:", len(not_done))
    print("  results:", sorted(f.result() for f in done if f.exception() is None))

    release.clear()
    fresh = {pool.submit(check, "cache"): "cache", pool.submit(check, "search"): "search"}
    done, not_done = wait(fresh, return_when=FIRST_COMPLETED)
    print("FIRST_COMPLETED done:", names(done, fresh), "not done:", names(not_done, fresh))

    # FIRST_EXCEPTION with no failure waits for all of them.
    release.set()
    done, not_done = wait(fresh, return_when=FIRST_EXCEPTION)
    print("FIRST_EXCEPTION without a failure:", len(done), len(not_done))

    # Already-finished futures, and duplicates, are counted once.
    f = pool.submit(check, "cache")
    f.result()
    done, not_done = wait([f, f, f])
    print("duplicates:", len(done), len(not_done))
    print("empty:", wait([]))
    release.clear()
    try:
        wait(list(labels) + [pool.submit(check, "api")], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    release.set()
