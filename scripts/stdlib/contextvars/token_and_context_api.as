import asyncio, contextvars
request_id = contextvars.ContextVar("request_id", default="-")
user = contextvars.ContextVar("user")
print(request_id.name, request_id.get())
try:
    user.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
print(user.get("anon"))
tok = user.set("alice")
print(tok.var is user, tok.old_value is contextvars.Token.MISSING, repr(contextvars.Token.MISSING))
print(user.get())
user.reset(tok)
print(user.get("gone"))
try:
    user.reset(tok)
except RuntimeError as e:
    print("RuntimeError", "already been used" in str(e))

async def handle(n):
    request_id.set(f"req-{n}")
    await asyncio.sleep(0.01 * (3 - n))
    print("handling", n, request_id.get())
    return request_id.get()

async def main():
    request_id.set("main")
    rs = await asyncio.gather(*(handle(i) for i in range(3)))
    print(rs, request_id.get())
    ctx = contextvars.copy_context()
    print(ctx[request_id], request_id in ctx, len(ctx) >= 1)
    def cb():
        print("cb sees", request_id.get())
        request_id.set("cb")
    ctx.run(cb)
    print("after run", request_id.get(), ctx[request_id])
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(lambda: (print("soon", request_id.get()), fut.set_result(1)), context=ctx)
    await fut
    request_id.set("later")
    t = asyncio.create_task(handle(9), context=ctx)
    await t
    print(ctx[request_id], request_id.get())
    try:
        ctx["x"]
    except TypeError as e:
        print(e)
asyncio.run(main())
print(request_id.get())
c = contextvars.Context()
print(len(c), list(c.items()))
