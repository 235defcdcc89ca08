# A task that fails while nobody awaits it or asks for its exception makes CPython log "Task
# exception was never retrieved" on stderr when the task is destroyed; stdout is unaffected and
# the program exits normally. A task whose exception() was read logs nothing.
import asyncio

async def doomed(n):
    await asyncio.sleep(0)
    raise RuntimeError(f"lost error {n}")

async def main():
    print("main: start")
    asyncio.create_task(doomed(1))
    checked = asyncio.create_task(doomed(2))
    await asyncio.sleep(0.1)
    print("checked exception:", repr(checked.exception()))
    print("main: end")

asyncio.run(main())
print("after run: exit status stays 0")
