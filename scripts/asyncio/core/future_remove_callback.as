# Future.remove_done_callback() removes every registration of a callback and returns how many
# were removed; a callback added twice runs twice; callbacks receive the future.
import asyncio

def first(f):
    print("first got", f.result())

def second(f):
    print("second got", f.result())

async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(first)
    fut.add_done_callback(second)
    fut.add_done_callback(first)
    fut.add_done_callback(second)
    fut.add_done_callback(first)
    print("removed second:", fut.remove_done_callback(second))
    print("removed again:", fut.remove_done_callback(second))
    fut.set_result("ok")
    await asyncio.sleep(0)
    print("removed after done:", fut.remove_done_callback(first))

asyncio.run(main())
