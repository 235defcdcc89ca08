# Seed 002 ("Futures in asyncio", key characteristics): an asyncio Future is pending, then
# finished (with a result or an exception) or cancelled; the seed's list of states names
# PENDING, RUNNING, DONE and CANCELLED, but asyncio futures have no RUNNING state (see
# docs/seeds.md). The reprs show the state; done() is True for finished and cancelled.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(3)]
    for f in futs:
        print(repr(f), f.done(), f.cancelled())
    futs[0].set_result(1)
    futs[1].set_exception(ValueError("nope"))
    futs[2].cancel()
    for f in futs:
        print(repr(f), f.done(), f.cancelled())
    print(futs[0].result(), repr(futs[1].exception()))
    try:
        futs[1].result()
    except ValueError as e:
        print("result() re-raised", repr(e))

asyncio.run(main())
