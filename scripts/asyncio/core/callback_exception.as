# An exception raised by a call_soon callback or a done callback does not stop the loop: CPython
# reports it through the loop's exception handler (on stderr) and goes on with the next callback.
import asyncio

def bad(label):
    print("bad callback", label)
    raise RuntimeError("callback failed " + label)

def good(label):
    print("good callback", label)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad, "1")
    loop.call_soon(good, "2")
    fut = loop.create_future()
    fut.add_done_callback(lambda f: bad("done-cb"))
    fut.add_done_callback(lambda f: good("done-cb"))
    fut.set_result(None)
    await asyncio.sleep(0.1)
    print("main still running")

asyncio.run(main())
print("exit normally")
