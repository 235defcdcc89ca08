# Checks: exceptions interacting with loops and functions — continue/break inside except,
# exceptions crossing several frames, try inside while with retries.
class TransientError(Exception):
    pass
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise TransientError(f"attempt {attempts} failed")
    return "success after " + str(attempts)
while True:
    try:
        print(flaky())
        break
    except TransientError as e:
        print("retrying:", e)
        continue
results = []
for v in ["1", "x", "3", "", "5"]:
    try:
        results.append(int(v))
    except ValueError:
        results.append(None)
        continue
    finally:
        print("processed", repr(v))
print(results)
def level(n):
    if n == 0:
        raise LookupError("bottom reached")
    return level(n - 1)
try:
    level(5)
except LookupError as e:
    print("from 5 frames down:", e)
total = 0
for i in range(5):
    try:
        if i == 3:
            break
        total += 10 // (i - 1)
    except ZeroDivisionError:
        print("skip", i)
print(total)
