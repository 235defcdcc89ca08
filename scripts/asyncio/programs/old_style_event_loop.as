# Old-style loop use: new_event_loop, run_until_complete, create_future with callbacks, call_soon/call_later, close.
import asyncio

async def my_task(seconds):
    print('This task is taking {} seconds to complete'.format(seconds))
    asyncio.sleep(seconds)
    return 'task finished'

async def slow_operation(future):
    await asyncio.sleep(0.01)
    future.set_result('Future is done!')

def got_result(future):
    print("callback:", future.result())

if __name__ == '__main__':
    my_event_loop = asyncio.new_event_loop()
    asyncio.set_event_loop(my_event_loop)
    try:
        print('task creation started')
        task_obj = my_event_loop.create_task(my_task(seconds=2))
        my_event_loop.run_until_complete(task_obj)
        future = my_event_loop.create_future()
        future.add_done_callback(got_result)
        asyncio.ensure_future(slow_operation(future))
        my_event_loop.run_until_complete(future)
        print(future.result())
        results = my_event_loop.run_until_complete(asyncio.gather(my_task(0), asyncio.sleep(0, result="slept")))
        print(results)
        h = my_event_loop.call_soon(print, "call_soon ran")
        my_event_loop.call_later(0.01, print, "call_later ran")
        my_event_loop.run_until_complete(asyncio.sleep(0.02))
        print(my_event_loop.is_running(), my_event_loop.is_closed())
    finally:
        my_event_loop.close()
    print("The task's result was: {}".format(task_obj.result()))
    print(my_event_loop.is_closed())
    try:
        my_event_loop.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)
