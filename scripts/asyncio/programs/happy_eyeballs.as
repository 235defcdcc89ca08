# Staggered connection attempts (happy eyeballs): the first success wins, the rest are abandoned.
import asyncio

ADDRESSES = [("10.0.0.1", 0.30, True), ("10.0.0.2", 0.12, False), ("10.0.0.3", 0.25, True), ("10.0.0.4", 0.50, True)]


async def connect(addr, delay, ok):
    try:
        await asyncio.sleep(delay)
        if not ok:
            raise ConnectionRefusedError(f"{addr} refused")
        print("connected to", addr)
        return addr
    except asyncio.CancelledError:
        print("abandoned", addr)
        raise


async def staggered(addresses, stagger=0.05):
    tasks = []
    errors = []
    winner = None
    for addr, delay, ok in addresses:
        tasks.append(asyncio.create_task(connect(addr, delay, ok), name=addr))
        done, _ = await asyncio.wait(tasks, timeout=stagger, return_when=asyncio.FIRST_COMPLETED)
        if any(t.done() and not t.exception() for t in done):
            break
    while winner is None:
        pending = [t for t in tasks if not t.done()]
        for t in tasks:
            if t.done() and t.exception() is None:
                winner = t.result()
                break
        else:
            if not pending:
                break
            await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    for t in tasks:
        if not t.done():
            t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    for t in tasks:
        if not t.cancelled() and t.exception():
            errors.append(str(t.exception()))
    return winner, errors


async def main():
    winner, errors = await staggered(ADDRESSES)
    print("winner:", winner)
    print("errors:", errors)


asyncio.run(main())
