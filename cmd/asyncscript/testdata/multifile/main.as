import asyncio
import helpers
from helpers import shout, slow_double
import consumer_mod

print(__name__, helpers.__name__, shout("hey"), consumer_mod.late())
print(asyncio.run(slow_double(21)))
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
import helpers as h2
print(h2 is helpers)
