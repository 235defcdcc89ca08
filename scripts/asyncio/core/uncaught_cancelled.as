# If the main task itself is cancelled and does not catch it, asyncio.run() raises
# CancelledError: uncaught, exit status 1, and the last stderr line is the bare class name.
import asyncio

async def main():
    me = asyncio.current_task()
    asyncio.get_running_loop().call_later(0.1, me.cancel)
    try:
        print("main: sleeping")
        await asyncio.sleep(10)
    finally:
        print("main: finally after cancellation")

asyncio.run(main())
print("never printed")
