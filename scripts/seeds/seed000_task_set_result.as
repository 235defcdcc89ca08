# Seed 000 (Using Asyncio in Python, Example 3-17 "Calling set_result() on a Task"), REPL
# transcript turned into a script: set_result() on a Task raises RuntimeError, cancel() still
# works, and run_until_complete() on the cancelled task raises CancelledError (suppressed).
# The REPL echoed the Task repr of loop.create_task(); CPython puts the absolute script path in
# it, so echo() replaces the path with <console> (the line number stays).
import asyncio
from contextlib import suppress


def echo(value):
    r = repr(value)
    head, sep, tail = r.partition(" running at ")
    if sep:
        r = head + sep + "<console>" + tail[tail.rindex(":"):]
    print(r)


async def main(f: asyncio.Future):
    await asyncio.sleep(1)
    try:
        f.set_result('I have finished.')
    except RuntimeError as e:
        print(f'No longer allowed: {e}')
        f.cancel()

loop = asyncio.get_event_loop()
fut = asyncio.Task(asyncio.sleep(1_000_000))
print(fut.done())
echo(loop.create_task(main(fut)))
with suppress(asyncio.CancelledError):
    loop.run_until_complete(fut)
print(fut.done())
print(fut.cancelled())
