# asyncscript-only: CPython would open a connection; asyncscript has no streams and says so
# Calling asyncio's stream and subprocess functions fails with a clear NotImplementedError.
import asyncio

async def main():
    for name in ["start_server", "create_subprocess_exec", "create_subprocess_shell"]:
        try:
            await getattr(asyncio, name)(print)
        except NotImplementedError as e:
            print(e)
    reader, writer = await asyncio.open_connection("example.com", 80)

asyncio.run(main())
