# A manual loop closed with tasks still pending: 'Task was destroyed but it is pending!' at exit.
import asyncio


async def background(n):
    try:
        while True:
            await asyncio.sleep(1)
    finally:
        print("background", n, "finally")


async def poller():
    while True:
        await asyncio.sleep(0.3)


async def main():
    for n in range(2):
        asyncio.ensure_future(background(n))
    asyncio.get_running_loop().create_task(poller(), name="poller")
    await asyncio.sleep(0.1)
    print("main done")


def report(loop, context):
    print("handler:", context["message"], context["task"].get_name(), context["task"].done())


loop = asyncio.new_event_loop()
loop.set_exception_handler(report)
loop.run_until_complete(main())
print("pending:", sorted(t.get_name() for t in asyncio.all_tasks(loop)))
loop.close()
print("closed")
