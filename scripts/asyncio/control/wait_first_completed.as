# asyncio.wait(return_when=FIRST_COMPLETED) returns as soon as one task finishes; the
# others keep running and can be waited for again.
import asyncio


async def job(n, gate):
    await gate
    print("job", n, "finished")
    return n


async def main():
    loop = asyncio.get_running_loop()
    gates = {n: loop.create_future() for n in (1, 2, 3)}
    tasks = [asyncio.create_task(job(n, gates[n])) for n in (1, 2, 3)]
    pending = set(tasks)
    order = []
    for n in (3, 1, 2):
        gates[n].set_result(None)
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        order.append(sorted(t.result() for t in done))
        print("round:", sorted(t.result() for t in done), "still pending:", len(pending))
    print(order)
    t = asyncio.create_task(job(4, asyncio.sleep(0.01)))
    done, pending = await asyncio.wait([t], return_when=asyncio.FIRST_COMPLETED)
    print(done == {t}, pending)


asyncio.run(main())
