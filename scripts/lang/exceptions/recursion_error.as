# Checks: unbounded recursion raises RecursionError (a RuntimeError); it can be caught and the
# program continues; only the message prefix is printed (the depth limit is implementation
# specific).
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    msg = str(e)
    print(type(e).__name__, isinstance(e, RuntimeError))
    print(msg.startswith("maximum recursion depth exceeded"))
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RuntimeError as e:
    print("caught via base class:", type(e).__name__)
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(100) > 0)
print("still running")
