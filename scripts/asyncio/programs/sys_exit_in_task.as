# sys.exit(4) inside the main coroutine ends the program with status 4.
import asyncio, sys
async def main():
    await asyncio.sleep(0)
    sys.exit(4)
asyncio.run(main())
