# Seed 004 ("Tasks"): loop.create_task() + run_until_complete() + close(), then the task's result.
# The seed lost the quotes of the docstring (restored here) and calls asyncio.sleep(seconds)
# without await, exactly as printed: the sleep never happens (CPython only warns on stderr
# "coroutine 'sleep' was never awaited") and the task finishes at once.
import asyncio
async def my_task(seconds):
   """A task to do for a number of seconds"""
   print('This task is taking {} seconds to complete'.format(
       seconds))
   asyncio.sleep(seconds)
   return 'task finished'
if __name__ == '__main__':
   my_event_loop = asyncio.get_event_loop()
   try:
       print('task creation started')
       task_obj = my_event_loop.create_task(my_task(seconds=2))
       my_event_loop.run_until_complete(task_obj)
   finally:
       my_event_loop.close()
   print("The task's result was: {}".format(task_obj.result()))
   print(my_event_loop.is_closed())
