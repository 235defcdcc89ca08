# A never-awaited coroutine still held when the program ends (here by the frame of the
# uncaught TypeError's traceback) is reported last, after the traceback and atexit, as sys:1.
import asyncio, atexit
async def job():
    pass
atexit.register(print, "atexit")
kept = job()
job()
async def main():
    await asyncio.wait([job()])
asyncio.run(main())
