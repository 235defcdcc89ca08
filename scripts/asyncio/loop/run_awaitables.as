import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print("debug", loop.get_debug())
    loop.set_debug(False)
    print("debug", loop.get_debug())
    done = loop.create_future()

    def from_thread():
        loop.call_soon_threadsafe(print, "from thread")
        loop.call_soon_threadsafe(done.set_result, "set from thread")

    await asyncio.to_thread(from_thread)
    print(await done)
    return "main result"


print(asyncio.run(asyncio.sleep(0, "sleep result")))
print(asyncio.run(main(), debug=True))
for bad in (42, None):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError:", str(e).split(" at 0x")[0])
