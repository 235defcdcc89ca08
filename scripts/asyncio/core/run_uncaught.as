# An exception escaping the main coroutine propagates out of asyncio.run() as an ordinary
# uncaught exception: stdout printed before it is kept, the finally in main runs, exit status 1.
import asyncio

class ConfigError(Exception):
    pass

async def load():
    await asyncio.sleep(0)
    raise ConfigError("missing key 'port'")

async def main():
    try:
        print("main: loading")
        await load()
        print("main: unreachable")
    finally:
        print("main: finally")

asyncio.run(main())
print("never printed")
