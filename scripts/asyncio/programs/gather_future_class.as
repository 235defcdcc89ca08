# The future gather returns is an asyncio.tasks._GatheringFuture (a plain Future for no arguments), in type() and repr().
import asyncio
async def m():
    g = asyncio.gather(asyncio.sleep(0))
    print(repr(g)); print(type(g).__module__, type(g).__name__, [c.__name__ for c in type(g).__mro__])
    await g; print(repr(g))
    print(isinstance(g, asyncio.Future), type(asyncio.gather()).__name__)
    g2 = asyncio.gather(asyncio.sleep(1))
    g2.cancel()
    try:
        await g2
    except asyncio.CancelledError:
        print(repr(g2))
asyncio.run(m())
