# contextvars with tasks: each task copies the context; changes inside do not leak; Context.run.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")

async def handler(n):
    request_id.set(f"req-{n}")
    await asyncio.sleep(0.01 * n)
    return f"{n}:{request_id.get()}"

async def main():
    request_id.set("main")
    print(await asyncio.gather(*(handler(i) for i in range(1, 4))))
    print("main still", request_id.get())
    ctx = contextvars.copy_context()
    t = asyncio.create_task(handler(9), context=ctx)
    print(await t, ctx[request_id], request_id.get())
    loop = asyncio.get_running_loop()
    seen = []
    c2 = contextvars.Context()
    loop.call_soon(lambda: seen.append(request_id.get()), context=c2)
    loop.call_soon(lambda: seen.append(request_id.get()))
    await asyncio.sleep(0)
    print(seen)
    tok = request_id.set("temp")
    request_id.reset(tok)
    print(request_id.get())

asyncio.run(main())
