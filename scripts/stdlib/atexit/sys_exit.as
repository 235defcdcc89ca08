# sys.exit runs the exit functions too, and keeps its status; a function may register
# another while they run.
import atexit
import sys


def late():
    print("late, registered during exit")


def first():
    print("first registered, runs last")


def registers_more():
    print("registering more")
    atexit.register(late)


atexit.register(first)
atexit.register(registers_more)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
try:
    atexit.register()
except TypeError as e:
    print("TypeError:", e)
print("exiting with 3")
sys.exit(3)
