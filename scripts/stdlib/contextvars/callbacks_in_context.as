# Callbacks scheduled with call_soon/call_later run in a copy of the scheduling context, or
# in the context they are given, as CPython's handles do.
import asyncio
import contextvars

tenant = contextvars.ContextVar("tenant", default="default")
events = []


def record(tag):
    events.append((tag, tenant.get()))


async def main():
    loop = asyncio.get_running_loop()
    tenant.set("acme")
    loop.call_soon(record, "soon")
    tenant.set("globex")
    loop.call_later(0.01, record, "later")
    special = contextvars.copy_context()
    special.run(tenant.set, "initech")
    loop.call_soon(record, "explicit", context=special)
    await asyncio.sleep(0.02)
    for tag, who in events:
        print(f"{tag:9} ran for {who}")
    print("special context:", special[tenant], "current:", tenant.get())
    print(sorted(v for v in special.values() if isinstance(v, str)))
    try:
        special.run(special.run, print, "nested")
    except RuntimeError as e:
        print(type(e).__name__, "already entered" in str(e))


asyncio.run(main())
