# Seed 001 (Using Asyncio in Python, Example 3-16, reconstructed from the callouts in the seed):
# a bare Future is completed by a coroutine scheduled with loop.create_task(), and
# run_until_complete() on the Future returns its result.
# The REPL echoed the values of the create_task() and run_until_complete() expressions; they are
# printed here (the Task repr with the absolute script path replaced by <console>).
import asyncio


def echo(value):
    r = repr(value)
    head, sep, tail = r.partition(" running at ")
    if sep:
        r = head + sep + "<console>" + tail[tail.rindex(":"):]
    print(r)


async def main(f: asyncio.Future):
    await asyncio.sleep(1)
    f.set_result('I have finished.')

loop = asyncio.get_event_loop()
fut = asyncio.Future()
print(fut.done())
echo(loop.create_task(main(fut)))
echo(loop.run_until_complete(fut))
print(fut.done())
print(fut.result())
