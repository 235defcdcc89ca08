# Seed 003 ("Sleeping"): a coroutine ticks every second for 5 seconds, using loop.time() to know
# when to stop: five ticks, four sleeps. The seed printed datetime.datetime.now(); here the time
# since the start is printed as a datetime.timedelta rounded to whole seconds.
import asyncio
import datetime

async def display_date():
    loop = asyncio.get_running_loop()
    start = loop.time()
    end_time = loop.time() + 5.0
    while True:
        print(datetime.timedelta(seconds=round(loop.time() - start)))
        if (loop.time() + 1.0) >= end_time:
            break
        await asyncio.sleep(1)

asyncio.run(display_date())
