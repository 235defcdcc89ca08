# time.sleep rejects lengths CPython's clock cannot hold, with CPython's messages.
import time

for length in [1e300, -1e300, 1e10, 10 ** 30, 10 ** 10, float('nan'), -1, -0.5, 'soon']:
    try:
        time.sleep(length)
    except (OverflowError, ValueError, TypeError) as e:
        print(repr(length), type(e).__name__, e)

time.sleep(0)
time.sleep(0.001)
print('short sleeps return')
