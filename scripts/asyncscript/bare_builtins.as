# asyncscript-only: top-level await and the bare async built-ins (no import needed)
async def worker(name, delay):
    await sleep(delay)
    print("done", name)
    return name.upper()

t = create_task(worker("a", 0.2))
print(await gather(worker("b", 0.1), t))

async def forever():
    try:
        await sleep(3600)
    except BaseException as e:
        print("cancelled with", repr(e))
        raise

f = create_task(forever())
await sleep(0)
print(cancel(f, "stop"))
try:
    await f
except BaseException as e:
    print(type(e).__name__, e)
print(cancel(f), f.cancelled())

try:
    await wait_for(sleep(10), 0.5)
except TimeoutError:
    print("wait_for timed out")
print(await wait_for(sleep(0.1, result="in time"), 1))
