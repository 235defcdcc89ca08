# Checks: an uncaught RuntimeError from releasing an unlocked Lock ends the script.
import asyncio


async def main():
    lock = asyncio.Lock()
    print("locked:", lock.locked())
    lock.release()


asyncio.run(main())
