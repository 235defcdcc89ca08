# The traceback of an exception raised five awaits deep has one entry per coroutine frame it
# crossed, plus the frame that caught it: walking tb_next from main() gives main, level 1..5,
# with the line numbers of each await.
import asyncio

async def level(n):
    if n == 5:
        await asyncio.sleep(0)
        raise KeyError(f"level {n}")
    await level(n + 1)

async def main():
    try:
        await level(1)
    except KeyError as e:
        print(type(e).__name__, e)
        tb = e.__traceback__
        while tb is not None:
            print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
            tb = tb.tb_next

asyncio.run(main())
