# A coroutine called without await: the RuntimeWarning on stderr.
import asyncio


async def send_email(to):
    await asyncio.sleep(0.1)
    print("sent to", to)


async def main():
    send_email("alice@example.com")  # forgot await
    print("main continues")
    await send_email("bob@example.com")


asyncio.run(main())
print("end")
