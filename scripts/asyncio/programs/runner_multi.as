# asyncio.Runner: several runs on one loop, close(), context=, non-coroutine argument.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


async def handle(n):
    request_id.set(f"req-{n}")
    await asyncio.sleep(0.01)
    return f"{request_id.get()} handled"


async def check():
    return request_id.get()


with asyncio.Runner() as runner:
    print(runner.run(handle(1)))
    print("context kept:", runner.run(check()))
    loop = runner.get_loop()
    print("loop running:", loop.is_running(), "closed:", loop.is_closed())
    print(runner.run(handle(2)))
print("closed after with:", loop.is_closed())

runner = asyncio.Runner(debug=False)
print(runner.run(check()))
runner.close()
coro = check()
try:
    runner.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()

ctx = contextvars.Context()
with asyncio.Runner() as r:
    print(r.run(check(), context=ctx))
    try:
        r.run(asyncio.sleep(0) if False else 42)
    except ValueError as e:
        print("ValueError:", e)

print(asyncio.run(check()))
