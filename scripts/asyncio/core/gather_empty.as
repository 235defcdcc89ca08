# gather() with no awaitables returns an already-finished future whose result is []; awaiting
# it does not even yield to other tasks.
import asyncio

async def other():
    print("other task ran")

async def main():
    g = asyncio.gather()
    print("done immediately:", g.done())
    t = asyncio.create_task(other())
    print("result:", await g)
    print("other ran before this line?", t.done())
    await t
    print(await asyncio.gather(*[]), await asyncio.gather(return_exceptions=True))

asyncio.run(main())
