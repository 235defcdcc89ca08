import asyncio
print("helpers loading as", __name__)
import consumer_mod

GREETING = "hi"

async def slow_double(x):
    await asyncio.sleep(0.01)
    return 2 * x

def shout(s):
    return s.upper() + "!"
