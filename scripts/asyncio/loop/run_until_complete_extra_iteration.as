import asyncio

order = []


async def child(name):
    order.append(name + " step 1")
    await asyncio.sleep(0)
    order.append(name + " step 2")
    await asyncio.sleep(0)
    order.append(name + " step 3")


async def main():
    loop = asyncio.get_running_loop()
    asyncio.create_task(child("a"))
    await asyncio.sleep(0)
    loop.call_soon(order.append, "soon 1")
    loop.call_soon(lambda: loop.call_soon(order.append, "soon 2"))
    return "result"


loop = asyncio.new_event_loop()
print(loop.run_until_complete(main()))
print(order)
# What is still pending runs when the loop runs again.
loop.run_until_complete(asyncio.sleep(0))
print(order)
fut = loop.create_future()
loop.call_soon(fut.set_result, 7)
print(loop.run_until_complete(fut))
done = loop.create_future()
done.set_result("already")
print(loop.run_until_complete(done))
loop.close()
