# Loop misuse errors: get_running_loop() with no loop running; asyncio.run() or
# run_until_complete() from inside a running loop; create_task() outside a loop.
import asyncio

async def noop():
    return 1

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("get_running_loop:", e)

coro = noop()
try:
    asyncio.create_task(coro)
except RuntimeError as e:
    print("create_task:", e)
coro.close()

async def main():
    inner = noop()
    try:
        asyncio.run(inner)
    except RuntimeError as e:
        print("run inside loop:", e)
    inner.close()
    inner = noop()
    try:
        asyncio.get_running_loop().run_until_complete(inner)
    except RuntimeError as e:
        print("run_until_complete inside loop:", e)
    inner.close()
    print(asyncio.get_running_loop().is_running())

asyncio.run(main())
try:
    asyncio.run(42)
except ValueError as e:
    print("run(42):", e)
