# gather, wait_for, shield, wait, as_completed and ensure_future over objects with __await__
# and over anext() awaitables; create_task, TaskGroup.create_task and asyncio.run refuse them.
import asyncio
class W:
    def __init__(self, v, d=0): self.v, self.d = v, d
    awaits = 0

    def __await__(self):
        W.awaits += 1
        yield from asyncio.sleep(self.d).__await__()
        return self.v
async def agen():
    yield "a"
    yield "b"
async def main():
    w = W(1)
    print(await asyncio.gather(w, w, W(2)), W.awaits)  # the same object is awaited once
    print(await asyncio.wait_for(W(3, 0.1), 1))
    print(await asyncio.shield(W(4)))
    done, pending = await asyncio.wait([asyncio.ensure_future(W(5))])
    print([t.result() for t in done], pending)
    for f in asyncio.as_completed([W(6, 0.2), W(7, 0.1)]):
        print(await f)
    g = agen()
    print(await asyncio.gather(anext(g), anext(g)))
    print(await asyncio.wait_for(anext(g, "dflt"), 1))
    print(await asyncio.ensure_future(g.asend(None)) if False else "skip")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(W(8))
    except* TypeError as eg:
        print("TG", [str(e).split(" at ")[0] for e in eg.exceptions])
    try: asyncio.create_task(W(9))
    except TypeError as e: print("CT", str(e).split(" at ")[0])
    try: asyncio.get_running_loop().create_task(W(9))
    except TypeError as e: print("LCT", str(e).split(" at ")[0])
    try: await asyncio.wait([W(1)])
    except AttributeError as e: print("W", e)
    try: await asyncio.gather(5)
    except TypeError as e: print("G", e)
    try: await asyncio.wait_for(5, 1)
    except TypeError as e: print("WF", e)
    t = asyncio.ensure_future(W(10))
    print(type(t).__name__, t.get_coro().__name__, await t)
asyncio.run(main())
try: asyncio.run(W(1))
except ValueError as e: print("RUN", str(e).split(" at ")[0])
