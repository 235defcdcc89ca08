# Cleanup handlers registered while an asyncio service starts run after the main module, last
# registered first, with their arguments; unregister removes every registration of a function.
import asyncio
import atexit

log = []


def close_resource(name, *, reason="exit"):
    print(f"closing {name} ({reason})")


def flush_log():
    print("flushing", log)


def never():
    print("never runs")


async def start(name):
    await asyncio.sleep(0.01)
    atexit.register(close_resource, name, reason="shutdown")
    log.append(name)
    return name


async def main():
    atexit.register(flush_log)
    atexit.register(never)
    names = await asyncio.gather(start("db"), start("cache"), start("queue"))
    print("started", names)
    atexit.register(never)
    atexit.unregister(never)
    print("decorated:", atexit.register(print) is print)


@atexit.register
def goodbye():
    print("goodbye (registered first, runs last)")


asyncio.run(main())
print("main module done")
