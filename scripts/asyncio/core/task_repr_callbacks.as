import asyncio


def on_done(fut):
    pass


def show(obj):
    # CPython names the script by its absolute path: keep only the file's base name.
    print(" ".join(word[word.rfind("/") + 1:] for word in repr(obj).split(" ")))


async def waiter(fut):
    await fut


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut), name="w")
    await asyncio.sleep(0)
    show(t)
    t.add_done_callback(on_done)
    show(t)
    for _ in range(3):
        fut.add_done_callback(on_done)
    show(fut)
    t.cancel()
    show(t)
    print(t.cancelling())
    await asyncio.sleep(0)
    show(t)
    fut2 = loop.create_future()
    fut2.set_result(5)
    show(fut2)


asyncio.run(main())
