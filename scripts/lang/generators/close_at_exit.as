# Generators still paused in __main__'s globals are closed at exit, after the atexit functions,
# in the order the globals were set; one that ignores GeneratorExit is reported on stderr.
import atexit
def rec(tag):
    try:
        yield 1
        yield 2
    finally:
        print("close", tag)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
atexit.register(print, "atexit runs first")
b = rec("b"); next(b)
s = stubborn(); next(s)
done = rec("done"); list(done)
fresh = rec("fresh")
print("end")
raise SystemExit(3)
