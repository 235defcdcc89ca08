# contextvars in tasks: each task's copy of the context, Context.run, create_task(context=).
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")

def log(msg):
    print(f"[{request_id.get()}] {msg}")

async def handler(rid, delay):
    request_id.set(rid)
    log("start")
    await asyncio.sleep(delay)
    await sub_step()
    log("end")
    return rid

async def sub_step():
    log("sub step")

async def main():
    log("main begins")
    results = await asyncio.gather(handler("req-1", 0.02), handler("req-2", 0.01))
    log(f"main ends {results}")
    ctx = contextvars.Context()
    ctx.run(request_id.set, "in-ctx")
    print(ctx.get(request_id), request_id.get())
    t = asyncio.create_task(handler("req-3", 0), context=ctx)
    await t
    print(ctx[request_id])

asyncio.run(main())
