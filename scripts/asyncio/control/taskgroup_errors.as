# asyncio.TaskGroup misuse: create_task before entering, after the group finished, while it
# is shutting down, and entering it twice.
import asyncio


async def nothing():
    return None


async def main():
    tg = asyncio.TaskGroup()
    c = nothing()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    async with tg:
        tg.create_task(nothing())
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    c = nothing()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()

    async def fail():
        raise ValueError("x")

    late = []
    try:
        async with asyncio.TaskGroup() as tg2:
            tg2.create_task(fail())
            try:
                await asyncio.sleep(10)
            finally:
                c = nothing()
                try:
                    tg2.create_task(c)
                except RuntimeError as e:
                    late.append(str(e))
                c.close()
    except* ValueError:
        print("ValueError group")
    print("RuntimeError:", late[0])


asyncio.run(main())
