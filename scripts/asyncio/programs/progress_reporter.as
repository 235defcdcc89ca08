# A progress reporter task writing \r-lines with sys.stdout.write/flush while downloads run; print end/sep/flush.
import asyncio, sys
async def download(name, size, progress):
    got = 0
    while got < size:
        await asyncio.sleep(0)
        got = min(size, got + 30)
        progress[name] = got * 100 // size
    return name
async def reporter(progress, done):
    while not done.is_set():
        line = " ".join(f"{k}:{v:3d}%" for k, v in sorted(progress.items()))
        sys.stdout.write("\r" + line)
        sys.stdout.flush()
        try:
            await asyncio.wait_for(done.wait(), timeout=0)
        except asyncio.TimeoutError:
            pass
        await asyncio.sleep(0)
    print()
async def main():
    progress = {}
    done = asyncio.Event()
    rep = asyncio.create_task(reporter(progress, done))
    res = await asyncio.gather(download("a", 100, progress), download("b", 60, progress))
    done.set()
    await rep
    print(res, progress)
    print("x", end="")
    print("y", end="\n", flush=True)
    print(*range(3), sep=", ", end="!\n")
    sys.stdout.write("no newline")
asyncio.run(main())
