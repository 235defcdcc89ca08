# The errors a program gets for misusing the API, as CPython words them.
import concurrent.futures as cf


def attempt(label, call, /, *args, **kwargs):
    try:
        result = call(*args, **kwargs)
    except BaseException as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: returned {result!r}")


f = cf.Future()
attempt("result(timeout='soon')", f.result, timeout="soon")
attempt("result(timeout=-1)", f.result, timeout=-1)
attempt("exception(timeout=0)", f.exception, timeout=0)
attempt("wait on ints", cf.wait, [1, 2])
attempt("as_completed on strs", lambda: list(cf.as_completed(["a"])))
attempt("add_done_callback()", f.add_done_callback)
attempt("set_result()", f.set_result)
attempt("max_workers='3'", cf.ThreadPoolExecutor, "3")
with cf.ThreadPoolExecutor(2) as pool:
    attempt("submit()", pool.submit)
    attempt("shutdown(True, True)", pool.shutdown, True, True)
    attempt("submit(fn=...)", pool.submit, fn=print)
    attempt("map over unequal lists", lambda: list(pool.map(pow, [2, 3, 4], [5, 6])))
    attempt("map with a timeout", lambda: list(pool.map(abs, [-1, -2], timeout=5)))
attempt("Executor().submit", cf.Executor().submit, print)
attempt("ProcessPoolExecutor is importable", lambda: cf.ProcessPoolExecutor.__name__)
