# Checks: task_done() more times than items were put raises ValueError; join() returns at once
# when nothing is unfinished and waits again after a new put.
import asyncio


async def main():
    q = asyncio.Queue()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await q.join()
    print("join on fresh queue returned")
    q.put_nowait("job")
    print(str(q))
    item = q.get_nowait()
    print("got", item, str(q))

    async def joiner(n):
        await q.join()
        print(f"joiner {n} released")

    js = [asyncio.create_task(joiner(n)) for n in range(3)]
    await asyncio.sleep(0)
    print("joiners waiting:", [j.done() for j in js])
    q.task_done()
    print("task_done called")
    await asyncio.gather(*js)
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    print(str(q))


asyncio.run(main())
