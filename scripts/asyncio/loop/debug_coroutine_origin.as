# sys.set_coroutine_origin_tracking_depth makes new coroutines record where they were made
# (cr_origin, innermost frame first); asyncio's debug mode sets the depth to 10 while the
# loop runs, and set_debug(False) puts the old depth back at the loop's next turn.
import asyncio
import sys


def short(origin):
    # CPython names the script by its absolute path, and lists its own asyncio frames
    # too: keep the script's frames, by base name.
    if origin is None:
        return None
    return tuple((f.rsplit("/", 1)[-1], line, name) for f, line, name in origin if f.endswith(".as"))


async def child():
    pass


def make():
    return child()


def nested():
    return make()


print(sys.get_coroutine_origin_tracking_depth())
c = make()
print(c.cr_origin)
c.close()
sys.set_coroutine_origin_tracking_depth(2)
c = nested()
print(short(c.cr_origin), len(c.cr_origin))
c.close()
print(short(c.cr_origin))
sys.set_coroutine_origin_tracking_depth(depth=5)
c = nested()
print(short(c.cr_origin))
c.close()
for bad in (-1, "2", 1.0):
    try:
        sys.set_coroutine_origin_tracking_depth(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.set_coroutine_origin_tracking_depth(0)
c = make()
print(c.cr_origin)
c.close()


async def main():
    print("depth in debug mode:", sys.get_coroutine_origin_tracking_depth())
    c = nested()
    print(short(c.cr_origin))
    await c
    asyncio.get_running_loop().set_debug(False)
    c = make()
    print(short(c.cr_origin))
    await c
    await asyncio.sleep(0)
    print("depth after set_debug(False):", sys.get_coroutine_origin_tracking_depth())
    c = make()
    print(short(c.cr_origin))
    await c


sys.set_coroutine_origin_tracking_depth(2)
asyncio.run(main(), debug=True)
print("depth after run:", sys.get_coroutine_origin_tracking_depth())
