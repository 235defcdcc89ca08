# Tasks see values set before they were created, never values set later by their creator,
# and what a task sets stays inside it.
import asyncio
import contextvars

user = contextvars.ContextVar("user")
depth = contextvars.ContextVar("depth", default=0)


async def child(label):
    print(label, "sees user", user.get("<unset>"), "depth", depth.get())
    depth.set(depth.get() + 1)
    await asyncio.sleep(0)
    print(label, "after its own set, depth", depth.get())


async def main():
    early = asyncio.create_task(child("early"))
    user.set("alice")
    depth.set(10)
    late = asyncio.create_task(child("late"))
    user.set("bob")
    await asyncio.gather(early, late)
    print("main: user", user.get(), "depth", depth.get())
    token = depth.set(99)
    print("token old value", token.old_value)
    depth.reset(token)
    print("after reset", depth.get())
    other = contextvars.ContextVar("other")
    token = depth.set(5)
    try:
        other.reset(token)
    except ValueError as e:
        print(type(e).__name__, "created by a different ContextVar" in str(e))
    depth.reset(token)
    try:
        depth.reset(token)
    except RuntimeError as e:
        print(type(e).__name__, "has already been used once" in str(e))
    seen = await asyncio.to_thread(lambda: user.get())
    print("to_thread worker sees", seen)


user.set("before-run")
asyncio.run(main())
print("after run", user.get())
