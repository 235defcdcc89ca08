# Done callbacks are not called inline by set_result(): they are scheduled with call_soon and run
# only after the current step finishes, in the order they were added. A callback added to an
# already finished future is scheduled too, not called at once.
import asyncio

def make_cb(label):
    def cb(fut):
        print(f"callback {label}: result={fut.result()}")
    return cb

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(make_cb("A"))
    fut.add_done_callback(make_cb("B"))
    print("before set_result")
    fut.set_result(42)
    print("after set_result, done =", fut.done())
    fut.add_done_callback(make_cb("C"))
    print("added C to finished future")
    await asyncio.sleep(0)
    print("after sleep(0)")

asyncio.run(main())
