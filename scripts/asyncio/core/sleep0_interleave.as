# sleep(0) yields for exactly one loop iteration: two tasks that each print a step and then
# sleep(0) alternate strictly, even when one of them has more steps.
import asyncio

trace = []

async def stepper(name, steps):
    for i in range(steps):
        print(f"{name}{i}")
        trace.append(f"{name}{i}")
        await asyncio.sleep(0)
    print(f"{name} done")

async def main():
    a = asyncio.create_task(stepper("a", 4))
    b = asyncio.create_task(stepper("b", 2))
    await a
    await b
    print(" ".join(trace))

asyncio.run(main())
