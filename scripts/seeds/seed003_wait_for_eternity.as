# Seed 003 ("Timeouts"): wait_for(eternity(), timeout=1.0) cancels the one-hour sleep and raises
# TimeoutError (the builtin one in 3.11). sleep(3600) is kept: it is cancelled after 1 s.
import asyncio

async def eternity():
    # Sleep for one hour
    await asyncio.sleep(3600)
    print('yay!')

async def main():
    # Wait for at most 1 second
    try:
        await asyncio.wait_for(eternity(), timeout=1.0)
    except TimeoutError:
        print('timeout!')

asyncio.run(main())
