# Exceptions raised in worker threads travel back through their futures: exception()
# returns them, result() re-raises them (with the worker's frames in the traceback), map
# raises at the item that failed.
import concurrent.futures as cf
import traceback


class ValidationError(ValueError):
    pass


def parse_record(line):
    name, _, age = line.partition(",")
    if not name:
        raise ValidationError(f"record {line!r} has no name")
    return name.strip(), int(age)


def ratio(a, b):
    return a / b


records = ["ada, 36", "grace,45", ",12", "linus, x", "guido,67"]

with cf.ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(parse_record, r) for r in records]
    for record, fut in zip(records, futures):
        exc = fut.exception()
        if exc is None:
            print(f"{record!r:12} -> {fut.result()}")
        else:
            print(f"{record!r:12} -> {type(exc).__name__}: {exc}")

    # result() raises the worker's exception itself, with its traceback.
    fut = pool.submit(parse_record, ",3")
    try:
        fut.result()
    except ValidationError as e:
        print("caught:", e, "| same object:", e is fut.exception())
        tb = e.__traceback__
        frames = []
        while tb is not None:
            frames.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("raised in parse_record:", frames[-1] == "parse_record")

    # map yields results in order and raises when it reaches the failing item.
    results = pool.map(ratio, [10, 20, 30, 40], [2, 5, 0, 8])
    got = []
    try:
        for r in results:
            got.append(r)
    except ZeroDivisionError as e:
        print("map stopped after", got, "with", repr(e))

    # An exception that is not an Exception still goes to the future.
    def leave():
        raise SystemExit(3)
    print("SystemExit in a worker:", repr(pool.submit(leave).exception()))

    # The last line of the worker's traceback, as a command-line tool reports it before
    # exiting with status 1.
    print("about to fail")
    try:
        pool.submit(ratio, 1, 0).result()
    except ArithmeticError as e:
        last = traceback.format_exception(e)[-1].rstrip()
        print("traceback ends with:", last)
        raise SystemExit(f"job failed: {last}")
    print("not reached")
