# Checks: `import m`, `import m as n`, `from m import a, b`, `from m import a as b`; imported
# names are the same objects; importing twice is harmless.
import time
import time as t
import datetime
import datetime as dt
from time import monotonic, sleep
from time import perf_counter as pc
from contextlib import suppress
import contextlib
print(t is time, dt is datetime, monotonic is time.monotonic, pc is time.perf_counter)
print(sleep is t.sleep, suppress is contextlib.suppress)
import time
print(t is time)
def uses_import():
    import time as local_time
    return local_time is time
print(uses_import())
